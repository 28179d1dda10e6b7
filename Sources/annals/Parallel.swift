import Dispatch
import Foundation

/// Maps work over a batch on `jobs` threads, keeping input order in the results.
enum Parallel {
  /// All cores unless ANNALS_JOBS or --jobs says otherwise.
  static var defaultJobs: Int {
    if let v = ProcessInfo.processInfo.environment["ANNALS_JOBS"].flatMap(Int.init), v > 0 { return v }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let slots = results
    // Strided chunks: each worker takes every jobs-th item, so no two write the same slot.
    let workers = min(jobs, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var i = w
      while i < items.count {
        slots[i] = transform(items[i])
        i += workers
      }
    }
    return results.compactMap { $0 }
  }
}
