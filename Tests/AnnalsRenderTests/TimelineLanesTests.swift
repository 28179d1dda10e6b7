import AnnalsRender
import AnnalsTimeline
import Testing

/// Lanes, legend, sources and conflicts on the timeline SVG, checked from its geometry.
@Suite struct TimelineLanesTests {
  typealias Box = TimelineSVGTests.Box

  func render(_ lanes: TimelineLanes, _ a: Analysis = Story.analysis) throws -> XMLCheck {
    let svg = try TimelineSVGRenderer().render(a, options: RenderOptions(lanes: lanes))
    let xml = XMLCheck.parse(svg)
    #expect(xml.error == nil)
    return xml
  }

  static func number(_ e: XMLCheck.Element, _ k: String) -> Double { Double(e.attributes[k] ?? "") ?? .nan }

  /// Every text in the picture as a box (monospace advance 0.6 em), so overlaps can be measured.
  static func textBoxes(_ xml: XMLCheck) -> [(text: String, box: Box)] {
    var out: [(String, Box)] = []
    var texts = xml.texts.makeIterator()
    for e in xml.elements where e.name == "text" {
      guard let t = texts.next() else { break }
      let size = number(e, "font-size")
      let w = Double(DisplayWidth.of(t)) * size * 0.6
      out.append((t, Box(x: number(e, "x"), y: number(e, "y") - size * 0.8, w: w, h: size)))
    }
    return out
  }

  @Test(arguments: TimelineLanes.allCases)
  func noTwoTextsOverlap(lanes: TimelineLanes) throws {
    let boxes = Self.textBoxes(try render(lanes))
    #expect(boxes.count > 10)
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        #expect(!boxes[i].box.overlaps(boxes[j].box), "“\(boxes[i].text)” overlaps “\(boxes[j].text)”")
      }
    }
  }

  @Test(arguments: TimelineLanes.allCases)
  func labelBoxesNeverOverlap(lanes: TimelineLanes) throws {
    let boxes = TimelineSVGTests.boxes(try render(lanes), "label-box")
    #expect(boxes.count == Story.analysis.timeline.dated.count)
    for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].overlaps(boxes[j])) } }
  }

  @Test func entityLanesAreNamedForTheFirstEntity() throws {
    let xml = try render(.entity)
    let names = xml.elements("text", class: "lane-name").count
    var firsts: [String] = []
    for e in Story.analysis.timeline.dated where !firsts.contains(e.entities.first ?? "(no entity)") {
      firsts.append(e.entities.first ?? "(no entity)")
    }
    #expect(names == firsts.count)
    #expect(xml.texts.contains("Vladimir Putin"))
    #expect(xml.elements("rect", class: "lane-band").count == firsts.count)
  }

  @Test func documentLanesFollowInputOrder() throws {
    let xml = try render(.document)
    let lanes = xml.texts.filter { ["seed", "second", "hostile \"doc\" <b>"].contains($0) }
    #expect(lanes == ["seed", "second", "hostile \"doc\" <b>"])
    let bands = xml.elements("rect", class: "lane-band").map { Self.number($0, "y") }
    #expect(bands == bands.sorted() && bands.count == 3)
  }

  @Test func eachLabelSitsInsideItsBand() throws {
    let xml = try render(.document)
    let bands = xml.elements("rect", class: "lane-band").map { e in
      (top: Self.number(e, "y"), bottom: Self.number(e, "y") + Self.number(e, "height"))
    }
    for box in TimelineSVGTests.boxes(xml, "label-box") {
      #expect(bands.contains { $0.top <= box.y && box.y + box.h <= $0.bottom }, "label at y \(box.y)")
    }
  }

  @Test func legendNamesEveryKindOfMark() throws {
    let xml = try render(.none)
    for t in ["exact day", "coarse or uncertain (span)", "several sources", "dates conflict", "publication date", "gap, not to scale"] {
      #expect(xml.texts.contains(t), "legend lacks \(t)")
    }
  }

  @Test func mergedEventsGetARingAndConflictsAFlag() throws {
    let xml = try render(.none)
    let merged = Story.analysis.timeline.dated.filter { $0.documentIDs.count > 1 && ($0.range?.earliest.date == $0.range?.latest.date) }
    // The call, and the talks that the second article dates a day later.
    #expect(merged.count == 2)
    #expect(xml.elements("circle", class: "source-ring").count == merged.count)
    let conflicts = Story.analysis.timeline.dated.filter { !$0.conflicts.isEmpty }.count
    #expect(conflicts == 1)
    #expect(xml.elements("text", class: "conflict-flag").count == conflicts)
  }

  @Test func seedDatesAllOnOnePage() throws {
    // 2019, 2024, fall 2024 (a span) and 12, 13, 15 Aug 2025 all drawn within one page width.
    let xml = try render(.none)
    let width = Double(xml.elements.first { $0.name == "svg" }?.attributes["width"] ?? "") ?? 0
    #expect(width > 0 && width <= 2400)
    for t in ["2019", "2024", "Aug 2025", "13 Aug", "15 Aug"] { #expect(xml.texts.contains(t), "no tick \(t)") }
    // 12 Aug sits between two other days: it keeps at least its day number.
    #expect(xml.texts.contains("12 Aug") || xml.texts.contains("12"))
    #expect(xml.elements("rect", class: "event-bar").count == 3)
  }

  @Test func sameBytesTwice() throws {
    for lanes in TimelineLanes.allCases {
      let a = try TimelineSVGRenderer().render(Story.analysis, options: RenderOptions(lanes: lanes))
      #expect(try a == TimelineSVGRenderer().render(Story.analysis, options: RenderOptions(lanes: lanes)))
    }
  }
}
