import AnnalsText

/// Every word the engine knows, numbered once at load, with what each lexicon says about it.
///
/// A document's tokens are looked up here once (`id(of:)`); the matcher then compares small
/// integers instead of hashing strings. Words the engine does not know get `Vocabulary.unknown`,
/// which no rule, lexicon entry or context list contains.
struct Vocabulary: Sendable {
  static let unknown: Int32 = 0

  /// What the lexicons say about one word (all empty for `unknown`), packed small: the class
  /// readers copy it for every reading.
  struct Facts: Sendable {
    private static let none = Int.min
    /// The weekday of a weekday name (1...7), 0 for other words.
    var weekday: Int8 = 0
    /// The weekday of a plural ("Mondays"): the word less its final "s" is a weekday.
    var weekdayPlural: Int8 = 0
    /// A short weekday name ("Tue", "Thurs"): read only when capitalized.
    var weekdayAbbreviation = false
    /// A short weekday name that is also a common word ("Sat", "Sun", "Wed", "Mon"): read only next to a date.
    var weekdayAmbiguous = false
    private var monthNumber: Int8 = 0
    private var monthAbbreviation = false
    private var monthAmbiguous = false
    private var cardinalValue = Facts.none
    private var ordinalValue = Facts.none
    private var decadeValue = Facts.none
    var unit: TimeUnit?
    /// The word ends in "s" (a plural unit reads as 2).
    var endsInS = false
    /// Code ids (see `codes`) of a season, part of day, unit, or time zone (upper-cased); -1 for none.
    var seasonCode: Int32 = -1
    var podCode: Int32 = -1
    var unitCode: Int32 = -1
    var zoneCode: Int32 = -1
    /// The classes that may read a word (not digits) token with this key: see `ClassMatcher.read`.
    var classMask: UInt32 = 0

    var month: Lexicon.MonthEntry? {
      get {
        monthNumber == 0
          ? nil : Lexicon.MonthEntry(month: Int(monthNumber), abbreviation: monthAbbreviation, ambiguous: monthAmbiguous)
      }
      set {
        monthNumber = Int8(newValue?.month ?? 0)
        monthAbbreviation = newValue?.abbreviation ?? false
        monthAmbiguous = newValue?.ambiguous ?? false
      }
    }
    var cardinal: Int? {
      get { cardinalValue == Facts.none ? nil : Int(cardinalValue) }
      set { cardinalValue = newValue ?? Facts.none }
    }
    var ordinal: Int? {
      get { ordinalValue == Facts.none ? nil : Int(ordinalValue) }
      set { ordinalValue = newValue ?? Facts.none }
    }
    var decade: Int? {
      get { decadeValue == Facts.none ? nil : Int(decadeValue) }
      set { decadeValue = newValue ?? Facts.none }
    }
    /// Carries a time expression on (a zone, weekday or month): see `ClassMatcher.continuesTime`.
    var continuesTime: Bool { zoneCode >= 0 || weekday != 0 || monthNumber != 0 }
  }

  /// Word ids by String equality; ASCII words are hashed by their bytes.
  private var index = WordIndex(capacity: 0)
  private(set) var words: [String] = [""]
  private(set) var facts: [Facts] = [Facts()]
  /// The strings a reading's code refers to ("" first, then "abbr", unit codes, zones...).
  private(set) var codes: [String] = [""]
  private var codeTable: [String: Int32] = ["": 0]

  /// The id of `word`, or `unknown`.
  @inline(__always) func id(of word: String) -> Int32 {
    let id = index.find(word)
    return id >= 0 ? id : Vocabulary.unknown
  }

