/// Locale-free fixed-point numbers for SVG and DOT attributes.
enum NumberFormat {
  /// `x` with exactly `digits` decimals (`1.5` -> `1.50`), no locale, no exponent.
  static func fixed(_ x: Double, digits: Int) -> String {
    var scale = 1
    for _ in 0..<max(0, digits) { scale *= 10 }
    let scaled = Int((abs(x) * Double(scale)).rounded())
    let sign = x < 0 && scaled != 0 ? "-" : ""
    let whole = scaled / scale
    guard digits > 0 else { return sign + String(whole) }
    var frac = String(scaled % scale)
    while frac.count < digits { frac = "0" + frac }
    return "\(sign)\(whole).\(frac)"
  }
}
