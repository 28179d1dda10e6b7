import AnnalsRender
import AnnalsText
import AnnalsTimeline
import Foundation
import Testing

/// The calls the DocC getting-started article shows, run on the repository's samples.
@Suite struct GettingStartedTests {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples").path

  @Test func readAnalyzeWalkAndRender() throws {
    var documents: [Document] = []
    for path in try DocumentReader.expand(paths: [Self.samples]) {
      documents.append(try DocumentReader.read(path: path))
    }
    let flagged = Document(
      id: "note", source: "note", text: "The museum reopened on Tuesday.",
      publication: PublicationDate(date: CivilDate(year: 2025, month: 8, day: 13), source: "flag"))
    documents.append(flagged)
    #expect(documents.count == 9)
    let analysis = Analyzer().analyze(documents)
    #expect(analysis.documents.map(\.id).last == "note")

    var lines: [String] = []
    for entry in analysis.timeline.dated {
      let when = DateLabel.format(entry.value ?? "")
      let sources = entry.sources.map(\.documentID).joined(separator: ", ")
      lines.append("\(when) \(entry.label) \(entry.entities) reported by \(sources)")
      #expect(!sources.isEmpty)
    }
    #expect(lines.count == analysis.timeline.dated.count)

    let graph = analysis.graph
    let names = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.name) })
    for edge in graph.edges {
      #expect(names[edge.source] != nil && names[edge.target] != nil)
    }

    let options = RenderOptions(lanes: .entity)
    let svg = try TimelineSVGRenderer().render(analysis, options: options)
    let graphML = try Formats.forPath("story.graphml")?.render(analysis, options: options)
    let timelineJS = try Formats.named("timelinejs")?.render(analysis, options: options)
    #expect(XMLCheck.parse(svg).error == nil)
    #expect(graphML.map { XMLCheck.parse($0).error == nil } == true)
    #expect(timelineJS.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil } == true)

    let page = Report.html(analysis)
    #expect(XMLCheck.parse(page).error == nil)
    #expect(SelfContained.offenders(page) == [])
    let markdown = Report.markdown(analysis, base: "story")
    #expect(markdown.assets.map(\.name).first == "story.timeline.svg")
  }
}
