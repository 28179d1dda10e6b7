/// Links events to entity mentions from clause structure: the subject before the
/// verb, the object after it, and prepositional phrases ("with X", "to X", "in X").
struct ParticipantFinder {
  let cx: Context
  let mentions: [RawMention]
  let clusters: [EntityResolver.Cluster]
  /// The outermost mention covering each token, or -1.
  private var cover: [Int]
  /// The event whose trigger is each token, or -1.
  private var eventAt: [Int]
  /// True where `eventAt` is a verb event.
  private var verbAt: [Bool]
  /// Clusters made only of unresolved descriptions ("troops"): they may label an edge.
  private var descriptive: Set<Int> = []

  init(_ cx: Context, mentions: [RawMention], clusters: [EntityResolver.Cluster], events: [RawEvent]) {
    self.cx = cx
    self.mentions = mentions
    self.clusters = clusters
    cover = Array(repeating: -1, count: cx.tokens.count)
    // Longest first (a stable sort of indices: no mention is copied).
    let span = mentions.map { $0.end - $0.start }
    for i in mentions.indices.sorted(by: { span[$0] > span[$1] }) {
      for k in mentions[i].start..<mentions[i].end where cover[k] < 0 { cover[k] = i }
    }
    var plain: Set<Int> = []
    for m in mentions.indices where !mentions[m].descriptive { plain.insert(mentions[m].cluster) }
    for m in mentions.indices where mentions[m].descriptive && !plain.contains(mentions[m].cluster) {
      descriptive.insert(mentions[m].cluster)
    }
    eventAt = Array(repeating: -1, count: cx.tokens.count)
    verbAt = Array(repeating: false, count: cx.tokens.count)
    for i in events.indices {
      eventAt[events[i].token] = i
      verbAt[events[i].token] = !events[i].isNoun
    }
  }

  /// Fills `participants`, light-verb labels and definite event-noun links.
  func link(_ events: inout [RawEvent]) {
    var lastByLemma = [String: Int](minimumCapacity: 2 * events.count)
    for i in events.indices {
      if events[i].isNoun { nounParticipants(&events, i) } else { verbParticipants(&events, i) }
      // Read in place (a copy of the event would retain all its strings and lists).
      let isNoun = events[i].isNoun
      let token = events[i].token
      // "the call": a definite event noun with no participants of its own refers back.
      if isNoun, events[i].participants.isEmpty, cx.tag(token - 1, .det) || cx.tag(token - 2, .det),
        let j = lastByLemma[events[i].lemma], !events[j].participants.isEmpty
      {
        events[i].participants = events[j].participants
        events[i].label = events[j].label
      }
      lastByLemma[events[i].lemma] = i
      if !events[i].isNoun, events[i].lemma != "be" { lastByLemma[events[i].label] = i }
    }
  }

  /// The preposition that governs mention `m`, looking back over determiners, titles,
  /// modifiers and possessors ("into Russia's Kursk region").
  func preposition(_ m: Int) -> String? {
    var k = mentions[m].start - 1
    var steps = 0
    while k >= 0, steps < 8 {
      if cx.tag(k, .det) || cx.tag(k, .quant) || cx.has(k, .title) || cx.ch(k) == 0x2D
        || (cover[k] >= 0 && mentions[cover[k]].modifier)
      {
        k -= 1
      } else if cx.isWord(k, cx.lx.code.s), k >= 2, cx.isApostrophe(k - 1), cover[k - 2] >= 0 {
        k = mentions[cover[k - 2]].start - 1
      } else {
        break
      }
      steps += 1
    }
    guard k >= 0, cx.tag(k, .prep) else { return nil }
    return cx.tokens[k].lower
  }

  private func role(forPreposition p: String, mention m: Int, passive: Bool, noun: Bool) -> String {
    switch p {
    case "with", "between", "among": return "co-agent"
    case "to", "for", "toward", "towards": return "recipient"
    case "in", "at", "near", "inside", "into", "across", "outside", "within": return "location"
    case "by": return passive ? "agent" : "other"
    case "against": return "patient"
    case "of": return noun ? "patient" : "other"
    default: return "other"
    }
  }

  private func isCandidate(_ m: Int) -> Bool { !mentions[m].modifier }

