import AnnalsEvents
import AnnalsText

/// One real-world entity across all documents.
public struct GraphNode: Hashable, Sendable {
  /// `n1`, `n2`, ... in order of first appearance.
  public var id: String
  public var name: String
  public var type: EntityType
  /// Number of mentions over all documents.
  public var mentions: Int
  /// `(document index, entity id)` of every merged document-level entity.
  public var members: [EntityRef]
  public init(id: String, name: String, type: EntityType, mentions: Int, members: [EntityRef]) {
    self.id = id
    self.name = name
    self.type = type
    self.mentions = mentions
    self.members = members
  }
}

public struct EntityRef: Hashable, Sendable {
  public var document: Int
  public var entity: String
  public init(document: Int, entity: String) {
    self.document = document
    self.entity = entity
  }
}

/// An edge: every event that links the same two nodes under the same label.
public struct GraphEdge: Hashable, Sendable {
  public var source: String
  public var target: String
  public var label: String
  public var directed: Bool
  /// Normalized dates of the supporting events, sorted, without repeats.
  public var dates: [String]
  /// How many events support it.
  public var weight: Int
  /// The supporting events' sentences, in document order.
  public var evidence: [String]
  public var events: [EventRef]
  public init(
    source: String, target: String, label: String, directed: Bool, dates: [String], weight: Int,
    evidence: [String], events: [EventRef]
  ) {
    self.source = source
    self.target = target
    self.label = label
    self.directed = directed
    self.dates = dates
    self.weight = weight
    self.evidence = evidence
    self.events = events
  }
}

public struct EventRef: Hashable, Sendable {
  public var document: Int
  public var event: String
  public init(document: Int, event: String) {
    self.document = document
    self.event = event
  }
}

/// Entities as nodes and their shared events as edges, merged across documents.
public struct RelationGraph: Sendable {
  public var nodes: [GraphNode]
  public var edges: [GraphEdge]
  /// The node each document-level entity was merged into.
  public var nodeOf: [EntityRef: String]

  public init(nodes: [GraphNode], edges: [GraphEdge], nodeOf: [EntityRef: String] = [:]) {
    self.nodes = nodes
    self.edges = edges
    self.nodeOf = nodeOf
  }

  /// The canonical name of a document-level entity, after cross-document merging.
  public func name(document: Int, entity: String) -> String? {
    guard let id = nodeOf[EntityRef(document: document, entity: entity)] else { return nil }
    return nodes.first { $0.id == id }?.name
  }

  public static func build(_ documents: [DocumentAnalysis]) -> RelationGraph {
    var nodes: [GraphNode] = []
    var nodeByKey: [String: Int] = [:]
    var nodeOf: [EntityRef: String] = [:]
    // Longer names first, so that "Putin" in one article can join "Vladimir Putin" from another.
    var all: [(ref: EntityRef, entity: Entity)] = []
    for (d, doc) in documents.enumerated() {
      // Descriptions ("officials", "the company" with no name found) are mentions, not graph nodes.
      for e in doc.entities where !e.descriptive { all.append((EntityRef(document: d, entity: e.id), e)) }
    }
    let canonical = CrossDocumentNames(all.map(\.entity))
    for (ref, e) in all {
      let name = canonical.name(for: e)
      let key = e.type.rawValue + "\u{1F}" + name.lowercased()
      if let i = nodeByKey[key] {
        nodes[i].mentions += e.mentions.count
        nodes[i].members.append(ref)
        nodeOf[ref] = nodes[i].id
      } else {
        let id = "n\(nodes.count + 1)"
        nodeByKey[key] = nodes.count
        nodes.append(GraphNode(id: id, name: name, type: e.type, mentions: e.mentions.count, members: [ref]))
        nodeOf[ref] = id
      }
    }
    var edges: [GraphEdge] = []
    var edgeByKey: [String: Int] = [:]
    for (d, doc) in documents.enumerated() {
      let events = Dictionary(doc.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for r in doc.relations {
        guard let s0 = nodeOf[EntityRef(document: d, entity: r.source)],
          let t0 = nodeOf[EntityRef(document: d, entity: r.target)], s0 != t0
        else { continue }
        // Mutual edges are stored with their ends in a fixed order so A-B and B-A merge.
        var (s, t) = (s0, t0)
        if !r.directed, nodeIndex(t) < nodeIndex(s) { swap(&s, &t) }
        let key = [s, t, r.label, r.directed ? "1" : "0"].joined(separator: "\u{1F}")
        let ev = events[r.event]
        let evidence = ev.map { doc.sentenceText(containing: $0.span) } ?? ""
        let date = ev?.time?.value
        let i: Int
        if let j = edgeByKey[key] {
          i = j
        } else {
          i = edges.count
          edgeByKey[key] = i
          edges.append(GraphEdge(source: s, target: t, label: r.label, directed: r.directed, dates: [], weight: 0, evidence: [], events: []))
        }
        let ref = EventRef(document: d, event: r.event)
        if !edges[i].events.contains(ref) {
          edges[i].events.append(ref)
          edges[i].weight += 1
        }
        if let date, !edges[i].dates.contains(date) { edges[i].dates.append(date) }
        if !evidence.isEmpty, !edges[i].evidence.contains(evidence) { edges[i].evidence.append(evidence) }
      }
    }
    for i in edges.indices { edges[i].dates.sort() }
    return RelationGraph(nodes: nodes, edges: edges, nodeOf: nodeOf)
  }

  private static func nodeIndex(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
}
