import AnnalsText
import Testing

@testable import AnnalsTime

/// Every rule's example phrase, tagged with DCT 2025-08-13, must give the bracketed span by that rule.
struct RuleExampleTests {
  @Test func dataLoads() throws {
    #expect(TemporalTagger.loadError == nil)
    let engine = try TimeEngine.load()
    #expect(engine.rules.rules.count > 100)
  }

  static let rules: [Rule] = {
    var seen: Set<String> = []
    return ((try? TimeEngine.load())?.rules.rules ?? []).filter { seen.insert($0.name).inserted }
  }()

  @Test(arguments: rules)
  func example(_ rule: Rule) throws {
    let (plain, target) = Support.unmark(rule.example)
    let target2 = try #require(target, "\(rule.file):\(rule.line) example has no [brackets]")
    let got = Support.tag(plain, dct: Support.dct("2025-08-13"))
    let hit = got.first { $0.text == target2 }
    #expect(hit != nil, "\(rule.file):\(rule.line) \(rule.name): expected [\(target2)], got \(Support.describe(got))")
    if let h = hit, !got.contains(where: { $0.text == target2 && $0.rule == rule.name }) {
      Issue.record("\(rule.file):\(rule.line) \(rule.name): [\(target2)] was found by rule \(h.rule)")
    }
  }

  @Test func badDataNamesTheLine() {
    let rows = TableFile.parse(
      "# comment\nok\tmonth\tdate\tThe [March] vote.\nbad\t<nosuch>\tdate\tx\n", file: "rules.tsv")
    #expect(throws: LexiconError.self) { _ = try rows.map { try Rule.parse($0, priority: 0) } }
    do {
      _ = try Rule.parse(rows[1], priority: 0)
      Issue.record("an unknown class must fail")
    } catch let e as LexiconError {
      #expect(e.description == "rules.tsv:3: unknown class <nosuch>")
    } catch {
      Issue.record("unexpected \(error)")
    }
    let prod = TableFile.parse("r\tyesterday\tnosuch\tx\n", file: "rules.tsv")
    #expect(throws: LexiconError.self) { _ = try Rule.parse(prod[0], priority: 0) }
  }
}

extension Rule: CustomTestStringConvertible {
  public var testDescription: String { "\(name) (\(file):\(line))" }
}
