import AnnalsRender
import AnnalsText
import AnnalsTimeline
import ArgumentParser
import Foundation

struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge saved analyses (annals.analysis/1) into one, making every cross-article decision.",
    discussion: """
      Inputs are per-document analyses (`extract --jsonl --analysis`) or earlier merges.
      The result depends only on the set of documents (keyed and sorted by id), so any
      grouping and order of the parts gives the same bytes. With --keys, writes each
      document's blocking keys instead ({"id", "keys"} per line), for a cluster to group by.
      """)

  @Argument(help: "Analysis files, or - for standard input (the default).") var files: [String] = []
  @Flag(name: .long, help: "Each input line is one analysis (JSON Lines).") var jsonl = false
  @Flag(name: .long, help: "Write each document's blocking keys, one JSON line per document, instead of merging.")
  var keys = false
  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.") var output: String?

  func run() throws {
    var parts: [[DocumentAnalysis]] = []
    for path in files.isEmpty ? ["-"] : files {
      do {
        if jsonl {
          var reader = try LineReader(path: path)
          defer { reader.close() }
          while let line = reader.next() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            parts.append(try AnalysisReader.documents(Data(line.utf8), source: "\(reader.source):\(reader.lineNumber)"))
          }
        } else {
          parts.append(try AnalysisReader.documents(try FromFile.data(path), source: FromFile.name(path)))
        }
      } catch {
        Console.error("\(error)")
        throw ExitCode(1)
      }
    }
    if keys {
      var out = ""
      for doc in AnalysisMerge.documents(parts) {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", doc.id)
        w.beginArray("keys")
        for k in BlockingKeys.of(doc.entities) { w.element(k) }
        w.endArray()
        w.endObject()
        out += w.out + "\n"
      }
      try Emit.write(out, to: output)
      return
    }
    let merged = AnalysisMerge.merge(parts)
    try Emit.write(try JSONAnalysisRenderer().render(merged, options: RenderOptions()), to: output)
  }
}

/// Reads a saved analysis (`--from`, `merge`): a file, or standard input for `-`.
enum FromFile {
  static func name(_ path: String) -> String { path == "-" ? "<stdin>" : path }

  static func data(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let d = FileManager.default.contents(atPath: path) else {
      throw InputError(path, "cannot read the file")
    }
    return d
  }

  /// The analysis in `path`, rebuilt; a clear message naming the file when it is not one.
  static func analysis(_ path: String) throws -> Analysis {
    do { return try AnalysisReader.analysis(try data(path), source: name(path)) } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
  }
}
