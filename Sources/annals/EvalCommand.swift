import AnnalsEval
import AnnalsText
import ArgumentParser

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the temporal tagger on gold TimeML (TempEval-3 Task A: strict, relaxed, value and type F1).")

  @Argument(help: "A folder of gold TimeML files (.tml, .TE3input), searched recursively.") var gold: String
  @Flag(name: .long, help: "List every miss, spurious tag and wrong extent, value or type with its context.") var errors = false
  @Flag(name: .long, help: "Also print the figures of each document.") var perDoc = false

  func run() throws {
    let report: Evaluator.Report
    do {
      report = try Evaluator().evaluate(files: try Evaluator.goldFiles(in: gold), collectErrors: errors)
    } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
    var out = ""
    if errors {
      out += "doc\tkind\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tcontext\n"
      for (doc, e) in report.errors {
        let g = e.gold.map { [$0.text, $0.type, $0.value] } ?? ["", "", ""]
        let s = e.system.map { [$0.text, $0.type, $0.value] } ?? ["", "", ""]
        out += ([doc, e.kind] + g + s + [e.context]).map(Self.cell).joined(separator: "\t") + "\n"
      }
      out += "\n"
    }
    if perDoc {
      out += "document\tgold\tsystem\tstrict F1\trelaxed F1\tvalue F1\ttype F1\n"
      for d in report.documents {
        let c = d.counts
        out += "\(d.name)\t\(c.gold)\t\(c.system)\t\(Self.pct(c.prf(c.strict).f))\t\(Self.pct(c.prf(c.relaxed).f))"
          + "\t\(Self.pct(c.prf(c.value).f))\t\(Self.pct(c.prf(c.type).f))\n"
      }
      out += "\n"
    }
    let t = report.total
    out += "TIMEX3 on \(report.documents.count) documents: \(t.gold) gold, \(t.system) system\n"
    out += "          P       R       F1\n"
    for (name, n) in [("strict", t.strict), ("relaxed", t.relaxed), ("value", t.value), ("type", t.type)] {
      let m = t.prf(n)
      out += name.padding(toLength: 8, withPad: " ", startingAt: 0)
        + "  \(Self.pct(m.p))  \(Self.pct(m.r))  \(Self.pct(m.f))\n"
    }
    Console.out(out)
  }

  static func pct(_ x: Double) -> String {
    let v = Int((x * 10000).rounded())
    let s = "\(v / 100).\(pad(v % 100, 2))"
    return String(repeating: " ", count: max(0, 6 - s.count)) + s
  }

  static func cell(_ s: String) -> String {
    s.split(whereSeparator: { $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }
}
