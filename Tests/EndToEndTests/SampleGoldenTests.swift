import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Each subcommand on the bundled samples, compared with a stored expected file.
///
/// A missing expected file is written and the test fails, so a new case is looked at
/// once by a person; `ANNALS_UPDATE_EXPECTED=1` rewrites them all after a reviewed change.
@Suite struct SampleGoldenTests {
  static let expectedDir = CLI.root.appendingPathComponent("Tests/EndToEndTests/Expected")

  static let cases: [(name: String, args: [String])] = [
    ("timeline.txt", ["timeline", "Samples", "--width", "100", "--color", "never"]),
    ("timeline-all.txt", ["timeline", "Samples", "--all", "--width", "100", "--color", "never"]),
    ("timeline-entity.txt", ["timeline", "Samples", "--entity", "Zielinski", "--width", "100", "--color", "never"]),
    ("timeline.json", ["timeline", "Samples", "--format", "json"]),
    ("timeline.md", ["timeline", "Samples", "--format", "markdown"]),
    ("timeline.csv", ["timeline", "Samples", "--format", "csv"]),
    ("graph.dot", ["graph", "Samples", "--format", "dot"]),
    ("graph.json", ["graph", "Samples", "--format", "json"]),
    ("tag.json", ["tag", "Samples/01_transit_fares_published_header.txt", "Samples/06_monsoon_first_published_ist.txt"]),
    ("tag-timeml.tml", ["tag", "Samples/05_river_flood_timeml.tml"]),
    ("extract-port-strike.json", ["extract", "Samples/07a_port_strike_day_three.txt", "Samples/07b_port_strike_deal.html"]),
  ]

  @Test(arguments: cases.map(\.name))
  func matchesExpected(_ name: String) throws {
    let args = try #require(Self.cases.first { $0.name == name }?.args)
    let r = try CLI.run(args)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let file = Self.expectedDir.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["ANNALS_UPDATE_EXPECTED"] == "1"
    guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
      try r.stdout.write(to: file, atomically: true, encoding: .utf8)
      Issue.record("wrote \(file.path); review it and run again")
      return
    }
    if r.stdout != expected {
      let got = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = Array(zip(got, want)).firstIndex { $0.0 != $0.1 } ?? min(got.count, want.count)
      Issue.record(
        "\(name) differs from the expected file at line \(line + 1):\n  expected: \(line < want.count ? String(want[line]) : "<end>")\n  got:      \(line < got.count ? String(got[line]) : "<end>")"
      )
    }
  }

  @Test func sameInputGivesByteIdenticalOutput() throws {
    let a = try CLI.run(["extract", "Samples", "--jobs", "1"])
    let b = try CLI.run(["extract", "Samples", "--jobs", "2"], env: ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8"])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
  }

  @Test func graphSVGIsXMLWithOneNodePerEntity() throws {
    let dir = try CLI.tempDir()
    let svg = dir.appendingPathComponent("graph.svg")
    let r = try CLI.run(["graph", "Samples", "-o", svg.path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let data = try Data(contentsOf: svg)
    let titles = SVGTitles()
    let parser = XMLParser(data: data)
    parser.delegate = titles
    #expect(parser.parse(), "graph.svg is not well-formed XML")
    let json = try CLI.run(["graph", "Samples", "--format", "json"])
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let nodes = try #require(graph["nodes"] as? [[String: Any]])
    let links = try #require(graph["links"] as? [[String: Any]])
    // Entities without relations are left out of the drawing (and named in its caption).
    var linked = Set<String>()
    for l in links {
      linked.insert("\(l["source"] ?? "")")
      linked.insert("\(l["target"] ?? "")")
    }
    #expect(!links.isEmpty)
    #expect(titles.nodeCount == nodes.filter { linked.contains("\($0["id"] ?? "")") }.count)
    #expect(String(decoding: data, as: UTF8.self).contains("without relations not drawn"))
    #expect(!String(decoding: data, as: UTF8.self).contains("<script"))
  }
}

/// Counts Graphviz node groups (`<g class="node">`) in an SVG.
final class SVGTitles: NSObject, XMLParserDelegate {
  var nodeCount = 0
  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "g", attributes["class"] == "node" { nodeCount += 1 }
  }
}

/// The port strike told by two outlets comes out as one timeline with both sources on the walkout.
@Suite struct TwoArticleStoryTests {
  @Test func sharedEventListsBothSources() throws {
    let r = try CLI.run(["timeline", "Samples/07a_port_strike_day_three.txt", "Samples/07b_port_strike_deal.html", "--format", "json"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let dated = try #require((json["timeline"] as? [String: Any])?["dated"] as? [[String: Any]])
    // The entry that holds the walkout (every mention is a source, whichever names it).
    let walkout = dated.first { e in
      ((e["sources"] as? [[String: Any]]) ?? []).contains { ($0["evidence"] as? String)?.contains("walked out") == true }
    }
    var documents: [String] = []
    for s in (walkout?["sources"] as? [[String: Any]]) ?? [] {
      if let d = s["document"] as? String, !documents.contains(d) { documents.append(d) }
    }
    #expect(documents == ["Samples/07a_port_strike_day_three.txt", "Samples/07b_port_strike_deal.html"])
    #expect(walkout?["value"] as? String == "2025-09-08TMO")
  }
}
