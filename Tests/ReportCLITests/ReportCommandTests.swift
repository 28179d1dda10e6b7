import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `annals report`, and the export formats of `timeline` and `graph`, run on the samples.
@Suite struct ReportCommandTests {
  static func wellFormed(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

  @Test func htmlReportIsOneSelfContainedFile() throws {
    let dir = try Annals.folder()
    let out = dir.appendingPathComponent("report.html")
    let r = try Annals.run(["report", "Samples", "-o", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let html = Annals.read(out)
    #expect(Self.wellFormed(html))
    for bad in ["http:", "https:", "src=", "href=", "<script", "<link"] { #expect(!html.lowercased().contains(bad), "\(bad)") }
    for section in ["sources", "timeline", "graph", "chronology", "entities", "unresolved"] {
      #expect(html.contains("<h2 id=\"\(section)\">"))
    }
    // Nothing else was written beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"])
  }

  @Test func markdownReportWritesItsPicturesBesideIt() throws {
    let dir = try Annals.folder()
    let out = dir.appendingPathComponent("story.md")
    let r = try Annals.run(["report", "Samples/07a_port_strike_day_three.txt", "Samples/07b_port_strike_deal.html", "-o", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(files == ["story.graph.svg", "story.md", "story.timeline.svg"])
    let md = Annals.read(out)
    #expect(md.contains("![Timeline](<story.timeline.svg>)"))
    #expect(md.contains("```mermaid\ntimeline\n"))
    #expect(Self.wellFormed(Annals.read(dir.appendingPathComponent("story.timeline.svg"))))
  }

  @Test func markdownToStandardOutputIsRefused() throws {
    let r = try Annals.run(["report", "Samples", "--format", "markdown"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("give -o FILE.md"))
  }

  @Test func timelineJSByFormatAndByFileName() throws {
    let r = try Annals.run(["timeline", "Samples", "--format", "timelinejs"])
    #expect(r.status == 0, "\(r.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(root["events"] is [[String: Any]] && root["title"] is [String: Any])
    let dir = try Annals.folder()
    let out = dir.appendingPathComponent("t.timelinejs.json")
    #expect(try Annals.run(["timeline", "Samples", "-o", out.path]).status == 0)
    #expect(Annals.read(out) == r.stdout)
  }

  @Test func graphMLFromTheFileName() throws {
    let dir = try Annals.folder()
    let out = dir.appendingPathComponent("g.graphml")
    let r = try Annals.run(["graph", "Samples", "-o", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let text = Annals.read(out)
    #expect(text.contains("<graphml xmlns="))
    #expect(Self.wellFormed(text))
  }

  @Test func lanesAreValidated() throws {
    let bad = try Annals.run(["timeline", "Samples", "--format", "svg", "--lanes", "bogus"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("use none, entity or document"))
    let good = try Annals.run(["timeline", "Samples", "--format", "svg", "--lanes", "document"])
    #expect(good.status == 0)
    #expect(good.stdout.components(separatedBy: "class=\"lane-band\"").count - 1 >= 2)
  }
}
