"""The partition runner without Spark: order, blank lines, crashes and hangs."""
import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import annals_pipe  # noqa: E402

ANNALS = os.environ["ANNALS_BIN"]
FAULTY = os.path.join(HERE, "faulty_annals.py")


def line(i, text):
    return json.dumps({"id": "d%d" % i, "published": "2025-08-13", "text": text})


DOCS = [line(i, "Talks resume on Friday in Geneva, officials said on day %d." % i) for i in range(12)]


def direct(lines):
    return subprocess.run([ANNALS, "extract", "--jsonl"], input="".join(l + "\n" for l in lines),
                          capture_output=True, text=True).stdout.splitlines()


class PipeTests(unittest.TestCase):
    def test_same_lines_as_a_direct_run(self):
        self.assertEqual(annals_pipe.run_lines(ANNALS, DOCS), direct(DOCS))

    def test_blank_lines_are_not_documents(self):
        self.assertEqual(annals_pipe.run_lines(ANNALS, ["", DOCS[0], "  "]), direct(DOCS[:1]))

    def test_malformed_line_gives_an_error_line_and_the_rest_goes_on(self):
        out = annals_pipe.run_lines(ANNALS, [DOCS[0], "{not json", DOCS[1]])
        self.assertEqual(len(out), 3)
        self.assertIn("error", json.loads(out[1]))
        self.assertEqual(json.loads(out[2])["id"], "d1")

    def test_a_crash_fails_only_its_document(self):
        os.environ["ANNALS_REAL"] = ANNALS
        docs = list(DOCS)
        docs[5] = line(5, "CRASH_ME on Tuesday")
        out = annals_pipe.run_lines(FAULTY, docs, stall_timeout=5)
        self.assertEqual(len(out), len(docs))
        bad = json.loads(out[5])
        self.assertEqual(bad["id"], "d5")
        self.assertIn("crashed", bad["error"])
        others = [l for i, l in enumerate(out) if i != 5]
        self.assertEqual(others, direct(DOCS[:5] + DOCS[6:]))

    def test_a_hang_fails_only_its_document(self):
        os.environ["ANNALS_REAL"] = ANNALS
        docs = list(DOCS)
        docs[2] = line(2, "HANG_ME on Tuesday")
        docs[9] = line(9, "CRASH_ME too")
        out = annals_pipe.run_lines(FAULTY, docs, stall_timeout=1.5)
        self.assertEqual(len(out), len(docs))
        self.assertIn("timed out", json.loads(out[2])["error"])
        self.assertIn("crashed", json.loads(out[9])["error"])
        keep = [i for i in range(len(docs)) if i not in (2, 9)]
        self.assertEqual([out[i] for i in keep], direct([DOCS[i] for i in keep]))


if __name__ == "__main__":
    unittest.main()
