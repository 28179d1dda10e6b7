/// An event while the document is being read.
struct RawEvent {
  var token: Int
  var lemma: String
  var eventClass: EventClass
  var isNoun: Bool
  var tense = "none"
  var negated = false
  var modality = "actual"
  var passive = false
  /// Token before which the verb group starts (auxiliaries, "to").
  var groupStart: Int
  var infinitive = false
  var copula = false
  /// An event noun that modifies the next one ("war" in "war efforts"): no edges.
  var modifier = false
  var mutual = false
  /// A bare -ed form with no auxiliary ("talks scheduled for Friday"): may be a reduced relative.
  var bareParticiple = false
  var label: String
  var sentence: Int
  /// Participants: (cluster, role).
  var participants: [(Int, String)] = []
}

/// Finds event triggers (verbs and event nouns) with tense, negation and modality.
struct TriggerFinder {
  let cx: Context
  var lx: Lexicon { cx.lx }

  func find(covered: [Bool]) -> [RawEvent] {
    var out: [RawEvent] = []
    let toks = cx.tokens
    for i in toks.indices where !covered[i] && !cx.inTimex[i] && toks[i].kind == .word && !cx.isBoilerplate[i] {
      let w = toks[i].lower
      if toks[i].isCapitalized, !cx.isSentenceInitial(i) {
        // Only the head of an event name stays: "Worldwide Developers Conference".
        guard lx.nouns[w] != nil, cx.hasUpper(i - 1), !cx.hasUpper(i + 1) else { continue }
      }
      let s = cx.sentenceOf[i]
      if cx.tag(i, .reportCue), cx.lower(i + 1) == "to" {
        out.append(RawEvent(token: i, lemma: "according to", eventClass: .reporting, isNoun: false, groupStart: i,
          label: "according to", sentence: s))
        continue
      }
      if cx.tag(i, .auxBe) || cx.tag(i, .auxHave) {
        if let e = copula(i) { out.append(e) }
        continue
      }
      if let f = lx.verb(w), isVerbReading(i, f) {
        out.append(verb(i, f))
        continue
      }
      if let n = lx.nouns[w], !isAdjectival(i) {
        var e = RawEvent(token: i, lemma: n.lemma, eventClass: n.eventClass, isNoun: true, groupStart: i,
          mutual: n.mutual, label: w, sentence: s)
        if i > 0, let c = lx.nouns[cx.key(i - 1, i + 1)], !covered[i - 1] {
          e.label = c.lemma
          e.mutual = c.mutual
        } else if i > 0, lx.nouns[toks[i - 1].lower] != nil, toks[i - 1].kind == .word, !covered[i - 1] {
          // "war efforts": the first noun only modifies the second.
          e.label = toks[i - 1].lower + " " + w
        }
        // A noun that modifies a following event noun makes no edges of its own.
        if i + 1 < toks.count, lx.nouns[toks[i + 1].lower] != nil, toks[i + 1].kind == .word {
          e.modifier = true
        }
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, toks[k].kind == .word {
          if cx.tag(k, .planCue) { e.modality = "planned" }
          if cx.tag(k, .maybeCue) { e.modality = "hypothetical" }
          if toks[k].lower == "no" { e.negated = true }
          if cx.tag(k, .det) || cx.tag(k, .poss) { break }
          k -= 1
          steps += 1
        }
        out.append(e)
      }
    }
    return out
  }

  /// Plan cues ("planned", "upcoming") modify the event noun after them.
  private func isAdjectival(_ i: Int) -> Bool { cx.tag(i, .planCue) }

  /// True when a form that is a verb is used as one here (not "the talks", "his plans").
  private func isVerbReading(_ i: Int, _ f: VerbForm) -> Bool {
    let w = cx.tokens[i].lower
    let prev = i - 1
    // "a laptop that runs": relative "that" before a finite form is no determiner.
    let relativeThat = prev >= 0 && cx.tokens[prev].lower == "that" && (f.shape == .third || f.shape == .past)
    let afterDet = prev >= 0 && !relativeThat
      && (cx.tag(prev, .det) || cx.tag(prev, .poss) || isPossessiveS(prev) || cx.tokens[prev].text == "'"
        || cx.tokens[prev].text == "\u{2019}")
    switch f.shape {
    case .past, .pastOrParticiple, .participle:
      // "the planned meeting", "a collapsed summit": adjectives.
      if afterDet, i + 1 < cx.tokens.count, cx.tokens[i + 1].kind == .word, !cx.tag(i + 1, .prep) { return false }
      return true
    case .gerund:
      // "operating system": a gerund modifying a noun.
      if i + 1 < cx.tokens.count, lx.nominals[cx.tokens[i + 1].lower] != nil { return false }
      return !afterDet && !(lx.nouns[w] != nil && prev >= 0 && nounContext(prev))
    case .base, .third:
      if afterDet { return false }
      guard prev >= 0 else { return true }
      if cx.lower(prev) == "to" || cx.tag(prev, .hypothetical) || cx.tag(prev, .future) || cx.tag(prev, .auxDo)
        || cx.tag(prev, .negation) || cx.tag(prev, .subject) || cx.tag(prev, .adverb)
      {
        return true
      }
      if relativeThat { return true }
      if cx.tag(prev, .prep) || cx.tag(prev, .det) { return false }
      if lx.nouns[w] != nil, nounContext(prev) { return false }
      return f.shape == .third || lx.nouns[w] == nil
    }
  }

