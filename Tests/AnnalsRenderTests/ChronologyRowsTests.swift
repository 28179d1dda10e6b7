import AnnalsEvents
import AnnalsText
import AnnalsTime
import Testing

@testable import AnnalsRender
@testable import AnnalsTimeline

/// Each story event is one row, named by its caption.
@Suite struct ChronologyRowsTests {
  static let day = Fixture.day(2025, 8, 12)
  static let sentence = "Putin held a phone call on Tuesday and praised the troops."

  @Test func eachEventIsOneRowNamedByItsCaption() {
    var a = Fixture.entry(1, value: "2025-08-12", range: Self.day, expression: "on Tuesday", label: "phone call",
      entities: ["Vladimir Putin"], evidence: Self.sentence)
    a.caption = "Putin and Kim Jong Un hold phone call"
    var b = Fixture.entry(2, value: "2025-08-12", range: Self.day, expression: "on Tuesday", label: "praised",
      entities: ["Vladimir Putin", "North Korea"], evidence: Self.sentence)
    b.caption = "Putin praises North Korea"
    let rows = Chronology.rows([a, b])
    #expect(rows.map(\.caption) == ["Putin and Kim Jong Un hold phone call", "Putin praises North Korea"])
    #expect(rows[1].entities == ["Vladimir Putin", "North Korea"])
  }

  @Test func anEntryWithoutCaptionFallsBackToItsLabel() {
    let e = Fixture.entry(3, value: "2025-08-12", range: Self.day, expression: "Tuesday", label: "said",
      entities: ["KCNA"], evidence: "KCNA said Tuesday.")
    #expect(Chronology.rows([e]).map(\.caption) == ["said"])
  }

  @Test func mergedSourcesAndConflictsAreShown() throws {
    var e = Fixture.entry(1, value: "2025-09-08", range: Fixture.day(2025, 9, 8), expression: "Monday", label: "strike",
      entities: ["Port Union"], evidence: "The strike began on Monday.")
    e.sources = [
      EntrySource(document: 0, documentID: "a.txt", event: "ev1", span: TextSpan(0, 6), expression: "Monday", evidence: ""),
      EntrySource(document: 1, documentID: "b.html", event: "ev4", span: TextSpan(9, 15), expression: "Monday", evidence: ""),
    ]
    e.conflicts = [DateConflict(value: "2025-09-07", documentID: "c.txt", expression: "Sunday")]
    let analysis = Analysis(documents: [], timeline: Timeline(dated: [e], undated: []), graph: RelationGraph(nodes: [], edges: []))
    let text = try TextRenderer().render(analysis, options: RenderOptions(color: false, width: 100))
    #expect(text.contains("reported by a.txt, b.html"))
    #expect(text.contains("! dated 2025-09-07 in c.txt"))
  }
}

/// The drawing keeps the entities that take part in relations, most connected first.
@Suite struct DrawableGraphTests {
  @Test func isolatedEntitiesAreLeftOutWithACaption() {
    let nodes = (1...4).map { GraphNode(id: "n\($0)", name: "N\($0)", type: .person, mentions: 1, members: []) }
    let edge = GraphEdge(source: "n1", target: "n3", label: "met", directed: false, dates: [], weight: 1, evidence: [], events: [])
    let (g, caption) = DOTRenderer.drawable(RelationGraph(nodes: nodes, edges: [edge]))
    #expect(g.nodes.map(\.id) == ["n1", "n3"])
    #expect(caption == "2 entities without relations not drawn")
    let dot = DOTRenderer.dot(RelationGraph(nodes: nodes, edges: [edge]))
    #expect(!dot.contains("\"n2\""))
  }

  @Test func aGraphWithoutEdgesDrawsEveryNode() {
    let nodes = (1...3).map { GraphNode(id: "n\($0)", name: "N\($0)", type: .location, mentions: 1, members: []) }
    let (g, caption) = DOTRenderer.drawable(RelationGraph(nodes: nodes, edges: []))
    #expect(g.nodes.count == 3)
    #expect(caption == nil)
  }

  @Test func hugeGraphsArePrunedToTheMostConnected() {
    let n = DOTRenderer.maxDrawn + 50
    let nodes = (0..<n).map { GraphNode(id: "n\($0)", name: "N\($0)", type: .person, mentions: 1, members: []) }
    let edges = (1..<n).map {
      GraphEdge(source: "n0", target: "n\($0)", label: "met", directed: false, dates: [], weight: $0 <= 10 ? 5 : 1, evidence: [], events: [])
    }
    let (g, caption) = DOTRenderer.drawable(RelationGraph(nodes: nodes, edges: edges))
    #expect(g.nodes.count == DOTRenderer.maxDrawn)
    #expect(g.nodes.contains { $0.id == "n0" })
    #expect((1...10).allSatisfy { i in g.nodes.contains { $0.id == "n\(i)" } })
    #expect(caption?.contains("50 less connected") == true)
  }
}
