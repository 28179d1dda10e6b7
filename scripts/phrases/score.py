#!/usr/bin/env python3
"""Score `annals tag` on the short phrases of phrases.tsv.

usage: python3 scripts/phrases/score.py PATH/TO/annals [--tsv FILE] [--family NAME] [--no-failures]

Each phrase is one document: {"id", "text": phrase, "published": reference}, sent as JSON Lines to
`annals tag --jsonl --jobs 1`.

Rule. The phrase's core is the phrase less leading and trailing words from STRIP ("on", "at", "in",
"the", "by", "for", "from", "since", "until", "during", "of", "within", "over"), compared
case-insensitively; punctuation stays (the core of "at 3:15 p.m." is "3:15 p.m.").
  - expected type NONE: right when Annals finds no timex at all;
  - otherwise: right when one timex covers the whole core (its start <= the core's start and its end
    >= the core's end) and has the expected type and one of the expected values ("a|b" = a or b).
A timex that covers only part of the core (e.g. "2 weeks" for "a week from Monday") does not count.
Attributes other than type and value (mod, anchor, freq, interval) are not scored.

Failure kinds: missed (no timex touches the core), split/partial (timexes touch the core but none covers
it), wrong type, wrong value, spurious (a NONE phrase got a timex).
"""
import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict

STRIP = {"on", "at", "in", "the", "by", "for", "from", "since", "until", "during", "of", "within", "over"}


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
            fam, ref, phrase, typ, value = cols
            rows.append({"id": f"p{len(rows) + 1:04d}", "line": n, "family": fam, "ref": ref,
                         "phrase": phrase, "type": typ, "values": value.split("|")})
    return rows


def core_span(phrase):
    """Character span of the phrase less leading/trailing STRIP words."""
    words, pos = [], 0
    for w in phrase.split():
        s = phrase.index(w, pos)
        words.append((s, s + len(w), w))
        pos = s + len(w)
    i, j = 0, len(words)
    while i < j - 1 and words[i][2].lower() in STRIP:
        i += 1
    while j - 1 > i and words[j - 1][2].lower() in STRIP:
        j -= 1
    return words[i][0], words[j - 1][1]


def run_annals(binary, rows):
    inp = "".join(json.dumps({"id": r["id"], "text": r["phrase"], "published": r["ref"]}) + "\n" for r in rows)
    p = subprocess.run([binary, "tag", "--jsonl", "--jobs", "1"], input=inp.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"annals exited {p.returncode}: {p.stderr.decode('utf-8', 'replace')[-2000:]}")
    out = {}
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = d
    return out


def timex_span(phrase, t):
    s, e = t.get("start"), t.get("end")
    if isinstance(s, int) and isinstance(e, int) and phrase[s:e] == t.get("text"):
        return s, e
    k = phrase.find(t.get("text", "\0"))  # offsets in another unit: fall back to the text
    return (k, k + len(t["text"])) if k >= 0 else (-1, -1)


def judge(r, timexes):
    """Returns (right, kind)."""
    if r["type"] == "NONE":
        return (not timexes, None if not timexes else "spurious")
    cs, ce = core_span(r["phrase"])
    covering, touching = [], False
    for t in timexes:
        s, e = timex_span(r["phrase"], t)
        if s < ce and e > cs:
            touching = True
        if s <= cs and e >= ce:
            covering.append(t)
    for t in covering:
        if t.get("type") == r["type"] and t.get("value") in r["values"]:
            return True, None
    if not covering:
        return False, ("split/partial" if touching else "missed")
    if any(t.get("type") == r["type"] for t in covering):
        return False, "wrong value"
    return False, "wrong type"


def describe(timexes):
    if not timexes:
        return "(nothing)"
    parts = []
    for t in timexes:
        s = f'"{t.get("text")}" {t.get("type")} {t.get("value")}'
        if t.get("mod"):
            s += f' mod={t["mod"]}'
        iv = t.get("interval")
        if isinstance(iv, dict) and iv.get("begin"):
            s += f' [{iv.get("begin")}..{iv.get("end")}]'
        parts.append(s)
    return "; ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annals", help="path to the annals binary (resource bundles beside it)")
    ap.add_argument("--tsv", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "phrases.tsv"))
    ap.add_argument("--family", help="score only this family")
    ap.add_argument("--no-failures", action="store_true", help="print the figures only")
    a = ap.parse_args()

    rows = read_tsv(a.tsv)
    if a.family:
        rows = [r for r in rows if r["family"] == a.family]
    out = run_annals(a.annals, rows)

    fams = OrderedDict()
    kinds = OrderedDict((k, 0) for k in ("missed", "split/partial", "wrong type", "wrong value", "spurious"))
    failures = []
    for r in rows:
        timexes = out.get(r["id"], {}).get("timexes", [])
        ok, kind = judge(r, timexes)
        f = fams.setdefault(r["family"], [0, 0])
        f[0] += ok
        f[1] += 1
        if not ok:
            kinds[kind] += 1
            failures.append((r, kind, timexes))

    right = sum(v[0] for v in fams.values())
    total = sum(v[1] for v in fams.values())
    print(f"overall  {right}/{total}  {100.0 * right / max(total, 1):.1f}%")
    print()
    print(f"{'family':<20}{'right':>7}{'total':>7}{'acc':>8}")
    for fam, (ok, n) in fams.items():
        print(f"{fam:<20}{ok:>7}{n:>7}{100.0 * ok / n:>7.1f}%")
    print()
    print("failures by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    if a.no_failures:
        return
    print()
    print("failures (line, family, reference, phrase, kind, expected -> annals):")
    for r, kind, timexes in failures:
        exp = r["type"] if r["type"] == "NONE" else f'{r["type"]} {"|".join(r["values"])}'
        print(f'{r["line"]:>4} {r["family"]:<18} {r["ref"]}  "{r["phrase"]}"  [{kind}]  want {exp}  got {describe(timexes)}')


if __name__ == "__main__":
    main()
