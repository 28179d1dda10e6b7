"""Runs one partition of contract input lines through `annals extract --jsonl`.

Spark only moves data; every decision about a document is made by the `annals` binary.
This module adds what a cluster needs around it: a document that crashes or hangs the
binary fails alone (an error line for it, the rest of the partition goes on), and the
output has exactly one line per input line, in input order.
No Spark import here, so it is tested and usable without Spark.
"""

import json
import os
import selectors
import signal
import subprocess
import threading
import time

DEFAULT_DOC_TIMEOUT = 30.0


def doc_id(line):
    """The `id` of an input line, or None when the line is not a JSON object with one."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return value["id"]
    return None


def error_line(line, message):
    return json.dumps({"id": doc_id(line), "error": message}, ensure_ascii=False, separators=(",", ":"))


def _invoke(binary, lines, stall_timeout, command, extra=()):
    """Runs the binary over `lines`; returns (complete output lines, failure or None).

    The output so far is trusted line by line: the contract writes one line per input
    line in order, so k complete lines answer the first k inputs. A failure is a signal,
    an exit status other than 0 and 1 (1 means "some lines were bad", reported in them),
    or no output progress for `stall_timeout` seconds while input is still unanswered.
    """
    proc = subprocess.Popen(
        [binary, command, "--jsonl", "--jobs", "1", *extra],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8") + b"\n")
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # the child died; the reader side reports it

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = bytearray()
    out = []
    last_progress = time.monotonic()
    failure = None
    fd = proc.stdout.fileno()
    while True:
        if sel.select(timeout=0.2):
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            buf += chunk
            last_progress = time.monotonic()
            while True:
                nl = buf.find(b"\n")
                if nl < 0:
                    break
                out.append(buf[:nl].decode("utf-8"))
                del buf[:nl + 1]
        elif time.monotonic() - last_progress > stall_timeout:
            proc.kill()
            failure = "annals timed out on this document (no progress for %g s)" % stall_timeout
            break
    sel.close()
    code = proc.wait()
    writer.join(timeout=5)
    if failure is None and code < 0:
        failure = "annals crashed on this document (%s)" % signal.Signals(-code).name
    elif failure is None and code not in (0, 1):
        failure = "annals failed on this document (exit status %d)" % code
    if failure is None and len(out) != len(lines):
        failure = "annals answered %d of %d lines" % (len(out), len(lines))
    return out[:len(lines)], failure


def run_lines(binary, lines, stall_timeout=DEFAULT_DOC_TIMEOUT, command="extract", extra=()):
    """One output line per input line, in order; blank lines are dropped first (the
    contract answers them with nothing). A failing run keeps its answered prefix and
    the rest is split in halves and retried, until the document at fault stands alone
    and gets an error line."""
    lines = [l for l in lines if l.strip()]
    if not lines:
        return []
    out, failure = _invoke(binary, lines, stall_timeout, command, extra)
    if failure is None:
        return out
    rest = lines[len(out):]
    if len(rest) == 1:
        return out + [error_line(rest[0], failure)]
    mid = len(rest) // 2
    return (out + run_lines(binary, rest[:mid], stall_timeout, command, extra)
            + run_lines(binary, rest[mid:], stall_timeout, command, extra))
