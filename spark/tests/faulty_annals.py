#!/usr/bin/env python3
"""A stand-in for `annals` that misbehaves on purpose, for the fault tests.

It passes its input to the real binary (ANNALS_REAL) in runs, and at a line whose text
holds CRASH_ME it dies by SIGSEGV, at HANG_ME it stops answering, as a real crash or
an endless loop inside one document would.
"""
import os
import signal
import subprocess
import sys
import time

real = os.environ.get("ANNALS_REAL") or sys.argv[0].replace("faulty_annals.py", "annals")
args = sys.argv[1:]
run = []


def flush_run():
    if run:
        out = subprocess.run([real] + args, input="".join(run), capture_output=True, text=True).stdout
        sys.stdout.write(out)
        sys.stdout.flush()
        run.clear()


for line in sys.stdin:
    if "CRASH_ME" in line:
        flush_run()
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG_ME" in line:
        flush_run()
        time.sleep(3600)
    run.append(line)
flush_run()
