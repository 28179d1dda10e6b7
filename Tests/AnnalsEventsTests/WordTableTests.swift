import AnnalsText
import Testing

@testable import AnnalsEvents

/// The word tables behind every token lookup: ids are dense, in first-seen order, and
/// every word comes back as itself however full the table gets.
@Suite struct WordTableTests {
  @Test func internsInFirstSeenOrderAndFindsAgain() {
    var index = WordIndex(capacity: 4)
    let words = ["the", "talks", "the", "Kim", "kim", "", "naïve", "talks", "ﾃｽﾄ", "K", "\u{212A}"]
    var next: Int32 = 0
    var ids: [String: Int32] = [:]
    for w in words {
      let (id, inserted) = index.intern(w, next: next)
      if let old = ids[w] {
        #expect(!inserted)
        #expect(id == old)
      } else {
        #expect(inserted)
        #expect(id == next)
        ids[w] = id
        next += 1
      }
    }
    for (w, id) in ids { #expect(index.find(w) == id) }
    #expect(index.find("summit") == -1)
  }

  /// Far more words than the first capacity: the table grows and keeps every id.
  @Test func growsAndKeepsEveryWord() {
    var index = WordIndex(capacity: 1)
    for i in 0..<5000 {
      let (id, inserted) = index.intern("w\(i)", next: Int32(i))
      #expect(inserted && id == Int32(i))
    }
    for i in stride(from: 0, to: 5000, by: 7) { #expect(index.find("w\(i)") == Int32(i)) }
    #expect(index.find("w5000") == -1)
  }

  /// Flag words answer as the sets they were built from do, bit by bit.
  @Test func flagWordsMatchTheirSets() {
    let light: Set<String> = ["hold", "take", "make"]
    let evaluative: Set<String> = ["praise", "criticize", "take", "caf\u{E9}"]
    var flags = FlagWords()
    flags.add(light, bit: 1)
    flags.add(evaluative, bit: 2)
    for w in ["hold", "take", "praise", "caf\u{E9}", "cafe\u{301}", "held", "", "Hold"] {
      #expect(flags.contains(w, 1) == light.contains(w), "\(w)")
      #expect(flags.contains(w, 2) == evaluative.contains(w), "\(w)")
    }
    // Every entry of the shipped lists is found with its own bit.
    let lx = Lexicon.shared
    for w in lx.lightVerbs { #expect(lx.verbLists.contains(w, Lexicon.lightVerb)) }
    for w in lx.evaluativeVerbs { #expect(lx.verbLists.contains(w, Lexicon.evaluativeVerb)) }
    for w in lx.withRecipientVerbs { #expect(lx.verbLists.contains(w, Lexicon.withRecipientVerb)) }
  }
}
