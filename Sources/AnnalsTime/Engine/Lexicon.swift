/// Every word list the tagger uses, loaded once from Resources/en.
struct Lexicon: Sendable {
  struct MonthEntry: Sendable {
    var month: Int
    var abbreviation: Bool
    var ambiguous: Bool
  }

  var months: [String: MonthEntry] = [:]
  var weekdays: [String: Int] = [:]
  /// "abbr" or "ambiguous" for short weekday names (see weekdays.tsv).
  var weekdayFlags: [String: String] = [:]
  var cardinals: [String: Int] = [:]
  var ordinals: [String: Int] = [:]
  var seasons: [String: String] = [:]
  var units: [String: TimeUnit] = [:]
  var partsOfDay: [String: String] = [:]
  /// Short unit words ("hrs", "min"): read only in lower case after a count or another word (not "SEC", "HR").
  var unitAbbreviations: Set<String> = []
  /// Unit words that count twice ("fortnight": two weeks).
  var doubledUnits: Set<String> = []
  var timeZones: Set<String> = []
  /// A zone abbreviation's offset from UTC in minutes (timezones.tsv).
  var timeZoneOffsets: [String: Int] = [:]
  /// Modifier phrases (as token lists) and their TIMEX3 mod (nil: extent only).
  var modifiers: [(tokens: [String], mod: String?)] = []
  /// Modifier phrases that follow an expression ("or so").
  var modifiersAfter: [(tokens: [String], mod: String?)] = []
  var signals: [[String]] = []
  var monthContext: Set<String> = []
  /// Words that may stand before "the 20th" and after it (dayofmonth-context.tsv).
  var dayOfMonthBefore: Set<String> = []
  var dayOfMonthAfter: Set<String> = []
  var nonDateNouns: Set<String> = []
  var nonDateBefore: Set<String> = []
  var futureCues: Set<String> = []
  /// Cues of several words ("set to"), by their first word.
  var futurePhrases: [String: [[String]]] = [:]
  var pastCues: Set<String> = []
  /// Present-tense schedule verbs ("talks resume Friday"): future, but only before the expression.
  var scheduleCues: Set<String> = []
  /// Finite present forms that give no direction ("is", "has"): a text with one is not a bare plan.
  var finiteForms: Set<String> = []
  var pastSuffixes: [String] = []
  var pastBlockers: Set<String> = []
  /// Adverbs that may stand between a blocker and the past form ("a still unspecified date").
  var pastAdverbs: Set<String> = []
  /// Decades written as words ("the nineties"), by their TIMEX3 value (199).
  var decadeWords: [String: Int] = [:]
  /// The ending all decade words share ("ties"): a cheap test before the lookup on the hot path.
  var decadeEnding = ""
  /// Offsets that words like last/this/next/yesterday/later give.
  var relations: [String: Int] = [:]
  /// Holiday names (as token lists, longest first) and their date rules.
  var holidays: [(tokens: [String], rule: HolidayRule)] = []
  /// Holiday names many countries share ("independence day"): not this one after "Ukraine's".
  var nationalHolidays: Set<String> = []

