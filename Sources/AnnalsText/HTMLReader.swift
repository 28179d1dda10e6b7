/// Reads an HTML page: its title, its publication metadata and its article text.
enum HTMLReader {
  /// What a page holds for Annals.
  struct Page {
    var title: String?
    var text: String
    var publication: PublicationDate?
  }

  /// Elements whose content is never article text.
  static let skipped: Set<String> = [
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form", "iframe",
    "button", "select", "head", "object", "canvas", "dialog", "menu",
  ]
  /// Block elements that end a paragraph (blank line) or a line.
  static let paragraphBlocks: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "pre", "table",
    "ul", "ol", "dl", "figure", "main", "hr", "address", "footer",
  ]
  static let lineBlocks: Set<String> = ["div", "li", "br", "tr", "dd", "dt", "figcaption", "caption", "summary"]
  static let voidElements: Set<String> = [
    "br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed", "param", "track",
  ]
  /// Meta keys (property, name or itemprop) naming the publication time, strongest first.
  static let publishedKeys = [
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
  ]

  static func read(_ html: String) -> Page {
    let s = Array(html.unicodeScalars)
    let items = HTMLScanner(s: s).scan()
    var title: String?
    var ogTitle: String?
    var metas: [String: String] = [:]
    var jsonLD: String?
    var firstTime: String?
    var articleTime: String?
    var inArticle = 0
    for item in items {
      switch item {
      case .raw(let name, let r):
        if name == "title", title == nil { title = collapsed(HTMLEntities.decode(s[r])) }
      case .start(let name, let attributes, _):
        if name == "article" { inArticle += 1 }
        if name == "meta", let content = attributes["content"] {
          let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
          if metas[key] == nil { metas[key] = content }
          if key == "og:title" { ogTitle = content }
        }
        if name == "time", let dt = attributes["datetime"] {
          if firstTime == nil { firstTime = dt }
          if inArticle > 0, articleTime == nil { articleTime = dt }
        }
        if name == "script", (attributes["type"] ?? "").lowercased().contains("ld+json") { jsonLD = jsonLD ?? "" }
      case .end(let name):
        if name == "article" { inArticle = max(0, inArticle - 1) }
      case .text: break
      }
    }
    // JSON-LD: the first datePublished in any ld+json script.
    var ldDate: String?
    if jsonLD != nil {
      var awaitingLD = false
      for item in items {
        if case .start(let name, let attributes, _) = item, name == "script" {
          awaitingLD = (attributes["type"] ?? "").lowercased().contains("ld+json")
        }
        if awaitingLD, case .raw(_, let r) = item, let d = datePublished(in: s[r]) {
          ldDate = d
          break
        }
      }
    }
    var text = articleText(items, s, skipping: true)
    if TextDecoding.isBlank(text) { text = articleText(items, s, skipping: false) }
    let chosenTitle = [ogTitle, title].compactMap { $0 }.first { !$0.isEmpty }
    if let t = chosenTitle, !alreadyHeads(text, t) { text = text.isEmpty ? t : t + "\n\n" + text }
    var publication: PublicationDate?
    for key in publishedKeys {
      // ISO values first; "August 13, 2025"-style values are read like a date line.
      if let v = metas[key], let p = PublicationDateFinder.parseISO(v, source: "metadata") ?? relabeled(v) {
        publication = p
        publication?.evidence = "<meta \(key)=\"\(v)\">"
        break
      }
    }
    if publication == nil, let v = ldDate, let p = PublicationDateFinder.parseISO(v, source: "metadata") {
      publication = p
      publication?.evidence = "\"datePublished\": \"\(v)\""
    }
    if publication == nil, let v = articleTime ?? firstTime, let p = PublicationDateFinder.parseISO(v, source: "metadata") {
      publication = p
      publication?.evidence = "<time datetime=\"\(v)\">"
    }
    return Page(title: chosenTitle, text: text, publication: publication)
  }

  /// A non-ISO metadata value read by the text finder, marked as metadata.
  private static func relabeled(_ value: String) -> PublicationDate? {
    guard var p = PublicationDateFinder.find(in: value) else { return nil }
    p.source = "metadata"
    return p
  }

  /// The visible text of the first `<article>`, else of `<body>`, else of the page.
  private static func articleText(_ items: [HTMLScanner.Item], _ s: [Unicode.Scalar], skipping: Bool) -> String {
    var region = items.indices
    var insideArticle = false
    if let a = items.firstIndex(where: { if case .start("article", _, _) = $0 { return true } else { return false } }) {
      var depth = 0
      var end = items.endIndex
      for k in a..<items.endIndex {
        if case .start("article", _, _) = items[k] { depth += 1 }
        if case .end("article") = items[k] {
          depth -= 1
          if depth == 0 {
            end = k + 1
            break
          }
        }
      }
      region = a..<end
      insideArticle = true
    } else if let b = items.firstIndex(where: { if case .start("body", _, _) = $0 { return true } else { return false } }) {
      region = b..<items.endIndex
    }
    var builder = TextBuilder()
    // Open elements, and the depth of the outermost skipped one: closing any element
    // opened before it (e.g. the `</div>` around an unclosed `<nav>`) ends the skip.
    var open: [String] = []
    var skipAt: Int?
    for item in items[region] {
      switch item {
      case .start(let name, _, let selfClosing):
        if skipAt == nil { breakFor(name, &builder) }
        guard !selfClosing, !voidElements.contains(name) else { continue }
        open.append(name)
        let skip = skipping ? skipped.contains(name) && !(insideArticle && name == "header") : (name == "head")
        if skip, skipAt == nil { skipAt = open.count - 1 }
      case .end(let name):
        guard let k = open.lastIndex(of: name) else { continue }
        open.removeSubrange(k...)
        if let s = skipAt, s >= k {
          skipAt = nil
        } else if skipAt == nil {
          breakFor(name, &builder)
        }
      case .text(let r):
        if skipAt == nil { builder.append(HTMLEntities.decode(s[r])) }
      case .raw(let name, let r):
        if skipAt == nil, name == "textarea" { builder.append(HTMLEntities.decode(s[r])) }
      }
    }
    return builder.text
  }

  private static func breakFor(_ name: String, _ b: inout TextBuilder) {
    if paragraphBlocks.contains(name) { b.breakLine(2) } else if lineBlocks.contains(name) { b.breakLine(1) }
  }

  /// True when the text already starts with the title (or the title starts with the text's first line).
  static func alreadyHeads(_ text: String, _ title: String) -> Bool {
    let head = String(text.unicodeScalars.prefix(600)).lowercased()
    let t = title.lowercased()
    if head.contains(t) { return true }
    let firstLine = head.split(separator: "\n").first.map { String($0).trimmingSpaces() } ?? ""
    return firstLine.unicodeScalars.count >= 12 && t.hasPrefix(firstLine)
  }

  /// The string value after the first `"datePublished"` key.
  static func datePublished(in s: ArraySlice<Unicode.Scalar>) -> String? {
    let key = Array("\"datePublished\"".unicodeScalars)
    let a = Array(s)
    var i = 0
    while i + key.count <= a.count {
      if a[i] == "\"", Array(a[i..<(i + key.count)]) == key {
        var j = i + key.count
        while j < a.count, a[j].properties.isWhitespace || a[j] == ":" { j += 1 }
        guard j < a.count, a[j] == "\"" else { return nil }
        var view = String.UnicodeScalarView()
        j += 1
        while j < a.count, a[j] != "\"" {
          view.append(a[j])
          j += 1
        }
        return String(view)
      }
      i += 1
    }
    return nil
  }

  private static func collapsed(_ scalars: [Unicode.Scalar]) -> String {
    var b = TextBuilder()
    b.append(scalars)
    return b.text
  }
}

/// Accumulates visible text, collapsing white space and placing line breaks.
struct TextBuilder {
  private var out = String.UnicodeScalarView()
  private var pendingBreak = 0
  private var pendingSpace = false

  var text: String { String(out) }

  /// Asks for `n` line breaks (1 = new line, 2 = blank line) before the next text.
  mutating func breakLine(_ n: Int) { pendingBreak = max(pendingBreak, n) }

  mutating func append<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
    for c in scalars {
      if Tokenizer.isInvisible(c) { continue }
      if c.properties.isWhitespace {
        pendingSpace = true
        continue
      }
      if !out.isEmpty {
        if pendingBreak > 0 {
          out.append(contentsOf: String(repeating: "\n", count: pendingBreak).unicodeScalars)
        } else if pendingSpace {
          out.append(" ")
        }
      }
      pendingBreak = 0
      pendingSpace = false
      out.append(c)
    }
  }
}
