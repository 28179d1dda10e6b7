import AnnalsText

/// One vocabulary over every word list: a document looks each distinct word up once and
/// then reads plain integers instead of hashing the same string into twenty sets.
extension Lexicon {
  /// Membership of a single word in the one-column lists.
  struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32
    static let title = WordFlags(rawValue: 1 << 0)
    static let orgSuffix = WordFlags(rawValue: 1 << 1)
    static let locationHead = WordFlags(rawValue: 1 << 2)
    static let stopcap = WordFlags(rawValue: 1 << 3)
    static let firstName = WordFlags(rawValue: 1 << 4)
    static let unitNoun = WordFlags(rawValue: 1 << 5)
    static let governmentHead = WordFlags(rawValue: 1 << 6)
    /// A prefix of some phrase key (a key of places, titles, nouns ...), itself included.
    static let phrasePrefix = WordFlags(rawValue: 1 << 7)
  }

  /// What the lists say about one word (indices into `forms`, `eventNouns`, ...; -1 for none).
  struct WordInfo: Sendable {
    var grammar: UInt32 = 0
    var flags: WordFlags = []
    /// The form verbs.tsv lists (`verbs[w]`).
    var verb: Int32 = -1
    /// `verb(w)`: the listed form, or the -ed rule's.
    var anyVerb: Int32 = -1
    var noun: Int32 = -1
    var nominal: Int8 = -1
    var entityHead: Int8 = -1
    var pronoun: Int8 = -1
  }

  /// Ids of the words the finders compare tokens with.
  struct CodeWords: Sendable {
    var and: Int32 = -1, or: Int32 = -1, of: Int32 = -1, s: Int32 = -1, to: Int32 = -1, that: Int32 = -1
    var the: Int32 = -1, this: Int32 = -1, by: Int32 = -1, no: Int32 = -1, which: Int32 = -1, who: Int32 = -1
    var it: Int32 = -1, if_: Int32 = -1, unless: Int32 = -1, won: Int32 = -1, t: Int32 = -1
    var republic: Int32 = -1, for_: Int32 = -1
  }

  static let entityTypes = EntityType.allCases

  /// Builds `index` and `words` from the loaded tables.
  mutating func buildVocabulary() {
    var vocab: [String: Int32] = [:]
    func id(_ w: String) -> Int32 {
      if let k = vocab[w] { return k }
      let k = Int32(words.count)
      vocab[w] = k
      words.append(WordInfo())
      return k
    }
    for (w, f) in verbs.sorted(by: { $0.key < $1.key }) {
      let k = Int(id(w))
      words[k].verb = Int32(forms.count)
      forms.append(f)
    }
    for (w, n) in nouns.sorted(by: { $0.key < $1.key }) {
      words[Int(id(w))].noun = Int32(eventNouns.count)
      eventNouns.append(n)
    }
    for (w, tags) in grammar {
      var mask: UInt32 = 0
      for t in tags { mask |= t.bit }
      words[Int(id(w))].grammar = mask
    }
    let lists: [(Set<String>, WordFlags)] = [
      (titles, .title), (orgSuffixes, .orgSuffix), (locationHeads, .locationHead), (stopcaps, .stopcap),
      (firstNames, .firstName), (unitNouns, .unitNoun), (governmentHeads, .governmentHead),
    ]
    for (set, flag) in lists { for w in set { words[Int(id(w))].flags.insert(flag) } }
    let types = Lexicon.entityTypes
    for (w, t) in nominals { words[Int(id(w))].nominal = Int8(types.firstIndex(of: t) ?? 0) }
    for (w, t) in entityHeads { words[Int(id(w))].entityHead = Int8(types.firstIndex(of: t) ?? 0) }
    pronounClasses = Array(Set(pronouns.values)).sorted()
    for (w, c) in pronouns { words[Int(id(w))].pronoun = Int8(pronounClasses.firstIndex(of: c) ?? 0) }
    for w in notVerbs { _ = id(w) }
    code = CodeWords(
      and: id("and"), or: id("or"), of: id("of"), s: id("s"), to: id("to"), that: id("that"), the: id("the"),
      this: id("this"), by: id("by"), no: id("no"), which: id("which"), who: id("who"), it: id("it"),
      if_: id("if"), unless: id("unless"), won: id("won"), t: id("t"), republic: id("republic"), for_: id("for"))
    // Every prefix of every phrase key: a growing phrase that is no prefix can never match.
    var keys: [String] = []
    keys += places.keys
    keys += orgs.keys
    keys += products.keys
    keys += titles
    keys += boilerplate
    keys += nouns.keys
    for d in demonyms.keys { keys += [d, d + "s"] }
    // A growing phrase ends where a token ends: after punctuation, or after a letter or digit
    // that no letter or digit follows. Only those prefixes of an ASCII key can match one.
    func alnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
    for k in keys {
      let b = Array(k.utf8)
      guard b.allSatisfy({ $0 < 128 }) else {
        asciiKeys = false
        continue
      }
      for i in b.indices where b[i] != 0x20 && (i + 1 == b.count || !alnum(b[i]) || !alnum(b[i + 1])) {
        words[Int(id(String(decoding: b[...i], as: UTF8.self)))].flags.insert(.phrasePrefix)
      }
    }
    index = WordIndex(capacity: vocab.count)
    for (w, k) in vocab.sorted(by: { $0.value < $1.value }) {
      _ = index.intern(w, next: k)
      // The -ed rule for every word the vocabulary holds (other words get it per document).
      if words[Int(k)].verb >= 0 {
        words[Int(k)].anyVerb = words[Int(k)].verb
      } else if w.hasSuffix("ed"), let f = verb(w) {
        words[Int(k)].anyVerb = Int32(forms.count)
        forms.append(f)
      }
    }
  }

  /// The -ed rule alone, for a word no list holds (`verb(w)` for such a word).
  static func edRule(_ w: String) -> VerbForm? {
    guard w.hasSuffix("ed"), w.count > 5 else { return nil }
    var stem = String(w.dropLast(2))
    if let a = stem.last, stem.dropLast().last == a, !"aeiousl".contains(a) { stem.removeLast() }
    if stem.hasSuffix("i") { stem = String(stem.dropLast()) + "y" }
    return VerbForm(lemma: stem, eventClass: .occurrence, shape: .pastOrParticiple)
  }
}

extension GrammarTag {
  /// The tag's bit in a word's grammar mask.
  var bit: UInt32 {
    switch self {
    case .det: 1 << 0
    case .poss: 1 << 1
    case .prep: 1 << 2
    case .conj: 1 << 3
    case .subord: 1 << 4
    case .rel: 1 << 5
    case .quant: 1 << 6
    case .adverb: 1 << 7
    case .negation: 1 << 8
    case .future: 1 << 9
    case .hypothetical: 1 << 10
    case .infinitive: 1 << 11
    case .subject: 1 << 12
    case .planCue: 1 << 13
    case .maybeCue: 1 << 14
    case .reportCue: 1 << 15
    case .auxBe: 1 << 16
    case .auxHave: 1 << 17
    case .auxDo: 1 << 18
    }
  }
}
