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
  /// The tokens of a multi-word trigger ("took over", "price war"), `token` among them;
  /// -1 when the trigger is `token` alone.
  var phraseFirst = -1
  var phraseLast = -1
}

/// Verb + particle pairs that make one event (phrasal_verbs.txt), and the last words of
/// compound event nouns, loaded once and keyed by vocabulary id so the scan compares integers.
struct PhrasalVerbs: Sendable {
  /// "take over", "call off": lemma, space, particle.
  var pairs: Set<String> = []
  /// Vocabulary ids of the particles ("over", "off").
  var particleIDs: [Int32] = []
  /// By vocabulary id: true for the last word of a two-word event noun ("split" of "stock split").
  var compoundHead: [Bool] = []
  var errors: [String] = []

  static let shared = PhrasalVerbs.load(Lexicon.shared)

  static func load(_ shared: Lexicon) -> PhrasalVerbs {
    var out = PhrasalVerbs()
    var lx = Lexicon()
    var particles: Set<String> = []
    lx.loadTable("phrasal_verbs.txt", columns: 1...1) { l, c, at in
      let words = c[0].lowercased().split(separator: " ")
      guard words.count == 2 else { return l.errors.append("\(at): expected a verb and a particle") }
      out.pairs.insert(words[0] + " " + words[1])
      particles.insert(String(words[1]))
    }
    for p in particles.sorted() {
      let g = shared.index.find(p)
      if g < 0 { lx.errors.append("phrasal_verbs.txt: particle \(p) is in no word list (add it to label_particles.txt)") }
      out.particleIDs.append(g)
    }
    out.compoundHead = Array(repeating: false, count: shared.words.count)
    for key in shared.nouns.keys where key.contains(" ") {
      let g = shared.index.find(String(key.split(separator: " ").last ?? ""))
      if g >= 0 { out.compoundHead[Int(g)] = true }
    }
    out.errors = lx.errors
    return out
  }

  func isParticle(_ gid: Int32) -> Bool { gid >= 0 && particleIDs.contains(gid) }
  func isCompoundHead(_ gid: Int32) -> Bool { gid >= 0 && Int(gid) < compoundHead.count && compoundHead[Int(gid)] }
}

/// Finds event triggers (verbs and event nouns) with tense, negation and modality.
struct TriggerFinder {
  let cx: Context
  var lx: Lexicon { cx.lx }

  func find(covered: [Bool]) -> [RawEvent] {
    var out: [RawEvent] = []
    let toks = cx.tokens
    let code = lx.code
    // The last token of a compound event noun already taken ("stock split").
    var joined = -1
    let phrasal = PhrasalVerbs.shared
    for i in toks.indices where !covered[i] && !cx.inTimex[i] && cx.facts[i].kind == .word && !cx.isBoilerplate[i] {
      if i <= joined { continue }
      // Cheap test first: almost no word is followed by the head of a compound event noun.
      if i + 1 < cx.count, phrasal.isCompoundHead(cx.facts[i + 1].gid), let e = compound(at: i, covered: covered) {
        out.append(e)
        joined = i + 1
        continue
      }
      if cx.capitalized(i), !cx.isSentenceInitial(i) {
        // Only the head of an event name stays: "Worldwide Developers Conference".
        guard cx.isNoun(i), cx.hasUpper(i - 1), !cx.hasUpper(i + 1) else { continue }
      }
      let s = cx.sentenceOf[i]
      if cx.tag(i, .reportCue), cx.isWord(i + 1, code.to) {
        out.append(RawEvent(token: i, lemma: "according to", eventClass: .reporting, isNoun: false, groupStart: i,
          label: "according to", sentence: s))
        continue
      }
      if cx.tag(i, .auxBe) || cx.tag(i, .auxHave) {
        if let e = copula(i) { out.append(e) }
        continue
      }
      if let f = cx.anyVerb(i), isVerbReading(i, f) {
        out.append(verb(i, f))
        continue
      }
      if let n = cx.noun(i), !isAdjectival(i) {
        let w = toks[i].lower
        var e = RawEvent(token: i, lemma: n.lemma, eventClass: n.eventClass, isNoun: true, groupStart: i,
          mutual: n.mutual, label: w, sentence: s)
        if i > 0, cx.mayStartPhrase(i - 1), let c = lx.nouns[cx.key(i - 1, i + 1)], !covered[i - 1] {
          e.label = c.lemma
          e.mutual = c.mutual
          // "phone call", "price war": one event over both words.
          e.phraseFirst = i - 1
          e.phraseLast = i
          if let last = out.last, last.token == i - 1 { out.removeLast() }
        } else if i > 0, cx.isNoun(i - 1), cx.facts[i - 1].kind == .word, !covered[i - 1] {
          // "war efforts": the first noun only modifies the second.
          e.label = toks[i - 1].lower + " " + w
        }
        // A noun that modifies a following event noun makes no edges of its own.
        if i + 1 < toks.count, cx.isNoun(i + 1), cx.facts[i + 1].kind == .word {
          e.modifier = true
        }
        nounModifiers(&e, before: e.phraseFirst >= 0 ? e.phraseFirst : i)
        out.append(e)
      }
    }
    return out
  }

