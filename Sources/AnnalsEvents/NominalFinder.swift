/// Finds what names and resolved descriptions leave: unresolved descriptions with a
/// known head ("developers", "a new laptop", "the prices"), title phrases before a
/// name ("Apple CEO" in "Apple CEO Steve Jobs"), and relative pronouns after a mention
/// (", which").
struct NominalFinder {
  let cx: Context
  var lx: Lexicon { cx.lx }

  /// Adds the mentions to `ms` (kept sorted) and their new clusters to `clusters`.
  func find(_ ms: inout [RawMention], _ clusters: inout [EntityResolver.Cluster]) {
    let n = cx.tokens.count
    var covered = Array(repeating: false, count: n)
    // Loops over mentions read them in place: a copy would retain the mention's strings.
    for i in ms.indices { for k in ms[i].start..<ms[i].end { covered[k] = true } }
    retype(ms, &clusters)
    var added: [RawMention] = []
    var byKey: [String: Int] = [:]
    financial(&ms, &clusters, &covered, &added, &byKey)
    var i = 0
    while i < n {
      // Most tokens head nothing: test that inline before the call (it copies the finder).
      guard cx.facts[i].info.entityHead >= 0, let type = head(i, covered) else {
        i += 1
        continue
      }
      let start = phraseStart(i, covered)
      // "TASS news agency", "Russian forces": the name before the phrase already stands for it.
      if start > 0, covered[start - 1], cx.facts[start - 1].kind == .word, !cx.isWord(start - 1, lx.code.s) {
        i += 1
        continue
      }
      var body = start
      while body < i, cx.tag(body, .det) || cx.tag(body, .poss) || cx.tag(body, .quant) { body += 1 }
      // "Tiger, the newest version of ...": an apposition names the same thing, and types an unknown name.
      if let a = appositive(ms, start, i, type, clusters) {
        let c = ms[a].cluster
        if !clusters[c].known { clusters[c].type = type }
        var d = ms[a]
        d.start = start
        d.end = i + 1
        d.kind = .nominal
        d.modifier = false
        d.conditional = false
        added.append(d)
        d.start = ms[a].start
        added.append(d)
        for k in start...i { covered[k] = true }
        i += 1
        continue
      }
      let key = "desc:" + cx.key(body, i + 1)
      let c = descriptionCluster(key, body, i + 1, type, &clusters, &byKey)
      var m = RawMention(start: start, end: i + 1, key: key, name: clusters[c].name, type: type, kind: .nominal,
        known: false, sentence: cx.sentenceOf[i])
      m.cluster = c
      m.descriptive = true
      added.append(m)
      for k in start...i { covered[k] = true }
      i += 1
    }
    ms.append(contentsOf: added)
    ms.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    pluralPronouns(&ms)
    ms.append(contentsOf: relativePronouns(ms))
    ms.sort { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// "the Hang Seng index": the name of an index takes its head noun and is FINANCIAL.
  /// "Tesla shares", "ten-year Treasury notes": an instrument named after its issuer is a
  /// FINANCIAL description of its own beside the issuer's name.
  private func financial(
    _ ms: inout [RawMention], _ clusters: inout [EntityResolver.Cluster], _ covered: inout [Bool],
    _ added: inout [RawMention], _ byKey: inout [String: Int]
  ) {
    for a in ms.indices where ms[a].kind == .name || ms[a].kind == .demonym {
      let e = ms[a].end
      guard e < cx.count, !covered[e], cx.facts[e].kind == .word, !cx.hasUpper(e), !cx.inTimex[e],
        ms[a].cluster >= 0, ms[a].cluster < clusters.count
      else { continue }
      let w = cx.tokens[e].lower
      let c = ms[a].cluster
      if lx.indexHeads.contains(w), ms[a].kind == .name {
        if !clusters[c].known || clusters[c].type == .financial {
          clusters[c].type = .financial
          ms[a].end = e + 1
          covered[e] = true
        }
        continue
      }
      guard lx.instrumentHeads.contains(w), clusters[c].type == .organization || clusters[c].type == .financial
        || clusters[c].type == .location
      else { continue }
      // "Malaysian share prices": the instrument word only modifies the head that follows.
      if e + 1 < cx.count, cx.facts[e + 1].kind == .word, !cx.hasUpper(e + 1), cx.entityHead(e + 1) != nil { continue }
      var start = ms[a].start
      // "ten-year Treasury notes": the modifiers before the issuer belong to the phrase.
      let first = cx.text.sentences[cx.sentenceOf[start]].tokens.lowerBound
      while start > first, !covered[start - 1], cx.facts[start - 1].kind == .word || cx.ch(start - 1) == 0x2D,
        !cx.hasUpper(start - 1), !cx.isGrammar(start - 1), !cx.isAnyVerb(start - 1)
      {
        start -= 1
      }
      let key = "desc:" + cx.key(ms[a].start, e + 1)
      let d = descriptionCluster(key, ms[a].start, e + 1, .financial, &clusters, &byKey)
      var m = RawMention(start: start, end: e + 1, key: key, name: clusters[d].name, type: .financial, kind: .nominal,
        known: false, sentence: ms[a].sentence)
      m.cluster = d
      m.descriptive = true
      added.append(m)
      covered[e] = true
    }
  }

  /// "Developers said their apps ...": a plural pronoun takes the nearest plural description
  /// before it (this sentence or the last) over an earlier organization.
  /// The cluster of the description `key` (tokens `start..<end`): the one made before, or a new one.
  private func descriptionCluster(
    _ key: String, _ start: Int, _ end: Int, _ type: EntityType,
    _ clusters: inout [EntityResolver.Cluster], _ byKey: inout [String: Int]
  ) -> Int {
    if let old = byKey[key] { return old }
    byKey[key] = clusters.count
    clusters.append(EntityResolver.Cluster(members: [], name: cx.slice(start, end), type: type, known: false, words: end - start))
    return clusters.count - 1
  }

  private func pluralPronouns(_ ms: inout [RawMention]) {
    for p in ms.indices where ms[p].kind == .pronoun && ms[p].partner < 0 && cx.pronoun(ms[p].start) == "group" {
      var q = p - 1
      while q >= 0, cx.sentenceOf[ms[p].start] - ms[q].sentence <= 1 {
        let m = ms[q]
        if m.cluster == ms[p].cluster { break }
        if m.descriptive, m.end <= ms[p].start, isPlural(m.end - 1) {
          let start = ms[p].start
          let sentence = ms[p].sentence
          ms[p] = m
          ms[p].start = start
          ms[p].end = start + 1
          ms[p].kind = .pronoun
          ms[p].sentence = sentence
          break
        }
        q -= 1
      }
    }
  }

  private func isPlural(_ k: Int) -> Bool {
    let w = cx.tokens[k].lower
    return w.hasSuffix("s") && !w.hasSuffix("ss") || w == "people" || w == "police" || w == "children"
  }

  /// True when a verb group starts at `k`: "that [will] bring", "that has sold".
  private func startsVerbGroup(_ k: Int) -> Bool {
    guard k < cx.count, cx.facts[k].kind == .word else { return false }
    if cx.tag(k, .auxBe) || cx.tag(k, .auxHave) || cx.tag(k, .future) || cx.tag(k, .hypothetical) { return true }
    guard let f = cx.anyVerb(k), !cx.isGrammar(k) else { return false }
    return f.shape != .base || !cx.isNoun(k)
  }

  /// Types an unknown name from its neighbours: a head noun before it ("web browser Zephyr"),
  /// or a known name it is listed with ("the Corolla, Camry and Prius").
  private func retype(_ ms: [RawMention], _ clusters: inout [EntityResolver.Cluster]) {
    var endsAt = [Int: Int](minimumCapacity: ms.count)
    for a in ms.indices where !ms[a].modifier && ms[a].kind == .name { endsAt[ms[a].end] = a }
    // "its Azure cloud": a possessive pronoun that stands for an organization.
    var ownerPronoun = Set<Int>()
    for a in ms.indices where ms[a].kind == .pronoun {
      let c = ms[a].cluster
      if cx.tag(ms[a].start, .poss), c >= 0, c < clusters.count, clusters[c].type == .organization {
        ownerPronoun.insert(ms[a].start)
      }
    }
    for a in ms.indices where ms[a].kind == .name && !ms[a].modifier && ms[a].cluster >= 0 && ms[a].cluster < clusters.count {
      let m = (start: ms[a].start, end: ms[a].end, guessed: ms[a].guessed)
      let c = ms[a].cluster
      // "Microsoft's Azure", "the Corolla sedan": a guessed name owned by an organization, or
      // followed by a product noun, is a product.
      // ("Airbus planes", "Paramount film studios": a name before a bare or plural noun is its maker.)
      if m.guessed, !clusters[c].known, clusters[c].type == .organization || clusters[c].type == .location,
        !(m.start..<m.end).contains(where: { cx.isWord($0, lx.code.of) })
      {
        if m.end < cx.count, cx.facts[m.end].kind == .word, !cx.hasUpper(m.end), cx.entityHead(m.end) == .product,
          !cx.isNoun(m.end), cx.tag(m.start - 1, .det) || cx.tag(m.start - 1, .poss),
          !cx.tokens[m.end].lower.hasSuffix("s") || m.end + 1 < cx.count && cx.hasUpper(m.end + 1)
        {
          clusters[c].type = .product
          continue
        }
        if clusters[c].type == .organization, m.start >= 3, cx.possessiveAfter(m.start - 2), let o = endsAt[m.start - 2], ms[o].cluster >= 0,
          ms[o].cluster < clusters.count, clusters[ms[o].cluster].type == .organization
        {
          clusters[c].type = .product
          continue
        }
        if clusters[c].type == .organization, ownerPronoun.contains(m.start - 1) {
          clusters[c].type = .product
          continue
        }
        // "unveiled the new MacBook Air": the object of a launch verb.
        if clusters[c].type == .organization, launchedObject(m.start) {
          clusters[c].type = .product
          continue
        }
      }
      guard !clusters[c].known, clusters[c].words == 1, m.start > 0 else { continue }
      let p = m.start - 1
      if cx.facts[p].kind == .word, !cx.capitalized(p), let type = cx.entityHead(p), !cx.isNoun(p) {
        clusters[c].type = type
        continue
      }
      guard cx.ch(p) == 0x2C || cx.isWord(p, lx.code.and) || cx.isWord(p, lx.code.or), let b = endsAt[p], ms[b].cluster >= 0,
        ms[b].cluster < clusters.count, ms[b].cluster != c
      else { continue }
      let other = clusters[ms[b].cluster]
      if other.known, other.type == .product { clusters[c].type = other.type }
    }
  }

  /// True when the name at `k` is the object of a launch verb, over an article and up to two
  /// lower-case modifiers ("released its new", "launched the").
  private func launchedObject(_ k: Int) -> Bool {
    var p = k - 1
    var steps = 0
    let first = cx.text.sentences[cx.sentenceOf[k]].tokens.lowerBound
    while p >= first, steps < 3 {
      if let v = cx.anyVerb(p), lx.launchVerbs.contains(v.lemma) { return true }
      guard cx.facts[p].kind == .word, !cx.hasUpper(p), cx.tag(p, .det) || cx.tag(p, .poss) || !cx.isGrammar(p),
        cx.anyVerb(p) == nil
      else { return false }
      p -= 1
      steps += 1
    }
    return false
  }

  /// The name mention that the description `start...h` stands in apposition to:
  /// "Name, the description," with compatible types.
  private func appositive(
    _ ms: [RawMention], _ start: Int, _ h: Int, _ type: EntityType, _ clusters: [EntityResolver.Cluster]
  ) -> Int? {
    guard start >= 2, cx.ch(start - 1) == 0x2C, cx.tag(start, .det) else { return nil }
    if h + 1 < cx.count, cx.facts[h + 1].kind != .punctuation, !cx.tag(h + 1, .prep) { return nil }
    guard let a = ms.lastIndex(where: { $0.end == start - 1 && $0.kind == .name && !$0.modifier && !$0.descriptive }),
      ms[a].cluster >= 0, ms[a].cluster < clusters.count
    else { return nil }
    let c = clusters[ms[a].cluster]
    if c.known, c.type != type { return nil }
    // A person is never described by a thing, nor a thing by a person.
    if !c.known, (c.type == .person) != (type == .person) { return nil }
    return a
  }

  /// The entity type when token `i` heads a description that nothing else covers.
  private func head(_ i: Int, _ covered: [Bool]) -> EntityType? {
    guard cx.facts[i].kind == .word, !covered[i], let type = cx.entityHead(i), !cx.inTimex[i], !cx.isBoilerplate[i], !cx.isNoun(i)
    else { return nil }
    if cx.hasUpper(i), !cx.isSentenceInitial(i) { return nil }
    // The phrase ends here: "music store" is headed by "store", "users can" by "users".
    if i + 1 < cx.count {
      let j = i + 1
      let nx = cx.facts[j]
      if nx.kind == .word, !cx.capitalized(j), !cx.isGrammar(j), !cx.isAnyVerb(j), !cx.inTimex[j] {
        return nil
      }
      if nx.ch == 0x2D, !nx.space { return nil }
      // "phone call": the word modifies an event noun; "official Korean Central News Agency": a name.
      if nx.kind == .word, cx.isNoun(j) || (cx.mayStartPhrase(i) && lx.nouns[cx.key(i, i + 2)] != nil) { return nil }
      if covered[j], cx.capitalized(j) { return nil }
    }
    // A verb reading: "to store", "it features", "can display".
    if cx.isAnyVerb(i), cx.isWord(i - 1, lx.code.to) || cx.tag(i - 1, .subject) || cx.tag(i - 1, .hypothetical)
      || cx.tag(i - 1, .future) || (i > 0 && covered[i - 1])
    {
      return nil
    }
    return type
  }

  /// The first token of the phrase headed at `h`: back over modifiers to a determiner.
  private func phraseStart(_ h: Int, _ covered: [Bool]) -> Int {
    let sentStart = cx.text.sentences[cx.sentenceOf[h]].tokens.lowerBound
    var k = h - 1
    var start = h
    var steps = 0
    while k >= sentStart, steps < 4, !covered[k], !cx.inTimex[k] {
      let t = cx.facts[k]
      if cx.tag(k, .det) || cx.tag(k, .poss) || cx.tag(k, .quant) {
        start = k
        break
      }
      // The "s" of a possessive ends the phrase: "the country's border region".
      if t.gid == lx.code.s, k > 0, cx.isApostrophe(k - 1) { break }
      let word = t.kind == .word && !cx.capitalized(k) && !cx.isGrammar(k) && !cx.isListedVerb(k)
      let joined = t.ch == 0x2D && !t.space
      // "15,000 troops": a comma inside a number.
      let digitComma = t.ch == 0x2C && k > 0 && cx.facts[k - 1].kind == .number && !cx.facts[k + 1].space
      guard word || joined || digitComma || t.kind == .number else { break }
      start = k
      k -= 1
      steps += 1
    }
    // A phrase never starts at a hyphen.
    while start < h, cx.ch(start) == 0x2D { start += 1 }
    return start
  }

  /// ", which" / "who" right after a mention refers to it.
  private func relativePronouns(_ ms: [RawMention]) -> [RawMention] {
    var endsAt = [Int: Int](minimumCapacity: ms.count)
    for i in ms.indices where !ms[i].modifier && ms[i].kind != .pronoun {
      let end = ms[i].end
      if let o = endsAt[end], ms[o].end - ms[o].start >= end - ms[i].start { continue }
      endsAt[end] = i
    }
    var out: [RawMention] = []
    let code = lx.code
    for k in cx.facts.indices {
      let g = cx.facts[k].gid
      guard g == code.which || g == code.who || (g == code.that && startsVerbGroup(k + 1)) else { continue }
      var e = k
      if cx.ch(k - 1 >= 0 ? k - 1 : k) == 0x2C, !cx.isWord(k, code.that) { e = k - 1 }
      guard e > 0, cx.sentenceOf[e - 1] == cx.sentenceOf[k], let a = endsAt[e] else { continue }
      let ante = ms[a]
      let who = cx.isWord(k, code.who)
      if who != (ante.type == .person) { continue }
      var p = ante
      p.start = k
      p.end = k + 1
      p.kind = .pronoun
      p.conditional = false
      out.append(p)
    }
    return out
  }
}