  /// True when mention `m` is a possessor ("Putin's" in "Putin's war").
  private func isPossessor(_ m: Int) -> Bool {
    cx.possessiveAfter(mentions[m].end) || (mentions[m].kind == .pronoun && cx.tag(mentions[m].start, .poss))
  }

  private func add(_ e: inout RawEvent, _ m: Int, _ role: String) {
    // The mention's cluster, then a plural pronoun's second one (no array per call).
    func one(_ c: Int) {
      if c >= 0, !e.participants.contains(where: { $0.0 == c && $0.1 == role }) { e.participants.append((c, role)) }
    }
    one(mentions[m].cluster)
    one(mentions[m].partner)
  }

  private func verbParticipants(_ events: inout [RawEvent], _ i: Int) {
    var e = events[i]
    let s = cx.text.sentences[e.sentence].tokens
    // Infinitives and coordinated verbs share the governing verb's subject.
    var p = e.groupStart - 1
    while p >= s.lowerBound, cx.tag(p, .adverb) { p -= 1 }
    let code = cx.lx.code
    let shares = (e.infinitive && !e.passive)
      || (p >= s.lowerBound && (cx.isWord(p, code.and) || cx.isWord(p, code.or)) && p > 0 && !isMentionEnd(p - 1))
    var subjects: [Int] = []
    if shares, let g = previousVerb(events, i) {
      for (c, r) in events[g].participants where r == "agent" { e.participants.append((c, "agent")) }
    } else {
      subjects = subject(before: e.groupStart, sentenceStart: s.lowerBound)
    }
    for m in subjects { add(&e, m, e.passive ? "patient" : "agent") }
    // Objects and prepositional phrases after the verb.
    var k = e.token + 1
    var havePatient = false
    var lastWasObject = false
    var steps = 0
    while k < s.upperBound, steps < 14 {
      if cx.isClauseBreak(k) || isComma(k) || (eventAt[k] >= 0 && (!events[eventAt[k]].isNoun || k > e.token + 1)) {
        break
      }
      if cover[k] >= 0 {
        let m = cover[k]
        if isCandidate(m) {
          if e.lemma == "according to", isPossessor(m) {
          } else if let pr = preposition(m), pr != "s" {
            var r = e.lemma == "according to" ? "agent" : role(forPreposition: pr, mention: m, passive: e.passive, noun: false)
            if pr == "with", cx.lx.verbLists.contains(e.lemma, Lexicon.withRecipientVerb) { r = "recipient" }
            add(&e, m, r)
          } else if !havePatient, !isPossessor(m) {
            add(&e, m, e.passive ? "other" : "patient")
            havePatient = true
            lastWasObject = true
          } else if lastWasObject, !isPossessor(m), coordinated(m) {
            // "released the phone and the tablet": each conjunct is an object.
            add(&e, m, e.passive ? "other" : "patient")
          }
        }
        k = mentions[m].end
      } else {
        k += 1
      }
      steps += 1
    }
    if !havePatient, !e.passive, cx.lx.verbLists.contains(e.lemma, Lexicon.evaluativeVerb), let m = judged(after: e.token, events) {
      e.participants.removeAll { $0.0 == mentions[m].cluster && $0.1 != "agent" }
      add(&e, m, "patient")
    }
    // "The price was $99": the subject is the theme, what it is equated with an attribute ("other").
    if e.copula {
      e.participants = e.participants.compactMap { p in
        p.1 == "agent" ? (p.0, "theme") : p.1 == "patient" ? (p.0, "other") : nil
      }
    }
    e.label = verbLabel(e, events)
    events[i] = e
    // Light verb + event noun: "held a phone call" takes the noun's label; the noun gets the agents.
    if cx.lx.verbLists.contains(e.lemma, Lexicon.lightVerb), let n = lightObject(events, i) {
      events[i].label = events[n].label
      events[i].mutual = events[n].mutual
      for (c, r) in e.participants where r == "agent" {
        if !events[n].participants.contains(where: { $0.0 == c }) { events[n].participants.append((c, "agent")) }
      }
    }
  }

  /// True when mention `m` follows "and"/"or" (past determiners): a conjunct.
  private func coordinated(_ m: Int) -> Bool {
    var k = mentions[m].start - 1
    while k >= 0, cx.tag(k, .det) || cx.tag(k, .quant) || cx.tag(k, .poss) { k -= 1 }
    return k >= 0 && (cx.isWord(k, cx.lx.code.and) || cx.isWord(k, cx.lx.code.or))
  }

