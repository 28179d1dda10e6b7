import AnnalsText

/// Finds name and demonym mentions: capitalized token runs split at titles and
/// gazetteer entries, typed from the gazetteers, suffixes and titles.
struct NameFinder {
  let cx: Context
  var lx: Lexicon { cx.lx }

  /// Lower-cased words seen capitalized away from a sentence start (evidence of a name).
  private var capitalizedInside: Set<String> = []
  /// Words seen in lower case (evidence of a common word).
  private var lowercaseWords: Set<String> = []

  /// Sentences written in title case (headlines): their capitals prove nothing.
  private var headline: Set<Int> = []

  init(_ cx: Context) {
    self.cx = cx
    for (s, sent) in cx.text.sentences.enumerated() {
      let words = sent.tokens.filter { cx.tokens[$0].kind == .word && cx.tokens[$0].text.unicodeScalars.count > 3 }
      let caps = words.filter { cx.tokens[$0].isCapitalized }.count
      // A headline has no closing punctuation and capitalizes most of its longer words.
      let lastText = sent.tokens.isEmpty ? "" : cx.tokens[sent.tokens.upperBound - 1].text
      let closed = [".", "!", "?", "\"", "\u{201D}", ")", "'"].contains(lastText)
      if !closed, words.count >= 3, caps * 4 >= words.count * 3 { headline.insert(s) }
    }
    for i in cx.tokens.indices where cx.hasUpper(i) && !cx.isSentenceInitial(i) && !headline.contains(cx.sentenceOf[i]) {
      capitalizedInside.insert(cx.tokens[i].lower)
    }
    for t in cx.tokens where t.kind == .word && t.text == t.lower { lowercaseWords.insert(t.lower) }
  }

  func find() -> [RawMention] {
    var out: [RawMention] = []
    let toks = cx.tokens
    var i = 0
    while i < toks.count {
      if cx.inTimex[i] || toks[i].kind == .punctuation || cx.isBoilerplate[i] {
        i += 1
        continue
      }
      // "the North": a context phrase, kept only when its country is named elsewhere.
      if toks[i].lower == "the", cx.hasUpper(i + 1), !cx.hasUpper(i + 2),
        let p = lx.places[cx.key(i, i + 2)], p.kind == .context, let c = p.country
      {
        var m = mention(i, i + 2, key: c, name: c, type: .location, kind: .name, known: true)
        m.conditional = true
        out.append(m)
        i += 2
        continue
      }
      // A run never starts with a digit ("30GB") or a stop word.
      let digitFirst = toks[i].text.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
      guard cx.hasUpper(i), !digitFirst, !lx.stopcaps.contains(toks[i].lower) else {
        i += 1
        continue
      }
      let j = runEnd(i)
      segment(i, j, into: &out)
      i = max(j, i + 1)
    }
    markModifiers(&out)
    return out
  }

  /// End (exclusive) of the capitalized run starting at `i`.
  private func runEnd(_ i: Int) -> Int {
    let toks = cx.tokens
    var j = i + 1
    while j < toks.count, !cx.inTimex[j] {
      let t = toks[j]
      if t.kind != .punctuation, cx.hasUpper(j), !lx.stopcaps.contains(t.lower) {
        j += 1
        continue
      }
      // A stop word inside a name: "Korean Central News Agency".
      if t.kind == .word, cx.hasUpper(j), j + 1 < toks.count, cx.hasUpper(j + 1), !cx.inTimex[j + 1],
        !lx.stopcaps.contains(toks[j + 1].lower)
      {
        j += 2
        continue
      }
      // Initials and abbreviations: "U.S.", "John F. Kennedy".
      if t.text == ".", !t.spaceBefore, toks[j - 1].text.unicodeScalars.count == 1, cx.hasUpper(j - 1) {
        j += 1
        continue
      }
      // "Apple Inc.", "Acme Corp.": the period of a company abbreviation.
      if t.text == ".", !t.spaceBefore, ["inc", "corp", "co", "ltd", "jr", "sr"].contains(toks[j - 1].lower) {
        j += 1
        break
      }
      // "Wal-Mart", "AT&T", "Agence France-Presse".
      if t.text == "-" || t.text == "&", !t.spaceBefore, j + 1 < toks.count, !toks[j + 1].spaceBefore, cx.hasUpper(j + 1) {
        j += 2
        continue
      }
      // "Bank of America", "University of Tokyo".
      if t.lower == "of", cx.hasUpper(j + 1), !cx.inTimex[j + 1],
        lx.orgSuffixes.contains(toks[j - 1].lower) || lx.locationHeads.contains(toks[j - 1].lower)
          || toks[j - 1].lower == "republic"
      {
        j += 2
        continue
      }
      // "iPhone 4", "iOS 5": a product name followed by its version number.
      if t.kind == .number || t.kind == .alphanumeric, t.spaceBefore, lx.products[cx.key(i, j)] != nil {
        j += 1
      }
      break
    }
    return j
  }

