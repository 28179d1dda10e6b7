import AnnalsEvents
import AnnalsText
import Testing

@testable import AnnalsTimeline

/// One node per real-world entity across articles: by canonical name, aliases and initials.
@Suite("Cross-document names")
struct CrossDocumentNamesTests {
  static func entity(_ name: String, _ type: EntityType, _ mentions: [String]) -> Entity {
    Entity(
      id: "E1", name: name, type: type,
      mentions: mentions.enumerated().map { i, t in Mention(span: TextSpan(i * 10, i * 10 + t.count), text: t, kind: .name) })
  }

  @Test func aShortNameJoinsTheFullNameThatUsedIt() {
    let a = Self.entity("Volkswagen Corporation", .organization, ["Volkswagen Corporation", "Volkswagen"])
    let b = Self.entity("Volkswagen", .organization, ["Volkswagen"])
    let names = CrossDocumentNames([a, b])
    #expect(names.name(for: b) == "Volkswagen Corporation")
  }

  @Test func anAcronymJoinsItsExpansion() {
    let a = Self.entity("International Atomic Energy Agency", .organization, ["International Atomic Energy Agency"])
    let b = Self.entity("IAEA", .organization, ["IAEA"])
    #expect(CrossDocumentNames([a, b]).name(for: b) == "International Atomic Energy Agency")
  }

  @Test func anAliasTwoEntitiesUsedJoinsNeither() {
    let a = Self.entity("General Motors", .organization, ["General Motors", "GM"])
    let b = Self.entity("Gamma Metals", .organization, ["Gamma Metals", "GM"])
    let c = Self.entity("GM", .organization, ["GM"])
    #expect(CrossDocumentNames([a, b, c]).name(for: c) == "GM")
  }

  @Test func typesMustAgree() {
    let a = Self.entity("Jordan Peterson", .person, ["Jordan Peterson"])
    let b = Self.entity("Jordan", .location, ["Jordan"])
    #expect(CrossDocumentNames([a, b]).name(for: b) == "Jordan")
  }

  @Test func aSurnameStillJoinsTheOnlyFullName() {
    let a = Self.entity("Vladimir Putin", .person, ["Vladimir Putin"])
    let b = Self.entity("Putin", .person, ["Putin"])
    #expect(CrossDocumentNames([a, b]).name(for: b) == "Vladimir Putin")
  }
}
