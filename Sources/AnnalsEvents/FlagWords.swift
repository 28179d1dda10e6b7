import AnnalsText

/// Words with a few flag bits each, found through a `WordIndex` (FNV over the bytes, no
/// `Hasher`): for small word lists asked about on every event.
struct FlagWords: Sendable {
  private var index = WordIndex(capacity: 0)
  private var bits: [UInt8] = []

  /// Adds `bit` to every word of `words`.
  mutating func add(_ words: Set<String>, bit: UInt8) {
    // Sorted, so ids do not depend on the set's order.
    for w in words.sorted() {
      let (id, inserted) = index.intern(w, next: Int32(bits.count))
      if inserted { bits.append(0) }
      bits[Int(id)] |= bit
    }
  }

  /// True when `w` (by String equality) was added with `bit`.
  func contains(_ w: String, _ bit: UInt8) -> Bool {
    let id = index.find(w)
    return id >= 0 && bits[Int(id)] & bit != 0
  }
}
