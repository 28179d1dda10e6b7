import AnnalsRender
import AnnalsTimeline
import ArgumentParser

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "The whole analysis (timexes, entities, events, relations, timeline, graph) as JSON.")

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.") var output: String?
  @Flag(
    name: .long,
    help: "With --jsonl: one whole annals.analysis/1 analysis per line (for `annals merge`), not the contract's line.")
  var analysis = false

  func validate() throws {
    if input.from != nil { throw ValidationError("--from is for timeline, graph and report") }
    if analysis && !input.jsonl { throw ValidationError("--analysis goes with --jsonl") }
  }

  func run() throws {
    let analyzer = input.analyzer
    if input.jsonl && analysis {
      try BatchMode.run(input, output: output) { doc in
        var line = (try? JSONAnalysisRenderer().render(analyzer.combine([analyzer.analyze(doc)]), options: RenderOptions())) ?? ""
        if line.hasSuffix("\n") { line.removeLast() }
        return line
      }
      return
    }
    if input.jsonl {
      try BatchMode.run(input, output: output) { doc in
        let (timexes, layer) = analyzer.extract(doc)
        return JSONContract.extractLine(id: doc.id, publication: doc.publication, timexes: timexes, layer: layer)
      }
      return
    }
    let inputs = Inputs.load(input)
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    let analysis = Choose.analyze(inputs.documents, jobs: input.jobCount, analyzer: input.analyzer)
    try Emit.write(try JSONAnalysisRenderer().render(analysis, options: RenderOptions()), to: output)
    if inputs.failures > 0 { throw ExitCode(1) }
  }
}
