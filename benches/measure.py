#!/usr/bin/env python3
"""Measures Loket, the peer kiosk page in Chromium and the floor (xmessage) on the X display
in $DISPLAY, the same way for each: start-up to the first painted frame (polling the X
server for the window and for its pixels to stop being uniform), start-up to idle, PSS and
RSS of the whole process tree, idle CPU over a minute, and Loket's reload latency.
Prints JSON. Run by benches/run.sh, which sets everything up."""

import argparse, json, os, re, signal, statistics, subprocess, tempfile, time
from pathlib import Path

from Xlib import X, display as xdisplay

AT = "2025-12-09T17:32:00+02:00"
d = xdisplay.Display()
root = d.screen().root
NET_WM_NAME = d.intern_atom("_NET_WM_NAME")


def title(w):
    """The window title: _NET_WM_NAME (UTF-8, what Chromium sets) or WM_NAME."""
    prop = w.get_full_property(NET_WM_NAME, 0)
    if prop is not None and prop.value:
        value = prop.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    name = w.get_wm_name()
    return name.decode("latin-1") if isinstance(name, bytes) else (name or "")


def windows():
    stack = [root]
    while stack:
        w = stack.pop()
        try:
            children = w.query_tree().children
        except Exception:
            continue
        for c in children:
            yield c
            stack.append(c)


def find_window(pattern):
    for w in windows():
        try:
            name = title(w)
            attrs = w.get_attributes()
        except Exception:
            continue
        if name and re.search(pattern, name) and attrs.map_state == X.IsViewable:
            return w
    return None


def painted(w):
    """True once the window's top-left region holds more than one colour."""
    try:
        g = w.get_geometry()
        width, height = min(g.width, 420), min(g.height, 110)
        if width < 8 or height < 8:
            return False
        raw = w.get_image(0, 0, width, height, X.ZPixmap, 0xFFFFFFFF).data
    except Exception:
        return False
    first = raw[:4]
    return any(raw[i:i + 4] != first for i in range(0, len(raw), 4 * 7))


def tree(pid):
    pids, frontier = [pid], [pid]
    while frontier:
        p = frontier.pop()
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            kids = []
        for k in map(int, kids):
            pids.append(k)
            frontier.append(k)
    return pids


def cpu_ns(pid):
    total = 0
    for p in tree(pid):
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    return total


def memory_kb(pid):
    pss = rss = 0
    for p in tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss, len(tree(pid))


def start(cmd, env=None, stderr=subprocess.DEVNULL):
    return subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=stderr, start_new_session=True)


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except Exception:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except Exception:
            pass


def startup(cmd, pattern, env=None):
    """Seconds to first painted frame and to idle (no CPU for 500 ms), then the process."""
    t0 = time.monotonic()
    proc = start(cmd, env)
    window = None
    first = None
    while time.monotonic() - t0 < 60:
        if window is None:
            window = find_window(pattern)
        if window is not None and painted(window):
            first = time.monotonic() - t0
            break
        time.sleep(0.002)
    if first is None:
        stop(proc)
        raise RuntimeError(f"no painted window for {cmd[0]}")
    last, quiet_since = cpu_ns(proc.pid), time.monotonic()
    while time.monotonic() - quiet_since < 0.5 and time.monotonic() - t0 < 60:
        time.sleep(0.05)
        now = cpu_ns(proc.pid)
        if now != last:
            last, quiet_since = now, time.monotonic()
    idle = quiet_since - t0
    return first, idle, proc, window


