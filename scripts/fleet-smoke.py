#!/usr/bin/env python3
"""The real window following a fleet, on the display in $DISPLAY (smoke.sh starts Xvfb):
nginx on loopback publishes signed versions; the window takes the first at start-up, the
second when `loket fetch` (another process) updates the cache, and the third by its own
poll (poll_minutes: 1). Prints smoke-style lines; exit 1 if any check failed.

    scripts/fleet-smoke.py BINARY [SCREENSHOT]
"""

import pathlib
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from fleetlab import Lab  # noqa: E402

failed = 0


def check(name, ok):
    global failed
    print(f"smoke: {'ok     ' if ok else 'FAILED '} fleet: {name}", flush=True)
    failed += 0 if ok else 1


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp, Lab(tmp) as lab:
        shot = sys.argv[2] if len(sys.argv) > 2 else f"{tmp}/fleet.png"
        env = lab.follow(https=True, poll_minutes=1)
        log = pathlib.Path(tmp) / "window.log"
        lab.publish("Version one")
        with open(log, "w") as out:
            window = subprocess.Popen([binary, "--at", "2025-12-09T17:32:00+02:00"], env=env,
                                      stdout=out, stderr=out)
        cache = str(lab.home / "data/loket/fleet/verified-schedule")

        def lines():
            # The log is coloured; the checks read plain text.
            return re.sub(r"\x1b\[[0-9;]*m", "", log.read_text()).splitlines()

        def loaded():
            return [line for line in lines()
                    if "schedule loaded" in line and cache in line]

        def updated(serial):
            return any("fleet schedule updated" in line and re.search(rf"serial={serial}\b", line)
                       for line in lines())

        try:
            check("the window fetches version 1 at start-up",
                  wait_for(lambda: updated(1) and len(loaded()) >= 1, 20))

            lab.publish("Version two")
            started = time.monotonic()
            fetched = subprocess.run([binary, "fetch"], env=env, capture_output=True, text=True)
            check(f"loket fetch: {fetched.stdout.strip()}", fetched.stdout.startswith("updated to serial 2"))
            shown = wait_for(lambda: len(loaded()) >= 2, 5)
            check(f"the window reloads the cache {time.monotonic() - started:.2f} s after the fetch began", shown)

            lab.publish("Version three")
            started = time.monotonic()
            polled = wait_for(lambda: updated(3) and len(loaded()) >= 3, 90)
            check(f"the window's own poll takes version 3 ({time.monotonic() - started:.0f} s, poll 1 min ±10 %)",
                  polled)
            subprocess.run(["/usr/bin/import", "-window", "root", shot], check=False)
            check("still running", window.poll() is None)
            check("no panic, nothing rejected",
                  "panicked" not in log.read_text() and "rejected" not in log.read_text())
            requests = [line for line in lab.access_log() if "/schedule.ron " in line]
            check(f"{len(requests)} requests for the schedule, {sum(' 304 ' in r for r in requests)} answered 304",
                  len(requests) >= 3)
        finally:
            window.terminate()
            window.wait(timeout=10)
        print(f"smoke: fleet screenshot at {shot}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
