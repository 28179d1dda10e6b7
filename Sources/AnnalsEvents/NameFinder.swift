import AnnalsText

/// Finds name and demonym mentions: capitalized token runs split at titles and
/// gazetteer entries, typed from the gazetteers, suffixes and titles.
struct NameFinder {
  let cx: Context
  var lx: Lexicon { cx.lx }

  /// Lower-cased words seen capitalized away from a sentence start (evidence of a name), by `word`.
  private var capitalizedInside: [Bool]
  /// Words seen in lower case (evidence of a common word), by `word`.
  private var lowercaseWords: [Bool]

  /// Sentences written in title case (headlines): their capitals prove nothing.
  private var headline: [Bool]

  init(_ cx: Context) {
    self.cx = cx
    headline = Array(repeating: false, count: cx.text.sentences.count)
    for (s, sent) in cx.text.sentences.enumerated() {
      var words = 0
      var caps = 0
      // A token's offsets count its scalars.
      for k in sent.tokens where cx.facts[k].kind == .word && cx.tokens[k].end - cx.tokens[k].start > 3 {
        words += 1
        if cx.capitalized(k) { caps += 1 }
      }
      // A headline has no closing punctuation and capitalizes most of its longer words.
      let last = sent.tokens.isEmpty ? 0 : cx.ch(sent.tokens.upperBound - 1)
      let closed = [0x2E, 0x21, 0x3F, 0x22, 0x201D, 0x29, 0x27].contains(last)
      if !closed, words >= 3, caps * 4 >= words * 3 { headline[s] = true }
    }
    capitalizedInside = Array(repeating: false, count: cx.wordCount)
    lowercaseWords = Array(repeating: false, count: cx.wordCount)
    for i in cx.tokens.indices where cx.hasUpper(i) && !cx.isSentenceInitial(i) && !headline[cx.sentenceOf[i]] {
      capitalizedInside[Int(cx.facts[i].word)] = true
    }
    for f in cx.facts where f.kind == .word && f.caps & TokenFact.lowerForm != 0 { lowercaseWords[Int(f.word)] = true }
  }

