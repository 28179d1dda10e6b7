import AnnalsStory
import AnnalsTime
import AnnalsTimeline

/// What a report says, gathered once from an analysis; the HTML and Markdown reports lay it out.
/// Every string here is raw text: each layout escapes it for its own syntax.
struct ReportContent {
  /// One input article.
  struct Source {
    var id: String
    var title: String
    /// `Wed 13 Aug 2025 (2025-08-13T08:03:00+05:30)`, or empty when unknown.
    var published: String
    /// How the publication date was found: header, metadata, dateline, flag ...
    var foundBy: String
    var evidence: String
  }

  /// Where one article reports an event.
  struct Citation {
    var document: String
    /// `120–127`: Unicode-scalar offsets of the trigger in that article's text (several,
    /// comma-separated, when one row holds several events of one sentence).
    var offsets: String
    var expression: String
  }

  /// One dated event of the chronology.
  struct Row {
    var value: String
    /// `fall 2024`; equals `value` when there is no nicer name.
    var dateLabel: String
    var expression: String
    var event: String
    var entities: [String]
    /// The sentence, with every event trigger of the row marked.
    var evidence: EvidenceQuote
    var citations: [Citation]
    /// `doc-2 dates it 2025-08-14 (“Thursday”)`.
    var conflicts: [String]
    /// Day-precise (a point) or coarse/uncertain (a span).
    var isSpan: Bool
  }

  /// One merged entity.
  struct EntityRow {
    var name: String
    var type: String
    var mentions: Int
    var documents: [String]
  }

  /// Something that could not be dated or resolved, and why.
  struct Unresolved {
    /// `event`, `expression`, `document`, `warning`, `error`.
    var kind: String
    var subject: String
    var document: String
    var reason: String
  }

  var title: String
  var sources: [Source]
  var rows: [Row]
  var entities: [EntityRow]
  var unresolved: [Unresolved]
  var datedCount: Int
  var undatedCount: Int

  init(_ analysis: Analysis) {
    let docs = analysis.documents
    title = Self.title(docs)
    sources = docs.map { d in
      let p = d.publication
      return Source(
        id: d.id, title: d.title ?? "",
        published: p.map { "\(DateLabel.day($0.date)) (\($0.iso))" } ?? "",
        foundBy: p?.source ?? "", evidence: p?.evidence ?? "")
    }
    rows = Self.rows(analysis.timeline.dated, documents: docs)
    datedCount = analysis.timeline.dated.count
    undatedCount = analysis.timeline.undated.count
    entities = analysis.graph.nodes.map { n in
      var seen = Set<Int>()
      let ids = n.members.map(\.document).filter { seen.insert($0).inserted }.sorted()
        .compactMap { $0 < docs.count ? docs[$0].id : nil }
      return EntityRow(name: n.name, type: n.type.rawValue, mentions: n.mentions, documents: ids)
    }
    unresolved = Self.unresolved(analysis)
  }

  static func title(_ docs: [DocumentAnalysis]) -> String {
    guard docs.count == 1 else { return "Annals report: \(docs.count) articles" }
    if let t = docs[0].title.map(Chronology.oneLine), !t.isEmpty { return t }
    return "Annals report: \(Chronology.oneLine(docs[0].id))"
  }

  /// One row per sentence and date: events that one sentence places on one date share a row,
  /// with every event named and every offset cited.
  static func rows(_ dated: [TimelineEntry], documents: [DocumentAnalysis]) -> [Row] {
    var out: [Row] = []
    var slot: [String: Int] = [:]
    for e in dated {
      let r = row(e, quote: EvidenceQuote.of(e, in: documents))
      guard let range = e.range, !e.evidence.isEmpty else {
        out.append(r)
        continue
      }
      let key = [String(e.document), e.value ?? "", String(range.earliest.minutes), String(range.latest.minutes), e.evidence]
        .joined(separator: "\u{1F}")
      guard let i = slot[key] else {
        slot[key] = out.count
        out.append(r)
        continue
      }
      out[i].event += ", " + r.event
      if out[i].evidence.text == r.evidence.text {
        out[i].evidence.marks = EvidenceQuote.merge(out[i].evidence.marks + r.evidence.marks)
      }
      for name in r.entities where !out[i].entities.contains(name) { out[i].entities.append(name) }
      for c in r.conflicts where !out[i].conflicts.contains(c) { out[i].conflicts.append(c) }
      for c in r.citations {
        if let j = out[i].citations.firstIndex(where: { $0.document == c.document && $0.expression == c.expression }) {
          out[i].citations[j].offsets += ", " + c.offsets
        } else {
          out[i].citations.append(c)
        }
      }
    }
    return out
  }

