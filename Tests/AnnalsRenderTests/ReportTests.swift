import AnnalsRender
import AnnalsTimeline
import Foundation
import Testing

/// Things a self-contained file must never hold: anything that fetches or runs.
enum SelfContained {
  static let forbidden = ["http:", "https:", "//", "src=", "href=", "url(", "@import", "<script", "<link", "<iframe", "<img", "<object"]

  static func offenders(_ s: String) -> [String] {
    let lower = s.lowercased()
    return forbidden.filter { lower.contains($0) }
  }
}

@Suite struct ReportTests {
  static let analysis = Story.analysis

  func html(_ options: RenderOptions = RenderOptions()) -> String { Report.html(Self.analysis, options: options) }

  @Test func htmlIsWellFormedAndHoldsNoExternalReference() {
    let page = html()
    let xml = XMLCheck.parse(page)
    #expect(xml.error == nil, "\(xml.error ?? "")")
    #expect(SelfContained.offenders(page) == [])
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<meta charset=\"utf-8\"/>"))
    // Both pictures are inline SVG.
    #expect(xml.elements.filter { $0.name == "svg" }.count == 2)
  }

  @Test func hostileTextIsEscapedEverywhere() {
    let page = html()
    #expect(!page.contains("<script"))
    #expect(!page.contains("<b>bold"))
    #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; --&gt; Ltd"))
    #expect(page.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title"))
    // RTL override and zero-width space stay as text, inside escaped content.
    #expect(page.contains("\u{202E}gnidaer\u{202C}"))
    #expect(XMLCheck.parse(page).error == nil)
  }

  @Test func chronologyHasOneRowPerDatedEventWithSourcesAndConflicts() {
    let page = html()
    let dated = Self.analysis.timeline.dated
    let body = page.components(separatedBy: "<h2 id=\"chronology\">")[1].components(separatedBy: "<h2 id=\"graph\">")[0]
    #expect(body.components(separatedBy: "<tr").count - 2 == dated.count)  // minus the split head and the header row
    // The phone call is told by both articles and listed once, with both.
    let calls = dated.filter { $0.label == "phone call" }
    #expect(calls.count == 1)
    #expect(calls.first?.sources.map(\.documentID) == ["seed", "second"])
    #expect(body.contains("<li><code>seed</code> "))
    #expect(body.contains("<li><code>second</code> "))
    // Friday versus Saturday for the talks: flagged, with the other article named.
    #expect(body.contains("class=\"conflict\""))
    #expect(body.contains("⚠ conflict: second dates it Sat 16 Aug 2025"))
    // One entry for the talks, not one per article.
    #expect(!body.contains("⚠ conflict: seed dates it"))
  }

  @Test func sourcesNameHowEachDateWasFound() {
    let page = html()
    let body = page.components(separatedBy: "<h2 id=\"sources\">")[1].components(separatedBy: "<h2 id=\"entities\">")[0]
    #expect(body.contains("Wed 13 Aug 2025 (2025-08-13)"))
    #expect(body.contains("<td>header<br/><q>Published: 2025-08-13</q></td>"))
    #expect(body.contains("<span class=\"flag\">unknown</span>"))
  }

  @Test func entityIndexMergesNamesAcrossArticles() {
    let page = html()
    let body = page.components(separatedBy: "<h2 id=\"entities\">")[1].components(separatedBy: "<h2 id=\"unresolved\">")[0]
    // "Putin" in the second article joins "Vladimir Putin" from the seed.
    #expect(body.contains("<tr><td>Vladimir Putin</td><td>PERSON</td><td>2</td><td><code>seed</code>, <code>second</code></td></tr>"))
    #expect(!body.contains("<td>Putin</td>"))
  }

  @Test func unresolvedSectionSaysWhy() {
    let page = html()
    let body = page.components(separatedBy: "<h2 id=\"unresolved\">")[1]
    #expect(body.contains("no publication date found"))
    #expect(body.contains("dismissed"))
    #expect(body.contains("no temporal expression governs it"))
    #expect(body.contains("“Friday”"))
    #expect(body.contains("XXXX-WXX-5"))
    #expect(body.contains("invalid UTF-8 replaced &lt;here&gt;"))
  }

  @Test func graphvizFailureIsReportedNotFatal() {
    let page = html(RenderOptions(layout: "no-such-layout"))
    #expect(page.contains("The relationship graph could not be drawn"))
    #expect(XMLCheck.parse(page).error == nil)
    #expect(page.contains("<h2 id=\"chronology\">"))
  }

  @Test func sameInputSameBytes() {
    #expect(html() == html())
    #expect(Report.markdown(Self.analysis, base: "r").main == Report.markdown(Self.analysis, base: "r").main)
  }

  @Test func emptyAnalysisStillMakesAPage() {
    let empty = Analysis(documents: [], timeline: Timeline(dated: [], undated: []), graph: RelationGraph(nodes: [], edges: []))
    let page = Report.html(empty)
    #expect(XMLCheck.parse(page).error == nil)
    #expect(page.contains("No dated events."))
    #expect(page.contains("No relationships between entities were found."))
  }

  @Test func htmlRendererIsListedForHTMLFiles() {
    #expect(Formats.forPath("Output/report.html")?.name == "report-html")
    #expect(Formats.named("report-html") != nil)
  }
}

