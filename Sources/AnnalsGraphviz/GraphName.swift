extension Graphviz {
  /// The name given to anonymous graphs so that output does not depend on how many graphs
  /// this process has read before (Graphviz numbers anonymous graphs from a global counter).
  public static let defaultGraphName = "G"

  /// `dot` with a name inserted when its first graph is anonymous (`digraph {` -> `digraph "G" {`).
  static func namingAnonymousGraph(_ dot: String) -> String {
    let bytes = Array(dot.utf8)
    var i = 0
    var sawKeyword = false
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
        i += 1
      } else if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2F {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
      } else if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2A {
        i += 2
        while i + 1 < bytes.count, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
        i += 2
      } else if b == 0x23, !sawKeyword {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
      } else if isLetter(b) {
        var j = i
        while j < bytes.count, isLetter(bytes[j]) { j += 1 }
        let word = String(decoding: bytes[i..<j], as: UTF8.self).lowercased()
        switch word {
        case "strict": i = j
        case "graph", "digraph":
          sawKeyword = true
          i = j
        default: return dot
        }
      } else if b == 0x7B, sawKeyword {
        let head = String(decoding: bytes[..<i], as: UTF8.self)
        let tail = String(decoding: bytes[i...], as: UTF8.self)
        return head + "\"\(defaultGraphName)\" " + tail
      } else {
        return dot
      }
    }
    return dot
  }

  private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
}
