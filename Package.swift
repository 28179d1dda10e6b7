// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
  name: "Annals",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Annals", targets: ["AnnalsText", "AnnalsTime", "AnnalsEvents", "AnnalsStory", "AnnalsTimeline", "AnnalsRender"]),
    .executable(name: "annals", targets: ["annals"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // `swift package generate-documentation` (DocC catalogs in Sources/*/*.docc); no target links it.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // Documents, offsets, calendar arithmetic, tokens, sentences, readers, publication date.
    .target(name: "AnnalsText"),
    // Temporal expressions: lexicons and rules as data, matcher, resolver.
    .target(name: "AnnalsTime", dependencies: ["AnnalsText"], resources: [.copy("Resources")]),
    // Entities, events, participants, relations.
    .target(name: "AnnalsEvents", dependencies: ["AnnalsText", "AnnalsTime"], resources: [.copy("Resources")]),
    // TempEval-3 scoring of TIMEX3 against gold TimeML (`annals eval`).
    .target(name: "AnnalsEval", dependencies: ["AnnalsText", "AnnalsTime"]),
    // Across sentences and articles: event coreference, captions, dates, salience, entity focus.
    .target(name: "AnnalsStory", dependencies: ["AnnalsText", "AnnalsTime", "AnnalsEvents"], resources: [.copy("Resources")]),
    // Per-document analysis, the ordered timeline and the relationship graph.
    .target(name: "AnnalsTimeline", dependencies: ["AnnalsText", "AnnalsTime", "AnnalsEvents", "AnnalsStory"]),
    // The only place that sees Graphviz's C API.
    .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
    .target(name: "AnnalsGraphviz", dependencies: ["CGraphviz"]),
    // Output formats behind one protocol.
    .target(name: "AnnalsRender", dependencies: ["AnnalsTimeline", "AnnalsGraphviz"]),
    .executableTarget(
      name: "annals",
      dependencies: ["AnnalsRender", "AnnalsTimeline", "AnnalsEval", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // Graph layout benchmark (scripts/bench.sh graph).
    .executableTarget(name: "annals-bench", dependencies: ["AnnalsRender", "AnnalsTimeline", "AnnalsEvents"]),
    .testTarget(name: "AnnalsTextTests", dependencies: ["AnnalsText"], resources: [.copy("Fixtures")]),
    .testTarget(name: "AnnalsTimeTests", dependencies: ["AnnalsTime"], resources: [.copy("Corpus")]),
    .testTarget(name: "AnnalsEvalTests", dependencies: ["AnnalsEval", "AnnalsTime", "AnnalsText"]),
    .testTarget(name: "AnnalsEventsTests", dependencies: ["AnnalsEvents"], resources: [.copy("Examples")]),
    .testTarget(name: "AnnalsStoryTests", dependencies: ["AnnalsStory", "AnnalsTimeline"]),
    .testTarget(name: "AnnalsTimelineTests", dependencies: ["AnnalsTimeline"]),
    .testTarget(name: "AnnalsRenderTests", dependencies: ["AnnalsRender", "AnnalsGraphviz"]),
    .testTarget(name: "EndToEndTests", dependencies: ["annals"], resources: [.copy("Expected")]),
    // Fuzz targets over the readers and the pipeline (Fuzz/); the regression tests replay
    // Fuzz/regressions/* through them. The libFuzzer driver is below.
    .target(
      name: "AnnalsFuzzEntries", dependencies: ["AnnalsText", "AnnalsTime", "AnnalsTimeline", "AnnalsRender", "AnnalsEval"],
      path: "Fuzz/Entries"),
    .testTarget(name: "FuzzRegressionTests", dependencies: ["AnnalsFuzzEntries"]),
    // `annals report` and the export formats, run through the CLI.
    .testTarget(name: "ReportCLITests", dependencies: ["annals"]),
  ]
)

// The libFuzzer executable exists only for scripts/fuzz.sh (ANNALS_FUZZ=1), which builds it
// with -sanitize=fuzzer,address; a normal build never sees it.
if ProcessInfo.processInfo.environment["ANNALS_FUZZ"] == "1" {
  package.targets.append(.executableTarget(name: "annals-fuzz", dependencies: ["AnnalsFuzzEntries"], path: "Fuzz/Driver"))
}
