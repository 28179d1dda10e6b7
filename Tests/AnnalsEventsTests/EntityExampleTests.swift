import AnnalsEvents
import AnnalsText
import Foundation
import Testing

/// The example corpora in Examples/: entity mentions with their types (entities.tsv) and
/// coreference chains (coreference.tsv), one example a line.
@Suite("Entity examples")
struct EntityExampleTests {
  struct Row: CustomStringConvertible, Sendable {
    var line: Int
    var cols: [String]
    var description: String { "line \(line): " + cols.joined(separator: " | ") }
  }

  static func rows(_ name: String) -> [Row] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Examples"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    var out: [Row] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      out.append(Row(line: n + 1, cols: line.split(separator: "\t").map(String.init)))
    }
    return out
  }

  @Test func corporaAreThere() {
    #expect(Self.rows("entities").count >= 200)
    #expect(Self.rows("coreference").count >= 20)
    #expect(Self.rows("entities").allSatisfy { $0.cols.count == 3 })
    #expect(Self.rows("coreference").allSatisfy { $0.cols.count == 3 })
  }

  @Test(arguments: rows("entities"))
  func entity(_ row: Row) {
    let (text, mention, expected) = (row.cols[0], row.cols[1], row.cols[2])
    let layer = Fixture.run(text)
    let dump = Fixture.dump(layer)
    switch expected {
    case "NONE":
      // No node carries the bare phrase as its name.
      #expect(!layer.entities.contains { !$0.descriptive && $0.name == mention }, "\(row)\n\(dump)")
    case "NOSPAN":
      #expect(!layer.entities.contains { $0.mentions.contains { $0.text == mention } }, "\(row)\n\(dump)")
    default:
      let hit = layer.entities.contains { e in e.type.rawValue == expected && e.mentions.contains { $0.text == mention } }
      #expect(hit, "\(row)\n\(dump)")
    }
  }

  /// The entity holding the `n`th occurrence of `text` ("it#2"), by its span.
  static func holder(_ layer: EventLayer, _ doc: String, _ spec: String) -> String? {
    var text = spec
    var n = 1
    if let h = spec.lastIndex(of: "#"), let k = Int(spec[spec.index(after: h)...]) {
      text = String(spec[..<h])
      n = k
    }
    let scalars = Array(doc.unicodeScalars)
    let p = Array(text.unicodeScalars)
    var seen = 0
    var i = 0
    while i + p.count <= scalars.count {
      if Array(scalars[i..<(i + p.count)]) == p {
        seen += 1
        if seen == n {
          let span = TextSpan(i, i + p.count)
          return layer.entities.first { $0.mentions.contains { $0.span == span } }?.id
        }
      }
      i += 1
    }
    return nil
  }

  @Test(arguments: rows("coreference"))
  func chain(_ row: Row) {
    let (text, list, relation) = (row.cols[0], row.cols[1], row.cols[2])
    let layer = Fixture.run(text)
    let ids = list.split(separator: "|").map { Self.holder(layer, text, String($0)) }
    let dump = Fixture.dump(layer)
    if relation == "same" {
      #expect(ids.allSatisfy { $0 != nil } && Set(ids).count == 1, "\(row)\n\(dump)")
    } else {
      let found = ids.compactMap { $0 }
      #expect(Set(found).count == found.count, "\(row)\n\(dump)")
    }
  }
}
