import AnnalsStory

extension Analysis {
  /// The story of the entities `names` mean (any alias, any coreferent mention, across
  /// articles): the events they take part in, coreferent mentions merged, dated ones in
  /// order and undated ones after them in text order; the graph cut to those entities and
  /// their neighbours. Also returns the names that matched no entity.
  public func focused(on names: [String]) -> (analysis: Analysis, unmatched: [String]) {
    var matches: [String: EntityFocus.Match] = [:]
    var unmatched: [String] = []
    for n in names {
      let m = story.matches([n])
      if m.isEmpty { unmatched.append(n) }
      for (k, v) in m where matches[k] != .entity { matches[k] = v }
    }
    let keys = Set(matches.keys)
    // A bare "is"/"was" ("Apple is the largest ...") states what the entity is; it is no
    // event in its story.
    let indices = story.events(involving: matches).filter { i in
      !story.events[i].mentions.allSatisfy { documents[$0.document].events[$0.event].lemma.lowercased() == "be" }
    }
    var timeline = Timeline.build(documents, story: story, graph: graph, only: indices)
    // An entity's own story shows everything it takes part in (statements too), up to the
    // usual budget, the most central first.
    let all = timeline.entries
    let keep = Salience.select(all.map(\.salience), budget: Salience.budget, floor: Self.focusFloor)
    for i in timeline.dated.indices { timeline.dated[i].selected = keep.contains(i) }
    for i in timeline.undated.indices { timeline.undated[i].selected = keep.contains(timeline.dated.count + i) }
    timeline.focus = graph.nodes.filter { keys.contains($0.id) }.map(\.name)
    var out = self
    out.timeline = timeline
    out.graph = graph.around(keys)
    return (out, unmatched)
  }

  /// An entity's own story shows events scoring at least this: every one.
  public static let focusFloor = -Double.infinity

  /// The view the reading formats show by default: the story's selection of events.
  public func storySelection() -> Analysis {
    var out = self
    out.timeline = timeline.selected()
    return out
  }
}

extension RelationGraph {
  /// The nodes in `keys`, their neighbours, and the edges that touch `keys`.
  public func around(_ keys: Set<String>) -> RelationGraph {
    let kept = edges.filter { keys.contains($0.source) || keys.contains($0.target) }
    var ids = keys
    for e in kept {
      ids.insert(e.source)
      ids.insert(e.target)
    }
    return RelationGraph(nodes: nodes.filter { ids.contains($0.id) }, edges: kept, nodeOf: nodeOf)
  }
}
