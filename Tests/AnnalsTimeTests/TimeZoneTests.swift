import AnnalsText
import Testing

@testable import AnnalsTime

/// A clock time written with a zone keeps local time in its value and names the zone and its
/// offset from UTC; the day it is joined with keeps them.
struct TimeZoneTests {
  struct Case: CustomTestStringConvertible {
    var sentence: String
    var text: String
    var value: String
    var zone: String?
    var offset: String?
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(sentence: "The call is set for 10:00 CET on Tuesday.", text: "10:00 CET on Tuesday", value: "2025-08-12T10:00",
      zone: "CET", offset: "+01:00"),
    Case(sentence: "The report went out at 8:03 AM IST in Delhi.", text: "8:03 AM IST", value: "2025-08-13T08:03",
      zone: "IST", offset: "+05:30"),
    Case(sentence: "Bids close at 5 p.m. EST Nov. 9 this year.", text: "5 p.m. EST Nov. 9", value: "2025-11-09T17:00",
      zone: "EST", offset: "-05:00"),
    Case(sentence: "Trading halted at 3 pm GMT after the fire.", text: "3 pm GMT", value: "2025-08-13T15:00", zone: "GMT",
      offset: "+00:00"),
    Case(sentence: "Trading halted at 3 pm after the fire.", text: "3 pm", value: "2025-08-13T15:00", zone: nil, offset: nil),
  ]

  @Test(arguments: cases)
  func zoneIsKept(_ c: Case) throws {
    let got = Support.tag(c.sentence, dct: Support.dct("2025-08-13"))
    let t = try #require(got.first { $0.text == c.text }, "got \(Support.describe(got))")
    #expect(t.value == c.value)
    #expect(t.zone == c.zone)
    #expect(t.utcOffset == c.offset)
  }
}
