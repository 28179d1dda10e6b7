import AnnalsText
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes: standard output, or a file written through a
/// temporary file that is renamed into place only when everything succeeded.
final class OutputSink {
  private let path: String?
  private let tmp: String?
  private let handle: UnsafeMutablePointer<FILE>

  init(path: String?) throws {
    self.path = path
    guard let path, path != "-" else {
      tmp = nil
      guard let h = fdopen(1, "w") else { throw InputError("<stdout>", "cannot write standard output") }
      handle = h
      return
    }
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
      throw InputError(path, "cannot write: it is a directory")
    }
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
      let exists = FileManager.default.fileExists(atPath: dir)
      throw InputError(path, "cannot write: " + (exists ? "\(dir) is a file, not a folder" : "folder \(dir) does not exist"))
    }
    let t = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    guard let h = fopen(t, "w") else {
      throw InputError(path, "cannot write: \(String(cString: strerror(errno)).lowercased())")
    }
    tmp = t
    handle = h
    TempFiles.register(t)
  }

  func write(_ s: String) {
    var s = s
    s.withUTF8 { buf in _ = fwrite(buf.baseAddress, 1, buf.count, handle) }
  }

  /// Moves the finished file into place.
  func commit() throws {
    guard let tmp, let path else {
      fflush(handle)
      return
    }
    defer { TempFiles.forget(tmp) }
    let ok = fflush(handle) == 0 && ferror(handle) == 0
    fclose(handle)
    guard ok else {
      unlink(tmp)
      throw InputError(path, "cannot write: disk full or I/O error")
    }
    if rename(tmp, path) != 0 {
      let reason = String(cString: strerror(errno)).lowercased()
      unlink(tmp)
      throw InputError(path, "cannot write: \(reason)")
    }
  }

  /// Drops the temporary file; nothing is left behind.
  func abandon() {
    guard let tmp else { return }
    fclose(handle)
    unlink(tmp)
    TempFiles.forget(tmp)
  }
}
