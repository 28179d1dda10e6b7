import AnnalsTimeline

/// Merges partial analyses (per-document ones, or earlier merges) into one. The result
/// depends only on the set of documents: they are keyed by id and sorted, and the story,
/// timeline and graph are computed from that set by `Analyzer.combine`. So merging is
/// associative and commutative, and any grouping of a corpus's parts gives the same bytes.
public enum AnalysisMerge {
  /// The canonical document set of `parts`: one document per id, sorted by id (UTF-8
  /// order); of two different documents with one id, the one whose JSON sorts first.
  public static func documents(_ parts: [[DocumentAnalysis]]) -> [DocumentAnalysis] {
    var byID: [String: (doc: DocumentAnalysis, json: [UInt8])] = [:]
    for part in parts {
      for doc in part {
        var w = JSONWriter(capacity: 4096)
        JSONAnalysisRenderer.writeDocument(doc, to: &w)
        let json = w.bytes
        if let old = byID[doc.id], !json.lexicographicallyPrecedes(old.json) { continue }
        byID[doc.id] = (doc, json)
      }
    }
    return byID.values.sorted { $0.doc.id.utf8.lexicographicallyPrecedes($1.doc.id.utf8) }.map(\.doc)
  }

  public static func merge(_ parts: [[DocumentAnalysis]]) -> Analysis {
    Analyzer().combine(documents(parts))
  }
}
