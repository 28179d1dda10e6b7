import AnnalsRender
import AnnalsText
import ArgumentParser

/// JSON Lines in, JSON Lines out, one line per line in the same order (CONTRACT.md).
enum BatchMode {
  /// Streams every input line through `produce`; bad lines give an error line and the run goes on.
  static func run(_ options: InputOptions, output: String?, produce: (Document) -> String) throws {
    let sink: OutputSink
    do { sink = try OutputSink(path: output) } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
    let sources = options.files.isEmpty ? ["-"] : options.files
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
      while let line = reader.next() {
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        switch DocumentReader.readJSONLine(line, lineNumber: reader.lineNumber, source: reader.source) {
        case .success(var doc):
          if let flag = options.flagDate { doc.publication = flag }
          if doc.publication == nil { doc.publication = PublicationDateFinder.find(in: doc.text) }
          if doc.publication == nil, options.strict {
            sink.write(JSONContract.errorLine(id: doc.id, message: "no publication date found") + "\n")
            badLines += 1
            continue
          }
          sink.write(produce(doc) + "\n")
        case .failure(let err):
          Console.error("\(err)")
          sink.write(JSONContract.errorLine(id: DocumentReader.recoverID(line), message: err.description) + "\n")
          badLines += 1
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
