import Foundation

// Interim input layer so the CLI can run before the full readers land; replaced on merge.

public enum DocumentReader {
  public static func read(path: String, published: PublicationDate?) throws -> Document {
    guard let data = FileManager.default.contents(atPath: path) else { throw InputError(path, "no such file") }
    let text = String(decoding: data, as: UTF8.self)
    return Document(id: path, source: path, text: text, publication: published)
  }

  public static func readJSONLine(_ line: String, lineNumber: Int, source: String) -> Result<Document, InputError> {
    let where_ = "\(source):\(lineNumber)"
    guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      return .failure(InputError(where_, "line is not a JSON object"))
    }
    guard let id = obj["id"].map({ "\($0)" }) else { return .failure(InputError(where_, "missing \"id\"")) }
    guard let text = obj["text"] as? String else { return .failure(InputError(where_, "missing \"text\" (id \(id))")) }
    var pub: PublicationDate? = nil
    if let p = obj["published"] as? String, p.count >= 10 {
      let parts = p.prefix(10).split(separator: "-").compactMap { Int($0) }
      if parts.count == 3, let d = CivilDate(validYear: parts[0], month: parts[1], day: parts[2]) {
        pub = PublicationDate(date: d, source: "input", evidence: p)
      }
    }
    return .success(Document(id: id, source: where_, title: obj["title"] as? String, text: text, publication: pub))
  }

  /// Recovers the id of a bad line where possible.
  public static func recoverID(_ line: String) -> String? { nil }

  public static func expand(paths: [String]) throws -> [String] { paths }
}

public enum PublicationDateFinder {
  public static func find(in text: String) -> PublicationDate? { nil }
  public static func parseISO(_ s: String) -> PublicationDate? {
    let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let d = CivilDate(validYear: parts[0], month: parts[1], day: parts[2]) else { return nil }
    return PublicationDate(date: d, source: "flag", evidence: s)
  }
}
