import AnnalsEvents
import AnnalsText
import AnnalsTime

/// The story told by a set of documents: one entry per real event with every mention,
/// its best date, conflicts, a caption and a salience score.
public struct Story: Sendable {
  public var events: [StoryEvent]
  /// The story event each mention belongs to (an index into `events`).
  public var eventOf: [MentionRef: Int]
  /// Every cross-document entity, by key.
  public var entities: [String: StoryEntity]
  /// The sentence of every event mention, by document and event index.
  public var sentences: [[Int]] = []
  /// Every entity mention's text and sentence (names and descriptions, not pronouns), for
  /// finding where a name is used (`EntityFocus`).
  public var mentionSentences: [(text: String, sentence: SentenceRef)] = []

  /// A sentence of a document.
  public struct SentenceRef: Hashable, Sendable {
    public var document: Int
    public var sentence: Int
  }

  /// The sentence that holds a mention.
  public func sentence(of m: MentionRef) -> SentenceRef {
    let s = m.document < sentences.count && m.event < sentences[m.document].count ? sentences[m.document][m.event] : -1
    return SentenceRef(document: m.document, sentence: s)
  }

  /// Problems in the story's data files (`file:line: message`); empty when all is well.
  public static var lexiconErrors: [String] { StoryLexicon.shared.errors }

  public init(events: [StoryEvent], eventOf: [MentionRef: Int], entities: [String: StoryEntity]) {
    self.events = events
    self.eventOf = eventOf
    self.entities = entities
  }

