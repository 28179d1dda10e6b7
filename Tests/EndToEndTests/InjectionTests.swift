import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Article text full of markup, quotes, formula prefixes and invisible characters comes
/// out inert (no live markup, formula or reordering) and intact (the same characters,
/// once the format's own escaping is undone) in every output format.
@Suite struct InjectionTests {
  /// Hostile sentences, each dated so it reaches the timeline, and each its own evidence.
  static let sentences = [
    "=HYPERLINK(\"http://evil.example\") Minister Ana \"Quote\" O'Brien met President Karl {Brace} Müller in Geneva on Monday.",
    "+SUM(A1) The Council of <script>alert(1)</script> Europe announced on 5 May 2023 that ]]> talks --> ended.",
    "-cmd|' /C calc'!A0 Officials from Acme\u{202E}txt.exe\u{202C} Corp said on Tuesday that the zero\u{200B}width deal was signed.",
    "@SUM(1+1) The <b>bold</b> & \"unclosed < tag on 1 June 2023 surprised Dr. Jane\\Doe in New York.",
  ]
  static let article = "Published: 3 March 2024\n\n" + sentences.joined(separator: "\n") + "\n"

  let dir: URL
  let path: String

  init() throws {
    dir = try CLI.tempDir()
    path = dir.appendingPathComponent("hostile.txt").path
    try Data(Self.article.utf8).write(to: URL(fileURLWithPath: path))
  }

  func run(_ args: [String]) throws -> String {
    let r = try CLI.run(args)
    #expect(r.status == 0, "\(args): \(r.stderr)")
    return r.stdout
  }

  /// Every string value anywhere in a JSON document.
  static func strings(_ value: Any) -> [String] {
    switch value {
    case let s as String: return [s]
    case let a as [Any]: return a.flatMap(strings)
    case let d as [String: Any]: return d.keys.sorted().flatMap { [$0] + strings(d[$0] as Any) }
    default: return []
    }
  }

  @Test(arguments: [["extract"], ["timeline", "--format", "json"], ["graph", "--format", "json"]])
  func jsonIsValidAndKeepsTheTextIntact(_ command: [String]) throws {
    let out = try run(command + [path])
    #expect(!out.contains("<script>") && !out.contains("]]>") && !out.contains("-->"), "markup left raw in JSON")
    let values = Self.strings(try JSONSerialization.jsonObject(with: Data(out.utf8)))
    let expected = command == ["graph", "--format", "json"] ? [Self.sentences[0]] : Self.sentences
    for s in expected { #expect(values.contains(s), "missing intact: \(s)") }
  }

  /// RFC 4180 cells of a CSV text.
  static func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            cell.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          cell.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(cell)
        cell = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
    return rows
  }

