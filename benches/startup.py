#!/usr/bin/env python3
"""Start-up to the first painted frame, Loket beside xmessage (the floor), runs alternating
so both see the same machine state; with measure.py's own start-up function. Prints a line
per program: median, worst, and each run. Usage (on an X display, see benches/startup.sh):
    benches/startup.py [--runs N] LOKET_BINARY [OTHER_LOKET_BINARY…]
(several binaries, e.g. before and after a change, are named by their file names)."""

import statistics, sys, tempfile

from measure import AT, startup, stop

args = sys.argv[1:]
runs = 10
if args[:1] == ["--runs"]:
    runs, args = int(args[1]), args[2:]
home = tempfile.mkdtemp()
env = {"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home + "/data", "LOKET_SCHEDULE": "",
       "RUST_LOG": "off"}
programs = {}
for binary in args:
    name = "loket" if len(args) == 1 else binary.rsplit("/", 1)[-1]
    programs[name] = ([binary, "--at", AT], "^Loket", env)
programs["xmessage"] = (["xmessage", "-center", "Open now"], "^xmessage", None)
times = {name: [] for name in programs}
for _ in range(runs):
    for name, (cmd, pattern, extra) in programs.items():
        first, _, proc, _ = startup(cmd, pattern, extra)
        stop(proc)
        times[name].append(first * 1000)
for name, values in times.items():
    print(f"{name}: median {statistics.median(values):.0f} ms, worst {max(values):.0f} ms, "
          f"runs {' '.join(f'{v:.0f}' for v in values)}")
for name in programs:
    if name != "xmessage":
        ratio = statistics.median(times[name]) / statistics.median(times["xmessage"])
        print(f"ratio {name}/xmessage: {ratio:.2f}x")
