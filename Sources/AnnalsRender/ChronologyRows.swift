import AnnalsTimeline

/// One entry of a chronology as the text formats show it: the caption first, then the
/// sentence it comes from, the articles that report it and any date conflict.
struct ChronologyRow {
  var expression: String
  var caption: String
  var evidence: String
  var entities: [String]
  /// Documents that report it, when more than one article does.
  var sources: [String]
  /// "2025-09-09 in doc-b" for every article that dates the same event differently.
  var conflicts: [String]
  /// How many mentions of it the articles hold.
  var mentions: Int
}

extension Chronology {
  /// One row per entry (coreferent mentions are already one entry); with `documents`, the
  /// evidence is cut to about `window` columns around the event's trigger.
  static func rows(_ entries: [TimelineEntry], documents: [DocumentAnalysis] = [], window: Int = 0) -> [ChronologyRow] {
    entries.map { e in
      let docs = e.documentIDs
      let text = window > 0 && !documents.isEmpty ? excerpt(e, documents: documents, width: window) : evidence(e)
      return ChronologyRow(
        expression: expression(e), caption: eventName(e), evidence: text, entities: e.entities,
        sources: docs.count > 1 ? docs : [], conflicts: e.conflicts.map { "\($0.value) in \($0.documentID)" },
        mentions: max(1, e.sources.count))
    }
  }
}

extension Chronology {
  /// About `width` columns of the entry's sentence around its trigger, cut at spaces and
  /// marked with "…" where cut.
  static func excerpt(_ e: TimelineEntry, documents: [DocumentAnalysis], width: Int) -> String {
    let quote = EvidenceQuote.of(e, in: documents)
    let scalars = Array(quote.text.unicodeScalars)
    guard scalars.count > width, width > 8 else { return quote.text }
    let mark = quote.marks.first ?? 0..<0
    let room = width - 2
    var start = max(0, min(mark.lowerBound - room / 3, scalars.count - room))
    var end = min(scalars.count, start + room)
    if start > 0, let sp = scalars[start..<min(end, start + 20)].firstIndex(of: " "), sp < mark.lowerBound { start = sp + 1 }
    if end < scalars.count, let sp = scalars[max(start, end - 20)..<end].lastIndex(of: " "), sp > mark.upperBound { end = sp }
    var out = String(String.UnicodeScalarView(scalars[start..<end]))
    if start > 0 { out = "…" + out }
    if end < scalars.count { out += "…" }
    return out
  }
}
