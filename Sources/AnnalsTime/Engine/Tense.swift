import AnnalsText

/// The direction a sentence's verbs give a bare weekday or month.
enum Direction: String, Sendable {
  case past = "before"
  case future = "after"
}

/// Finds tense cues in a sentence: future words (will, scheduled) and past forms (said, -ed).
struct TenseFinder {
  let lexicon: Lexicon
  let text: TokenizedText

  /// The cue nearest to the token range [start, end) inside its sentence, and the direction it gives.
  func direction(start: Int, end: Int) -> (Direction, String)? {
    // The sentences that hold the expression's first and last tokens ("9 a.m. EST Tuesday" may straddle a split).
    let s =
      text.sentences.isEmpty
      ? 0..<text.tokens.count
      : text.sentences[text.sentenceIndex(ofToken: start)].tokens
        .lowerBound..<text.sentences[text.sentenceIndex(ofToken: max(start, end - 1))].tokens.upperBound
    var best: (distance: Int, dir: Direction, cue: String)?
    for i in s where i < start || i >= end {
      guard let d = cue(at: i) else { continue }
      let distance = i < start ? start - i : i - end + 1
      if best == nil || distance < (best?.distance ?? 0) { best = (distance, d, text.tokens[i].text) }
    }
    return best.map { ($0.dir, $0.cue) }
  }

  func cue(at i: Int) -> Direction? {
    let t = text.tokens[i]
    guard t.kind == .word else { return nil }
    let w = t.lower
    for phrase in lexicon.futurePhrases[w] ?? [] where i + phrase.count <= text.tokens.count {
      if phrase.indices.allSatisfy({ text.tokens[i + $0].lower == phrase[$0] }) { return .future }
    }
    if lexicon.futureCues.contains(w) {
      if w == "ll" {
        return i > 0 && (text.tokens[i - 1].text == "'" || text.tokens[i - 1].text == "\u{2019}") ? .future : nil
      }
      return .future
    }
    // The suffix rule skips capitalized words: "United" is a name, not a verb.
    let pastForm =
      lexicon.pastCues.contains(w)
      || (!t.isCapitalized && lexicon.pastSuffixes.contains { w.hasSuffix($0) && w.count > $0.count + 2 })
    guard pastForm else { return nil }
    if i > 0, lexicon.pastBlockers.contains(text.tokens[i - 1].lower) {
      // "to be held", "will be signed": a passive infinitive or future points forward.
      if text.tokens[i - 1].lower == "be", i >= 2, ["to", "will", "would"].contains(text.tokens[i - 2].lower) {
        return .future
      }
      return nil
    }
    return .past
  }
}
