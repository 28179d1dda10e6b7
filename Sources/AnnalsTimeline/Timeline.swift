import AnnalsEvents
import AnnalsStory
import AnnalsText
import AnnalsTime

/// One event placed on the timeline.
public struct TimelineEntry: Hashable, Sendable {
  /// Index into `Analysis.documents`.
  public var document: Int
  public var documentID: String
  public var event: String
  public var trigger: String
  public var label: String
  public var eventClass: EventClass
  public var negated: Bool
  public var modality: String
  /// The normalized value (`2025-08-12`, `2024-FA`); nil when undated.
  public var value: String?
  public var range: TimeRange?
  /// The expression in the text that dated it ("Tuesday", "since last fall").
  public var expression: String?
  public var basis: String?
  /// What the date means for the event (in, since, until, ...); `range` already follows it.
  public var relation: TimeRelation? = nil
  /// Canonical names of the entities that take part, in participant order.
  public var entities: [String]
  public var evidence: String
  public var span: TextSpan
  public var lemma: String
  /// Every article that reports this event (the first is this entry's own), in order.
  public var sources: [EntrySource]
  /// Other articles that date the same event differently.
  public var conflicts: [DateConflict]
  /// A short clause that names the event: "Putin and Kim Jong Un hold phone call".
  public var caption: String
  /// How central the event is to the story (see `AnnalsStory.Salience`).
  public var salience: Double
  /// In the story's default selection (the views without `--all` show only these).
  public var selected: Bool
  /// How the date was found: an expression, the publication date (by tense), or none.
  public var dating: StoryDating
  /// Graph node ids of the participants, in the order of `entities`.
  public var nodes: [String]

  public init(
    document: Int, documentID: String, event: String, trigger: String, label: String, eventClass: EventClass,
    negated: Bool, modality: String, value: String?, range: TimeRange?, expression: String?, basis: String?,
    entities: [String], evidence: String, span: TextSpan, lemma: String = "", sources: [EntrySource] = [],
    conflicts: [DateConflict] = [], caption: String = "", salience: Double = 0, selected: Bool = true,
    dating: StoryDating? = nil, nodes: [String] = []
  ) {
    self.document = document
    self.documentID = documentID
    self.event = event
    self.trigger = trigger
    self.label = label
    self.eventClass = eventClass
    self.negated = negated
    self.modality = modality
    self.value = value
    self.range = range
    self.expression = expression
    self.basis = basis
    self.entities = entities
    self.evidence = evidence
    self.span = span
    self.lemma = lemma
    self.sources = sources
    self.conflicts = conflicts
    self.caption = caption.isEmpty ? (label.isEmpty ? trigger : label) : caption
    self.salience = salience
    self.selected = selected
    self.dating = dating ?? (range == nil ? .undated : .expression)
    self.nodes = nodes
  }

  /// The documents that report it, in order, each once.
  public var documentIDs: [String] {
    var out: [String] = []
    for s in sources where !out.contains(s.documentID) { out.append(s.documentID) }
    if out.isEmpty { out.append(documentID) }
    return out
  }
}

/// Where an article reports an event.
public struct EntrySource: Hashable, Sendable {
  public var document: Int
  public var documentID: String
  public var event: String
  public var span: TextSpan
  public var expression: String?
  public var evidence: String
  public init(document: Int, documentID: String, event: String, span: TextSpan, expression: String?, evidence: String) {
    self.document = document
    self.documentID = documentID
    self.event = event
    self.span = span
    self.expression = expression
    self.evidence = evidence
  }
}

/// Another article's date for the same event, when it disagrees.
public struct DateConflict: Hashable, Sendable {
  public var value: String
  public var documentID: String
  public var expression: String?
  public init(value: String, documentID: String, expression: String?) {
    self.value = value
    self.documentID = documentID
    self.expression = expression
  }
}

/// Events in a total, deterministic order: dated ones by interval, undated ones apart.
public struct Timeline: Sendable {
  public var dated: [TimelineEntry]
  public var undated: [TimelineEntry]
  /// Events the story's selection left out of this view (0 when every event is shown).
  public var omitted: Int
  /// The entities this timeline follows (`--entity`), by canonical name; empty for all.
  public var focus: [String]
  public init(dated: [TimelineEntry], undated: [TimelineEntry], omitted: Int = 0, focus: [String] = []) {
    self.dated = dated
    self.undated = undated
    self.omitted = omitted
    self.focus = focus
  }

  /// Every entry, dated first.
  public var entries: [TimelineEntry] { dated + undated }

