//! The Python virtual environment the interoperability and OpenAPI tests share, under
//! `target/`; packages are installed once (PyPI access needed once), a marker file per package
//! records it. One test at a time creates or changes it, across threads and test binaries.
//! The workspace's own tests use this file too (`tests/common/mod.rs`), so that the sandbox
//! binary's tests and the in-process ones share one venv and one skip rule.
//!
//! These tests are the only check against an independent implementation, so skipping them is
//! explicit and loud: see [`skip`].

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The directory of the scripts' shared module (`sdk_loopback.py`, which points the SDK at a
/// loopback sandbox), put on the scripts' `PYTHONPATH`.
pub fn shared_scripts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(if env!("CARGO_PKG_NAME") == "vault-sandbox" {
        "tests/python"
    } else {
        "vault-sandbox/tests/python"
    })
}

/// Runs a Python script with `python`, the job as JSON on its stdin, and returns the JSON
/// report it prints; panics with its stderr when it fails.
pub fn run_script(python: &Path, script: &Path, job: &serde_json::Value) -> serde_json::Value {
    let run = || {
        let mut child = Command::new(python)
            .arg(script)
            .env("PYTHONPATH", shared_scripts())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(job.to_string().as_bytes())?;
        }
        child.wait_with_output()
    };
    let output = run().unwrap_or_else(|e| panic!("{} did not run: {e}", script.display()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{} failed:\n{stderr}", script.display());
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{stderr}", String::from_utf8_lossy(&output.stdout)))
}

/// The variable that skips the tests needing Python and PyPI, outside CI, when set to `1`.
pub const SKIP_VARIABLE: &str = "VAULT_SKIP_PYTHON_INTEROP";

/// Whether the test doing `what` is skipped. In CI (`CI` set to anything but `false` or `0`)
/// nothing skips: the variable set there fails the test. Elsewhere only `=1` skips (`0` or
/// empty runs the test, anything else fails it), and a skip is written to the terminal itself,
/// past the test harness's capture, so that it shows among the `ok` lines of `cargo test`.
pub fn skip(what: &str) -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    skip_when(what, ci, std::env::var(SKIP_VARIABLE).ok().as_deref())
}

/// [`skip`] with its inputs given.
pub fn skip_when(what: &str, ci: bool, value: Option<&str>) -> bool {
    match (ci, value) {
        (_, None) => false,
        (true, Some(value)) => {
            panic!("{SKIP_VARIABLE}={value} in CI, where nothing may skip: {what} must run")
        }
        (false, Some("1")) => {
            let note = format!(
                "SKIPPED ({SKIP_VARIABLE}=1): {what}; this run did not check the code against an independent implementation"
            );
            // Direct writes to stderr pass the harness's capture, which swallows `eprintln!`.
            let _ = writeln!(std::io::stderr(), "\n{note}");
            true
        }
        (false, Some("0" | "")) => false,
        (false, Some(other)) => panic!("{SKIP_VARIABLE}={other}: only `1` skips {what}; unset it or set it to 1"),
    }
}

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

/// The venv's python, with `packages` installed. A file lock (held while the venv is created
/// and packages installed) keeps concurrent tests from building it twice at once; a venv whose
/// creation did not finish is made again.
pub fn with(packages: &[&str]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let venv = dir.join("antom-python-sdk");
    let lock = std::fs::File::create(dir.join("antom-python-sdk.lock")).unwrap_or_else(|e| panic!("lock file: {e}"));
    lock.lock().unwrap_or_else(|e| panic!("locking the Python environment: {e}"));
    let python = venv.join("bin").join("python");
    let created = venv.join(".created");
    if !created.exists() {
        run(
            Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv),
            "creating the Python virtual environment",
        );
        assert!(std::fs::write(&created, "").is_ok());
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
