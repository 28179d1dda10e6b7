import Foundation

/// The world places of gazetteer.txt (generated from GeoNames by scripts/gazetteer): the
/// file's bytes as they are, sorted by key, searched in place, so start-up only reads it.
struct Gazetteer: Sendable {
  private let bytes: [UInt8]

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  static func load() -> Gazetteer {
    guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "txt", subdirectory: "Resources/en"),
      let data = try? Data(contentsOf: url)
    else { return Gazetteer([]) }
    return Gazetteer([UInt8](data))
  }

  /// The canonical name of the place whose lower-cased key is `key`: the listed name, or
  /// `key` itself (an empty string) when the text's own spelling is the name.
  func lookup(_ key: String) -> String? {
    var k = key
    return k.withUTF8 { find($0) }
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>) -> String? {
    bytes.withUnsafeBufferPointer { b in
      let n = b.count
      // The first byte after the comment lines.
      var lo = 0
      while lo < n, b[lo] == 0x23 {
        while lo < n, b[lo] != 0x0A { lo += 1 }
        lo += 1
      }
      var hi = n
      // Invariant: a matching line starts in [lo, hi) at a line start at or after lo.
      while lo < hi {
        var mid = lo + (hi - lo) / 2
        while mid > lo, b[mid - 1] != 0x0A { mid -= 1 }
        // Compare the line's key (up to the tab) with `key`.
        var i = mid
        var j = 0
        var order = 0
        while true {
          let c: Int = i < n && b[i] != 0x09 && b[i] != 0x0A ? Int(b[i]) : -1
          let d: Int = j < key.count ? Int(key[j]) : -1
          if c != d {
            order = c < d ? -1 : 1
            break
          }
          if c == -1 { break }
          i += 1
          j += 1
        }
        var end = i
        while end < n, b[end] != 0x0A { end += 1 }
        if order == 0 {
          let nameStart = i < n && b[i] == 0x09 ? i + 1 : i
          return String(decoding: b[nameStart..<end], as: UTF8.self)
        }
        if order < 0 { lo = end + 1 } else { hi = mid }
      }
      return nil
    }
  }
}
