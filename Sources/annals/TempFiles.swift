#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Temporary output files that SIGINT, SIGTERM, SIGHUP or SIGPIPE must not leave behind.
///
/// Outputs are written to `.NAME.tmp-PID` and renamed into place when complete, so an
/// interrupted run never leaves a truncated target. On those signals the handler removes
/// the live temporary files and dies of the same signal; SIGKILL cannot be caught, so it
/// can leave a hidden `.NAME.tmp-PID` beside the target (never a truncated target).
enum TempFiles {
  private static let capacity = 64
  /// Fixed slots of C strings, so the handler touches no Swift runtime.
  nonisolated(unsafe) private static var slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    p.initialize(repeating: nil, count: capacity)
    return p
  }()
  nonisolated(unsafe) private static var installed = false

  /// Starts watching `path`; call `forget` once it was renamed or removed.
  static func register(_ path: String) {
    installHandlers()
    for i in 0..<capacity where slots[i] == nil {
      slots[i] = strdup(path)
      return
    }
  }

  static func forget(_ path: String) {
    for i in 0..<capacity {
      if let p = slots[i], String(cString: p) == path {
        slots[i] = nil
        free(p)
      }
    }
  }

  private static func installHandlers() {
    guard !installed else { return }
    installed = true
    _ = slots
    // A parent may have started us with these blocked (Foundation's Process does): unblock.
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
      signal(sig, tempFileSignalHandler)
      sigaddset(&set, sig)
    }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }

  /// Called from the signal handler: unlinks every live temporary file.
  fileprivate static func removeAll() {
    for i in 0..<capacity {
      if let p = slots[i] { unlink(p) }
    }
  }
}

private func tempFileSignalHandler(_ sig: Int32) {
  TempFiles.removeAll()
  signal(sig, SIG_DFL)
  raise(sig)
}