  static func load() throws -> Lexicon {
    var lx = Lexicon()
    for r in try TableFile.read("months.tsv") {
      let flags = r.columns.count > 2 ? r.columns[2] : ""
      guard flags.isEmpty || flags == "abbr" || flags == "ambiguous" else { throw r.fail("unknown flag \(flags)") }
      let m = try r.int(1)
      guard (1...12).contains(m) else { throw r.fail("month out of range") }
      lx.months[try r.column(0)] = MonthEntry(month: m, abbreviation: flags == "abbr", ambiguous: flags == "ambiguous")
    }
    for r in try TableFile.read("weekdays.tsv") {
      let d = try r.int(1)
      guard (1...7).contains(d) else { throw r.fail("weekday out of range") }
      lx.weekdays[try r.column(0)] = d
      if r.columns.count > 2, !r.columns[2].isEmpty {
        guard ["abbr", "ambiguous"].contains(r.columns[2]) else { throw r.fail("unknown flag \(r.columns[2])") }
        lx.weekdayFlags[try r.column(0)] = r.columns[2]
      }
    }
    for r in try TableFile.read("numbers.tsv") { lx.cardinals[try r.column(0)] = try r.int(1) }
    for r in try TableFile.read("ordinals.tsv") { lx.ordinals[try r.column(0)] = try r.int(1) }
    for r in try TableFile.read("seasons.tsv") {
      let code = try r.column(1)
      guard ["SP", "SU", "FA", "WI"].contains(code) else { throw r.fail("unknown season code \(code)") }
      lx.seasons[try r.column(0)] = code
    }
    for r in try TableFile.read("units.tsv") {
      let code = try r.column(1)
      guard let u = TimeUnit(rawValue: code) else { throw r.fail("unknown unit code \(code)") }
      lx.units[try r.column(0)] = u
      switch r.columns.count > 2 ? r.columns[2] : "" {
      case "": break
      case "abbr": lx.unitAbbreviations.insert(try r.column(0))
      case "double": lx.doubledUnits.insert(try r.column(0))
      case let f: throw r.fail("unknown flag \(f) (abbr or double)")
      }
    }
    for r in try TableFile.read("partsofday.tsv") {
      let code = try r.column(1)
      guard ["MO", "AF", "EV", "NI", "DT"].contains(code) else { throw r.fail("unknown part of day \(code)") }
      lx.partsOfDay[try r.column(0)] = code
    }
    for r in try TableFile.read("timezones.tsv") {
      lx.timeZones.insert(try r.column(0))
      if r.columns.count > 1 { lx.timeZoneOffsets[try r.column(0)] = try r.int(1) }
    }
    for r in try TableFile.read("modifiers.tsv") {
      let mod = try r.column(1)
      lx.modifiers.append((TableFile.phraseTokens(try r.column(0)), mod == "-" ? nil : mod))
    }
    lx.modifiers.sort { $0.tokens.count > $1.tokens.count }
    for r in try TableFile.read("modifiers-after.tsv") {
      let mod = try r.column(1)
      lx.modifiersAfter.append((TableFile.phraseTokens(try r.column(0)), mod == "-" ? nil : mod))
    }
    for r in try TableFile.read("signals.tsv") { lx.signals.append(TableFile.phraseTokens(try r.column(0))) }
    lx.signals.sort { $0.count > $1.count }
    for r in try TableFile.read("month-context.tsv") { lx.monthContext.insert(try r.column(0)) }
    for r in try TableFile.read("dayofmonth-context.tsv") {
      switch try r.column(1) {
      case "before": lx.dayOfMonthBefore.insert(try r.column(0))
      case "after": lx.dayOfMonthAfter.insert(try r.column(0))
      case let k: throw r.fail("unknown side \(k) (before or after)")
      }
    }
    for r in try TableFile.read("nondate-nouns.tsv") { lx.nonDateNouns.insert(try r.column(0)) }
    for r in try TableFile.read("nondate-before.tsv") { lx.nonDateBefore.insert(try r.column(0)) }
    for r in try TableFile.read("decades.tsv") { lx.decadeWords[try r.column(0)] = try r.int(1) }
    if var ending = lx.decadeWords.keys.first {
      for w in lx.decadeWords.keys { while !w.hasSuffix(ending) { ending.removeFirst() } }
      lx.decadeEnding = ending
    }
    for r in try TableFile.read("relations.tsv") { lx.relations[try r.column(0)] = try r.int(1) }
    for r in try TableFile.read("holidays.tsv") {
      guard let rule = HolidayRule(try r.column(1)) else { throw r.fail("bad date rule \(r.columns[1])") }
      lx.holidays.append((TableFile.phraseTokens(try r.column(0)), rule))
      if r.columns.count > 2, !r.columns[2].isEmpty {
        guard r.columns[2] == "national" else { throw r.fail("unknown flag \(r.columns[2]) (national)") }
        lx.nationalHolidays.insert(try r.column(0))
      }
    }
    lx.holidays.sort { $0.tokens.count > $1.tokens.count }
    for r in try TableFile.read("past-blockers.tsv") {
      let word = try r.column(0)
      switch r.columns.count > 1 ? try r.column(1) : "blocker" {
      case "blocker": lx.pastBlockers.insert(word)
      case "adverb": lx.pastAdverbs.insert(word)
      case let k: throw r.fail("unknown kind \(k) (blocker or adverb)")
      }
    }
    for r in try TableFile.read("tense-cues.tsv") {
      let word = try r.column(0)
      switch try r.column(1) {
      case "future":
        let words = TableFile.phraseTokens(word)
        if words.count > 1 { lx.futurePhrases[words[0], default: []].append(words) } else { lx.futureCues.insert(word) }
      case "schedule":
        lx.scheduleCues.insert(word)
      case "finite":
        lx.finiteForms.insert(word)
      case "past":
        if word.hasPrefix("-") { lx.pastSuffixes.append(String(word.dropFirst())) } else { lx.pastCues.insert(word) }
      default: throw r.fail("direction must be future, schedule, past or finite")
      }
    }
    return lx
  }
}