  /// Plan, doubt and negation words before an event noun ("the planned talks", "no deal").
  private func nounModifiers(_ e: inout RawEvent, before start: Int) {
    var k = start - 1
    var steps = 0
    while k >= 0, steps < 4, cx.facts[k].kind == .word {
      if cx.tag(k, .planCue) { e.modality = "planned" }
      if cx.tag(k, .maybeCue) { e.modality = "hypothetical" }
      if cx.isWord(k, lx.code.no) { e.negated = true }
      if cx.tag(k, .det) || cx.tag(k, .poss) { break }
      k -= 1
      steps += 1
    }
  }

  /// A compound event noun whose head is no event noun by itself ("stock split", "court
  /// case"): one event over both words, found at its first word.
  private func compound(at i: Int, covered: [Bool]) -> RawEvent? {
    guard i + 1 < cx.count, PhrasalVerbs.shared.isCompoundHead(cx.facts[i + 1].gid), cx.mayStartPhrase(i),
      !covered[i + 1], !cx.inTimex[i + 1],
      cx.facts[i + 1].kind == .word, !cx.isNoun(i + 1), cx.facts[i + 1].space,
      let c = lx.nouns[cx.key(i, i + 2)]
    else { return nil }
    var e = RawEvent(token: i + 1, lemma: c.lemma, eventClass: c.eventClass, isNoun: true, groupStart: i,
      mutual: c.mutual, label: c.lemma, sentence: cx.sentenceOf[i + 1])
    e.phraseFirst = i
    e.phraseLast = i + 1
    if i + 2 < cx.count, cx.isNoun(i + 2), cx.facts[i + 2].kind == .word { e.modifier = true }
    nounModifiers(&e, before: i)
    return e
  }

  /// A particle that makes a phrasal verb with the verb at `i`: right after it ("took
  /// over Apple": the span grows), or after a short object ending the clause ("called
  /// the talks off": the lemma only). Returns the particle's token and whether it is adjacent.
  private func particle(after i: Int, lemma: String) -> (Int, Bool)? {
    let table = PhrasalVerbs.shared
    let n = cx.count
    var k = i + 1
    while k < n, k <= i + 4, cx.facts[k].kind == .word, !cx.inTimex[k] {
      if table.isParticle(cx.facts[k].gid), table.pairs.contains(lemma + " " + cx.lower(k)) {
        // "took over the weekend": a particle before a date is a preposition.
        if k + 1 < n, cx.inTimex[k + 1] { return nil }
        if k == i + 1 { return (k, true) }
        // Separated: the particle must end the clause (punctuation or the end follows).
        if k + 1 >= n || cx.facts[k + 1].kind == .punctuation { return (k, false) }
        return nil
      }
      // Only a short, plain object may stand between ("the talks", "it").
      if k > i + 1, cx.isAnyVerb(k) && !cx.isNoun(k) { return nil }
      k += 1
    }
    return nil
  }

  /// Plan cues ("planned", "upcoming") modify the event noun after them.
  private func isAdjectival(_ i: Int) -> Bool { cx.tag(i, .planCue) }

  /// True when a form that is a verb is used as one here (not "the talks", "his plans").
  private func isVerbReading(_ i: Int, _ f: VerbForm) -> Bool {
    let prev = i - 1
    // "a laptop that runs": relative "that" before a finite form is no determiner.
    let relativeThat = prev >= 0 && cx.isWord(prev, lx.code.that) && (f.shape == .third || f.shape == .past)
    let afterDet = prev >= 0 && !relativeThat
      && (cx.tag(prev, .det) || cx.tag(prev, .poss) || isPossessiveS(prev) || cx.isApostrophe(prev))
    switch f.shape {
    case .past, .pastOrParticiple, .participle:
      // "the planned meeting", "a collapsed summit": adjectives.
      if afterDet, i + 1 < cx.count, cx.facts[i + 1].kind == .word, !cx.tag(i + 1, .prep) { return false }
      return true
    case .gerund:
      // "operating system": a gerund modifying a noun.
      if i + 1 < cx.count, cx.nominal(i + 1) != nil { return false }
      return !afterDet && !(cx.isNoun(i) && prev >= 0 && nounContext(prev))
    case .base, .third:
      if afterDet { return false }
      guard prev >= 0 else { return true }
      if cx.isWord(prev, lx.code.to) || cx.tag(prev, .hypothetical) || cx.tag(prev, .future) || cx.tag(prev, .auxDo)
        || cx.tag(prev, .negation) || cx.tag(prev, .subject) || cx.tag(prev, .adverb)
      {
        return true
      }
      if relativeThat { return true }
      if cx.tag(prev, .prep) || cx.tag(prev, .det) { return false }
      // "the Iraqi state", "in Japanese trade", "British rule": a base form after a demonym is
      // a noun (a base-form verb would need a plural subject: "Chelsea face Arsenal" stays).
      if f.shape == .base, cx.capitalized(prev), lx.demonyms[cx.tokens[prev].lower] != nil { return false }
      if cx.isNoun(i), nounContext(prev) { return false }
      return f.shape == .third || !cx.isNoun(i)
    }
  }

