import ArgumentParser

@main
struct Annals: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annals",
    abstract: "Turn news articles into an ordered timeline and a relationship graph.",
    subcommands: [TimelineCommand.self, GraphCommand.self, ReportCommand.self, TagCommand.self, ExtractCommand.self, MergeCommand.self, EvalCommand.self, CorpusCommand.self],
    defaultSubcommand: TimelineCommand.self
  )
}