  /// True when the words before `prev`+1 make the next word a noun: modifiers back to a
  /// determiner, possessive or preposition ("his upcoming talks"), or a noun before it ("war efforts").
  private func nounContext(_ prev: Int) -> Bool {
    var k = prev
    var steps = 0
    while k >= 0, steps < 3, cx.tokens[k].kind == .word, !cx.tokens[k].isCapitalized,
      lx.verbs[cx.tokens[k].lower] == nil || cx.tag(k, .planCue)
    {
      if cx.tag(k, .det) || cx.tag(k, .poss) || cx.tag(k, .prep) || isPossessiveS(k) { return true }
      k -= 1
      steps += 1
    }
    let p = cx.tokens[prev]
    return p.kind == .word && !p.isCapitalized && lx.grammar[p.lower] == nil && lx.verbs[p.lower] == nil
  }

  /// The `s` of a possessive `'s`.
  func isPossessiveS(_ i: Int) -> Bool {
    i >= 1 && cx.tokens[i].lower == "s" && (cx.tokens[i - 1].text == "'" || cx.tokens[i - 1].text == "\u{2019}")
  }

  /// A form of be/have used as a main verb ("the words were atop a picture").
  private func copula(_ i: Int) -> RawEvent? {
    var k = i + 1
    while k < cx.tokens.count, cx.tag(k, .adverb) || cx.tag(k, .negation) || cx.tokens[k].text == "'" { k += 1 }
    guard k < cx.tokens.count else { return nil }
    let nw = cx.tokens[k].lower
    if let f = lx.verbs[nw], f.shape != .base, f.shape != .third { return nil }
    if cx.tag(k, .auxBe) || cx.tag(k, .auxHave) || nw == "to" || cx.tokens[k].kind == .punctuation { return nil }
    let have = cx.tag(i, .auxHave)
    var e = verb(i, VerbForm(lemma: have ? "have" : "be", eventClass: .state, shape: .base))
    let w = cx.tokens[i].lower
    e.tense = ["was", "were", "had", "wasn", "weren", "hadn"].contains(w) ? "past" : "present"
    e.copula = !have
    // "have" as a main verb ("has 50 stores") makes no edges.
    e.modifier = have
    return e
  }

  /// A verb trigger with its group's tense, negation, modality and voice.
  private func verb(_ i: Int, _ f: VerbForm) -> RawEvent {
    let s = cx.sentenceOf[i]
    var e = RawEvent(token: i, lemma: f.lemma, eventClass: f.eventClass, isNoun: false, groupStart: i,
      label: cx.tokens[i].lower, sentence: s)
    var future = false
    var hypo = false
    var perfect = false
    var pastAux = false
    var beAux = false
    var presentAux = false
    var k = i - 1
    var steps = 0
    let sentStart = cx.text.sentences[s].tokens.lowerBound
    while k >= sentStart, steps < 6 {
      let t = cx.tokens[k]
      let w = t.lower
      if t.text == "'" || cx.tag(k, .adverb) {
      } else if cx.tag(k, .negation) {
        e.negated = true
      } else if cx.tag(k, .future) {
        future = true
      } else if w == "won", cx.lower(k + 1) == "'", cx.lower(k + 2) == "t" {
        future = true
      } else if cx.tag(k, .hypothetical) {
        hypo = true
      } else if cx.tag(k, .auxHave) {
        perfect = true
        if w.hasPrefix("had") { pastAux = true } else { presentAux = true }
      } else if cx.tag(k, .auxBe) {
        beAux = true
        if ["was", "were", "wasn", "weren"].contains(w) { pastAux = true }
        if ["is", "are", "am", "isn", "aren"].contains(w) { presentAux = true }
      } else if cx.tag(k, .auxDo) {
        if w.hasPrefix("did") { pastAux = true } else { presentAux = true }
      } else if w == "to", t.kind == .word {
        e.infinitive = true
        k -= 1
        break
      } else {
        break
      }
      k -= 1
      steps += 1
    }
    e.groupStart = k + 1
    let participle = f.shape == .participle || f.shape == .pastOrParticiple
    e.passive = participle && (beAux || (!perfect && cx.lower(i + 1) == "by"))
    e.bareParticiple = participle && e.groupStart == i
    if future {
      e.tense = "future"
    } else if hypo || e.infinitive {
      e.tense = "none"
    } else if pastAux || (perfect && participle) {
      e.tense = "past"
    } else if presentAux {
      e.tense = "present"
    } else {
      switch f.shape {
      case .past, .pastOrParticiple, .participle: e.tense = "past"
      case .base, .third: e.tense = "present"
      case .gerund: e.tense = "none"
      }
    }
    if future || e.infinitive { e.modality = "planned" }
    if hypo { e.modality = "hypothetical" }
    // "if" or "unless" earlier in the clause makes it hypothetical.
    var c = e.groupStart - 1
    while c >= sentStart, c >= e.groupStart - 12, cx.tokens[c].text != ";" {
      if cx.tag(c, .hypothetical), cx.tokens[c].lower == "if" || cx.tokens[c].lower == "unless" {
        e.modality = "hypothetical"
        break
      }
      c -= 1
    }
    if cx.tag(i - 1, .planCue) { e.modality = "planned" }
    return e
  }
}
