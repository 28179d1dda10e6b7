/// A small SVG writer: fixed attribute order, fixed number format, every string XML-escaped.
struct SVGWriter {
  private var lines: [String] = []
  private var depth = 1

  init(width: Double, height: Double, font: String, title: String) {
    let w = Self.n(width)
    let h = Self.n(height)
    lines.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    lines.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" font-family=\"\(Escape.xml(font))\" role=\"img\">")
    lines.append("  <title>\(Escape.xml(title))</title>")
    lines.append("  <rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>")
  }

  /// One decimal, no locale.
  static func n(_ x: Double) -> String { NumberFormat.fixed(x, digits: 1) }

  private mutating func emit(_ s: String) {
    lines.append(String(repeating: "  ", count: depth) + s)
  }

  mutating func open(_ tag: String, _ attributes: [String: String]) {
    let attrs = attributes.keys.sorted().map { " \($0)=\"\(Escape.xml(attributes[$0] ?? ""))\"" }.joined()
    emit("<\(tag)\(attrs)>")
    depth += 1
  }

  mutating func close(_ tag: String) {
    depth -= 1
    emit("</\(tag)>")
  }

  mutating func title(_ text: String) { emit("<title>\(Escape.xml(text))</title>") }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dash: String? = nil, cls: String? = nil) {
    var s = "<line"
    if let cls { s += " class=\"\(cls)\"" }
    s += " x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
    if let dash { s += " stroke-dasharray=\"\(dash)\"" }
    emit(s + "/>")
  }

  mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String, cls: String) {
    emit("<circle class=\"\(cls)\" cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
  }

  mutating func rect(x: Double, y: Double, w: Double, h: Double, fill: String, stroke: String?, cls: String, opacity: Double) {
    var s = "<rect class=\"\(cls)\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\" fill=\"\(fill)\""
    if let stroke { s += " stroke=\"\(stroke)\"" }
    s += " fill-opacity=\"\(NumberFormat.fixed(opacity, digits: 2))\""
    emit(s + "/>")
  }

  mutating func text(
    x: Double, y: Double, _ content: String, size: Double, weight: String? = nil, cls: String? = nil, fill: String? = nil
  ) {
    var s = "<text"
    if let cls { s += " class=\"\(cls)\"" }
    s += " x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\""
    if let weight { s += " font-weight=\"\(weight)\"" }
    if let fill { s += " fill=\"\(fill)\"" }
    emit(s + " xml:space=\"preserve\">\(Escape.xml(content))</text>")
  }

  func finish() -> String { (lines + ["</svg>"]).joined(separator: "\n") + "\n" }
}
