import AnnalsText

/// Which number comes first in a numeric date that reads either way ("03/04/2025"): US month-day or
/// the day-month order most of the world writes.
public enum DateOrder: String, Sendable, CaseIterable {
  case mdy, dmy

  /// The order a document shows: a numeric date whose first number is above 12 ("13/08/2025") says
  /// dmy, one whose second is ("08/13/2025") says mdy; the first such date decides. Without one: mdy.
  static func evidence(in text: TokenizedText) -> (DateOrder, String) {
    let t = text.tokens
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
    }
    return (.mdy, "the default (no date in the text shows the order)")
  }
}
