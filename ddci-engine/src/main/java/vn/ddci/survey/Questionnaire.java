package vn.ddci.survey;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;
import vn.ddci.name.Names;

/**
 * A questionnaire (bảng hỏi, phiếu khảo sát): the questions a survey asks, in order, with their
 * groups and choice lists, as an XLSForm defines them.
 *
 * <pre>{@code
 * Questionnaire q = XlsForm.read(Path.of("ddci-2024.xlsx"));
 * q.questions();                           // in order
 * q.question("q1").orElseThrow().path();   // "transparency/q1"
 * q.skipped();                             // what the reader did not make questions of, and why
 * }</pre>
 *
 * <p>Question names are unique, ignoring case (an export could not hold "Q1" and "q1" apart). A
 * question's choice list is the list of that name in {@link #choiceLists()}. The groups are exactly
 * those that hold a question, each once, in the order they begin, and a group's questions follow
 * each other (a group is not resumed after it ends).
 */
@Value.Immutable
@DdciStyle
public abstract class Questionnaire {
  Questionnaire() {}

  /**
   * Starts a questionnaire.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Questionnaire}; not thread-safe. */
  public static final class Builder extends ImmutableQuestionnaire.Builder {
    Builder() {}
  }

  /**
   * Returns the questions in the order they are asked.
   *
   * @return the questions; names unique ignoring case
   */
  public abstract List<Question> questions();

  /**
   * Returns the choice lists by name, in the order of the form's {@code choices} sheet, including
   * lists no question uses.
   *
   * @return the lists
   */
  public abstract Map<String, ChoiceList> choiceLists();

  /**
   * Returns the groups that hold questions, in the order they begin.
   *
   * @return the groups; paths unique
   */
  public abstract List<Group> groups();

  /**
   * Returns the title (tên bảng hỏi): the {@code form_title} of the {@code settings} sheet.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns the form's identifier: the {@code form_id} of the {@code settings} sheet.
   *
   * @return e.g. {@code "ddci_2024"}
   */
  public abstract Optional<String> formId();

  /**
   * Returns the form's version: the {@code version} of the {@code settings} sheet.
   *
   * @return e.g. {@code "2024031501"}
   */
  public abstract Optional<String> version();

  /**
   * Returns the default language: the {@code default_language} of the {@code settings} sheet, the
   * language of the labels of {@link Question#label()} when the form has no plain {@code label}
   * column.
   *
   * @return e.g. "Vietnamese (vi)"
   */
  public abstract Optional<String> defaultLanguage();

  /**
   * Returns what the reader did not make questions of, and why; empty for a questionnaire built in
   * code.
   *
   * @return the skipped rows, columns and sheets, in the order met
   */
  public abstract List<Skipped> skipped();

