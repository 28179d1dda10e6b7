import AnnalsTimeline
import Foundation

/// The relationship graph in node-link JSON (`nodes`, `links`), keys sorted.
public struct GraphJSONRenderer: Renderer {
  public let name = "graph-json"
  public let extensions = ["graph.json"]
  public var summary: String { "relationship graph as node-link JSON" }
  public init() {}

  struct Document: Encodable {
    var directed = true
    var multigraph = true
    var nodes: [Node]
    var links: [Link]
  }

  struct Node: Encodable {
    var id: String
    var name: String
    var type: String
    var mentions: Int
  }

  struct Link: Encodable {
    var source: String
    var target: String
    var label: String
    var captions: [String]
    var dates: [String]
    var weight: Int
    var directed: Bool
    var evidence: [String]
  }

  public func render(_ analysis: Analysis, options: RenderOptions) throws -> String {
    let g = analysis.graph
    let doc = Document(
      nodes: g.nodes.map { Node(id: $0.id, name: $0.name, type: $0.type.rawValue, mentions: $0.mentions) },
      links: g.edges.map {
        Link(
          source: $0.source, target: $0.target, label: $0.label, captions: $0.captions, dates: $0.dates, weight: $0.weight,
          directed: $0.directed, evidence: $0.evidence)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = try encoder.encode(doc)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
