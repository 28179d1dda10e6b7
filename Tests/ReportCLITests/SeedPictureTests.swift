import Foundation
import Testing

/// The seed article's picture and report: 2019, 2024, fall 2024 as a span, and 12, 13 and
/// 15 Aug 2025 on one page. Runs when ../shared/seeds sits next to the checkout.
@Suite struct SeedPictureTests {
  static let seed = Annals.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_d7fbd3b75d1f8c81.txt")
  static var present: Bool { FileManager.default.fileExists(atPath: seed.path) }

  /// The text of every `<text class="tick">` element.
  static func ticks(_ svg: String) -> [String] {
    svg.components(separatedBy: "<text class=\"tick\"").dropFirst().compactMap { part in
      guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
      return String(part[part.index(after: open)..<close.lowerBound])
    }
  }

  @Test(.enabled(if: SeedPictureTests.present, "../shared/seeds is not next to this checkout"))
  func timelineShowsEveryDateOnOnePage() throws {
    let r = try Annals.run(["timeline", Self.seed.path, "--format", "svg"])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = r.stdout
    #expect(ReportCommandTests.wellFormed(svg))
    let ticks = Self.ticks(svg)
    for t in ["2019", "2024", "12 Aug", "13 Aug", "15 Aug"] { #expect(ticks.contains(t), "no tick \(t) in \(ticks)") }
    // Fall 2024 is a bar (a span), not a point.
    let fall = svg.components(separatedBy: "<g class=\"event span").dropFirst().filter { $0.contains("<title>fall 2024 (2024-FA)") }
    #expect(!fall.isEmpty && fall.allSatisfy { $0.contains("class=\"event-bar\"") })
    let width = svg.components(separatedBy: " width=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) } ?? 0
    #expect(width > 0 && width <= 2000, "width \(width)")
  }

  @Test(.enabled(if: SeedPictureTests.present, "../shared/seeds is not next to this checkout"))
  func reportListsTheSameDates() throws {
    let r = try Annals.run(["report", Self.seed.path])
    #expect(r.status == 0, "\(r.stderr)")
    let chronology = r.stdout.components(separatedBy: "<h2 id=\"chronology\">").last ?? ""
    for d in ["<td>2019<br/>", "<td>2024<br/>", "<td>fall 2024<br/>", "Tue 12 Aug 2025", "Wed 13 Aug 2025", "Fri 15 Aug 2025"] {
      #expect(chronology.contains(d), "no \(d)")
    }
    #expect(ReportCommandTests.wellFormed(r.stdout))
  }
}
