import AnnalsText
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the documents named on the command line, reporting what cannot be read.
struct Inputs {
  var documents: [Document] = []
  /// Inputs that could not be used (already reported on stderr).
  var failures = 0

  static func load(_ options: InputOptions) -> Inputs {
    var result = Inputs()
    var paths: [String] = []
    for given in options.files {
      do {
        let found = try DocumentReader.expand(paths: [given])
        if found.isEmpty {
          let kinds = DocumentReader.knownExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
          Console.error("\(given): folder holds no articles (looked for \(kinds))")
          result.failures += 1
        }
        paths += found
      } catch {
        Console.error("\(error)")
        result.failures += 1
      }
    }
    for path in paths {
      do {
        var doc = try DocumentReader.read(path: path, published: options.flagDate)
        if !settlePublication(&doc, options: options) {
          result.failures += 1
          continue
        }
        result.documents.append(doc)
      } catch {
        Console.error("\(error)")
        result.failures += 1
      }
    }
    return result
  }

  /// Applies --published, then the text; warns (or, with --strict, fails) when none is found.
  static func settlePublication(_ doc: inout Document, options: InputOptions) -> Bool {
    if let flag = options.flagDate { doc.publication = flag }
    if doc.publication == nil { doc.publication = PublicationDateFinder.find(in: doc.text) }
    // The reader's own "no publication date" note is replaced by the fuller one below.
    for d in doc.diagnostics where !(doc.publication == nil && DocumentReader.isNoDateNote(d)) { Console.report(d) }
    if doc.publication == nil {
      if options.strict {
        Console.error("\(doc.source): error: no publication date found (give --published, or drop --strict)")
        return false
      }
      Console.error("\(doc.source): warning: no publication date found; relative dates stay unresolved (give --published)")
    }
    return true
  }
}

/// Reads lines one at a time from files or standard input, so batches stream.
struct LineReader {
  let source: String
  private let file: UnsafeMutablePointer<FILE>
  private let owned: Bool
  private var buffer: UnsafeMutablePointer<CChar>? = nil
  private var capacity = 0
  private(set) var lineNumber = 0
  /// Bytes read so far, and the file's size when known (progress).
  private(set) var bytesRead = 0
  let size: Int?
  /// Replacement characters put into the last line for invalid UTF-8 (0 when it was valid).
  private(set) var repaired = 0

  init(path: String) throws {
    if path == "-" {
      guard let f = fdopen(0, "r") else { throw InputError("<stdin>", "cannot read standard input") }
      file = f
      owned = false
      source = "<stdin>"
      size = nil
    } else {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
        throw InputError(path, "is a directory (JSON Lines input must be a file)")
      }
      guard let f = fopen(path, "r") else {
        throw InputError(path, String(cString: strerror(errno)).lowercased())
      }
      file = f
      owned = true
      source = path
      size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }
  }

  /// The next line without its line break, or nil at the end.
  mutating func next() -> String? {
    let n = getline(&buffer, &capacity, file)
    guard n >= 0, let buffer else { return nil }
    lineNumber += 1
    bytesRead += n
    var len = n
    while len > 0, buffer[len - 1] == 10 || buffer[len - 1] == 13 { len -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: len) {
      let bytes = UnsafeBufferPointer(start: $0, count: len)
      if let valid = String(validating: bytes, as: UTF8.self) {
        repaired = 0
        return valid
      }
      let text = String(decoding: bytes, as: UTF8.self)
      repaired = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
      return text
    }
  }

  func close() {
    if owned { fclose(file) }
    free(buffer)
  }
}
