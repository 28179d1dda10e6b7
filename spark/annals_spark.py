"""Annals on Apache Spark: documents in, per-document analysis tables out.

    spark-submit spark/annals_spark.py --annals .build/release/annals INPUT... --out DIR

INPUT is JSON Lines of the batch contract ({"id", "text", "published"?, "title"?}),
Parquet with those columns, or a folder of .txt files. Spark partitions the documents,
ships the `annals` binary to the executors and pipes each partition through
`annals extract --jsonl` (annals_pipe.py). It writes DIR/lines (the contract's output
lines, as text) and one Parquet table per kind of row (schema in spark/README.md).
Every decision about a document is made by the binary; this file only moves data.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkFiles
from pyspark.sql import Row, SparkSession
from pyspark.sql import types as T

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import annals_pipe  # noqa: E402

S, I, L = T.StringType(), T.IntegerType(), T.LongType()


def schema(*fields):
    return T.StructType([T.StructField(name, kind, True) for name, kind in fields])


# One schema per table; README.md documents each column.
TABLES = {
    "documents": schema(("doc", L), ("id", S), ("published", S), ("timexes", I), ("entities", I),
                        ("events", I), ("relations", I)),
    "errors": schema(("doc", L), ("id", S), ("error", S)),
    "timexes": schema(("doc", L), ("id", S), ("timex", S), ("start", I), ("end", I), ("text", S),
                      ("type", S), ("value", S), ("mod", S), ("begin", S), ("range_end", S)),
    "entities": schema(("doc", L), ("id", S), ("entity", S), ("name", S), ("type", S), ("mentions", I)),
    "mentions": schema(("doc", L), ("id", S), ("entity", S), ("start", I), ("end", I), ("text", S)),
    "events": schema(("doc", L), ("id", S), ("event", S), ("start", I), ("end", I), ("text", S),
                     ("class", S), ("time_value", S), ("time_timex", S), ("relation", S),
                     ("participants", T.ArrayType(schema(("entity", S), ("role", S))))),
    "relations": schema(("doc", L), ("id", S), ("source", S), ("target", S), ("label", S), ("event", S)),
}


def rows(doc, line):
    """(table, Row) pairs for one output line; `doc` is the input's position in the corpus."""
    try:
        a = json.loads(line)
    except ValueError:
        yield "errors", Row(doc=doc, id=None, error="unparseable output line")
        return
    did = a.get("id")
    if "error" in a:
        yield "errors", Row(doc=doc, id=did, error=a["error"])
        return
    tx, en, ev, rel = (a.get(k) or [] for k in ("timexes", "entities", "events", "relations"))
    yield "documents", Row(doc=doc, id=did, published=a.get("published"), timexes=len(tx),
                           entities=len(en), events=len(ev), relations=len(rel))
    for t in tx:
        # A range's begin/end may sit beside the offsets or in a "range" object.
        rng = t.get("range") or {"begin": t.get("begin")}
        yield "timexes", Row(doc=doc, id=did, timex=t.get("id"), start=t["start"], end=t["end"],
                             text=t["text"], type=t.get("type"), value=t.get("value"), mod=t.get("mod"),
                             begin=rng.get("begin"), range_end=rng.get("end"))
    for e in en:
        yield "entities", Row(doc=doc, id=did, entity=e["id"], name=e.get("name"), type=e.get("type"),
                              mentions=len(e.get("mentions") or []))
        for m in e.get("mentions") or []:
            yield "mentions", Row(doc=doc, id=did, entity=e["id"], start=m["start"], end=m["end"], text=m["text"])
    for e in ev:
        time = e.get("time") or {}
        parts = [Row(entity=p.get("entity"), role=p.get("role")) for p in e.get("participants") or []]
        yield "events", Row(doc=doc, id=did, event=e["id"], start=e["start"], end=e["end"], text=e["text"],
                            **{"class": e.get("class")}, time_value=time.get("value"),
                            time_timex=time.get("timex"), relation=time.get("relation", e.get("relation")),
                            participants=parts)
    for r in rel:
        yield "relations", Row(doc=doc, id=did, source=r.get("source"), target=r.get("target"),
                               label=r.get("label"), event=r.get("event"))


