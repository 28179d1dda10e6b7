import AnnalsText
import Foundation

/// The word lists the story stage reads (Resources/en): predicate groups, the verbs that
/// tell event nouns as clauses, speech verbs, determiners, support predicates, verb forms
/// and company forms. Loaded once; a bad line is reported as `file:line: message`.
struct StoryLexicon: Sendable {
  /// Lemma or event noun -> its group name ("talks" -> "meet").
  var group: [String: String] = [:]
  /// Event noun -> (verb or nil, keep the noun as the verb's object, preposition before an object).
  var nominalVerb: [String: (verb: String?, keep: Bool, preposition: String?)] = [:]
  var speech: Set<String> = []
  var determiners: Set<String> = []
  var support: Set<String> = []
  /// Base form -> third person singular, for the irregular ones.
  var thirdPerson: [String: String] = [:]
  var companyForms: Set<String> = []
  /// Simple past forms that are no past participles ("took", "rose").
  var simplePasts: Set<String> = []
  /// Adverbs an event label may carry ("closes late"): never a caption's object.
  var labelAdverbs: Set<String> = []
  var errors: [String] = []

  static let shared = StoryLexicon.load()

  static func load() -> StoryLexicon {
    var lx = StoryLexicon()
    lx.table("predicate_groups.tsv", columns: 2) { lx, c, at in
      for raw in c[1].split(separator: ",") {
        let w = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard !w.isEmpty else { continue }
        if let g = lx.group[w], g != c[0] { lx.errors.append("\(at): '\(w)' is already in group '\(g)'") }
        lx.group[w] = c[0].lowercased()
      }
    }
    lx.table("nominal_verbs.tsv", columns: 4) { lx, c, at in
      guard c[2] == "keep" || c[2] == "drop" else { return lx.errors.append("\(at): third column must be keep or drop") }
      let verb = c[1] == "-" ? nil : c[1].lowercased()
      let preposition = c[3] == "-" ? nil : c[3].lowercased()
      lx.nominalVerb[c[0].lowercased()] = (verb, c[2] == "keep" || verb == nil, preposition)
    }
    lx.speech = lx.set("speech_verbs.txt")
    lx.determiners = lx.set("determiners.txt")
    lx.support = lx.set("support_predicates.txt")
    lx.companyForms = lx.set("company_forms.txt")
    lx.simplePasts = lx.set("simple_pasts.txt")
    lx.labelAdverbs = lx.set("label_adverbs.txt")
    lx.table("verb_forms.tsv", columns: 2) { lx, c, _ in lx.thirdPerson[c[0].lowercased()] = c[1] }
    return lx
  }

  /// The group a predicate belongs to, or the predicate itself.
  func groupOf(_ predicate: String) -> String { group[predicate] ?? predicate }

  private mutating func set(_ name: String) -> Set<String> {
    var out: Set<String> = []
    table(name, columns: 1) { _, c, _ in out.insert(c[0].lowercased()) }
    return out
  }

  /// Reads a tab-separated file with exactly `columns` columns; `#` starts a comment line.
  private mutating func table(_ name: String, columns: Int, _ body: (inout StoryLexicon, [String], String) -> Void) {
    guard let text = Self.resource(name) else {
      errors.append("\(name): missing resource")
      return
    }
    for r in ResourceTable.records(text, name: name, columns: columns...columns, errors: &errors) {
      body(&self, r.cells, r.at)
    }
  }

  static func resource(_ name: String) -> String? {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources/en") else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }
}