  func find() -> [RawMention] {
    var out: [RawMention] = []
    let toks = cx.tokens
    var i = 0
    while i < toks.count {
      if cx.inTimex[i] || cx.facts[i].kind == .punctuation || cx.isBoilerplate[i] {
        i += 1
        continue
      }
      // "the North": a context phrase, kept only when its country is named elsewhere.
      if cx.isWord(i, lx.code.the), cx.hasUpper(i + 1), !cx.hasUpper(i + 2),
        let p = lx.places[cx.key(i, i + 2)], p.kind == .context, let c = p.country
      {
        var m = mention(i, i + 2, key: c, name: c, type: .location, kind: .name, known: true)
        m.conditional = true
        out.append(m)
        i += 2
        continue
      }
      // A run never starts with a digit ("30GB") or a stop word.
      guard cx.hasUpper(i), !(toks[i].text.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false),
        !cx.has(i, .stopcap)
      else {
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
      let t = cx.facts[j]
      if t.kind != .punctuation, cx.hasUpper(j), !cx.has(j, .stopcap) {
        j += 1
        continue
      }
      // A stop word inside a name: "Korean Central News Agency".
      if t.kind == .word, cx.hasUpper(j), j + 1 < toks.count, cx.hasUpper(j + 1), !cx.inTimex[j + 1],
        !cx.has(j + 1, .stopcap)
      {
        j += 2
        continue
      }
      // Initials and abbreviations: "U.S.", "John F. Kennedy".
      if t.ch == 0x2E, !t.space, toks[j - 1].text.unicodeScalars.count == 1, cx.hasUpper(j - 1) {
        j += 1
        continue
      }
      // "Apple Inc.", "Acme Corp.": the period of a company abbreviation.
      if t.ch == 0x2E, !t.space, ["inc", "corp", "co", "ltd", "jr", "sr"].contains(toks[j - 1].lower) {
        j += 1
        break
      }
      // "Wal-Mart", "AT&T", "Agence France-Presse".
      if t.ch == 0x2D || t.ch == 0x26, !t.space, j + 1 < toks.count, !cx.facts[j + 1].space, cx.hasUpper(j + 1) {
        j += 2
        continue
      }
      // "F-35", "MiG-29": a model designation joined to its number.
      if t.ch == 0x2D, !t.space, j + 1 < toks.count, cx.facts[j + 1].kind == .number, !cx.facts[j + 1].space,
        toks[j - 1].text.unicodeScalars.count <= 3, cx.facts[j - 1].kind == .word, cx.hasUpper(j - 1)
      {
        j += 2
        continue
      }
      // "Bank of America", "University of Tokyo", "Secretary of State".
      if t.gid == lx.code.of, cx.hasUpper(j + 1), !cx.inTimex[j + 1],
        cx.has(j - 1, .orgSuffix) || cx.has(j - 1, .locationHead) || cx.isWord(j - 1, lx.code.republic)
          || (cx.mayStartPhrase(j - 1) && lx.titles.contains(cx.key(j - 1, j + 2)))
      {
        j += 2
        continue
      }
      // "Office for National Statistics", "Bavarian State Office for the Environment": an
      // organization's head word, "for" (and "the"), and a capitalized word.
      if t.gid == lx.code.for_, cx.has(j - 1, .orgSuffix), j + 1 < toks.count, !cx.inTimex[j + 1] {
        if cx.hasUpper(j + 1), !cx.has(j + 1, .stopcap) {
          j += 2
          continue
        }
        if cx.isWord(j + 1, lx.code.the), j + 2 < toks.count, cx.hasUpper(j + 2), !cx.has(j + 2, .stopcap) {
          j += 3
          continue
        }
      }
      // "Boeing 737 MAX", "Embraer E195", "iPhone 4": a model number inside or after a name.
      // A plain number only follows a known maker or product ("Boeing 737", "Windows 7"):
      // after other names it is a score or a table cell ("Tottenham 2", "Round 1").
      if isModelCode(j), t.space, cx.facts[j - 1].kind == .word, cx.hasUpper(j - 1), !cx.has(j - 1, .title),
        t.kind == .alphanumeric || knownMaker(i, j)
      {
        j += 1
        continue
      }
      break
    }
    return j
  }

  /// A model number: letters and digits ("E195", "S24", "A380") or a short plain number
  /// ("737", "4") that nothing marks as a quantity or a date.
  func isModelCode(_ j: Int) -> Bool {
    guard j < cx.count, !cx.inTimex[j] else { return false }
    let f = cx.facts[j]
    if f.kind == .alphanumeric { return cx.hasUpper(j) || cx.tokens[j].text.unicodeScalars.count <= 4 }
    guard f.kind == .number else { return false }
    let n = cx.tokens[j].text.unicodeScalars
    guard n.count <= 4, n.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
    // "Apple 3 percent", "Acme 5%": a number before a unit is a quantity.
    if j + 1 < cx.count, cx.ch(j + 1) == 0x25 || cx.has(j + 1, .unitNoun) { return false }
    return true
  }

  /// True when the run `i..<j` may take a plain version number: a known maker or product
  /// starts it ("Dell XPS 13", "Windows 7", "FTSE 100"), or its last word is a trade name
  /// written with a small or inner capital ("iPhone 4", "PlayStation 3").
  private func knownMaker(_ i: Int, _ j: Int) -> Bool {
    let w = cx.tokens[j - 1].text.unicodeScalars
    if let f = w.first, ("a"..."z").contains(f) { return true }
    if w.dropFirst().contains(where: { ("A"..."Z").contains($0) }), w.contains(where: { ("a"..."z").contains($0) }) {
      return true
    }
    // "Model 3", "Series 7": a product noun before the number.
    if cx.entityHead(j - 1) == .product { return true }
    for e in (i + 1)...min(j + 1, cx.count) where cx.mayStartPhrase(i) {
      let key = cx.key(i, e)
      if lx.products[key] != nil || lx.orgs[key].map({ $0.standsFor == nil }) == true { return true }
    }
    return false
  }

  /// True when every word of `k..<j` belongs to a title ("Prime Minister", "Congresswoman").
  private func allTitle(_ k: Int, _ j: Int) -> Bool {
    var a = k
    while a < j {
      if cx.facts[a].kind == .punctuation {
        a += 1
        continue
      }
      var m = min(3, j - a)
      var hit = 0
      while m >= 2, cx.mayStartPhrase(a) {
        if lx.titles.contains(cx.key(a, a + m)) {
          hit = m
          break
        }
        m -= 1
      }
      if hit == 0, cx.has(a, .title) { hit = 1 }
      if hit == 0 { return false }
      a += hit
    }
    return j > k
  }

  /// Longest title (up to three words) at `k` that leaves something before `j`.
  private func titleLength(_ k: Int, _ j: Int) -> Int {
    var m = min(3, j - k - 1)
    guard m >= 1, cx.mayStartPhrase(k) else { return 0 }
    while m >= 2 {
      if lx.titles.contains(cx.key(k, k + m)) { return m }
      m -= 1
    }
    return cx.has(k, .title) ? 1 : 0
  }

  /// Splits the run `i..<j` into titles, gazetteer names and inferred names.
  private func segment(_ i: Int, _ j: Int, into out: inout [RawMention]) {
    // "Prime Minister", "Congresswoman": a title alone describes a person and names nobody.
    if allTitle(i, j) {
      var m = mention(i, j, key: "desc:" + cx.key(i, j), name: cx.slice(i, j), type: .person, kind: .nominal, known: false)
      m.descriptive = true
      m.bareTitle = true
      out.append(m)
      return
    }
    // "General Electric", "General Mills": a title word opening a name with an organization head.
    if j - i >= 2, titleLength(i, j) > 0, cx.has(j - 1, .orgSuffix), gazetteer(i + 1, j) == nil {
      out.append(inferred(i, j, titled: false))
      return
    }
    var k = i
    var titled = i > 0 && cx.has(i - 1, .title)
    while k < j {
      if cx.facts[k].kind == .punctuation {
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
        // "Apple Computer", "Toyota Motor Corp.", "Microsoft Corporation": a known company with
        // organization words after its name is the company itself.
        if hit.type == .organization, hit.kind == .name, lx.orgs[hit.key].map({ $0.standsFor == nil }) ?? false {
          var e2 = rest
          while e2 < j, cx.has(e2, .orgSuffix) || (e2 > rest && cx.ch(e2) == 0x2E) { e2 += 1 }
          if e2 > rest {
            var m = hit
            m.end = e2
            out.append(m)
            k = e2
            continue
          }
        }
        if hit.kind != .demonym, restIsName, isTypedHead(j - 1) {
          // "California Theater": the whole run is one name with a typed head.
          out.append(inferred(k, j, titled: titled))
          return
        }
        var hit2 = hit
        // "iPhone 4": a product name keeps its version number.
        if hit.type == .product, rest < j, (rest..<j).allSatisfy({ isModelCode($0) }) {
          hit2.end = j
          out.append(hit2)
          return
        }
        // "Toyota Corolla", "Boeing 737", "Samsung Galaxy S24": a maker and its model.
        if hit.type == .organization, hit.kind == .name, restIsName, rest < j, !isTypedHead(j - 1), !cx.isAllCaps(k),
          lx.orgs[hit.key].map({ $0.standsFor == nil }) ?? true, gazetteer(rest, j) == nil,
          j - rest <= 3, !cx.has(rest, .firstName),
          (rest..<j).allSatisfy({
            cx.facts[$0].kind != .punctuation && !cx.has($0, .stopcap) && !cx.has($0, .title)
              && !cx.has($0, .orgSuffix) && !cx.isNoun($0)
          })
        {
          var p = mention(k, j, key: cx.slice(k, j), name: cx.slice(k, j), type: .product, kind: .name, known: false)
          p.maker = hit.key
          out.append(p)
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
      // A split at a demonym or gazetteer entry can leave "for" or "the" at an edge
      // ("Union for" + "French Democracy"): a name neither starts nor ends with one.
      let next = e
      while s < e, cx.facts[s].kind == .word, !cx.hasUpper(s) { s += 1 }
      while e > s, cx.facts[e - 1].kind == .word, !cx.hasUpper(e - 1) { e -= 1 }
      // A capitalized event name ("Worldwide Developers Conference") is an event, not an entity.
      // In a headline, an unknown name counts only when the body writes it capitalized too.
      let proven = !headline[cx.sentenceOf[k]]
        || (s..<e).allSatisfy { cx.facts[$0].kind != .word || capitalizedInside[Int(cx.facts[$0].word)] }
      if s < e, proven, !cx.isNoun(e - 1) { out.append(inferred(s, e, titled: titled)) }
      k = next
    }
  }

  private func isTypedHead(_ i: Int) -> Bool { cx.has(i, .orgSuffix) || cx.has(i, .locationHead) }

  /// A sentence-initial word that is only capitalized because it starts the sentence.
  private func isCommonInitial(_ i: Int, single: Bool) -> Bool {
    if cx.isListedVerb(i) || cx.isNoun(i) || cx.isGrammar(i) || cx.pronoun(i) != nil || cx.nominal(i) != nil {
      return true
    }
    if cx.isAllCaps(i) || cx.has(i, .firstName) { return false }
    let d = Int(cx.facts[i].word)
    if !single || capitalizedInside[d] { return false }
    // "Officials", "Earlier", "Heavy": plurals, adverbs, common adjectives and words also written in lower case.
    let w = cx.tokens[i].lower
    if w.hasSuffix("s") || w.hasSuffix("ly") || lowercaseWords[d] { return true }
    // A common adjective alone, not the first word of a title ("Major General", "Foreign Secretary").
    return lx.commonInitials.contains(w) && !(i + 1 < cx.tokens.count && cx.hasUpper(i + 1))
  }

  /// The longest gazetteer entry starting at `k` within the run. The key grows a token at
  /// a time and stops once it is a prefix of no entry.
  private func gazetteer(_ k: Int, _ j: Int) -> (Int, RawMention)? {
    let limit = min(lx.maxKeyWords * 2, j - k)
    guard limit >= 1, cx.mayStartPhrase(k) else { return nil }
    var best: (Int, RawMention)?
    var key = ""
    for m in 1...limit {
      let e = k + m
      if m > 1 {
        if cx.tokens[e - 1].spaceBefore { key += " " }
        key += cx.tokens[e - 1].lower
        guard cx.mayGrow(key) else { break }
      } else {
        key = cx.tokens[k].lower
      }
      if let hit = entry(k, e, key) { best = (m, hit) }
    }
    return best
  }

  /// The gazetteer entry whose key is `key` (tokens `k..<e`), in order of precedence.
  private func entry(_ k: Int, _ e: Int, _ key: String) -> RawMention? {
    // "Chileans", "Americans": the people of a country.
    if let c = lx.demonyms[key] ?? (key.hasSuffix("s") ? lx.demonyms[String(key.dropLast())] : nil) {
      return mention(k, e, key: c, name: c, type: .location, kind: .demonym, known: true)
    }
    if let p = lx.places[key], p.kind != .context {
      var name = p.name
      if p.kind == .alias, let c = p.country { name = c }
      if p.kind == .capital, let c = p.country, !isLocative(k) { name = c }
      return mention(k, e, key: name, name: name, type: .location, kind: .name, known: true)
    }
    if let o = lx.orgs[key] {
      if let c = o.standsFor { return mention(k, e, key: c, name: c, type: .location, kind: .name, known: true) }
      return mention(k, e, key: o.name, name: o.name, type: o.type, kind: .name, known: true)
    }
    if let p = lx.products[key] {
      return mention(k, e, key: p, name: p, type: .product, kind: .name, known: true)
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
    let words = (s..<e).filter { cx.facts[$0].kind != .punctuation }
    // The head: the last word, or the word before "of" or "for" ("Gulf of Tonkin", "House of
    // Representatives", "Office for National Statistics").
    let ofAt = words.first { cx.isWord($0, lx.code.of) || cx.isWord($0, lx.code.for_) }
    let last = ofAt.map { $0 - 1 } ?? (words.last ?? (e - 1))
    var type: EntityType = .organization
    var guessed = false
    var key = name
    if cx.has(last, .orgSuffix) {
      type = .organization
      key = withoutLegalSuffix(s, e)
    } else if cx.has(last, .locationHead) {
      type = .location
    } else if words.count >= 2, isModelCode(e - 1) {
      // "Embraer E195", "Galaxy S24", "Xbox 360": a name with a model number.
      type = .product
    } else if !cx.capitalized(s), cx.facts[s].kind == .word {
      // "iPod", "eReader": a trade name written with a small first letter.
      type = .product
    } else if titled || (words.count >= 2 && cx.has(s, .firstName)) {
      type = .person
    } else if let p = lx.place(cx.key(s, e)), !cx.isAllCaps(s) {
      // A city or region from the world gazetteer ("Ahmedabad", "Bombay" -> "Mumbai").
      // The canonical name merges the forms; the text's own form names the entity, so that a
      // surname that is also a town's other name still joins its person ("Barra").
      let canonical = p.isEmpty ? name : p
      var m = mention(s, e, key: canonical, name: name, type: .location, kind: .name, known: false)
      m.guessed = true
      return m
    } else if words.count >= 2, words.count <= 4, !cx.tag(s - 1, .det), cx.lower(s - 1) != "new",
      !(["of", "for"].contains(cx.lower(s - 1)) && s >= 2 && cx.capitalized(s - 2) && !words.contains { cx.has($0, .firstName) }),
      words.allSatisfy({ cx.facts[$0].kind == .word && cx.capitalized($0) && !cx.isAllCaps($0) })
    {
      // Two to four capitalized words are a person's name, unless an article or "new"
      // introduces them ("the Red Cross", "the Ford Fiesta", "the new MacBook Pro") or they
      // complete another name ("Organization of Arab Petroleum Exporting Countries").
      type = .person
    } else {
      guessed = true
    }
    var m = mention(s, e, key: key, name: name, type: type, kind: .name, known: false)
    m.guessed = guessed
    return m
  }

  /// The key of an organization name without its legal form: "Volkswagen Corporation" and
  /// "Microsoft Corp." are "volkswagen" and "microsoft".
  private func withoutLegalSuffix(_ s: Int, _ e: Int) -> String {
    var b = e
    while b > s + 1 {
      let w = cx.tokens[b - 1].lower
      if w == "." || w == "," || lx.legalSuffixes.contains(w) {
        b -= 1
      } else {
        break
      }
    }
    return cx.slice(s, b)
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
      while k < cx.count, cx.has(k, .title) || cx.ch(k) == 0x2D { k += 1 }
      let demonym = ms[a].kind == .demonym
      if a + 1 < ms.count, ms[a + 1].start == k, k > ms[a].end || (demonym && ms[a + 1].kind == .name) {
        ms[a].modifier = true
      }
    }
  }
}
