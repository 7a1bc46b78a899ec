#!/usr/bin/env python3
"""Start-up to the first painted frame, Loket beside xmessage (the floor), runs alternating
so both see the same machine state; with measure.py's own start-up function. Prints a line
per program: median, worst, and each run. Usage (on an X display, see benches/startup.sh):
    benches/startup.py LOKET_BINARY [RUNS]"""

import statistics, sys, tempfile

from measure import AT, startup, stop

binary, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
home = tempfile.mkdtemp()
env = {"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home + "/data", "LOKET_SCHEDULE": "",
       "RUST_LOG": "off"}
programs = {
    "loket": ([binary, "--at", AT], "^Loket", env),
    "xmessage": (["xmessage", "-center", "Open now"], "^xmessage", None),
}
times = {name: [] for name in programs}
for _ in range(runs):
    for name, (cmd, pattern, extra) in programs.items():
        first, _, proc, _ = startup(cmd, pattern, extra)
        stop(proc)
        times[name].append(first * 1000)
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.0f} ms, worst {max(values):.0f} ms, "
          f"runs {' '.join(f'{v:.0f}' for v in values)}")
ratio = statistics.median(times["loket"]) / statistics.median(times["xmessage"])
print(f"ratio loket/xmessage: {ratio:.2f}x")