  /// A comma that separates phrases (not the one inside "15,000").
  private func isComma(_ k: Int) -> Bool {
    guard cx.ch(k) == 0x2C else { return false }
    let digitsAround = k > 0 && cx.facts[k - 1].kind == .number && k + 1 < cx.count
      && cx.facts[k + 1].kind == .number && !cx.facts[k + 1].space
    return !digitsAround
  }

  private func isMentionEnd(_ k: Int) -> Bool { cover[k] >= 0 }

  private func previousVerb(_ events: [RawEvent], _ i: Int) -> Int? {
    var j = i - 1
    while j >= 0, events[j].sentence == events[i].sentence {
      if !events[j].isNoun, !events[j].copula { return j }
      j -= 1
    }
    return nil
  }

  /// The event noun a light verb takes as object, within a few tokens.
  private func lightObject(_ events: [RawEvent], _ i: Int) -> Int? {
    var k = events[i].token + 1
    while k < cx.count, k <= events[i].token + 4 {
      if cover[k] >= 0 || cx.facts[k].kind == .punctuation { return nil }
      if eventAt[k] >= 0 { return events[eventAt[k]].isNoun ? eventAt[k] : nil }
      k += 1
    }
    return nil
  }

  /// Subject mentions before the verb group: the nearest ungoverned mention, plus any
  /// coordinated with it ("Kim and Putin"); skips prepositional phrases and appositives.
  private func subject(before g: Int, sentenceStart: Int) -> [Int] {
    var out: [Int] = []
    var k = g - 1
    var steps = 0
    while k >= sentenceStart, steps < 24 {
      steps += 1
      if cover[k] >= 0 {
        let m = cover[k]
        if isCandidate(m), preposition(m) == nil, !isPossessor(m) {
          out.append(m)
          // Coordination: "X and Y", "X, Y and Z".
          var b = mentions[m].start - 1
          while b >= sentenceStart, cx.tag(b, .det) || cx.has(b, .title) || (cover[b] >= 0 && mentions[cover[b]].modifier) {
            b -= 1
          }
          if b >= sentenceStart, cx.isWord(b, cx.lx.code.and) || cx.ch(b) == 0x2C {
            k = b - 1
            continue
          }
          return out
        }
        k = mentions[m].start - 1
        continue
      }
      if !out.isEmpty { return out }
      if cx.ch(k) == 0x2C {
        // Skip an appositive or relative chunk: ", the leader of X," / ", who ...,".
        var c = k - 1
        while c >= sentenceStart, c > k - 12, cx.ch(c) != 0x2C { c -= 1 }
        if c >= sentenceStart, cx.ch(c) == 0x2C, cx.tag(c + 1, .det) || cx.tag(c + 1, .rel) {
          k = c - 1
          continue
        }
        return out
      }
      if cx.isClauseBreak(k) || verbAt[k] {
        return out
      }
      k -= 1
    }
    return out
  }

  private func nounParticipants(_ events: inout [RawEvent], _ i: Int) {
    var e = events[i]
    let s = cx.text.sentences[e.sentence].tokens
    let agentRole = "agent"
    // Before: a possessor ("Putin's planned meeting", "his talks") or a name modifier ("a Ukrainian incursion").
    var k = e.token - 1
    var steps = 0
    while k >= s.lowerBound, steps < 4 {
      if cover[k] >= 0 {
        let m = cover[k]
        if preposition(m) == nil || isPossessor(m) || mentions[m].kind == .pronoun { add(&e, m, agentRole) }
        break
      }
      if cx.isWord(k, cx.lx.code.s), k >= 1, cx.isApostrophe(k - 1) {
        k -= 2
        continue
      }
      // A gerund between possessor and noun only modifies it: "their deepening ties".
      let gerund = cx.listedVerb(k)?.shape == .gerund && k > s.lowerBound
        && (cx.tag(k - 1, .poss) || cx.isWord(k - 1, cx.lx.code.s))
      if cx.facts[k].kind != .word || cx.tag(k, .det) || cx.tag(k, .prep) || cx.isAnyVerb(k) && !cx.tag(k, .planCue) && !gerund {
        break
      }
      k -= 1
      steps += 1
    }
    // After: "with X", "of X", "between X and Y", "against X".
    k = e.token + 1
    steps = 0
    var lastRole: String?
    while k < s.upperBound, steps < 10 {
      if cx.isClauseBreak(k) || (eventAt[k] >= 0 && !events[eventAt[k]].isNoun) { break }
      if cx.ch(k) == 0x2C, lastRole == nil { break }
      if cover[k] >= 0 {
        let m = cover[k]
        if isCandidate(m) {
          if let pr = preposition(m) {
            let r = role(forPreposition: pr, mention: m, passive: false, noun: true)
            add(&e, m, r)
            lastRole = r
          } else if let r = lastRole, cx.isWord(mentions[m].start - 1, cx.lx.code.and) {
            add(&e, m, r)
          } else {
            break
          }
        }
        k = mentions[m].end
      } else {
        if lastRole == nil, steps > 1, cx.facts[k].kind == .word, !cx.tag(k, .prep), !cx.tag(k, .det), !cx.has(k, .title) {
          break
        }
        k += 1
      }
      steps += 1
    }
    events[i] = e
  }

