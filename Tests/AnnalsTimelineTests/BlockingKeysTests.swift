import AnnalsEvents
import AnnalsText
import Testing

@testable import AnnalsTimeline

/// Blocking keys (what a cluster groups documents by before `annals merge`) must connect
/// every two entities the cross-article rules join, and keep unrelated ones apart.
@Suite struct BlockingKeysTests {
  static func entity(_ name: String, _ type: EntityType, _ mentions: [String]) -> Entity {
    CrossDocumentNamesTests.entity(name, type, mentions)
  }

  /// Each entity stands for one article's; the rules decide over all of them at once.
  static let pool: [Entity] = [
    entity("Volkswagen Corporation", .organization, ["Volkswagen Corporation", "Volkswagen"]),
    entity("Volkswagen", .organization, ["Volkswagen"]),
    entity("International Atomic Energy Agency", .organization, ["International Atomic Energy Agency"]),
    entity("IAEA", .organization, ["IAEA"]),
    entity("Vladimir Putin", .person, ["Vladimir Putin"]),
    entity("Putin", .person, ["Putin"]),
    entity("Kim Jong Un", .person, ["Kim Jong Un"]),
    entity("Kim", .person, ["Kim"]),
    entity("General Motors", .organization, ["General Motors", "GM"]),
    entity("GM", .organization, ["GM"]),
    entity("Lisbon", .location, ["Lisbon"]),
    entity("Anna Kowalczyk", .person, ["Anna Kowalczyk", "Kowalczyk"]),
    entity("Kowalczyk", .person, ["Kowalczyk"]),
  ]

  /// Entities connected over shared keys (union-find over the pool), as the cluster groups them.
  static func groups(_ entities: [Entity]) -> [Int] {
    var parent = Array(entities.indices)
    func find(_ i: Int) -> Int { parent[i] == i ? i : find(parent[i]) }
    var owner: [String: Int] = [:]
    for (i, e) in entities.enumerated() {
      for k in BlockingKeys.of([e]) {
        if let j = owner[k] { parent[find(i)] = find(j) } else { owner[k] = i }
      }
    }
    return entities.indices.map(find)
  }

  @Test func everyJoinTheRulesMakeSharesAKey() {
    let names = CrossDocumentNames(Self.pool)
    let group = Self.groups(Self.pool)
    var joins = 0
    for i in Self.pool.indices {
      for j in Self.pool.indices where i < j && Self.pool[i].type == Self.pool[j].type {
        let same = names.name(for: Self.pool[i]).lowercased() == names.name(for: Self.pool[j]).lowercased()
        if same {
          joins += 1
          #expect(group[i] == group[j], "\(Self.pool[i].name) and \(Self.pool[j].name) are joined but share no key")
        }
      }
    }
    #expect(joins >= 6)  // the examples really exercise the rules
  }

  @Test func unrelatedNamesShareNoKey() {
    let keys = { (e: Entity) in Set(BlockingKeys.of([e])) }
    #expect(keys(Self.pool[10]).isDisjoint(with: keys(Self.pool[4])))  // Lisbon, Vladimir Putin
    #expect(keys(Self.pool[2]).isDisjoint(with: keys(Self.pool[0])))  // IAEA's expansion, Volkswagen
  }

  @Test func descriptionsGiveNoKeys() {
    var officials = Self.entity("officials", .person, [])
    officials.descriptive = true
    #expect(BlockingKeys.of([officials]).isEmpty)
  }

  @Test func keysAreLowerCasedSortedAndUnique() {
    let k = BlockingKeys.of([Self.pool[4], Self.pool[5]])
    #expect(k == ["putin", "vladimir", "vladimir putin", "vp"])
  }
}
