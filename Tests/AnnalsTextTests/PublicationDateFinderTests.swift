import Testing

@testable import AnnalsText

/// One header or dateline, the text around it, and the publication date it states.
struct DateCase: CustomTestStringConvertible, Sendable {
  var text: String
  var iso: String
  var source: String
  var testDescription: String { text.split(separator: "\n").first.map(String.init) ?? text }
}

private let body = "\nOfficials met on Tuesday and said talks would resume next week.\n"

let headerCases: [DateCase] = [
  DateCase(text: "Harbour talks stall" + body + "First Published: Aug 13 2025 | 8:03 AM IST", iso: "2025-08-13T08:03:00+05:30", source: "header"),
  DateCase(text: "Published: March 3, 2024" + body, iso: "2024-03-03", source: "header"),
  DateCase(text: "Published: March 3, 2024 9:30 a.m. EST" + body, iso: "2024-03-03T09:30:00-05:00", source: "header"),
  DateCase(text: "Published on 4 July 2023, 11:15 pm BST" + body, iso: "2023-07-04T23:15:00+01:00", source: "header"),
  DateCase(text: "By Ana Ruiz | Published: Jan. 9, 2022 at 12:05 AM PST" + body, iso: "2022-01-09T00:05:00-08:00", source: "header"),
  DateCase(text: "Posted: Sept. 30, 2021 6:45 PM CDT" + body, iso: "2021-09-30T18:45:00-05:00", source: "header"),
  DateCase(text: "Posted on Monday, 2 December 2019" + body, iso: "2019-12-02", source: "header"),
  DateCase(text: "Updated: Nov 14, 2025, 16:20 GMT" + body, iso: "2025-11-14T16:20:00+00:00", source: "header"),
  DateCase(text: "Updated 2:33 PM EDT, Wed August 13, 2025" + body, iso: "2025-08-13T14:33:00-04:00", source: "header"),
  DateCase(text: "Last updated: 2025-02-28T07:10:00+09:00" + body, iso: "2025-02-28T07:10:00+09:00", source: "header"),
  DateCase(text: "Updated: Aug 14 2025\nFirst Published: Aug 13 2025 | 10:00 PM KST" + body, iso: "2025-08-13T22:00:00+09:00", source: "header"),
  DateCase(text: "Published 08/13/2025 07:00 CET" + body, iso: "2025-08-13T07:00:00+01:00", source: "header"),
  DateCase(text: "Published: 21/06/2024" + body, iso: "2024-06-21", source: "header"),
  DateCase(text: "Date: 12.05.2020 14:00 CEST" + body, iso: "2020-05-12T14:00:00+02:00", source: "header"),
  DateCase(text: "Published: Feb 29 2024 | 6:00 AM MSK" + body, iso: "2024-02-29T06:00:00+03:00", source: "header"),
  DateCase(text: "Published: 1st October 2025, 9 a.m. AEST" + body, iso: "2025-10-01T09:00:00+10:00", source: "header"),
  DateCase(text: "Published: Oct 5, 2025 8:00 PM HKT" + body, iso: "2025-10-05T20:00:00+08:00", source: "header"),
  DateCase(text: "Published: Oct 5, 2025 8:00 PM (SGT)" + body, iso: "2025-10-05T20:00:00+08:00", source: "header"),
  DateCase(text: "Published: May 6, 2025 07:45 WIB" + body, iso: "2025-05-06T07:45:00+07:00", source: "header"),
  DateCase(text: "Published: May 6, 2025 07:45 GMT+5:30" + body, iso: "2025-05-06T07:45:00+05:30", source: "header"),
  DateCase(text: "Published: June 2, 2025 10:10 AEDT" + body, iso: "2025-06-02T10:10:00+11:00", source: "header"),
  DateCase(text: "Published: June 2, 2025 3:10 PM MDT" + body, iso: "2025-06-02T15:10:00-06:00", source: "header"),
  DateCase(text: "Published: June 2, 2025 12:30 PM JST" + body, iso: "2025-06-02T12:30:00+09:00", source: "header"),
]

let datelineCases: [DateCase] = [
  DateCase(text: "2025\nMOSCOW, Aug. 13 (Reuters) - Officials met on Tuesday.", iso: "2025-08-13", source: "dateline"),
  DateCase(text: "Ferry talks resume\nAugust 2024\nLISBON, Portugal, Sept 2 (AP) — Officials met.", iso: "2024-09-02", source: "dateline"),
  DateCase(text: "SEOUL, March 4, 2023 (Yonhap) -- Officials met on Tuesday.", iso: "2023-03-04", source: "dateline"),
  DateCase(text: "Wednesday, 13 August 2025\nNEW DELHI, Aug 13 (PTI) - Officials met.", iso: "2025-08-13", source: "dateline"),
]

let lineCases: [DateCase] = [
  DateCase(text: "Port strike ends\nAugust 13, 2025" + body, iso: "2025-08-13", source: "line"),
  DateCase(text: "Port strike ends\n13 August 2025" + body, iso: "2025-08-13", source: "line"),
  DateCase(text: "Port strike ends\n2025-08-13" + body, iso: "2025-08-13", source: "line"),
  DateCase(text: "Port strike ends\n08/13/2025" + body, iso: "2025-08-13", source: "line"),
  DateCase(text: "Port strike ends\nBy Ana Ruiz, Wednesday, August 13, 2025 9:30 PM ET" + body, iso: "2025-08-13T21:30:00-05:00", source: "line"),
  DateCase(text: "Port strike ends" + body + "Thursday 14 August 2025 06:00 UTC", iso: "2025-08-14T06:00:00+00:00", source: "line"),
]

