import AnnalsText

/// The compiled lexicons and rules, loaded once per process.
final class TimeEngine: Sendable {
  let lexicon: Lexicon
  let rules: RuleSet
  /// Every word that some token class can read at the start of a match. A word token that
  /// is neither here nor the first literal of a rule cannot start an expression, which lets
  /// the scan skip most tokens of a text with one set lookup.
  let classWords: Set<String>

  init(lexicon: Lexicon, rules: RuleSet) {
    self.lexicon = lexicon
    self.rules = rules
    var words = Set<String>()
    words.formUnion(lexicon.months.keys)
    words.formUnion(lexicon.weekdays.keys)
    words.formUnion(lexicon.weekdays.keys.map { $0 + "s" })
    words.formUnion(lexicon.cardinals.keys)
    words.formUnion(lexicon.ordinals.keys)
    words.formUnion(lexicon.seasons.keys)
    words.formUnion(lexicon.units.keys)
    words.formUnion(lexicon.partsOfDay.keys)
    words.formUnion(lexicon.timeZones)
    words.formUnion(lexicon.decadeWords.keys)
    words.formUnion(lexicon.holidays.compactMap(\.tokens.first))
    words.formUnion(["am", "pm", "a", "p"])
    classWords = words
  }

  /// False when no rule can match starting at token `i` (see `classWords`).
  @inline(__always) func mightStart(at i: Int, _ m: ClassMatcher) -> Bool {
    let kind = m.tokens[i].kind
    if kind == .number || kind == .alphanumeric { return true }
    let k = m.key(i)
    return classWords.contains(k) || rules.startsWith(word: k)
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
  func find(_ text: TokenizedText) -> [Found] {
    let m = ClassMatcher(lexicon: lexicon, tokens: text.tokens)
    var out: [Found] = []
    var i = 0
    var lastEnd = 0
    while i < text.tokens.count {
      guard mightStart(at: i, m) else {
        i += 1
        continue
      }
      var accepted: Found?
      for cand in rules.matches(at: i, with: m) {
        if let d = cand.rule.production.build(ProductionInput(match: cand, classes: m)) {
          accepted = Found(match: cand, draft: d, start: cand.start)
          break
        }
      }
      guard var f = accepted else {
        i += 1
        continue
      }
      extendLeft(&f, m, floor: lastEnd)
      extendRight(&f, m)
      out.append(f)
      i = f.match.end
      lastEnd = i
    }
    return out
  }

  /// Takes a modifier phrase before the match into the extent ("early", "about", "the end of").
  private func extendLeft(_ f: inout Found, _ m: ClassMatcher, floor: Int) {
    let first = f.match.start
    let quantity =
      m.tokens[first].kind == .number || lexicon.cardinals[m.key(first)] != nil
      || ["a", "an"].contains(m.key(first))
    for (words, mod) in lexicon.modifiers {
      let s = first - words.count
      guard s >= floor else { continue }
      var ok = true
      for (k, w) in words.enumerated() where m.key(s + k) != w {
        ok = false
        break
      }
      guard ok else { continue }
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
    for (words, mod) in lexicon.modifiersAfter where end + words.count <= m.tokens.count {
      guard words.indices.allSatisfy({ m.key(end + $0) == words[$0] }) else { continue }
      f.match.end = end + words.count
      if f.mod == nil { f.mod = mod }
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
