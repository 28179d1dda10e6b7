import AnnalsEvents
import AnnalsText

/// Builds the short clause that names a story event: "Putin and Kim Jong Un hold phone
/// call", "North Korea sends troops to Russia", "Putin and Trump to meet in Alaska".
///
/// The clause is made from the head mention's predicate (a verb in the headline present
/// tense, "to" + verb when planned, an event noun told with its verb from
/// `nominal_verbs.tsv`, or the noun itself) and its participants by role: agents as
/// subject, patients and themes as object, then "to" a recipient, "with" a partner, "in" a
/// place. Long names are cut to the head name ("Vladimir Putin" -> "Putin", "Apple Inc." ->
/// "Apple"). An event with no participant borrows a subject from its words ("the North's
/// nuclear program, which derailed" -> "North's nuclear program derails").
struct CaptionBuilder {
  let lx = StoryLexicon.shared
  /// Verbs whose recipient is a partner ("shares with Kim"), not a destination.
  static let withWords: Set<String> = ["share", "discuss", "talk", "speak", "meet", "agree", "cooperate", "trade", "negotiate", "sign"]
  static let skipBack: Set<String> = [
    ",", "which", "that", "who", "has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "also",
    "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do",
  ]
  static let subjectStop: Set<String> = [
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "as", "from", "than", "our",
    "their", "his", "her", "its", "my", "your", "this", "that", "these", "those", "he", "she", "they", "we", "it", "i",
    "you", "not", "no", "more", "less", "when", "while", "after", "before", "since", "until", "if", "during", "amid",
    "over", "under", "about", "into", "through", "across", "against", "between", "despite", "within", "without", "via",
    "although", "though", "because", "whereas", "unless", "whether",
  ]
  static let contextStop: Set<String> = [
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "as", "from", "that", "which",
    "who", "is", "was", "are", "were", "be", "been", "it", "its", "their", "his", "her", "this", "these", "those", "also",
  ]

  struct Party {
    var name: String
    var role: String
    var key: String?
  }

  /// The caption of `event` (mention `f` of `doc`); `names` gives each entity id its short
  /// name, `borrowed` stands in for missing participants, `nextNoun` is the label of an event
  /// noun right after a verb that has no object of its own ("to discuss their ties").
  func caption(
    _ event: Event, _ f: MentionFacts, _ doc: StoryDocument, _ words: WordScan, names: [String: String],
    borrowed: [Party], nextNoun: String? = nil, previousNoun: String? = nil
  ) -> String {
    let c = clause(event, f, doc, words, names: names, borrowed: borrowed, nextNoun: nextNoun, previousNoun: previousNoun)
    guard !c.contains(" ") else { return c }
    // One word is no caption: the words the text puts around it ("U.S. release", "press
    // conference"), else the nearest name before it in its sentence as its subject.
    let around = context(f, words, c.lowercased())
    if around.contains(" ") { return finish(around) }
    if let name = nearestName(before: event, doc, names: names) { return finish(name + " " + c.lowercased()) }
    return c
  }

  /// The entity mentioned last before `event` in its sentence, by its short name.
  func nearestName(before event: Event, _ doc: StoryDocument, names: [String: String]) -> String? {
    var best: (end: Int, name: String)? = nil
    for e in doc.entities {
      guard let n = names[e.id] else { continue }
      for m in e.mentions where m.kind != .pronoun && m.span.start >= event.sentence.start && m.span.end <= event.span.start {
        if best == nil || m.span.end > (best?.end ?? 0) { best = (m.span.end, n) }
      }
    }
    return best?.name
  }

