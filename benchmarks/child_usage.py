"""Run a command and write its wall time, CPU time (user + system) and its own peak RSS to a
file (benchmark helper).

    python benchmarks/child_usage.py RESULT.json CMD [ARGS...]

Linux carries a process's peak RSS across ``fork`` and ``exec``: a child started by a large
harness reports at least the harness's size. Started from this small process instead, the
floor is this process's own size (~10 MiB), and ``os.wait4`` gives the command's peak alone.
The command's output goes where this process's goes; its exit status becomes this one's.
"""

import json
import os
import subprocess
import sys
import time

result, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
proc = subprocess.Popen(cmd)
_, status, usage = os.wait4(proc.pid, 0)
ms = (time.perf_counter() - t0) * 1000
with open(result, "w", encoding="utf-8") as fh:
    json.dump(
        {
            "ms": ms,
            "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
            "peak_rss_kib": usage.ru_maxrss,
        },
        fh,
    )
sys.exit(os.waitstatus_to_exitcode(status))
