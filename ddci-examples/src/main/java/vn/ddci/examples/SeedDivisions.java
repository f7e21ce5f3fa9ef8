package vn.ddci.examples;

import vn.ddci.plan.Division;

/** The divisions of Sở Ngoại vụ Lạng Sơn that the seed plan names. */
public final class SeedDivisions {
  /** Văn phòng Sở: the focal point; leads tasks 2.1, 3.1 and 6.1, monitors component 7. */
  public static final Division VAN_PHONG = Division.of("Văn phòng Sở");

  /** Phòng Lãnh sự - Hợp tác quốc tế: a specialised division (phòng chuyên môn). */
  public static final Division LANH_SU = Division.specialised("Phòng Lãnh sự - Hợp tác quốc tế");

  /** Trung tâm Thông tin và Dịch vụ đối ngoại: a centre under the department, not a phòng. */
  public static final Division TRUNG_TAM = Division.of("Trung tâm Thông tin và Dịch vụ đối ngoại");

  /** Thanh tra Sở: the department's inspectorate. */
  public static final Division THANH_TRA = Division.of("Thanh tra Sở");

  /** "Các phòng chuyên môn": every specialised division, not listed one by one. */
  public static final Division PHONG_CHUYEN_MON = Division.allSpecialised();

  private SeedDivisions() {}
}
