import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// Contract checks the fuzz targets apply to what the stages return: a broken one
/// stops the process (libFuzzer reports it as a crash) with a message naming it.
enum Invariants {
  static func fail(_ message: String) -> Never {
    fatalError("invariant broken: \(message)")
  }

  static func check(_ span: TextSpan, within count: Int, _ what: String) {
    if span.start < 0 || span.end < span.start || span.end > count {
      fail("\(what) span \(span.start)..<\(span.end) outside 0..<\(count)")
    }
  }

  /// A read document has a publication date (when any) that is a real day with a real time.
  static func document(_ doc: Document) {
    guard let p = doc.publication else { return }
    let d = p.date
    if CivilDate(validYear: d.year, month: d.month, day: d.day) == nil { fail("publication \(d) is not a real day") }
    if let h = p.hour, !(0...23).contains(h) { fail("publication hour \(h)") }
    if let m = p.minute, !(0...59).contains(m) { fail("publication minute \(m)") }
  }

  /// A file reader never hands over a document without visible text.
  static func fileDocument(_ doc: Document) {
    document(doc)
    if doc.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { fail("document \(doc.source) has blank text") }
  }

  /// Timexes lie inside the text and say what the text says at their span.
  static func timexes(_ timexes: [Timex], in text: String) {
    let scalars = Array(text.unicodeScalars)
    for t in timexes {
      check(t.span, within: scalars.count, "timex \(t.id)")
      let slice = String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end]))
      if slice != t.text { fail("timex \(t.id) text \"\(t.text)\" but span holds \"\(slice)\"") }
    }
  }

  /// Every span of an analysis lies inside its text; every relation names known ends.
  static func analysis(_ a: DocumentAnalysis) {
    let count = a.text.unicodeScalars.count
    timexes(a.timexes, in: a.text)
    for s in a.sentences { check(s, within: count, "sentence") }
    for e in a.events {
      check(e.span, within: count, "event \(e.id)")
      check(e.sentence, within: count, "event \(e.id) sentence")
    }
    for entity in a.entities {
      for m in entity.mentions { check(m.span, within: count, "mention of \(entity.id)") }
    }
  }
}
