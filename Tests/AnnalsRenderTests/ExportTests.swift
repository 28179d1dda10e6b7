import AnnalsRender
import AnnalsTimeline
import Foundation
import Testing

/// TimelineJS3 JSON checked against the fields its documentation lists.
@Suite struct TimelineJSTests {
  static let slideKeys: Set<String> = [
    "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id",
  ]
  static let dateKeys: Set<String> = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"]

  func render(_ lanes: TimelineLanes = .none) throws -> String {
    try TimelineJSRenderer().render(Story.analysis, options: RenderOptions(lanes: lanes))
  }

  func events(_ json: String) throws -> [[String: Any]] {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(root["events"] as? [[String: Any]])
  }

  static func date(_ any: Any?) -> (year: Int, month: Int?, day: Int?)? {
    guard let d = any as? [String: Any], let y = d["year"] as? Int else { return nil }
    return (y, d["month"] as? Int, d["day"] as? Int)
  }

  @Test func everySlideUsesOnlyDocumentedFields() throws {
    let json = try render()
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(Set(root.keys) == ["title", "events"])
    let title = try #require(root["title"] as? [String: Any])
    #expect((title["text"] as? [String: Any])?["headline"] as? String == "Annals report: 3 articles")
    let events = try events(json)
    #expect(events.count == Story.analysis.timeline.dated.count)
    for e in events {
      #expect(Set(e.keys).isSubset(of: Self.slideKeys), "\(e.keys)")
      let start = try #require(Self.date(e["start_date"]))
      #expect((1...9999).contains(start.year))
      if let m = start.month { #expect((1...12).contains(m)) }
      if let d = start.day { #expect((1...31).contains(d) && start.month != nil) }
      for key in ["start_date", "end_date"] {
        if let d = e[key] as? [String: Any] { #expect(Set(d.keys).isSubset(of: Self.dateKeys)) }
      }
      let text = try #require(e["text"] as? [String: Any])
      #expect(text["headline"] is String && text["text"] is String)
    }
  }

  @Test func precisionFollowsTheInterval() throws {
    let events = try events(try render())
    func slide(_ display: String) -> [String: Any]? { events.first { $0["display_date"] as? String == display } }
    // 2019: a year, no month or day, no end.
    let y2019 = try #require(slide("2019"))
    #expect(Self.date(y2019["start_date"])?.month == nil && y2019["end_date"] == nil)
    // "since last fall": 1 Sep 2024 to the publication date, 13 Aug 2025.
    let fall = try #require(slide("fall 2024"))
    #expect(Self.date(fall["start_date"]).map { [$0.year, $0.month ?? 0, $0.day ?? 0] } == [2024, 9, 1])
    #expect(Self.date(fall["end_date"]).map { [$0.year, $0.month ?? 0, $0.day ?? 0] } == [2025, 8, 13])
    // A day: full date, no end.
    let tuesday = try #require(slide("Tue 12 Aug 2025"))
    #expect(Self.date(tuesday["start_date"]).map { [$0.year, $0.month ?? 0, $0.day ?? 0] } == [2025, 8, 12])
    #expect(tuesday["end_date"] == nil)
    let text = try #require((tuesday["text"] as? [String: Any])?["text"] as? String)
    #expect(text.contains("Sources: seed, second"))
  }

  @Test func headlinesAndTextAreHTMLEscaped() throws {
    let json = try render()
    #expect(!json.contains("<script"))
    #expect(json.contains("&lt;script&gt;"))
    for e in try events(json) {
      let t = e["text"] as? [String: String] ?? [:]
      #expect(!(t["headline"] ?? "").contains("<"))
    }
  }

  @Test func groupsFollowTheLanes() throws {
    #expect(try events(try render()).allSatisfy { $0["group"] == nil })
    let groups = Set(try events(try render(.document)).compactMap { $0["group"] as? String })
    #expect(groups == ["seed", "second", "hostile &quot;doc&quot; &lt;b&gt;"])
  }

  @Test func sameBytesTwice() throws {
    #expect(try render() == render())
  }
}

@Suite struct GraphMLTests {
  func render(_ a: Analysis = Story.analysis) throws -> String { try GraphMLRenderer().render(a, options: RenderOptions()) }

  @Test func validXMLWithDeclaredKeys() throws {
    let xml = XMLCheck.parse(try render())
    #expect(xml.error == nil)
    let keys = Set(xml.elements.filter { $0.name == "key" }.compactMap { $0.attributes["id"] })
    #expect(keys.isSuperset(of: ["name", "type", "label", "date", "weight"]))
    let used = Set(xml.elements.filter { $0.name == "data" }.compactMap { $0.attributes["key"] })
    #expect(used.isSubset(of: keys))
    let g = Story.analysis.graph
    #expect(xml.elements.filter { $0.name == "node" }.count == g.nodes.count)
    #expect(xml.elements.filter { $0.name == "edge" }.count == g.edges.count)
    let ids = Set(xml.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] })
    for e in xml.elements where e.name == "edge" {
      #expect(ids.contains(e.attributes["source"] ?? "") && ids.contains(e.attributes["target"] ?? ""))
      // Mutual edges say so in data, never in the attribute readers such as NetworkX refuse.
      #expect(e.attributes["directed"] == nil)
    }
    #expect(xml.elements.filter { $0.name == "data" && $0.attributes["key"] == "directed" }.count == g.edges.count)
  }

  @Test func hostileNamesEscapedAndSameBytes() throws {
    let text = try render(Fixture.analysis)
    #expect(XMLCheck.parse(text).error == nil)
    #expect(!text.contains("<script"))
    #expect(text.contains("]]&gt; --&gt; &amp;amp; node"))
    #expect(try render() == render())
    #expect(Formats.forPath("g.graphml")?.name == "graphml")
  }
}

@Suite struct CSVSafetyTests {
  /// Splits RFC 4180 text into rows of fields.
  static func parse(_ csv: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(csv)
    chars.append("\n")
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field); field = ""
      } else if c == "\r\n" || c == "\n" {
        row.append(field); field = ""
        if row != [""] { rows.append(row) }
        row = []
      } else { field.append(c) }
      i += 1
    }
    return rows
  }

  @Test func noFieldStartsAFormula() throws {
    let csv = try CSVRenderer().render(Story.analysis, options: RenderOptions())
    let rows = Self.parse(csv)
    #expect(rows.count == 1 + Story.analysis.timeline.dated.count + Story.analysis.timeline.undated.count)
    #expect(rows.allSatisfy { $0.count == CSVRenderer.columns.count })
    for field in rows.joined() {
      if let first = field.unicodeScalars.first { #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(field)") }
    }
    #expect(csv.contains("'=cmd|' /C calc'!A0"))
    #expect(try CSVRenderer().render(Story.analysis, options: RenderOptions()) == csv)
  }
}
