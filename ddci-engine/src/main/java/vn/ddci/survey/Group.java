package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * A group of questions (nhóm câu hỏi, phần): XLSForm {@code begin group} … {@code end group}, often
 * one section of the questionnaire or one component index.
 *
 * <pre>{@code
 * Group.of("transparency", "Tính minh bạch");
 * }</pre>
 */
@Value.Immutable
@DdciStyle
public abstract class Group {
  Group() {}

  /**
   * Starts a group.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Group}; not thread-safe. */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }

  /**
   * Returns a group with a label in the default language.
   *
   * @param path the group's path, e.g. {@code "transparency"} or {@code "a/transparency"}
   * @param label the label
   * @return the group
   * @throws vn.ddci.DdciValidationException if a name in the path is not an XLSForm name, or the
   *     label is blank
   */
  public static Group of(String path, String label) {
    return builder().path(path).label(label).build();
  }

  /**
   * Returns the path: the names of the enclosing groups and of this one, joined by "/".
   *
   * @return e.g. {@code "section_a/transparency"}
   */
  public abstract String path();

  /**
   * Returns the group's own name, the last part of its path.
   *
   * @return e.g. {@code "transparency"}
   */
  public String name() {
    return path().substring(path().lastIndexOf('/') + 1);
  }

  /**
   * Returns the path of the enclosing group.
   *
   * @return e.g. {@code "section_a"}; empty for a group at the top
   */
  public Optional<String> parent() {
    int slash = path().lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(path().substring(0, slash));
  }

  /**
   * Returns the label in the default language.
   *
   * @return the label; empty for a group without one
   */
  public abstract Optional<String> label();

  /**
   * Returns the labels by language, as the XLSForm names the languages.
   *
   * @return the labels, in the form's column order
   */
  public abstract Map<String, String> labels();

  /**
   * Returns the label in a language.
   *
   * @param language the language as the form names it ("Vietnamese (vi)") or its code ("vi"),
   *     ignoring case
   * @return the label
   */
  public Optional<String> label(String language) {
    Objects.requireNonNull(language, "language");
    return Vocabulary.inLanguage(labels(), language);
  }

  /**
   * Returns the condition under which the group's questions are asked, kept as written, not
   * evaluated.
   *
   * @return e.g. {@code "${used_service} = 'yes'"}
   */
  public abstract Optional<String> relevant();

  @Value.Check
  void check() {
    for (String part : path().split("/", -1)) {
      checkArgument(
          Question.isName(part),
          () -> "group path " + Names.quote(path()) + " holds a name that is not an XLSForm name");
    }
    label()
        .ifPresent(
            l -> {
              checkArgument(!l.isBlank(), () -> "group " + path() + ": the label is blank");
              Names.cleanText(l, "group " + path() + ": label");
            });
    labels()
        .forEach(
            (language, l) -> {
              checkArgument(
                  !language.isBlank() && !l.isBlank(),
                  () -> "group " + path() + ": a language or its label is blank");
              Names.cleanText(l, "group " + path() + ": label in " + language);
            });
    checkArgument(
        label().isPresent() || labels().isEmpty(),
        () -> "group " + path() + " has labels by language but no label in the default language");
    relevant()
        .ifPresent(
            r -> {
              checkArgument(!r.isBlank(), () -> "group " + path() + ": relevant is blank");
              Names.cleanText(r, "group " + path() + ": relevant");
            });
  }

  @Override
  public String toString() {
    return "Group[" + path() + label().map(l -> " " + l).orElse("") + "]";
  }
}
