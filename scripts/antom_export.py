"""Reading Antom's OpenAPI export, https://github.com/wangzunjiao/antom-openapi, for the scripts
beside this file (draft_page.py, vendor_check.py). The pages of this repository were drafted from
and are checked against its commit a4509d6 (`yaml/<Name>-v1.yaml`, one endpoint per file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPOSITORY = "https://github.com/wangzunjiao/antom-openapi"
EXPORT_HELP = f"a clone (work tree or bare repository) of {REPOSITORY}"


def read(export: Path, commit: str, name: str) -> str:
    """The text of `name` (yaml/X-v1.yaml): from the work tree when `commit` is HEAD and the file
    is there, else from git at `commit` (a bare clone has no work tree)."""
    if commit == "HEAD" and (export / name).is_file():
        return (export / name).read_text()
    try:
        return subprocess.run(
            ["git", "-C", str(export), "show", f"{commit}:{name}"], check=True, capture_output=True, text=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"{export}: cannot read {commit}:{name}: {e.stderr.strip()}")


def commit_of(export: Path, commit: str) -> str:
    """The full hash of `commit` in the clone."""
    return subprocess.run(
        ["git", "-C", str(export), "rev-parse", commit], check=True, capture_output=True, text=True
    ).stdout.strip()


def load(text: str, name: str) -> dict:
    """The parsed file. SubscriptionUpdateRequest-v1.yaml is not valid YAML as published (`\\'`
    is no escape of YAML's double-quoted text; the vendor means a plain quote): such a file is
    read with that escape repaired, and stderr says so."""
    try:
        import yaml  # PyYAML, only needed to read the export
    except ImportError:
        sys.exit("reading the export needs PyYAML: pip install pyyaml")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        print(f"{name}: not valid YAML as published; read with `\\'` repaired to `'`", file=sys.stderr)
        return yaml.safe_load(text.replace("\\'", "'"))


def operation(doc: dict) -> tuple[str, str, dict]:
    """(METHOD, /v1/... path, operation) of a file's one endpoint. Two files of the export
    (InquireExchangeRate, ApplyCard, the ABA statements) describe a GET."""
    ((path, item),) = doc["paths"].items()
    ((method, op),) = ((m, o) for m, o in item.items() if m in ("get", "post", "put", "delete"))
    return method.upper(), path.removeprefix("/ams/api"), op
