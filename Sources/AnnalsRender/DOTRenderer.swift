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
    Self.dot(analysis.graph, layout: options.layout)
  }

  /// At most this many nodes are drawn; the rest are named in the graph's caption.
  public static let maxDrawn = 300
  /// Up to this many drawn nodes `--layout auto` picks dot; above it, sfdp.
  public static let autoDotLimit = 40
  /// At most this many two-entity pieces are drawn beside the connected story; the rest
  /// are counted in the caption (the JSON and GraphML exports keep them all).
  public static let maxPairs = 12

  /// The layout `requested` means for `graph`: `auto` picks dot for a small drawing and
  /// sfdp for a large one; any other name is kept.
  public static func layout(_ requested: String, for graph: RelationGraph) -> String {
    guard requested == "auto" else { return requested }
    return drawable(graph).graph.nodes.count <= autoDotLimit ? "dot" : "sfdp"
  }

  /// The part of the graph worth drawing: entities that take part in a relation (all of
  /// them when there is none), components by size with the largest first, at most
  /// `maxPairs` two-entity pieces, the most connected first when there are too many.
  /// Returns the kept graph (nodes in component order) and a caption saying what was left out.
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
    var kept = Set(nodes.map(\.id))
    var edges = graph.edges.filter { kept.contains($0.source) && kept.contains($0.target) }
    // Components, largest (then heaviest) first; two-entity pieces beyond `maxPairs` are left out.
    var components = Self.components(nodes.map(\.id), edges)
    let weight = { (c: [String]) -> Int in c.reduce(0) { $0 + (degree[$1] ?? 0) } }
    let position = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    components.sort { a, b in
      if a.count != b.count { return a.count > b.count }
      if weight(a) != weight(b) { return weight(a) > weight(b) }
      return (position[a[0]] ?? 0) < (position[b[0]] ?? 0)
    }
    var pairs = 0
    var droppedPairs = 0
    components = components.filter { c in
      guard c.count == 2, !graph.edges.isEmpty else { return true }
      pairs += 1
      if pairs > maxPairs {
        droppedPairs += 1
        return false
      }
      return true
    }
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    nodes = components.flatMap { c in c.compactMap { byID[$0] } }
    kept = Set(nodes.map(\.id))
    edges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }
    var notes: [String] = []
    if isolated > 0 { notes.append("\(isolated) entit\(isolated == 1 ? "y" : "ies") without relations not drawn") }
    if pruned > 0 { notes.append("\(pruned) less connected entit\(pruned == 1 ? "y" : "ies") left out to keep the drawing readable") }
    if droppedPairs > 0 {
      notes.append("\(droppedPairs) more pair\(droppedPairs == 1 ? "" : "s") of entities linked only to each other not drawn")
    }
    return (RelationGraph(nodes: nodes, edges: edges, nodeOf: graph.nodeOf), notes.isEmpty ? nil : notes.joined(separator: "; "))
  }

  /// Connected components of the nodes (each in order: most connected first, then input order).
  static func components(_ ids: [String], _ edges: [GraphEdge]) -> [[String]] {
    var adjacent: [String: [String]] = [:]
    var degree: [String: Int] = [:]
    for e in edges {
      adjacent[e.source, default: []].append(e.target)
      adjacent[e.target, default: []].append(e.source)
      degree[e.source, default: 0] += e.weight
      degree[e.target, default: 0] += e.weight
    }
    let position = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var seen: Set<String> = []
    var out: [[String]] = []
    for id in ids where !seen.contains(id) {
      var stack = [id]
      var members: [String] = []
      seen.insert(id)
      while let n = stack.popLast() {
        members.append(n)
        for m in adjacent[n] ?? [] where position[m] != nil && seen.insert(m).inserted { stack.append(m) }
      }
      members.sort { a, b in
        let (da, db) = (degree[a] ?? 0, degree[b] ?? 0)
        return da != db ? da > db : (position[a] ?? 0) < (position[b] ?? 0)
      }
      out.append(members)
    }
    return out
  }

  /// Longest caption drawn on an edge, in characters.
  static let captionWidth = 40
  /// Captions drawn on an edge of a large (force-directed) drawing; the rest are counted.
  static let largeGraphCaptions = 1

  /// DOT text for a relationship graph (its drawable part, with a caption for what was left
  /// out). `layout` adds the attributes that engine needs to stay legible.
  public static func dot(_ full: RelationGraph, layout: String = "auto") -> String {
    let engine = Self.layout(layout, for: full)
    let (graph, caption) = drawable(full)
    let q: (String) -> String = { Escape.dotQuoted($0) }
    var out = ["digraph \(q(graphName)) {"]
    out.append("  graph [rankdir=\"LR\", fontname=\"Helvetica\", bgcolor=\"white\", pad=\"0.2\", nodesep=\"0.4\", ranksep=\"0.8\"];")
    if let caption {
      out.append("  graph [label=\(q(caption)), labelloc=\"b\", fontsize=\"10\", fontcolor=\"#666666\"];")
    }
    if engine != "dot" {
      // Force-directed layouts: no overlapping nodes, curved edges around them, the pieces packed.
      out.append("  graph [layout=\(q(engine)), K=\"1.8\", repulsiveforce=\"1.5\", overlap=\"prism\", overlap_scaling=\"-6\", sep=\"+16\", splines=\"true\", pack=\"true\", packmode=\"graph\", outputorder=\"edgesfirst\"];")
    } else if graph.nodes.count > largeGraph {
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
    let shownCaptions = engine == "dot" ? RelationGraph.labelCaptions : largeGraphCaptions
    for e in graph.edges {
      let label = edgeLabel(e, captions: shownCaptions)
      var tip = e.captions.joined(separator: "\n")
      if !e.dates.isEmpty { tip += "\n(" + e.dates.joined(separator: ", ") + ")" }
      let shownEvidence = e.evidence.prefix(maxEvidence)
      if !shownEvidence.isEmpty { tip += "\n\n" + shownEvidence.joined(separator: "\n") }
      if e.evidence.count > maxEvidence { tip += "\n(+\(e.evidence.count - maxEvidence) more)" }
      let pen = NumberFormat.fixed(1.0 + 0.75 * Double(min(max(e.weight, 1), 7) - 1), digits: 2)
      var attrs = "label=\(q(label)), tooltip=\(Escape.dotQuoted(tip, tooltip: true)), penwidth=\(q(pen)), weight=\(q(String(max(1, e.weight))))"
      if !e.directed { attrs += ", dir=\"none\"" }
      out.append("  \(q(e.source)) -> \(q(e.target)) [\(attrs)];")
    }
    out.append("}")
    return out.joined(separator: "\n") + "\n"
  }

  /// An edge's label: its first captions, one a line, how many more, and its dates.
  static func edgeLabel(_ e: GraphEdge, captions: Int = RelationGraph.labelCaptions) -> String {
    let shown = e.captions.prefix(captions).map { DisplayWidth.truncate(Chronology.oneLine($0), to: captionWidth) }
    var lines = Array(shown)
    if e.captions.count > shown.count { lines.append("+\(e.captions.count - shown.count) more") }
    if !e.dates.isEmpty {
      let dates = e.dates.prefix(maxDates).map(DateLabel.format).joined(separator: ", ")
      lines.append("(" + dates + (e.dates.count > maxDates ? ", …" : "") + ")")
    }
    return lines.joined(separator: "\n")
  }
}
