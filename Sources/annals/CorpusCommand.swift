import AnnalsRender
import AnnalsText
import ArgumentParser

/// Articles in, batch-contract input lines out: turns a folder of .txt/.html/.tml files into
/// JSON Lines for `extract --jsonl`, `tag --jsonl` and the Spark job, read by the same readers
/// as every other command (publication date from metadata, headers or datelines included).
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Write articles as JSON Lines of the batch contract ({\"id\",\"text\",\"published\",\"title\"}).")

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.") var output: String?

  func validate() throws {
    if input.from != nil { throw ValidationError("--from is for timeline, graph and report") }
    if input.jsonl { throw ValidationError("corpus reads articles, not JSON Lines: drop --jsonl") }
  }

  func run() throws {
    let inputs = Inputs.load(input)
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    var out = ""
    for doc in inputs.documents {
      var w = JSONWriter()
      w.beginObject()
      w.field("id", doc.id)
      w.field("text", doc.text)
      w.field("published", ifPresent: doc.publication?.iso)
      w.field("title", ifPresent: doc.title)
      w.endObject()
      out += w.out
      out += "\n"
    }
    try Emit.write(out, to: output)
    if inputs.failures > 0 { throw ExitCode(1) }
  }
}
