/// Verb and event-noun tables: regular forms are generated from the lemma, irregular
/// ones are listed in verbs.tsv.
extension Lexicon {
  mutating func loadVerbs() {
    loadTable("verbs.tsv", columns: 2...3) { l, c, at in
      guard let cls = EventClass(rawValue: c[1]) else { return l.errors.append("\(at): unknown event class \(c[1])") }
      let lemma = c[0].lowercased()
      var forms: [(String, VerbForm.Shape)] = Lexicon.regularForms(lemma)
      if c.count > 2 {
        let irregular = c[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if irregular.contains(where: \.isEmpty) { return l.errors.append("\(at): empty irregular form") }
        // The first irregular form is the past, the second the participle; one form serves both.
        if irregular.count == 1 {
          forms.removeAll { $0.1 == .past || $0.1 == .participle || $0.1 == .pastOrParticiple }
          forms.append((irregular[0], .pastOrParticiple))
        } else {
          forms.removeAll { $0.1 == .past || $0.1 == .participle || $0.1 == .pastOrParticiple }
          forms.append((irregular[0], .past))
          for f in irregular.dropFirst() {
            forms.append((f, f.hasSuffix("s") && !f.hasSuffix("ss") && f != irregular[0] ? .third : .participle))
          }
        }
      }
      for (form, shape) in forms {
        // A form that is both past and participle, or already known, keeps the first lemma.
        if let old = l.verbs[form] {
          if old.lemma == lemma, old.shape != shape, shape == .participle || shape == .past {
            l.verbs[form]?.shape = .pastOrParticiple
          }
          continue
        }
        l.verbs[form] = VerbForm(lemma: lemma, eventClass: cls, shape: shape)
      }
    }
  }

  mutating func loadNouns() {
    loadTable("event_nouns.tsv", columns: 3...3) { l, c, at in
      guard let cls = EventClass(rawValue: c[1]) else { return l.errors.append("\(at): unknown event class \(c[1])") }
      guard c[2] == "0" || c[2] == "1" else { return l.errors.append("\(at): mutual must be 0 or 1") }
      let lemma = Lexicon.key(c[0])
      let noun = EventNoun(lemma: lemma, eventClass: cls, mutual: c[2] == "1")
      l.nouns[lemma] = noun
      let plural = Lexicon.plural(lemma)
      if l.nouns[plural] == nil { l.nouns[plural] = noun }
    }
  }

  static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

  static func plural(_ w: String) -> String {
    if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
    if w.hasSuffix("y"), let p = w.dropLast().last, !isVowel(p) { return String(w.dropLast()) + "ies" }
    return w + "s"
  }

  /// -s, -ed and -ing forms of a regular verb (doubling a final consonant both ways).
  static func regularForms(_ v: String) -> [(String, VerbForm.Shape)] {
    var out: [(String, VerbForm.Shape)] = [(v, .base), (plural(v), .third)]
    let chars = Array(v)
    let last = chars.last ?? " "
    let prev = chars.count > 1 ? chars[chars.count - 2] : " "
    if last == "e" {
      out.append((v + "d", .pastOrParticiple))
      out.append((String(v.dropLast()) + "ing", .gerund))
      if v.hasSuffix("ee") || v.hasSuffix("ie") { out.append((v + "ing", .gerund)) }
    } else if last == "y", !isVowel(prev) {
      out.append((String(v.dropLast()) + "ied", .pastOrParticiple))
      out.append((v + "ing", .gerund))
    } else {
      out.append((v + "ed", .pastOrParticiple))
      out.append((v + "ing", .gerund))
      let ante = chars.count > 2 ? chars[chars.count - 3] : " "
      if !isVowel(last), !"wxy".contains(last), isVowel(prev), !isVowel(ante) {
        out.append((v + String(last) + "ed", .pastOrParticiple))
        out.append((v + String(last) + "ing", .gerund))
      }
    }
    return out
  }
}
