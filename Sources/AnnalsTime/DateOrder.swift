import AnnalsText

/// Which number comes first in a numeric date that reads either way ("03/04/2025"): US month-day or
/// the day-month order most of the world writes.
public enum DateOrder: String, Sendable, CaseIterable {
  case mdy, dmy

  /// The order a document shows: a numeric date whose first number is above 12 ("13/08/2025") says
  /// dmy, one whose second is ("08/13/2025") says mdy; the first such date decides. Without one, the
  /// dates written in words decide (`wordOrder`), else mdy.
  static func evidence(in text: TokenizedText, months: [String: Lexicon.MonthEntry]) -> (DateOrder, String) {
    let t = text.tokens
    var ambiguous = false
    var i = 0
    while i + 4 < t.count {
      defer { i += 1 }
      guard t[i].kind == .number, t[i].text.utf8.count <= 2, let a = t[i].intValue,
        t[i + 2].kind == .number, t[i + 2].text.utf8.count <= 2, let b = t[i + 2].intValue,
        t[i + 4].kind == .number, [2, 4].contains(t[i + 4].text.utf8.count),
        ["/", "-", "."].contains(t[i + 1].text), t[i + 3].text == t[i + 1].text,
        !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, !t[i + 3].spaceBefore, !t[i + 4].spaceBefore
      else { continue }
      let shown = text.text(TextSpan(t[i].start, t[i + 4].end))
      if a > 12, a <= 31, (1...12).contains(b) { return (.dmy, "from \"\(shown)\" in the text") }
      if b > 12, b <= 31, (1...12).contains(a) { return (.mdy, "from \"\(shown)\" in the text") }
      if a <= 12, b <= 12 { ambiguous = true }
    }
    // No numeric date shows it: the way the text writes dates in words does ("13 August" is
    // written where day-month numbers are, "August 13" where month-day ones are).
    if ambiguous, let (order, shown) = wordOrder(text, months: months) {
      return (order, "from \"\(shown)\" in the text (dates in words)")
    }
    return (.mdy, "the default (no date in the text shows the order)")
  }

  /// The order of the first written date ("13 August", "August 13") whose order the majority shares.
  static func wordOrder(_ text: TokenizedText, months: [String: Lexicon.MonthEntry]) -> (DateOrder, String)? {
    let t = text.tokens
    var votes = (dmy: 0, mdy: 0)
    var first: [DateOrder: String] = [:]
    func isMonth(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].isCapitalized && months[t[k].lower] != nil }
    for i in t.indices where t[i].kind == .number && t[i].text.utf8.count <= 2 {
      guard let d = t[i].intValue, (1...31).contains(d) else { continue }
      let order: DateOrder
      if isMonth(i + 1), t[i + 1].spaceBefore {
        order = .dmy
      } else if isMonth(i - 1), t[i].spaceBefore, !(i >= 2 && t[i - 2].kind == .number) {
        order = .mdy
      } else {
        continue
      }
      if order == .dmy { votes.dmy += 1 } else { votes.mdy += 1 }
      if first[order] == nil {
        let span = order == .dmy ? TextSpan(t[i].start, t[i + 1].end) : TextSpan(t[i - 1].start, t[i].end)
        first[order] = text.text(span)
      }
    }
    if votes.dmy > votes.mdy, let s = first[.dmy] { return (.dmy, s) }
    if votes.mdy > votes.dmy, let s = first[.mdy] { return (.mdy, s) }
    return nil
  }
}
