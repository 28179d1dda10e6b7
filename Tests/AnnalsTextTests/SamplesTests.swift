import Foundation
import Testing

@testable import AnnalsText

/// The repository's Samples/ folder, found from this file's path.
private let samplesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Samples").path

/// Each sample, its publication date and the rule that should find it.
let sampleDates: [(file: String, iso: String, source: String)] = [
  ("01_transit_fares_published_header.txt", "2025-02-19T09:30:00-05:00", "header"),
  ("02_grain_corridor_reuters_dateline.txt", "2024-10-08", "dateline"),
  ("03_chipmaker_results_meta.html", "2025-04-24T16:05:00-07:00", "metadata"),
  ("04_museum_jsonld.html", "2023-11-02T07:00:00+00:00", "metadata"),
  ("05_river_flood_timeml.tml", "2024-06-17", "metadata"),
  ("06_monsoon_first_published_ist.txt", "2025-07-29T18:45:00+05:30", "header"),
  ("07a_port_strike_day_three.txt", "2025-09-10T20:15:00+02:00", "header"),
  ("07b_port_strike_deal.html", "2025-09-11T21:40:00+02:00", "metadata"),
]

@Test("every sample reads and states its publication date", arguments: sampleDates)
func sampleReads(_ file: String, _ iso: String, _ source: String) throws {
  let doc = try DocumentReader.read(path: samplesFolder + "/" + file)
  #expect(doc.diagnostics.isEmpty)
  #expect(doc.publication?.iso == iso)
  #expect(doc.publication?.source == source)
  let words = doc.text.split { $0 == " " || $0 == "\n" }.count
  #expect((250...460).contains(words), "\(file) has \(words) words")
}

@Test func everySampleIsListed() throws {
  let files = try DocumentReader.expand(paths: [samplesFolder]).map { ($0 as NSString).lastPathComponent }
  #expect(files == sampleDates.map(\.file))
  let readme = try String(contentsOfFile: samplesFolder + "/README.md", encoding: .utf8)
  for sample in sampleDates {
    #expect(readme.contains(sample.file) && readme.contains(sample.iso), "README lists \(sample.file)")
  }
}

@Test func htmlSamplesDropPageChrome() throws {
  let doc = try DocumentReader.read(path: samplesFolder + "/03_chipmaker_results_meta.html")
  #expect(doc.title == "Solano Semiconductor beats forecasts as AI demand lifts sales")
  #expect(doc.text.hasPrefix("Solano Semiconductor beats forecasts as AI demand lifts sales\n\nBy Daniel Okonkwo"))
  for chrome in ["Subscribe", "Related", "dataLayer", "All rights reserved", "Markets"] {
    #expect(!doc.text.contains(chrome), "\(chrome) should be dropped")
  }
}
