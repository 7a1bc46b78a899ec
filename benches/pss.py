#!/usr/bin/env python3
"""PSS after 30 s idle, for one or more Loket binaries started side by side on the same
display (so they see the same machine), several rounds. Usage (on an X display, see
benches/startup.sh): benches/pss.py [--runs N] [--idle SECONDS] LOKET_BINARY…"""

import statistics, sys, tempfile, time

from measure import AT, memory_kb, startup, stop

args = sys.argv[1:]
runs, idle = 3, 30
while args[:1] in (["--runs"], ["--idle"]):
    if args[0] == "--runs":
        runs = int(args[1])
    else:
        idle = int(args[1])
    args = args[2:]
pss = {binary: [] for binary in args}
for _ in range(runs):
    started = []
    for binary in args:
        home = tempfile.mkdtemp()
        env = {"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home + "/data", "LOKET_SCHEDULE": "",
               "RUST_LOG": "off"}
        _, _, proc, _ = startup([binary, "--at", AT], "^Loket", env)
        started.append((binary, proc))
    time.sleep(idle)
    for binary, proc in started:
        kb, _, _ = memory_kb(proc.pid)
        pss[binary].append(kb / 1024)
        stop(proc)
for binary, values in pss.items():
    print(f"{binary}: PSS after {idle} s median {statistics.median(values):.1f} MB, "
          f"worst {max(values):.1f} MB, runs {' '.join(f'{v:.1f}' for v in values)}")
