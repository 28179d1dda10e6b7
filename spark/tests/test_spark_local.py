"""The Spark job in local mode: same lines as a direct run, faults, idempotent reruns.

Needs pyspark and Java 17 (spark/run-tests.sh installs both) and ANNALS_BIN."""
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import annals_spark  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

ANNALS = os.path.abspath(os.environ["ANNALS_BIN"])
FAULTY = os.path.join(HERE, "faulty_annals.py")
MEANTIME = os.path.join(ROOT, "..", "shared", "data", "meantime-dev.jsonl")


def run_job(inputs, out, *extra, master="local[2]"):
    args = list(inputs) + ["--annals", extra[0] if extra and not extra[0].startswith("--") else ANNALS,
                           "--out", out, "--master", master]
    args += [e for e in extra if e.startswith("--") or e.replace(".", "").isdigit()]
    assert annals_spark.main(args) == 0


def lines_of(out):
    lines = []
    for part in sorted(glob.glob(os.path.join(out, "lines", "part-*"))):
        with open(part, encoding="utf-8") as f:
            lines += f.read().splitlines()
    return lines


def direct(jsonl_path):
    with open(jsonl_path, "rb") as f:
        return subprocess.run([ANNALS, "extract", "--jsonl"], stdin=f, capture_output=True).stdout.decode().splitlines()


def digest(lines):
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def one_machine(jsonl_path):
    """`annals timeline --format json` on the documents in id order (UTF-8), the merge's
    canonical order: where the engine picks by first appearance (a node's spelling, the
    order of an edge's evidence) the order of the input matters on one machine too."""
    with open(jsonl_path, encoding="utf-8") as f:
        docs = [l for l in f.read().splitlines() if l.strip()]
    docs.sort(key=lambda l: json.loads(l)["id"].encode("utf-8"))
    r = subprocess.run([ANNALS, "timeline", "--jsonl", "--format", "json"], input="\n".join(docs).encode("utf-8"),
                       capture_output=True)
    return json.loads(r.stdout)


def comparable(analyses):
    """Documents, entries (with their sources), entities and edges of analyses, with node
    ids replaced by names (ids are numbered per story) and every list sorted. `selected`
    is left out: the story's selection is a budget per story, by design."""
    out = {"documents": [], "entries": [], "entities": [], "edges": []}
    for a in analyses:
        names = {n["id"]: n["name"] for n in a["graph"]["nodes"]}
        out["documents"] += [d["id"] for d in a["documents"]]
        for e in a["timeline"]["dated"] + a["timeline"]["undated"]:
            e = dict(e, entities=sorted(e["entities"]))
            del e["selected"]
            out["entries"].append(json.dumps(e, sort_keys=True))
        for n in a["graph"]["nodes"]:
            n = dict(n, members=sorted((m["document"], m["entity"]) for m in n["members"]))
            del n["id"]
            out["entities"].append(json.dumps(n, sort_keys=True))
        for g in a["graph"]["edges"]:
            out["edges"].append(json.dumps(dict(g, source=names[g["source"]], target=names[g["target"]]),
                                           sort_keys=True))
    return {k: sorted(v) for k, v in out.items()}


def stories_of(out):
    analyses = []
    for path in sorted(glob.glob(os.path.join(out, "stories-json", "*.json"))):
        with open(path, encoding="utf-8") as f:
            analyses.append(json.load(f))
    return analyses


def table(out, name):
    spark = SparkSession.builder.master("local[1]").getOrCreate()
    try:
        return [r.asDict(recursive=True) for r in spark.read.parquet(os.path.join(out, name)).collect()]
    finally:
        spark.stop()  # so the next job starts its own session with its own master


class SparkLocalTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="annals-spark-test-")
        cls.samples = os.path.join(cls.tmp, "samples.jsonl")
        subprocess.run([ANNALS, "corpus", os.path.join(ROOT, "Samples"), "-o", cls.samples], check=True,
                       stderr=subprocess.DEVNULL)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_samples_folder_gives_the_direct_run_lines_and_tables(self):
        out = os.path.join(self.tmp, "samples-out")
        run_job([os.path.join(ROOT, "Samples")], out, "--partitions", "3", "--stories")
        got, want = lines_of(out), direct(self.samples)
        self.assertEqual(len(got), 8)
        self.assertEqual(digest(got), digest(want))
        self.assertEqual(got, want)  # in input order too
        docs = table(out, "documents")
        self.assertEqual(sorted(d["doc"] for d in docs), list(range(8)))
        events = table(out, "events")
        self.assertEqual(len(events), sum(len(json.loads(l).get("events") or []) for l in want))
        self.assertEqual(table(out, "errors"), [])
        self.check_stories(out, self.samples)
        # The samples hold unrelated articles: blocking keeps them apart, and a merge of
        # several articles (the port strike) happens inside one group.
        stories = stories_of(out)
        self.assertGreater(len(stories), 1)
        self.assertTrue(any(len(a["documents"]) > 1 for a in stories))
        # A Spark-made story renders in every format.
        path = sorted(glob.glob(os.path.join(out, "stories-json", "*.json")))[0]
        for fmt in ("text", "json", "markdown", "csv", "svg", "timelinejs", "html"):
            r = subprocess.run([ANNALS, "timeline", "--from", path, "--format", fmt], capture_output=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(r.stdout)
        for fmt in ("svg", "dot", "json", "graphml"):
            r = subprocess.run([ANNALS, "graph", "--from", path, "--format", fmt], capture_output=True)
            self.assertEqual(r.returncode, 0, r.stderr)

    def check_stories(self, out, jsonl_path):
        """The stories' union equals one machine's timeline on the same documents."""
        got, want = comparable(stories_of(out)), comparable([one_machine(jsonl_path)])
        for k in want:
            self.assertEqual(got[k], want[k], "stories differ from one machine in " + k)
        self.assertTrue(want["entries"] and want["edges"] and want["entities"])
        entries = table(out, "entries")
        self.assertEqual(len(entries), len(want["entries"]))
        self.assertEqual(len(table(out, "edges")), len(want["edges"]))
        self.assertEqual(sum(len(s["documents"]) for s in table(out, "stories")), len(set(want["documents"])))

    @unittest.skipUnless(os.path.exists(MEANTIME), "needs ../shared/data/meantime-dev.jsonl")
    def test_meantime_dev_gives_the_direct_run_lines(self):
        out = os.path.join(self.tmp, "meantime-out")
        run_job([MEANTIME], out, "--partitions", "4", "--stories")
        self.assertEqual(digest(lines_of(out)), digest(direct(MEANTIME)))
        self.check_stories(out, MEANTIME)

    def test_faults_fail_only_their_documents_and_retries_add_no_rows(self):
        src = os.path.join(self.tmp, "faulty.jsonl")
        with open(self.samples, encoding="utf-8") as f:
            docs = f.read().splitlines()
        crash = json.dumps({"id": "crash", "published": "2025-01-02", "text": "CRASH_ME on Tuesday"})
        hang = json.dumps({"id": "hang", "published": "2025-01-02", "text": "HANG_ME on Friday"})
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(docs[:3] + [crash, "{not json"] + docs[3:6] + [hang] + docs[6:]) + "\n")
        os.environ["ANNALS_REAL"] = ANNALS
        out = os.path.join(self.tmp, "faulty-out")
        for attempt in range(2):  # the second run replaces the first, with every task failing once
            extra = ["--fail-first-attempt"] if attempt else []
            run_job([src], out, FAULTY, "--doc-timeout", "3", *extra, master="local[2,2]")
            errors = {e["doc"]: e for e in table(out, "errors")}
            self.assertEqual(sorted(errors), [3, 4, 8])
            self.assertIn("crashed", errors[3]["error"])
            self.assertIsNone(errors[4]["id"])
            self.assertIn("timed out", errors[8]["error"])
            docs_rows = table(out, "documents")
            self.assertEqual(sorted(d["doc"] for d in docs_rows), [0, 1, 2, 5, 6, 7, 9, 10])
            good = [l for l in lines_of(out) if "error" not in json.loads(l)]
            self.assertEqual(good, direct(self.samples))


if __name__ == "__main__":
    unittest.main()
