import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads articles from files, standard input or bytes into `Document`s.
public enum DocumentReader {
  /// The input formats Annals understands.
  public enum Format: String, Sendable, CaseIterable {
    case plainText, html, timeML

    /// The format a path's extension names; unknown extensions read as plain text.
    public init(path: String) {
      switch Self.fileExtension(path) {
      case "html", "htm", "xhtml": self = .html
      case "tml", "te3input": self = .timeML
      default: self = .plainText
      }
    }

    static func fileExtension(_ path: String) -> String {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
      return name[name.index(after: dot)...].lowercased()
    }
  }

  /// Extensions `expand(paths:)` picks up inside folders (lower-cased).
  public static let knownExtensions: Set<String> = ["txt", "html", "htm", "tml", "te3input", "md"]

  /// Reads the file at `path` (`-` is standard input), detecting its format by extension.
  ///
  /// `published`, when given, overrides whatever date the document itself states.
  public static func read(path: String, published: PublicationDate? = nil) throws(InputError) -> Document {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return try read(data: [UInt8](data), source: "<stdin>", format: .plainText, published: published).get()
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(path, "no such file")
    }
    if isDirectory.boolValue { throw InputError(path, "is a directory") }
    guard FileManager.default.isReadableFile(atPath: path) else { throw InputError(path, "permission denied") }
    // What the path names after symbolic links (/dev/stdin is one).
    var info = stat()
    let mode = stat(path, &info) == 0 ? info.st_mode & S_IFMT : S_IFREG
    if mode == S_IFCHR || mode == S_IFBLK {
      throw InputError(path, "is a device, not a file (use - for standard input)")
    }
    let data: Data
    if mode == S_IFREG {
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw InputError(path, "cannot be read")
      }
    } else {
      // A pipe such as /dev/stdin or <(command): read it to its end.
      guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(path, "cannot be read") }
      data = handle.readDataToEndOfFile()
      try? handle.close()
    }
    return try read(data: [UInt8](data), source: path, format: Format(path: path), published: published).get()
  }

  /// Reads a document from bytes; `source` names it in messages and becomes its id.
  public static func read(
    data: [UInt8], source: String, format: Format, published: PublicationDate? = nil
  ) -> Result<Document, InputError> {
    let decoded: (text: String, diagnostics: [Diagnostic])
    switch TextDecoding.decode(data, source: source) {
    case .failure(let e): return .failure(e)
    case .success(let d): decoded = d
    }
    switch format {
    case .plainText:
      let title = HeadlineGuess.title(of: decoded.text)
      return .success(plainDocument(decoded.text, source: source, title: title, published: published, decoded.diagnostics))
    case .html:
      let page = HTMLReader.read(decoded.text)
      guard !TextDecoding.isBlank(page.text) else { return .failure(InputError(source, "HTML page has no text")) }
      var doc = Document(
        id: source, source: source, title: page.title, text: page.text,
        publication: published ?? page.publication ?? PublicationDateFinder.find(in: page.text),
        diagnostics: decoded.diagnostics)
      if doc.publication == nil { doc.diagnostics.append(noDate(source)) }
      return .success(doc)
    case .timeML:
      let parsed: TimeMLReader.Parsed
      switch TimeMLReader.read(decoded.text, source: source) {
      case .failure(let e): return .failure(e)
      case .success(let p): parsed = p
      }
      var dct: PublicationDate?
      var diagnostics = decoded.diagnostics
      if !parsed.closed {
        diagnostics.append(Diagnostic(.warning, source, "TimeML <TEXT> is not closed (truncated file?); read to the end"))
      }
      if let v = parsed.dctValue {
        dct = PublicationDateFinder.parseISO(v, source: "metadata")
          ?? PublicationDateFinder.parseISO(String(v.unicodeScalars.prefix(10)), source: "metadata")
        dct?.evidence = "<DCT> value=\"\(v)\""
        if dct == nil, published == nil {
          diagnostics.append(Diagnostic(.warning, source, "DCT value \"\(v)\" is not a date; using the date in the text"))
        }
      }
      // The date line is a sentence of its own: the finder reads lines, so breaks become line ends.
      var doc = Document(
        id: source, source: source, title: parsed.title, text: parsed.text,
        publication: published ?? dct ?? PublicationDateFinder.find(in: lined(parsed.text, breaks: parsed.breaks)),
        diagnostics: diagnostics, breaks: parsed.breaks)
      if doc.publication == nil { doc.diagnostics.append(noDate(source)) }
      return .success(doc)
    }
  }

  /// The text with a line end at every break, for readers of lines (not for offsets).
  public static func lined(_ text: String, breaks: [Int]) -> String {
    guard !breaks.isEmpty else { return text }
    var out = String.UnicodeScalarView()
    var b = 0
    for (i, c) in text.unicodeScalars.enumerated() {
      while b < breaks.count, breaks[b] <= i {
        out.append("\n")
        b += 1
      }
      out.append(c)
    }
    return String(out)
  }

  static func plainDocument(
    _ text: String, source: String, title: String?, published: PublicationDate?, _ diagnostics: [Diagnostic]
  ) -> Document {
    var doc = Document(
      id: source, source: source, title: title, text: text,
      publication: published ?? PublicationDateFinder.find(in: text), diagnostics: diagnostics)
    if doc.publication == nil { doc.diagnostics.append(noDate(source)) }
    return doc
  }

  static func noDate(_ source: String) -> Diagnostic {
    Diagnostic(.warning, source, noDateMessage)
  }

  static let noDateMessage = "no publication date found; relative dates stay unresolved"

  /// True for the warning a reader adds when a document states no publication date.
  public static func isNoDateNote(_ d: Diagnostic) -> Bool { d.message == noDateMessage }

  /// Replaces folders in `paths` by the readable files under them (recursively, sorted,
  /// hidden entries and READMEs skipped, only known extensions); files and `-` pass through.
  public static func expand(paths: [String]) throws(InputError) -> [String] {
    var out: [String] = []
    for path in paths {
      if path == "-" {
        out.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(path, "no such file")
      }
      guard isDirectory.boolValue else {
        out.append(path)
        continue
      }
      out.append(contentsOf: try filesUnder(path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }
    return out
  }

  /// A folder's README, which describes the articles rather than being one.
  static func isFolderNote(_ name: String) -> Bool {
    let stem = name.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
    return stem == "readme"
  }

  private static func filesUnder(_ folder: String) throws(InputError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw InputError(folder, "cannot list folder")
    }
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    var files: [String] = []
    for name in names where !name.hasPrefix(".") && !isFolderNote(name) {
      let path = base + name
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        files.append(contentsOf: try filesUnder(path))
      } else if knownExtensions.contains(Format.fileExtension(name)) {
        files.append(path)
      }
    }
    return files
  }
}
