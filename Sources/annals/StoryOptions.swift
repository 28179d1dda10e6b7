import AnnalsRender
import AnnalsTimeline
import ArgumentParser

/// Options that choose which part of the story a view shows.
struct StoryOptions: ParsableArguments {
  @Flag(
    name: .long,
    help: "Every event, not only the story's selection (the terminal, SVG, Markdown, TimelineJS and HTML views show the selection by default; JSON and CSV always hold every event).")
  var all = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only the story of this entity: the events it takes part in, by any of its names, across the articles (repeatable).",
      valueName: "NAME"))
  var entity: [String] = []

  /// Formats a reader reads through: they show the selection unless --all.
  static let readingFormats: Set<String> = ["text", "markdown", "timeline-svg", "timelinejs", "report-html", "html"]

  /// The analysis a view should show: focused on the entities, then the selection for a reading format.
  func view(_ analysis: Analysis, format: String) -> Analysis {
    var a = analysis
    if !entity.isEmpty {
      let (focused, unmatched) = a.focused(on: entity)
      for name in unmatched { Console.error("no entity named '\(name)' in the articles") }
      a = focused
    }
    if !all && Self.readingFormats.contains(format) { a = a.storySelection() }
    return a
  }
}