  static func row(_ e: TimelineEntry, quote: EvidenceQuote) -> Row {
    let value = e.value ?? ""
    let sources = e.sources.isEmpty
      ? [EntrySource(document: e.document, documentID: e.documentID, event: e.event, span: e.span, expression: e.expression, evidence: e.evidence)]
      : e.sources
    let citations = sources.map {
      Citation(document: $0.documentID, offsets: "\($0.span.start)–\($0.span.end)", expression: $0.expression ?? "")
    }
    let conflicts = e.conflicts.map { c in
      var s = "\(c.documentID) dates it \(DateLabel.format(c.value))"
      if DateLabel.format(c.value) != c.value { s += " (\(c.value))" }
      if let x = c.expression, !x.isEmpty { s += ", from “\(Chronology.oneLine(x))”" }
      return s
    }
    let isSpan = e.range.map { $0.earliest.date != $0.latest.date } ?? false
    return Row(
      value: value, dateLabel: DateLabel.format(value), expression: Chronology.oneLine(Chronology.expression(e)),
      event: Chronology.eventName(e), entities: e.entities, evidence: quote, citations: citations,
      conflicts: conflicts, isSpan: isSpan)
  }

  /// Undated events, unresolved expressions, documents with no publication date, diagnostics.
  static func unresolved(_ analysis: Analysis) -> [Unresolved] {
    var out: [Unresolved] = []
    let docs = analysis.documents
    for d in docs where d.publication == nil {
      out.append(
        Unresolved(
          kind: "document", subject: d.title.map(Chronology.oneLine) ?? d.id, document: d.id,
          reason: "no publication date found, so expressions relative to it (“Tuesday”, “last year”) stay unresolved; give --published"))
    }
    for e in analysis.timeline.dated where e.dating == .publication || e.dating == .narrative {
      var subject = Chronology.eventName(e)
      if !e.evidence.isEmpty { subject += " — “\(Chronology.evidence(e))”" }
      let reason = e.dating == .publication
        ? "no temporal expression governs it; its tense places it by the publication date (\(e.value ?? ""))"
        : "no temporal expression governs it; placed on \(e.value ?? "") where the article's account stands (“\(e.expression ?? "")” just before)"
      out.append(Unresolved(kind: "event", subject: subject, document: e.documentID, reason: reason))
    }
    for e in analysis.timeline.undated {
      let doc = e.document < docs.count ? docs[e.document] : nil
      let reason: String
      if let v = e.value, !v.isEmpty {
        reason = "its time “\(v)” names no interval on the calendar"
      } else if doc?.publication == nil {
        reason = "no date governs it, and its document has no publication date to fall back on"
      } else {
        reason = "no temporal expression governs it"
      }
      var subject = Chronology.eventName(e)
      if !e.evidence.isEmpty { subject += " — “\(Chronology.evidence(e))”" }
      out.append(Unresolved(kind: "event", subject: subject, document: e.documentID, reason: reason))
    }
    for d in docs {
      for t in d.timexes where t.anchor.kind == .unresolved {
        var reason = "needed an anchor and none was available, so the value keeps placeholders (\(t.value))"
        if d.publication == nil { reason += "; the document has no publication date" }
        out.append(
          Unresolved(
            kind: "expression", subject: "“\(Chronology.oneLine(t.text))” at \(t.span.start)–\(t.span.end)", document: d.id,
            reason: reason))
      }
      for g in d.diagnostics {
        out.append(Unresolved(kind: g.severity.rawValue, subject: g.source, document: d.id, reason: Chronology.oneLine(g.message)))
      }
    }
    return out
  }
}
