import AnnalsEvents
import AnnalsStory

/// Hands the documents and the merged entities to the story stage (`AnnalsStory`).
enum StoryBridge {
  /// The story of `documents`, with entities merged as the graph merged them.
  static func story(_ documents: [DocumentAnalysis], graph: RelationGraph) -> Story {
    var keysOf: [[String: String]] = Array(repeating: [:], count: documents.count)
    for (ref, node) in graph.nodeOf where ref.document < documents.count { keysOf[ref.document][ref.entity] = node }
    let inputs = documents.enumerated().map { d, doc in
      StoryDocument(
        id: doc.id, title: doc.title, text: doc.text, publication: doc.publication, sentences: doc.sentences,
        timexes: doc.timexes, entities: doc.entities, events: doc.events, entityKeys: keysOf[d])
    }
    return Story.build(inputs, entities: entities(documents, graph: graph))
  }

  /// Every graph node as a story entity, with the names it was mentioned by.
  static func entities(_ documents: [DocumentAnalysis], graph: RelationGraph) -> [StoryEntity] {
    let byID = documents.map { doc in Dictionary(doc.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
    return graph.nodes.map { n in
      var aliases: [String] = []
      var seen: Set<String> = [n.name]
      for m in n.members where m.document < documents.count {
        guard let e = byID[m.document][m.entity] else { continue }
        for name in [e.name] + e.mentions.filter({ $0.kind != .pronoun }).map(\.text)
        where seen.insert(name).inserted {
          aliases.append(name)
        }
      }
      return StoryEntity(key: n.id, name: n.name, type: n.type, aliases: aliases)
    }
  }
}
