package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ddci.engine.Direction;

/**
 * A seeded generator of <b>synthetic</b> answers to the {@link IllustrativeDdci} survey (dữ liệu
 * tổng hợp), for examples, tests and benchmarks: never real data, and every output made from it
 * says so.
 *
 * <p>Each unit has a latent quality per component (a unit-wide part and a component part, the same
 * every year for a seed); a respondent (a firm with a type, size, sector and place) rates one to
 * three units, the units taking turns so that each is rated by {@code ratingsPerUnit} rows; each
 * answer follows the unit's quality on the item's component, with noise, in the item's direction.
 * About 4 % of items are left blank and 3 % answered "không biết". A later year moves every unit's
 * quality a little. The same seed gives the same answers on every machine.
 *
 * <pre>{@code
 * Responses r = SyntheticSurvey.generate(2024, 2023, SyntheticSurvey.LANG_SON_DEPARTMENTS, 80, false);
 * }</pre>
 */
public final class SyntheticSurvey {
  /** What every output made from these answers says. */
  public static final String LABEL =
      "dữ liệu tổng hợp, không phải số liệu khảo sát thật (synthetic)";

  /** 25 departments and agencies of a Lạng Sơn-like department block, Sở Ngoại vụ first. */
  public static final List<String> LANG_SON_DEPARTMENTS =
      ImmutableList.of(
          "Sở Ngoại vụ",
          "Sở Kế hoạch và Đầu tư",
          "Sở Tài chính",
          "Sở Công Thương",
          "Sở Xây dựng",
          "Sở Giao thông vận tải",
          "Sở Tài nguyên và Môi trường",
          "Sở Nông nghiệp và Phát triển nông thôn",
          "Sở Tư pháp",
          "Sở Nội vụ",
          "Sở Y tế",
          "Sở Giáo dục và Đào tạo",
          "Sở Lao động – Thương binh và Xã hội",
          "Sở Văn hóa, Thể thao và Du lịch",
          "Sở Khoa học và Công nghệ",
          "Sở Thông tin và Truyền thông",
          "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
          "Công an tỉnh",
          "Bảo hiểm xã hội tỉnh",
          "Cục Thuế tỉnh",
          "Cục Hải quan tỉnh",
          "Ngân hàng Nhà nước chi nhánh tỉnh",
          "Kho bạc Nhà nước tỉnh",
          "Thanh tra tỉnh",
          "Văn phòng UBND tỉnh");

  static final List<String> YES_NO = List.of("1", "0", "98");
  static final Set<String> YES_NO_NON_ANSWERS = Set.of("98");
  static final List<String> LIKERT = List.of("1", "2", "3", "4", "5", "99");
  static final Set<String> LIKERT_NON_ANSWERS = Set.of("99");
  static final List<String> CHANNELS =
      List.of("truc_tuyen", "dien_thoai", "truc_tiep", "hoi_thao", "khong_biet");
  static final Set<String> CHANNEL_NON_ANSWERS = Set.of("khong_biet");

  private static final String[] TYPES = {"dntn", "tnhh", "co_phan", "htx", "ho_kinh_doanh"};
  private static final String[] SIZES = {"sieu_nho", "nho", "vua", "lon"};
  private static final double[] SIZE_SHARES = {0.55, 0.3, 0.1, 0.05};
  private static final double[] SIZE_WEIGHTS = {1.6, 1.0, 0.6, 0.4};
  private static final String[] SECTORS = {
    "nong_nghiep", "cong_nghiep_xay_dung", "thuong_mai_dich_vu"
  };
  private static final String[] PLACES = {"thanh_pho", "huyen"};
  private static final String[] COMPONENTS = {
    "TRANSPARENCY",
    "TIME_COST",
    "INFORMAL_CHARGES",
    "EQUAL_COMPETITION",
    "BUSINESS_SUPPORT",
    "LEGAL_INSTITUTIONS",
    "LEADERSHIP",
    "DYNAMISM"
  };

