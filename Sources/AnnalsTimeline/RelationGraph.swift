import AnnalsEvents
import AnnalsStory
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

/// An edge: every event that links the same two entities, one edge per pair.
public struct GraphEdge: Hashable, Sendable {
  public var source: String
  public var target: String
  /// The captions as a short list ("Putin and Kim Jong Un hold phone call; … +2 more").
  public var label: String
  /// The caption of every supporting event, in story order, each once.
  public var captions: [String]
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
    evidence: [String], events: [EventRef], captions: [String] = []
  ) {
    self.source = source
    self.target = target
    self.label = label
    self.captions = captions.isEmpty ? [label] : captions
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

  /// Nodes merged across documents, and one edge per pair of entities that share events.
  public static func build(_ documents: [DocumentAnalysis]) -> RelationGraph {
    var g = nodes(documents)
    let story = StoryBridge.story(documents, graph: g)
    g.edges = edges(documents, story: story, graph: g)
    return g
  }

  /// The nodes only: every named entity, the same one across documents merged.
  public static func nodes(_ documents: [DocumentAnalysis]) -> RelationGraph {
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
    return RelationGraph(nodes: nodes, edges: [], nodeOf: nodeOf)
  }

  /// At most this many captions name an edge in `label`.
  public static let labelCaptions = 3

  /// One edge per pair of entities: every story event that relates them, its caption and date.
  /// The edge is directed only when every relation behind it points the same way.
  public static func edges(_ documents: [DocumentAnalysis], story: Story, graph: RelationGraph) -> [GraphEdge] {
    let nodeOf = graph.nodeOf
    var edges: [GraphEdge] = []
    var edgeByKey: [String: Int] = [:]
    var storyEvents: [[Int]] = []
    var orientation: [Set<String>] = []
    for (d, doc) in documents.enumerated() {
      var index: [String: Int] = [:]
      for (i, e) in doc.events.enumerated() { index[e.id] = i }
      let entityType = Dictionary(doc.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
      for r in doc.relations {
        guard let ei = index[r.event] else { continue }
        let ev = doc.events[ei]
        // A place is what a statement is about, not someone it is said to: no "X said -> Gdynia" edge.
        if ev.eventClass == .reporting, entityType[r.target] == .location { continue }
        guard let s0 = nodeOf[EntityRef(document: d, entity: r.source)],
          let t0 = nodeOf[EntityRef(document: d, entity: r.target)], s0 != t0
        else { continue }
        var (s, t) = (s0, t0)
        if nodeIndex(t) < nodeIndex(s) { swap(&s, &t) }
        let key = s + "\u{1F}" + t
        let i: Int
        if let j = edgeByKey[key] {
          i = j
        } else {
          i = edges.count
          edgeByKey[key] = i
          edges.append(GraphEdge(source: s, target: t, label: "", directed: true, dates: [], weight: 0, evidence: [], events: []))
          edges[i].captions = []
          storyEvents.append([])
          orientation.append([])
        }
        orientation[i].insert(r.directed ? s0 + ">" + t0 : "mutual")
        let ref = EventRef(document: d, event: r.event)
        if !edges[i].events.contains(ref) { edges[i].events.append(ref) }
        let si = story.eventOf[MentionRef(document: d, event: ei)] ?? -1
        if si >= 0, !storyEvents[i].contains(si) {
          storyEvents[i].append(si)
          let se = story.events[si]
          if !edges[i].captions.contains(se.caption) { edges[i].captions.append(se.caption) }
          if let v = se.time?.value, se.time?.dating == .expression, !edges[i].dates.contains(v) { edges[i].dates.append(v) }
          let h = documents[se.head.document]
          let evidence = h.sentenceText(containing: h.events[se.head.event].span)
          if !evidence.isEmpty, !edges[i].evidence.contains(evidence) { edges[i].evidence.append(evidence) }
        }
      }
    }
    for i in edges.indices {
      // The most central events name the edge first.
      let ranked = storyEvents[i].enumerated().sorted { a, b in
        let (x, y) = (story.events[a.element].salience, story.events[b.element].salience)
        return x != y ? x > y : a.offset < b.offset
      }
      var captions: [String] = []
      for (_, si) in ranked where !captions.contains(story.events[si].caption) { captions.append(story.events[si].caption) }
      if !captions.isEmpty { edges[i].captions = captions }
      edges[i].weight = max(1, storyEvents[i].count)
      edges[i].dates.sort()
      if edges[i].captions.isEmpty { edges[i].captions = [""] }
      let o = orientation[i]
      edges[i].directed = o.count == 1 && o.first != "mutual"
      if edges[i].directed, let only = o.first, !only.hasPrefix(edges[i].source + ">") {
        let s = edges[i].source
        edges[i].source = edges[i].target
        edges[i].target = s
      }
      edges[i].label = label(edges[i].captions)
    }
    return edges
  }

  /// The first captions and how many more: "A hold call; B praises C (+2 more)".
  public static func label(_ captions: [String]) -> String {
    var out = captions.prefix(labelCaptions).joined(separator: "; ")
    if captions.count > labelCaptions { out += " (+\(captions.count - labelCaptions) more)" }
    return out
  }

  private static func nodeIndex(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }
}
