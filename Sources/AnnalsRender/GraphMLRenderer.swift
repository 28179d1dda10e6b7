import AnnalsTimeline

/// The relationship graph as GraphML (Gephi, yEd, NetworkX): typed keys for name, type,
/// mentions, label, dates, weight, evidence and `directed` (false for mutual edges: a data
/// value, not the edge attribute, so readers that refuse mixed graphs, such as NetworkX, load it).
public struct GraphMLRenderer: Renderer {
  public let name = "graphml"
  public let extensions = ["graphml"]
  public var summary: String { "relationship graph as GraphML" }
  public init() {}

  /// `(id, for, attr.name, attr.type)` of every data key, in output order.
  static let keys: [(String, String, String, String)] = [
    ("name", "node", "name", "string"), ("type", "node", "type", "string"), ("mentions", "node", "mentions", "int"),
    ("label", "edge", "label", "string"), ("date", "edge", "date", "string"), ("weight", "edge", "weight", "double"),
    ("evidence", "edge", "evidence", "string"), ("directed", "edge", "directed", "boolean"),
  ]

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let x = Escape.xml
    let g = analysis.graph
    var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
    out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")
    for (id, target, name, type) in Self.keys {
      out.append("  <key id=\"\(id)\" for=\"\(target)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
    }
    out.append("  <graph id=\"annals\" edgedefault=\"directed\">")
    for n in g.nodes {
      out.append("    <node id=\"\(x(n.id))\">")
      out.append("      <data key=\"name\">\(x(n.name))</data>")
      out.append("      <data key=\"type\">\(x(n.type.rawValue))</data>")
      out.append("      <data key=\"mentions\">\(n.mentions)</data>")
      out.append("    </node>")
    }
    for (i, e) in g.edges.enumerated() {
      out.append("    <edge id=\"e\(i + 1)\" source=\"\(x(e.source))\" target=\"\(x(e.target))\">")
      out.append("      <data key=\"label\">\(x(Chronology.oneLine(e.label)))</data>")
      if !e.dates.isEmpty { out.append("      <data key=\"date\">\(x(e.dates.joined(separator: " ")))</data>") }
      out.append("      <data key=\"weight\">\(max(1, e.weight))</data>")
      if !e.evidence.isEmpty {
        out.append("      <data key=\"evidence\">\(x(e.evidence.map(Chronology.oneLine).joined(separator: " | ")))</data>")
      }
      out.append("      <data key=\"directed\">\(e.directed)</data>")
      out.append("    </edge>")
    }
    out.append("  </graph>")
    out.append("</graphml>")
    return out.joined(separator: "\n") + "\n"
  }
}
