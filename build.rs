//! For Windows: embeds the icon and the manifest (PerMonitorV2 DPI awareness, so text is
//! sharp on scaled displays) into loket.exe, on Windows or cross-building on Linux (mingw's
//! windres). For every other target it does nothing.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        println!("cargo:rerun-if-changed=packaging/windows/loket.ico");
        println!("cargo:rerun-if-changed=packaging/windows/loket.exe.manifest");
        let mut resources = winresource::WindowsResource::new();
        resources.set_icon("packaging/windows/loket.ico");
        resources.set_manifest_file("packaging/windows/loket.exe.manifest");
        resources
            .compile()
            .expect("embedding the Windows icon and manifest");
    }
}
