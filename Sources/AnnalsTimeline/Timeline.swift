import AnnalsEvents
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

  public init(
    document: Int, documentID: String, event: String, trigger: String, label: String, eventClass: EventClass,
    negated: Bool, modality: String, value: String?, range: TimeRange?, expression: String?, basis: String?,
    entities: [String], evidence: String, span: TextSpan, lemma: String = "", sources: [EntrySource] = [],
    conflicts: [DateConflict] = []
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
  public init(dated: [TimelineEntry], undated: [TimelineEntry]) {
    self.dated = dated
    self.undated = undated
  }

  /// Orders events by earliest, then latest, then document, then position in it.
  /// The same event reported by several articles is listed once, with every source.
  public static func build(_ documents: [DocumentAnalysis], graph: RelationGraph? = nil) -> Timeline {
    var dated: [TimelineEntry] = []
    var undated: [TimelineEntry] = []
    for (d, doc) in documents.enumerated() {
      // Descriptions ("media", "15,000 troops") are not named participants.
      let names = Dictionary(
        doc.entities.filter { !$0.descriptive }.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
      let timexByID = Dictionary(doc.timexes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      // Events with no participant and no date of their own ("measures", "ties") stay in the
      // document's events but would only crowd the chronology.
      for ev in doc.events where ev.salient {
        var expression: String? = nil
        if let tid = ev.time?.timex, let tx = timexByID[tid] {
          expression = tx.signal.map { "\($0) \(tx.text)" } ?? tx.text
        }
        var seen = Set<String>()
        let entities = ev.participants.compactMap { p in graph?.name(document: d, entity: p.entity) ?? names[p.entity] }
          .filter { seen.insert($0).inserted }
        let evidence = doc.sentenceText(containing: ev.span)
        let source = EntrySource(
          document: d, documentID: doc.id, event: ev.id, span: ev.span, expression: expression, evidence: evidence)
        var entry = TimelineEntry(
          document: d, documentID: doc.id, event: ev.id, trigger: ev.text, label: ev.label,
          eventClass: ev.eventClass, negated: ev.negated, modality: ev.modality, value: ev.time?.value,
          range: ev.time?.range, expression: expression, basis: ev.time?.basis, entities: entities,
          evidence: evidence, span: ev.span, lemma: ev.lemma, sources: [source])
        entry.relation = ev.time?.relation
        if entry.range != nil { dated.append(entry) } else { undated.append(entry) }
      }
    }
    if documents.count > 1 { dated = mergeAcrossDocuments(dated) }
    dated.sort { a, b in
      guard let ra = a.range, let rb = b.range else { return false }
      if ra.earliest != rb.earliest { return ra.earliest < rb.earliest }
      if ra.latest != rb.latest { return ra.latest < rb.latest }
      if a.document != b.document { return a.document < b.document }
      return a.span < b.span
    }
    undated.sort { ($0.document, $0.span) < ($1.document, $1.span) }
    return Timeline(dated: dated, undated: undated)
  }

  /// Folds entries from different articles that report the same event (same lemma, same
  /// date, a shared participant) into one, and flags the same event dated differently.
  static func mergeAcrossDocuments(_ entries: [TimelineEntry]) -> [TimelineEntry] {
    var out: [TimelineEntry] = []
    var byDay: [String: [Int]] = [:]  // lemma + first day -> indices into out
    for e in entries {
      guard e.eventClass != .reporting, !e.lemma.isEmpty, let range = e.range else {
        out.append(e)
        continue
      }
      // Same day, not the same value: "6 a.m. Friday" and "10:00 on Friday" are one return to work.
      let key = e.lemma + "\u{1F}" + range.earliest.date.iso
      let same = byDay[key]?.first { i in
        let o = out[i]
        guard o.document != e.document, !o.sources.contains(where: { $0.document == e.document }) else { return false }
        // Shared participants, or none named on either side (nothing that contradicts).
        return (o.entities.isEmpty && e.entities.isEmpty) || !Set(o.entities).isDisjoint(with: e.entities)
      }
      if let i = same {
        out[i].sources.append(contentsOf: e.sources)
        for name in e.entities where !out[i].entities.contains(name) { out[i].entities.append(name) }
        continue
      }
      byDay[key, default: []].append(out.count)
      out.append(e)
    }
    // Same lemma and the same participants, but dates that cannot both be true.
    var byActors: [String: [Int]] = [:]
    for (i, e) in out.enumerated() where e.eventClass != .reporting && e.entities.count >= 2 && e.range != nil {
      byActors[e.lemma + "\u{1F}" + e.entities.sorted().joined(separator: "\u{1F}"), default: []].append(i)
    }
    for group in byActors.values where group.count > 1 {
      for a in group {
        for b in group where b != a && out[a].document != out[b].document {
          guard let ra = out[a].range, let rb = out[b].range, let vb = out[b].value else { continue }
          let overlap = ra.earliest <= rb.latest && rb.earliest <= ra.latest
          if !overlap {
            out[a].conflicts.append(DateConflict(value: vb, documentID: out[b].documentID, expression: out[b].expression))
          }
        }
      }
    }
    return out
  }
}