@Suite struct MarkdownReportTests {
  static let files = Report.markdown(Story.analysis, base: "story")

  @Test func picturesAreFilesBesideTheReport() {
    #expect(Self.files.assets.map(\.name) == ["story.timeline.svg", "story.graph.svg"])
    #expect(Self.files.main.contains("![Timeline](<story.timeline.svg>)"))
    #expect(Self.files.main.contains("![Relationship graph](<story.graph.svg>)"))
    for a in Self.files.assets {
      #expect(XMLCheck.parse(a.contents).error == nil, "\(a.name)")
    }
  }

  @Test func mermaidBlockHasOneLinePerDateWithSpecialsEscaped() {
    let md = Self.files.main
    let block = md.components(separatedBy: "```mermaid\n")[1].components(separatedBy: "```")[0]
    let lines = block.split(separator: "\n").map(String.init)
    #expect(lines.first == "timeline")
    #expect(lines[1].hasPrefix("    title "))
    // 2019, 2024, fall 2024, 11, 12, 13, 15 Aug 2025 (the talks the second article dates on the 16th are one event).
    let dates = lines.dropFirst(2).map { $0.components(separatedBy: " : ")[0].trimmingCharacters(in: .whitespaces) }
    #expect(dates == ["2019", "2024", "fall 2024", "Mon 11 Aug 2025", "Tue 12 Aug 2025", "Wed 13 Aug 2025", "Fri 15 Aug 2025"])
    // The hostile event's colon, semicolon, hash and quotes never reach Mermaid raw.
    let hostile = lines.first { $0.contains("Mon 11 Aug 2025") } ?? ""
    let events = hostile.components(separatedBy: " : ").dropFirst().joined()
    #expect(!events.contains(":") && !events.contains("\"") && !events.contains("<"))
    #expect(events.contains("#60;script#62;"))
  }

  @Test func mermaidEscapes() {
    #expect(Escape.mermaid("a: b; #c \"d\" `e` %%{init}") == "a#58; b#59; #35;c #34;d#34; #96;e#96; #37;#37;{init}")
    #expect(Escape.mermaid("line\nbreak") == "line break")
  }

  @Test func tablesEscapePipesAndMarkup() {
    let md = Self.files.main
    #expect(!md.contains("<script"))
    #expect(md.contains("\\=cmd\\|") || md.contains("=cmd\\|"))
    for line in md.split(separator: "\n") where line.hasPrefix("| ") {
      // Every table row has as many unescaped pipes as its header.
      let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      #expect([5, 7].contains(pipes), "\(line)")
    }
  }
}
