import AnnalsText
import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to the terminal and to files; the only place output leaves the process.
enum Console {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data(("annals: " + message + "\n").utf8))
  }

  /// Writes `text` to stderr as is (progress lines).
  static func raw(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func report(_ d: Diagnostic) {
    error(d.description)
  }

  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static var stdoutIsTTY: Bool { isatty(1) == 1 }
  static var stderrIsTTY: Bool { isatty(2) == 1 }

  /// Color only on a terminal, never when NO_COLOR is set (https://no-color.org).
  static func useColor(_ mode: ColorMode) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
      if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
      return stdoutIsTTY
    }
  }

  /// Terminal width from the tty, then COLUMNS, then 100.
  static var width: Int {
    var ws = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 20 { return Int(ws.ws_col) }
    if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 20 { return c }
    return 100
  }

  /// Writes `contents` to `path` through a temporary file and a rename, so an
  /// interrupted run never leaves a truncated file behind.
  static func writeAtomically(_ contents: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
      let exists = FileManager.default.fileExists(atPath: dir)
      throw InputError(path, "cannot write: " + (exists ? "\(dir) is a file, not a folder" : "folder \(dir) does not exist"))
    }
    let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    TempFiles.register(tmp)
    defer { TempFiles.forget(tmp) }
    guard FileManager.default.createFile(atPath: tmp, contents: Data(contents.utf8)) else {
      throw InputError(path, "cannot write: permission denied or disk full")
    }
    if rename(tmp, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(tmp)
      throw InputError(path, "cannot write: \(reason)")
    }
  }
}

enum ColorMode: String, CaseIterable, Sendable, ExpressibleByArgument {
  case auto, always, never
}
