import AnnalsRender
import AnnalsText
import ArgumentParser

/// JSON Lines in, JSON Lines out, one line per line in the same order (CONTRACT.md).
enum BatchMode {
  /// Streams every input line through `produce`; bad lines give an error line and the run goes on.
  static func run(_ options: InputOptions, output: String?, produce: @escaping @Sendable (Document) -> String) throws {
    let sink: OutputSink
    do { sink = try OutputSink(path: output) } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
    let sources = options.files.isEmpty ? ["-"] : options.files
    let jobs = options.jobCount
    let batchSize = jobs == 1 ? 1 : 32 * jobs
    var badLines = 0
    var openFailures = 0
    for path in sources {
      var reader: LineReader
      do { reader = try LineReader(path: path) } catch {
        Console.error("\(error)")
        openFailures += 1
        continue
      }
      defer { reader.close() }
      let progress = Progress(totalBytes: reader.size)
      defer { progress.finish() }
      var batch: [InputLine] = []
      var progressBytes = 0
      var more = true
      while more {
        batch.removeAll(keepingCapacity: true)
        while batch.count < batchSize, let line = reader.next() {
          if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
          batch.append(InputLine(text: line, number: reader.lineNumber, source: reader.source, repaired: reader.repaired))
        }
        more = batch.count == batchSize
        let settings = Settings(flag: options.flagDate, strict: options.strict)
        let results = Parallel.map(batch, jobs: jobs) { line in process(line, settings: settings, produce: produce) }
        progress.advance(documents: results.count, bytes: reader.bytesRead - progressBytes)
        progressBytes = reader.bytesRead
        for r in results {
          if let message = r.message {
            progress.finish()
            Console.error(message)
          }
          if r.failed { badLines += 1 }
          // Two buffered writes rather than a copy of the line with its newline.
          sink.write(r.output)
          sink.write("\n")
        }
      }
    }
    if openFailures == sources.count {
      sink.abandon()
      throw ExitCode(1)
    }
    do { try sink.commit() } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
    if badLines > 0 || openFailures > 0 {
      Console.error("\(badLines) bad line(s), \(openFailures) unreadable input(s)")
      throw ExitCode(1)
    }
  }

  struct InputLine: Sendable {
    var text: String
    var number: Int
    var source: String
    /// Replacement characters put in for invalid UTF-8.
    var repaired = 0
  }

  struct Settings: Sendable {
    var flag: PublicationDate?
    var strict: Bool
  }

  struct LineResult: Sendable {
    var output: String
    var message: String?
    var failed: Bool
  }

  static func process(_ line: InputLine, settings: Settings, produce: (Document) -> String) -> LineResult {
    switch DocumentReader.readJSONLine(line.text, lineNumber: line.number, source: line.source) {
    case .success(var doc):
      if line.repaired > 0 { doc.diagnostics.insert(invalidUTF8(line.repaired, doc.source), at: 0) }
      if let flag = settings.flag { doc.publication = flag }
      if doc.publication == nil { doc.publication = PublicationDateFinder.find(in: doc.text) }
      if doc.publication == nil, settings.strict {
        let message = "\(doc.source): no publication date found (id \(doc.id))"
        return LineResult(output: JSONContract.errorLine(id: doc.id, message: message), message: message, failed: true)
      }
      let warning = doc.diagnostics.isEmpty ? nil : doc.diagnostics.map(\.description).joined(separator: "\n")
      return LineResult(output: produce(doc), message: warning, failed: false)
    case .failure(let err):
      return LineResult(
        output: JSONContract.errorLine(id: DocumentReader.recoverID(line.text), message: err.description),
        message: err.description, failed: true)
    }
  }
}

/// The warning for a line whose invalid UTF-8 was replaced.
func invalidUTF8(_ count: Int, _ source: String) -> Diagnostic {
  Diagnostic(.warning, source, "invalid UTF-8: \(count) replacement character(s) inserted")
}

/// Reads a whole JSON Lines input into documents (for timeline and graph, which need them all).
enum BatchCollect {
  static func collect(_ options: InputOptions, into inputs: inout Inputs) throws {
    let sources = options.files.isEmpty ? ["-"] : options.files
    for path in sources {
      var reader: LineReader
      do { reader = try LineReader(path: path) } catch {
        Console.error("\(error)")
        inputs.failures += 1
        continue
      }
      defer { reader.close() }
      while let line = reader.next() {
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        switch DocumentReader.readJSONLine(line, lineNumber: reader.lineNumber, source: reader.source) {
        case .success(var doc):
          if reader.repaired > 0 { doc.diagnostics.insert(invalidUTF8(reader.repaired, doc.source), at: 0) }
          if Inputs.settlePublication(&doc, options: options) { inputs.documents.append(doc) } else { inputs.failures += 1 }
        case .failure(let err):
          Console.error("\(err)")
          inputs.failures += 1
        }
      }
    }
    if inputs.documents.isEmpty { throw ExitCode(1) }
  }
}
