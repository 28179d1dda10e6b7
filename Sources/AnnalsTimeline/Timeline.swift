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
  /// Canonical names of the entities that take part, in participant order.
  public var entities: [String]
  public var evidence: String
  public var span: TextSpan

  public init(
    document: Int, documentID: String, event: String, trigger: String, label: String, eventClass: EventClass,
    negated: Bool, modality: String, value: String?, range: TimeRange?, expression: String?, basis: String?,
    entities: [String], evidence: String, span: TextSpan
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
  public static func build(_ documents: [DocumentAnalysis]) -> Timeline {
    var dated: [TimelineEntry] = []
    var undated: [TimelineEntry] = []
    for (d, doc) in documents.enumerated() {
      let names = Dictionary(doc.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
      let timexText = Dictionary(doc.timexes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for ev in doc.events {
        var expression: String? = nil
        if let tid = ev.time?.timex, let tx = timexText[tid] {
          expression = tx.signal.map { "\($0) \(tx.text)" } ?? tx.text
        }
        var seen = Set<String>()
        let entities = ev.participants.compactMap { names[$0.entity] }.filter { seen.insert($0).inserted }
        let entry = TimelineEntry(
          document: d, documentID: doc.id, event: ev.id, trigger: ev.text, label: ev.label,
          eventClass: ev.eventClass, negated: ev.negated, modality: ev.modality, value: ev.time?.value,
          range: ev.time?.range, expression: expression, basis: ev.time?.basis, entities: entities,
          evidence: doc.sentenceText(containing: ev.span), span: ev.span)
        if entry.range != nil { dated.append(entry) } else { undated.append(entry) }
      }
    }
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
}
