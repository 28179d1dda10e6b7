import AnnalsTimeline

/// One line of a chronology: the events of one sentence that share a date, shown once.
///
/// A sentence often holds several events ("held a phone call to discuss ... ties");
/// listing the sentence once with all its events keeps the chronology readable.
struct ChronologyRow {
  var expression: String
  var events: [String]
  var evidence: String
  var entities: [String]
  /// Documents that report it, when more than one article does.
  var sources: [String]
  /// "2025-09-09 in doc-b" for every article that dates the same event differently.
  var conflicts: [String]
}

extension Chronology {
  /// Folds consecutive entries of one date group that come from the same sentence.
  static func rows(_ entries: [TimelineEntry]) -> [ChronologyRow] {
    var out: [ChronologyRow] = []
    var lastKey: (Int, String, String)? = nil
    for e in entries {
      let key = (e.document, e.evidence, e.expression ?? "")
      let name = eventName(e)
      let sources = e.sources.count > 1 ? e.sources.map(\.documentID) : []
      let conflicts = e.conflicts.map { "\($0.value) in \($0.documentID)" }
      if let k = lastKey, k == key, var row = out.popLast() {
        if !row.events.contains(name) { row.events.append(name) }
        for n in e.entities where !row.entities.contains(n) { row.entities.append(n) }
        for s in sources where !row.sources.contains(s) { row.sources.append(s) }
        row.conflicts += conflicts.filter { !row.conflicts.contains($0) }
        out.append(row)
        continue
      }
      lastKey = key
      out.append(
        ChronologyRow(
          expression: e.expression ?? "", events: [name], evidence: evidence(e), entities: e.entities,
          sources: sources, conflicts: conflicts))
    }
    return out
  }
}
