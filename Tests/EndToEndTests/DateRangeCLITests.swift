import Foundation
import Testing

/// Ranges, anchored offsets and the day-month order, as a user sees them through the CLI.
struct DateRangeCLITests {
  @Test func explainShowsARangesBeginEndAndWhy() throws {
    let r = try CLI.run(["tag", "--explain", "--published", "2025-08-13", "-"], stdin: "The fair ran June 3-7 in Oslo.")
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"June 3-7\""), "\(r.stdout)")
    #expect(r.stdout.contains("begins 2025-06-03, ends 2025-06-07"), "\(r.stdout)")
    #expect(r.stdout.contains("from 2025-06-03 to 2025-06-07"), "\(r.stdout)")
  }

  @Test func batchLinesCarryTheIntervalNestedSoEndStaysTheOffset() throws {
    let line = #"{"id":"a","text":"Call me in 3 hours.","published":"2025-08-13T08:03:00+00:00"}"#
    let r = try CLI.run(["tag", "--jsonl"], stdin: line + "\n")
    #expect(r.status == 0)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let t = try #require((obj["timexes"] as? [[String: Any]])?.first)
    #expect(t["value"] as? String == "PT3H")
    #expect(t["end"] as? Int == 18)
    let interval = try #require(t["interval"] as? [String: String])
    #expect(interval == ["begin": "2025-08-13T11:03", "end": "2025-08-13T11:03"])
  }

  @Test func dateOrderFlagAndEvidence() throws {
    let text = "The hearing is on 03/04/2025 in Lyon."
    let mdy = try CLI.run(["tag", "--explain", "--published", "2025-08-13", "-"], stdin: text)
    #expect(mdy.stdout.contains("DATE 2025-03-04"), "\(mdy.stdout)")
    #expect(mdy.stdout.contains("day-month order mdy, the default"), "\(mdy.stdout)")
    let dmy = try CLI.run(["tag", "--explain", "--date-order", "dmy", "--published", "2025-08-13", "-"], stdin: text)
    #expect(dmy.stdout.contains("DATE 2025-04-03"), "\(dmy.stdout)")
    #expect(dmy.stdout.contains("given by --date-order"), "\(dmy.stdout)")
    let evidence = try CLI.run(
      ["tag", "--explain", "--published", "2025-08-13", "-"], stdin: "Filed on 25/12/2024. " + text)
    #expect(evidence.stdout.contains("DATE 2025-04-03"), "\(evidence.stdout)")
    #expect(evidence.stdout.contains("from \"25/12/2024\" in the text"), "\(evidence.stdout)")
    let bad = try CLI.run(["tag", "--date-order", "ymd", "-"], stdin: text)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--date-order"), "\(bad.stderr)")
  }
}
