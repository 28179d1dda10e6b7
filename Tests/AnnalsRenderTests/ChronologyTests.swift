import AnnalsRender
import AnnalsTimeline
import Testing

@Suite struct ChronologyTests {
  /// A minimal RFC 4180 reader, to check the CSV by reading it back.
  static func readCSV(_ s: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(s.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field); field = ""
      } else if c == "\r" && chars.first == "\n" {
        chars.removeFirst()
        row.append(field); rows.append(row); row = []; field = ""
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return rows
  }

  @Test func csvReadsBackWithOneRowPerEvent() throws {
    let csv = try CSVRenderer().render(Fixture.analysis, options: RenderOptions())
    let rows = Self.readCSV(csv)
    #expect(rows.first == CSVRenderer.columns)
    #expect(rows.count == 1 + Fixture.dated.count + Fixture.undated.count)
    #expect(rows.allSatisfy { $0.count == 8 })
    let praised = rows.first { $0[3] == "praised" } ?? []
    #expect(praised[2] == "praised")  // the caption (this fixture entry has none of its own)
    #expect(praised.last == "Officials said <script>alert(1)</script> and ]]> and --> were \"quoted\" \\ here. Second line")
    #expect(praised[5] == "Vladimir \"Vova\" Putin; <script>alert(1)</script>")
  }

  @Test func csvNeutralizesFormulaPrefixes() throws {
    let rows = Self.readCSV(try CSVRenderer().render(Fixture.analysis, options: RenderOptions()))
    let talk = rows.first { $0[0] == "2025-08-15" } ?? []
    #expect(talk[2] == "'=cmd|' /C calc'!A0")
    #expect(talk[5] == "'+Trump; @home")
    #expect(talk[7] == "'-Talks are scheduled Friday, in Alaska.")
    for row in rows { for cell in row { #expect(!"=+-@\t\r".contains(cell.first ?? "x"), "cell \(cell)") } }
    #expect(Escape.csv("\tx") == "'\tx")
    #expect(Escape.csv("plain") == "plain")
  }

  @Test func markdownTableRowsKeepTheirColumns() throws {
    let md = try MarkdownRenderer().render(Fixture.analysis, options: RenderOptions())
    let table = md.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }
    func unescapedPipes(_ line: Substring) -> Int {
      var count = 0
      var escaped = false
      for c in line {
        if escaped { escaped = false; continue }
        if c == "\\" { escaped = true } else if c == "|" { count += 1 }
      }
      return count
    }
    // header + 8 dated rows (6 pipes each), header + 1 undated row (5 pipes each)
    #expect(table.filter { unescapedPipes($0) == 6 }.count == 1 + Fixture.dated.count)
    #expect(table.filter { unescapedPipes($0) == 5 }.count == 1 + Fixture.undated.count)
    #expect(md.contains("phone call \\| chat"))
    #expect(!md.contains("<script"))
    #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(md.contains("Tue 12 Aug 2025 (2025-08-12)"))
    #expect(md.contains("fall 2024 (2024-FA)"))
    #expect(md.contains("## Undated"))
    #expect(md.contains("Leaders \\| talk &lt;b&gt;today&lt;/b&gt;"))
  }

  @Test func textGroupsByDateInTimelineOrder() throws {
    let text = try TextRenderer().render(Fixture.analysis, options: RenderOptions(width: 100))
    let headers = ["2019", "fall 2024  2024-FA", "Fri 8 Aug 2025  2025-08-08", "Tue 12 Aug 2025  2025-08-12",
      "Wed 13 Aug 2025  2025-08-13", "Fri 15 Aug 2025  2025-08-15", "Undated"]
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let positions = headers.map { h in lines.firstIndex(of: h) ?? -1 }
    #expect(!positions.contains(-1), "missing header in\n\(text)")
    #expect(positions == positions.sorted())
    #expect(lines.filter { $0 == "Tue 12 Aug 2025  2025-08-12" }.count == 1)
    #expect(text.contains("published Wed 13 Aug 2025 (2025-08-13, header)"))
    #expect(text.contains("on Tuesday"))
    #expect(text.contains("phone call | chat"))
    #expect(text.contains("“Putin and Kim held a phone call on Tuesday.”"))
    #expect(text.contains("not warned"))
  }

  @Test(arguments: [30, 50, 80, 120])
  func textFitsTheWidth(width: Int) throws {
    let text = try TextRenderer().render(Fixture.analysis, options: RenderOptions(width: width))
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= width, "too wide at \(width): \(line)")
    }
  }

  @Test func textColorOnlyWhenAsked() throws {
    let plain = try TextRenderer().render(Fixture.analysis, options: RenderOptions(color: false))
    let color = try TextRenderer().render(Fixture.analysis, options: RenderOptions(color: true))
    #expect(!plain.contains("\u{1B}"))
    #expect(color.contains("\u{1B}[1;36mTue 12 Aug 2025  2025-08-12\u{1B}[0m"))
    // The escape sequence hidden in the evidence is stripped, not passed to the terminal.
    #expect(!color.contains("\u{1B}[31m"))
  }

  @Test func everyFormatRendersTheEmptyAnalysis() throws {
    for r in Formats.all {
      let out = try r.render(Fixture.empty, options: RenderOptions())
      #expect(!out.isEmpty, "\(r.name) gave nothing")
    }
  }

  @Test func everyFormatIsDeterministic() throws {
    for r in Formats.all {
      let a = try r.render(Fixture.analysis, options: RenderOptions())
      let b = try r.render(Fixture.analysis, options: RenderOptions())
      #expect(a == b, "\(r.name) differs between runs")
    }
  }
}

@Suite struct TextExampleTests {
  @Test func oneDayReadsLikeThis() throws {
    let e = Fixture.entry(1, value: "2025-08-12", range: Fixture.day(2025, 8, 12), expression: "on Tuesday",
      label: "praised", entities: ["Vladimir Putin", "Kim Jong Un"],
      evidence: "Putin during the call on Tuesday praised the bravery of the troops.")
    var captioned = e
    captioned.caption = "Putin praises the bravery of the troops in the Kursk region"
    let a = Analysis(documents: [Fixture.document(0)], timeline: Timeline(dated: [captioned], undated: []), graph: Fixture.analysis.graph)
    let expected = """
      Chronology: 1 event from 1 document
        doc-1: Leaders | talk <b>today</b>
          published Wed 13 Aug 2025 (2025-08-13, header)

      Tue 12 Aug 2025  2025-08-12
        on Tuesday  Putin praises the bravery of the troops in the
                    Kursk region
                    “Putin during the call on Tuesday praised the…”

      """
    let actual = try TextRenderer().render(a, options: RenderOptions(width: 64))
    #expect(actual == expected, "got:\n\(actual)")
  }
}
