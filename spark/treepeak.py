#!/usr/bin/env python3
"""Runs a command and prints its wall time and the peak of the summed RSS of its whole
process tree (a Spark run is a Python driver, a JVM and Python workers), sampled every 0.2 s.
    treepeak.py OUTFILE -- COMMAND...   (stdin/stdout pass through; the figures go to OUTFILE)"""
import os
import subprocess
import sys
import time

out, cmd = sys.argv[1], sys.argv[3:]
start = time.monotonic()
proc = subprocess.Popen(cmd, start_new_session=True)
peak = 0
while proc.poll() is None:
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) == proc.pid:  # session id: everything the command started
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
    peak = max(peak, total)
    time.sleep(0.2)
with open(out, "w") as f:
    f.write("%.2f %d\n" % (time.monotonic() - start, peak // 1024))
sys.exit(proc.returncode)
