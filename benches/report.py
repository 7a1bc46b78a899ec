#!/usr/bin/env python3
"""Turns measure.py's JSON and criterion's bencher lines into the RESULTS.md table."""

import json, os, platform, re, subprocess, sys, datetime
from pathlib import Path

measure = json.loads(Path(sys.argv[1]).read_text())
engine = Path(sys.argv[2]).read_text().splitlines()
binary = Path(sys.argv[3])

loket, page, floor = measure["loket"], measure["page"], measure["floor"]


def mw(entry, unit, digits=0):
    return f"{entry['median']:.{digits}f} {unit} (worst {entry['worst']:.{digits}f})"


def verdict(ok):
    return "met" if ok else "**missed**"


cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                     capture_output=True, text=True).stdout.strip()
size_mb = binary.stat().st_size / 1e6
ff_ratio = loket["first_frame_ms"]["median"] / floor["first_frame_ms"]["median"]
rows = [
    ("First painted frame", mw(loket["first_frame_ms"], "ms"), mw(page["first_frame_ms"], "ms"),
     mw(floor["first_frame_ms"], "ms"), f"≤ 1.3× floor: {ff_ratio:.2f}× {verdict(ff_ratio <= 1.3)}"),
    ("Start to idle", mw(loket["idle_ms"], "ms"), mw(page["idle_ms"], "ms"),
     mw(floor["idle_ms"], "ms"), ""),
    ("PSS after 30 s idle", mw(loket["pss_mb"], "MB", 1), mw(page["pss_mb"], "MB", 1), "",
     f"≤ 30 MB: {verdict(loket['pss_mb']['worst'] <= 30)}"),
    ("RSS after 30 s idle", mw(loket["rss_mb"], "MB", 1), mw(page["rss_mb"], "MB", 1), "", ""),
    ("PSS after opening every category", mw(loket["pss_after_categories_mb"], "MB", 1), "", "", ""),
    ("Processes", str(loket["processes"]), str(page["processes"]), "1", ""),
    ("Idle CPU over a minute (% of one core)", mw(loket["idle_cpu_percent"], "%", 3),
     mw(page["idle_cpu_percent"], "%", 3), "",
     f"≤ 0.05 %: {verdict(loket['idle_cpu_percent']['worst'] <= 0.05)}"),
    ("Redraws in that minute", mw(loket["redraws_per_minute"], ""), "", "", ""),
]
reload = measure["reload"]
lines = []
lines.append("# Loket benchmark results\n")
lines.append(f"Measured {datetime.date.today()} by `benches/run.sh` on {platform.node()}: "
             f"{os.cpu_count()} cores ({cpu}), {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, "
             f"{platform.system()} {platform.release()}, Xvfb 1280×860, no GPU. Loket release build, "
             "tiny-skia renderer; peer: the same seed as a static page with a JS clock in Chromium "
             "(`--kiosk --disable-gpu`, fresh profile); floor: `xmessage -center \"Open now\"`.\n")
lines.append("| figure | Loket | kiosk page (Chromium) | floor (xmessage) | target |")
lines.append("|---|---|---|---|---|")
for r in rows:
    lines.append("| " + " | ".join(r) + " |")
lines.append("")
lines.append(f"Ratios Loket / page: first frame {loket['first_frame_ms']['median'] / page['first_frame_ms']['median']:.2f}×, "
             f"PSS {loket['pss_mb']['median'] / page['pss_mb']['median']:.3f}×, "
             f"idle CPU {loket['idle_cpu_percent']['median'] / max(page['idle_cpu_percent']['median'], 1e-9):.3f}×.\n")
lines.append(f"Reload over {reload['logged_ms']['runs']} saves (file written → `schedule loaded` logged → new text drawn): "
             f"logged median {reload['logged_ms']['median']:.0f} ms, p95 {reload['logged_ms']['p95']:.0f} ms, worst {reload['logged_ms']['worst']:.0f} ms; "
             f"drawn median {reload['drawn_ms']['median']:.0f} ms, p95 {reload['drawn_ms']['p95']:.0f} ms, worst {reload['drawn_ms']['worst']:.0f} ms "
             f"(target ≤ 250 ms p95: {verdict(reload['drawn_ms']['p95'] <= 250)}; 200 ms of it is the deliberate debounce).\n")
lines.append(f"Stripped binary: {size_mb:.1f} MB (target ≤ 15 MB: {verdict(size_mb <= 15)}).\n")
lines.append("Engine (criterion, median time per iteration):\n")
lines.append("| bench | time |")
lines.append("|---|---|")
for line in engine:
    m = re.match(r"test (.+?) \.\.\. bench:\s+([\d,]+) ns/iter \(\+/- ([\d,]+)\)", line)
    if m:
        ns = int(m.group(2).replace(",", ""))
        shown = f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns} ns"
        lines.append(f"| {m.group(1)} | {shown} (± {int(m.group(3).replace(',', '')) / 1000:.2f} µs) |")
lines.append("\nTarget for the status of all categories: ≤ 2 µs.")
print("\n".join(lines))
