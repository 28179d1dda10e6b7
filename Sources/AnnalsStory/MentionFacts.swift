import AnnalsEvents
import AnnalsText
import AnnalsTime

/// What coreference, dating, captions and salience need to know about one event mention,
/// computed once from the event and the words around it.
struct MentionFacts {
  var ref: MentionRef
  var sentence: Int
  /// Word index of the trigger in the document's `WordScan`.
  var word: Int
  /// The predicate compared between mentions: the lemma, or the event noun a light verb
  /// carries ("held a phone call" -> "phone call").
  var predicate: String
  /// The event's label, lower-cased ("take place", "sent troops").
  var label: String
  /// `predicate`'s group ("talks" -> "meet").
  var group: String
  /// A noun ("the call", "talks"), not a verb form.
  var nominal: Bool
  /// A light verb carrying an event noun ("held" in "held a phone call").
  var light: Bool
  /// Preceded by a determiner or a possessive: it refers back ("the call", "Putin's meeting").
  var definite: Bool
  /// Cross-document keys of named participants, in participant order.
  var keys: [String]
  /// Keys of agents and co-agents.
  var agents: Set<String>
  /// Keys of participants that act or are acted on (not only a place or a mention in passing).
  var core: Set<String>
  /// Its own explicit time (a governing expression).
  var range: TimeRange?
  var reporting: Bool
  /// "said", "according to": frames a statement, tells no event of its own.
  var speech: Bool
  var negated: Bool
  var listed: Bool
  /// In the headline (0), the lede (1), or the body (2).
  var position: Int
}

extension MentionFacts {
  /// Words before a verb form that is not a noun: "to discuss", "could happen", "did not mention".
  static let verbal: Set<String> = ["to", "could", "would", "will", "may", "might", "can", "should", "must", "did", "does", "do", "not", "shall"]

  static func make(
    _ doc: StoryDocument, _ d: Int, _ words: WordScan, headline: Int?, lede: Set<Int>, _ lx: StoryLexicon
  ) -> [MentionFacts] {
    var out: [MentionFacts] = []
    out.reserveCapacity(doc.events.count)
    for (i, ev) in doc.events.enumerated() {
      let sentence = sentenceIndex(doc.sentences, ev.span.start) ?? -1
      let w = words.index(at: ev.span.start)
      let trigger = ev.text.lowercased()
      let label = ev.label.lowercased()
      // A label that does not hold the trigger is the event noun a light verb carries.
      let light = !label.isEmpty && !trigger.contains(" ") && !label.contains(trigger)
        && !label.split(separator: " ").contains(where: { $0 == Substring(trigger) })
        && ev.tense != "none" && !lx.support.contains(label)
      let predicate = light ? label : ev.lemma.lowercased()
      let previous = w > 0 ? words.words[w - 1] : nil
      // "to discuss", "could happen", "did not mention": verb forms, not nouns.
      let infinitive = previous.map { $0.isWord && Self.verbal.contains($0.lower) } ?? false
      // Up to three words back inside the noun phrase: "the call", "the Trump meeting",
      // "Putin's planned meeting".
      var determined = false
      var k = w - 1
      var steps = 0
      while k >= 0, steps < 3, words.words[k].isWord {
        let lower = words.words[k].lower
        if lx.determiners.contains(lower) || lower.hasSuffix("'s") || lower.hasSuffix("’s") {
          determined = true
          break
        }
        if lower == "a" || lower == "an" { break }
        k -= 1
        steps += 1
      }
      let lemma = ev.lemma.lowercased()
      let compound = label.split(separator: " ").last.map { $0 == Substring(trigger) } ?? false
      let nominal = ev.tense == "none" && !infinitive
        && (lemma == trigger || (compound && label.contains(" ")) || (determined && trigger.hasSuffix("ing"))
          || lx.nominalVerb[trigger] != nil)
      let definite = nominal && determined
      var keys: [String] = []
      var agents: Set<String> = []
      var core: Set<String> = []
      for p in ev.participants {
        guard let key = doc.entityKeys[p.entity] else { continue }
        if !keys.contains(key) { keys.append(key) }
        if p.role == "agent" || p.role == "co-agent" { agents.insert(key) }
        if p.role != "location" && p.role != "other" { core.insert(key) }
      }
      let explicit = ev.time?.range
      let position = sentence == headline ? 0 : (lede.contains(sentence) ? 1 : 2)
      out.append(
        MentionFacts(
          ref: MentionRef(document: d, event: i), sentence: sentence, word: w, predicate: predicate, label: label,
          group: lx.groupOf(predicate), nominal: nominal, light: light, definite: definite, keys: keys, agents: agents, core: core,
          range: explicit, reporting: ev.eventClass == .reporting, speech: lx.speech.contains(ev.lemma.lowercased()),
          negated: ev.negated, listed: ev.salient, position: position))
    }
    return out
  }

  /// The headline sentence (the one that repeats the title) and the lede (the next two
  /// sentences of at least six words).
  static func headlineAndLede(_ doc: StoryDocument, _ words: WordScan) -> (Int?, Set<Int>) {
    var headline: Int? = nil
    let titleWords = doc.title.map { WordScan($0).words.filter(\.isWord).map(\.lower) } ?? []
    var lede: Set<Int> = []
    for (i, s) in doc.sentences.prefix(4).enumerated() where headline == nil && !titleWords.isEmpty {
      let ws = words.words[words.range(s)].filter(\.isWord).map(\.lower)
      if !ws.isEmpty, ws.count >= titleWords.count / 2, Array(ws.prefix(titleWords.count)) == Array(titleWords.prefix(ws.count)) {
        headline = i
      }
    }
    var i = (headline ?? -1) + 1
    while i < doc.sentences.count && lede.count < 2 {
      if words.range(doc.sentences[i]).count >= 6 { lede.insert(i) }
      i += 1
    }
    return (headline, lede)
  }
}
