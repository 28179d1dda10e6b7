import AnnalsTimeline

/// An evidence sentence on one line with its event triggers marked, so a reader sees which
/// words the events were found from. Offsets are in Unicode scalars of `text`.
struct EvidenceQuote: Equatable {
  var text: String
  /// Sorted, non-overlapping scalar ranges of `text` to emphasize.
  var marks: [Range<Int>]

  /// The sentence of `documents[e.document]` that holds the event, whitespace folded, with
  /// the trigger marked; the entry's own evidence, unmarked, when the sentence is not found.
  static func of(_ e: TimelineEntry, in documents: [DocumentAnalysis]) -> EvidenceQuote {
    guard e.document < documents.count,
      let sentence = documents[e.document].sentences.first(where: { $0.start <= e.span.start && e.span.end <= $0.end })
    else { return fold(e.evidence, marks: []) }
    let raw = documents[e.document].slice(sentence)
    return fold(raw, marks: [(e.span.start - sentence.start)..<(e.span.end - sentence.start)])
  }

  /// Folds runs of whitespace to one space (trimming both ends) and carries the marks along.
  static func fold(_ raw: String, marks: [Range<Int>]) -> EvidenceQuote {
    var out = String.UnicodeScalarView()
    var map: [Int] = []  // raw scalar index -> folded index
    var pendingSpace = false
    for u in raw.unicodeScalars {
      if u == " " || u == "\n" || u == "\r" || u == "\t" {
        pendingSpace = !out.isEmpty
        map.append(out.count)
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      map.append(out.count)
      out.append(u)
    }
    map.append(out.count)
    let n = map.count - 1
    let folded = marks.compactMap { r -> Range<Int>? in
      let lo = map[min(max(0, r.lowerBound), n)]
      let hi = map[min(max(0, r.upperBound), n)]
      return lo < hi ? lo..<hi : nil
    }
    return EvidenceQuote(text: String(out), marks: merge(folded))
  }

  /// Sorted union of ranges.
  static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for r in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
      if let last = out.last, r.lowerBound <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        out.append(r)
      }
    }
    return out
  }

  /// The quote as alternating plain and marked pieces, each escaped by `escape`.
  func render(escape: (String) -> String, open: String, close: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var s = ""
    var at = 0
    func piece(_ a: Int, _ b: Int) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[a..<b])
      return escape(String(v))
    }
    for m in marks where m.lowerBound >= at && m.upperBound <= scalars.count {
      s += piece(at, m.lowerBound) + open + piece(m.lowerBound, m.upperBound) + close
      at = m.upperBound
    }
    return s + piece(at, scalars.count)
  }
}
