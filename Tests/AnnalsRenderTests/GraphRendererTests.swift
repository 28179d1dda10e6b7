import AnnalsGraphviz
import AnnalsRender
import AnnalsTimeline
import Foundation
import Testing

@Suite struct GraphRendererTests {
  let dot = DOTRenderer.dot(Fixture.analysis.graph)

  @Test func dotIsANamedDigraph() {
    #expect(dot.hasPrefix("digraph \"annals\" {\n"))
    #expect(dot.hasSuffix("}\n"))
  }

  @Test func dotEscapesQuotesBackslashesAndNewlines() {
    #expect(dot.contains("label=\"Vladimir \\\"Vova\\\" Putin\""))
    #expect(dot.contains("label=\"Back\\\\slash \\\\N node\""))
    #expect(dot.contains("label=\"Line\\nbreak\""))
    #expect(!dot.contains("\r"))
    #expect(dot.contains("label=\"moved \\\\to\""))
    #expect(dot.contains("label=\"x\\\"y\\n(fall 2024)\""))
  }

  @Test func dotStylesNodesByTypeAndEdgesByDirection() {
    let lines = dot.split(separator: "\n")
    let putin = lines.first { $0.contains("\"n1\" [") } ?? ""
    let org = lines.first { $0.contains("\"n3\" [") } ?? ""
    #expect(putin.contains("shape=\"ellipse\""))
    #expect(org.contains("shape=\"box\""))
    let mutual = lines.first { $0.contains("\"n1\" -> \"n2\"") } ?? ""
    let directed = lines.first { $0.contains("\"n1\" -> \"n3\"") } ?? ""
    #expect(mutual.contains("dir=\"none\""))
    #expect(mutual.contains("label=\"phone call\\n(Tue 12 Aug 2025, Wed 13 Aug 2025)\""))
    #expect(!directed.contains("dir="))
    #expect(mutual.contains("penwidth=\"1.75\""))
  }

  @Test func dotUsesOnlyTheFixedAttributeSet() {
    for banned in ["fontname=\"<", "URL", "href", "image", "stylesheet", "shapefile"] {
      #expect(!dot.contains(banned), "DOT contains \(banned)")
    }
  }

  @Test func svgParsesAndShowsHostileLabelsAsText() throws {
    let svg = try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions())
    #expect(!svg.lowercased().contains("<script"))
    let xml = XMLCheck.parse(svg)
    #expect(xml.error == nil)
    for name in ["Vladimir \"Vova\" Putin", "김정은 {Kim}", "<script>alert(1)</script>", "Back\\slash \\N node", "Москва", "]]> --> &amp; node", "Line", "break"] {
      #expect(xml.texts.contains(name), "missing label \(name)")
    }
    #expect(svg.contains("<title>annals</title>"))
    let tips = xml.elements.compactMap { $0.attributes["xlink:title"] }
    #expect(tips.contains("Back\\slash \\N node (LOCATION, 1 mention)"))
    #expect(tips.contains("]]> --> &amp; node (PRODUCT, 2 mentions)"))
    #expect(tips.contains("moved \\to"))
    // An edge's tooltip: its captions and dates, then its sentences.
    #expect(tips.contains { $0.hasSuffix("\n\n" + Fixture.hostileEvidence.replacingOccurrences(of: "\r", with: "") + "\nSecond \"sentence\".") })
  }

  @Test func svgIsByteIdenticalTwice() throws {
    let a = try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions(layout: "neato"))
    let b = try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions(layout: "neato"))
    #expect(a == b)
  }

  @Test func svgRendererPassesTheLayoutThrough() throws {
    #expect(throws: Error.self) { try GraphSVGRenderer().render(Fixture.analysis, options: RenderOptions(layout: "bogus")) }
    let empty = try GraphSVGRenderer().render(Fixture.empty, options: RenderOptions())
    #expect(XMLCheck.parse(empty).error == nil)
  }

  @Test func graphJSONIsNodeLinkAndRoundTrips() throws {
    let text = try GraphJSONRenderer().render(Fixture.analysis, options: RenderOptions())
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let nodes = object?["nodes"] as? [[String: Any]] ?? []
    let links = object?["links"] as? [[String: Any]] ?? []
    #expect(nodes.count == Fixture.nodes.count)
    #expect(links.count == Fixture.edges.count)
    #expect(nodes.compactMap { $0["name"] as? String } == Fixture.nodes.map(\.name))
    let first = links.first ?? [:]
    #expect(first["label"] as? String == "phone call")
    #expect(first["directed"] as? Bool == false)
    #expect(first["weight"] as? Int == 2)
    #expect(first["dates"] as? [String] == ["2025-08-12", "2025-08-13"])
    #expect((first["evidence"] as? [String])?.first == Fixture.hostileEvidence)
    #expect(text == (try GraphJSONRenderer().render(Fixture.analysis, options: RenderOptions())))
  }
}

@Suite struct GraphSizeTests {
  @Test func hugeGraphsArePrunedNotLaidOutForMinutes() throws {
    let nodes = (1...1001).map { GraphNode(id: "n\($0)", name: "node \($0)", type: .other, mentions: 1, members: []) }
    let a = Analysis(documents: [], timeline: Timeline(dated: [], undated: []), graph: RelationGraph(nodes: nodes, edges: []))
    let svg = try GraphSVGRenderer().render(a, options: RenderOptions(layout: "dot"))
    #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == DOTRenderer.maxDrawn)
    #expect(svg.contains("701 less connected entities left out"))
  }

  @Test func bigGraphsGetTheFastDotSettings() {
    let nodes = (1...151).map { GraphNode(id: "n\($0)", name: "node \($0)", type: .other, mentions: 1, members: []) }
    #expect(DOTRenderer.dot(RelationGraph(nodes: nodes, edges: []), layout: "dot").contains("nslimit=\"1\""))
    #expect(!DOTRenderer.dot(Fixture.analysis.graph, layout: "dot").contains("nslimit"))
    // `auto` draws a graph this big with sfdp, legibly: no overlaps, pieces packed.
    let auto = DOTRenderer.dot(RelationGraph(nodes: nodes, edges: []))
    #expect(auto.contains("layout=\"sfdp\"") && auto.contains("overlap=\"prism\""))
    #expect(DOTRenderer.layout("auto", for: Fixture.analysis.graph) == "dot")
    #expect(DOTRenderer.layout("neato", for: RelationGraph(nodes: nodes, edges: [])) == "neato")
  }
}
