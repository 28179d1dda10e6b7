import Testing
@testable import AnnalsEvents

@Test func debugDump() {
  let t = "The ministers met ahead of Putin's planned meeting with US President Donald Trump in Alaska."
  print(Fixture.dump(Fixture.run(t)))
}
