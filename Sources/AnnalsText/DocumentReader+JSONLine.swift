import Foundation

extension DocumentReader {
  /// Reads one line of the batch contract: `{"id", "text", "published"?, "title"?}`.
  ///
  /// Errors name the line (`<stdin>:17: line is not a JSON object`) and carry the
  /// line's id in `InputError.id` whenever it can be recovered.
  public static func readJSONLine(_ line: String, lineNumber: Int, source: String) -> Result<Document, InputError> {
    let where_ = "\(source):\(lineNumber)"
    func fail(_ message: String, id: String? = nil) -> Result<Document, InputError> {
      var e = InputError(where_, message)
      e.id = id ?? recoverID(line)
      return .failure(e)
    }
    if TextDecoding.isBlank(line) { return fail("line is empty") }
    if let f = FlatJSONLine.read(line) {
      var diagnostics: [Diagnostic] = []
      let publication = f.published.flatMap { publicationField($0, where_, &diagnostics) }
      return .success(document(id: f.id, text: f.text, title: f.title, publication, diagnostics, where_))
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    } catch {
      return fail("line is not valid JSON")
    }
    guard let dict = object as? [String: Any] else { return fail("line is not a JSON object") }
    let id: String
    switch dict["id"] {
    case nil, is NSNull: return fail("missing \"id\"")
    case let s as String: id = s
    case let n as NSNumber where !isBoolean(n): id = numberText(n)
    default: return fail("\"id\" must be a string or a number")
    }
    guard let rawText = dict["text"], !(rawText is NSNull) else { return fail("missing \"text\"", id: id) }
    guard let text = rawText as? String else { return fail("\"text\" must be a string", id: id) }
    var diagnostics: [Diagnostic] = []
    var publication: PublicationDate?
    switch dict["published"] {
    case nil, is NSNull: break
    case let s as String: publication = publicationField(s, where_, &diagnostics)
    default:
      diagnostics.append(Diagnostic(.warning, where_, "\"published\" must be a string"))
    }
    return .success(document(id: id, text: text, title: dict["title"] as? String, publication, diagnostics, where_))
  }

  /// The date of a `"published"` string: nil when blank, or not ISO 8601 (with a warning).
  private static func publicationField(_ s: String, _ where_: String, _ diagnostics: inout [Diagnostic])
    -> PublicationDate?
  {
    if TextDecoding.isBlank(s) { return nil }
    let publication = PublicationDateFinder.parseISO(s, source: "input")
    if publication == nil {
      diagnostics.append(Diagnostic(.warning, where_, "\"published\" is not an ISO 8601 date: \(s)"))
    }
    return publication
  }

  /// The document of a line, its date searched for in the text when the line gave none.
  private static func document(
    id: String, text: String, title: String?, _ publication: PublicationDate?, _ diagnostics: [Diagnostic],
    _ where_: String
  ) -> Document {
    var doc = Document(
      id: id, source: where_, title: title, text: text,
      publication: publication ?? PublicationDateFinder.find(in: text), diagnostics: diagnostics)
    if doc.publication == nil { doc.diagnostics.append(noDate(where_)) }
    return doc
  }

  /// Reads one line of the batch contract from a slice of the input.
  public static func readJSONLine(_ line: Substring, lineNumber: Int, source: String) -> Result<Document, InputError> {
    readJSONLine(String(line), lineNumber: lineNumber, source: source)
  }

  /// A JSON boolean, which Foundation also hands over as an NSNumber.
  private static func isBoolean(_ n: NSNumber) -> Bool {
    String(cString: n.objCType) == "c" && (n == NSNumber(value: true) || n == NSNumber(value: false))
      && type(of: n) != type(of: NSNumber(value: 1))
  }

  private static func numberText(_ n: NSNumber) -> String {
    let d = n.doubleValue
    if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
    return n.stringValue
  }

  /// Finds `"id": "..."` or `"id": 17` in a line that may not parse as JSON.
  public static func recoverID(_ line: String) -> String? {
    let a = Array(line.unicodeScalars)
    let key = Array("\"id\"".unicodeScalars)
    var i = 0
    while i + key.count <= a.count {
      defer { i += 1 }
      guard Array(a[i..<(i + key.count)]) == key else { continue }
      var j = i + key.count
      while j < a.count, a[j] == " " || a[j] == "\t" { j += 1 }
      guard j < a.count, a[j] == ":" else { continue }
      j += 1
      while j < a.count, a[j] == " " || a[j] == "\t" { j += 1 }
      guard j < a.count else { return nil }
      var view = String.UnicodeScalarView()
      if a[j] == "\"" {
        j += 1
        while j < a.count, a[j] != "\"" {
          if a[j] == "\\", j + 1 < a.count { j += 1 }
          view.append(a[j])
          j += 1
        }
        return j < a.count ? String(view) : nil
      }
      while j < a.count, Tokenizer.isDigit(a[j]) || a[j] == "-" {
        view.append(a[j])
        j += 1
      }
      return view.isEmpty ? nil : String(view)
    }
    return nil
  }
}
