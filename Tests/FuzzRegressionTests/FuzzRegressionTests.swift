import AnnalsFuzzEntries
import Foundation
import Testing

/// Every input the fuzzers ever crashed on, and the seed corpus, replayed through the
/// same entry code (`FuzzTargets.run`). A regression crashes this test process.
@Suite struct FuzzRegressionTests {
  static let fuzzRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  /// The files under Fuzz/FOLDER/TARGET/, sorted.
  static func inputs(_ folder: String, _ target: String) -> [URL] {
    let dir = fuzzRoot.appendingPathComponent(folder).appendingPathComponent(target)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTargets.names)
  func crashInputsNoLongerCrash(target: String) throws {
    for url in Self.inputs("regressions", target) {
      let bytes = [UInt8](try Data(contentsOf: url))
      #expect(FuzzTargets.run(target, bytes), "\(url.lastPathComponent)")
    }
  }

  @Test(arguments: FuzzTargets.names)
  func seedCorpusRunsClean(target: String) throws {
    let seeds = Self.inputs("corpus", target)
    #expect(!seeds.isEmpty, "Fuzz/corpus/\(target) has no seeds")
    for url in seeds {
      #expect(FuzzTargets.run(target, [UInt8](try Data(contentsOf: url))))
    }
  }

  @Test func unknownTargetIsRefused() {
    #expect(!FuzzTargets.run("no-such-target", [0x41]))
  }

  /// Every regression folder names a real target, so no crash input is silently skipped.
  @Test func regressionFoldersNameTargets() throws {
    let dir = Self.fuzzRoot.appendingPathComponent("regressions")
    let folders = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
    for f in folders { #expect(FuzzTargets.names.contains(f), "Fuzz/regressions/\(f)") }
  }
}
