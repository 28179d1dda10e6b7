import AnnalsEval
import AnnalsRender
import AnnalsText
import AnnalsTime
import AnnalsTimeline

/// The fuzz targets: each takes arbitrary bytes and must neither crash nor break an invariant.
///
/// The libFuzzer driver (Fuzz/Driver) and the regression tests (Tests/FuzzRegressionTests)
/// both call `FuzzTargets.run`, so a crash input replays through exactly the same code.
public enum FuzzTargets {
  /// Target names, as `scripts/fuzz.sh TARGET` and `Fuzz/corpus/TARGET/` spell them.
  public static let names = ["text", "html", "timeml", "jsonl", "pipeline"]

  /// Runs the target called `name` on `bytes`; false when no such target exists.
  @discardableResult
  public static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
    switch name {
    case "text": text(bytes)
    case "html": html(bytes)
    case "timeml": timeML(bytes)
    case "jsonl": jsonLine(bytes)
    case "pipeline": pipeline(bytes)
    default: return false
    }
    return true
  }

  /// Plain-text reader, headline guess and publication-date finder.
  static func text(_ bytes: [UInt8]) {
    guard case .success(let doc) = DocumentReader.read(data: bytes, source: "fuzz.txt", format: .plainText) else { return }
    Invariants.fileDocument(doc)
    _ = PublicationDateFinder.parseISO(String(decoding: bytes.prefix(64), as: UTF8.self))
  }

  /// HTML reader (scanner, entities, metadata, article text).
  static func html(_ bytes: [UInt8]) {
    guard case .success(let doc) = DocumentReader.read(data: bytes, source: "fuzz.html", format: .html) else { return }
    Invariants.fileDocument(doc)
  }

  /// TimeML reader, the gold parser, the tagger over its text and the TIMEX3 writer
  /// (what `annals tag FILE.tml` and `annals eval` do).
  static func timeML(_ bytes: [UInt8]) {
    if case .success(let doc) = DocumentReader.read(data: bytes, source: "fuzz.tml", format: .timeML) {
      Invariants.fileDocument(doc)
    }
    let raw = String(decoding: bytes, as: UTF8.self)
    let gold = TimeMLGold.parse(raw, name: "fuzz.tml")
    let count = gold.text.unicodeScalars.count
    for t in gold.timexes { Invariants.check(t.span, within: count, "gold TIMEX3") }
    let publication = Evaluator.publication(fromDCT: gold.dct) ?? PublicationDateFinder.find(in: gold.text)
    let timexes = TemporalTagger().tag(Tokenizer.tokenize(gold.text), publication: publication)
    Invariants.timexes(timexes, in: gold.text)
    _ = TimeMLWriter.annotate(raw, timexes: timexes)
  }

  /// One line of the JSON Lines batch contract, and the id recovery used for error lines.
  static func jsonLine(_ bytes: [UInt8]) {
    let line = String(decoding: bytes, as: UTF8.self)
    _ = DocumentReader.recoverID(line)
    guard case .success(let doc) = DocumentReader.readJSONLine(line, lineNumber: 1, source: "fuzz") else { return }
    Invariants.document(doc)
  }

  /// The whole pipeline on a plain-text document: tokenizer, tagger, extractor, timeline,
  /// graph, and the JSON, CSV and DOT renderers (Graphviz layout and the terminal and
  /// Markdown tables are left out: they cost more than the rest together).
  static func pipeline(_ bytes: [UInt8]) {
    guard case .success(let doc) = DocumentReader.read(data: bytes, source: "fuzz.txt", format: .plainText) else { return }
    let analyzer = Analyzer()
    let one = analyzer.analyze(doc)
    Invariants.analysis(one)
    _ = JSONContract.extractLine(one)
    _ = JSONContract.tagLine(id: one.id, publication: one.publication, timexes: one.timexes)
    let all = analyzer.combine([one])
    for name in ["json", "csv", "dot", "graph-json"] {
      guard let renderer = Formats.named(name) else { continue }
      _ = try? renderer.render(all, options: RenderOptions())
    }
  }
}
