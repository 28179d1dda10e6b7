import AnnalsRender
import AnnalsText
import Testing

@Suite struct HelperTests {
  @Test(arguments: [
    ("2025-08-12", "Tue 12 Aug 2025"), ("2024-FA", "fall 2024"), ("2019", "2019"), ("2025-08", "Aug 2025"),
    ("2025-W33", "week 33, 2025"), ("2025-Q3", "Q3 2025"), ("202", "2020s"), ("PRESENT_REF", "now"),
    ("2025-08-12TMO", "Tue 12 Aug 2025, morning"), ("2025-08-12T14:30", "Tue 12 Aug 2025, 14:30"),
    ("2024-02-29", "Thu 29 Feb 2024"), ("2025-02-30", "2025-02-30"), ("P3D", "P3D"), ("XXXX-WXX-2", "XXXX-WXX-2"),
  ])
  func dateLabels(value: String, label: String) {
    #expect(DateLabel.format(value) == label)
  }

  @Test func displayWidthCountsWideAndZeroWidth() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("김정은") == 6)
    #expect(DisplayWidth.of("Москва") == 6)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("日本") == 4)
  }

  @Test func truncateAndWrapRespectDisplayWidth() {
    #expect(DisplayWidth.truncate("김정은 위원장", to: 7) == "김정은…")
    #expect(DisplayWidth.truncate("short", to: 10) == "short")
    let lines = DisplayWidth.wrap("김정은 위원장은 화요일에 푸틴 대통령과 통화했다 averyveryverylongword", width: 10)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    #expect(lines.joined(separator: " ").replacingOccurrences(of: " ", with: "")
      == "김정은위원장은화요일에푸틴대통령과통화했다averyveryverylongword")
  }

  @Test func escapers() {
    #expect(Escape.xml("<a href='x'>&\"</a>\u{1}") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
    #expect(Escape.dot("a\\b\"c\nd\re") == "a\\\\b\\\"c\\nde")
    #expect(Escape.dot("R&D &amp;") == "R&amp;D &amp;amp;")
    #expect(Escape.dot("a\\N", tooltip: true) == "a\\\\\\\\N")
    #expect(Escape.markdown("a|b*c_<x>") == "a\\|b\\*c\\_&lt;x&gt;")
    #expect(Escape.csv("a,\"b\"") == "\"a,\"\"b\"\"\"")
    #expect(Escape.csv("=1+1") == "'=1+1")
    #expect(Escape.terminal("ok\u{1B}[2Jx\u{9B}y") == "ok[2Jxy")
  }

  @Test func formatsAreFoundByNameAndPath() {
    #expect(Formats.named("CSV")?.name == "csv")
    #expect(Formats.named("nope") == nil)
    #expect(Formats.forPath("out/a.timeline.svg")?.name == "timeline-svg")
    #expect(Formats.forPath("a.svg")?.name == "svg")
    #expect(Formats.forPath("a.graph.json")?.name == "graph-json")
    #expect(Formats.forPath("notes.md")?.name == "markdown")
    #expect(Formats.forPath("g.gv")?.name == "dot")
    #expect(Formats.forPath("a.unknown") == nil)
    #expect(Formats.forExtension(".csv")?.name == "csv")
    #expect(Formats.all.allSatisfy { !$0.summary.isEmpty })
    let names = Formats.names
    #expect(Set(names).count == names.count)
    let exts = Formats.all.flatMap(\.extensions)
    #expect(Set(exts).count == exts.count)
  }
}
