/// Resolves pronouns ("he", "its") and definite descriptions ("the company",
/// "the North Korean leader") to an earlier entity mention in a small window.
struct Coreference {
  let cx: Context
  /// How many sentences back an antecedent may be.
  let window = 2

  /// Adds resolved pronoun and nominal mentions to `ms` (kept sorted by start).
  func resolve(_ ms: inout [RawMention], clusters: inout [EntityResolver.Cluster]) {
    var types = clusters.map(\.type)
    defer { for c in clusters.indices { clusters[c].type = types[c] } }
    let toks = cx.tokens
    var covered = Array(repeating: false, count: toks.count)
    // Mentions are read in place where they can be: a copy retains their strings.
    for m in ms.indices {
      for k in ms[m].start..<ms[m].end { covered[k] = true }
    }
    var added: [RawMention] = []
    let countryOf = countries(ms, types)
    // Mentions so far, by sentence, in text order (the base list is sorted).
    var bySentence = Array(repeating: [RawMention](), count: max(cx.text.sentences.count, 1))
    // What the closures below need, taken once: a closure that called a method would copy
    // the whole finder (and its context) each time it is made.
    let places = cx.lx.places
    let facts = cx.facts
    let isCountry: (RawMention) -> Bool = { m in m.known && places[m.key]?.kind == .country }
    var next = 0
    var i = 0
    while i < toks.count {
      while next < ms.count, ms[next].start < i {
        bySentence[ms[next].sentence].append(ms[next])
        next += 1
      }
      if covered[i] || cx.inTimex[i] || cx.facts[i].kind == .punctuation {
        i += 1
        continue
      }
      let s = cx.sentenceOf[i]
      if let want = cx.pronoun(i) {
        let w = toks[i].lower
        if cx.isWord(i, cx.lx.code.it), cx.tag(i + 1, .auxBe) {
          i += 1
          continue
        }
        let ok: (RawMention) -> Bool = { m in
          // "North Korean troops ... they": a demonym heading its own noun phrase.
          if want == "group", m.kind == .demonym, !m.modifier { return true }
          guard !m.modifier, m.kind != .demonym else { return false }
          let t = types[m.cluster]
          switch want {
          case "person": return t == .person
          case "group": return t == .organization || isCountry(m)
          default: return t == .organization || t == .product || (w == "its" && isCountry(m))
          }
        }
        // "Weber spoke. He said ...": a lone unknown name is the person a "he" needs.
        let guess: (RawMention) -> Bool = { m in
          want == "person" && !m.known && m.kind == .name && !m.modifier && m.end - m.start == 1
            && types[m.cluster] == .organization && facts[m.start].caps & TokenFact.allCaps == 0
        }
        var found = antecedent(s, bySentence, subjectFirst: true, ok)
        if found == nil, let g = antecedent(s, bySentence, subjectFirst: true, guess) {
          types[g.cluster] = .person
          found = g
        }
        // "Kim told Putin that ... as they discussed": two people named in the sentence are "they".
        if want == "group", let pair = personPair(bySentence[s], types),
          !(found.map { $0.sentence == s && $0.kind == .demonym } ?? false)
        {
          var p = pair.0.again(start: i, end: i + 1, kind: .pronoun, sentence: pair.0.sentence)
          p.partner = pair.1.cluster
          added.append(p)
          i += 1
          continue
        }
        // "his government": the body of the country the person speaks for.
        if let a = found, cx.tag(i, .poss), i + 1 < toks.count, cx.has(i + 1, .governmentHead),
          !covered[i + 1], let country = countryOf[a.cluster]
        {
          let p = country.again(start: i, end: i + 2, kind: .nominal, sentence: s)
          added.append(p)
          bySentence[s].append(p)
          i += 2
          continue
        }
        if let a = found {
          let p = a.again(start: i, end: i + 1, kind: .pronoun, sentence: s)
          added.append(p)
          bySentence[s].append(p)
        }
        i += 1
        continue
      }
      if let (end, type) = nominal(at: i, covered: covered) {
        let ok: (RawMention) -> Bool = { m in
          !m.modifier && m.kind != .demonym && types[m.cluster] == type
        }
        // "the store" after "the Harbor Music Store": a name ending in the head is the best antecedent.
        let head = toks[end - 1].lower
        let named: (RawMention) -> Bool = { m in
          !m.modifier && m.kind == .name && m.end - m.start >= 2 && toks[m.end - 1].lower == head
        }
        // "Apple unveiled the MacBook Air. The laptop ...": with no product before it, a product
        // description takes the nearest unknown name that only a guess made an organization.
        let guessedThing: (RawMention) -> Bool = { m in
          type == .product && m.guessed && !m.known && !m.modifier && m.kind == .name
            && types[m.cluster] == .organization
        }
        var found = antecedent(s, bySentence, subjectFirst: false, within: s, named)
          ?? antecedent(s, bySentence, subjectFirst: false, ok)
        if found == nil, let g = antecedent(s, bySentence, subjectFirst: false, within: 1, guessedThing) {
          types[g.cluster] = .product
          found = g
        }
        if let a = found {
          let p = a.again(start: i, end: end, kind: .nominal, sentence: s)
          added.append(p)
          bySentence[s].append(p)
        }
        i = end
        continue
      }
      i += 1
    }
    // Demonyms inside a nominal ("the North Korean leader") only modify it.
    for a in added.indices where added[a].kind == .nominal {
      let (start, end) = (added[a].start, added[a].end)
      for k in ms.indices where ms[k].kind == .demonym && ms[k].start >= start && ms[k].end <= end {
        ms[k].modifier = true
      }
    }
    ms.append(contentsOf: added)
    ms.sort { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// The country of each person named with a demonym or country before the title:
  /// "North Korean leader Kim Jong Un" gives Kim's cluster North Korea.
  private func countries(_ ms: [RawMention], _ types: [EntityType]) -> [Int: RawMention] {
    var out: [Int: RawMention] = [:]
    for a in ms.indices where ms[a].modifier && (ms[a].kind == .demonym || isCountry(ms[a])) {
      let m = ms[a]
      var k = m.end
      while k < cx.count, k <= m.end + 3, cx.has(k, .title) || cx.ch(k) == 0x2D {
        k += 1
      }
      guard k > m.end, let b = ms[(a + 1)...].first(where: { $0.start == k }), b.kind == .name, b.cluster >= 0,
        b.cluster < types.count, types[b.cluster] == .person, out[b.cluster] == nil
      else { continue }
      var c = m
      c.kind = .nominal
      out[b.cluster] = c
    }
    return out
  }

  /// The last two different people named (not by pronoun) earlier in the sentence.
  private func personPair(_ list: [RawMention], _ types: [EntityType]) -> (RawMention, RawMention)? {
    var second: RawMention?
    for m in list.reversed() where m.kind == .name && !m.modifier && m.cluster >= 0 && m.cluster < types.count
      && types[m.cluster] == .person
    {
      guard let b = second else {
        second = m
        continue
      }
      if m.cluster != b.cluster { return (m, b) }
    }
    return nil
  }

  private func isCountry(_ m: RawMention) -> Bool { m.known && cx.lx.places[m.key]?.kind == .country }

  /// The preferred compatible mention in this sentence (first, as a subject) or the nearest earlier one.
  private func antecedent(
    _ s: Int, _ bySentence: [[RawMention]], subjectFirst: Bool, within: Int? = nil, _ ok: (RawMention) -> Bool
  ) -> RawMention? {
    var t = s
    while t >= max(0, s - (within ?? window)) {
      if subjectFirst, let m = bySentence[t].first(where: ok) { return m }
      if !subjectFirst, let m = bySentence[t].last(where: ok) { return m }
      t -= 1
    }
    return nil
  }

  /// A definite description at `i`: `the` + up to three modifiers + a nominal head.
  private func nominal(at i: Int, covered: [Bool]) -> (Int, EntityType)? {
    let code = cx.lx.code
    guard cx.isWord(i, code.the) || cx.isWord(i, code.this) || cx.isWord(i, code.that) else { return nil }
    var k = i + 1
    var steps = 0
    while k < cx.count, steps < 4, !cx.inTimex[k] {
      if let type = cx.nominal(k), !covered[k], headEnds(k + 1) {
        // "the governor of Gujarat": a description tied to a name introduces someone new.
        if cx.isWord(k + 1, code.of), cx.hasUpper(k + 2) { return nil }
        return (k + 1, type)
      }
      // Modifiers: demonyms and other words that are not grammar words or verbs.
      let modifier = covered[k] || cx.ch(k) == 0x2D
        || (cx.facts[k].kind == .word && !cx.isGrammar(k) && !cx.isListedVerb(k) && !cx.capitalized(k))
      if !modifier { return nil }
      k += 1
      steps += 1
    }
    return nil
  }

  /// True when the noun phrase ends after its head.
  private func headEnds(_ j: Int) -> Bool {
    guard j < cx.count else { return true }
    if cx.facts[j].kind == .punctuation || cx.isGrammar(j) || cx.isListedVerb(j) { return true }
    return false
  }
}

extension RawMention {
  /// The same entity mentioned again at [start, end) by a pronoun or description, as a mention of its own.
  func again(start: Int, end: Int, kind: Mention.Kind, sentence: Int) -> RawMention {
    var m = self
    m.start = start
    m.end = end
    m.kind = kind
    m.sentence = sentence
    m.modifier = false
    m.conditional = false
    return m
  }
}
