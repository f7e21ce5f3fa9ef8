package vn.ddci.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ddci.framework.Component;
import vn.ddci.framework.Framework;
import vn.ddci.name.Names;

/**
 * What each column of a result table holds, recognised from its header: the unit's name, the
 * year, a component (by code or Vietnamese or English name, tolerant of diacritics, case, spacing
 * and line breaks, or by a short form the caller maps), the total, the rank or the tier; other
 * columns are ignored.
 */
final class ResultColumns {
  /** The roles a column may play besides a component. */
  enum Role {
    UNIT,
    YEAR,
    TOTAL,
    RANK,
    TIER,
    COMPONENT
  }

  private static final Map<Role, Set<String>> KEYS =
      Map.of(
          Role.UNIT,
              Set.of(
                  "unit", "donvi", "tendonvi", "province", "tinh", "tinhthanhpho", "ten", "name",
                  "diaphuong", "coquan"),
          Role.YEAR, Set.of("year", "nam"),
          Role.TOTAL,
              Set.of("total", "tongdiem", "diemtong", "pci", "ddci", "diempci", "diemddci"),
          Role.RANK, Set.of("rank", "xephang", "hang", "thuhang"),
          Role.TIER, Set.of("tier", "xeploai", "nhom", "nhomxephang"));

  private final List<String> headers;
  private final Map<Integer, Role> roles = new LinkedHashMap<>();
  private final Map<Integer, Component> components = new LinkedHashMap<>();

  private ResultColumns(List<String> headers) {
    this.headers = headers;
  }

  /**
   * Recognises the columns of a header row.
   *
   * @throws IllegalArgumentException naming the column that matches nothing, a role held twice,
   *     or a component or the unit column that no column holds
   */
  static ResultColumns of(
      List<String> headers, Framework framework, Map<String, String> shortForms) {
    ResultColumns columns = new ResultColumns(headers);
    Map<String, String> forms = new LinkedHashMap<>();
    shortForms.forEach((form, component) -> forms.put(Names.key(form), component));
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      String form = forms.get(keyOrEmpty(header));
      Role role = form != null ? Role.COMPONENT : roleOf(header, framework);
      if (role == null) {
        continue; // a column of something else, such as "STT" or "Ghi chú"
      }
      if (role == Role.COMPONENT) {
        Component c =
            form != null ? framework.component(form) : framework.findComponent(header).orElseThrow();
        if (columns.components.containsValue(c)) {
          throw new IllegalArgumentException(
              "column \"" + header + "\" is the second column of component " + c);
        }
        columns.components.put(i, c);
      } else if (columns.roles.containsValue(role)) {
        throw new IllegalArgumentException(
            "column \"" + header + "\" is the second " + role.name().toLowerCase(Locale.ROOT) + " column");
      }
      columns.roles.put(i, role);
    }
    if (!columns.roles.containsValue(Role.UNIT)) {
      throw new IllegalArgumentException(
          "no column of unit names (headed e.g. \"Đơn vị\", \"Tỉnh\", \"province\"); headers are "
              + headers);
    }
    for (Component c : framework.components()) {
      if (!columns.components.containsValue(c)) {
        throw new IllegalArgumentException(
            "no column of component " + c + " (" + c.nameVi() + "); headers are " + headers);
      }
    }
    return columns;
  }

  /** The header's key, or "" for a header without a letter or digit. */
  static String keyOrEmpty(String header) {
    return header.codePoints().anyMatch(Character::isLetterOrDigit) ? Names.key(header) : "";
  }

  /** The column's role, or null for a column of something else. */
  private static Role roleOf(String header, Framework framework) {
    String key = keyOrEmpty(header);
    if (key.isEmpty()) {
      return null;
    }
    for (Map.Entry<Role, Set<String>> e : KEYS.entrySet()) {
      if (e.getValue().contains(key)) {
        return e.getKey();
      }
    }
    if (framework.findComponent(header).isPresent()) {
      return Role.COMPONENT;
    }
    return null;
  }

  /** The header keys that mark a column of a role other than a component. */
  static Set<String> keys(Role role) {
    return KEYS.getOrDefault(role, Set.of());
  }

  String header(int index) {
    return headers.get(index);
  }

  Optional<Integer> indexOf(Role role) {
    return roles.entrySet().stream()
        .filter(e -> e.getValue() == role)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  Map<Integer, Component> components() {
    return components;
  }
}
