import Foundation

/// The world places of gazetteer.txt (generated from GeoNames by scripts/gazetteer): the
/// file's bytes as they are, sorted by key, searched in place, so start-up only reads it.
struct Gazetteer: Sendable {
  private let bytes: [UInt8]
  /// Where each entry line starts, in file order (sorted by key): one scan at load, so a lookup
  /// is a plain binary search over lines instead of walking back to a line start at every step.
  private let lines: [Int32]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int32] = []
    starts.reserveCapacity(bytes.count / 12)
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        if b[i] != 0x23 { starts.append(Int32(i)) }  // comment lines (#) are not entries
        while i < b.count, b[i] != 0x0A { i += 1 }
        i += 1
      }
    }
    lines = starts
  }

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
      lines.withUnsafeBufferPointer { starts in
        let n = b.count
        var lo = 0
        var hi = starts.count
        while lo < hi {
          let mid = lo + (hi - lo) / 2
          // Compare the line's key (up to the tab) with `key`.
          var i = Int(starts[mid])
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
          if order == 0 {
            var end = i
            while end < n, b[end] != 0x0A { end += 1 }
            let nameStart = i < n && b[i] == 0x09 ? i + 1 : i
            return String(decoding: b[nameStart..<end], as: UTF8.self)
          }
          if order < 0 { lo = mid + 1 } else { hi = mid }
        }
        return nil
      }
    }
  }
}
