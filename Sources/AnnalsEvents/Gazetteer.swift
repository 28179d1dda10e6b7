import Foundation

/// The world places of gazetteer.txt (generated from GeoNames by scripts/gazetteer): the
/// file's bytes as they are, sorted by key, searched in place, so start-up only reads it.
struct Gazetteer: Sendable {
  private let bytes: [UInt8]
  /// Where each entry line starts, in file order (sorted by key): one scan at load, so a lookup
  /// is a plain binary search over lines instead of walking back to a line start at every step.
  private let lines: [Int32]

  /// One bit per hash of a key (2^20 bits, 128 KB): most names asked about are no place, and
  /// one probe here turns them away before the binary search touches the 1 MB of lines.
  private let filter: [UInt64]
  private static let filterBits = 1 << 20

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts: [Int32] = []
    starts.reserveCapacity(bytes.count / 12)
    var bits = [UInt64](repeating: 0, count: Self.filterBits / 64)
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        let comment = b[i] == 0x23  // comment lines (#) are not entries
        if !comment { starts.append(Int32(i)) }
        var h = Self.seed
        var keyDone = comment
        while i < b.count, b[i] != 0x0A {
          if b[i] == 0x09 { keyDone = true }
          if !keyDone { h = (h ^ UInt64(b[i])) &* Self.prime }
          i += 1
        }
        if !comment {
          let bit = Int(h & UInt64(Self.filterBits - 1))
          bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        i += 1
      }
    }
    lines = starts
    filter = bits
  }

  // FNV-1a, 64 bits.
  private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  private func mayHold(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    var h = Self.seed
    for c in key { h = (h ^ UInt64(c)) &* Self.prime }
    let bit = Int(h & UInt64(Self.filterBits - 1))
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
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
    guard mayHold(key) else { return nil }
    return bytes.withUnsafeBufferPointer { b in
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
