package vn.ddci.plan;

/** A division's role in a task of a plan's section III. */
public enum Role {
  /** Leads the task (đơn vị chủ trì); a task may have several leads. */
  LEAD("chủ trì"),
  /** Supports the lead (đơn vị phối hợp). */
  SUPPORT("phối hợp"),
  /** Monitors the task and compiles its reports (đơn vị theo dõi, tổng hợp báo cáo). */
  MONITOR("theo dõi, tổng hợp báo cáo");

  private final String vietnamese;

  Role(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the Vietnamese words, e.g. "chủ trì".
   *
   * @return the words plans use
   */
  public String vietnamese() {
    return vietnamese;
  }
}
