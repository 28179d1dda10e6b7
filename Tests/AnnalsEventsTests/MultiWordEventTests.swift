import AnnalsText
import Testing

@testable import AnnalsEvents

/// Predicates that are phrases are one event with the phrase's span: phrasal verbs
/// (phrasal_verbs.txt) and compound event nouns (event_nouns.tsv).
@Suite("Multi-word events")
struct MultiWordEventTests {
  /// sentence, trigger text expected, lemma expected
  static let phrases: [(String, String, String)] = [
    ("Oracle took over Sun Microsystems.", "took over", "take over"),
    ("The union called off the strike.", "called off", "call off"),
    ("The chief executive stepped down.", "stepped down", "step down"),
    ("Sales stepped up in May.", "stepped up", "step up"),
    ("Apple announced a stock split.", "stock split", "stock split"),
    ("The ministry will set up a commission.", "set up", "set up"),
    // A head that is an event noun keeps its lemma; the span grows.
    ("Putin and Kim held a phone call.", "phone call", "call"),
    ("Both supermarket chains started a price war.", "price war", "war"),
  ]

  @Test(arguments: 0..<phrases.count) func phraseIsOneEvent(_ k: Int) throws {
    let (sentence, trigger, lemma) = Self.phrases[k]
    let l = Fixture.run(sentence)
    let e = try #require(Fixture.event(l, trigger), "\(Fixture.dump(l))")
    #expect(e.lemma == lemma)
    let scalars = Array(sentence.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[e.span.start..<e.span.end])) == trigger)
    // No second event inside the phrase.
    #expect(!l.events.contains { $0.id != e.id && $0.span.start < e.span.end && e.span.start < $0.span.end })
  }

  @Test func aParticleAfterAShortObjectJoinsTheLemmaOnly() throws {
    let l = Fixture.run("The union called the strike off.")
    let e = try #require(Fixture.event(l, "called"), "\(Fixture.dump(l))")
    #expect(e.lemma == "call off")
  }

  @Test func prepositionsAndUnlistedPairsStayApart() throws {
    // "over the bridge" is a preposition phrase; "look over" is not listed.
    let bus = Fixture.run("He took the bus over the bridge.")
    #expect(Fixture.event(bus, "took")?.lemma == "take")
    let report = Fixture.run("She looked over the report.")
    #expect(Fixture.event(report, "looked")?.lemma == "look")
    let war = Fixture.run("The war ended.")
    #expect(Fixture.event(war, "war") != nil)
  }

  @Test func phrasalVerbTableLoads() {
    #expect(PhrasalVerbs.shared.errors.isEmpty)
    #expect(PhrasalVerbs.shared.pairs.contains("take over"))
  }
}
