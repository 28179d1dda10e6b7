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
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import annals_pipe  # noqa: E402
import annals_stories  # noqa: E402

# The contract's output line, as far as the tables read it (CONTRACT.md; unknown fields are ignored).
LINE = (
    "id STRING, error STRING, published STRING,"
    " timexes ARRAY<STRUCT<id: STRING, start: INT, `end`: INT, text: STRING, type: STRING, value: STRING,"
    "   mod: STRING, quant: STRING, freq: STRING, interval: STRUCT<`begin`: STRING, `end`: STRING>>>,"
    " entities ARRAY<STRUCT<id: STRING, name: STRING, type: STRING,"
    "   mentions: ARRAY<STRUCT<start: INT, `end`: INT, text: STRING>>>>,"
    " events ARRAY<STRUCT<id: STRING, start: INT, `end`: INT, text: STRING, class: STRING,"
    "   time: STRUCT<value: STRING, timex: STRING, relation: STRING>,"
    "   participants: ARRAY<STRUCT<entity: STRING, role: STRING>>>>,"
    " relations ARRAY<STRUCT<source: STRING, target: STRING, label: STRING, event: STRING>>")


def count(col):
    return F.when(col.isNull(), 0).otherwise(F.size(col))


def tables(parsed):
    """Every table from the parsed lines (columns doc, a), in Spark SQL: no Python per row."""
    # A line is a document's analysis when it has an id and no error; anything else is an error row.
    good = F.col("a").isNotNull() & F.col("a.error").isNull() & F.col("a.id").isNotNull()
    ok = parsed.where(good)
    out = {
        "documents": ok.select("doc", "a.id", "a.published", *[count(F.col("a." + k)).alias(k) for k in
                                                                ("timexes", "entities", "events", "relations")]),
        "errors": parsed.where(~good).select(
            "doc", "a.id", F.coalesce("a.error", F.lit("unparseable output line")).alias("error")),
    }
    t = ok.select("doc", "a.id", F.explode("a.timexes").alias("t"))
    out["timexes"] = t.select("doc", "id", F.col("t.id").alias("timex"), "t.start", "t.end", "t.text", "t.type",
                              "t.value", "t.mod", F.col("t.interval.begin").alias("begin"),
                              F.col("t.interval.end").alias("range_end"))
    e = ok.select("doc", "a.id", F.explode("a.entities").alias("e"))
    out["entities"] = e.select("doc", "id", F.col("e.id").alias("entity"), "e.name", "e.type",
                               count(F.col("e.mentions")).alias("mentions"))
    out["mentions"] = e.select("doc", "id", F.col("e.id").alias("entity"), F.explode("e.mentions").alias("m")) \
        .select("doc", "id", "entity", "m.start", "m.end", "m.text")
    v = ok.select("doc", "a.id", F.explode("a.events").alias("v"))
    out["events"] = v.select("doc", "id", F.col("v.id").alias("event"), "v.start", "v.end", "v.text", "v.class",
                             F.col("v.time.value").alias("time_value"), F.col("v.time.timex").alias("time_timex"),
                             F.col("v.time.relation").alias("relation"), "v.participants")
    out["relations"] = ok.select("doc", "a.id", F.explode("a.relations").alias("r")) \
        .select("doc", "id", "r.source", "r.target", "r.label", "r.event")
    return out


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
    ap.add_argument("--stories", action="store_true",
                    help="also group documents by blocking keys and merge each group with `annals merge`"
                         " (OUT/stories-json/*.json, OUT/stories-jsonl, Parquet stories, entries, edges)")
    a = ap.parse_args(argv)

    builder = SparkSession.builder.appName("annals")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.config("spark.driver.memory", "2g").config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addFile(os.path.abspath(a.annals))
    # The lexicons live in resource bundles that must sit beside the binary on the executors.
    here = os.path.dirname(os.path.abspath(a.annals))
    for bundle in sorted(f for f in os.listdir(here) if f.endswith(".resources")):
        spark.sparkContext.addFile(os.path.join(here, bundle), recursive=True)
    # Both modules travel to the executors (this one too, for when it is imported, as by the tests).
    spark.sparkContext.addPyFile(os.path.abspath(annals_pipe.__file__))
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    spark.sparkContext.addPyFile(os.path.abspath(annals_stories.__file__))
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

    analysed = spark.createDataFrame(indexed.mapPartitions(analyse), "doc BIGINT, line STRING").cache()
    out = a.out.rstrip("/")
    analysed.orderBy("doc").select("line").write.mode("overwrite").text(out + "/lines")
    parsed = analysed.select("doc", F.from_json("line", LINE).alias("a"))
    for table, df in tables(parsed).items():
        df.write.mode("overwrite").parquet("%s/%s" % (out, table))
    counts = {t: spark.read.parquet("%s/%s" % (out, t)).count() for t in ("documents", "errors")}
    print("annals-spark: %d documents analysed, %d errors -> %s" % (counts["documents"], counts["errors"], out))
    if a.stories:
        n = annals_stories.run(spark, lines, name, out, timeout)
        print("annals-spark: %d stories -> %s/stories-json" % (n, out))
    spark.stop()
    shutil.rmtree(staging, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
