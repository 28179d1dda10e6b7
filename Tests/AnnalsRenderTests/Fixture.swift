import AnnalsEvents
import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// A small analysis built by hand, full of names that break naive escaping.
enum Fixture {
  static let publication = CivilDate(year: 2025, month: 8, day: 13)

  static let hostileEvidence = "Officials said <script>alert(1)</script> and ]]> and --> were \"quoted\" \\ here.\nSecond line\r"

  static func day(_ y: Int, _ m: Int, _ d: Int) -> TimeRange { TimeRange(day: CivilDate(year: y, month: m, day: d)) }

  static func span(_ a: CivilDate, _ b: CivilDate) -> TimeRange { TimeRange(from: a, to: b) }

  static func entry(
    _ n: Int, value: String?, range: TimeRange?, expression: String?, label: String, entities: [String],
    evidence: String, eventClass: EventClass = .occurrence, negated: Bool = false, document: Int = 0
  ) -> TimelineEntry {
    TimelineEntry(
      document: document, documentID: document == 0 ? "doc-1" : "doc \"2\"", event: "ev\(n)", trigger: label,
      label: label, eventClass: eventClass, negated: negated, modality: "actual", value: value, range: range,
      expression: expression, basis: range == nil ? nil : "timex", entities: entities, evidence: evidence,
      span: TextSpan(n * 10, n * 10 + 5))
  }

  /// Day-precise entries (drawn as points) and coarse ones (drawn as bars).
  static let dated: [TimelineEntry] = [
    entry(1, value: "2019", range: span(CivilDate(year: 2019, month: 1, day: 1), CivilDate(year: 2019, month: 12, day: 31)),
      expression: "in 2019", label: "met", entities: ["Kim Jong Un", "Donald Trump"], evidence: "They met in 2019."),
    entry(2, value: "2024-FA", range: span(CivilDate(year: 2024, month: 9, day: 1), CivilDate(year: 2024, month: 11, day: 30)),
      expression: "last fall", label: "deployed", entities: ["김정은 {Kim}"], evidence: "Troops were deployed last fall."),
    entry(3, value: "2024-FA", range: span(CivilDate(year: 2024, month: 9, day: 1), publication),
      expression: "since last fall", label: "fought", entities: ["Москва"], evidence: "They have fought since last fall."),
    entry(4, value: "2025-08-08", range: day(2025, 8, 8), expression: "last Friday", label: "announced",
      entities: [], evidence: "It was announced last Friday."),
    entry(5, value: "2025-08-12", range: day(2025, 8, 12), expression: "on Tuesday", label: "praised",
      entities: ["Vladimir \"Vova\" Putin", "<script>alert(1)</script>"], evidence: hostileEvidence),
    entry(6, value: "2025-08-12", range: day(2025, 8, 12), expression: "Tuesday", label: "phone call | chat",
      entities: ["Vladimir \"Vova\" Putin", "김정은 {Kim}"], evidence: "Putin and Kim held a phone call on Tuesday."),
    entry(7, value: "2025-08-13", range: day(2025, 8, 13), expression: "Wednesday", label: "said",
      entities: ["KCNA"], evidence: "State media said Wednesday.", eventClass: .reporting),
    entry(8, value: "2025-08-15", range: day(2025, 8, 15), expression: "Friday", label: "=cmd|' /C calc'!A0",
      entities: ["+Trump", "@home"], evidence: "-Talks are scheduled Friday, in Alaska.", document: 1),
  ]

  static let undated: [TimelineEntry] = [
    entry(9, value: nil, range: nil, expression: nil, label: "warned", entities: ["Ким Чен Ын"],
      evidence: "He warned the West.\u{1B}[31mred", negated: true),
  ]

  static let nodes: [GraphNode] = [
    GraphNode(id: "n1", name: "Vladimir \"Vova\" Putin", type: .person, mentions: 4, members: []),
    GraphNode(id: "n2", name: "김정은 {Kim}", type: .person, mentions: 3, members: []),
    GraphNode(id: "n3", name: "<script>alert(1)</script>", type: .organization, mentions: 1, members: []),
    GraphNode(id: "n4", name: "Back\\slash \\N node", type: .location, mentions: 1, members: []),
    GraphNode(id: "n5", name: "Line\nbreak\r", type: .other, mentions: 1, members: []),
    GraphNode(id: "n6", name: "]]> --> &amp; node", type: .product, mentions: 2, members: []),
    GraphNode(id: "n7", name: "Москва", type: .location, mentions: 2, members: []),
  ]

  static let edges: [GraphEdge] = [
    GraphEdge(source: "n1", target: "n2", label: "phone call", directed: false, dates: ["2025-08-12", "2025-08-13"], weight: 2,
      evidence: [hostileEvidence, "Second \"sentence\"."], events: []),
    GraphEdge(source: "n1", target: "n3", label: "praised", directed: true, dates: ["2025-08-12"], weight: 1,
      evidence: ["Putin praised it."], events: []),
    GraphEdge(source: "n3", target: "n4", label: "moved \\to", directed: true, dates: [], weight: 1, evidence: [], events: []),
    GraphEdge(source: "n4", target: "n5", label: "x\"y", directed: false, dates: ["2024-FA"], weight: 5, evidence: ["E."], events: []),
    GraphEdge(source: "n6", target: "n7", label: "sold", directed: true, dates: ["2019"], weight: 1, evidence: ["Sold."], events: []),
  ]

  static func document(_ i: Int) -> DocumentAnalysis {
    DocumentAnalysis(
      id: i == 0 ? "doc-1" : "doc \"2\"", source: "fixture", title: i == 0 ? "Leaders | talk <b>today</b>" : nil, text: "",
      publication: i == 0 ? PublicationDate(date: publication, source: "header") : nil,
      sentences: [], timexes: [], entities: [], events: [], relations: [], diagnostics: [])
  }

  static let analysis = Analysis(
    documents: [document(0), document(1)], timeline: Timeline(dated: dated, undated: undated),
    graph: RelationGraph(nodes: nodes, edges: edges))

  static let empty = Analysis(documents: [], timeline: Timeline(dated: [], undated: []), graph: RelationGraph(nodes: [], edges: []))
}
