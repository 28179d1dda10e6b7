/// Merges name mentions into entity clusters: same canonical key, short names to
/// full names ("Putin" -> "Vladimir Putin"), acronyms to their expansion ("KCNA").
struct EntityResolver {
  let cx: Context

  /// A cluster: its mentions' indices and the facts that name and type it.
  struct Cluster {
    var members: [Int]
    var name: String
    var type: EntityType
    var known: Bool
    var words: Int
  }

  /// Drops unsupported context mentions, then assigns `cluster` to every mention.
  func resolve(_ ms: inout [RawMention]) -> [Cluster] {
    var supported = Set<String>(minimumCapacity: ms.count)
    // Mentions are read in place: a copy would retain their strings.
    for i in ms.indices where !ms[i].conditional { supported.insert(ms[i].key) }
    ms.removeAll { $0.conditional && !supported.contains($0.key) }

    var clusters: [Cluster] = []
    var byKey = [String: Int](minimumCapacity: ms.count)
    for i in ms.indices {
      var words = 0
      for k in ms[i].start..<ms[i].end where cx.facts[k].kind != .punctuation { words += 1 }
      let known = ms[i].known
      if let c = byKey[ms[i].key] {
        clusters[c].members.append(i)
        if !clusters[c].known, known || words > clusters[c].words {
          clusters[c].name = ms[i].name
          clusters[c].type = ms[i].type
          clusters[c].words = words
          clusters[c].known = known
        }
        ms[i].cluster = c
      } else {
        byKey[ms[i].key] = clusters.count
        ms[i].cluster = clusters.count
        clusters.append(Cluster(members: [i], name: ms[i].name, type: ms[i].type, known: known, words: words))
      }
    }
    var parent = Array(clusters.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x { x = parent[x] }
      return x
    }
    // Index multi-word inferred or known names by their first and last words.
    var byWord: [String: [Int]] = [:]
    var byInitials: [String: Int] = [:]
    for (c, cl) in clusters.enumerated() where cl.words >= 2 && cl.type != .location && !ms[cl.members[0]].descriptive {
      let (f, l, initials) = EntityResolver.edges(cl.name)
      if let f { byWord[f, default: []].append(c) }
      if let l, l != f { byWord[l, default: []].append(c) }
      if initials.count >= 2, byInitials[initials] == nil { byInitials[initials] = c }
    }
    for (c, cl) in clusters.enumerated() where cl.words == 1 && !cl.known {
      let w = Lexicon.key(cl.name)
      if let cands = byWord[w], !cands.isEmpty {
        let first = ms[cl.members[0]].start
        // The nearest full name before the first short mention, else the first after it.
        let before = cands.filter { ms[clusters[$0].members[0]].start < first }
        let pick = before.max(by: { ms[clusters[$0].members[0]].start < ms[clusters[$1].members[0]].start })
          ?? cands.min(by: { ms[clusters[$0].members[0]].start < ms[clusters[$1].members[0]].start })
        if let p = pick, clusters[p].type == .person || clusters[p].type == .organization
          || clusters[p].type == .product
        {
          parent[c] = root(p)
          continue
        }
      }
      if EntityResolver.isAllUpper(cl.name), let p = byInitials[cl.name], p != c {
        parent[c] = root(p)
        continue
      }
      // "VW" for Volkswagen: a short all-capital name whose letters run through one
      // organization's single-word name, first letter first.
      if EntityResolver.isAllUpper(cl.name), cl.name.utf8.count <= 4 {
        let cands = clusters.indices.filter { d in
          let key = ms[clusters[d].members[0]].key
          return d != c && clusters[d].type == .organization && !key.utf8.contains(0x20)
            && !EntityResolver.isAllUpper(clusters[d].name) && EntityResolver.abbreviates(cl.name, key)
        }
        if cands.count == 1 { parent[c] = root(cands[0]) }
      }
    }
    // Fold children into their roots.
    var out: [Cluster] = []
    var newIndex = [Int: Int](minimumCapacity: clusters.count)
    for c in clusters.indices where root(c) == c {
      newIndex[c] = out.count
      out.append(clusters[c])
    }
    for c in clusters.indices where root(c) != c {
      guard let r = newIndex[root(c)] else { continue }
      out[r].members.append(contentsOf: clusters[c].members)
    }
    for (r, cl) in out.enumerated() {
      for m in cl.members { ms[m].cluster = r }
    }
    return out
  }

