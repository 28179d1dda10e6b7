/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at a line break, or after `.`, `!` or `?` (and any closing quotes
/// or brackets) when the next token starts with an upper-case letter, a digit or a
/// quote, unless the period closes a known abbreviation ("Mr.", "Aug.") or an initial.
enum SentenceSplitter {
  static func split(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Sentence] {
    var sentences: [Sentence] = []
    var first = 0
    func close(_ last: Int) {
      guard last >= first else { return }
      sentences.append(Sentence(span: TextSpan(tokens[first].start, tokens[last].end), tokens: first..<(last + 1)))
      first = last + 1
    }
    var i = 0
    while i < tokens.count {
      if i > first, tokens[i].newlineBefore {
        close(i - 1)
        continue
      }
      // Fields are read in place: a copy of the token costs a retain per string.
      guard tokens[i].kind == .punctuation else {
        i += 1
        continue
      }
      let isPeriod = tokens[i].text == "."
      if isPeriod || tokens[i].text == "!" || tokens[i].text == "?" {
        var j = i + 1
        while j < tokens.count, !tokens[j].spaceBefore, closers.contains(tokens[j].text) { j += 1 }
        // j is the first token after the terminator and its closers.
        if j >= tokens.count {
          i = j
          continue
        }
        let startsSentence =
          tokens[j].isCapitalized || tokens[j].kind == .number || openers.contains(tokens[j].text)
        if tokens[j].spaceBefore, startsSentence, !(isPeriod && isAbbreviation(tokens, i)) {
          close(j - 1)
        }
        i = j
        continue
      }
      i += 1
    }
    if first < tokens.count { close(tokens.count - 1) }
    return sentences
  }

  private static let closers: Set<String> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "."]
  private static let openers: Set<String> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}"]

  /// True when the period at `i` closes an abbreviation rather than a sentence.
  private static func isAbbreviation(_ tokens: [Token], _ i: Int) -> Bool {
    guard i > 0, !tokens[i].spaceBefore else { return false }
    let prev = tokens[i - 1]
    guard prev.kind == .word else { return false }
    // A single capital letter: an initial ("John F. Kennedy", "U.S.").
    if prev.text.unicodeScalars.count == 1 && prev.isCapitalized { return true }
    return abbreviations.contains(prev.lower)
  }

  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen",
    "gov", "pres", "rev", "hon", "st", "jr", "sr", "messrs", "mt", "ft", "no", "vs", "etc", "inc", "corp",
    "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u", "e", "i", "a", "p",
    "approx", "est", "dept", "univ", "ave", "blvd", "fig", "al",
  ]
}
