/// Reads a TimeML document (`.tml`, `.TE3input`) the way the project's scorers do.
///
/// The text is what lies between `<TEXT>` and `</TEXT>` with every tag removed, CDATA
/// kept, comments dropped and XML entities decoded, after XML line-end normalization
/// (CR LF and lone CR become LF), so offsets agree with extract_te3.py.
///
/// Elements that mean a break (`<s>` sentences, `<p>`, `<br>`) add nothing to the text,
/// so offsets stay those of the scorers; where they open or close is kept in `breaks`.
public enum TimeMLReader {
  /// Elements whose start or end ends a sentence ("pricesJanuary 09" is two sentences).
  public static let breakElements: Set<String> = [
    "s", "p", "br", "div", "headline", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "dateline", "hl",
  ]

  struct Parsed {
    var title: String?
    var text: String
    /// Scalar offsets into `text` where a break element opens or closes (sorted, unique).
    var breaks: [Int] = []
    /// The `value` of the creation-time TIMEX3, as written.
    var dctValue: String?
    /// False when the input ends inside `<TEXT>` (a truncated file).
    var closed = true
  }

  static func read(_ raw: String, source: String) -> Result<Parsed, InputError> {
    let s = normalizedLineEnds(raw)
    let items = HTMLScanner(s: s).scan()
    // The scanner lower-cases names; TimeML names are matched case-insensitively.
    guard let open = items.firstIndex(where: { if case .start("text", _, _) = $0 { return true } else { return false } })
    else { return .failure(InputError(source, "TimeML document has no <TEXT> element")) }
    var text: [Unicode.Scalar] = []
    var breaks: [Int] = []
    var k = open + 1
    var closed = false
    while k < items.count {
      if case .end("text") = items[k] {
        closed = true
        break
      }
      var boundary = false
      if case .start(let name, _, _) = items[k], breakElements.contains(name) { boundary = true }
      if case .end(let name) = items[k], breakElements.contains(name) { boundary = true }
      if boundary, text.count > 0, breaks.last != text.count { breaks.append(text.count) }
      if case .text(let r) = items[k] { text.append(contentsOf: xmlText(s[r])) }
      if case .raw(_, let r) = items[k] { text.append(contentsOf: xmlText(s[r])) }
      k += 1
    }
    var title: String?
    var creation: String?
    var inDCT = false
    var dctTimex: String?
    for item in items {
      switch item {
      case .start(let name, let attributes, _):
        if name == "timex3" {
          if creation == nil, (attributes["functionindocument"] ?? "").uppercased() == "CREATION_TIME" {
            creation = attributes["value"]
          }
          if inDCT, dctTimex == nil { dctTimex = attributes["value"] }
        }
        if name == "dct" { inDCT = true }
      case .end(let name):
        if name == "dct" { inDCT = false }
      case .text:
        break
      case .raw(let name, let r):
        if name == "title", title == nil { title = String(String.UnicodeScalarView(xmlText(s[r]))).trimmingSpaces() }
      }
    }
    let textString = String(String.UnicodeScalarView(text))
    if TextDecoding.isBlank(textString) { return .failure(InputError(source, "TimeML <TEXT> element is empty")) }
    while breaks.last == text.count { breaks.removeLast() }
    return .success(
      Parsed(
        title: title?.isEmpty == false ? title : nil, text: textString, breaks: breaks, dctValue: creation ?? dctTimex,
        closed: closed))
  }

  /// Character data with XML entities decoded; CDATA sections keep their content.
  private static func xmlText(_ r: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    HTMLEntities.decode(r, xmlOnly: true)
  }

  /// CR LF and lone CR become LF, as an XML parser reports them.
  static func normalizedLineEnds(_ raw: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(raw.unicodeScalars.count)
    var previousCR = false
    for c in raw.unicodeScalars {
      if c == "\r" {
        out.append("\n")
        previousCR = true
        continue
      }
      if c == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(c)
    }
    return out
  }
}