  /// Notes what the finished word list allows; call when no more words will be interned.
  mutating func seal() {
    hasDigitWords = words.contains { w in !w.isEmpty && w.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
  }

  /// True when some word is all digits: else a digits token need not be looked up.
  private(set) var hasDigitWords = true

  /// The id of `word`, adding it when new.
  mutating func intern(_ word: String) -> Int32 {
    let (id, inserted) = index.intern(word, next: Int32(words.count))
    guard inserted else { return id }
    words.append(word)
    facts.append(Facts())
    return id
  }

  /// The id of a reading code, adding it when new.
  mutating func code(_ s: String) -> Int32 {
    if let c = codeTable[s] { return c }
    let c = Int32(codes.count)
    codeTable[s] = c
    codes.append(s)
    return c
  }

  /// Sets the facts of `word` (interning it) and marks the classes that may read it.
  mutating func update(_ word: String, classes: [TokenClass], _ change: (inout Facts) -> Void) {
    let id = Int(intern(word))
    change(&facts[id])
    for c in classes { facts[id].classMask |= c.bit }
  }

  /// The vocabulary of a lexicon: every key, with the facts the class readers need.
  init(lexicon lx: Lexicon) {
    _ = code("abbr.")
    _ = code("abbr")
    _ = code("ambiguous")
    for (w, d) in lx.weekdays {
      let flag = lx.weekdayFlags[w]
      update(w, classes: [.weekday]) {
        $0.weekday = Int8(d)
        $0.weekdayAbbreviation = flag != nil
        $0.weekdayAmbiguous = flag == "ambiguous"
      }
      if flag == nil { update(w + "s", classes: [.weekdays]) { $0.weekdayPlural = Int8(d) } }
    }
    for (w, m) in lx.months { update(w, classes: [.month]) { $0.month = m } }
    // A cardinal may start a number, a year in words, or "twenty-first" (an ordinal, a day, a century).
    for (w, v) in lx.cardinals { update(w, classes: [.number, .yearwords, .ordinal, .day, .century]) { $0.cardinal = v } }
    for (w, v) in lx.ordinals { update(w, classes: [.ordinal, .day, .century]) { $0.ordinal = v } }
    for (w, u) in lx.units {
      let c = code(u.rawValue)
      update(w, classes: [.unit]) {
        $0.unit = u
        $0.unitCode = c
      }
    }
    for (w, s) in lx.seasons {
      let c = code(s)
      update(w, classes: [.season]) { $0.seasonCode = c }
    }
    for (w, p) in lx.partsOfDay {
      let c = code(p)
      update(w, classes: [.pod]) { $0.podCode = c }
    }
    for w in lx.timeZones {
      let c = code(w.uppercased())
      update(w, classes: [.tz]) { $0.zoneCode = c }
    }
    for (w, v) in lx.decadeWords where w.hasSuffix(lx.decadeEnding) {
      update(w, classes: [.decade]) { $0.decade = v }
    }
    for h in lx.holidays { if let w = h.tokens.first { update(w, classes: [.holiday]) { _ in } } }
    for w in ["am", "pm", "a", "p"] { update(w, classes: [.ampm]) { _ in } }
    for id in facts.indices { facts[id].endsInS = words[id].hasSuffix("s") }
  }
}

extension TokenClass {
  /// How many classes there are (`allCases.count`, as a constant for the hot paths).
  static var caseCount: Int { 25 }

  /// This class's bit in `Vocabulary.Facts.classMask`.
  var bit: UInt32 { 1 << UInt32(index) }

  /// The position of this class in `allCases`.
  var index: Int {
    switch self {
    case .weekday: 0
    case .weekdays: 1
    case .month: 2
    case .monthnum: 3
    case .day: 4
    case .year4: 5
    case .num2: 6
    case .number: 7
    case .ordinal: 8
    case .unit: 9
    case .season: 10
    case .pod: 11
    case .decade: 12
    case .century: 13
    case .qtoken: 14
    case .htoken: 15
    case .hour: 16
    case .minute: 17
    case .ampm: 18
    case .tz: 19
    case .yearwords: 20
    case .holiday: 21
    case .clocktoken: 22
    case .minuteampm: 23
    case .isoweek: 24
    }
  }
}
