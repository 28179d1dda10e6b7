import AnnalsRender
import AnnalsText
import AnnalsTimeline
import ArgumentParser

struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline", abstract: "The chronology of the articles' events.")

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output; the extension picks the format.") var output: String?
  @Option(name: .long, help: "text, json, markdown, csv, svg, timelinejs or html (default: text, or from the -o extension).")
  var format: String?
  @Option(name: .long, help: "SVG lanes (and TimelineJS groups): none, entity or document.") var lanes: String = "none"
  @Option(name: .long, help: "Color: auto (on a terminal, unless NO_COLOR), always, never.") var color: ColorMode = .auto
  @Option(name: .long, help: "Line width for text output (default: the terminal's).") var width: Int?
  @OptionGroup var story: StoryOptions

  static let formats = [
    "text": "text", "json": "json", "markdown": "markdown", "md": "markdown", "csv": "csv", "svg": "timeline-svg",
    "timelinejs": "timelinejs", "html": "report-html", "htm": "report-html",
  ]

  func validate() throws {
    guard TimelineLanes(rawValue: lanes.lowercased()) != nil else {
      throw ValidationError("unknown lanes '\(lanes)'; use none, entity or document")
    }
  }

  func run() throws {
    var renderer = try Choose.renderer(format: format, output: output, table: Self.formats, fallback: "text")
    if format == nil, let output, output.lowercased().hasSuffix(".timelinejs.json"), let r = Formats.named("timelinejs") {
      renderer = r
    }
    let (full, failures) = try Choose.analysis(input)
    let analysis = story.view(full, format: renderer.name)
    let toFile = output != nil && output != "-"
    let options = RenderOptions(
      color: !toFile && Console.useColor(color), width: width ?? Console.width,
      lanes: TimelineLanes(rawValue: lanes.lowercased()) ?? .none)
    try Emit.write(try Choose.render(renderer, analysis, options), to: output)
    if failures > 0 { throw ExitCode(1) }
  }
}

struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph", abstract: "The relationship graph as SVG (rendered in-process by Graphviz), DOT or JSON.")

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE; .svg, .dot, .gv, .json or .graphml pick the format.") var output: String?
  @Option(name: .long, help: "svg, dot, json or graphml (default: from the -o extension, else svg).") var format: String?
  @Option(
    name: .long,
    help: "Graphviz layout: auto (dot for small graphs, sfdp for large ones), dot, neato, fdp, sfdp, circo, twopi, osage, patchwork.")
  var layout = "auto"
  @Option(name: .long, help: ArgumentHelp("Only this entity, its neighbours and its edges (repeatable).", valueName: "NAME"))
  var entity: [String] = []

  static let formats = ["svg": "svg", "dot": "dot", "gv": "dot", "json": "graph-json", "graphml": "graphml"]

  func run() throws {
    let renderer = try Choose.renderer(format: format, output: output, table: Self.formats, fallback: "svg")
    var (analysis, failures) = try Choose.analysis(input)
    if !entity.isEmpty {
      let (focused, unmatched) = analysis.focused(on: entity)
      for name in unmatched { Console.error("no entity named '\(name)' in the articles") }
      analysis = focused
    }
    try Emit.write(try Choose.render(renderer, analysis, RenderOptions(layout: layout)), to: output)
    if failures > 0 { throw ExitCode(1) }
  }
}

/// Picks formats and inputs for the rendering subcommands.
enum Choose {
  static func renderer(format: String?, output: String?, table: [String: String], fallback: String) throws -> any Renderer {
    var key = fallback
    if let format {
      guard let k = table[format.lowercased()] else {
        throw ValidationError("unknown format '\(format)'; use one of: \(table.keys.sorted().joined(separator: ", "))")
      }
      key = k
    } else if let output, let dot = output.lastIndex(of: "."), output != "-" {
      let ext = String(output[output.index(after: dot)...]).lowercased()
      if let k = table[ext] { key = k }
    }
    guard let r = Formats.named(key) else { throw ValidationError("format '\(key)' is not available in this build") }
    return r
  }

  /// The analysis to render: a saved one (`--from`), else the articles analyzed now; and
  /// how many inputs failed.
  static func analysis(_ input: InputOptions) throws -> (Analysis, failures: Int) {
    if let from = input.from { return (try FromFile.analysis(from), 0) }
    let inputs = try documents(input)
    return (analyze(inputs.documents, jobs: input.jobCount, analyzer: input.analyzer), inputs.failures)
  }

  static func documents(_ input: InputOptions) throws -> Inputs {
    if input.jsonl {
      var inputs = Inputs()
      try BatchCollect.collect(input, into: &inputs)
      return inputs
    }
    let inputs = Inputs.load(input)
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    return inputs
  }

  /// Analyzes documents in parallel, then builds one timeline and graph over all of them.
  static func analyze(_ documents: [Document], jobs: Int, analyzer: Analyzer = Analyzer()) -> Analysis {
    let progress = Progress(total: documents.count)
    defer { progress.finish() }
    return analyzer.combine(
      Parallel.map(documents, jobs: jobs) {
        let a = analyzer.analyze($0)
        progress.advance()
        return a
      })
  }

  static func render(_ r: any Renderer, _ a: Analysis, _ o: RenderOptions) throws -> String {
    do { return try r.render(a, options: o) } catch {
      Console.error("cannot render \(r.name): \(error)")
      throw ExitCode(1)
    }
  }
}