  /// Longest title (up to three words) at `k` that leaves something before `j`.
  private func titleLength(_ k: Int, _ j: Int) -> Int {
    var m = min(3, j - k - 1)
    while m >= 1 {
      if lx.titles.contains(cx.key(k, k + m)) { return m }
      m -= 1
    }
    return 0
  }

  /// Splits the run `i..<j` into titles, gazetteer names and inferred names.
  private func segment(_ i: Int, _ j: Int, into out: inout [RawMention]) {
    var k = i
    var titled = i > 0 && lx.titles.contains(cx.tokens[i - 1].lower)
    while k < j {
      if cx.tokens[k].kind == .punctuation {
        k += 1
        continue
      }
      let t = titleLength(k, j)
      if t > 0 {
        titled = true
        k += t
        continue
      }
      if let (m, hit) = gazetteer(k, j) {
        let rest = k + m
        let restIsName = rest < j && titleLength(rest, j) == 0
        if hit.kind != .demonym, restIsName, isTypedHead(j - 1) {
          // "California Theater": the whole run is one name with a typed head.
          out.append(inferred(k, j, titled: titled))
          return
        }
        var hit2 = hit
        // "iPhone 4": a product name keeps its version number.
        if hit.type == .product, rest + 1 == j, cx.tokens[rest].kind != .word {
          hit2.end = j
          out.append(hit2)
          return
        }
        out.append(hit2)
        k = rest
        continue
      }
      // Inferred name up to the next title in the run.
      var e = k + 1
      while e < j, titleLength(e, j) == 0, gazetteer(e, j).map({ $0.1.kind == .demonym }) != true { e += 1 }
      var s = k
      if cx.isSentenceInitial(s), isCommonInitial(s, single: e - s == 1) { s += 1 }
      // A capitalized event name ("Worldwide Developers Conference") is an event, not an entity.
      // In a headline, an unknown name counts only when the body writes it capitalized too.
      let proven = !headline.contains(cx.sentenceOf[k])
        || (s..<e).allSatisfy { cx.tokens[$0].kind != .word || capitalizedInside.contains(cx.tokens[$0].lower) }
      if s < e, proven, lx.nouns[cx.tokens[e - 1].lower] == nil { out.append(inferred(s, e, titled: titled)) }
      k = e
    }
  }

  private func isTypedHead(_ i: Int) -> Bool {
    lx.orgSuffixes.contains(cx.tokens[i].lower) || lx.locationHeads.contains(cx.tokens[i].lower)
  }

  /// A sentence-initial word that is only capitalized because it starts the sentence.
  private func isCommonInitial(_ i: Int, single: Bool) -> Bool {
    let w = cx.tokens[i].lower
    if lx.verbs[w] != nil || lx.nouns[w] != nil || lx.grammar[w] != nil || lx.pronouns[w] != nil
      || lx.nominals[w] != nil
    {
      return true
    }
    if cx.isAllCaps(i) || lx.firstNames.contains(w) { return false }
    if !single || capitalizedInside.contains(w) { return false }
    // "Officials", "Earlier": plurals, adverbs and words also written in lower case.
    return w.hasSuffix("s") || w.hasSuffix("ly") || lowercaseWords.contains(w)
  }

