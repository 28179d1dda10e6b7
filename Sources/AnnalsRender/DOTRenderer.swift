import AnnalsEvents
import AnnalsTimeline

/// The relationship graph as DOT, with a fixed set of attributes and every user string escaped.
public struct DOTRenderer: Renderer {
  public let name = "dot"
  public let extensions = ["dot", "gv"]
  public var summary: String { "relationship graph as Graphviz DOT" }
  public init() {}

  /// The graph's name: naming it keeps Graphviz output byte-identical between runs.
  public static let graphName = "annals"
  /// At most this many dates in an edge label and evidence sentences in a tooltip.
  static let maxDates = 3
  static let maxEvidence = 3
  /// Above this many nodes the layout is tuned for speed over beauty.
  static let largeGraph = 150

  /// Shape, fill and outline for one entity type.
  struct NodeStyle {
    var shape: String
    var fill: String
    var line: String
  }

  static func style(_ type: EntityType) -> NodeStyle {
    switch type {
    case .person: return NodeStyle(shape: "ellipse", fill: "#dbe8fb", line: "#3a6db5")
    case .organization: return NodeStyle(shape: "box", fill: "#fde7cf", line: "#b86a1c")
    case .location: return NodeStyle(shape: "house", fill: "#dcf2dc", line: "#3d8b3d")
    case .product: return NodeStyle(shape: "component", fill: "#efe1f7", line: "#7d4aa0")
    case .financial: return NodeStyle(shape: "note", fill: "#fbf5c8", line: "#9a8a1c")
    case .other: return NodeStyle(shape: "octagon", fill: "#ececec", line: "#6b6b6b")
    }
  }

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    Self.dot(analysis.graph)
  }

  /// At most this many nodes are drawn; the rest are named in the graph's caption.
  public static let maxDrawn = 300

  /// The part of the graph worth drawing: entities that take part in a relation (all of
  /// them when there is none), the most connected first when there are too many.
  /// Returns the kept graph and a caption saying what was left out.
  public static func drawable(_ graph: RelationGraph) -> (graph: RelationGraph, caption: String?) {
    var degree: [String: Int] = [:]
    for e in graph.edges {
      degree[e.source, default: 0] += e.weight
      degree[e.target, default: 0] += e.weight
    }
    var nodes = graph.edges.isEmpty ? graph.nodes : graph.nodes.filter { degree[$0.id] != nil }
    let isolated = graph.nodes.count - nodes.count
    var pruned = 0
    if nodes.count > maxDrawn {
      let ranked = nodes.enumerated().sorted { a, b in
        let (da, db) = (degree[a.element.id] ?? 0, degree[b.element.id] ?? 0)
        if da != db { return da > db }
        if a.element.mentions != b.element.mentions { return a.element.mentions > b.element.mentions }
        return a.offset < b.offset
      }
      let keep = Set(ranked.prefix(maxDrawn).map(\.element.id))
      pruned = nodes.count - keep.count
      nodes = nodes.filter { keep.contains($0.id) }
    }
    let kept = Set(nodes.map(\.id))
    let edges = graph.edges.filter { kept.contains($0.source) && kept.contains($0.target) }
    var notes: [String] = []
    if isolated > 0 { notes.append("\(isolated) entit\(isolated == 1 ? "y" : "ies") without relations not drawn") }
    if pruned > 0 { notes.append("\(pruned) less connected entit\(pruned == 1 ? "y" : "ies") left out to keep the drawing readable") }
    return (RelationGraph(nodes: nodes, edges: edges, nodeOf: graph.nodeOf), notes.isEmpty ? nil : notes.joined(separator: "; "))
  }

  /// DOT text for a relationship graph (its drawable part, with a caption for what was left out).
  public static func dot(_ full: RelationGraph) -> String {
    let (graph, caption) = drawable(full)
    let q: (String) -> String = { Escape.dotQuoted($0) }
    var out = ["digraph \(q(graphName)) {"]
    out.append("  graph [rankdir=\"LR\", fontname=\"Helvetica\", bgcolor=\"white\", pad=\"0.2\", nodesep=\"0.4\", ranksep=\"0.8\"];")
    if let caption {
      out.append("  graph [label=\(q(caption)), labelloc=\"b\", fontsize=\"10\", fontcolor=\"#666666\"];")
    }
    if graph.nodes.count > largeGraph {
      // dot's network simplex and crossing minimization blow up on big cyclic graphs.
      out.append("  graph [mclimit=\"0.1\", nslimit=\"1\", nslimit1=\"1\", splines=\"line\"];")
    }
    out.append("  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\", penwidth=\"1.2\"];")
    out.append("  edge [fontname=\"Helvetica\", fontsize=\"9\", color=\"#555555\", fontcolor=\"#333333\", arrowsize=\"0.7\"];")
    for n in graph.nodes {
      let s = style(n.type)
      let tip = "\(n.name) (\(n.type.rawValue), \(n.mentions) mention\(n.mentions == 1 ? "" : "s"))"
      out.append(
        "  \(q(n.id)) [label=\(q(n.name)), shape=\(q(s.shape)), fillcolor=\(q(s.fill)), color=\(q(s.line)), "
          + "tooltip=\(Escape.dotQuoted(tip, tooltip: true))];"
      )
    }
    for e in graph.edges {
      var label = e.label
      if !e.dates.isEmpty {
        let shown = e.dates.prefix(maxDates).joined(separator: ", ")
        label += "\n(" + shown + (e.dates.count > maxDates ? ", …" : "") + ")"
      }
      var tip = e.evidence.prefix(maxEvidence).joined(separator: "\n")
      if e.evidence.count > maxEvidence { tip += "\n(+\(e.evidence.count - maxEvidence) more)" }
      if tip.isEmpty { tip = e.label }
      let pen = NumberFormat.fixed(1.0 + 0.75 * Double(min(max(e.weight, 1), 7) - 1), digits: 2)
      var attrs = "label=\(q(label)), tooltip=\(Escape.dotQuoted(tip, tooltip: true)), penwidth=\(q(pen)), weight=\(q(String(max(1, e.weight))))"
      if !e.directed { attrs += ", dir=\"none\"" }
      out.append("  \(q(e.source)) -> \(q(e.target)) [\(attrs)];")
    }
    out.append("}")
    return out.joined(separator: "\n") + "\n"
  }
}
