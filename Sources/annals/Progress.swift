import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress report on stderr for long runs: documents done, rate, time left.
///
/// Shown only when stderr is a terminal (never in pipes, files or CI logs), only after the
/// run has taken a second, and at most four times a second; the line is cleared at the
/// end. It reads a monotonic clock, which touches nothing but this line.
final class Progress: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int?
  private let totalBytes: Int?
  private let start: Double
  private var done = 0
  private var bytes = 0
  private var lastDraw = 0.0
  private var drawn = false
  let enabled: Bool

  /// `total` documents, or `totalBytes` of input when the count is not known up front.
  init(total: Int? = nil, totalBytes: Int? = nil, enabled: Bool = Progress.wanted) {
    self.total = total
    self.totalBytes = totalBytes
    self.enabled = enabled
    start = Progress.now()
  }

  /// On a terminal, unless ANNALS_PROGRESS=0.
  static var wanted: Bool {
    if ProcessInfo.processInfo.environment["ANNALS_PROGRESS"] == "0" { return false }
    return Console.stderrIsTTY
  }

  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Counts `documents` more done (and `bytes` more of the input read).
  func advance(documents: Int = 1, bytes more: Int = 0) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += documents
    bytes += more
    let t = Progress.now()
    guard t - start >= 1, t - lastDraw >= 0.25 else { return }
    lastDraw = t
    drawn = true
    Console.raw("\r\u{1B}[K" + Progress.line(done: done, total: total, bytes: bytes, totalBytes: totalBytes, seconds: t - start))
  }

  /// Clears the line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if drawn { Console.raw("\r\u{1B}[K") }
    drawn = false
  }

  /// The text of the line: `1200/5000 documents  310/s  0:12 left`.
  static func line(done: Int, total: Int?, bytes: Int, totalBytes: Int?, seconds: Double) -> String {
    let rate = seconds > 0 ? Double(done) / seconds : 0
    var s = total.map { "\(done)/\($0) documents" } ?? "\(done) documents"
    s += "  \(Int(rate.rounded()))/s"
    var left: Double? = nil
    if let total, rate > 0 { left = Double(max(0, total - done)) / rate }
    if total == nil, let totalBytes, totalBytes > 0, bytes > 0 {
      s += "  \(min(100, bytes * 100 / totalBytes))%"
      left = seconds * Double(max(0, totalBytes - bytes)) / Double(bytes)
    }
    if let left {
      let secs = Int(left.rounded())
      s += "  \(secs / 60):" + (secs % 60 < 10 ? "0" : "") + "\(secs % 60) left"
    }
    return s
  }
}