  /// One entry per real event (coreferent mentions merged within and across articles),
  /// ordered by earliest, then latest, then document, then position in it.
  public static func build(_ documents: [DocumentAnalysis], graph: RelationGraph? = nil) -> Timeline {
    let g = graph ?? RelationGraph.build(documents)
    let story = StoryBridge.story(documents, graph: g)
    return build(documents, story: story, graph: g)
  }

  /// The timeline of `story`: its listed events, or only `only` (indices into `story.events`).
  public static func build(_ documents: [DocumentAnalysis], story: Story, graph: RelationGraph, only: [Int]? = nil) -> Timeline {
    let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let timexes = documents.map { d in Dictionary(d.timexes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    var dated: [TimelineEntry] = []
    var undated: [TimelineEntry] = []
    let indices = only ?? story.events.indices.filter { story.events[$0].listed }
    for i in indices {
      let entry = Self.entry(story.events[i], documents: documents, names: names, timexes: timexes)
      if entry.range != nil { dated.append(entry) } else { undated.append(entry) }
    }
    sort(&dated, &undated)
    return Timeline(dated: dated, undated: undated)
  }

  static func sort(_ dated: inout [TimelineEntry], _ undated: inout [TimelineEntry]) {
    dated.sort { a, b in
      guard let ra = a.range, let rb = b.range else { return false }
      if ra.earliest != rb.earliest { return ra.earliest < rb.earliest }
      if ra.latest != rb.latest { return ra.latest < rb.latest }
      if a.document != b.document { return a.document < b.document }
      return a.span < b.span
    }
    undated.sort { ($0.document, $0.span) < ($1.document, $1.span) }
  }

  /// The entry for one story event: the head mention's words, the chosen date, every mention.
  static func entry(
    _ s: StoryEvent, documents: [DocumentAnalysis], names: [String: String], timexes: [[String: Timex]]
  ) -> TimelineEntry {
    let doc = documents[s.head.document]
    let ev = doc.events[s.head.event]
    func expression(_ d: Int, _ timex: String?) -> String? {
      guard let tid = timex, let tx = timexes[d][tid] else { return nil }
      return tx.signal.map { "\($0) \(tx.text)" } ?? tx.text
    }
    var entities: [String] = []
    var nodes: [String] = []
    for k in s.participants {
      guard let n = names[k], !entities.contains(n) else { continue }
      entities.append(n)
      nodes.append(k)
    }
    let sources = s.mentions.map { m -> EntrySource in
      let d = documents[m.document]
      let e = d.events[m.event]
      return EntrySource(
        document: m.document, documentID: d.id, event: e.id, span: e.span, expression: expression(m.document, e.time?.timex),
        evidence: d.sentenceText(containing: e.span))
    }
    let conflicts = s.conflicts.map { c in
      DateConflict(value: c.value, documentID: documents[c.source.document].id, expression: expression(c.source.document, c.timex))
    }
    var entry = TimelineEntry(
      document: s.head.document, documentID: doc.id, event: ev.id, trigger: ev.text, label: ev.label,
      eventClass: ev.eventClass, negated: ev.negated, modality: ev.modality, value: s.time?.value, range: s.time?.range,
      expression: s.time.flatMap { expression($0.source.document, $0.timex) }, basis: s.time?.basis, entities: entities,
      evidence: doc.sentenceText(containing: ev.span), span: ev.span, lemma: ev.lemma, sources: sources,
      conflicts: conflicts, caption: s.caption, salience: s.salience, selected: s.selected,
      dating: s.time?.dating ?? .undated, nodes: nodes)
    // What the date means for the event, from the mention that gave it.
    if let t = s.time, t.dating != .narrative {
      entry.relation = documents[t.source.document].events[t.source.event].time?.relation
    }
    return entry
  }

  /// The same timeline with only the story's selection (at most `budget` events scoring at
  /// least `floor`, by salience); `omitted` says how many were left out.
  public func selected(budget: Int = Salience.budget, floor: Double = Salience.floor, useFlags: Bool = true) -> Timeline {
    let all = dated + undated
    let keep: Set<Int>
    if useFlags {
      keep = Set(all.indices.filter { all[$0].selected })
    } else {
      keep = Salience.select(all.map(\.salience), budget: budget, floor: floor)
    }
    let d = dated.indices.filter { keep.contains($0) }.map { dated[$0] }
    let u = undated.indices.filter { keep.contains(dated.count + $0) }.map { undated[$0] }
    return Timeline(dated: d, undated: u, omitted: omitted + all.count - d.count - u.count, focus: focus)
  }
}