  /// The caption as a clause; may be a single word when nothing is known around the event.
  func clause(
    _ event: Event, _ f: MentionFacts, _ doc: StoryDocument, _ words: WordScan, names: [String: String],
    borrowed: [Party], nextNoun: String?, previousNoun: String?
  ) -> String {
    var parties: [Party] = []
    for p in event.participants {
      guard let n = names[p.entity], !n.isEmpty else { continue }
      if parties.contains(where: { $0.name == n && $0.role == p.role }) { continue }
      parties.append(Party(name: n, role: p.role, key: doc.entityKeys[p.entity]))
    }
    if parties.isEmpty { parties = borrowed }
    let lemma = Self.base(event.lemma.lowercased())
    let label = event.label.lowercased()
    func who(_ roles: Set<String>) -> [String] {
      var out: [String] = []
      for p in parties where roles.contains(p.role) && !out.contains(p.name) { out.append(p.name) }
      return out
    }
    var agents = who(["agent"])
    var partners = who(["co-agent"]).filter { !agents.contains($0) }
    var objects = who(["patient", "theme"]).filter { !agents.contains($0) }
    if objects.isEmpty { objects = who(["other"]).filter { !agents.contains($0) && !partners.contains($0) } }
    let recipients = who(["recipient"]).filter { !agents.contains($0) }
    let places = who(["location"])

    // The predicate: a verb and its object words, or an event noun.
    var verb: String? = nil
    var objectWords: String? = nil
    var preposition: String? = nil
    let noun = lx.nominalVerb[label] ?? lx.nominalVerb[lemma]
    if f.light {
      verb = lemma
      objectWords = f.predicate
      preposition = lx.nominalVerb[f.predicate]?.preposition
    } else if f.nominal {
      verb = noun?.verb
      objectWords = noun?.keep ?? true ? label : nil
      preposition = noun?.preposition
    } else if lemma == "according to" {
      verb = "report"
    } else {
      verb = lemma
      let parts = label.split(separator: " ").map(String.init)
      let lemmaWords = lemma.split(separator: " ").count
      if lx.support.contains(label) {
        // "take place", "happen", "held": told with the lemma ("hold", not "helds").
        let rest = label.split(separator: " ").dropFirst().joined(separator: " ")
        verb = rest.isEmpty ? lemma : lemma + " " + rest
      } else if parts.count > lemmaWords, parts[0] == event.text.lowercased() || parts[0] == lemma {
        objectWords = parts.dropFirst(lemmaWords).joined(separator: " ")
      } else if objects.isEmpty, let n = nextNoun {
        objectWords = n
      }
    }
    // An object already said by the predicate ("sent troops" + "15,000 troops") is not repeated.
    if let w = objectWords {
      let last = w.split(separator: " ").last.map(String.init) ?? w
      objects.removeAll { $0.lowercased().split(separator: " ").last.map(String.init) == last }
    }
    // Nouns of mutual events ("talks with Trump") take their partners as subjects.
    if f.nominal || f.light, !agents.isEmpty {
      agents += partners
      partners = []
    }
    if agents.isEmpty, !f.nominal, event.modality != "planned" || objects.isEmpty {
      // No one named does it: the event noun it is said of ("a strike ... lasted"), else
      // the words before it ("the North's nuclear program, which derailed").
      if let noun = previousNoun {
        agents = [noun]
      } else if objects.isEmpty, partners.isEmpty, recipients.isEmpty, objectWords == nil, let subject = textSubject(f, words) {
        agents = [subject]
      }
    }

    var tail: [String] = []
    // An event noun with no verb to tell it takes its object with "of" unless its table says otherwise.
    if f.nominal, verb == nil || agents.isEmpty, preposition == nil { preposition = "of" }
    if !objects.isEmpty { tail.append([preposition, list(objects)].compactMap { $0 }.joined(separator: " ")) }
    if !recipients.isEmpty { tail.append((Self.withWords.contains(lemma) ? "with " : "to ") + list(recipients)) }
    if !partners.isEmpty { tail.append("with " + list(partners)) }
    if let p = places.first { tail.append("in " + p) }

    // An event noun with no subject, or no verb to tell it: "North Korea's nuclear program",
    // "summit with Trump".
    if f.nominal, verb == nil || agents.isEmpty {
      var head = label.isEmpty ? lemma : label
      if !agents.isEmpty { head = possessive(list(agents)) + " " + head }
      if event.negated { head = "no " + head }
      return finish(([head] + tail).joined(separator: " "))
    }
    let v = verb ?? lemma
    let plural = agents.count > 1 || self.plural(agents.first, named: parties.contains { $0.name == agents.first && $0.key != nil })
    let verbPhrase = [form(v, event, plural: plural), objectWords].compactMap { $0 }.joined(separator: " ")
    if agents.isEmpty {
      // "iPhone 3G discontinued": the object, then the participle the text used.
      let trigger = event.text.lowercased()
      if !objects.isEmpty, !event.negated, event.tense == "past", trigger != lemma, objectWords == nil {
        return finish(([list(objects), trigger] + tail.dropFirst()).joined(separator: " "))
      }
      // "Revenue reported", "Agreement reached": the object words the verb took, then its participle.
      if objects.isEmpty, let w = objectWords, !event.negated, event.tense == "past", trigger != lemma,
        !trigger.contains(" "), !f.speech, !f.reporting, !lx.simplePasts.contains(trigger),
        !lx.labelAdverbs.contains(w), !doc.timexes.contains(where: { $0.text.lowercased() == w })
      {
        return finish(([w, trigger] + tail).joined(separator: " "))
      }
      return finish(([verbPhrase] + tail).joined(separator: " "))
    }
    return finish(([list(agents), verbPhrase] + tail).joined(separator: " "))
  }

