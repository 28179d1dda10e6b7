import Foundation
import Testing

@testable import AnnalsText

/// Counts live instances, so a test can tell whether results outlive the map that made them.
private final class Tracked: Sendable {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var count = 0
  static var live: Int { lock.withLock { count } }
  let value: Int
  init(_ value: Int) {
    self.value = value
    Tracked.lock.withLock { Tracked.count += 1 }
  }
  deinit { Tracked.lock.withLock { Tracked.count -= 1 } }
}

@Test func parallelMapKeepsInputOrder() {
  for jobs in [1, 2, 3, 8] {
    let out = Parallel.map(Array(0..<101), jobs: jobs) { $0 * 3 }
    #expect(out == (0..<101).map { $0 * 3 }, "jobs \(jobs)")
  }
  #expect(Parallel.map([Int](), jobs: 4) { $0 }.isEmpty)
}

// A batch mode calls map once per window of documents; if results leaked, memory would
// grow with the input at --jobs 2 and more (it did: 238 MB on 41 MB of JSONL).
@Test func parallelMapReleasesEveryResult() {
  let before = Tracked.live
  for _ in 0..<20 {
    let out = Parallel.map(Array(0..<64), jobs: 2) { Tracked($0) }
    #expect(out.map(\.value) == Array(0..<64))
  }
  #expect(Tracked.live == before)
}
