import Dispatch
import Foundation

/// Maps work over a batch on `jobs` threads, keeping input order in the results.
public enum Parallel {
  /// All cores unless ANNALS_JOBS or --jobs says otherwise.
  public static var defaultJobs: Int {
    if let v = ProcessInfo.processInfo.environment["ANNALS_JOBS"].flatMap(Int.init), v > 0 { return v }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  public static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let slots = UnsafeMutableBufferPointer<R>.allocate(capacity: items.count)
    defer { slots.deallocate() }
    nonisolated(unsafe) let results = slots
    // Strided chunks: each worker takes every jobs-th item, so no two write the same slot,
    // and every slot is initialized exactly once before the results are moved out.
    let workers = min(jobs, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var i = w
      while i < items.count {
        (results.baseAddress! + i).initialize(to: transform(items[i]))
        i += workers
      }
    }
    // Moved, not copied: the buffer is left uninitialized, so nothing in it outlives the call
    // (copying out and then freeing the buffer leaked every result, one batch after another).
    return (0..<items.count).map { results.moveElement(from: $0) }
  }
}
