import Foundation
import Testing

/// The default views of a story of many articles stay readable: at most about 80 entries,
/// 400 terminal lines at width 100, and a timeline SVG at most 2,000 px wide; no two dated
/// entries share a date and a caption, and every caption is a clause, not a bare word.
@Suite struct StorySizeTests {
  static let dev = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/meantime-dev.jsonl")
  static var devPresent: Bool { FileManager.default.fileExists(atPath: dev.path) }

  /// Thirty short articles of our own, each with a dozen dated events, as JSON Lines.
  static func syntheticCorpus() throws -> URL {
    let people = ["Anna Weber", "Peter Hansen", "Maria Rossi", "John Carter", "Laura Martin", "David Novak"]
    let places = ["Geneva", "Oslo", "Vienna", "Lisbon", "Prague", "Dublin"]
    let verbs = ["met", "visited", "praised", "criticized", "signed a deal with", "called"]
    var lines: [String] = []
    for a in 0..<30 {
      let day = 1 + a % 28
      var text = "Talks in \(places[a % places.count]) continue\n\n"
      for k in 0..<12 {
        let p = people[(a + k) % people.count]
        let q = people[(a + k + 1) % people.count]
        let month = ["January", "February", "March", "April", "May", "June"][k % 6]
        text += "\(p) \(verbs[k % verbs.count]) \(q) in \(places[(a + k) % places.count]) on \(month) \(1 + (day + k) % 27), 2024. "
      }
      let object: [String: String] = ["id": "synthetic-\(a)", "published": "2024-07-\(String(format: "%02d", 1 + a % 28))", "text": text]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      lines.append(String(decoding: data, as: UTF8.self))
    }
    let file = try CLI.tempDir().appendingPathComponent("synthetic.jsonl")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    return file
  }

  func check(_ corpus: URL, minimumEvents: Int) throws {
    let text = try CLI.run(["timeline", "--jsonl", corpus.path, "--width", "100", "--color", "never"])
    #expect(text.status == 0, "\(text.stderr)")
    let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    #expect(lines <= 400, "\(lines) terminal lines")
    let head = text.stdout.split(separator: "\n").first.map(String.init) ?? ""
    let shown = Int(head.split(separator: " ").dropFirst().first ?? "") ?? -1
    #expect(shown > 0 && shown <= 80, "\(head)")

    let dir = try CLI.tempDir()
    let svg = dir.appendingPathComponent("t.svg")
    #expect(try CLI.run(["timeline", "--jsonl", corpus.path, "-o", svg.path]).status == 0)
    let drawing = try String(contentsOf: svg, encoding: .utf8)
    let width = drawing.components(separatedBy: "width=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) } ?? -1
    #expect(width > 0 && width <= 2000, "SVG \(width) px wide")

    let json = try CLI.run(["timeline", "--jsonl", corpus.path, "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let timeline = try #require(object["timeline"] as? [String: Any])
    let dated = try #require(timeline["dated"] as? [[String: Any]])
    let undated = try #require(timeline["undated"] as? [[String: Any]])
    #expect(dated.count + undated.count >= minimumEvents, "the JSON keeps every event")
    #expect((dated + undated).filter { $0["selected"] as? Bool == true }.count <= 80)
    var seen = Set<String>()
    for e in dated {
      let key = "\(e["value"] as? String ?? "")|\(e["caption"] as? String ?? "")"
      #expect(seen.insert(key).inserted, "two dated entries: \(key)")
    }
    for e in dated + undated {
      let caption = e["caption"] as? String ?? ""
      #expect(caption.split(separator: " ").count >= 2, "bare caption “\(caption)”")
    }
  }

  @Test func thirtySyntheticArticles() throws {
    try check(try Self.syntheticCorpus(), minimumEvents: 120)
  }

  @Test(.enabled(if: StorySizeTests.devPresent, "../shared/data/meantime-dev.jsonl is not next to this checkout"))
  func thirtyMeantimeArticles() throws {
    try check(Self.dev, minimumEvents: 300)
  }

  @Test func allRestoresEveryEvent() throws {
    let corpus = try Self.syntheticCorpus()
    let all = try CLI.run(["timeline", "--jsonl", corpus.path, "--all", "--width", "100", "--color", "never"])
    let head = all.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(!head.contains(" of "), "\(head)")
    let shown = Int(head.split(separator: " ").dropFirst().first ?? "") ?? -1
    #expect(shown > 80, "\(head)")
  }
}
