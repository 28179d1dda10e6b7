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
    // Split on bytes: tabs, newlines and "#" are ASCII, and a byte scan is far cheaper than
    // splitting by Character (the data is read at every start).
    var rows: [TableRow] = []
    var n = 0
    let bytes = Array(text.utf8)
    var start = 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 10 { end += 1 }
      n += 1
      var last = end
      if last > start, bytes[last - 1] == 13 { last -= 1 }
      if last > start, bytes[start] != UInt8(ascii: "#") {
        var columns: [String] = []
        var c = start
        for k in start...last where k == last || bytes[k] == 9 {
          columns.append(String(decoding: bytes[c..<k], as: UTF8.self))
          c = k + 1
        }
        rows.append(TableRow(file: file, line: n, columns: columns))
      }
      start = end + 1
    }
    return rows
  }

  /// Splits a phrase the way the tokenizer would, into lower-cased token texts.
  static func phraseTokens(_ phrase: String) -> [String] {
    Tokenizer.tokenize(phrase).tokens.map(\.lower)
  }
}
