"""`shapescape run`'s compiled-code cache (codegen/host.py): wasmtime keeps
the machine code of a module in a directory private to the user, so a second
run of the same module skips the Cranelift compile. The cache is off with
SHAPESCAPE_CACHE=0, never used in a directory others can write to, and an
entry that does not decode is compiled again, with the same output.
"""
from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import host
from codegen.build import build

PROGRAM = "class P { constructor(x) { this.x = x; } }\nconsole.log('cached', new P(41).x + 1);\n"


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("SHAPESCAPE_CACHE_DIR", str(where))
    monkeypatch.delenv("SHAPESCAPE_CACHE", raising=False)
    return where


@pytest.fixture
def module(tmp_path) -> bytes:
    src = tmp_path / "prog.js"
    src.write_text(PROGRAM)
    result = build(str(src))
    assert result.wasm is not None, result.diagnostics
    return bytes(result.wasm)


def entries(where: Path) -> list[Path]:
    return [p for p in (where / "wasmtime").rglob("*") if p.is_file() and not p.name.endswith(".stats")
            and not p.name.startswith(".")]


def run(wasm: bytes) -> str:
    out = io.StringIO()
    result = host.run_module(wasm, stdout=out)
    assert result.status == 0, result.message
    return out.getvalue()


def test_the_configuration_names_a_private_directory(cache_home):
    path = host.cache_config()
    assert path == str(cache_home / "wasmtime-cache.toml")
    assert stat.S_IMODE(os.stat(cache_home).st_mode) == 0o700
    text = Path(path).read_text()
    assert text.startswith("[cache]\n")
    assert f'directory = "{cache_home / "wasmtime"}"' in text
    assert 'files-total-size-soft-limit = "512Mi"' in text


def test_a_stale_configuration_is_rewritten(cache_home):
    cache_home.mkdir(mode=0o700)
    (cache_home / "wasmtime-cache.toml").write_text('[cache]\ndirectory = "/somewhere/else"\n')
    host.cache_config()
    assert "/somewhere/else" not in (cache_home / "wasmtime-cache.toml").read_text()


def test_a_directory_others_can_write_to_is_not_used(cache_home):
    cache_home.mkdir()
    os.chmod(cache_home, 0o777)
    assert host.cache_config() is None
    os.chmod(cache_home, 0o775)
    assert host.cache_config() is None
    os.chmod(cache_home, 0o755)
    assert host.cache_config() is not None


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing a directory's owner needs root")
def test_a_directory_of_another_user_is_not_used(cache_home):
    cache_home.mkdir(mode=0o700)
    os.chown(cache_home, 12345, 12345)
    assert host.cache_config() is None


def test_the_cache_can_be_turned_off(cache_home, monkeypatch, module):
    monkeypatch.setenv("SHAPESCAPE_CACHE", "0")
    assert host.cache_config() is None
    assert run(module) == "cached 42\n"
    assert not cache_home.exists()


def test_a_second_run_loads_the_compiled_module(cache_home, module):
    assert run(module) == "cached 42\n"
    first = entries(cache_home)
    assert len(first) == 1      # one module, one entry
    stamp = first[0].stat().st_mtime_ns
    assert run(module) == "cached 42\n"
    assert entries(cache_home) == first and first[0].stat().st_mtime_ns == stamp   # read, not written again


def test_a_broken_entry_is_compiled_again(cache_home, module):
    run(module)
    [entry] = entries(cache_home)
    entry.write_bytes(b"not machine code")
    assert run(module) == "cached 42\n"
    assert entry.read_bytes() != b"not machine code"


def test_the_command_line_run_uses_it(cache_home, tmp_path, module):
    wasm = tmp_path / "prog.wasm"
    wasm.write_bytes(module)
    env = dict(os.environ, SHAPESCAPE_CACHE_DIR=str(cache_home))
    for _ in range(2):
        r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(wasm)], capture_output=True, text=True,
                           env=env, timeout=120)
        assert r.returncode == 0 and r.stdout == "cached 42\n", r.stderr
    assert len(entries(cache_home)) == 1