  /// The longest gazetteer entry starting at `k` within the run.
  private func gazetteer(_ k: Int, _ j: Int) -> (Int, RawMention)? {
    var m = min(lx.maxKeyWords * 2, j - k)
    while m >= 1 {
      let e = k + m
      let key = cx.key(k, e)
      // "Chileans", "Americans": the people of a country.
      if let c = lx.demonyms[key] ?? (key.hasSuffix("s") ? lx.demonyms[String(key.dropLast())] : nil) {
        return (m, mention(k, e, key: c, name: c, type: .location, kind: .demonym, known: true))
      }
      if let p = lx.places[key], p.kind != .context {
        var name = p.name
        if p.kind == .alias, let c = p.country { name = c }
        if p.kind == .capital, let c = p.country, !isLocative(k) { name = c }
        return (m, mention(k, e, key: name, name: name, type: .location, kind: .name, known: true))
      }
      if let o = lx.orgs[key] {
        if let c = o.standsFor { return (m, mention(k, e, key: c, name: c, type: .location, kind: .name, known: true)) }
        return (m, mention(k, e, key: o.name, name: o.name, type: o.type, kind: .name, known: true))
      }
      if let p = lx.products[key] {
        return (m, mention(k, e, key: p, name: p, type: .product, kind: .name, known: true))
      }
      m -= 1
    }
    return nil
  }

  /// True when a place name at `k` follows a preposition of place ("in Moscow").
  private func isLocative(_ k: Int) -> Bool {
    var p = k - 1
    if p >= 0, cx.tokens[p].lower == "the" { p -= 1 }
    guard p >= 0 else { return false }
    switch cx.tokens[p].lower {
    case "in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around", "toward", "towards",
      "visit", "visited", "visiting", "via":
      return true
    default: return false
    }
  }

  private func inferred(_ s: Int, _ e: Int, titled: Bool) -> RawMention {
    let name = cx.slice(s, e)
    let words = (s..<e).filter { cx.tokens[$0].kind != .punctuation }
    // The head: the last word, or the word before "of" ("Gulf of Tonkin", "House of Representatives").
    let ofAt = words.first { cx.tokens[$0].lower == "of" }
    let last = ofAt.map { cx.tokens[$0 - 1].lower } ?? cx.tokens[words.last ?? (e - 1)].lower
    var type: EntityType = .organization
    if lx.orgSuffixes.contains(last) {
      type = .organization
    } else if lx.locationHeads.contains(last) {
      type = .location
    } else if titled || (words.count >= 2 && lx.firstNames.contains(cx.tokens[s].lower)) {
      type = .person
    } else if words.count >= 2, words.count <= 4,
      words.allSatisfy({ cx.tokens[$0].kind == .word && cx.tokens[$0].isCapitalized && !cx.isAllCaps($0) })
    {
      type = .person
    }
    return mention(s, e, key: name, name: name, type: type, kind: .name, known: false)
  }

  func mention(_ s: Int, _ e: Int, key: String, name: String, type: EntityType, kind: Mention.Kind, known: Bool)
    -> RawMention
  {
    var k = Lexicon.key(key)
    if k.hasSuffix("."), k.count > 2 { k.removeLast() }
    return RawMention(
      start: s, end: e, key: k, name: name, type: type, kind: kind, known: known,
      sentence: cx.sentenceOf[s])
  }

  /// A demonym or country right before a title or name modifies it: "North Korean leader Kim".
  private func markModifiers(_ ms: inout [RawMention]) {
    for a in ms.indices where ms[a].kind == .demonym || ms[a].kind == .name {
      var k = ms[a].end
      while k < cx.tokens.count, lx.titles.contains(cx.tokens[k].lower) || cx.tokens[k].text == "-" { k += 1 }
      let demonym = ms[a].kind == .demonym
      if a + 1 < ms.count, ms[a + 1].start == k, k > ms[a].end || (demonym && ms[a + 1].kind == .name) {
        ms[a].modifier = true
      }
    }
  }
}
