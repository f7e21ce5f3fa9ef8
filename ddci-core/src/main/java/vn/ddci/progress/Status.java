package vn.ddci.progress;

/** The status of a task in a quarterly report (tình trạng thực hiện). */
public enum Status {
  /** Not started (chưa triển khai). */
  NOT_STARTED("chưa triển khai"),
  /** In progress (đang triển khai). */
  IN_PROGRESS("đang triển khai"),
  /** Done (hoàn thành). */
  DONE("hoàn thành"),
  /** At risk of missing its due date (có nguy cơ chậm). */
  AT_RISK("có nguy cơ chậm"),
  /** Cancelled, with a reason (dừng thực hiện). */
  CANCELLED("dừng thực hiện");

  private final String vietnamese;

  Status(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the Vietnamese words, e.g. "hoàn thành".
   *
   * @return the words reports use
   */
  public String vietnamese() {
    return vietnamese;
  }
}
