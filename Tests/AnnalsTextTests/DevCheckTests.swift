import Foundation
import Testing
@testable import AnnalsText

@Test func devTbaq() throws {
  let lines = try String(contentsOfFile: "/tmp/tbaq.jsonl", encoding: .utf8).split(separator: "\n")
  var bad = 0
  for l in lines {
    let o = try JSONSerialization.jsonObject(with: Data(l.utf8)) as! [String: Any]
    let id = o["id"] as! String
    let p1 = "/work/shared/data/tbaq/AQUAINT/\(id).tml"; let path = FileManager.default.fileExists(atPath: p1) ? p1 : "/work/shared/data/tbaq/TimeBank/\(id).tml"
    guard FileManager.default.fileExists(atPath: path) else { continue }
    let doc = try DocumentReader.read(path: path)
    if doc.text != o["text"] as! String || doc.publication.map { PublicationDateFinder.parseISO($0.iso)?.iso } != (o["published"] as? String).map { PublicationDateFinder.parseISO($0)?.iso } {
      bad += 1
      print("MISMATCH", id, doc.publication?.iso ?? "nil", o["published"] ?? "nil", doc.text.unicodeScalars.count, (o["text"] as! String).unicodeScalars.count)
    }
  }
  print("checked", lines.count, "bad", bad)
  let seed = try DocumentReader.read(path: "/work/shared/seeds/000_d7fbd3b75d1f8c81.txt")
  print("SEED", seed.publication?.iso ?? "nil", seed.publication?.source ?? "", seed.publication?.evidence ?? "")
}

@Test func devJSONL() throws {
  for f in ["/work/shared/data/te3-silver.jsonl", "/work/shared/data/meantime-dev.jsonl"] {
    let lines = try String(contentsOfFile: f, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var errors = 0, noPub = 0, found = 0, agree = 0
    let clock = ContinuousClock()
    let t0 = clock.now
    for (k, l) in lines.enumerated() where !l.isEmpty {
      switch DocumentReader.readJSONLine(String(l), lineNumber: k + 1, source: f) {
      case .failure(let e): errors += 1; print("ERR", e)
      case .success(let d):
        if d.publication == nil { noPub += 1 }
        if let p = PublicationDateFinder.find(in: d.text) {
          found += 1
          if p.date == d.publication?.date { agree += 1 } else if found - agree < 15 { print("DIFF", d.id, p.iso, p.source, p.evidence ?? "", "vs", d.publication?.iso ?? "nil") }
        }
      }
    }
    print(f, "lines", lines.count, "errors", errors, "noPub", noPub, "foundInText", found, "agree", agree, "time", clock.now - t0)
  }
}
