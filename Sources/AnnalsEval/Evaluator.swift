import AnnalsText
import AnnalsTime
import Foundation

/// Tags every gold TimeML document with its own DCT and scores the result.
public struct Evaluator: Sendable {
  public struct DocumentResult: Sendable {
    public var name: String
    public var counts: TimexCounts
  }

  public struct Report: Sendable {
    public var documents: [DocumentResult]
    public var total: TimexCounts
    public var errors: [(document: String, error: TimexError)]
  }

  public var tagger: TemporalTagger
  public init(tagger: TemporalTagger = TemporalTagger()) { self.tagger = tagger }

  /// Gold files under `folder` (recursively): .tml and .TE3input, sorted by path.
  public static func goldFiles(in folder: String) throws -> [String] {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: folder, isDirectory: &isDir) else { throw InputError(folder, "no such folder") }
    guard isDir.boolValue else { throw InputError(folder, "is not a folder of TimeML files") }
    guard let walker = fm.enumerator(atPath: folder) else { throw InputError(folder, "cannot list folder") }
    var files: [String] = []
    while let rel = walker.nextObject() as? String {
      let base = (rel as NSString).lastPathComponent
      if base.hasPrefix(".") { continue }
      if base.hasSuffix(".tml") || base.hasSuffix(".TE3input") || base.hasSuffix(".TML") {
        files.append(folder + "/" + rel)
      }
    }
    if files.isEmpty { throw InputError(folder, "holds no .tml or .TE3input files") }
    return files.sorted()
  }

  /// The document name the scorers use: the file name without its TimeML suffix.
  public static func stem(_ path: String) -> String {
    let base = (path as NSString).lastPathComponent
    for suffix in [".tml.TE3input", ".TE3input", ".tml", ".TML"] where base.hasSuffix(suffix) {
      return String(base.dropLast(suffix.count))
    }
    return base
  }

  /// The publication date a DCT value gives (`1998-01-08`, `1998-01-08T18:30`).
  public static func publication(fromDCT value: String?) -> PublicationDate? {
    guard let value else { return nil }
    let parts = value.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let d = CivilDate(validYear: parts[0], month: parts[1], day: parts[2]) else { return nil }
    return PublicationDate(date: d, source: "input", evidence: value)
  }

  public func evaluate(files: [String], collectErrors: Bool) throws -> Report {
    var docs: [DocumentResult] = []
    var total = TimexCounts()
    var all: [(String, TimexError)] = []
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else { throw InputError(path, "cannot read") }
      let gold = TimeMLGold.parse(String(decoding: data, as: UTF8.self), name: Self.stem(path))
      let tokens = Tokenizer.tokenize(gold.text, breaks: gold.breaks)
      let timexes = tagger.tag(tokens, publication: Self.publication(fromDCT: gold.dct))
      let system = timexes.map { ScoredTimex(span: $0.span, text: $0.text, type: $0.type.rawValue, value: $0.value) }
      var errors: [TimexError]? = collectErrors ? [] : nil
      let c = TimexScorer.score(gold: gold, system: system, errors: &errors)
      docs.append(DocumentResult(name: gold.name, counts: c))
      total += c
      for e in errors ?? [] { all.append((gold.name, e)) }
    }
    return Report(documents: docs, total: total, errors: all)
  }
}