  private SyntheticSurvey() {}

  /**
   * Returns the unit code of the k-th unit.
   *
   * @param k from 0
   * @return "U01", "U02", …
   */
  public static String unitCode(int k) {
    return String.format(Locale.ROOT, "U%02d", k + 1);
  }

  /**
   * Generates a year's answers.
   *
   * @param seed the seed: the units' qualities depend on it alone
   * @param year the year (2023, say): the answers depend on seed and year
   * @param units the units' names, coded {@link #unitCode(int) U01, U02, …}
   * @param ratingsPerUnit about how many respondents rate each unit
   * @param weighted whether to give sampling weights (by firm size, as a survey stratified by size
   *     would)
   * @return the answers
   */
  public static Responses generate(
      long seed, int year, List<String> units, int ratingsPerUnit, boolean weighted) {
    checkArgument(!units.isEmpty(), "no unit to rate");
    checkArgument(ratingsPerUnit >= 1, "%s ratings per unit", ratingsPerUnit);
    int u = units.size();
    SplittableRandom latent = new SplittableRandom(seed);
    double[][] quality = new double[u][COMPONENTS.length];
    for (int k = 0; k < u; k++) {
      double general = gaussian(latent);
      for (int c = 0; c < COMPONENTS.length; c++) {
        quality[k][c] = 0.6 * general + 0.8 * gaussian(latent);
      }
    }
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + year);
    for (int k = 0; k < u; k++) {
      for (int c = 0; c < COMPONENTS.length; c++) {
        quality[k][c] += (year - 2022) * 0.15 * gaussian(random);
      }
    }
    // rows: respondent i rates 1–3 distinct units
    List<String> ids = new ArrayList<>();
    List<Integer> rated = new ArrayList<>();
    List<Integer> firm = new ArrayList<>();
    int target = u * ratingsPerUnit;
    int next = 0; // units are rated in turn, so that each gets about ratingsPerUnit rows
    for (int i = 0; ids.size() < target; i++) {
      int count = 1 + random.nextInt(Math.min(3, u));
      for (int j = 0; j < count && ids.size() < target; j++) {
        ids.add(String.format(Locale.ROOT, "DN%05d", i + 1));
        rated.add(next++ % u);
        firm.add(i);
      }
    }
    int n = ids.size();
    String[] unitOf = new String[n];
    String[] type = new String[n];
    String[] size = new String[n];
    String[] sector = new String[n];
    String[] place = new String[n];
    double[] weights = new double[n];
    String[] firmType = new String[firm.get(n - 1) + 1];
    int[] firmSize = new int[firmType.length];
    for (int f = 0; f < firmType.length; f++) {
      firmType[f] = TYPES[random.nextInt(TYPES.length)];
      firmSize[f] = pick(random, SIZE_SHARES);
    }
    for (int i = 0; i < n; i++) {
      unitOf[i] = unitCode(rated.get(i));
      int f = firm.get(i);
      type[i] = firmType[f];
      size[i] = SIZES[firmSize[f]];
      sector[i] = SECTORS[f % SECTORS.length];
      place[i] = PLACES[f % 5 == 0 ? 0 : 1];
      weights[i] = SIZE_WEIGHTS[firmSize[f]];
    }
    Responses.Builder b =
        Responses.builder()
            .respondents(ids.toArray(new String[0]))
            .units(unitOf)
            .attribute("loai_hinh", type)
            .attribute("quy_mo", size)
            .attribute("nganh", sector)
            .attribute("dia_ban", place);
    for (int k = 0; k < u; k++) {
      b.unitName(unitCode(k), units.get(k));
    }
    if (weighted) {
      b.weights(weights);
    }
    for (IllustrativeDdci.Item item : IllustrativeDdci.ITEM_LIST) {
      int c = Arrays.asList(COMPONENTS).indexOf(item.component);
      double sign = item.direction == Direction.POSITIVE ? 1 : -1;
      double[] q = new double[n];
      for (int i = 0; i < n; i++) {
        q[i] = sign * quality[rated.get(i)][c];
      }
      answer(b, item, q, random);
    }
    return b.build();
  }

  private static void answer(
      Responses.Builder b, IllustrativeDdci.Item item, double[] q, SplittableRandom r) {
    int n = q.length;
    switch (item.kind) {
      case "YN":
        {
          byte[] p = new byte[n];
          double bias = item.direction == Direction.POSITIVE ? 0.6 : -1.0;
          for (int i = 0; i < n; i++) {
            p[i] =
                blank(r)
                    ? Responses.MISSING
                    : dontKnow(r) ? 2 : (byte) (chance(r, bias + 0.9 * q[i]) ? 0 : 1);
          }
          b.selectOnePositions(item.name, YES_NO, YES_NO_NON_ANSWERS, p);
          return;
        }
      case "L5":
        {
          byte[] p = new byte[n];
          for (int i = 0; i < n; i++) {
            long point = Math.round(3.4 + 0.7 * q[i] + 0.9 * gaussian(r));
            p[i] =
                blank(r)
                    ? Responses.MISSING
                    : dontKnow(r) ? 5 : (byte) (Math.max(1, Math.min(5, point)) - 1);
          }
          b.selectOnePositions(item.name, LIKERT, LIKERT_NON_ANSWERS, p);
          return;
        }
      case "SM":
        {
          String[] a = new String[n];
          for (int i = 0; i < n; i++) {
            if (blank(r)) {
              a[i] = "";
              continue;
            }
            if (dontKnow(r)) {
              a[i] = "khong_biet";
              continue;
            }
            List<String> chosen = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
              if (chance(r, (k < 2 ? -0.3 : -0.8) + 0.7 * q[i])) {
                chosen.add(CHANNELS.get(k));
              }
            }
            if (chosen.isEmpty()) {
              chosen.add("truc_tiep"); // a firm supported came through some channel
            }
            a[i] = String.join(" ", chosen);
          }
          b.selectMultiple(item.name, CHANNELS, CHANNEL_NON_ANSWERS, a);
          return;
        }
      default:
        {
          double[] v = new double[n];
          List<Integer> blanks = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (blank(r)) {
              blanks.add(i);
              continue;
            }
            double z = gaussian(r);
            switch (item.unitOfMeasure()) {
              case "ngày":
                v[i] = Math.max(1, Math.round(Math.exp(2.2 + 0.35 * q[i] + 0.6 * z)));
                break;
              case "lần":
                v[i] = Math.max(1, Math.round(Math.exp(0.8 + 0.3 * q[i] + 0.4 * z)));
                break;
              case "%":
                v[i] = Math.round(Math.max(0, Math.min(100, 8 + 3 * q[i] + 5 * z)) * 10) / 10.0;
                break;
              default: // triệu đồng paid: most pay nothing
                v[i] = chance(r, -1.2 + 0.8 * q[i]) ? Math.round(Math.exp(1 + z) * 10) / 10.0 : 0;
            }
          }
          b.number(item.name, v);
          b.missing(item.name, blanks.stream().mapToInt(Integer::intValue).toArray());
        }
    }
  }

  private static boolean blank(SplittableRandom r) {
    return r.nextDouble() < 0.04;
  }

  private static boolean dontKnow(SplittableRandom r) {
    return r.nextDouble() < 0.03;
  }

  private static boolean chance(SplittableRandom r, double logit) {
    return r.nextDouble() < 1 / (1 + Math.exp(-logit));
  }

  private static int pick(SplittableRandom r, double[] shares) {
    double x = r.nextDouble();
    for (int k = 0; k < shares.length - 1; k++) {
      x -= shares[k];
      if (x < 0) {
        return k;
      }
    }
    return shares.length - 1;
  }

  /** Box–Muller, written out so that the answers are the same on every JDK. */
  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
