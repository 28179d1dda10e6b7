"""Cross-article work on Spark with every decision made by `annals` (issue 13, point 3).

1. Each document goes through `annals extract --jsonl --analysis`: its own
   `annals.analysis/1` analysis, one line.
2. `annals merge --jsonl --keys` names each document's blocking keys (the names, aliases,
   initials and surnames the cross-article rules could join on; `BlockingKeys` in Swift).
3. Spark finds the connected groups of documents that share keys (label propagation:
   every document takes the smallest document id reachable over shared keys), so two
   documents that could share an entity or an event land in one group.
4. Each group goes through `annals merge --jsonl`, which makes every cross-article
   decision (entity merging, event coreference, timeline, graph) for it.

Spark only partitions and shuffles. The merged analysis of every group is written as one
`annals.analysis/1` JSON file (render it with `annals timeline --from FILE`), as JSON
Lines, and as Parquet tables (stories, entries, edges).
"""

import hashlib
import json
import os
import subprocess

from pyspark import SparkFiles

import annals_pipe

# Label propagation stops after this many rounds at the latest (each round joins once);
# groups are chains of shared names, so real corpora settle in a handful.
MAX_ROUNDS = 50


def story_name(label):
    """A file-safe, stable name for the group whose smallest document id is `label`."""
    return "story-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:16]


def _merge(binary, lines, *extra):
    """`annals merge --jsonl` over `lines`; the output text (a failure raises: no partial story)."""
    r = subprocess.run([binary, "merge", "--jsonl", *extra], input="".join(l + "\n" for l in lines).encode("utf-8"),
                       capture_output=True)
    if r.returncode != 0:
        raise RuntimeError("annals merge failed: " + r.stderr.decode("utf-8", "replace").strip())
    return r.stdout.decode("utf-8")


def components(edges, ids):
    """(id, label) for every document id: the smallest id connected to it over shared keys.

    `edges` is an RDD of (key, id); `ids` an RDD of ids. Each round, a key takes the
    smallest label of its documents and every document the smallest label of its keys,
    until nothing changes."""
    labels = ids.map(lambda i: (i, i)).cache()
    edges = edges.distinct().cache()
    for _ in range(MAX_ROUNDS):
        by_doc = edges.map(lambda kv: (kv[1], kv[0]))  # (id, key)
        key_label = by_doc.join(labels).map(lambda x: (x[1][0], x[1][1])).reduceByKey(min)  # (key, label)
        offered = edges.join(key_label).map(lambda x: (x[1][0], x[1][1]))  # (id, label)
        new = labels.union(offered).reduceByKey(min).cache()
        changed = new.join(labels).filter(lambda x: x[1][0] != x[1][1]).count()
        labels.unpersist()
        labels = new
        if changed == 0:
            return labels
    raise RuntimeError("blocking groups did not settle in %d rounds" % MAX_ROUNDS)


def rows(story, merged):
    """The Parquet rows of one merged analysis (what annals wrote, reshaped, nothing decided)."""
    a = json.loads(merged)
    names = {n["id"]: n["name"] for n in a["graph"]["nodes"]}
    entries = []
    for dating, key in (("dated", "dated"), ("undated", "undated")):
        for e in a["timeline"][key]:
            entries.append({
                "story": story, "document": e["document"], "event": e["event"], "caption": e["caption"],
                "value": e["value"], "dating": e["dating"], "relation": e["relation"], "salience": float(e["salience"]),
                "selected": e["selected"], "entities": e["entities"], "evidence": e["evidence"],
                "sources": [{"document": s["document"], "event": s["event"]} for s in e["sources"]],
            })
    edges = [{"story": story, "source": names.get(g["source"], g["source"]),
              "target": names.get(g["target"], g["target"]), "label": g["label"], "directed": g["directed"],
              "weight": g["weight"], "dates": g["dates"]} for g in a["graph"]["edges"]]
    summary = {"story": story, "documents": [d["id"] for d in a["documents"]], "entries": len(entries),
               "entities": len(a["graph"]["nodes"]), "edges": len(edges)}
    return summary, entries, edges


ENTRY = ("story STRING, document STRING, event STRING, caption STRING, value STRING, dating STRING,"
         " relation STRING, salience DOUBLE, selected BOOLEAN, entities ARRAY<STRING>, evidence STRING,"
         " sources ARRAY<STRUCT<document: STRING, event: STRING>>")
EDGE = ("story STRING, source STRING, target STRING, label STRING, directed BOOLEAN, weight INT,"
        " dates ARRAY<STRING>")
STORY = "story STRING, documents ARRAY<STRING>, entries INT, entities INT, edges INT"


def run(spark, lines, name, out, timeout):
    """The stories of contract input `lines` (an RDD of strings) into `out`/stories*."""

    def analyse(part):
        res = annals_pipe.run_lines(SparkFiles.get(name), list(part), timeout, "extract", ("--analysis",))
        # Documents annals could not read are the errors table's business (the lines stage).
        return [l for l in res if l.startswith('{"schema":')]

    per_doc = lines.mapPartitions(analyse).map(lambda l: (json.loads(l)["documents"][0]["id"], l)).cache()

    def keys(part):
        part = [l for _, l in part]
        if not part:
            return []
        out_lines = _merge(SparkFiles.get(name), part, "--keys").splitlines()
        return [(json.loads(k)["id"], json.loads(k)["keys"]) for k in out_lines]

    doc_keys = per_doc.mapPartitions(keys)
    edges = doc_keys.flatMap(lambda ik: [(k, ik[0]) for k in ik[1]])
    labels = components(edges, per_doc.keys().distinct())

    def merge_groups(part):
        for label, docs in part:
            merged = _merge(SparkFiles.get(name), sorted(docs)).rstrip("\n")
            yield story_name(label), merged

    groups = per_doc.join(labels).map(lambda x: (x[1][1], x[1][0])).groupByKey()
    stories = groups.mapPartitions(merge_groups).cache()
    sdf = spark.createDataFrame(stories, "story STRING, analysis STRING").orderBy("story")
    sdf.select("analysis").write.mode("overwrite").text(out + "/stories-jsonl")
    reshaped = stories.map(lambda s: rows(*s)).cache()
    spark.createDataFrame(reshaped.map(lambda r: r[0]), STORY).write.mode("overwrite").parquet(out + "/stories")
    spark.createDataFrame(reshaped.flatMap(lambda r: r[1]), ENTRY).write.mode("overwrite").parquet(out + "/entries")
    spark.createDataFrame(reshaped.flatMap(lambda r: r[2]), EDGE).write.mode("overwrite").parquet(out + "/edges")
    # One annals.analysis/1 file per story, written by the driver a partition at a time.
    folder = out + "/stories-json"
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))  # a rerun replaces, never adds
    n = 0
    for story, analysis in sdf.toLocalIterator():
        with open(os.path.join(folder, story + ".json"), "w", encoding="utf-8") as f:
            f.write(analysis + "\n")
        n += 1
    return n
