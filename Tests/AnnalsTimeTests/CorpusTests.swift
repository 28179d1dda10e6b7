import AnnalsText
import Testing

@testable import AnnalsTime

/// The corpus under Corpus/: each line a DCT, a sentence with the expression in [brackets],
/// the expected TIMEX3 type, value and optional mod.
struct CorpusTests {
  static let positive = [
    "weekdays.tsv", "months.tsv", "relative.tsv", "durations.tsv", "sets.tsv", "fuzzy.tsv", "times.tsv",
    "seasons-quarters.tsv", "anaphora.tsv", "modifiers.tsv", "unresolved.tsv", "seed.tsv",
    "case-abbreviations.tsv", "clock.tsv", "ranges.tsv", "offsets.tsv", "parts.tsv", "numeric.tsv", "holidays.tsv",
    "days-of-month.tsv", "clock-part-of-day.tsv", "sets-every.tsv", "relative-compound.tsv",
    "date-order-words.tsv", "parts-of-named-year.tsv",
  ].flatMap { Support.corpus($0) }

  @Test(arguments: positive)
  func expression(_ c: Support.CorpusCase) throws {
    let (plain, target) = Support.unmark(c.sentence)
    let want = try #require(target, "\(c.file):\(c.line) has no [brackets]")
    let got = Support.tag(plain, dct: c.dct == "-" ? nil : Support.dct(c.dct))
    let context =
      "\(c.file):\(c.line) \"\(plain)\" DCT \(c.dct): expected [\(want)] \(c.type) \(c.value)\(c.mod.map { " " + $0 } ?? "")"
    guard let hit = got.first(where: { $0.text == want }) else {
      Issue.record("\(context); got \(Support.describe(got))")
      return
    }
    #expect(hit.type.rawValue == c.type && hit.value == c.value, "\(context); got \(Support.describe([hit]))")
    if let mod = c.mod { #expect(hit.mod == mod, "\(context); got mod \(hit.mod ?? "none") (rule \(hit.rule))") }
    // A range or anchored offset: its begin and end ("-": it must have none).
    if let b = c.begin {
      let want = b == "-" ? nil : b
      #expect(hit.begin == want, "\(context); got begin \(hit.begin ?? "none") (rule \(hit.rule))")
    }
    if let e = c.end {
      let want = e == "-" ? nil : e
      #expect(hit.end == want, "\(context); got end \(hit.end ?? "none") (rule \(hit.rule))")
    }
  }

  static let negative = ["negatives.tsv", "negatives-case.tsv", "negatives-clock.tsv", "negatives-ranges.tsv", "negatives-parts.tsv",
    "negatives-numeric.tsv", "negatives-holidays.tsv", "negatives-days-of-month.tsv",
    "negatives-clock-part-of-day.tsv", "negatives-sets-every.tsv"]
    .flatMap { Support.corpus($0) }

  /// Nothing may be tagged in the sentence, or, when a part is [bracketed], nothing overlapping it.
  @Test(arguments: negative)
  func nothingTagged(_ c: Support.CorpusCase) {
    let (plain, target) = Support.unmark(c.sentence)
    let got = Support.tag(plain, dct: Support.dct(c.dct))
    if let t = target, let r = plain.range(of: t) {
      let start = plain.unicodeScalars.distance(from: plain.unicodeScalars.startIndex, to: r.lowerBound)
      let span = TextSpan(start, start + t.unicodeScalars.count)
      let bad = got.filter { $0.span.overlaps(span) }
      #expect(bad.isEmpty, "\(c.file):\(c.line) \"\(plain)\": [\(t)] must not be tagged; got \(Support.describe(bad))")
    } else {
      #expect(got.isEmpty, "\(c.file):\(c.line) \"\(plain)\": nothing must be tagged; got \(Support.describe(got))")
    }
  }
}
