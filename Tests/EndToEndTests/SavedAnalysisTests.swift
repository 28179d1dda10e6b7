import Foundation
import Testing

/// A saved analysis (`annals.analysis/1`) renders like the articles it came from
/// (`--from`), and `annals merge` gives the same bytes for any grouping and order of parts.
@Suite struct SavedAnalysisTests {
  static let timelineFormats = ["text", "json", "markdown", "csv", "svg", "timelinejs", "html"]
  static let graphFormats = ["svg", "dot", "json", "graphml"]

  static func saved() throws -> URL {
    let dir = try CLI.tempDir()
    let file = dir.appendingPathComponent("samples.json")
    let r = try CLI.run(["timeline", "Samples", "--format", "json", "-o", file.path])
    #expect(r.status == 0, "\(r.stderr)")
    return file
  }

  @Test func timelineFromSavedAnalysisMatchesEveryFormat() throws {
    let file = try Self.saved()
    for f in Self.timelineFormats {
      let direct = try CLI.run(["timeline", "Samples", "--format", f, "--width", "100", "--color", "never"])
      let from = try CLI.run(["timeline", "--from", file.path, "--format", f, "--width", "100", "--color", "never"])
      #expect(from.status == 0, "\(f): \(from.stderr)")
      #expect(!direct.stdout.isEmpty)
      #expect(direct.stdout == from.stdout, "timeline --format \(f) differs with --from")
    }
    let focus = ["--entity", "Anna Kowalczyk", "--format", "text", "--width", "100", "--color", "never"]
    let direct = try CLI.run(["timeline", "Samples"] + focus)
    let from = try CLI.run(["timeline", "--from", file.path] + focus)
    #expect(direct.stdout == from.stdout, "--entity differs with --from")
  }

  @Test func graphAndReportFromSavedAnalysisMatch() throws {
    let file = try Self.saved()
    for f in Self.graphFormats {
      let direct = try CLI.run(["graph", "Samples", "--format", f])
      let from = try CLI.run(["graph", "--from", file.path, "--format", f])
      #expect(from.status == 0, "\(f): \(from.stderr)")
      #expect(direct.stdout == from.stdout, "graph --format \(f) differs with --from")
    }
    let direct = try CLI.run(["report", "Samples", "--format", "html"])
    let from = try CLI.run(["report", "--from", file.path, "--format", "html"])
    #expect(!direct.stdout.isEmpty)
    #expect(direct.stdout == from.stdout, "report differs with --from")
  }

  /// Rendering the saved analysis as JSON gives the file back: nothing is lost on the way.
  @Test func savedAnalysisIsAFixedPoint() throws {
    let file = try Self.saved()
    let again = try CLI.run(["timeline", "--from", file.path, "--format", "json"])
    #expect(again.stdout == (try String(contentsOf: file, encoding: .utf8)))
  }

