import AnnalsRender
import AnnalsText
import AnnalsTime
import AnnalsTimeline
import ArgumentParser

struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag", abstract: "Find and normalize temporal expressions (TimeML TIMEX3) as JSON.")

  @OptionGroup var input: InputOptions
  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.") var output: String?
  @Flag(name: .long, help: "Show, for each expression, the rule that fired, its anchor and tense cue.") var explain = false
  @Option(name: .long, help: "json, or timeml (the TimeML input with TIMEX3 tags inserted; the default for .tml/.TE3input).")
  var format: String?

  func validate() throws {
    if input.from != nil { throw ValidationError("--from is for timeline, graph and report") }
  }

  func run() throws {
    let analyzer = input.analyzer
    if input.jsonl {
      try BatchMode.run(input, output: output) { doc in
        JSONContract.tagLine(id: doc.id, publication: doc.publication, timexes: analyzer.tag(doc).1)
      }
      return
    }
    let timeml = format.map { $0.lowercased() == "timeml" } ?? (!explain && !input.files.isEmpty && input.files.allSatisfy(TimeMLTagging.isTimeML))
    if let f = format, !["json", "timeml"].contains(f.lowercased()) {
      throw ValidationError("unknown format '\(f)'; use json or timeml")
    }
    if timeml {
      try TimeMLTagging.run(paths: input.files, output: output, flag: input.flagDate, strict: input.strict)
      return
    }
    let inputs = Inputs.load(input)
    guard !inputs.documents.isEmpty else { throw ExitCode(1) }
    var text = ""
    if explain {
      for doc in inputs.documents {
        text += Explain.render(doc, timexes: analyzer.tag(doc).1)
      }
    } else {
      var w = JSONWriter()
      w.beginObject()
      w.field("schema", "annals.tag/1")
      w.beginArray("documents")
      for doc in inputs.documents {
        JSONContract.writeTagDocument(id: doc.id, publication: doc.publication, timexes: analyzer.tag(doc).1, to: &w)
      }
      w.endArray()
      w.endObject()
      text = w.out + "\n"
    }
    try Emit.write(text, to: output)
    if inputs.failures > 0 { throw ExitCode(1) }
  }
}

/// The `--explain` listing: one line per expression with the rule, anchor and cue.
enum Explain {
  static func render(_ doc: Document, timexes: [Timex]) -> String {
    var s = "\(doc.source): published \(doc.publication.map { "\($0.iso) (\($0.source))" } ?? "unknown")\n"
    for t in timexes {
      var why = "rule \(t.rule); anchor \(t.anchor.kind.rawValue)"
      if let v = t.anchor.value { why += " \(v)" }
      if let d = t.anchor.direction { why += ", \(d)" }
      if let c = t.anchor.cue { why += ", cue \"\(c)\"" }
      if let sig = t.signal { why += ", signal \"\(sig)\"" }
      let mod = t.mod.map { " mod=\($0)" } ?? ""
      if let n = t.note { why += "; \(n)" }
      if let z = t.zone { why += "; zone \(z)" + (t.utcOffset.map { " (UTC\($0))" } ?? "") }
      if let b = t.begin, let e = t.end {
        why += "; begins \(b), ends \(e)" + (t.spanReason.map { " (\($0))" } ?? "")
      }
      s += "  \(t.id)\t\(t.span.start)-\(t.span.end)\t\"\(t.text)\"\t\(t.type.rawValue) \(t.value)\(mod)\t\(why)\n"
    }
    return s
  }
}

/// Writes a command's finished text to a file (atomically) or standard output.
enum Emit {
  static func write(_ text: String, to path: String?) throws {
    do {
      let sink = try OutputSink(path: path)
      sink.write(text)
      try sink.commit()
    } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
  }
}
