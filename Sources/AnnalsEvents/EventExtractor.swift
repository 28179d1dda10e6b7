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
    for m in mentions where m.kind != .pronoun {
      // A description hides only its head from the trigger finder ("war-weary troops").
      for k in (m.descriptive ? m.end - 1 : m.start)..<m.end { covered[k] = true }
    }
    var events = TriggerFinder(cx: cx).find(covered: covered)
    ParticipantFinder(cx, mentions: mentions, clusters: clusters, events: events).link(&events)
    let times = TimeAnchor(cx: cx, timexes: timexes, publication: publication).anchor(events)
    return build(cx, mentions, clusters, events, times)
  }

  private func rebuildMembers(_ ms: [RawMention], _ cl: [EntityResolver.Cluster]) -> [EntityResolver.Cluster] {
    var out = cl
    for i in out.indices { out[i].members = [] }
    for (i, m) in ms.enumerated() where m.cluster >= 0 && m.cluster < out.count { out[m.cluster].members.append(i) }
    return out
  }

  private func build(
    _ cx: Context, _ ms: [RawMention], _ clusters: [EntityResolver.Cluster], _ raw: [RawEvent],
    _ times: [EventTime?]
  ) -> EventLayer {
    // Entity ids by first mention.
    let order = clusters.indices.filter { !clusters[$0].members.isEmpty }.sorted {
      (ms[clusters[$0].members.min() ?? 0].start, $0) < (ms[clusters[$1].members.min() ?? 0].start, $1)
    }
    var idOf = [String?](repeating: nil, count: clusters.count)
    var entities: [Entity] = []
    for c in order {
      let id = "E" + String(entities.count + 1)
      idOf[c] = id
      var seen: Set<TextSpan> = []
      var mentions: [Mention] = []
      // A pronoun that stands for two entities belongs to neither mention list.
      for k in clusters[c].members.filter({ ms[$0].partner < 0 })
        .sorted(by: { (ms[$0].start, ms[$0].end) < (ms[$1].start, ms[$1].end) })
      {
        let m = ms[k]
        let span = TextSpan(cx.tokens[m.start].start, cx.tokens[m.end - 1].end)
        guard seen.insert(span).inserted else { continue }
        mentions.append(Mention(span: span, text: cx.text.text(span), kind: m.kind))
      }
      let desc = clusters[c].members.allSatisfy { ms[$0].descriptive }
      entities.append(Entity(id: id, name: clusters[c].name, type: clusters[c].type, mentions: mentions, descriptive: desc))
    }
    var events: [Event] = []
    var relations: [Relation] = []
    // Clusters made only of unresolved descriptions take part in events but draw no edges.
    let descriptive = clusters.map { cl in !cl.members.isEmpty && cl.members.allSatisfy { ms[$0].descriptive } }
    for (i, e) in raw.enumerated() {
      let id = "ev" + String(events.count + 1)
      let tok = cx.tokens[e.token]
      // A multi-word trigger ("took over", "price war") spans its words.
      let span = e.phraseFirst >= 0 ? TextSpan(cx.tokens[e.phraseFirst].start, cx.tokens[e.phraseLast].end) : tok.span
      let sentence = cx.text.sentences[e.sentence].span
      var participants: [Participant] = []
      // Parallel to `participants`: true for one that may draw an edge.
      var drawable: [Bool] = []
      for (c, r) in e.participants {
        guard c >= 0, c < idOf.count, let eid = idOf[c] else { continue }
        let p = Participant(entity: eid, role: r)
        if !participants.contains(p) {
          participants.append(p)
          drawable.append(!descriptive[c])
        }
      }
      events.append(
        Event(
          id: id, span: span, text: e.phraseFirst >= 0 ? cx.text.text(span) : tok.text, lemma: e.lemma, eventClass: e.eventClass, tense: e.tense,
          negated: e.negated, modality: e.modality, sentence: sentence, time: times[i], participants: participants,
          label: e.label, salient: Self.salient(e, participants, times[i])))
      if !e.negated, !e.copula, !e.modifier {
        let drawn = participants.indices.filter { drawable[$0] }.map { participants[$0] }
        relations.append(contentsOf: Self.relations(id, e.label, e.mutual, drawn))
      }
    }
    return EventLayer(entities: entities, events: events, relations: relations)
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
