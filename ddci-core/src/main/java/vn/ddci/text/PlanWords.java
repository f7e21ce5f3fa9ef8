package vn.ddci.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ddci.framework.Component;
import vn.ddci.plan.Division;

/**
 * The words shared by the sections of {@link PlanText}: the language, its number style and the
 * illustrative label; a phrase in the language, a labelled heading, a component's name and a list
 * of divisions.
 */
abstract class PlanWords {
  final Language language;
  final NumberStyle style;
  final Optional<String> label;

  PlanWords(Language language, Optional<String> label) {
    this.language = language;
    this.style = NumberStyle.of(language);
    this.label = label;
  }

  String name(Component c) {
    Objects.requireNonNull(c, "c");
    return language == Language.VIETNAMESE ? c.nameVi() : c.nameEn();
  }

  String divisions(List<Division> divisions) {
    return divisions.stream().map(Division::name).collect(Collectors.joining(", "));
  }

  String labelled(String heading) {
    return heading + label.map(l -> " (" + l + ")").orElse("");
  }

  String w(String vietnamese, String english) {
    return language == Language.VIETNAMESE ? vietnamese : english;
  }
}
