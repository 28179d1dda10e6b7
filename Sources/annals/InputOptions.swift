import AnnalsText
import AnnalsTime
import AnnalsTimeline
import ArgumentParser

/// Options every subcommand that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Articles (.txt, .html, .htm, .tml, .TE3input), folders, or - for standard input.")
  var files: [String] = []

  @Option(name: .long, help: "Publication date (ISO 8601: 2025-08-13 or 2025-08-13T08:03+05:30); wins over the text.")
  var published: String?

  @Option(
    name: .long,
    help: "mdy or dmy: how to read numeric dates like 03/04/2025 (default: from a date in the document that shows it, else mdy).")
  var dateOrder: String?

  @Flag(name: .long, help: "Treat a document without a publication date as an error.")
  var strict = false

  @Flag(name: .long, help: "Read JSON Lines ({\"id\",\"text\",\"published\",\"title\"}) from the files or standard input.")
  var jsonl = false

  @Option(name: .long, help: "Documents analyzed at once (default: all cores). Output order and bytes do not depend on it.")
  var jobs: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Render a saved analysis (annals.analysis/1, from --format json, extract or merge) instead of reading articles.",
      valueName: "FILE.json"))
  var from: String?

  var jobCount: Int { jobs ?? Parallel.defaultJobs }

  func validate() throws {
    if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
    if let p = published, PublicationDateFinder.parseISO(p) == nil {
      throw ValidationError(
        "--published: '\(p)' is not a valid ISO 8601 date between 0001-01-01 and 9999-12-31,"
          + " such as 2025-08-13 or 2025-08-13T08:03+05:30")
    }
    if let o = dateOrder, DateOrder(rawValue: o.lowercased()) == nil {
      throw ValidationError("--date-order: '\(o)' must be mdy or dmy")
    }
    if from != nil && (!files.isEmpty || jsonl) {
      throw ValidationError("--from renders a saved analysis: give no articles and no --jsonl with it")
    }
    if files.isEmpty && !jsonl && from == nil {
      throw ValidationError("no input: give one or more files or folders, or - for standard input")
    }
  }

  /// The analyzer these options ask for (the day-month order of numeric dates).
  var analyzer: Analyzer {
    Analyzer(tagger: TemporalTagger(dateOrder: dateOrder.flatMap { DateOrder(rawValue: $0.lowercased()) }))
  }

  /// The publication date given by flag, if any.
  var flagDate: PublicationDate? {
    published.flatMap(PublicationDateFinder.parseISO).map {
      var p = $0
      p.source = "flag"
      return p
    }
  }
}
