import AnnalsEvents

/// Which entities a name given on the command line means, and which story events they
/// take part in.
///
/// A name matches an entity when, folded (lower case, no dots, no "'s", other punctuation
/// as space, a leading "the" and trailing company forms dropped, spaces removed), it equals
/// the entity's canonical name or any name it was mentioned by ("Putin", "KCNA", "Apple
/// Computer"). A name it was mentioned by that is more specific than the canonical name
/// ("iPhone 3G" for an entity the resolver called "iPhone") counts only in the sentences
/// that use it. When nothing matches so, a person matches by surname, and then an entity
/// whose name of two words or more is contained in the given name or contains it
/// ("Beatles Apple Corps" and "Apple Corps").
public enum EntityFocus {
  /// Folds a name for comparison: "The Apple Inc." and "apple" fold alike.
  public static func fold(_ s: String) -> String {
    words(s).joined()
  }

  static func words(_ s: String) -> [String] {
    var t = s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: ".", with: "")
    t = t.replacingOccurrences(of: "'s ", with: " ")
    if t.hasSuffix("'s") { t = String(t.dropLast(2)) }
    var out = ""
    for c in t.unicodeScalars {
      if c.properties.isAlphabetic || c.properties.numericType != nil || c == "&" { out.unicodeScalars.append(c) } else { out += " " }
    }
    var ws = out.split(separator: " ").map(String.init)
    if ws.count > 1, ws.first == "the" { ws.removeFirst() }
    let forms = StoryLexicon.shared.companyForms.union(["group", "holding"])
    while ws.count > 1, let last = ws.last, forms.contains(last) { ws.removeLast() }
    return ws
  }

  /// How a name matched an entity.
  public enum Match: Sendable, Equatable {
    /// The canonical name, or a name no more specific than it ("Putin" for Vladimir Putin).
    case entity
    /// Only a more specific name it was also called ("iPhone 3G" for an entity named
    /// "iPhone"): only the sentences that use that name count.
    case alias(String)
  }

  /// The entities `query` names, and how.
  public static func matches(_ query: String, in entities: [StoryEntity]) -> [String: Match] {
    let q = fold(query)
    guard !q.isEmpty else { return [:] }
    var out: [String: Match] = [:]
    for e in entities {
      if fold(e.name) == q {
        out[e.key] = .entity
      } else if e.aliases.contains(where: { fold($0) == q }) {
        // A short form of the canonical name ("Putin", "KCNA") means the entity; any other
        // name may be something the resolver merged in ("iPhone 3G" into "iPhone"), so it
        // counts only where it is used.
        out[e.key] = shortForm(query, of: e.name) ? .entity : .alias(q)
      }
    }
    if !out.isEmpty { return out }
    // A person by surname, or by first name and surname ("Hansen", "Peter Hansen" for
    // "Peter A. Hansen"), though the text never wrote it so.
    let qw = words(query)
    for e in entities where e.type == .person {
      let nw = words(e.name)
      guard nw.count >= 2, let last = nw.last else { continue }
      if qw == [last] || (qw.count == 2 && qw[0] == nw[0] && qw[1] == last) { out[e.key] = .entity }
    }
    if !out.isEmpty { return out }
    for k in keys(loosely: query, in: entities) { out[k] = .entity }
    return out
  }

  /// True when `alias` is the name cut short ("Putin" of "Vladimir Putin") or its initials
  /// ("KCNA" of "Korean Central News Agency").
  static func shortForm(_ alias: String, of name: String) -> Bool {
    let a = words(alias)
    let n = words(name)
    if !a.isEmpty, Set(a).isSubset(of: Set(n)) { return true }
    let initials = String(n.compactMap(\.first))
    return a.count == 1 && initials.count >= 2 && a[0] == initials
  }

  /// The keys of the entities `query` names.
  public static func keys(matching query: String, in entities: [StoryEntity]) -> Set<String> {
    Set(matches(query, in: entities).keys)
  }

  /// Names of two words or more contained in the query, or containing it.
  static func keys(loosely query: String, in entities: [StoryEntity]) -> Set<String> {
    let qw = words(query)
    var loose: Set<String> = []
    for e in entities {
      for name in [e.name] + e.aliases {
        let nw = words(name)
        if (nw.count >= 2 && contains(qw, nw)) || (qw.count >= 2 && contains(nw, qw)) {
          loose.insert(e.key)
          break
        }
      }
    }
    return loose
  }

  /// True when `inner` occurs in `outer` as a run of words.
  static func contains(_ outer: [String], _ inner: [String]) -> Bool {
    guard !inner.isEmpty, inner.count <= outer.count else { return false }
    for i in 0...(outer.count - inner.count) where Array(outer[i..<(i + inner.count)]) == inner { return true }
    return false
  }
}

extension Story {
  /// The entities that any of `names` means, and how.
  public func matches(_ names: [String]) -> [String: EntityFocus.Match] {
    let all = entities.values.sorted { $0.key < $1.key }
    var out: [String: EntityFocus.Match] = [:]
    for n in names {
      for (k, m) in EntityFocus.matches(n, in: all) where out[k] != .entity { out[k] = m }
    }
    return out
  }

  /// The keys of the entities that any of `names` means.
  public func keys(matching names: [String]) -> Set<String> { Set(matches(names).keys) }

  /// Indices of the story events the matched entities take part in, in story order. An
  /// entity matched only by a more specific alias counts in the sentences that use it.
  public func events(involving matches: [String: EntityFocus.Match]) -> [Int] {
    var aliasSentences: [String: Set<SentenceRef>] = [:]
    for case .alias(let folded) in matches.values where aliasSentences[folded] == nil {
      aliasSentences[folded] = Set(mentionSentences.filter { EntityFocus.fold($0.text) == folded }.map(\.sentence))
    }
    return events.indices.filter { i in
      events[i].actors.contains { k in
        switch matches[k] {
        case .entity: return true
        case .alias(let folded):
          let where_ = aliasSentences[folded] ?? []
          return events[i].mentions.contains { m in where_.contains(sentence(of: m)) }
        case nil: return false
        }
      }
    }
  }

  /// Indices of the story events any of `keys` takes part in, in story order.
  public func events(involving keys: Set<String>) -> [Int] {
    events.indices.filter { i in events[i].participants.contains { keys.contains($0) } }
  }
}
