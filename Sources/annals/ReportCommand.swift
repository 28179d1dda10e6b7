import AnnalsRender
import AnnalsTimeline
import ArgumentParser

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "The whole story as one self-contained HTML page, or Markdown with the SVGs beside it.",
    discussion: """
      HTML inlines the timeline and graph SVGs and needs no network, scripts or other files.
      Markdown writes FILE.md plus FILE.timeline.svg and FILE.graph.svg in the same folder,
      and carries a Mermaid timeline block.
      """)

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE (.html or .md); HTML may also go to standard output.") var output: String?
  @Option(name: .long, help: "html or markdown (default: from the -o extension, else html).") var format: String?
  @Option(name: .long, help: "Timeline lanes: none, entity or document.") var lanes: String = "none"
  @Option(name: .long, help: "Graphviz layout for the graph: auto (by size), dot, neato, fdp, sfdp, circo, twopi.") var layout = "auto"
  @OptionGroup var story: StoryOptions

  static let formats = ["html": "html", "htm": "html", "markdown": "markdown", "md": "markdown"]

  func validate() throws {
    guard TimelineLanes(rawValue: lanes.lowercased()) != nil else {
      throw ValidationError("unknown lanes '\(lanes)'; use none, entity or document")
    }
    if let f = format, Self.formats[f.lowercased()] == nil {
      throw ValidationError("unknown format '\(f)'; use html or markdown")
    }
  }

  func run() throws {
    var kind = format.flatMap { Self.formats[$0.lowercased()] } ?? "html"
    if format == nil, let output, let dot = output.lastIndex(of: ".") {
      kind = Self.formats[String(output[output.index(after: dot)...]).lowercased()] ?? "html"
    }
    let (full, failures) = try Choose.analysis(input)
    let analysis = story.view(full, format: "report-html")
    let options = RenderOptions(layout: layout, lanes: TimelineLanes(rawValue: lanes.lowercased()) ?? .none)
    if kind == "html" {
      try Emit.write(Report.html(analysis, options: options), to: output)
    } else {
      guard let output, output != "-" else {
        Console.error("--format markdown writes SVG files beside the report: give -o FILE.md")
        throw ExitCode(1)
      }
      let (folder, base) = Self.split(output)
      let files = Report.markdown(analysis, options: options, base: base)
      for asset in files.assets { try Emit.write(asset.contents, to: folder + asset.name) }
      try Emit.write(files.main, to: output)
    }
    if failures > 0 { throw ExitCode(1) }
  }

  /// `Output/report.md` -> (`Output/`, `report`).
  static func split(_ path: String) -> (folder: String, base: String) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    var name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
    return (folder, name)
  }
}
