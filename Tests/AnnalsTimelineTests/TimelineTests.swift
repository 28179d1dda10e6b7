import Testing

@testable import AnnalsEvents
@testable import AnnalsText
@testable import AnnalsTime
@testable import AnnalsTimeline

/// Ordering, undated events, and one story told by several articles.
@Suite struct TimelineTests {
  static func day(_ s: String) -> CivilDate {
    let p = s.split(separator: "-").compactMap { Int($0) }
    return CivilDate(year: p[0], month: p[1], day: p[2])
  }

  /// A document whose events are (lemma, value, from, to, entity names).
  static func doc(_ id: String, _ events: [(String, String?, String, String, [String])]) -> DocumentAnalysis {
    var entities: [String: Entity] = [:]
    var evs: [Event] = []
    var text = ""
    for (i, e) in events.enumerated() {
      let start = text.unicodeScalars.count
      text += e.0 + ". "
      var parts: [Participant] = []
      for name in e.4 {
        if entities[name] == nil {
          entities[name] = Entity(id: "E\(entities.count + 1)", name: name, type: .person, mentions: [])
        }
        parts.append(Participant(entity: entities[name]?.id ?? "", role: "agent"))
      }
      let time = e.1.map { v in
        EventTime(timex: nil, value: v, range: TimeRange(from: day(e.2), to: day(e.3)), basis: "timex")
      }
      evs.append(
        Event(
          id: "ev\(i + 1)", span: TextSpan(start, start + e.0.unicodeScalars.count), text: e.0, lemma: e.0,
          eventClass: .occurrence, tense: "past", negated: false, modality: "actual",
          sentence: TextSpan(start, start + e.0.unicodeScalars.count + 1), time: time, participants: parts, label: e.0))
    }
    let sentences = evs.map(\.sentence)
    return DocumentAnalysis(
      id: id, source: id, title: nil, text: text, publication: nil, sentences: sentences, timexes: [],
      entities: entities.values.sorted { $0.id < $1.id }, events: evs, relations: [], diagnostics: [])
  }

  @Test func ordersByEarliestThenLatestThenDocumentOrder() {
    let d = Self.doc(
      "a",
      [
        ("call", "2025-08-12", "2025-08-12", "2025-08-12", []),
        ("derail", "2019", "2019-01-01", "2019-12-31", []),
        ("send", "2024-FA", "2024-09-01", "2025-08-13", []),  // "since last fall"
        ("sign", "2024", "2024-01-01", "2024-12-31", []),
        ("say", nil, "", "", []),
        ("meet", "2025-08-15", "2025-08-15", "2025-08-15", []),
        ("report", "2025-08-13", "2025-08-13", "2025-08-13", []),
      ])
    let t = Timeline.build([d])
    #expect(t.dated.map(\.lemma) == ["derail", "sign", "send", "call", "report", "meet"])
    #expect(t.undated.map(\.lemma) == ["say"])
  }