@Test("publication date from a labelled header", arguments: headerCases)
func headerDates(_ c: DateCase) {
  let found = PublicationDateFinder.find(in: c.text)
  #expect(found?.iso == c.iso)
  #expect(found?.source == c.source)
}

@Test("publication date from a wire dateline", arguments: datelineCases)
func datelineDates(_ c: DateCase) {
  let found = PublicationDateFinder.find(in: c.text)
  #expect(found?.iso == c.iso)
  #expect(found?.source == c.source)
}

@Test("publication date from a line that holds a date", arguments: lineCases)
func lineDates(_ c: DateCase) {
  let found = PublicationDateFinder.find(in: c.text)
  #expect(found?.iso == c.iso)
  #expect(found?.source == c.source)
}

@Test("no publication date where none can be anchored", arguments: [
  "MOSCOW, Aug. 13 (Reuters) - A dateline with no year anywhere above it.",
  "Slovenia is scheduled to adopt the euro from January 1, 2007, the minister told reporters.",
  "Talks resume on Tuesday.\nNobody said when.",
  "Published: February 30, 2025\nA date that does not exist.",
  "Published: yesterday\nNo date at all.",
  "The meeting on 10:30 was rescheduled.",
])
func noDate(_ text: String) {
  #expect(PublicationDateFinder.find(in: text) == nil)
}

@Test func evidenceNamesTheMatchedText() {
  let found = PublicationDateFinder.find(in: "Ferry deal signed\n\nFirst Published: Aug 13 2025 | 8:03 AM IST\n")
  #expect(found?.evidence == "First Published: Aug 13 2025 | 8:03 AM IST")
  let tokenized = Tokenizer.tokenize("Ferry deal signed\nPublished: Aug 13 2025")
  #expect(PublicationDateFinder.find(in: tokenized)?.date == CivilDate(year: 2025, month: 8, day: 13))
}

@Test("ISO dates and date-times", arguments: [
  ("2025-08-13", "2025-08-13"),
  ("2025-08-13T08:03", "2025-08-13T08:03:00"),
  ("2025-08-13T08:03:00+05:30", "2025-08-13T08:03:00+05:30"),
  ("2025-08-13T02:33:00Z", "2025-08-13T02:33:00+00:00"),
  ("2025-08-13T02:33:00.000Z", "2025-08-13T02:33:00+00:00"),
  ("2025-08-13 21:15:00-0400", "2025-08-13T21:15:00-04:00"),
  (" 2024-02-29 ", "2024-02-29"),
])
func isoDates(_ input: String, _ expected: String) {
  #expect(PublicationDateFinder.parseISO(input)?.iso == expected)
  #expect(PublicationDateFinder.parseISO(input)?.source == "input")
}

@Test("invalid ISO dates", arguments: [
  "2025-02-30", "0000-01-01", "99999-01-01", "2023-02-29", "2025-13-01", "2025-8-13", "2025-08-13T24:00",
  "2025-08-13T08:60", "2025-08-13T08:03+15:00", "2025-08-13T08:03:00+05:30junk", "August 13, 2025", "",
])
func invalidISODates(_ input: String) {
  #expect(PublicationDateFinder.parseISO(input) == nil)
}

@Test func timeZoneTableIsConsistent() {
  let table = TimeZoneAbbreviations.offsets
  #expect(table["IST"] == 330)
  #expect(table["EST"] == -300)
  for (name, offset) in table {
    #expect(name == name.uppercased(), "\(name) must be upper case")
    #expect(abs(offset) <= 14 * 60, "\(name) offset out of range")
  }
}

/// A small deterministic generator, so the fuzz cases are the same on every run.
private struct LCG {
  var state: UInt64
  mutating func next(_ n: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(n))
  }
}

@Test func fuzzedHeaderPiecesNeverCrash() {
  let pieces = [
    "Published", "First", "Updated", "Posted", "Date", ":", "on", "Aug", ".", "13", "13th", "2025", "|", "8", "03",
    "AM", "p", "m", "IST", "GMT", "+", "-", "/", "(", ")", ",", "Wednesday", "MOSCOW", "Reuters", "—", "2025-08-13T08",
    "1", "99", "12", "31", "02", "29", "\n", "\n", " ", "05:30", "Z", "\u{1F600}", "서울",
  ]
  var rng = LCG(state: 2025)
  var found = 0
  for _ in 0..<3000 {
    var text = ""
    for _ in 0..<rng.next(30) {
      text += pieces[rng.next(pieces.count)]
      if rng.next(3) > 0 { text += " " }
    }
    if let p = PublicationDateFinder.find(in: text) {
      found += 1
      #expect(CivilDate(validYear: p.date.year, month: p.date.month, day: p.date.day) != nil)
      #expect((0..<24).contains(p.hour ?? 0) && (0..<60).contains(p.minute ?? 0))
    }
  }
  #expect(found > 0)
}
