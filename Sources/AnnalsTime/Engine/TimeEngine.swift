import AnnalsText

/// The compiled lexicons and rules, loaded once per process.
final class TimeEngine: Sendable {
  let lexicon: Lexicon
  let rules: RuleSet
  /// Every word of the lexicons and rules, numbered: a document's tokens are looked up once.
  let vocabulary: Vocabulary
  /// The rules compiled against `vocabulary`.
  let program: RuleProgram
  /// Ids of the words and codes the matcher tests by name.
  let words: Words
  /// `lexicon.holidays`, `lexicon.modifiers` and `lexicon.modifiersAfter` as word ids, in their order.
  let holidayWords: [[Int32]]
  let modifierWords: [[Int32]]
  let modifierAfterWords: [[Int32]]

  /// Ids of the words and reading codes the engine names.
  struct Words: Sendable {
    var period, comma, hyphen, and, a, an, p, m, am, pm: Int32
    var abbrCode, abbrPeriodCode, ambiguousCode, shortCode, amCode, pmCode: Int32
    var h, to, enDash, apostrophe: Int32

    init(_ v: inout Vocabulary) {
      period = v.intern(".")
      comma = v.intern(",")
      hyphen = v.intern("-")
      and = v.intern("and")
      a = v.intern("a")
      an = v.intern("an")
      p = v.intern("p")
      m = v.intern("m")
      am = v.intern("am")
      pm = v.intern("pm")
      abbrCode = v.code("abbr")
      abbrPeriodCode = v.code("abbr.")
      ambiguousCode = v.code("ambiguous")
      shortCode = v.code("short")
      amCode = v.code("am")
      pmCode = v.code("pm")
      h = v.intern("h")
      to = v.intern("to")
      enDash = v.intern("–")
      apostrophe = v.intern("'")
    }
  }

  init(lexicon: Lexicon, rules: RuleSet) {
    self.lexicon = lexicon
    self.rules = rules
    var v = Vocabulary(lexicon: lexicon)
    words = Words(&v)
    var program = RuleProgram(rules: rules.rules, vocabulary: &v)
    holidayWords = lexicon.holidays.map { $0.tokens.map { v.intern($0) } }
    modifierWords = lexicon.modifiers.map { $0.tokens.map { v.intern($0) } }
    modifierAfterWords = lexicon.modifiersAfter.map { $0.tokens.map { v.intern($0) } }
    program.index(vocabularySize: v.words.count)
    v.seal()
    self.program = program
    vocabulary = v
  }

  static func load() throws -> TimeEngine { TimeEngine(lexicon: try Lexicon.load(), rules: try RuleSet.load()) }

  /// The shared engine, or the data error that kept it from loading.
  static let shared: Result<TimeEngine, LexiconError> = {
    do {
      return .success(try load())
    } catch let e as LexiconError {
      return .failure(e)
    } catch {
      return .failure(LexiconError(file: "?", line: 0, message: "\(error)"))
    }
  }()

  /// A found expression before resolution.
  struct Found {
    var match: RuleMatch
    var draft: Draft
    var start: Int
    var mod: String?
  }

  /// Scans the tokens left to right, taking at each position the longest accepted match.
  func find(_ text: TokenizedText, dayFirst: Bool = false) -> [Found] {
    var m = ClassMatcher(engine: self, tokens: text.tokens)
    m.dayFirst = dayFirst
    var search = RuleSearch(program: program, matcher: m)
    var out: [Found] = []
    var i = 0
    var lastEnd = 0
    while i < m.count {
      // A token no class can read starts only rules that begin with its word.
      let classesPossible = m.possibleClasses(i) != 0
      guard classesPossible || program.startsWith(m.ids[i]) else {
        i += 1
        continue
      }
      search.matches(at: i, classesPossible: classesPossible)
      guard !search.candidates.isEmpty, var f = accept(search, at: i, m) else {
        i += 1
        continue
      }
      extendLeft(&f, m, floor: lastEnd)
      extendRight(&f, m)
      i = f.match.end
      lastEnd = i
      out.append(f)
    }
    return out
  }

  /// The first candidate at `i` whose production accepts it.
  private func accept(_ search: RuleSearch, at i: Int, _ m: ClassMatcher) -> Found? {
    for k in search.candidates.indices {
      let cand = search.match(k, rules: rules.rules, start: i)
      if let d = cand.rule.production.build(ProductionInput(match: cand, classes: m)) {
        return Found(match: cand, draft: d, start: i)
      }
    }
    return nil
  }

  /// Takes a modifier phrase before the match into the extent ("early", "about", "the end of").
  private func extendLeft(_ f: inout Found, _ m: ClassMatcher, floor: Int) {
    let first = f.match.start
    let quantity =
      m.tokens[first].kind == .number || m.facts(first).cardinal != nil
      || m.ids[first] == words.a || m.ids[first] == words.an
    for (n, phrase) in modifierWords.enumerated() {
      let s = first - phrase.count
      guard s >= floor else { continue }
      var ok = true
      for (k, w) in phrase.enumerated() where m.ids[s + k] != w {
        ok = false
        break
      }
      guard ok else { continue }
      let mod = lexicon.modifiers[n].mod
      let isQuantityMod = mod.map { !["START", "END", "MID"].contains($0) } ?? false
      if isQuantityMod && !quantity { continue }
      if !isQuantityMod && (f.draft.type == .duration || f.draft.type == .set) { continue }
      if mod == nil, f.draft.type != .date && f.draft.type != .time { continue }
      f.start = s
      f.mod = mod
      return
    }
  }

  /// Takes a modifier phrase after the match into the extent ("the next two years or so").
  private func extendRight(_ f: inout Found, _ m: ClassMatcher) {
    let end = f.match.end
    for (n, phrase) in modifierAfterWords.enumerated() where end + phrase.count <= m.count {
      guard phrase.indices.allSatisfy({ m.ids[end + $0] == phrase[$0] }) else { continue }
      f.match.end = end + phrase.count
      if f.mod == nil { f.mod = lexicon.modifiersAfter[n].mod }
      return
    }
  }

  /// The governing preposition just before token `start`, if any.
  func signal(before start: Int, _ text: TokenizedText) -> String? {
    for words in lexicon.signals where start >= words.count {
      let s = start - words.count
      var ok = true
      for (k, w) in words.enumerated() where text.tokens[s + k].lower != w {
        ok = false
        break
      }
      if ok { return words.joined(separator: " ") }
    }
    return nil
  }
}
