//! The Python virtual environment the interoperability and OpenAPI tests share, under
//! `target/`; packages are installed once (PyPI access needed once), a marker file per package
//! records it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a command; panics with its output when it fails.
pub fn run(command: &mut Command, what: &str) {
    match command.output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            panic!("{what} failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
        }
        Err(e) => panic!("{what} could not start: {e} (is python3 installed?)"),
    }
}

/// The venv's python, with `packages` installed.
pub fn with(packages: &[&str]) -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("antom-python-sdk");
    let python = venv.join("bin").join("python");
    if !python.exists() {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv), "creating the Python virtual environment");
    }
    for package in packages {
        let marker = venv.join(format!(".installed-{package}"));
        if !marker.exists() {
            run(
                Command::new(&python).args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", package]),
                &format!("pip install of {package}"),
            );
            assert!(std::fs::write(&marker, package).is_ok());
        }
    }
    python
}