  /// Builds the story: coreference within and across documents, dates, captions, salience.
  public static func build(_ docs: [StoryDocument], entities: [StoryEntity]) -> Story {
    let lx = StoryLexicon.shared
    let entityByKey = Dictionary(entities.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    var scans: [WordScan] = []
    var facts: [[MentionFacts]] = []
    var heads: [(Int?, Set<Int>)] = []
    for (d, doc) in docs.enumerated() {
      let words = WordScan(doc.text)
      let hl = MentionFacts.headlineAndLede(doc, words)
      scans.append(words)
      heads.append(hl)
      facts.append(MentionFacts.make(doc, d, words, headline: hl.0, lede: hl.1, lx))
    }
    var coref = EventCoreference(facts)
    for (d, doc) in docs.enumerated() {
      coref.withinDocument(d, doc, scans[d], headline: heads[d].0, lede: heads[d].1)
    }
    coref.acrossDocuments()
    let groups = coref.groups()

    // Short names of every entity of every document.
    let names: [[String: String]] = docs.map { doc in
      var out: [String: String] = [:]
      for e in doc.entities {
        if let key = doc.entityKeys[e.id], let se = entityByKey[key] {
          out[e.id] = ShortName.of(se.name, type: se.type, aliases: se.aliases)
        } else if !e.descriptive {
          out[e.id] = ShortName.of(e.name, type: e.type, aliases: e.mentions.map(\.text))
        } else {
          out[e.id] = ShortName.description(e.mentions.first(where: { $0.kind != .pronoun })?.text ?? e.name)
        }
      }
      return out
    }

    var built: [StoryEvent] = []
    /// Participants a caption borrowed from its sentence, by story event (they count for salience).
    var borrowedCount: [Int] = []
    for members in groups {
      let head = Self.head(members, facts, docs)
      let (time, conflicts) = StoryDates.choose(members, head: head, docs: docs, facts: facts)
      var keys: [String] = facts[head.document][head.event].keys
      for m in members {
        for k in facts[m.document][m.event].keys where !keys.contains(k) { keys.append(k) }
      }
      let f = facts[head.document][head.event]
      let doc = docs[head.document]
      let event = doc.events[head.event]
      let borrowed = Self.borrowed(head, facts: facts[head.document], doc: doc, names: names[head.document])
      let next = Self.nextNoun(head, facts: facts[head.document], doc: doc, words: scans[head.document])
      let previous = Self.previousNoun(head, facts: facts[head.document], doc: doc, words: scans[head.document])
      let caption = CaptionBuilder().caption(
        event, f, doc, scans[head.document], names: names[head.document], borrowed: borrowed, nextNoun: next,
        previousNoun: previous)
      let listed = members.contains { facts[$0.document][$0.event].listed }
      var story = StoryEvent(
        mentions: members, head: head, time: time, conflicts: conflicts, participants: keys, caption: caption,
        salience: 0, selected: false, listed: listed)
      for m in members { story.actors.formUnion(facts[m.document][m.event].core) }
      built.append(story)
      borrowedCount.append(borrowed.count)
    }
    (built, borrowedCount) = Self.mergeSameCaption(built, borrowedCount)

    var eventOf: [MentionRef: Int] = [:]
    for (i, e) in built.enumerated() {
      for m in e.mentions { eventOf[m] = i }
      let f = facts[e.head.document][e.head.event]
      let ev = docs[e.head.document].events[e.head.event]
      let named = max(e.participants.count, borrowedCount[i])
      let hasObject = ev.participants.contains { ["patient", "theme", "recipient"].contains($0.role) }
      built[i].salience = Salience.score(
        Salience.Inputs(
          dating: e.time?.dating ?? .undated, named: named, hasObject: hasObject, mentions: e.mentions.count,
          documents: e.documents.count, bestPosition: e.mentions.map { facts[$0.document][$0.event].position }.min() ?? 2,
          speech: e.mentions.allSatisfy { facts[$0.document][$0.event].speech }, reporting: f.reporting,
          eventClass: ev.eventClass, negated: ev.negated, hypothetical: ev.modality == "hypothetical",
          bareNoun: f.nominal && ev.participants.isEmpty && borrowedCount[i] == 0, conflict: !e.conflicts.isEmpty))
    }
    let listed = built.indices.filter { built[$0].listed }
    let chosen = Salience.select(listed.map { built[$0].salience })
    for (n, i) in listed.enumerated() where chosen.contains(n) { built[i].selected = true }
    var story = Story(events: built, eventOf: eventOf, entities: entityByKey)
    story.sentences = facts.map { $0.map(\.sentence) }
    for (d, doc) in docs.enumerated() {
      for e in doc.entities {
        for m in e.mentions where m.kind != .pronoun {
          guard let s = sentenceIndex(doc.sentences, m.span.start) else { continue }
          story.mentionSentences.append((m.text, SentenceRef(document: d, sentence: s)))
        }
      }
    }
    return story
  }

  /// The mention that names the event best: the most named participants, a verb over a
  /// noun, a date of its own, the earliest.
  static func head(_ members: [MentionRef], _ facts: [[MentionFacts]], _ docs: [StoryDocument]) -> MentionRef {
    var best = members[0]
    var bestScore = -Double.infinity
    for m in members {
      let f = facts[m.document][m.event]
      var s = Double(f.keys.count) * 2
      if f.light { s += 1.5 }
      if !f.nominal { s += 1 }
      if f.range != nil { s += 1 }
      if f.listed { s += 1 }
      if f.speech { s -= 3 }
      if f.position == 1 { s += 0.5 }
      if docs[m.document].events[m.event].participants.isEmpty { s -= 1 }
      if s > bestScore {
        best = m
        bestScore = s
      }
    }
    return best
  }

  /// Participants for an event noun with none of its own: the agents of the nearest event
  /// of the same sentence and date ("the agreement they signed during a summit last year").
  static func borrowed(_ head: MentionRef, facts: [MentionFacts], doc: StoryDocument, names: [String: String]) -> [CaptionBuilder.Party] {
    let f = facts[head.event]
    guard f.nominal, doc.events[head.event].participants.isEmpty else { return [] }
    let value = doc.events[head.event].time?.value
    let candidates = facts.indices.filter { j in
      j != head.event && facts[j].sentence == f.sentence && !facts[j].speech && doc.events[j].time?.value == value
        && doc.events[j].participants.contains { $0.role == "agent" }
    }.sorted { abs($0 - head.event) < abs($1 - head.event) }
    guard let j = candidates.first else { return [] }
    return doc.events[j].participants.filter { $0.role == "agent" }.compactMap { p in
      names[p.entity].map { CaptionBuilder.Party(name: $0, role: "agent", key: doc.entityKeys[p.entity]) }
    }
  }

  /// The label of an event noun within four words after a verb ("discuss their deepening ties").
  static func nextNoun(_ head: MentionRef, facts: [MentionFacts], doc: StoryDocument, words: WordScan) -> String? {
    let f = facts[head.event]
    guard !f.nominal, !f.light, head.event + 1 < facts.count else { return nil }
    let n = facts[head.event + 1]
    guard n.sentence == f.sentence, n.nominal, n.word - f.word <= 4, n.word > f.word else { return nil }
    // Only determiners and modifiers between: "discuss their deepening ties", not "signed during a summit".
    let between = words.words[(f.word + 1)..<n.word]
    let blocked: Set<String> = ["during", "in", "on", "at", "for", "with", "by", "since", "after", "before", "to", "from", "as", "of", "and", "or", "that", "which"]
    guard between.allSatisfy({ $0.isWord && !blocked.contains($0.lower) }) else { return nil }
    // A word inside a date ("made available today") is no object.
    let span = doc.events[head.event + 1].span
    if doc.timexes.contains(where: { $0.span.start <= span.start && span.end <= $0.span.end }) { return nil }
    // A compound label that reaches back over the verb ("reports loss" in "Acme reports loss")
    // keeps only the words after it.
    let label = doc.events[head.event + 1].label.lowercased().split(separator: " ")
    let over = f.word - (n.word - (label.count - 1)) + 1
    guard over < label.count else { return nil }
    return label.dropFirst(max(0, over)).joined(separator: " ")
  }

  /// The event noun a verb with no named subject is said of: the nearest earlier event noun
  /// of the same sentence within eight words, with no other verb between ("A strike at
  /// Gdynia in 2019 lasted").
  static func previousNoun(_ head: MentionRef, facts: [MentionFacts], doc: StoryDocument, words: WordScan) -> String? {
    let f = facts[head.event]
    guard !f.nominal, !f.light, doc.events[head.event].participants.allSatisfy({ $0.role != "agent" }) else { return nil }
    var j = head.event - 1
    while j >= 0, facts[j].sentence == f.sentence, f.word - facts[j].word <= 8 {
      if facts[j].nominal { return doc.events[j].label.lowercased() }
      // Another verb between: the noun belongs to it.
      return nil
    }
    return nil
  }

  /// Entries with the same date and the same caption tell one event: one entry, every mention.
  static func mergeSameCaption(_ events: [StoryEvent], _ extra: [Int]) -> ([StoryEvent], [Int]) {
    var out: [StoryEvent] = []
    var outExtra: [Int] = []
    var slot: [String: Int] = [:]
    for (n, e) in events.enumerated() {
      guard e.listed, let t = e.time else {
        out.append(e)
        outExtra.append(extra[n])
        continue
      }
      let key = t.value + "\u{1F}" + e.caption.lowercased()
      if let i = slot[key] {
        out[i].mentions = (out[i].mentions + e.mentions).sorted()
        for k in e.participants where !out[i].participants.contains(k) { out[i].participants.append(k) }
        out[i].actors.formUnion(e.actors)
        for c in e.conflicts where !out[i].conflicts.contains(c) { out[i].conflicts.append(c) }
        if t.dating == .expression, out[i].time?.dating != .expression { out[i].time = t }
      } else {
        slot[key] = out.count
        out.append(e)
        outExtra.append(extra[n])
      }
    }
    return (out, outExtra)
  }
}
