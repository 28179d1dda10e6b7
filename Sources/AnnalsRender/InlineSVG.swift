import AnnalsTimeline

/// Prepares a standalone SVG document for inlining into HTML: drops the XML declaration,
/// DOCTYPE and comments, and the namespace declarations on the root (HTML knows SVG's),
/// so the page holds no URL at all. Graphviz's `<a xlink:title="tip">` becomes
/// `<a><title>tip</title>`: the same tooltip, and no undeclared prefix for XML parsers.
enum InlineSVG {
  static func prepare(_ svg: String) -> String {
    var out = ""
    out.reserveCapacity(svg.utf8.count)
    var rest = Substring(svg)
    var rootDone = false
    while let lt = rest.firstIndex(of: "<") {
      out += rest[..<lt]
      let tail = rest[lt...]
      if tail.hasPrefix("<?") {
        rest = skip(tail, past: "?>")
      } else if tail.hasPrefix("<!--") {
        rest = skip(tail, past: "-->")
      } else if tail.hasPrefix("<!") {
        rest = skip(tail, past: ">")
      } else if !rootDone, tail.hasPrefix("<svg") {
        let end = tail.firstIndex(of: ">") ?? tail.endIndex
        out += dropNamespaces(String(tail[..<end]))
        rest = tail[end...]
        rootDone = true
      } else if tail.hasPrefix("<a "), let end = tail.firstIndex(of: ">"), tail[..<end].contains(" xlink:title=\"") {
        let (tag, tip) = liftTitle(String(tail[..<end]))
        out += tag + ">" + "<title>" + tip + "</title>"
        rest = tail[tail.index(after: end)...]
      } else {
        out.append("<")
        rest = tail.dropFirst()
      }
    }
    out += rest
    // Blank lines left where declarations were.
    return out.split(separator: "\n", omittingEmptySubsequences: true)
      .filter { !$0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
      .joined(separator: "\n")
  }

  /// `<a id="x" xlink:title="tip"` -> (`<a id="x"`, `tip`); the value stays escaped as it was.
  private static func liftTitle(_ tag: String) -> (String, String) {
    guard let r = tag.range(of: " xlink:title=\""), let close = tag[r.upperBound...].firstIndex(of: "\"") else { return (tag, "") }
    let value = String(tag[r.upperBound..<close])
    let rest = tag[tag.index(after: close)...]
    return (String(tag[..<r.lowerBound]) + rest, value)
  }

  private static func skip(_ s: Substring, past marker: String) -> Substring {
    guard let r = s.range(of: marker) else { return s[s.endIndex...] }
    return s[r.upperBound...]
  }

  /// `<svg a="1" xmlns="…" xmlns:xlink="…">` -> `<svg a="1">` (the tag without its `>`).
  private static func dropNamespaces(_ tag: String) -> String {
    var out = ""
    var rest = Substring(tag)
    while let r = rest.range(of: " xmlns") {
      out += rest[..<r.lowerBound]
      let after = rest[r.upperBound...]
      guard let q1 = after.firstIndex(of: "\""), let q2 = after[after.index(after: q1)...].firstIndex(of: "\"") else {
        out += rest[r.lowerBound...]
        return out
      }
      rest = after[after.index(after: q2)...]
    }
    return out + rest
  }
}

/// The relationship graph for a report: Graphviz's SVG, or why there is none.
enum ReportGraph {
  /// `svg` is set when Graphviz drew the graph; otherwise `note` says why not.
  static func render(_ analysis: Analysis, options: RenderOptions) -> (svg: String?, note: String) {
    if analysis.graph.nodes.isEmpty { return (nil, "No relationships between entities were found.") }
    do {
      return (try GraphSVGRenderer().render(analysis, options: options), "")
    } catch {
      return (nil, "The relationship graph could not be drawn: \(Chronology.oneLine("\(error)")). The entity index below still lists every entity.")
    }
  }
}
