import AnnalsText
import Foundation

/// A place from the gazetteer.
struct PlaceEntry: Sendable {
  enum Kind: String, Sendable { case country, capital, state, city, region, alias, context }
  var name: String
  var kind: Kind
  /// The country a capital, alias or context phrase stands for.
  var country: String?
}

/// An organization from the gazetteer.
struct OrgEntry: Sendable {
  var name: String
  var type: EntityType
  /// A country the name stands for ("the Kremlin" -> Russia).
  var standsFor: String?
}

/// A verb form: its lemma, class and what form it is.
struct VerbForm: Sendable {
  enum Shape: Sendable { case base, third, past, participle, pastOrParticiple, gerund }
  var lemma: String
  var eventClass: EventClass
  var shape: Shape
}

/// An event noun: lemma, class and whether its participants act together.
struct EventNoun: Sendable {
  var lemma: String
  var eventClass: EventClass
  var mutual: Bool
}

/// Grammar word tags from grammar.tsv.
enum GrammarTag: String, Sendable {
  case det, poss, prep, conj, subord, rel, quant, adverb, negation, future, hypothetical, infinitive, subject
  case planCue = "plan-cue"
  case maybeCue = "maybe-cue"
  case reportCue = "report-cue"
  case auxBe = "aux-be"
  case auxHave = "aux-have"
  case auxDo = "aux-do"
}

/// Every word list the event stage uses, loaded once from Resources/en.
struct Lexicon: Sendable {
  var places: [String: PlaceEntry] = [:]
  var demonyms: [String: String] = [:]
  var orgs: [String: OrgEntry] = [:]
  var products: [String: String] = [:]
  var titles: Set<String> = []
  var orgSuffixes: Set<String> = []
  /// Legal forms left out of an organization's merge key ("Corporation", "Inc.").
  var legalSuffixes: Set<String> = []
  /// Financial instruments named after their issuer ("Tesla shares", "Treasury notes").
  var instrumentHeads: Set<String> = []
  /// Nouns that make the name before them a market index ("the Hang Seng index").
  var indexHeads: Set<String> = []
  /// Verbs whose object, an unknown name, is a product (launch_verbs.txt, by lemma).
  var launchVerbs: Set<String> = []
  /// World places (scripts/gazetteer), consulted for names nothing else types.
  var gazetteer = Gazetteer([])
  var locationHeads: Set<String> = []
  var stopcaps: Set<String> = []
  /// Adjectives that are no name alone at a sentence start ("Heavy rain ...").
  var commonInitials: Set<String> = []
  var firstNames: Set<String> = []
  var lightVerbs: Set<String> = []
  var boilerplate: Set<String> = []
  var notVerbs: Set<String> = []
  var evaluativeVerbs: Set<String> = []
  /// Words never used as the object in an edge label: measures ("percent"), particles ("back").
  var unitNouns: Set<String> = []
  var governmentHeads: Set<String> = []
  var withRecipientVerbs: Set<String> = []
  /// The light, evaluative and with-recipient verbs again, for the per-event lookups.
  var verbLists = FlagWords()
  static let lightVerb: UInt8 = 1
  static let evaluativeVerb: UInt8 = 2
  static let withRecipientVerb: UInt8 = 4
  var pronouns: [String: String] = [:]
  var nominals: [String: EntityType] = [:]
  /// Heads of descriptions kept even when unresolved ("developers", "a laptop").
  var entityHeads: [String: EntityType] = [:]
  var grammar: [String: Set<GrammarTag>] = [:]
  var verbs: [String: VerbForm] = [:]
  var nouns: [String: EventNoun] = [:]
  /// Longest gazetteer key, in words.
  var maxKeyWords = 1
  /// Problems met while loading, as `file:line: message`.
  var errors: [String] = []
  /// Every single word the lists hold (and every prefix of a phrase key), by id (see Lexicon+Vocabulary).
  var index = WordIndex(capacity: 0)
  var words: [WordInfo] = []
  var forms: [VerbForm] = []
  var eventNouns: [EventNoun] = []
  var pronounClasses: [String] = []
  var code = CodeWords()
  /// True when all phrase keys are ASCII (prefix pruning is exact then).
  var asciiKeys = true

  /// The shared lexicon, loaded once.
  static let shared: Lexicon = Lexicon.load()