def input_lines(spark, paths, binary, staging):
    """Contract input lines from JSONL files, Parquet, or folders of articles.

    A folder (.txt/.html/.tml...) is turned into contract lines on the driver by
    `annals corpus`, with the same readers as every other command."""
    sc = spark.sparkContext
    rdds = []
    for k, p in enumerate(paths):
        if p.endswith(".parquet") or (os.path.isdir(p) and any(f.endswith(".parquet") for f in os.listdir(p))):
            df = spark.read.parquet(p)
            cols = [c for c in ("id", "text", "published", "title") if c in df.columns]
            rdds.append(df.select(*cols).rdd.map(
                lambda r: json.dumps({k: v for k, v in r.asDict().items() if v is not None}, ensure_ascii=False)))
            continue
        if os.path.isdir(p):
            os.makedirs(staging, exist_ok=True)
            corpus = os.path.join(staging, "corpus-%d.jsonl" % k)
            # Exit 1 means some files could not be read (reported on stderr); the rest is used.
            if subprocess.run([binary, "corpus", p, "-o", corpus]).returncode not in (0, 1) or not os.path.exists(corpus):
                raise SystemExit("annals-spark: %s: no readable articles" % p)
            # Read on the driver and handed out: executors need not see the driver's disk.
            with open(corpus, encoding="utf-8") as f:
                rdds.append(sc.parallelize(f.read().splitlines()))
            continue
        rdds.append(sc.textFile(p))
    lines = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return lines.filter(lambda l: l.strip() != "")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSONL file(s), Parquet, or a folder of .txt files")
    ap.add_argument("--annals", required=True, help="path of the annals binary to ship to the executors")
    ap.add_argument("--out", required=True, help="output folder (replaced: reruns and retries do not duplicate rows)")
    ap.add_argument("--partitions", type=int, default=0, help="number of partitions (default: Spark's)")
    ap.add_argument("--doc-timeout", type=float, default=annals_pipe.DEFAULT_DOC_TIMEOUT,
                    help="seconds without progress before a document counts as hung")
    ap.add_argument("--master", default=None, help="Spark master when not given by spark-submit")
    ap.add_argument("--fail-first-attempt", action="store_true",
                    help="fault injection for tests: every task's first attempt fails")
    a = ap.parse_args(argv)

    builder = SparkSession.builder.appName("annals")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.config("spark.driver.memory", "2g").config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addFile(os.path.abspath(a.annals))
    # Both modules travel to the executors (this one too, for when it is imported, as by the tests).
    spark.sparkContext.addPyFile(os.path.abspath(annals_pipe.__file__))
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    name, timeout, inject = os.path.basename(a.annals), a.doc_timeout, a.fail_first_attempt

    staging = tempfile.mkdtemp(prefix="annals-spark-")
    lines = input_lines(spark, a.inputs, os.path.abspath(a.annals), staging)
    if a.partitions > 0:
        lines = lines.repartition(a.partitions) if lines.getNumPartitions() < a.partitions else lines
    indexed = lines.zipWithIndex()  # the corpus position keys every row; retries rewrite, never add

    def analyse(part):
        from pyspark import TaskContext
        if inject and TaskContext.get().attemptNumber() == 0:
            raise RuntimeError("injected failure (--fail-first-attempt)")
        part = list(part)
        out = annals_pipe.run_lines(SparkFiles.get(name), [l for l, _ in part], timeout)
        return [(i, o) for (_, i), o in zip(part, out)]

    analysed = indexed.mapPartitions(analyse).cache()
    out = a.out.rstrip("/")
    spark.createDataFrame(analysed.map(lambda p: Row(doc=p[0], line=p[1])), schema(("doc", L), ("line", S))) \
        .orderBy("doc").select("line").write.mode("overwrite").text(out + "/lines")
    tagged = analysed.flatMap(lambda p: rows(p[0], p[1])).cache()
    for table, sch in TABLES.items():
        picked = tagged.filter(lambda t, n=table: t[0] == n).map(lambda t, names=sch.names: tuple(t[1][k] for k in names))
        df = spark.createDataFrame(picked, sch)
        df.write.mode("overwrite").parquet("%s/%s" % (out, table))
    counts = {t: spark.read.parquet("%s/%s" % (out, t)).count() for t in ("documents", "errors")}
    print("annals-spark: %d documents analysed, %d errors -> %s" % (counts["documents"], counts["errors"], out))
    spark.stop()
    shutil.rmtree(staging, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