  @Test func csvCellsCannotStartAFormula() throws {
    let rows = Self.csvRows(try run(["timeline", "--format", "csv", path]))
    let width = rows.first?.count ?? 0
    #expect(rows.count > 4)
    var evidence: Set<String> = []
    for row in rows {
      #expect(row.count == width, "ragged row \(row)")
      for cell in row {
        if let first = cell.unicodeScalars.first {
          #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "live formula: \(cell)")
        }
      }
      if let last = row.last { evidence.insert(last.hasPrefix("'") ? String(last.dropFirst()) : last) }
    }
    for s in Self.sentences { #expect(evidence.contains(s), "missing intact: \(s)") }
  }

  /// The double-quoted strings of a DOT file, unescaped (only \" and \\ are escapes of ours).
  static func dotStrings(_ dot: String) -> [String]? {
    var out: [String] = []
    var chars = Array(dot.unicodeScalars)[...]
    while let c = chars.popFirst() {
      guard c == "\"" else { continue }
      var s = String.UnicodeScalarView()
      var closed = false
      while let d = chars.popFirst() {
        if d == "\\", let e = chars.popFirst() {
          if e != "\"" && e != "\\" { s.append("\\") }
          s.append(e)
        } else if d == "\"" {
          closed = true
          break
        } else if d == "\n" {
          return nil  // a raw newline inside a string
        } else {
          s.append(d)
        }
      }
      if !closed { return nil }
      out.append(String(s))
    }
    return out
  }

  @Test func dotStringsAreClosedAndIntact() throws {
    let dot = try run(["graph", "--format", "dot", path])
    let strings = try #require(Self.dotStrings(dot), "unbalanced or multi-line string in DOT")
    // The edge's tooltip holds its captions, dates and the sentence itself.
    #expect(strings.contains { $0.contains(Self.sentences[0]) })
    #expect(dot.hasSuffix("}\n"))
  }

  /// Parses XML and returns element names and all text and attribute values.
  final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String] = []
    var current = ""
    /// All character data in document order (attributes left out).
    var characters = ""
    func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      elements.append(name.lowercased())
      texts.append(contentsOf: attributes.values)
      texts.append(current)
      current = ""
    }
    func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      texts.append(current)
      current = ""
    }
    func parser(_ p: XMLParser, foundCharacters s: String) {
      current += s
      characters += s
    }
    func parser(_ p: XMLParser, foundCDATA data: Data) { current += String(decoding: data, as: UTF8.self) }
  }

  static func parseXML(_ text: String) throws -> XMLCollector {
    let parser = XMLParser(data: Data(text.utf8))
    let c = XMLCollector()
    parser.delegate = c
    #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
    return c
  }

  @Test(arguments: [["timeline", "--format", "svg", "--all"], ["graph", "--format", "svg"], ["graph", "-o", "OUT.graphml"]])
  func xmlFormatsAreWellFormedWithNoLiveMarkup(_ command: [String]) throws {
    var args = command
    var out = ""
    if let i = args.firstIndex(of: "OUT.graphml") {
      let file = dir.appendingPathComponent("g.graphml")
      args[i] = file.path
      _ = try run(args + [path])
      out = try String(contentsOf: file, encoding: .utf8)
    } else {
      out = try run(args + [path])
    }
    let xml = try Self.parseXML(out)
    #expect(!xml.elements.contains("script") && !xml.elements.contains("b"))
    #expect(!xml.elements.isEmpty)
    if command.first == "timeline" {
      let joined = xml.texts.joined(separator: "\n")
      for s in Self.sentences { #expect(joined.contains(s), "missing intact: \(s)") }
    }
  }

  @Test func htmlReportHasNoLiveMarkupFromTheArticle() throws {
    let file = dir.appendingPathComponent("report.html")
    _ = try run(["report", path, "-o", file.path])
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(!html.contains("<script"))
    #expect(!html.contains("alert(1)</script>"))
    #expect(!html.contains("<b>bold"))
    #expect(!html.contains("talks -->"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func markdownEscapesMarkup() throws {
    let md = try run(["timeline", "--format", "markdown", "--all", path])
    #expect(!md.contains("<script>") && !md.contains("<b>"))
    #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func terminalTextHasNoControlsOrBidiOverrides() throws {
    let text = try run(["timeline", "--format", "text", "--all", "--width", "400", path])
    #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    #expect(text.contains("Acme<U+202E>txt.exe<U+202C> Corp"))
    #expect(text.contains("<script>alert(1)</script>"))  // plain text on a terminal is inert as is
  }

  @Test func timeMLOutputKeepsEscapedTextEscaped() throws {
    let body = "The council of &lt;script&gt;alert(1)&lt;/script&gt; met on Monday ]]&gt; --&gt; &amp; &quot;q&quot; Acme\u{202E}x\u{200B}y."
    let tml = "<?xml version=\"1.0\"?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-03\" functionInDocument=\"CREATION_TIME\">2024-03-03</TIMEX3></DCT>\n<TEXT>\(body)</TEXT></TimeML>\n"
    let file = dir.appendingPathComponent("hostile.tml")
    try Data(tml.utf8).write(to: file)
    let out = try run(["tag", file.path])
    #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(out.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-02-26\">Monday</TIMEX3>"))
    let xml = try Self.parseXML(out)
    #expect(!xml.elements.contains("script"))
    let decoded = "The council of <script>alert(1)</script> met on Monday ]]> --> & \"q\" Acme\u{202E}x\u{200B}y."
    #expect(xml.characters.contains(decoded))
  }
}