  /// A verb form: from verbs.tsv, or by the -ed rule for verbs it does not list.
  func verb(_ w: String) -> VerbForm? {
    if let f = verbs[w] { return f }
    guard w.hasSuffix("ed"), !notVerbs.contains(w), grammar[w] == nil, nouns[w] == nil else { return nil }
    return Lexicon.edRule(w)
  }

  /// The canonical name of a world place whose key is `key`, if the gazetteer has it.
  func place(_ key: String) -> String? {
    guard let n = gazetteer.lookup(key) else { return nil }
    return n
  }

  func has(_ word: String, _ tag: GrammarTag) -> Bool { grammar[word]?.contains(tag) ?? false }

  /// Lower-cased, whitespace-normalized lookup key of a phrase.
  static func key(_ phrase: String) -> String {
    // ASCII (nearly every phrase): lower-case and close gaps in one pass, straight into the
    // new String's storage (for ASCII, `lowercased()` changes exactly A-Z).
    let ascii: String?? = phrase.utf8.withContiguousStorageIfAvailable { b in
      guard b.allSatisfy({ $0 < 128 }) else { return nil }
      return String(unsafeUninitializedCapacity: b.count) { out in
        var n = 0
        var gap = false
        for c in b {
          if c == 0x20 || c == 0x09 {
            gap = n > 0
          } else {
            if gap {
              out[n] = 0x20
              n += 1
            }
            gap = false
            out[n] = c >= 65 && c <= 90 ? c + 32 : c
            n += 1
          }
        }
        return n
      }
    }
    if let s = ascii ?? nil { return s }
    let lower = phrase.lowercased()
    // ASCII: characters are bytes (CR LF is one character, but neither is a separator).
    let fast: String?? = lower.utf8.withContiguousStorageIfAvailable { b in
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      var gap = false
      for c in b {
        if c >= 128 { return nil }
        if c == 0x20 || c == 0x09 {
          gap = !out.isEmpty
        } else {
          if gap { out.append(0x20) }
          gap = false
          out.append(c)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    if let s = fast ?? nil { return s }
    return lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  static func load() -> Lexicon {
    var lx = Lexicon()
    lx.loadPlaces()
    lx.loadTable("demonyms.tsv", columns: 2...2) { l, c, _ in l.demonyms[Lexicon.key(c[0])] = c[1] }
    lx.loadOrgs()
    lx.loadTable("products.tsv", columns: 1...1) { l, c, _ in l.products[Lexicon.key(c[0])] = c[0] }
    lx.titles = lx.loadSet("titles.txt")
    lx.orgSuffixes = lx.loadSet("org_suffixes.txt")
    lx.legalSuffixes = lx.loadSet("legal_suffixes.txt")
    lx.instrumentHeads = lx.loadSet("instrument_heads.txt")
    lx.indexHeads = lx.loadSet("index_heads.txt")
    lx.launchVerbs = lx.loadSet("launch_verbs.txt")
    lx.gazetteer = Gazetteer.load()
    lx.locationHeads = lx.loadSet("location_heads.txt")
    lx.stopcaps = lx.loadSet("stopcaps.txt")
    lx.commonInitials = lx.loadSet("common_initials.txt")
    lx.firstNames = lx.loadSet("first_names.txt")
    lx.lightVerbs = lx.loadSet("light_verbs.txt")
    lx.boilerplate = lx.loadSet("boilerplate.txt")
    lx.notVerbs = lx.loadSet("not_verbs.txt")
    lx.evaluativeVerbs = lx.loadSet("evaluative_verbs.txt")
    lx.unitNouns = lx.loadSet("unit_nouns.txt").union(lx.loadSet("label_particles.txt"))
    lx.governmentHeads = lx.loadSet("government_heads.txt")
    lx.withRecipientVerbs = lx.loadSet("with_recipient_verbs.txt")
    lx.verbLists.add(lx.lightVerbs, bit: Lexicon.lightVerb)
    lx.verbLists.add(lx.evaluativeVerbs, bit: Lexicon.evaluativeVerb)
    lx.verbLists.add(lx.withRecipientVerbs, bit: Lexicon.withRecipientVerb)
    lx.loadTable("pronouns.tsv", columns: 2...2) { l, c, _ in l.pronouns[c[0].lowercased()] = c[1] }
    lx.loadTable("nominals.tsv", columns: 2...2) { l, c, at in
      guard let t = EntityType(rawValue: c[1]) else { return l.errors.append("\(at): unknown entity type \(c[1])") }
      l.nominals[c[0].lowercased()] = t
    }
    lx.loadTable("entity_heads.tsv", columns: 2...2) { l, c, at in
      guard let t = EntityType(rawValue: c[1]) else { return l.errors.append("\(at): unknown entity type \(c[1])") }
      let w = c[0].lowercased()
      l.entityHeads[w] = t
      let plural = Lexicon.plural(w)
      if l.entityHeads[plural] == nil { l.entityHeads[plural] = t }
    }
    for (w, t) in lx.nominals where lx.entityHeads[w] == nil {
      lx.entityHeads[w] = t
      let plural = Lexicon.plural(w)
      if lx.entityHeads[plural] == nil { lx.entityHeads[plural] = t }
    }
    lx.loadTable("grammar.tsv", columns: 2...2) { l, c, at in
      guard let t = GrammarTag(rawValue: c[1]) else { return l.errors.append("\(at): unknown grammar tag \(c[1])") }
      l.grammar[c[0].lowercased(), default: []].insert(t)
    }
    lx.loadVerbs()
    lx.loadNouns()
    for k in Array(lx.places.keys) + Array(lx.demonyms.keys) + Array(lx.orgs.keys) + Array(lx.products.keys) {
      lx.maxKeyWords = max(lx.maxKeyWords, k.split(separator: " ").count + 2)
    }
    lx.buildVocabulary()
    return lx
  }

  private mutating func loadPlaces() {
    loadTable("places.tsv", columns: 2...3) { l, c, at in
      guard let kind = PlaceEntry.Kind(rawValue: c[1]) else { return l.errors.append("\(at): unknown place kind \(c[1])") }
      let country = c.count > 2 && !c[2].isEmpty ? c[2] : nil
      if [.capital, .alias, .context].contains(kind), country == nil {
        return l.errors.append("\(at): \(kind.rawValue) needs the country it stands for")
      }
      let k = Lexicon.key(c[0])
      if l.places[k] != nil { return l.errors.append("\(at): duplicate place \(c[0])") }
      l.places[k] = PlaceEntry(name: c[0], kind: kind, country: country)
    }
    for (k, p) in places where p.kind == .capital || p.kind == .alias || p.kind == .context {
      if let c = p.country, places[Lexicon.key(c)]?.kind != .country {
        errors.append("places.tsv: \(k) stands for \(c), which is not a country in places.tsv")
      }
    }
    for (k, c) in demonyms where places[Lexicon.key(c)]?.kind != .country {
      errors.append("demonyms.tsv: \(k) names \(c), which is not a country in places.tsv")
    }
  }

  private mutating func loadOrgs() {
    loadTable("organizations.tsv", columns: 2...4) { l, c, at in
      guard let t = EntityType(rawValue: c[1]) else { return l.errors.append("\(at): unknown entity type \(c[1])") }
      let stands = c.count > 3 && !c[3].isEmpty ? c[3] : nil
      let entry = OrgEntry(name: c[0], type: t, standsFor: stands)
      l.orgs[Lexicon.key(c[0])] = entry
      if c.count > 2 {
        for alias in c[2].split(separator: "|") where !alias.isEmpty { l.orgs[Lexicon.key(String(alias))] = entry }
      }
    }
  }

  /// Reads `name` from Resources/en, one record a line; `#` starts a comment line.
  mutating func loadTable(
    _ name: String, columns: ClosedRange<Int>, _ body: (inout Lexicon, [String], String) -> Void
  ) {
    guard let text = Lexicon.resource(name) else {
      errors.append("\(name): missing resource")
      return
    }
    // grammar.tsv may list one word under several tags: its key is word and tag.
    let key: ([String]) -> String = { c in c.count > 1 && name == "grammar.tsv" ? c[0] + "\t" + c[1] : c[0] }
    for r in ResourceTable.records(text, name: name, columns: columns, errors: &errors, key: key) {
      body(&self, r.cells, r.at)
    }
  }

  /// A one-column word list as a set of lower-cased keys.
  mutating func loadSet(_ name: String) -> Set<String> {
    var out: Set<String> = []
    loadTable(name, columns: 1...1) { _, c, _ in out.insert(Lexicon.key(c[0])) }
    return out
  }

  static func resource(_ name: String) -> String? {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources/en")
    else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
