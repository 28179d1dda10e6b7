import AnnalsEvents

/// Picks one name per real-world entity across articles: a person called only "Putin"
/// in one article joins "Vladimir Putin" from another when that full name is the only
/// one of its type ending in that surname (or starting with that name, for organizations).
struct CrossDocumentNames {
  private var rename: [String: String] = [:]

  init(_ entities: [Entity]) {
    var full: [EntityType: Set<String>] = [:]
    for e in entities where e.name.contains(" ") { full[e.type, default: []].insert(e.name) }
    for e in entities where !e.name.contains(" ") {
      let short = e.name.lowercased()
      let candidates = (full[e.type] ?? []).filter { name in
        let words = name.lowercased().split(separator: " ")
        switch e.type {
        case .person: return words.last.map(String.init) == short || words.first.map(String.init) == short
        default: return false
        }
      }
      if candidates.count == 1, let only = candidates.first { rename[key(e.type, e.name)] = only }
    }
  }

  private func key(_ t: EntityType, _ n: String) -> String { t.rawValue + "\u{1F}" + n.lowercased() }

  func name(for e: Entity) -> String { rename[key(e.type, e.name)] ?? e.name }
}