def summary(values):
    return {"median": statistics.median(values), "worst": max(values), "runs": len(values)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loket", required=True)
    ap.add_argument("--chromium", default="chromium")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--idle-runs", type=int, default=3)
    ap.add_argument("--idle-seconds", type=int, default=60)
    ap.add_argument("--settle-seconds", type=int, default=30)
    ap.add_argument("--saves", type=int, default=100)
    args = ap.parse_args()
    page = Path(__file__).with_name("peer") / "index.html"
    home = tempfile.mkdtemp()
    loket_env = {"XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
                 "LOKET_SCHEDULE": ""}
    subjects = {
        "loket": ([args.loket, "--at", AT], "^Loket", loket_env),
        "page": ([args.chromium, "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-quic", "--noerrdialogs", "--password-store=basic",
                  f"--user-data-dir={tempfile.mkdtemp()}", f"file://{page}?at={AT.replace('+', '%2B')}"],
                 "Loket peer page", None),
        "floor": (["xmessage", "-center", "Open now"], "^xmessage", None),
    }
    results = {}
    for name, (cmd, pattern, env) in subjects.items():
        firsts, idles = [], []
        for _ in range(args.startup_runs):
            if name == "page":  # a fresh profile each run, as a rebooted kiosk would have
                cmd = [c if not c.startswith("--user-data-dir=") else
                       f"--user-data-dir={tempfile.mkdtemp()}" for c in cmd]
            first, idle, proc, _ = startup(cmd, pattern, env)
            firsts.append(first * 1000)
            idles.append(idle * 1000)
            stop(proc)
            time.sleep(0.5)
        results[name] = {"first_frame_ms": summary(firsts), "idle_ms": summary(idles)}

    for name in ("loket", "page"):
        cmd, pattern, env = subjects[name]
        pss, rss, cpu, redraws = [], [], [], []
        for _ in range(args.idle_runs):
            env2 = dict(env or {})
            log = tempfile.NamedTemporaryFile("w+", delete=False)
            if name == "loket":
                env2["RUST_LOG"] = "loket=info,loket::redraw=trace"
            proc = start(cmd, env2, stderr=log)
            window = None
            while window is None or not painted(window):
                window = find_window(pattern)
                time.sleep(0.01)
            time.sleep(args.settle_seconds)
            p, r, procs = memory_kb(proc.pid)
            pss.append(p / 1024)
            rss.append(r / 1024)
            before = cpu_ns(proc.pid)
            views_before = Path(log.name).read_text().count("view built")
            time.sleep(args.idle_seconds)
            used = cpu_ns(proc.pid) - before
            cpu.append(100 * used / (args.idle_seconds * 1e9))
            redraws.append(Path(log.name).read_text().count("view built") - views_before)
            if name == "loket":
                # Open every category once, then back home.
                window = find_window(pattern)
                for key in ["1", "Escape", "2", "Escape", "3", "Escape", "4", "Escape", "5",
                            "Escape", "6", "Escape", "7", "Escape"]:
                    subprocess.run(["xdotool", "windowfocus", "--sync", str(window.id), "key", key])
                    time.sleep(0.3)
                time.sleep(2)
                p2, r2, _ = memory_kb(proc.pid)
                results[name].setdefault("pss_after_categories_mb", []).append(p2 / 1024)
            results[name]["processes"] = procs
            stop(proc)
            time.sleep(1)
        results[name]["pss_mb"] = summary(pss)
        results[name]["rss_mb"] = summary(rss)
        results[name]["idle_cpu_percent"] = summary(cpu)
        if name == "loket":
            results[name]["redraws_per_minute"] = summary(redraws)
            results[name]["pss_after_categories_mb"] = summary(results[name]["pss_after_categories_mb"])

    results["reload"] = reload_latency(args, loket_env)
    print(json.dumps(results, indent=2))


def reload_latency(args, env):
    """Saves the schedule `--saves` times; each time: write -> 'schedule loaded' in the log
    -> the first tile's pixels change."""
    bundled = Path(__file__).resolve().parent.parent / "schedule.ron"
    work = Path(tempfile.mkdtemp())
    path = work / "schedule.ron"
    text = bundled.read_text()
    path.write_text(text)
    log = open(work / "loket.log", "w+")
    proc = start([args.loket, "--schedule", str(path), "--at", AT],
                 {**env, "RUST_LOG": "loket=info"}, stderr=log)
    window = None
    while window is None or not painted(window):
        window = find_window("^Loket")
        time.sleep(0.01)
    time.sleep(2)
    logged, drawn = [], []
    for i in range(args.saves):
        def tile():
            # The first tile (key, chip, name) when running from a file (no notice strip).
            return window.get_image(40, 150, 360, 180, X.ZPixmap, 0xFFFFFFFF).data
        before_pixels = tile()
        before_lines = Path(log.name).read_text().count("schedule loaded")
        name = f"Bench {i:03d} " + ("x" * (i % 7))
        t0 = time.monotonic()
        with open(path, "w") as f:  # in place, as nano or an admin's script would
            f.write(text.replace("General enquiries", name))
        t_logged = t_drawn = None
        while time.monotonic() - t0 < 5 and (t_logged is None or t_drawn is None):
            if t_logged is None and Path(log.name).read_text().count("schedule loaded") > before_lines:
                t_logged = time.monotonic() - t0
            if t_drawn is None and tile() != before_pixels:
                t_drawn = time.monotonic() - t0
            time.sleep(0.001)
        logged.append((t_logged or 5) * 1000)
        drawn.append((t_drawn or 5) * 1000)
        time.sleep(0.3)
    stop(proc)
    def p95(v):
        return sorted(v)[int(0.95 * (len(v) - 1))]
    return {"logged_ms": {**summary(logged), "p95": p95(logged)},
            "drawn_ms": {**summary(drawn), "p95": p95(drawn)}}


if __name__ == "__main__":
    main()
