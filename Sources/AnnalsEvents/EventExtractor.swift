import AnnalsText
import AnnalsTime

/// Finds entities, events, participants and relations in one tokenized document.
///
/// Gazetteers and lexicons load once from Resources/en into a shared lexicon, so
/// `EventExtractor()` is cheap.
public struct EventExtractor: Sendable {
  public init() {}

  /// Problems found in the data files (`file:line: message`); empty when all is well.
  public static var lexiconErrors: [String] {
    Lexicon.shared.errors + TimeSignalTable.shared.errors + PhrasalVerbs.shared.errors
  }

  /// Entities (ids `E1..` by first mention), events (`ev1..` in text order) and relations.
  public func extract(_ text: TokenizedText, timexes: [Timex], publication: PublicationDate?) -> EventLayer {
    let cx = Context(text, timexes: timexes, lexicon: Lexicon.shared)
    var mentions = NameFinder(cx).find()
    var clusters = EntityResolver(cx: cx).resolve(&mentions)
    Coreference(cx: cx).resolve(&mentions, clusters: &clusters)
    EntityResolver(cx: cx).addTitled(&mentions, clusters)
    NominalFinder(cx: cx).find(&mentions, &clusters)
    clusters = rebuildMembers(mentions, clusters)

    var covered = Array(repeating: false, count: cx.tokens.count)
    for i in mentions.indices where mentions[i].kind != .pronoun {
      // A description hides only its head from the trigger finder ("war-weary troops").
      let end = mentions[i].end
      for k in (mentions[i].descriptive ? end - 1 : mentions[i].start)..<end { covered[k] = true }
    }
    var events = TriggerFinder(cx: cx).find(covered: covered)
    ParticipantFinder(cx, mentions: mentions, clusters: clusters, events: events).link(&events)
    let times = TimeAnchor(cx: cx, timexes: timexes, publication: publication).anchor(events)
    return build(cx, mentions, clusters, events, times)
  }

  private func rebuildMembers(_ ms: [RawMention], _ cl: [EntityResolver.Cluster]) -> [EntityResolver.Cluster] {
    var out = cl
    for i in out.indices { out[i].members = [] }
    // By index: a copy of each mention would retain its strings.
    for i in ms.indices {
      let c = ms[i].cluster
      if c >= 0 && c < out.count { out[c].members.append(i) }
    }
    return out
  }

  private func build(
    _ cx: Context, _ ms: [RawMention], _ clusters: [EntityResolver.Cluster], _ raw: [RawEvent],
    _ times: [EventTime?]
  ) -> EventLayer {
    // Entity ids by first mention. Members are in index order (`rebuildMembers`): the first is the least.
    let firstStart = clusters.map { $0.members.first.map { ms[$0].start } ?? 0 }
    let order = clusters.indices.filter { !clusters[$0].members.isEmpty }.sorted {
      (firstStart[$0], $0) < (firstStart[$1], $1)
    }
    var idOf = [String?](repeating: nil, count: clusters.count)
    var entities: [Entity] = []
    entities.reserveCapacity(order.count)
    for c in order {
      let id = Self.numbered("E", entities.count + 1)
      idOf[c] = id
      entities.append(
        Entity(
          id: id, name: clusters[c].name, type: clusters[c].type, mentions: mentions(cx, ms, clusters[c].members),
          descriptive: clusters[c].members.allSatisfy { ms[$0].descriptive }))
    }
    var events: [Event] = []
    events.reserveCapacity(raw.count)
    var relations: [Relation] = []
    // Clusters made only of unresolved descriptions take part in events but draw no edges.
    let descriptive = clusters.map { cl in !cl.members.isEmpty && cl.members.allSatisfy { ms[$0].descriptive } }
    // Fields read in place: a copy of each raw event would retain its strings and lists.
    for i in raw.indices {
      let id = Self.numbered("ev", events.count + 1)
      let token = raw[i].token
      let first = raw[i].phraseFirst
      // A multi-word trigger ("took over", "price war") spans its words.
      let span = first >= 0 ? TextSpan(cx.tokens[first].start, cx.tokens[raw[i].phraseLast].end) : cx.tokens[token].span
      let sentence = cx.text.sentences[raw[i].sentence].span
      let edges = !raw[i].negated && !raw[i].copula && !raw[i].modifier
      var participants: [Participant] = []
      // The participants that may draw an edge, in the same order.
      var drawn: [Participant] = []
      if !raw[i].participants.isEmpty { participants.reserveCapacity(raw[i].participants.count) }
      for (c, r) in raw[i].participants {
        guard c >= 0, c < idOf.count, let eid = idOf[c] else { continue }
        let p = Participant(entity: eid, role: r)
        if !participants.contains(p) {
          participants.append(p)
          if edges, !descriptive[c] { drawn.append(p) }
        }
      }
      let time = times[i]
      let salient = Self.salient(raw[i], participants, time)
      events.append(
        Event(
          id: id, span: span, text: first >= 0 ? cx.text.text(span) : cx.tokens[token].text, lemma: raw[i].lemma,
          eventClass: raw[i].eventClass, tense: raw[i].tense, negated: raw[i].negated, modality: raw[i].modality,
          sentence: sentence, time: time, participants: participants, label: raw[i].label, salient: salient))
      if drawn.count >= 2 {
        relations.append(contentsOf: Self.relations(id, raw[i].label, raw[i].mutual, drawn))
      }
    }
    return EventLayer(entities: entities, events: events, relations: relations)
  }

