// Graph layout benchmark: random relationship graphs of N nodes rendered to SVG in-process.
// Usage: annals-bench [NODES...] [--runs R] [--layout L]   (default: 50 500 2000, 3 runs, sfdp and dot)
import AnnalsEvents
import AnnalsRender
import AnnalsTimeline
import Foundation

var sizes: [Int] = []
var runs = 3
var layouts = ["dot", "sfdp"]
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  switch a {
  case "--runs": runs = args.popFirst().flatMap(Int.init) ?? runs
  case "--layout": layouts = [args.popFirst() ?? "dot"]
  default: if let n = Int(a) { sizes.append(n) }
  }
}
if sizes.isEmpty { sizes = [50, 500, 2000] }

/// A deterministic pseudo-random graph: N entities, 1.5 N relations (cycles included).
func graph(_ n: Int) -> RelationGraph {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next() -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(state >> 33)
  }
  let types: [EntityType] = [.person, .organization, .location]
  let nodes = (0..<n).map { GraphNode(id: "n\($0 + 1)", name: "Entity \($0 + 1)", type: types[$0 % 3], mentions: 1, members: []) }
  var edges: [GraphEdge] = []
  for i in 0..<(n * 3 / 2) {
    let s = next() % n
    var t = next() % n
    if t == s { t = (t + 1) % n }
    edges.append(
      GraphEdge(source: "n\(s + 1)", target: "n\(t + 1)", label: "met", directed: i % 2 == 0, dates: ["2025-08-12"], weight: 1,
        evidence: ["Entity \(s + 1) met Entity \(t + 1)."], events: []))
  }
  return RelationGraph(nodes: nodes, edges: edges)
}

print("nodes\tlayout\tdrawn\tmedian_s\tmin_s\tmax_s\tsvg_kb")
for n in sizes {
  let g = graph(n)
  let analysis = Analysis(documents: [], timeline: Timeline(dated: [], undated: []), graph: g)
  let drawn = DOTRenderer.drawable(g).graph.nodes.count
  for layout in layouts {
    var times: [Double] = []
    var size = 0
    for _ in 0..<runs {
      let t0 = DispatchTime.now().uptimeNanoseconds
      do {
        size = try GraphSVGRenderer().render(analysis, options: RenderOptions(layout: layout)).utf8.count
      } catch {
        print("\(n)\t\(layout)\terror: \(error)")
        break
      }
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    guard !times.isEmpty else { continue }
    times.sort()
    let f = { (x: Double) in String(format: "%.3f", x) }
    print("\(n)\t\(layout)\t\(drawn)\t\(f(times[times.count / 2]))\t\(f(times[0]))\t\(f(times[times.count - 1]))\t\(size / 1024)")
  }
}
