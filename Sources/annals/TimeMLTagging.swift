import AnnalsEval
import AnnalsText
import AnnalsTime
import ArgumentParser
import Foundation

/// `annals tag FILE.tml`: the same TimeML document with TIMEX3 tags inserted.
enum TimeMLTagging {
  static func isTimeML(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".tml") || lower.hasSuffix(".te3input")
  }

  /// Tags each file; one file goes to `output` (or stdout), several go into the folder `output`.
  static func run(paths: [String], output: String?, flag: PublicationDate?, strict: Bool) throws {
    if paths.count > 1 {
      var isDir: ObjCBool = false
      guard let output, FileManager.default.fileExists(atPath: output, isDirectory: &isDir), isDir.boolValue else {
        Console.error("several TimeML inputs: give -o FOLDER (an existing folder) to write one file each")
        throw ExitCode(1)
      }
    }
    var failures = 0
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        Console.error("\(path): cannot read (no such file or permission denied)")
        failures += 1
        continue
      }
      let raw = String(decoding: data, as: UTF8.self)
      guard raw.range(of: "<TEXT", options: .caseInsensitive) != nil else {
        Console.error("\(path): not TimeML: no <TEXT> element")
        failures += 1
        continue
      }
      if raw.range(of: "</TEXT", options: .caseInsensitive) == nil {
        Console.error("\(path): warning: TimeML <TEXT> is not closed (truncated file?); read to the end")
      }
      let gold = TimeMLGold.parse(raw, name: path)
      var publication = flag ?? Evaluator.publication(fromDCT: gold.dct)
      if publication == nil, let v = gold.dct {
        Console.error("\(path): warning: DCT value \"\(v)\" is not a date; using the date in the text")
      }
      if publication == nil {
        publication = PublicationDateFinder.find(in: DocumentReader.lined(gold.text, breaks: gold.breaks))
      }
      if publication == nil {
        if strict {
          Console.error("\(path): error: no DCT and no publication date in the text")
          failures += 1
          continue
        }
        Console.error("\(path): warning: no DCT found; relative dates stay unresolved (give --published)")
      }
      let timexes = TemporalTagger().tag(Tokenizer.tokenize(gold.text, breaks: gold.breaks), publication: publication)
      let result = TimeMLWriter.annotate(raw, timexes: timexes)
      for t in result.skipped {
        Console.error("\(path): warning: \"\(t.text)\" at \(t.span.start) crosses an existing tag; left out")
      }
      let target = paths.count > 1 ? (output ?? ".") + "/" + (path as NSString).lastPathComponent : output
      try Emit.write(result.xml, to: target)
    }
    if failures > 0 { throw ExitCode(1) }
  }
}
