/// The ASCII words of a vocabulary in an open-addressing table hashed by their bytes.
///
/// Cheaper than `String` hashing for the lookup of every token, and exact: for ASCII text,
/// canonical equivalence (what `String` equality uses) is byte equality. Other words are
/// looked up by `String`.
struct ASCIIWordTable: Sendable {
  /// Word ids by hash slot; 0 marks an empty slot (id 0 is `Vocabulary.unknown`).
  private var slots: [Int32] = [0]
  private var mask = 0
  /// The bytes of every ASCII word, and each word's range in them by id.
  private var bytes: [UInt8] = []
  private var spans: [Range<Int>] = []

  init() {}

  /// A table of `words` (indexed by id; id 0 is skipped).
  init(words: [String]) {
    var capacity = 16
    while capacity < words.count * 2 { capacity *= 2 }
    slots = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    spans = Array(repeating: 0..<0, count: words.count)
    for (id, w) in words.enumerated() where id != 0 && !w.isEmpty && w.utf8.allSatisfy({ $0 < 0x80 }) {
      let start = bytes.count
      bytes.append(contentsOf: w.utf8)
      spans[id] = start..<bytes.count
      var h = Self.hash(w.utf8) & mask
      while slots[h] != 0 { h = (h + 1) & mask }
      slots[h] = Int32(id)
    }
  }

  /// FNV-1a over the bytes, folded to an `Int`.
  @inline(__always) static func hash<C: Sequence<UInt8>>(_ b: C) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for x in b { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The id of the ASCII word `word` (`Vocabulary.unknown` when absent), or nil when it is not ASCII.
  func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
    // One pass: the hash, and whether any byte is outside ASCII.
    var high: UInt8 = 0
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for x in word {
      high |= x
      h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01b3
    }
    guard high < 0x80 else { return nil }
    var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while true {
      let id = slots[s]
      if id == 0 { return Vocabulary.unknown }
      let span = spans[Int(id)]
      if span.count == word.count {
        var same = true
        for k in 0..<word.count where bytes[span.lowerBound + k] != word[k] {
          same = false
          break
        }
        if same { return id }
      }
      s = (s + 1) & mask
    }
  }
}
