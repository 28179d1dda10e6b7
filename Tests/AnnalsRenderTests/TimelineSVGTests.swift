import AnnalsRender
import AnnalsText
import AnnalsTime
import AnnalsTimeline
import Testing

@Suite struct TimelineSVGTests {
  struct Box {
    var x, y, w, h: Double
    func overlaps(_ o: Box) -> Bool { x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h }
  }

  static func boxes(_ xml: XMLCheck, _ cls: String) -> [Box] {
    xml.elements("rect", class: cls).map { e in
      let v = { (k: String) in Double(e.attributes[k] ?? "") ?? .nan }
      return Box(x: v("x"), y: v("y"), w: v("width"), h: v("height"))
    }
  }

  static func isDayPrecise(_ e: TimelineEntry) -> Bool {
    guard let r = e.range else { return false }
    return r.earliest.date == r.latest.date
  }

  func render(_ a: Analysis = Fixture.analysis) throws -> String {
    try TimelineSVGRenderer().render(a, options: RenderOptions())
  }

  @Test func parsesAsXMLWithNoScript() throws {
    let svg = try render()
    let xml = XMLCheck.parse(svg)
    #expect(xml.error == nil)
    #expect(!svg.lowercased().contains("<script"))
    #expect(!xml.elements.contains { $0.name.lowercased() == "script" })
    #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func onePointPerDayAndOneBarPerCoarseEntry() throws {
    let xml = XMLCheck.parse(try render())
    let days = Fixture.dated.filter(Self.isDayPrecise).count
    #expect(days == 5)
    #expect(xml.elements("circle", class: "event-point").count == days)
    #expect(xml.elements("rect", class: "event-bar").count == Fixture.dated.count - days)
  }

  @Test func labelBoxesNeverOverlap() throws {
    let boxes = Self.boxes(XMLCheck.parse(try render()), "label-box")
    #expect(boxes.count == Fixture.dated.count)
    for i in boxes.indices {
      #expect(!boxes[i].x.isNaN && boxes[i].w > 0)
      for j in boxes.indices where j > i {
        #expect(!boxes[i].overlaps(boxes[j]), "label \(i) overlaps label \(j)")
      }
    }
  }

  @Test func crowdedDayStillHasNoOverlaps() throws {
    // 30 events on one day plus a decade-long bar: labels must stack into lanes.
    var dated: [TimelineEntry] = (1...30).map {
      Fixture.entry($0, value: "2025-08-12", range: Fixture.day(2025, 8, 12), expression: "Tuesday",
        label: "event number \($0) with a long label", entities: ["Person \($0)"], evidence: "E \($0).")
    }
    dated.insert(Fixture.entry(40, value: "201", range: Fixture.span(CivilDate(year: 2010, month: 1, day: 1), CivilDate(year: 2019, month: 12, day: 31)),
      expression: "in the 2010s", label: "decade", entities: [], evidence: "A decade."), at: 0)
    let a = Analysis(documents: [Fixture.document(0)], timeline: Timeline(dated: dated, undated: []), graph: Fixture.analysis.graph)
    let xml = XMLCheck.parse(try render(a))
    #expect(xml.error == nil)
    let boxes = Self.boxes(xml, "label-box")
    #expect(boxes.count == 31)
    for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].overlaps(boxes[j])) } }
    #expect(xml.elements("circle", class: "event-point").count == 30)
  }

  @Test func longEmptyStretchesBecomeBreaks() throws {
    let xml = XMLCheck.parse(try render())
    // 2020 ... mid-2024 has no events.
    #expect(xml.elements("g", class: "axis-break").count >= 1)
    let width = Double(xml.elements.first { $0.name == "svg" }?.attributes["width"] ?? "") ?? 0
    #expect(width > 0 && width < 3000)
  }

  @Test func tickLabelsDoNotCollideAndNameTheYears() throws {
    let svg = try render()
    let xml = XMLCheck.parse(svg)
    #expect(xml.texts.contains("2019"))
    #expect(xml.texts.contains("12 Aug"))
    let ticks = xml.elements("text", class: "tick").map { e in
      (x: Double(e.attributes["x"] ?? "") ?? 0, y: Double(e.attributes["y"] ?? "") ?? 0)
    }
    let labels = xml.texts.filter { t in ["2019", "12 Aug"].contains(t) }
    #expect(labels.count == 2)
    #expect(Set(ticks.map { "\($0.x),\($0.y)" }).count == ticks.count)
  }

  @Test func tooltipsCarryTheEvidence() throws {
    let svg = try render()
    #expect(svg.contains("<title>Tue 12 Aug 2025 (2025-08-12) — “on Tuesday” — praised"))
    #expect(svg.contains("]]&gt; and --&gt; were &quot;quoted&quot; \\ here."))
  }

  @Test func sameInputSameBytesAndEmptyIsValid() throws {
    #expect(try render() == render())
    let empty = try render(Fixture.empty)
    #expect(XMLCheck.parse(empty).error == nil)
    #expect(empty.contains("No dated events."))
  }
}
