import AnnalsText

/// The direction a sentence's verbs give a bare weekday or month.
enum Direction: String, Sendable {
  case past = "before"
  case future = "after"
}

/// Finds tense cues in a sentence: future words (will, scheduled) and past forms (said, -ed).
struct TenseFinder {
  /// Held by reference: a copy of the whole lexicon per lookup costs a retain per word list.
  let engine: TimeEngine
  let text: TokenizedText
  var lexicon: Lexicon { engine.lexicon }

  /// The cue governing the token range [start, end) inside its sentence, and the direction it gives.
  func direction(start: Int, end: Int) -> (Direction, String)? {
    // The sentences that hold the expression's first and last tokens ("9 a.m. EST Tuesday" may straddle a split).
    let s =
      text.sentences.isEmpty
      ? 0..<text.tokens.count
      : text.sentences[text.sentenceIndex(ofToken: start)].tokens
        .lowerBound..<text.sentences[text.sentenceIndex(ofToken: max(start, end - 1))].tokens.upperBound
    // The governing verb usually comes before the expression in its clause ("will return to work at
    // 6 a.m. Friday after they reached a deal"): the nearest cue before wins, then the nearest after.
    var i = start - 1
    var clauseBreak = false
    while i >= s.lowerBound {
      if let d = cue(at: i) { return (d, text.tokens[i].text) }
      // A present-tense schedule verb points forward only when it governs the expression:
      // close before it, in the same clause ("talks resume on Friday", not "holds a town, while ... in June").
      if !clauseBreak, text.tokens[i].kind == .word, start - i <= 6, lexicon.scheduleCues.contains(text.tokens[i].lower) {
        return (.future, text.tokens[i].text)
      }
      if text.tokens[i].kind == .punctuation, [",", ";", ":"].contains(text.tokens[i].text) { clauseBreak = true }
      i -= 1
    }
    i = end
    while i < s.upperBound {
      if let d = cue(at: i) { return (d, text.tokens[i].text) }
      i += 1
    }
    // A note, a calendar entry or a chat line ("friday at 10am") has no finite verb anywhere: it is a plan.
    return isPlan ? (.future, "no finite verb in the document") : nil
  }

  /// True when no token of the whole document is a tense cue or a finite present form ("is", "has"):
  /// a text without a tensed verb reads as a plan. News, headlines included, always has one elsewhere.
  /// The scan stops at the first verb, which in running text comes within a few tokens.
  var isPlan: Bool {
    for i in text.tokens.indices where text.tokens[i].kind == .word {
      if lexicon.finiteForms.contains(text.tokens[i].lower) || lexicon.scheduleCues.contains(text.tokens[i].lower)
        || cue(at: i) != nil
      {
        return false
      }
    }
    return !text.tokens.isEmpty
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
    // "to be formally signed", "a still unspecified date": an adverb may stand before the past form.
    var j = i - 1
    if j > 0, lexicon.pastAdverbs.contains(text.tokens[j].lower) { j -= 1 }
    if j >= 0, lexicon.pastBlockers.contains(text.tokens[j].lower) {
      // "to be held", "will be signed": a passive infinitive or future points forward.
      if text.tokens[j].lower == "be", j >= 1, ["to", "will", "would"].contains(text.tokens[j - 1].lower) {
        return .future
      }
      return nil
    }
    return .past
  }
}
