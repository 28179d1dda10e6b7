/// A tolerant HTML tokenizer: tags, text and raw-text elements, never failing.
///
/// Truncated tags end the input, stray `<` stays text, unclosed quotes end at `>`.
struct HTMLScanner {
  enum Item {
    /// Character data (entities not yet decoded), as a range of scalars.
    case text(Range<Int>)
    /// A start tag with lower-cased name and attribute names (values decoded).
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    /// The content of a raw-text element (script, style, title, textarea).
    case raw(name: String, content: Range<Int>)
  }

  static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]

  let s: [Unicode.Scalar]

  /// Splits the document into items.
  func scan() -> [Item] {
    var items: [Item] = []
    var i = 0
    var textStart = 0
    let n = s.count
    func flush(_ upTo: Int) {
      if upTo > textStart { items.append(.text(textStart..<upTo)) }
    }
    while i < n {
      guard s[i] == "<", i + 1 < n else {
        i += 1
        continue
      }
      let c = s[i + 1]
      if c == "!" || c == "?" {
        flush(i)
        if c == "!", matches(i + 2, "--") {
          i = find("-->", from: i + 4).map { $0 + 3 } ?? n
        } else {
          i = find(">", from: i + 2).map { $0 + 1 } ?? n
        }
        textStart = i
        continue
      }
      if c == "/", i + 2 < n, isNameStart(s[i + 2]) {
        flush(i)
        let (name, after) = readName(i + 2)
        i = find(">", from: after).map { $0 + 1 } ?? n
        items.append(.end(name: name))
        textStart = i
        continue
      }
      guard isNameStart(c) else {
        i += 1
        continue
      }
      flush(i)
      let (name, after) = readName(i + 1)
      let (attributes, selfClosing, next) = readAttributes(after)
      i = next
      textStart = i
      items.append(.start(name: name, attributes: attributes, selfClosing: selfClosing))
      if Self.rawTextElements.contains(name), !selfClosing {
        let close = findClosing(name, from: i) ?? n
        items.append(.raw(name: name, content: i..<close))
        i = close
        if close < n {
          let (_, afterName) = readName(close + 2)
          i = find(">", from: afterName).map { $0 + 1 } ?? n
          items.append(.end(name: name))
        }
        textStart = i
      }
    }
    flush(n)
    return items
  }

  private func isNameStart(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
  }

  private func isNameChar(_ c: Unicode.Scalar) -> Bool {
    !(c.properties.isWhitespace || c == ">" || c == "/" || c == "=" || c == "<" || c == "\"" || c == "'")
  }

  private func readName(_ i: Int) -> (String, Int) {
    var j = i
    var view = String.UnicodeScalarView()
    while j < s.count, isNameChar(s[j]) {
      view.append(s[j])
      j += 1
    }
    return (String(view).lowercased(), j)
  }

  /// Reads attributes up to and including `>`.
  private func readAttributes(_ i: Int) -> ([String: String], Bool, Int) {
    var attributes: [String: String] = [:]
    var j = i
    let n = s.count
    while j < n {
      let c = s[j]
      if c.properties.isWhitespace {
        j += 1
        continue
      }
      if c == ">" { return (attributes, false, j + 1) }
      if c == "/" {
        if j + 1 < n, s[j + 1] == ">" { return (attributes, true, j + 2) }
        j += 1
        continue
      }
      if c == "<" { return (attributes, false, j) }  // a new tag begins: this one was never closed
      let (name, afterName) = readName(j)
      j = afterName
      guard !name.isEmpty else {
        j += 1
        continue
      }
      while j < n, s[j].properties.isWhitespace { j += 1 }
      var value = ""
      if j < n, s[j] == "=" {
        j += 1
        while j < n, s[j].properties.isWhitespace { j += 1 }
        if j < n, s[j] == "\"" || s[j] == "'" {
          let quote = s[j]
          var end = j + 1
          while end < n, s[end] != quote { end += 1 }
          if end >= n {  // unclosed quote: stop at the next '>'
            end = find(">", from: j + 1) ?? n
            value = decoded(j + 1..<end)
            return (record(attributes, name, value), false, min(n, end + 1))
          }
          value = decoded(j + 1..<end)
          j = end + 1
        } else {
          let start = j
          while j < n, !s[j].properties.isWhitespace, s[j] != ">" { j += 1 }
          value = decoded(start..<j)
        }
      }
      attributes = record(attributes, name, value)
    }
    return (attributes, false, n)
  }

  private func record(_ a: [String: String], _ name: String, _ value: String) -> [String: String] {
    var a = a
    if a[name] == nil { a[name] = value }
    return a
  }

  private func decoded(_ r: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: HTMLEntities.decode(s[r]))
    return String(view)
  }

  private func matches(_ i: Int, _ lit: String) -> Bool {
    var j = i
    for c in lit.unicodeScalars {
      guard j < s.count, s[j] == c else { return false }
      j += 1
    }
    return true
  }

  private func find(_ lit: String, from i: Int) -> Int? {
    guard let first = lit.unicodeScalars.first else { return nil }
    var j = i
    while j < s.count {
      if s[j] == first, matches(j, lit) { return j }
      j += 1
    }
    return nil
  }

  /// Where `</name` (any case) starts, after `i`.
  private func findClosing(_ name: String, from i: Int) -> Int? {
    let lower = Array(name.unicodeScalars)
    var j = i
    while j + 2 + lower.count <= s.count {
      if s[j] == "<", s[j + 1] == "/" {
        var ok = true
        for (k, c) in lower.enumerated() {
          let d = s[j + 2 + k]
          let folded = d.value >= 65 && d.value <= 90 ? Unicode.Scalar(d.value + 32) ?? d : d
          if folded != c {
            ok = false
            break
          }
        }
        let after = j + 2 + lower.count
        if ok, after == s.count || !isNameChar(s[after]) { return j }
      }
      j += 1
    }
    return nil
  }
}