  /**
   * Finds a question by its name, ignoring case.
   *
   * @param name the name, e.g. {@code "q1"}
   * @return the question
   */
  public Optional<Question> question(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName().get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Finds a choice list by its name.
   *
   * @param name the list's name, e.g. {@code "yes_no"}
   * @return the list
   */
  public Optional<ChoiceList> choiceList(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(choiceLists().get(name));
  }

  /**
   * Finds a group by its path.
   *
   * @param path the path, e.g. {@code "transparency"}
   * @return the group
   */
  public Optional<Group> group(String path) {
    Objects.requireNonNull(path, "path");
    return groups().stream().filter(g -> g.path().equals(path)).findFirst();
  }

  /**
   * Returns the questions of a group and of the groups inside it.
   *
   * @param path the group's path, e.g. {@code "transparency"}
   * @return the questions in order; empty for a group the questionnaire does not have
   */
  public List<Question> questionsIn(String path) {
    Objects.requireNonNull(path, "path");
    return questions().stream()
        .filter(q -> q.group().map(g -> g.equals(path) || g.startsWith(path + "/")).orElse(false))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the languages the labels of questions, choices and groups are written in.
   *
   * @return the languages as the form names them, in the order met
   */
  public Set<String> languages() {
    Set<String> languages = new LinkedHashSet<>();
    questions().forEach(q -> languages.addAll(q.labels().keySet()));
    groups().forEach(g -> languages.addAll(g.labels().keySet()));
    choiceLists()
        .values()
        .forEach(l -> l.choices().forEach(c -> languages.addAll(c.labels().keySet())));
    return ImmutableSet.copyOf(languages);
  }

  /**
   * Returns this questionnaire with exactly the given choices of a list marked as non-answers, in
   * the list and in every question that uses it, overriding the rule of {@link
   * Choice#isNonAnswer()}.
   *
   * @param listName the list, e.g. {@code "agree5"}
   * @param codes the codes of its non-answers; empty for none
   * @return the copy
   * @throws vn.ddci.DdciValidationException if there is no such list, or a code is not in it
   */
  public Questionnaire withNonAnswers(String listName, Collection<String> codes) {
    ChoiceList old =
        choiceList(listName)
            .orElseThrow(
                () ->
                    new vn.ddci.DdciValidationException(
                        "the questionnaire has no choice list " + Names.quote(listName)));
    ChoiceList changed = old.withNonAnswers(codes);
    Map<String, ChoiceList> lists = new java.util.LinkedHashMap<>(choiceLists());
    lists.put(listName, changed);
    return new Builder()
        .from(this)
        .choiceLists(lists)
        .questions(
            questions().stream()
                .map(
                    q ->
                        q.choiceList().map(ChoiceList::name).equals(Optional.of(listName))
                            ? q.withChoiceList(changed)
                            : q)
                .collect(Collectors.toList()))
        .build();
  }

  @Value.Lazy
  Map<String, Question> byName() {
    return questions().stream()
        .collect(ImmutableMap.toImmutableMap(q -> q.name().toLowerCase(Locale.ROOT), q -> q));
  }

  @Value.Check
  void check() {
    Map<String, Question> names = new HashMap<>();
    for (Question q : questions()) {
      Question other = names.putIfAbsent(q.name().toLowerCase(Locale.ROOT), q);
      checkArgument(
          other == null,
          () -> "questions " + other + " and " + q + " have the same name, ignoring case");
      q.choiceList()
          .ifPresent(
              l ->
                  checkArgument(
                      l.equals(choiceLists().get(l.name())),
                      () ->
                          "question "
                              + q.name()
                              + ": its choice list "
                              + l.name()
                              + " is not the questionnaire's list of that name"));
    }
    choiceLists()
        .forEach(
            (name, list) ->
                checkArgument(
                    name.equals(list.name()),
                    () -> "choice list " + list.name() + " is filed under the name " + name));
    Set<String> paths = new HashSet<>();
    for (Group g : groups()) {
      checkArgument(paths.add(g.path()), () -> "group " + g.path() + " is given twice");
      g.parent()
          .ifPresent(
              p ->
                  checkArgument(
                      paths.contains(p),
                      () -> "group " + g.path() + " comes before its enclosing group " + p));
    }
    Set<String> used = new HashSet<>();
    Set<String> ended = new HashSet<>();
    Set<String> open = Set.of();
    for (Question q : questions()) {
      Set<String> enclosing = new LinkedHashSet<>();
      q.group()
          .ifPresent(
              g -> {
                for (int i = g.indexOf('/'); i >= 0; i = g.indexOf('/', i + 1)) {
                  enclosing.add(g.substring(0, i));
                }
                enclosing.add(g);
              });
      for (String g : enclosing) {
        checkArgument(
            paths.contains(g),
            () ->
                "question " + q.name() + " is in group " + g + ", which the questionnaire has not");
        checkArgument(
            !ended.contains(g),
            () -> "question " + q.name() + " resumes group " + g + " after it ended");
      }
      for (String g : open) {
        if (!enclosing.contains(g)) {
          ended.add(g);
        }
      }
      used.addAll(enclosing);
      open = enclosing;
    }
    for (Group g : groups()) {
      checkArgument(used.contains(g.path()), () -> "group " + g.path() + " holds no question");
    }
  }

  @Override
  public String toString() {
    return "Questionnaire["
        + title().or(this::formId).map(t -> t + ", ").orElse("")
        + questions().size()
        + " questions, "
        + choiceLists().size()
        + " choice lists"
        + (groups().isEmpty() ? "" : ", " + groups().size() + " groups")
        + (skipped().isEmpty() ? "" : ", " + skipped().size() + " skipped")
        + "]";
  }
}