  /// A lemma the event stage cut one letter short ("carv" of "carved", "handl") gets its
  /// final "e" back, so the caption says "carves", "handles".
  static func base(_ lemma: String) -> String {
    guard !lemma.contains(" "), lemma.count > 2 else { return lemma }
    for end in ["v", "dl", "bl", "tl", "gl", "pl", "kl", "fl", "zl", "dg", "rg", "rc", "nc", "lv", "rv"] where lemma.hasSuffix(end) {
      return lemma + "e"
    }
    return lemma
  }

  /// The verb in the form a headline uses: "praises", "to meet", "does not mention".
  func form(_ base: String, _ event: Event, plural: Bool) -> String {
    if event.negated { return (plural ? "do not " : "does not ") + base }
    if event.modality == "planned" || event.tense == "future" { return "to " + base }
    if event.modality == "hypothetical" { return "may " + base }
    return plural ? base : thirdPerson(base)
  }

  /// Third person singular present: "holds", "goes", "carries", "walks out".
  func thirdPerson(_ base: String) -> String {
    let parts = base.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = parts.first else { return base }
    let rest = parts.count > 1 ? " " + parts[1] : ""
    if let irregular = lx.thirdPerson[first] { return irregular + rest }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if first.hasSuffix("y"), first.count > 1, !vowels.contains(first[first.index(first.endIndex, offsetBy: -2)]) {
      return String(first.dropLast()) + "ies" + rest
    }
    for end in ["s", "x", "z", "ch", "sh", "o"] where first.hasSuffix(end) { return first + "es" + rest }
    return first + "s" + rest
  }

  /// A plural subject takes the verb's base form: "workers gather", "15,000 troops arrive",
  /// "Analysts say" (a capital only because it opens the sentence). Names are singular ("Jobs
  /// says", "Apple Corps sues") unless they are several words ending in a plural ("Baltic Port
  /// Workers").
  private func plural(_ name: String?, named: Bool) -> Bool {
    guard let n = name, let last = n.split(separator: " ").last else { return false }
    let lower = last.lowercased()
    let plural = lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
      && !lower.hasSuffix("'s")
    if named { return plural && n.contains(" ") && last.first?.isLowercase == true }
    return plural
  }

  private func possessive(_ s: String) -> String { s.hasSuffix("s") ? s + "'" : s + "'s" }

  /// "A", "A and B", "A, B and C" (at most three).
  func list(_ names: [String]) -> String {
    let n = Array(names.prefix(3))
    switch n.count {
    case 0: return ""
    case 1: return n[0]
    default: return n.dropLast().joined(separator: ", ") + " and " + (n.last ?? "")
    }
  }

