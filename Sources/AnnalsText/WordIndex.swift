/// An open-addressing table from ASCII words to dense ids, hashed with FNV-1a over the
/// bytes: the per-token lookups skip `Hasher` and Unicode normalization. Only ASCII keys go
/// in (for them byte equality is String equality); callers keep other words elsewhere.
public struct WordTable: Sendable {
  private var slots: [Int32]
  private var mask: Int
  private var bytes: [UInt8] = []
  private var ends: [Int32] = [0]

  /// A table sized for about `capacity` keys.
  public init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    bytes.reserveCapacity(8 * capacity)
    ends.reserveCapacity(capacity + 1)
  }

  public var count: Int { ends.count - 1 }

  public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt32 = 2_166_136_261
    for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
    return Int(h)
  }

  /// The hash of `key` when all its bytes are ASCII, else nil (one pass for both).
  public static func asciiHash(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    var h: UInt32 = 2_166_136_261
    var high: UInt8 = 0
    for b in key {
      high |= b
      h = (h ^ UInt32(b)) &* 16_777_619
    }
    return high < 128 ? Int(h) : nil
  }

  /// The id of `key`, or -1.
  public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 { find(key, hash: WordTable.hash(key)) }

  /// The id of `key` (whose hash is `hash`), or -1.
  public func find(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
    let r = probe(key, hash: hash)
    return r >= 0 ? r : -1
  }

  /// The id of `key`, or `-1 - s` where `s` is the empty slot the probe ended at.
  /// Reads through pointers: every index is below its array's count (slots by `mask`,
  /// ends by the ids stored, bytes by the ends).
  @inline(__always) private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
    slots.withUnsafeBufferPointer { sl in
      ends.withUnsafeBufferPointer { en in
        bytes.withUnsafeBufferPointer { all in
          var s = hash & mask
          while true {
            let id = sl[s]
            if id < 0 { return -1 - Int32(s) }
            let a = Int(en[Int(id)])
            if Int(en[Int(id) + 1]) - a == key.count {
              var k = 0
              while k < key.count, all[a + k] == key[k] { k += 1 }
              if k == key.count { return id }
            }
            s = (s + 1) & mask
          }
        }
      }
    }
  }

  /// The id of `key`, adding it (with the next id) when new.
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
    insert(key, hash: WordTable.hash(key))
  }

  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> (id: Int32, inserted: Bool) {
    if count * 2 >= slots.count { grow() }
    let r = probe(key, hash: hash)
    if r >= 0 { return (r, false) }
    let id = Int32(count)
    slots[Int(-1 - r)] = id
    // Byte by byte: words are short, and the generic bulk append costs more than the loop.
    for b in key { bytes.append(b) }
    ends.append(Int32(bytes.count))
    return (id, true)
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    bytes.withUnsafeBufferPointer { all in
      for id in 0..<count {
        let key = UnsafeBufferPointer(rebasing: all[Int(ends[id])..<Int(ends[id + 1])])
        var s = WordTable.hash(key) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(id)
      }
    }
  }

  /// The bytes of `s` when it is ASCII, or of its ASCII twin when its only other scalars are
  /// the three that are canonically ASCII (U+037E ";", U+1FEF "`", U+212A "K"); nil otherwise.
  public static func asciiBytes(_ s: String) -> [UInt8]? {
    var out: [UInt8] = []
    for c in s.unicodeScalars {
      switch c.value {
      case 0..<128: out.append(UInt8(c.value))
      case 0x37E: out.append(0x3B)
      case 0x1FEF: out.append(0x60)
      case 0x212A: out.append(0x4B)
      default: return nil
      }
    }
    return out
  }
}

/// Words to ids with String equality: ASCII words (and their canonical twins) in a
/// `WordTable`, any other word in a Dictionary (no other word equals an ASCII one).
public struct WordIndex: Sendable {
  private var table: WordTable
  private var ids: [Int32] = []
  private var others: [String: Int32] = [:]

  public init(capacity: Int) {
    table = WordTable(capacity: capacity)
    ids.reserveCapacity(capacity)
  }

  /// The id of `w`, or -1.
  public func find(_ w: String) -> Int32 {
    let fast: Int32?? = w.utf8.withContiguousStorageIfAvailable { b in
      WordTable.asciiHash(b).map { table.find(b, hash: $0) }
    }
    if let f = fast ?? nil { return f >= 0 ? ids[Int(f)] : -1 }
    if let a = WordTable.asciiBytes(w) {
      let f = a.withUnsafeBufferPointer { table.find($0) }
      return f >= 0 ? ids[Int(f)] : -1
    }
    return others[w] ?? -1
  }

  /// The id of `w`; a new word gets `next`.
  public mutating func intern(_ w: String, next: Int32) -> (id: Int32, inserted: Bool) {
    let hit: (id: Int32, inserted: Bool)?? = w.utf8.withContiguousStorageIfAvailable { b in
      WordTable.asciiHash(b).map { table.insert(b, hash: $0) }
    }
    if let r = hit ?? nil {
      if !r.inserted { return (ids[Int(r.id)], false) }
      ids.append(next)
      return (next, true)
    }
    var s = w
    var a: [UInt8]? = nil
    let ascii = s.withUTF8 { $0.allSatisfy { $0 < 128 } }
    if !ascii { a = WordTable.asciiBytes(w) }
    if ascii || a != nil {
      let r: (id: Int32, inserted: Bool)
      if let a {
        r = a.withUnsafeBufferPointer { table.insert($0) }
      } else {
        r = s.withUTF8 { table.insert($0) }
      }
      if !r.inserted { return (ids[Int(r.id)], false) }
      ids.append(next)
      return (next, true)
    }
    if let old = others[w] { return (old, false) }
    others[w] = next
    return (next, true)
  }
}
