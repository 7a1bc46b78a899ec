//! A real publishing setup on this machine only: nginx on 127.0.0.1 over HTTP and HTTPS
//! (with a certificate authority made for the test by openssl), schedules signed by the
//! real `minisign` tool, and machines (a home folder each) running the real `loket`.
//! Everything listens on loopback, and stops when dropped.
#![allow(dead_code)]

use std::io::Read;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

pub const TOOLS: [&str; 3] = ["nginx", "minisign", "openssl"];

/// Whether the test tools are here. `.cargo/config.toml` sets `LOKET_REQUIRE_SERVER=1` for
/// every `cargo test`, so a missing tool fails the test; only `LOKET_REQUIRE_SERVER=0`, set
/// by hand, lets these tests skip, and they then say so.
pub fn tools_present() -> bool {
    let missing: Vec<_> = TOOLS.iter().filter(|tool| find(tool).is_none()).collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var("LOKET_REQUIRE_SERVER").as_deref() == Ok("0"),
        "missing {missing:?}: run scripts/install-deps.sh --with-tests (or set LOKET_REQUIRE_SERVER=0 to skip these tests, loudly)"
    );
    eprintln!("SKIPPED: {missing:?} not installed (scripts/install-deps.sh --with-tests)");
    false
}

fn find(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/sbin".into()])
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())
}