  /// The mention list of one entity: its members in text order, one per span. A pronoun that
  /// stands for two entities belongs to neither list.
  private func mentions(_ cx: Context, _ ms: [RawMention], _ members: [Int]) -> [Mention] {
    var keep = members.filter { ms[$0].partner < 0 }
    // `ms` is sorted by (start, end), so members in index order usually are too: sort only when not.
    let inOrder = zip(keep, keep.dropFirst()).allSatisfy { a, b in (ms[a].start, ms[a].end) <= (ms[b].start, ms[b].end) }
    if !inOrder { keep.sort(by: { (ms[$0].start, ms[$0].end) < (ms[$1].start, ms[$1].end) }) }
    var out: [Mention] = []
    out.reserveCapacity(keep.count)
    // Spans come in order, so a repeated span is the last one kept; a token stream whose
    // offsets do not rise with its indices falls back to a search of the whole list.
    var rising = true
    for k in keep {
      let span = TextSpan(cx.tokens[ms[k].start].start, cx.tokens[ms[k].end - 1].end)
      if let last = out.last?.span {
        if last == span { continue }
        if !(last < span) { rising = false }
        if !rising, out.contains(where: { $0.span == span }) { continue }
      }
      out.append(Mention(span: span, text: cx.text.text(span), kind: ms[k].kind))
    }
    return out
  }

  /// "E12", "ev3": a short prefix and a positive number, without formatting machinery
  /// (a result this short is stored inline, with no allocation).
  static func numbered(_ prefix: StaticString, _ n: Int) -> String {
    guard n > 0 else { return prefix.description + String(n) }
    let p = prefix.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: p + 20) { buf in
      prefix.withUTF8Buffer { for (i, b) in $0.enumerated() { buf[i] = b } }
      var digits = 0
      var m = n
      while m > 0 {
        digits += 1
        m /= 10
      }
      m = n
      for k in stride(from: p + digits - 1, through: p, by: -1) {
        buf[k] = UInt8(48 + m % 10)
        m /= 10
      }
      return p + digits
    }
  }

  /// An event worth a line of its own: one with a participant or a date of its own,
  /// and not a bare "be"/"have" ("all measures", "the ties" are not).
  static func salient(_ e: RawEvent, _ ps: [Participant], _ t: EventTime?) -> Bool {
    if e.copula || (e.modifier && !e.isNoun) { return false }
    // A date of its own places it; a duration alone ("lasted three days") does not.
    return !ps.isEmpty || (t?.timex != nil && t?.range != nil)
  }

  /// One relation per pair of distinct participants: agent -> patient/recipient, or mutual.
  static func relations(_ event: String, _ label: String, _ mutual: Bool, _ ps: [Participant]) -> [Relation] {
    if ps.count < 2 { return [] }
    func ids(_ roles: [String]) -> [String] {
      var out: [String] = []
      for p in ps where roles.contains(p.role) && !out.contains(p.entity) { out.append(p.entity) }
      return out
    }
    var out: [Relation] = []
    func add(_ a: String, _ b: String, _ directed: Bool) {
      guard a != b else { return }
      // One edge per ordered pair when directed, per unordered pair when mutual.
      let dup = out.contains { r in
        r.directed == directed && ((r.source == a && r.target == b) || (!directed && r.source == b && r.target == a))
      }
      guard !dup else { return }
      out.append(Relation(source: a, target: b, label: label, event: event, directed: directed))
    }
    let agents = ids(["agent"])
    let partners = ids(["patient", "recipient", "theme"])
    let co = ids(["co-agent"])
    if mutual {
      let all = ids(["agent", "co-agent", "patient", "recipient", "theme"])
      for a in all.indices { for b in all.indices where b > a { add(all[a], all[b], false) } }
      return out
    }
    for a in agents.indices { for b in agents.indices where b > a { add(agents[a], agents[b], false) } }
    for a in agents {
      for p in partners { add(a, p, true) }
      for c in co { add(a, c, false) }
    }
    return out
  }
}
