import AnnalsText
import Foundation

/// A data file problem, named by `file:line` so a bad line is found at once.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
  public var file: String
  public var line: Int
  public var message: String
  public var description: String { "\(file):\(line): \(message)" }
}

/// One non-comment line of a TSV data file: its columns and where it came from.
struct TableRow {
  var file: String
  var line: Int
  var columns: [String]

  func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: line, message: message) }

  /// Column `i`, or an error naming the line when it is missing or empty.
  func column(_ i: Int) throws -> String {
    guard i < columns.count, !columns[i].isEmpty else { throw fail("missing column \(i + 1)") }
    return columns[i]
  }

  func int(_ i: Int) throws -> Int {
    let s = try column(i)
    guard let v = Int(s) else { throw fail("column \(i + 1) is not a number: \(s)") }
    return v
  }
}

/// Reads the TSV files under Resources/en: `#` starts a comment line, blank lines are skipped.
enum TableFile {
  static func read(_ name: String) throws -> [TableRow] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/en") else {
      throw LexiconError(file: name, line: 0, message: "data file not found in the bundle")
    }
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw LexiconError(file: name, line: 0, message: "cannot read: \(error)")
    }
    return parse(text, file: name)
  }

  static func parse(_ text: String, file: String) -> [TableRow] {
    var rows: [TableRow] = []
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.isEmpty || line.hasPrefix("#") { continue }
      rows.append(
        TableRow(
          file: file, line: n, columns: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return rows
  }

  /// Splits a phrase the way the tokenizer would, into lower-cased token texts.
  static func phraseTokens(_ phrase: String) -> [String] {
    Tokenizer.tokenize(phrase).tokens.map(\.lower)
  }
}