  @Test func notAnAnalysisIsAClearError() throws {
    let dir = try CLI.tempDir()
    let bad = dir.appendingPathComponent("bad.json")
    try #"{"schema":"something/2","documents":[]}"#.write(to: bad, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.txt")
    let r = try CLI.run(["timeline", "--from", bad.path, "-o", out.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains(bad.path) && r.stderr.contains("schema"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    try "{not json".write(to: bad, atomically: true, encoding: .utf8)
    let g = try CLI.run(["graph", "--from", bad.path, "--format", "dot"])
    #expect(g.status == 1 && g.stdout.isEmpty && g.stderr.contains(bad.path), "\(g.stderr)")
    let both = try CLI.run(["timeline", "Samples", "--from", bad.path])
    #expect(both.status != 0 && both.stderr.contains("--from"))
  }

  /// The per-document analyses of the samples, one JSON line each.
  static func perDocument() throws -> (lines: [String], corpus: String) {
    let corpus = try CLI.run(["corpus", "Samples"])
    #expect(corpus.status == 0, "\(corpus.stderr)")
    let r = try CLI.run(["extract", "--jsonl", "--analysis", "--jobs", "2"], stdin: corpus.stdout)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    return (lines, corpus.stdout)
  }

  static func merge(_ lines: [String]) throws -> String {
    let r = try CLI.run(["merge", "--jsonl"], stdin: lines.map { $0 + "\n" }.joined())
    #expect(r.status == 0, "\(r.stderr)")
    return r.stdout
  }

  @Test func mergeIsAssociativeAndCommutative() throws {
    let (lines, corpus) = try Self.perDocument()
    #expect(lines.count == 8)
    let whole = try Self.merge(lines)
    #expect(whole.hasPrefix(#"{"schema":"annals.analysis/1""#))
    #expect(whole.split(separator: "\n").count == 1)
    // Orders.
    #expect(try Self.merge(lines.reversed()) == whole, "order changes the merge")
    #expect(try Self.merge([3, 7, 0, 5, 1, 6, 2, 4].map { lines[$0] }) == whole)
    // Groupings, nested: ((0 1 2) (3 4)) (5 6 7), and (7 (0 (1 ... 6))).
    let a = try Self.merge(Array(lines[0...2]))
    let b = try Self.merge(Array(lines[3...4]))
    let ab = try Self.merge([b, a])
    let c = try Self.merge(Array(lines[5...7]))
    #expect(try Self.merge([c, ab]) == whole, "grouping changes the merge")
    var acc = try Self.merge([lines[6]])
    for i in [5, 4, 3, 2, 1, 0] { acc = try Self.merge([lines[i], acc].map { $0.trimmingCharacters(in: .newlines) }) }
    #expect(try Self.merge([acc.trimmingCharacters(in: .newlines), lines[7]]) == whole)
    // A part given twice changes nothing; a part left out does.
    #expect(try Self.merge(lines + [a.trimmingCharacters(in: .newlines)]) == whole, "merge is not idempotent")
    #expect(try Self.merge(Array(lines.dropLast())) != whole)
    // And it is what one machine gives for the same documents.
    let direct = try CLI.run(["timeline", "--jsonl", "--format", "json"], stdin: corpus)
    #expect(direct.stdout == whole, "merge differs from timeline --format json on the same documents")
  }

  @Test func blockingKeysCoverNameMergesAcrossArticles() throws {
    // "Putin" alone joins "Vladimir Putin" across articles, so their documents must share a key.
    let corpus = """
      {"id":"a","published":"2024-03-01","text":"Vladimir Putin met Kim Jong Un in Pyongyang on Tuesday."}
      {"id":"b","published":"2024-03-02","text":"Putin said the talks went well."}
      {"id":"c","published":"2024-03-02","text":"Rain fell in Lisbon on Monday."}

      """
    let per = try CLI.run(["extract", "--jsonl", "--analysis"], stdin: corpus)
    let keys = try CLI.run(["merge", "--jsonl", "--keys"], stdin: per.stdout)
    #expect(keys.status == 0, "\(keys.stderr)")
    var byID: [String: Set<String>] = [:]
    for line in keys.stdout.split(separator: "\n") {
      let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      if let id = o?["id"] as? String, let k = o?["keys"] as? [String] { byID[id] = Set(k) }
    }
    #expect(byID.count == 3)
    #expect(!(byID["a"] ?? []).isDisjoint(with: byID["b"] ?? []), "\(byID)")
    #expect((byID["a"] ?? []).isDisjoint(with: byID["c"] ?? []), "\(byID)")
  }

  static let meantime = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/meantime-dev.jsonl")
  static var meantimePresent: Bool { FileManager.default.fileExists(atPath: meantime.path) }

  /// Thirty news articles from another source than the samples: the round trip holds there too.
  @Test(.enabled(if: SavedAnalysisTests.meantimePresent, "../shared/data is not next to this checkout"))
  func meantimeRoundTrip() throws {
    let file = try CLI.tempDir().appendingPathComponent("meantime.json")
    let saved = try CLI.run(["timeline", "--jsonl", Self.meantime.path, "--format", "json", "-o", file.path])
    #expect(saved.status == 0, "\(saved.stderr)")
    for f in ["text", "json", "csv", "html"] {
      let args = ["--format", f, "--width", "100", "--color", "never"]
      let direct = try CLI.run(["timeline", "--jsonl", Self.meantime.path] + args)
      let from = try CLI.run(["timeline", "--from", file.path] + args)
      #expect(!direct.stdout.isEmpty && direct.stdout == from.stdout, "meantime-dev timeline --format \(f) differs with --from")
    }
    let direct = try CLI.run(["graph", "--jsonl", Self.meantime.path, "--format", "dot"])
    #expect(direct.stdout == (try CLI.run(["graph", "--from", file.path, "--format", "dot"])).stdout)
  }
}