  /// True when the words before `prev`+1 make the next word a noun: modifiers back to a
  /// determiner, possessive or preposition ("his upcoming talks"), or a noun before it ("war efforts").
  private func nounContext(_ prev: Int) -> Bool {
    var k = prev
    var steps = 0
    while k >= 0, steps < 3, cx.facts[k].kind == .word, !cx.capitalized(k), !cx.isListedVerb(k) || cx.tag(k, .planCue) {
      if cx.tag(k, .det) || cx.tag(k, .poss) || cx.tag(k, .prep) || isPossessiveS(k) { return true }
      k -= 1
      steps += 1
    }
    return cx.facts[prev].kind == .word && !cx.capitalized(prev) && !cx.isGrammar(prev) && !cx.isListedVerb(prev)
  }

  /// The `s` of a possessive `'s`.
  func isPossessiveS(_ i: Int) -> Bool {
    i >= 1 && cx.isWord(i, lx.code.s) && cx.isApostrophe(i - 1)
  }

  /// A form of be/have used as a main verb ("the words were atop a picture").
  private func copula(_ i: Int) -> RawEvent? {
    var k = i + 1
    while k < cx.count, cx.tag(k, .adverb) || cx.tag(k, .negation) || cx.ch(k) == 0x27 { k += 1 }
    guard k < cx.count else { return nil }
    if let f = cx.listedVerb(k), f.shape != .base, f.shape != .third { return nil }
    if cx.tag(k, .auxBe) || cx.tag(k, .auxHave) || cx.isWord(k, lx.code.to) || cx.facts[k].kind == .punctuation { return nil }
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
    if let (p, adjacent) = particle(after: i, lemma: f.lemma) {
      // "took over", "stepped down": one event; the particle names it with the verb.
      e.lemma = f.lemma + " " + cx.lower(p)
      e.label = cx.tokens[i].lower + " " + cx.lower(p)
      if adjacent {
        e.phraseFirst = i
        e.phraseLast = p
      }
    }
    var future = false
    var hypo = false
    var perfect = false
    var pastAux = false
    var beAux = false
    var presentAux = false
    var k = i - 1
    var steps = 0
    let sentStart = cx.text.sentences[s].tokens.lowerBound
    let code = lx.code
    while k >= sentStart, steps < 6 {
      if cx.ch(k) == 0x27 || cx.tag(k, .adverb) {
      } else if cx.tag(k, .negation) {
        e.negated = true
      } else if cx.tag(k, .future) {
        future = true
      } else if cx.isWord(k, code.won), cx.ch(k + 1) == 0x27, cx.isWord(k + 2, code.t) {
        future = true
      } else if cx.tag(k, .hypothetical) {
        hypo = true
      } else if cx.tag(k, .auxHave) {
        perfect = true
        if cx.tokens[k].lower.hasPrefix("had") { pastAux = true } else { presentAux = true }
      } else if cx.tag(k, .auxBe) {
        beAux = true
        let w = cx.tokens[k].lower
        if ["was", "were", "wasn", "weren"].contains(w) { pastAux = true }
        if ["is", "are", "am", "isn", "aren"].contains(w) { presentAux = true }
      } else if cx.tag(k, .auxDo) {
        if cx.tokens[k].lower.hasPrefix("did") { pastAux = true } else { presentAux = true }
      } else if cx.isWord(k, code.to), cx.facts[k].kind == .word {
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
    e.passive = participle && (beAux || (!perfect && cx.isWord(i + 1, code.by)))
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
    while c >= sentStart, c >= e.groupStart - 12, cx.ch(c) != 0x3B {
      if cx.tag(c, .hypothetical), cx.isWord(c, code.if_) || cx.isWord(c, code.unless) {
        e.modality = "hypothetical"
        break
      }
      c -= 1
    }
    if cx.tag(i - 1, .planCue) { e.modality = "planned" }
    return e
  }
}
