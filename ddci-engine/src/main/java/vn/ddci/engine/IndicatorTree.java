package vn.ddci.engine;

import static vn.ddci.internal.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.ddci.DdciValidationException;

/**
 * The indicator framework as data (cấu trúc bộ chỉ số): indicators grouped into aggregates up to
 * one root, the index, at any depth. COINr's ASEM example has four levels (indicator, pillar,
 * sub-index, index); a DDCI three (indicator, component, total).
 *
 * <pre>{@code
 * IndicatorTree tree = IndicatorTree.of(List.of(
 *     Node.root("DDCI"),
 *     Node.aggregate("TRANSPARENCY", "DDCI"),
 *     Node.indicator("T1", "TRANSPARENCY"),
 *     Node.indicator("T2", "TRANSPARENCY")));
 * }</pre>
 *
 * <p>A tree that exists is valid: one root; every other node's parent is an aggregate of the tree;
 * no cycle; every aggregate has children, at least one of positive weight; codes unique. The level
 * of a node is 1 for an indicator and one more than its highest child for an aggregate. Immutable
 * and thread-safe.
 */
public final class IndicatorTree {
  private final ImmutableList<Node> nodes;
  private final ImmutableMap<String, Node> byCode;
  private final ImmutableListMultimap<String, Node> children;
  private final ImmutableList<Node> indicators;
  private final ImmutableList<Node> aggregatesBottomUp;
  private final ImmutableMap<String, Integer> levels;
  private final Node root;

  private IndicatorTree(List<Node> nodes) {
    this.nodes = ImmutableList.copyOf(nodes);
    Map<String, Node> codes = new LinkedHashMap<>();
    for (Node n : nodes) {
      checkArgument(codes.put(n.code(), n) == null, "node %s is given twice", n.code());
    }
    this.byCode = ImmutableMap.copyOf(codes);
    ImmutableListMultimap.Builder<String, Node> kids = ImmutableListMultimap.builder();
    List<Node> roots = new ArrayList<>();
    for (Node n : nodes) {
      if (n.parent().isEmpty()) {
        roots.add(n);
        continue;
      }
      String p = n.parent().get();
      Node parent = codes.get(p);
      checkArgument(
          parent != null, "node %s is an orphan: its parent %s is not in the tree", n.code(), p);
      checkArgument(
          parent.kind() == Node.Kind.AGGREGATE,
          "node %s: its parent %s is an indicator, which cannot have children",
          n.code(),
          p);
      kids.put(p, n);
    }
    this.children = kids.build();
    // messages are built only when a check fails: a rerun with new weights builds a tree each time
    checkArgument(
        !roots.isEmpty(),
        () -> "the tree has no root: every node has a parent (" + cycleOf() + ")");
    checkArgument(
        roots.size() == 1,
        () ->
            "the tree has "
                + roots.size()
                + " roots ("
                + roots.stream().map(Node::code).collect(Collectors.joining(", "))
                + "); an index has one");
    this.root = roots.get(0);
    Map<String, Integer> level = new HashMap<>();
    levelOf(root, level);
    checkArgument(level.size() == nodes.size(), this::cycleOf);
    this.levels = ImmutableMap.copyOf(level);
    for (Node n : nodes) {
      if (n.kind() == Node.Kind.AGGREGATE) {
        List<Node> c = children.get(n.code());
        checkArgument(!c.isEmpty(), "aggregate %s has no children", n.code());
        checkArgument(
            c.stream().anyMatch(k -> k.weight() > 0),
            () ->
                "every child of "
                    + n.code()
                    + " weighs 0 ("
                    + c.stream().map(Node::code).collect(Collectors.joining(", "))
                    + "): its score would be undefined");
      }
    }
    this.indicators =
        nodes.stream()
            .filter(n -> n.kind() == Node.Kind.INDICATOR)
            .collect(ImmutableList.toImmutableList());
    this.aggregatesBottomUp =
        nodes.stream()
            .filter(n -> n.kind() == Node.Kind.AGGREGATE)
            .sorted(Comparator.comparingInt(n -> levels.get(n.code())))
            .collect(ImmutableList.toImmutableList());
  }

  private int levelOf(Node n, Map<String, Integer> level) {
    int l = 1;
    for (Node c : children.get(n.code())) {
      l = Math.max(l, levelOf(c, level) + 1);
    }
    level.put(n.code(), l);
    return l;
  }

