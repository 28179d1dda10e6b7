import Foundation
import Testing

/// The user's own example article lives outside the repo (its text is not ours); these
/// checks run when ../shared/seeds is present next to the checkout and are reported as
/// skipped otherwise.
@Suite struct SeedArticleTests {
  static let seed = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_d7fbd3b75d1f8c81.txt")
  static var present: Bool { FileManager.default.fileExists(atPath: seed.path) }

  func extract() throws -> [String: Any] {
    let r = try CLI.run(["extract", Self.seed.path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
  }

  @Test(.enabled(if: SeedArticleTests.present, "../shared/seeds is not next to this checkout"))
  func publicationDateAndEveryDate() throws {
    let json = try extract()
    let docs = try #require(json["documents"] as? [[String: Any]])
    let doc = try #require(docs.first)
    let published = try #require(doc["published"] as? [String: Any])
    #expect(published["value"] as? String == "2025-08-13T08:03:00+05:30")
    let timexes = try #require(doc["timexes"] as? [[String: Any]])
    func values(_ text: String) -> Set<String> {
      Set(timexes.filter { $0["text"] as? String == text }.compactMap { $0["value"] as? String })
    }
    #expect(values("Tuesday") == ["2025-08-12"])
    #expect(values("Wednesday") == ["2025-08-13"])
    #expect(values("Friday") == ["2025-08-15"])
    #expect(values("last fall") == ["2024-FA"])
    #expect(values("2019") == ["2019"])
    #expect(values("last year") == ["2024"])
    // "15,000 troops" is a quantity, not a year.
    #expect(!timexes.contains { ($0["text"] as? String ?? "").contains("15") })
  }

  @Test(.enabled(if: SeedArticleTests.present, "../shared/seeds is not next to this checkout"))
  func timelineOrder() throws {
    let json = try extract()
    let timeline = try #require(json["timeline"] as? [String: Any])
    let dated = try #require(timeline["dated"] as? [[String: Any]])
    var order: [String] = []
    for e in dated {
      if let v = e["value"] as? String, order.last != v { order.append(v) }
    }
    let wanted = ["2019", "2024", "2024-FA", "2025-08-12", "2025-08-13", "2025-08-15"]
    let positions = wanted.map { w in order.firstIndex(of: w) }
    #expect(positions.allSatisfy { $0 != nil }, "timeline values: \(order)")
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted(), "timeline values: \(order)")
  }

  @Test(.enabled(if: SeedArticleTests.present, "../shared/seeds is not next to this checkout"))
  func graphLinks() throws {
    let json = try extract()
    let graph = try #require(json["graph"] as? [String: Any])
    let nodes = try #require(graph["nodes"] as? [[String: Any]])
    let edges = try #require(graph["edges"] as? [[String: Any]])
    var name: [String: String] = [:]
    for n in nodes { name[n["id"] as? String ?? ""] = n["name"] as? String }
    let names = nodes.compactMap { $0["name"] as? String }
    for wanted in ["Vladimir Putin", "Kim Jong Un", "Donald Trump", "North Korea", "Russia", "Ukraine"] {
      #expect(names.filter { $0 == wanted }.count == 1, "nodes: \(names)")
    }
    #expect(!names.contains("Kim"), "nodes: \(names)")
    let pairs = Set(edges.map { e -> Set<String> in [name[e["source"] as? String ?? ""] ?? "", name[e["target"] as? String ?? ""] ?? ""] })
    #expect(pairs.contains(["Vladimir Putin", "Kim Jong Un"]), "edges: \(pairs)")
    #expect(pairs.contains(["Vladimir Putin", "Donald Trump"]), "edges: \(pairs)")
    #expect(pairs.contains(["North Korea", "Russia"]), "edges: \(pairs)")
  }
}