  /// The noun phrase a verb with no participant is said of, from the words before it:
  /// "the North's nuclear program, which derailed" -> "North's nuclear program".
  func textSubject(_ f: MentionFacts, _ words: WordScan) -> String? {
    var k = f.word - 1
    let skip = Self.skipBack
    var skipped = 0
    while k >= 0, skipped < 3, skip.contains(words.words[k].lower) {
      k -= 1
      skipped += 1
    }
    var out: [String] = []
    let stop = Self.subjectStop
    while k >= 0, out.count < 3, words.words[k].isWord, !stop.contains(words.words[k].lower),
      !words.words[k].lower.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == "," })
    {
      // An auxiliary further back ("prices were little changed", "will remain shut"): the words
      // after it belong to the verb; the subject stands before it.
      if skip.contains(words.words[k].lower) {
        out.removeAll()
        k -= 1
        continue
      }
      out.insert(words.words[k].lower, at: 0)
      k -= 1
    }
    guard !out.isEmpty else { return nil }
    return out.joined(separator: " ")
  }

  /// Up to two modifiers before the trigger ("press conference"), else up to three words after
  /// it ("release on June 24"), within the clause.
  func context(_ f: MentionFacts, _ words: WordScan, _ word: String) -> String {
    let stop = Self.contextStop
    var before: [String] = []
    var k = f.word - 1
    while k >= 0, before.count < 2, words.words[k].isWord, !stop.contains(words.words[k].lower) {
      before.insert(words.words[k].lower == words.words[k].lower.uppercased() ? words.words[k].lower.uppercased() : words.words[k].lower, at: 0)
      k -= 1
    }
    if !before.isEmpty { return (before + [word]).joined(separator: " ") }
    var after: [String] = []
    k = f.word + 1
    var marks = 0
    while k < words.words.count, after.count < 3 {
      if !words.words[k].isWord {
        // One comma or dash may be crossed ("an updated, more accurate method").
        marks += 1
        if marks > 1 || ![",", "-", "–"].contains(words.words[k].lower) || !after.isEmpty { break }
      } else {
        after.append(words.words[k].lower)
      }
      k += 1
    }
    while let last = after.last, stop.contains(last) { after.removeLast() }
    guard !after.isEmpty else { return word }
    return ([word] + after).joined(separator: " ")
  }

  /// Capitalizes the first letter, folds spaces, and cuts an overlong caption at a word.
  private func finish(_ s: String) -> String {
    var t = s.split(separator: " ").joined(separator: " ")
    if t.count > 90 {
      var cut = String(t.prefix(88))
      if let sp = cut.lastIndex(of: " ") { cut = String(cut[..<sp]) }
      t = cut + "…"
    }
    // "iTunes", "iPod", "eBay" keep their small first letter.
    let firstWord = t.split(separator: " ").first ?? ""
    if firstWord.dropFirst().contains(where: \.isUppercase) { return t }
    guard let first = t.first else { return t }
    return first.uppercased() + t.dropFirst()
  }
}

/// Short names for captions.
enum ShortName {
  /// "Vladimir Putin" -> "Putin", "Kim Jong Un" stays, "Apple Inc." -> "Apple",
  /// "Korean Central News Agency" -> "KCNA" (when the text uses the acronym).
  static func of(_ name: String, type: EntityType, aliases: [String]) -> String {
    var words = name.split(separator: " ").map(String.init)
    guard words.count > 1 else { return name }
    let lx = StoryLexicon.shared
    switch type {
    case .person:
      if words.count == 2 { return words[1] }
      if words.count == 3, words[1].count <= 2 || words[1].hasSuffix(".") { return words[2] }
      return name
    case .organization:
      while words.count > 1, let last = words.last, lx.companyForms.contains(last.lowercased().trimmingCharacters(in: [","])) {
        words.removeLast()
        if let l = words.last, l.hasSuffix(",") { words[words.count - 1] = String(l.dropLast()) }
      }
      if words.count > 3, let acronym = acronym(aliases) { return acronym }
      return words.joined(separator: " ")
    default:
      if words.count > 4, let acronym = acronym(aliases) { return acronym }
      return name
    }
  }

  /// An all-capitals alias of 2 to 6 letters ("KCNA", "BPWU").
  static func acronym(_ aliases: [String]) -> String? {
    aliases.first { a in
      a.count >= 2 && a.count <= 6 && a.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "." }
    }
  }

  /// A description cut to its head words: "around 15,000 troops" -> "15,000 troops".
  static func description(_ text: String) -> String {
    let lead: Set<String> = [
      "around", "about", "some", "nearly", "almost", "over", "more", "than", "the", "a", "an", "its", "his", "her", "their",
      "our", "up", "to", "at", "least", "roughly", "approximately",
    ]
    var words = text.split(separator: " ").map(String.init)
    while words.count > 1, let w = words.first, lead.contains(w.lowercased()) { words.removeFirst() }
    if words.count > 3 { words = Array(words.suffix(3)) }
    return words.joined(separator: " ")
  }
}