  /** Names the nodes that do not lead to the root, all of them in or under a cycle. */
  private String cycleOf() {
    Map<String, Node> byCode = new HashMap<>();
    nodes.forEach(n -> byCode.put(n.code(), n));
    for (Node start : nodes) {
      List<String> path = new ArrayList<>();
      Node n = start;
      while (n != null && !path.contains(n.code())) {
        path.add(n.code());
        n = n.parent().map(byCode::get).orElse(null);
      }
      if (n != null) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(n.code()), path.size()));
        cycle.add(n.code());
        return "nodes " + String.join(" → ", cycle) + " form a cycle";
      }
    }
    return "no cycle";
  }

  /**
   * Returns a tree of the given nodes.
   *
   * @param nodes every node, in the order in which they are listed and reported
   * @return the tree
   * @throws DdciValidationException naming the node if the nodes do not form a valid tree
   */
  public static IndicatorTree of(Collection<Node> nodes) {
    Objects.requireNonNull(nodes, "nodes");
    nodes.forEach(n -> Objects.requireNonNull(n, "a node"));
    checkArgument(!nodes.isEmpty(), "a tree needs nodes");
    return new IndicatorTree(List.copyOf(nodes));
  }

  /**
   * Returns a tree of the given nodes.
   *
   * @param nodes every node
   * @return the tree
   * @throws DdciValidationException naming the node if the nodes do not form a valid tree
   */
  public static IndicatorTree of(Node... nodes) {
    return of(Arrays.asList(nodes));
  }

  /**
   * Returns every node in the order given.
   *
   * @return the nodes
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the root, the index itself.
   *
   * @return the root
   */
  public Node root() {
    return root;
  }

  /**
   * Returns the indicators, in the order given.
   *
   * @return at least one indicator
   */
  public List<Node> indicators() {
    return indicators;
  }

  /**
   * Returns the aggregates from the lowest level up (an aggregate after all its children), in the
   * order given within a level.
   *
   * @return the aggregates, the root last
   */
  public List<Node> aggregates() {
    return aggregatesBottomUp;
  }

  /**
   * Returns a node.
   *
   * @param code the node's code
   * @return the node
   * @throws DdciValidationException if no node has that code
   */
  public Node node(String code) {
    Node n = byCode.get(Objects.requireNonNull(code, "code"));
    checkArgument(n != null, "no node %s in the tree", code);
    return n;
  }

  /**
   * Tells whether a node of this code exists.
   *
   * @param code a code
   * @return true if the tree has it
   */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /**
   * Returns a node's children in the order given.
   *
   * @param code an aggregate's code
   * @return its children; empty for an indicator
   * @throws DdciValidationException if no node has that code
   */
  public List<Node> children(String code) {
    node(code);
    return children.get(code);
  }

  /**
   * Returns a node's level: 1 for an indicator, one more than its highest child for an aggregate.
   *
   * @param code a node's code
   * @return the level
   * @throws DdciValidationException if no node has that code
   */
  public int level(String code) {
    node(code);
    return levels.get(code);
  }

  /**
   * Returns this tree with some nodes' weights replaced.
   *
   * @param weights new weights by node code
   * @return the tree
   * @throws DdciValidationException naming the node if a code is unknown, a weight negative or not
   *     finite, or every child of an aggregate would weigh 0
   */
  public IndicatorTree withWeights(Map<String, Double> weights) {
    Objects.requireNonNull(weights, "weights");
    weights.keySet().forEach(this::node);
    List<Node> copy = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      Double w = weights.get(n.code());
      copy.add(w == null ? n : n.withWeight(w));
    }
    return new IndicatorTree(copy);
  }

  /**
   * Tells whether another tree differs from this one in its nodes' weights at most: what a rerun
   * needs to redo only the aggregation.
   *
   * @param other another tree
   * @return true if every node but its weight is the same, in the same order
   */
  public boolean differsOnlyInWeights(IndicatorTree other) {
    if (other.nodes.size() != nodes.size()) {
      return false;
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (!nodes.get(i).withWeight(1).equals(other.nodes.get(i).withWeight(1))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorTree && ((IndicatorTree) o).nodes.equals(nodes);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorTree["
        + root.code()
        + ": "
        + indicators.size()
        + " indicators, "
        + aggregatesBottomUp.size()
        + " aggregates, "
        + levels.get(root.code())
        + " levels]";
  }
}
