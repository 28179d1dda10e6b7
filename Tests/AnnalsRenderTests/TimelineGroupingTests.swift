import AnnalsRender
import AnnalsText
import AnnalsTimeline
import Testing

/// Events one sentence places on one date share a mark; everything else keeps its own.
@Suite struct TimelineGroupingTests {
  static let sentence = "His government dismissed desires to restart diplomacy, which derailed in 2019."
  static let y2019 = Fixture.span(CivilDate(year: 2019, month: 1, day: 1), CivilDate(year: 2019, month: 12, day: 31))

  static func analysis() -> Analysis {
    let names = [("dismissed", ["Kim Jong Un"]), ("desires", ["Seoul"]), ("restart diplomacy", []), ("derailed", ["Donald Trump"])]
    var dated = names.enumerated().map { i, n in
      Fixture.entry(i + 1, value: "2019", range: y2019, expression: "in 2019", label: n.0, entities: n.1, evidence: sentence)
    }
    // Same sentence, another document: kept apart.
    dated.append(Fixture.entry(9, value: "2019", range: y2019, expression: "in 2019", label: "derailed", entities: [], evidence: sentence, document: 1))
    return Analysis(documents: [Fixture.document(0), Fixture.document(1)], timeline: Timeline(dated: dated, undated: []), graph: Fixture.analysis.graph)
  }

  func render(_ lanes: TimelineLanes) throws -> XMLCheck {
    XMLCheck.parse(try TimelineSVGRenderer().render(Self.analysis(), options: RenderOptions(lanes: lanes)))
  }

  @Test func oneSentenceOneDateOneMark() throws {
    let xml = try render(.none)
    #expect(xml.error == nil)
    #expect(xml.elements("rect", class: "event-bar").count == 2)
    #expect(xml.texts.contains("dismissed +3"))
    // The title still counts events, not marks.
    #expect(xml.texts.contains("Timeline: 5 dated events"))
  }

  @Test func tooltipNamesEveryFoldedEvent() throws {
    let svg = try TimelineSVGRenderer().render(Self.analysis(), options: RenderOptions())
    #expect(svg.contains("— dismissed; desires; restart diplomacy; derailed — with Kim Jong Un, Seoul, Donald Trump"))
  }

  @Test func entityLanesKeepDifferentFirstEntitiesApart() throws {
    // Each event leads with a different entity (or none), so none fold.
    let xml = try render(.entity)
    #expect(xml.elements("rect", class: "event-bar").count == 5)
  }
}

@Suite struct ChronologyGroupingTests {
  @Test func reportRowsFoldTheSameWay() {
    let page = Report.html(TimelineGroupingTests.analysis())
    let body = page.components(separatedBy: "<h2 id=\"chronology\">")[1].components(separatedBy: "<h2 id=\"graph\">")[0]
    #expect(body.components(separatedBy: "<tr").count - 2 == 2)
    #expect(body.contains("<td>dismissed, desires, restart diplomacy, derailed</td>"))
    // Every trigger's offsets are cited.
    #expect(body.contains("<li><code>doc-1</code> 10–15, 20–25, 30–35, 40–45</li>"))
  }
}

@Suite struct CoveredBreakTests {
  static func entry(_ n: Int, _ from: CivilDate, _ to: CivilDate, _ label: String) -> TimelineEntry {
    Fixture.entry(n, value: "X", range: Fixture.span(from, to), expression: nil, label: label, entities: [], evidence: "E\(n).")
  }

  @Test func yearsOnlyALongSpanRunsThroughAreSqueezed() throws {
    let dated = [
      Self.entry(1, CivilDate(year: 2010, month: 1, day: 1), CivilDate(year: 2020, month: 12, day: 31), "since 2010"),
      Self.entry(2, CivilDate(year: 2010, month: 3, day: 1), CivilDate(year: 2010, month: 3, day: 1), "began"),
      Self.entry(3, CivilDate(year: 2020, month: 6, day: 1), CivilDate(year: 2020, month: 6, day: 1), "ended"),
    ]
    let a = Analysis(documents: [Fixture.document(0)], timeline: Timeline(dated: dated, undated: []), graph: Fixture.analysis.graph)
    let svg = try TimelineSVGRenderer().render(a, options: RenderOptions())
    #expect(svg.contains("<title>Only longer spans run from Tue 2 Mar 2010 to Sun 31 May 2020"))
    let xml = XMLCheck.parse(svg)
    let width = Double(xml.elements.first { $0.name == "svg" }?.attributes["width"] ?? "") ?? 0
    #expect(width > 0 && width < 1200)
  }

  @Test func aLoneDecadeKeepsItsWidth() throws {
    let a = Analysis(
      documents: [Fixture.document(0)],
      timeline: Timeline(dated: [Self.entry(1, CivilDate(year: 2010, month: 1, day: 1), CivilDate(year: 2019, month: 12, day: 31), "decade")], undated: []),
      graph: Fixture.analysis.graph)
    let svg = try TimelineSVGRenderer().render(a, options: RenderOptions())
    // A bar alone does not pull in the publication date: no stretch, no break.
    #expect(!svg.contains("Only longer spans run"))
    #expect(!svg.contains("<title>No events from"))
    #expect(XMLCheck.parse(svg).elements("rect", class: "event-bar").count == 1)
  }
}
