#!/usr/bin/env python3
"""What one `loket fetch` costs, against a real nginx on 127.0.0.1 over HTTPS (a test CA made
with openssl, the schedule signed with minisign): wall time and bytes on the wire, for an
unchanged file (a conditional request answered 304) and a changed one (the file and its
signature downloaded, verified and cached). Prints a Markdown section for RESULTS.md.

    benches/fleet.py [--runs 30] [BINARY]      (default: target/release/loket)

Needs nginx, minisign and openssl (scripts/install-deps.sh --with-tests). Listens on loopback
only and stops nginx when done.
"""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))
from fleetlab import REPO, Lab, Relay  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("binary", nargs="?", default=str(REPO / os.environ.get("CARGO_TARGET_DIR", "target") / "release/loket"))
    args = parser.parse_args()
    binary = pathlib.Path(args.binary)
    if not binary.is_file():
        sys.exit(f"no binary at {binary}: cargo build --release first")
    with tempfile.TemporaryDirectory() as tmp, Lab(tmp) as lab:
        relay = Relay(lab.https)
        env = lab.follow(https=True, port=relay.port)

        def fetch(expect):
            log_before = len(lab.access_log())
            wire_before = relay.counted()
            start = time.perf_counter()
            out = subprocess.run([binary, "fetch"], env=env, capture_output=True, text=True)
            took = time.perf_counter() - start
            if out.returncode != 0 or not out.stdout.startswith(expect):
                sys.exit(f"unexpected: {out.stdout}{out.stderr}")
            lines = lab.access_log()[log_before:]
            received = sum(int(line.split()[3]) for line in lines)
            sent = sum(int(line.split()[4]) for line in lines)
            time.sleep(0.05)  # let the relay see the connection's last bytes
            up, down = (after - before for after, before in zip(relay.counted(), wire_before))
            return took * 1000, len(lines), received, sent, up, down

        lab.publish()
        fetch("updated")  # warm the page cache and the binary
        cpu = lab.nginx_cpu_seconds()
        unchanged = [fetch("unchanged") for _ in range(args.runs)]
        cpu_unchanged = (lab.nginx_cpu_seconds() - cpu) / args.runs
        changed = []
        cpu = lab.nginx_cpu_seconds()
        for _ in range(args.runs):
            lab.publish()
            changed.append(fetch("updated"))
        cpu_changed = (lab.nginx_cpu_seconds() - cpu) / args.runs

    def row(name, samples):
        times = sorted(s[0] for s in samples)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        requests = samples[0][1]
        received = statistics.median(s[2] for s in samples)
        sent = statistics.median(s[3] for s in samples)
        up = statistics.median(s[4] for s in samples)
        down = statistics.median(s[5] for s in samples)
        return (f"| {name} | {statistics.median(times):.1f} ms | {p95:.1f} ms | {requests} | "
                f"{received:.0f} B | {sent:.0f} B | {up:.0f} B | {down:.0f} B |"), up + down, requests

    size = len((REPO / "schedule.ron").read_bytes())
    line_u, bytes_u, req_u = row("unchanged (304)", unchanged)
    line_c, bytes_c, req_c = row("changed (200 + .minisig, verified, cached)", changed)
    machines, minutes = 1000, 15
    checks_per_day = machines * 24 * 60 // minutes
    print(f"""## Fleet: `loket fetch` against nginx ({time.strftime('%Y-%m-%d')})

`benches/fleet.py --runs {args.runs}`: the release binary, a whole process per check (start, TLS
handshake with a test CA, request, verify, write), against nginx 1.22 on 127.0.0.1 over HTTPS;
the bundled schedule ({size} bytes) signed with minisign. HTTP bytes are nginx's own count
(`$request_length` in, `$bytes_sent` out, headers included); wire bytes are counted by a TCP
relay in front of nginx, so they include the TLS handshake (ECDSA P-256 test CA, one
certificate in the chain; a public CA's chain adds a kilobyte or two). Medians of {args.runs} runs.

| check | median | p95 | requests | HTTP in (nginx log) | HTTP out (nginx log) | on the wire, to server | on the wire, from server |
|---|---|---|---|---|---|---|---|
{line_u}
{line_c}

A fleet of {machines:,} machines polling every {minutes} minutes makes {machines / (minutes * 60):.2f} checks a second
({checks_per_day:,} a day), each a new TLS connection. With the file unchanged that is
{checks_per_day * bytes_u / 1e6:.1f} MB a day on the wire, both ways together ({bytes_u:.0f} B a check); each
published version adds {machines:,} × {bytes_c - bytes_u:.0f} B ≈ {machines * (bytes_c - bytes_u) / 1e6:.1f} MB once.
nginx's own CPU time (master and worker, from /proc, 10 ms clock ticks so only an average
over all runs): {cpu_unchanged * 1000:.2f} ms per unchanged check, {cpu_changed * 1000:.2f} ms per changed one, so the
fleet's {machines / (minutes * 60):.2f} checks a second keep {machines / (minutes * 60) * cpu_unchanged * 100:.2f} % of one core busy.
""")


if __name__ == "__main__":
    main()