  /// The first and last words of a name's key, and the initials of its capitalized words
  /// ("Korean Central News Agency" -> "korean", "agency", "KCNA"); bytes for ASCII names.
  static func edges(_ name: String) -> (String?, String?, String) {
    let key = Lexicon.key(name)
    let ascii = name.utf8.allSatisfy { $0 < 128 && $0 != 0x0D }
    guard ascii, key.utf8.allSatisfy({ $0 < 128 }) else {
      let ws = key.split(separator: " ").map(String.init)
      let initials = String(name.split(separator: " ").filter { $0.first?.isUppercase ?? false }.compactMap(\.first))
      return (ws.first, ws.last, initials)
    }
    // The key is words joined by single spaces.
    let u = key.utf8
    let first = u.firstIndex(of: 0x20).map { String(key[..<$0]) } ?? key
    let last = u.lastIndex(of: 0x20).map { String(key[key.index(after: $0)...]) } ?? key
    var initials: [UInt8] = []
    var atStart = true
    for b in name.utf8 {
      if b == 0x20 {
        atStart = true
      } else {
        if atStart, b >= 65, b <= 90 { initials.append(b) }
        atStart = false
      }
    }
    return (key.isEmpty ? nil : first, key.isEmpty ? nil : last, String(decoding: initials, as: UTF8.self))
  }

  /// True when the letters of `short` occur in order in `long`, the first letters equal and
  /// `long` at least two letters longer ("VW" / "Volkswagen", not "VW" / "Vow").
  static func abbreviates(_ short: String, _ long: String) -> Bool {
    let a = Array(short.lowercased().unicodeScalars)
    let b = Array(long.lowercased().unicodeScalars)
    guard a.count >= 2, b.count >= a.count + 2, a[0] == b[0] else { return false }
    var j = 1
    for x in b.dropFirst() where j < a.count && x == a[j] { j += 1 }
    return j == a.count
  }

  /// True for a name of two or more characters written all in capitals ("KCNA").
  static func isAllUpper(_ name: String) -> Bool {
    if name.utf8.allSatisfy({ $0 < 128 && $0 != 0x0D }) {
      return name.utf8.count >= 2 && !name.utf8.contains { $0 >= 97 && $0 <= 122 }
    }
    return name.count >= 2 && name == name.uppercased()
  }

  /// The first token of a title that ends at token `k` ("Prime Minister", "Senator"), if any.
  private func titleEnding(at k: Int) -> Int? {
    var best: Int?
    if cx.has(k, .title) { best = k }
    for m in 2...3 where k - m + 1 >= 0 {
      let a = k - m + 1
      if cx.sentenceOf[a] == cx.sentenceOf[k], cx.mayStartPhrase(a), cx.lx.titles.contains(cx.key(a, k + 1)) {
        best = a
      }
    }
    return best
  }

  /// Adds the titled form of a person's name as another mention of the person:
  /// "North Korean leader Kim Jong Un" beside "Kim Jong Un".
  func addTitled(_ ms: inout [RawMention], _ clusters: [Cluster]) {
    var cover = Array(repeating: -1, count: cx.tokens.count)
    for i in ms.indices { for k in ms[i].start..<ms[i].end { cover[k] = i } }
    var added: [RawMention] = []
    // Who each title was given to, in text order: "Prime Minister Narendra Modi".
    var holders: [String: [RawMention]] = [:]
    // By index: only the titled names are copied.
    for i in ms.indices where ms[i].kind == .name && clusters[ms[i].cluster].type == .person {
      var k = ms[i].start - 1
      var start = ms[i].start
      var titled = false
      while k >= 0, cx.sentenceOf[k] == ms[i].sentence {
        if let t = titleEnding(at: k) {
          if !titled { holders["desc:" + cx.key(t, k + 1), default: []].append(ms[i]) }
          titled = true
          start = t
          k = t - 1
        } else if cover[k] >= 0, ms[cover[k]].modifier {
          start = ms[cover[k]].start
          k = start - 1
        } else if cx.ch(k) == 0x2D {
          k -= 1
        } else {
          break
        }
      }
      if titled {
        let m = ms[i]
        var t = m
        t.start = start
        added.append(t)
        // The title phrase alone is a description of the same person: "Apple CEO".
        var d = m
        d.start = start
        d.end = m.start
        d.kind = .nominal
        while d.end > d.start, cx.tokens[d.end - 1].text == "-" { d.end -= 1 }
        if d.end > d.start { added.append(d) }
      }
    }
    // "the Prime Minister" later on: the last person given that title before it.
    for x in ms.indices where ms[x].bareTitle {
      guard let h = holders[ms[x].key]?.last(where: { $0.start < ms[x].start }) else { continue }
      ms[x] = h.again(start: ms[x].start, end: ms[x].end, kind: .nominal, sentence: ms[x].sentence)
    }
    ms.append(contentsOf: added)
    ms.sort { ($0.start, $0.end) < ($1.start, $1.end) }
  }
}