  @Test func sameEventFromTwoArticlesIsListedOnceWithBothSources() {
    let a = Self.doc("a", [("strike", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz"])])
    let b = Self.doc(
      "b",
      [
        ("strike", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz", "Port Union"]),
        ("strike", "2026-03-09", "2026-03-09", "2026-03-09", ["Someone Else"]),
      ])
    let t = Timeline.build([a, b])
    let strikes = t.dated.filter { $0.lemma == "strike" }
    #expect(strikes.count == 2)
    #expect(strikes[0].sources.map(\.documentID) == ["a", "b"])
    #expect(strikes[0].entities == ["Ana Ruiz", "Port Union"])
    #expect(strikes[1].sources.map(\.documentID) == ["b"])
  }

  @Test func oneEventDatedDifferentlyByTwoArticlesIsOneEntryWithTheConflict() {
    let a = Self.doc("a", [("resign", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz", "Bo Lin"])])
    let b = Self.doc("b", [("resign", "2026-03-03", "2026-03-03", "2026-03-03", ["Bo Lin", "Ana Ruiz"])])
    let t = Timeline.build([a, b])
    #expect(t.dated.count == 1)
    #expect(t.dated[0].documentIDs == ["a", "b"])
    #expect(t.dated[0].value == "2026-03-02")
    #expect(t.dated[0].conflicts.map(\.value) == ["2026-03-03"])
    #expect(t.dated[0].conflicts.map(\.documentID) == ["b"])
  }

  @Test func datesFarApartAreTwoEvents() {
    let a = Self.doc("a", [("resign", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz", "Bo Lin"])])
    let b = Self.doc("b", [("resign", "2026-05-03", "2026-05-03", "2026-05-03", ["Bo Lin", "Ana Ruiz"])])
    let t = Timeline.build([a, b])
    #expect(t.dated.count == 2)
    #expect(t.dated.allSatisfy { $0.conflicts.isEmpty })
  }

  @Test func sameDateAndCaptionInOneDocumentIsOneEntryWithBothMentions() {
    let a = Self.doc(
      "a",
      [
        ("strike", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz"]),
        ("strike", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz"]),
      ])
    let t = Timeline.build([a])
    #expect(t.dated.count == 1)
    #expect(t.dated[0].sources.map(\.event) == ["ev1", "ev2"])
  }

  @Test func differentDaysInOneDocumentStayApart() {
    let a = Self.doc(
      "a",
      [
        ("strike", "2026-03-02", "2026-03-02", "2026-03-02", ["Ana Ruiz"]),
        ("strike", "2026-03-09", "2026-03-09", "2026-03-09", ["Ana Ruiz"]),
      ])
    #expect(Timeline.build([a]).dated.count == 2)
  }

  @Test func surnameInOneArticleJoinsFullNameInAnother() {
    let a = Self.doc("a", [("meet", "2026-03-02", "2026-03-02", "2026-03-02", ["Vladimir Putin"])])
    let b = Self.doc("b", [("meet", "2026-03-02", "2026-03-02", "2026-03-02", ["Putin"])])
    let g = RelationGraph.build([a, b])
    #expect(g.nodes.map(\.name) == ["Vladimir Putin"])
    #expect(g.nodes.first?.members.count == 2)
  }
}

/// Statements do not link a speaker to the places they talk about.
@Suite struct ReportingEdgeTests {
  @Test func reportingVerbGivesNoEdgeToAPlace() {
    let entities = [
      Entity(id: "E1", name: "Ana Ruiz", type: .person, mentions: []),
      Entity(id: "E2", name: "Gdynia", type: .location, mentions: []),
      Entity(id: "E3", name: "Bo Lin", type: .person, mentions: []),
    ]
    func event(_ id: String, _ cls: EventClass) -> Event {
      Event(
        id: id, span: TextSpan(0, 4), text: "said", lemma: "say", eventClass: cls, tense: "past", negated: false,
        modality: "actual", sentence: TextSpan(0, 10), time: nil, participants: [], label: "said")
    }
    let doc = DocumentAnalysis(
      id: "a", source: "a", title: nil, text: "Ana said so.", publication: nil, sentences: [TextSpan(0, 12)], timexes: [],
      entities: entities, events: [event("ev1", .reporting), event("ev2", .occurrence)],
      relations: [
        Relation(source: "E1", target: "E2", label: "said", event: "ev1", directed: true),
        Relation(source: "E1", target: "E3", label: "told", event: "ev1", directed: true),
        Relation(source: "E1", target: "E2", label: "visited", event: "ev2", directed: true),
      ], diagnostics: [])
    let g = RelationGraph.build([doc])
    // One edge per pair: Ana-Bo from the statement, Ana-Gdynia only from the visit.
    let name = Dictionary(g.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let pairs = g.edges.map { Set([name[$0.source] ?? "", name[$0.target] ?? ""]) }
    #expect(Set(pairs) == [["Ana Ruiz", "Bo Lin"], ["Ana Ruiz", "Gdynia"]])
    let place = g.edges.first { Set([name[$0.source] ?? "", name[$0.target] ?? ""]) == ["Ana Ruiz", "Gdynia"] }
    #expect(place?.events.map(\.event) == ["ev2"])
  }
}
