import AnnalsEvents

/// Picks one name per real-world entity across articles: a person called only "Putin"
/// in one article joins "Vladimir Putin" from another when that full name is the only
/// one of its type ending in that surname (or starting with that name, for organizations).
/// Any entity also joins the one other entity of its type that used its name as an alias
/// (a name mention of its own: "Volkswagen" beside "Volkswagen Corporation", "IAEA" beside
/// "International Atomic Energy Agency"), or whose initials it is.
struct CrossDocumentNames {
  private var rename: [String: String] = [:]

  init(_ entities: [Entity]) {
    var full: [EntityType: Set<String>] = [:]
    // Alias (lower-cased) -> the canonical names that used it, by type.
    var aliases: [String: Set<String>] = [:]
    var initials: [String: Set<String>] = [:]
    for e in entities {
      if e.name.contains(" ") {
        full[e.type, default: []].insert(e.name)
        let i = String(e.name.split(separator: " ").compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
        if i.count >= 2 { initials[key(e.type, i), default: []].insert(e.name) }
      }
      for m in e.mentions where m.kind == .name && m.text.lowercased() != e.name.lowercased() {
        aliases[key(e.type, m.text), default: []].insert(e.name)
      }
    }
    for e in entities {
      let k = key(e.type, e.name)
      if let names = aliases[k]?.filter({ $0.lowercased() != e.name.lowercased() }), names.count == 1,
        let only = names.first
      {
        rename[k] = only
        continue
      }
      if e.type != .person, e.name.count >= 2, e.name == e.name.uppercased(),
        let names = initials[k], names.count == 1, let only = names.first
      {
        rename[k] = only
        continue
      }
      guard !e.name.contains(" ") else { continue }
      let short = e.name.lowercased()
      let candidates = (full[e.type] ?? []).filter { name in
        let words = name.lowercased().split(separator: " ")
        switch e.type {
        case .person: return words.last.map(String.init) == short || words.first.map(String.init) == short
        default: return false
        }
      }
      if candidates.count == 1, let only = candidates.first { rename[k] = only }
    }
    // A name renamed to one that is itself renamed goes straight to the end of the chain.
    for (k, v) in rename {
      var target = v
      var steps = 0
      while steps < 4, let t = rename.first(where: { $0.key.hasSuffix("\u{1F}" + target.lowercased()) })?.value,
        t != target
      {
        target = t
        steps += 1
      }
      rename[k] = target
    }
  }

  private func key(_ t: EntityType, _ n: String) -> String { t.rawValue + "\u{1F}" + n.lowercased() }

  func name(for e: Entity) -> String { rename[key(e.type, e.name)] ?? e.name }
}

/// Keys a cluster groups documents by before `annals merge` (see `CrossDocumentNames`).
public enum BlockingKeys {
  /// Blocking keys for cluster runs: two documents whose entities could be joined by the
  /// rules above (or whose events could corefer, which needs shared participants) share a
  /// key. One key per name, per name mention, per initials of a many-word name, and per
  /// first and last word of a person's many-word name, all lower-cased and without the
  /// type (the rename chain above looks names up across types). Documents with no key
  /// share nothing with others. A superset of the pairs the rules can join, never fewer.
  public static func of(_ entities: [Entity]) -> [String] {
    var keys: Set<String> = []
    for e in entities where !e.descriptive {
      keys.insert(e.name.lowercased())
      for m in e.mentions where m.kind == .name { keys.insert(m.text.lowercased()) }
      guard e.name.contains(" ") else { continue }
      let words = e.name.split(separator: " ")
      let i = String(words.compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
      if i.count >= 2 { keys.insert(i.lowercased()) }
      if e.type == .person {
        if let f = words.first { keys.insert(f.lowercased()) }
        if let l = words.last { keys.insert(l.lowercased()) }
      }
    }
    return keys.sorted()
  }
}