fn run(command: &mut Command) -> Output {
    let output = command.output().expect("the tool runs");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A free port on 127.0.0.1 (closed again at once, for nginx to take).
pub fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A minisign key pair made by the real tool, without a password.
pub struct Key {
    pub public: String,
    secret: PathBuf,
}

impl Key {
    pub fn generate(dir: &Path, name: &str) -> Key {
        let public = dir.join(format!("{name}.pub"));
        let secret = dir.join(format!("{name}.key"));
        run(Command::new("minisign")
            .args(["-G", "-W", "-f", "-p"])
            .arg(&public)
            .arg("-s")
            .arg(&secret));
        let text = std::fs::read_to_string(&public).unwrap();
        let public = text.lines().nth(1).unwrap().trim().to_owned();
        Key { public, secret }
    }

    /// `minisign -Sm file`, as the administrator's guide says.
    pub fn sign(&self, file: &Path) {
        run(Command::new("minisign")
            .arg("-S")
            .arg("-s")
            .arg(&self.secret)
            .arg("-m")
            .arg(file)
            .stdin(Stdio::null()));
    }
}

/// nginx serving `www` over HTTP and HTTPS, with a few deliberately bad places.
pub struct Nginx {
    child: Child,
    pub dir: PathBuf,
    pub www: PathBuf,
    pub http: u16,
    pub https: u16,
    pub ca: PathBuf,
}

impl Nginx {
    pub fn start(dir: &Path) -> Nginx {
        let www = dir.join("www");
        std::fs::create_dir_all(&www).unwrap();
        let ca = make_certificates(dir);
        // A port found free may be taken by someone else before nginx binds it: nginx
        // then fails to bind (or another server answers), and a new pair of ports is tried.
        for _ in 0..5 {
            let (http, https) = (free_port(), free_port());
            if let Some(nginx) = Nginx::start_on(dir, &www, &ca, http, https) {
                return nginx;
            }
        }
        panic!("nginx could not get two free ports on 127.0.0.1 in five tries");
    }

    fn start_on(dir: &Path, www: &Path, ca: &Path, http: u16, https: u16) -> Option<Nginx> {
        let d = dir.display();
        let _ = std::fs::remove_file(dir.join("error.log"));
        // Running as root (a CI container), nginx would hand the workers to "nobody",
        // who cannot read a private temporary folder.
        let user = if is_root() { "user root;" } else { "" };
        let places = format!(
            r#"
            root {d}/www;
            etag on;
            location = /error500/schedule.ron {{ return 500; }}
            location /html/ {{ default_type text/html; return 200 "<html><body><h1>Service temporarily unavailable</h1></body></html>"; }}
            location = /moved/schedule.ron {{ return 302 https://localhost:{https}/schedule.ron; }}
            location = /moved/schedule.ron.minisig {{ return 302 https://localhost:{https}/schedule.ron.minisig; }}
            location = /downgrade/schedule.ron {{ return 301 http://localhost:{http}/schedule.ron; }}
            location = /elsewhere/schedule.ron {{ return 302 http://files.invalid/schedule.ron; }}
            location = /loop/schedule.ron {{ return 302 https://127.0.0.1:{https}/loop/schedule.ron; }}
            "#
        );
        let config = format!(
            r#"
            {user}
            daemon off;
            worker_processes 1;
            pid {d}/nginx.pid;
            error_log {d}/error.log;
            events {{ worker_connections 64; }}
            http {{
                types {{ text/plain ron minisig; }}
                default_type application/octet-stream;
                log_format fleet '$request_method $uri $status $body_bytes_sent $bytes_sent';
                access_log {d}/access.log fleet;
                client_body_temp_path {d}/tmp/body;
                proxy_temp_path {d}/tmp/proxy;
                fastcgi_temp_path {d}/tmp/fastcgi;
                uwsgi_temp_path {d}/tmp/uwsgi;
                scgi_temp_path {d}/tmp/scgi;
                server {{ listen 127.0.0.1:{http}; {places} }}
                server {{
                    listen 127.0.0.1:{https} ssl;
                    ssl_certificate {d}/server.pem;
                    ssl_certificate_key {d}/server.key;
                    {places}
                }}
            }}
            "#
        );
        std::fs::create_dir_all(dir.join("tmp")).unwrap();
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, config).unwrap();
        let child = Command::new(find("nginx").unwrap())
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(dir.join("error.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx starts");
        let mut nginx = Nginx {
            child,
            dir: dir.to_owned(),
            www: www.to_owned(),
            http,
            https,
            ca: ca.to_owned(),
        };
        match nginx.wait_until_listening() {
            Ok(()) => Some(nginx),
            Err(()) => {
                nginx.stop();
                None
            }
        }
    }

    /// Ok once both ports are ours; Err when a port was taken (try others).
    fn wait_until_listening(&mut self) -> Result<(), ()> {
        // A token only this nginx serves tells it apart from another server on the port.
        let token = format!("{}-{}", std::process::id(), self.http);
        std::fs::write(self.www.join(".alive"), &token).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let log = std::fs::read_to_string(self.dir.join("error.log")).unwrap_or_default();
            if log.contains("bind()") && log.contains("Address already in use") {
                return Err(());
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                let mut error = String::new();
                if let Some(mut stderr) = self.child.stderr.take() {
                    let _ = stderr.read_to_string(&mut error);
                }
                if error.contains("Address already in use") {
                    return Err(());
                }
                panic!("nginx exited ({status}): {error}{log}");
            }
            let up = |port| TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok();
            if up(self.https) && self.serves(&token) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("nginx did not start listening within 10 s");
    }

    /// Whether plain HTTP on our port answers with our token.
    fn serves(&self, token: &str) -> bool {
        use std::io::Write;
        let Ok(mut stream) = TcpStream::connect((Ipv4Addr::LOCALHOST, self.http)) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let asked = write!(stream, "GET /.alive HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        let mut answer = String::new();
        asked.is_ok() && stream.read_to_string(&mut answer).is_ok() && answer.ends_with(token)
    }

    pub fn http_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.http)
    }

    pub fn https_url(&self, path: &str) -> String {
        format!("https://127.0.0.1:{}/{path}", self.https)
    }

    /// Puts `text` at `www/<path>` and signs it with `key` (no key: unsigned).
    pub fn publish(&self, path: &str, text: &str, key: Option<&Key>) -> PathBuf {
        let file = self.www.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        // nginx's ETag is the modification time (in seconds) and the size: an upload tool
        // gives each upload a new time; versions written within one second need a hand.
        static UPLOADS: AtomicU64 = AtomicU64::new(1);
        let later = SystemTime::now() + Duration::from_secs(UPLOADS.fetch_add(1, Ordering::SeqCst));
        std::fs::File::options()
            .write(true)
            .open(&file)
            .and_then(|f| f.set_modified(later))
            .unwrap();
        if let Some(key) = key {
            key.sign(&file);
        }
        file
    }

    /// Replaces `www/<path>` with `text`, signed, keeping the old file's modification time:
    /// a second upload within the same second, which nginx's validators cannot tell apart
    /// from the first when the size is the same.
    pub fn publish_in_the_same_second(&self, path: &str, text: &str, key: &Key) {
        let file = self.www.join(path);
        let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
        let signature = self.www.join(format!("{path}.minisig"));
        let signed = std::fs::metadata(&signature).unwrap().modified().unwrap();
        std::fs::write(&file, text).unwrap();
        key.sign(&file);
        for (path, time) in [(&file, modified), (&signature, signed)] {
            std::fs::File::options()
                .write(true)
                .open(path)
                .and_then(|f| f.set_modified(time))
                .unwrap();
        }
    }

    /// The access log's lines so far: "GET /schedule.ron 304 0 180".
    pub fn access_log(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// A fast shutdown (TERM), which takes the workers down too; killing the master
    /// alone would leave its workers serving.
    pub fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The workers leave with their master; wait until the ports are really closed.
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline
            && [self.http, self.https]
                .iter()
                .any(|port| TcpStream::connect((Ipv4Addr::LOCALHOST, *port)).is_ok())
        {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        self.stop();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A test certificate authority and a server certificate for 127.0.0.1, ::1 and
/// localhost, signed by it. Gives the CA's PEM file.
fn make_certificates(dir: &Path) -> PathBuf {
    let ca = dir.join("ca.pem");
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    run(Command::new("openssl")
        .args(["req", "-x509"])
        .args(ec)
        .arg("-keyout")
        .arg(dir.join("ca.key"))
        .arg("-out")
        .arg(&ca)
        .args(["-days", "2", "-subj", "/CN=Loket test CA"])
        .args(["-addext", "basicConstraints=critical,CA:TRUE"])
        .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]));
    run(Command::new("openssl")
        .arg("req")
        .args(ec)
        .arg("-keyout")
        .arg(dir.join("server.key"))
        .arg("-out")
        .arg(dir.join("server.csr"))
        .args(["-subj", "/CN=localhost"]));
    let extensions = dir.join("server.ext");
    std::fs::write(
        &extensions,
        "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:files.example\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    run(Command::new("openssl")
        .args(["x509", "-req", "-days", "2"])
        .arg("-in")
        .arg(dir.join("server.csr"))
        .arg("-CA")
        .arg(&ca)
        .arg("-CAkey")
        .arg(dir.join("ca.key"))
        .arg("-CAcreateserial")
        .arg("-out")
        .arg(dir.join("server.pem"))
        .arg("-extfile")
        .arg(&extensions));
    ca
}

/// One counter machine: its own home, config and data folders.
pub struct Machine {
    pub home: tempfile::TempDir,
}

impl Machine {
    pub fn new() -> Machine {
        // The system folder cannot be moved for a test: on a machine that follows a real
        // fleet, a test could reach its server. Refuse rather than risk it.
        let system = std::path::Path::new("/etc/loket/fleet.ron");
        assert!(
            !system.exists(),
            "{} exists: this machine follows a fleet, and the tests must not reach its server",
            system.display()
        );
        Machine {
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config/loket")
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.home.path().join("data/loket/fleet")
    }

    /// The schedule part of the verified copy (signature and schedule in one file).
    pub fn cached_schedule(&self) -> Option<String> {
        let file = std::fs::read_to_string(self.cache_dir().join("verified-schedule")).ok()?;
        let rest = file.split_once("\nschedule ")?.1;
        Some(rest.split_once('\n')?.1.to_owned())
    }

    /// Writes this machine's `fleet.ron`.
    pub fn configure(&self, url: &str, key: &str, extra: &str) {
        std::fs::create_dir_all(self.config_dir()).unwrap();
        std::fs::write(
            self.config_dir().join("fleet.ron"),
            format!("Fleet(\n    url: \"{url}\",\n    public_key: \"{key}\",\n{extra})\n"),
        )
        .unwrap();
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_loket"));
        command
            .args(args)
            .env_remove("LOKET_SCHEDULE")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("TZ", "UTC");
        // No traffic may leave this machine, whatever the developer's shell sets.
        for proxy in [
            "http_proxy",
            "https_proxy",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "all_proxy",
            "NO_PROXY",
            "no_proxy",
        ] {
            command.env_remove(proxy);
        }
        command
    }

    pub fn loket(&self, args: &[&str]) -> (i32, String, String) {
        let output = self.command(args).output().expect("loket runs");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }
}

/// The bundled schedule as a fleet publishes it: with a serial, a marker in the first
/// category's name to tell versions apart, and optionally `valid_until`.
pub fn version(serial: u64, marker: &str, valid_until: Option<&str>) -> String {
    let bundled =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schedule.ron")).unwrap();
    let until = valid_until
        .map(|d| format!("    valid_until: \"{d}\",\n"))
        .unwrap_or_default();
    let with_serial = bundled.replacen(
        "Schedule(\n",
        &format!("Schedule(\n    serial: {serial},\n{until}"),
        1,
    );
    assert_ne!(
        with_serial, bundled,
        "the bundled schedule starts with `Schedule(`"
    );
    with_serial.replacen("General enquiries", marker, 1)
}

/// A server that accepts connections and never answers, for the timeouts.
pub fn silent_server() -> (u16, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut held = Vec::new();
        listener.set_nonblocking(true).unwrap();
        let until = Instant::now() + Duration::from_secs(30);
        while Instant::now() < until {
            if let Ok((stream, _)) = listener.accept() {
                held.push(stream);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    });
    (port, handle)
}

/// Reads an HTTP request's first line and passes over its headers: what a test server
/// needs to answer it.
pub fn read_request(reader: &mut impl std::io::BufRead) -> String {
    let mut request = String::new();
    let _ = reader.read_line(&mut request);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
    }
    request
}

/// An HTTPS proxy on 127.0.0.1, as municipal networks have: it answers `CONNECT host:port`
/// by connecting to `target` on this machine, whatever the host, and records what it was
/// asked for. So a URL on a made-up host (files.example) reaches nginx through the proxy,
/// and nothing leaves the machine.
pub struct Proxy {
    pub port: u16,
    pub asked: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Proxy {
    pub fn start(target: u16) -> Proxy {
        use std::io::{BufReader, Write};
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let record = asked.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let record = record.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(client.try_clone().unwrap());
                    let request = read_request(&mut reader);
                    record.lock().unwrap().push(request.trim().to_owned());
                    let Ok(upstream) = TcpStream::connect((Ipv4Addr::LOCALHOST, target)) else {
                        return;
                    };
                    let mut client_out = client.try_clone().unwrap();
                    let _ = client_out.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
                    let mut upstream_in = upstream.try_clone().unwrap();
                    let mut upstream_out = upstream;
                    let mut reader = reader;
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut upstream_in, &mut client_out);
                    });
                    let _ = std::io::copy(&mut reader, &mut upstream_out);
                });
            }
        });
        Proxy { port, asked }
    }
}
