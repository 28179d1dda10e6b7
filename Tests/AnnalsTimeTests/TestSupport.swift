import AnnalsText
import Foundation
import Testing

@testable import AnnalsTime

/// Shared helpers: a fixed publication date, tagging a plain sentence, and corpus reading.
enum Support {
  /// Parses `2025-08-13` or `2025-08-13T08:03` into a publication date.
  static func dct(_ s: String) -> PublicationDate? {
    let parts = s.split(separator: "T")
    let d = parts[0].split(separator: "-").compactMap { Int($0) }
    guard d.count == 3, let date = CivilDate(validYear: d[0], month: d[1], day: d[2]) else { return nil }
    if parts.count > 1 {
      let t = parts[1].prefix(5).split(separator: ":").compactMap { Int($0) }
      return PublicationDate(date: date, hour: t.first, minute: t.count > 1 ? t[1] : 0, source: "test")
    }
    return PublicationDate(date: date, source: "test")
  }

  static func tag(_ sentence: String, dct: PublicationDate?) -> [Timex] {
    TemporalTagger().tag(Tokenizer.tokenize(sentence), publication: dct)
  }

  /// Removes the [brackets] and returns the plain sentence with the marked text, if any.
  static func unmark(_ marked: String) -> (plain: String, target: String?) {
    guard let open = marked.firstIndex(of: "["), let close = marked.firstIndex(of: "]"), open < close else {
      return (marked, nil)
    }
    let target = String(marked[marked.index(after: open)..<close])
    let plain = String(marked[..<open]) + target + String(marked[marked.index(after: close)...])
    return (plain, target)
  }

  static func describe(_ t: [Timex]) -> String {
    t.isEmpty
      ? "nothing"
      : t.map { "[\($0.text)] \($0.type.rawValue) \($0.value)\($0.mod.map { " " + $0 } ?? "") (rule \($0.rule))" }
        .joined(separator: "; ")
  }

  /// One corpus line: DCT, marked sentence, expected type, value and optional mod.
  struct CorpusCase: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var dct: String
    var sentence: String
    var type: String
    var value: String
    var mod: String?
    /// Expected `begin` and `end` of a range or anchored offset (nil: not checked).
    var begin: String? = nil
    var end: String? = nil
    public var testDescription: String { "\(file):\(line) \(sentence)" }
  }

  static func corpus(_ file: String) -> [CorpusCase] {
    guard let url = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Corpus"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [CorpusCase(file: file, line: 0, dct: "", sentence: "missing corpus file", type: "", value: "")] }
    var out: [CorpusCase] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if raw.isEmpty || raw.hasPrefix("#") { continue }
      let c = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      out.append(
        CorpusCase(
          file: file, line: n + 1, dct: c[0], sentence: c.count > 1 ? c[1] : "", type: c.count > 2 ? c[2] : "",
          value: c.count > 3 ? c[3] : "", mod: c.count > 4 && !c[4].isEmpty ? c[4] : nil,
          begin: c.count > 5 && !c[5].isEmpty ? c[5] : nil, end: c.count > 6 && !c[6].isEmpty ? c[6] : nil))
    }
    return out
  }
}