  /// The one judged by an evaluative verb, inside its object phrase: "the courage of X",
  /// "the skill displayed by X", "X's work", "the bravery, heroism and spirit of X".
  private func judged(after v: Int, _ events: [RawEvent]) -> Int? {
    let s = cx.text.sentences[cx.sentenceOf[v]].tokens
    var k = v + 1
    var steps = 0
    while k < s.upperBound, steps < 20 {
      steps += 1
      if cover[k] >= 0 {
        let m = cover[k]
        let pr = preposition(m)
        if pr == nil || pr == "of" || pr == "by" || pr == "for" { return m }
        k = mentions[m].end
        continue
      }
      if cx.isClauseBreak(k) && !cx.tag(k, .prep) { return nil }
      if eventAt[k] >= 0, !events[eventAt[k]].isNoun {
        // Only a bare participle introducing its agent continues the phrase: "displayed by".
        let ev = events[eventAt[k]]
        guard ev.groupStart == k, cx.isWord(k + 1, cx.lx.code.by) else { return nil }
      }
      if cx.facts[k].kind == .punctuation, cx.ch(k) != 0x2C && cx.ch(k) != 0x2D { return nil }
      k += 1
    }
    return nil
  }

  /// "sent troops", "praised", or the trigger alone.
  private func verbLabel(_ e: RawEvent, _ events: [RawEvent]) -> String {
    let base = e.label
    if e.participants.contains(where: { $0.1 == "patient" && !descriptive.contains($0.0) }) || e.copula { return base }
    // Reporting, intending and judging verbs read best alone: "said", "praised".
    if e.eventClass != .occurrence || cx.lx.verbLists.contains(e.lemma, Lexicon.evaluativeVerb) { return base }
    var k = e.token + 1
    let n = cx.count
    let code = cx.lx.code
    while k < n, cx.tag(k, .det) || cx.tag(k, .quant) || cx.tag(k, .adverb) || cx.facts[k].kind == .number
      || (cx.ch(k) == 0x2C && k + 1 < n && cx.facts[k + 1].kind == .number && !cx.facts[k + 1].space)
    {
      k += 1
      // "thousands of troops", "large quantities of arms".
      if k < n, cx.isWord(k, code.of), cx.tag(k - 1, .quant) { k += 1 }
    }
    var count = 0
    var last = -1
    while k < n, count < 3, cx.facts[k].kind == .word, !cx.capitalized(k), !cx.isGrammar(k),
      cover[k] < 0 || mentions[cover[k]].descriptive, eventAt[k] < 0 || events[eventAt[k]].isNoun
    {
      last = k
      count += 1
      k += 1
    }
    // The object must end its phrase ("sent troops", not "signed copies of X") and be no measure word.
    guard last >= 0, count <= 2, !cx.has(last, .unitNoun),
      !(k < n && (cx.isWord(k, code.of) || (cover[k] >= 0 && !mentions[cover[k]].descriptive) || cx.possessiveAfter(k)))
    else { return base }
    let head = cx.tokens[last].lower
    guard !head.hasSuffix("ly") else { return base }
    return base + " " + head
  }
}
