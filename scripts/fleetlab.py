"""A publishing setup on this machine only, for the fleet's benchmark and real-window smoke
test: nginx on 127.0.0.1 (HTTP and HTTPS with a certificate authority made here by openssl),
a minisign key pair, and a machine (home folder) whose fleet.ron follows it. Loopback only;
`Lab.stop()` (or leaving the `with` block) stops nginx.
"""

import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(*args, **kw):
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True, **kw)


class Lab:
    def __init__(self, d):
        self.d = pathlib.Path(d)
        self.www = self.d / "www"
        self.http, self.https = free_port(), free_port()
        self.serial = 0
        self._certificates()
        self._start_nginx()
        run("minisign", "-G", "-W", "-p", self.d / "admin.pub", "-s", self.d / "admin.key")
        self.public_key = (self.d / "admin.pub").read_text().splitlines()[1]
        self.home = self.d / "home"
        (self.home / "config/loket").mkdir(parents=True)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()

    def _certificates(self):
        d = self.d
        ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        run("openssl", "req", "-x509", *ec, "-keyout", d / "ca.key", "-out", d / "ca.pem", "-days", "2",
            "-subj", "/CN=Loket lab CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        run("openssl", "req", *ec, "-keyout", d / "server.key", "-out", d / "server.csr", "-subj", "/CN=localhost")
        (d / "server.ext").write_text(
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
        run("openssl", "x509", "-req", "-days", "2", "-in", d / "server.csr", "-CA", d / "ca.pem",
            "-CAkey", d / "ca.key", "-CAcreateserial", "-out", d / "server.pem", "-extfile", d / "server.ext")

    def _start_nginx(self):
        d = self.d
        user = "user root;" if os.geteuid() == 0 else ""
        (d / "tmp").mkdir()
        self.www.mkdir()
        (d / "nginx.conf").write_text(f"""
{user}
daemon off; worker_processes 1; pid {d}/nginx.pid; error_log {d}/error.log;
events {{ worker_connections 64; }}
http {{
  types {{ text/plain ron minisig; }}
  log_format lab '$request_method $uri $status $request_length $bytes_sent';
  access_log {d}/access.log lab;
  client_body_temp_path {d}/tmp/b; proxy_temp_path {d}/tmp/p; fastcgi_temp_path {d}/tmp/f;
  uwsgi_temp_path {d}/tmp/u; scgi_temp_path {d}/tmp/s;
  server {{ listen 127.0.0.1:{self.http}; root {self.www}; }}
  server {{ listen 127.0.0.1:{self.https} ssl; ssl_certificate {d}/server.pem;
           ssl_certificate_key {d}/server.key; root {self.www}; }}
}}""")
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.nginx = subprocess.Popen([nginx, "-p", d, "-c", d / "nginx.conf", "-e", d / "error.log"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(500):
            try:
                for port in (self.http, self.https):
                    socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.01)
        sys.exit("nginx did not start")

    def stop(self):
        if self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGTERM)
            self.nginx.wait(timeout=10)

    def publish(self, marker=None):
        """The bundled schedule with the next serial (and `marker` as the first category's
        name), signed with `minisign -Sm`. Gives the serial."""
        self.serial += 1
        text = (REPO / "schedule.ron").read_text()
        text = text.replace("Schedule(\n", f"Schedule(\n    serial: {self.serial},\n", 1)
        if marker:
            text = text.replace("General enquiries", marker, 1)
        path = self.www / "schedule.ron"
        path.write_text(text)
        t = time.time() + self.serial  # nginx's ETag is mtime (s) + size: one per version
        os.utime(path, (t, t))
        run("minisign", "-S", "-s", self.d / "admin.key", "-m", path, stdin=subprocess.DEVNULL)
        return self.serial

    def follow(self, https=True, poll_minutes=15, port=None):
        """Writes the machine's fleet.ron (to `port`, e.g. a Relay's, instead of nginx's
        own); gives the environment to run loket with."""
        port = port or (self.https if https else self.http)
        url = f"{'https' if https else 'http'}://127.0.0.1:{port}/schedule.ron"
        (self.home / "config/loket/fleet.ron").write_text(
            f'Fleet(url: "{url}", public_key: "{self.public_key}", poll_minutes: {poll_minutes}, '
            f'ca_file: "{self.d}/ca.pem")\n')
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.update({"HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / "config"),
                    "XDG_DATA_HOME": str(self.home / "data"), "TZ": "UTC", "LOKET_SCHEDULE": ""})
        return env

    def nginx_cpu_seconds(self):
        """CPU time (user + system) used so far by nginx's master and workers."""
        ticks = os.sysconf("SC_CLK_TCK")
        pids = [self.nginx.pid] + [int(p) for p in run("pgrep", "-P", self.nginx.pid).stdout.split()]
        total = 0
        for pid in pids:
            fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def access_log(self):
        path = self.d / "access.log"
        return path.read_text().splitlines() if path.exists() else []


class Relay:
    """A TCP relay on 127.0.0.1 in front of `port` that counts every byte each way, TLS
    handshakes included (what the network carries, not just what nginx logs)."""

    def __init__(self, port):
        import threading
        self.target = port
        self.up = self.down = 0
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        import threading
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            for a, b, up in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pump, args=(a, b, up), daemon=True).start()

    def _pump(self, source, sink, up):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
                with self._lock:
                    if up:
                        self.up += len(data)
                    else:
                        self.down += len(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def counted(self):
        with self._lock:
            return self.up, self.down
