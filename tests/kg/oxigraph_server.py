"""Start a real ``oxigraph serve`` on 127.0.0.1 with a free port (shared by the store tests)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from typing import Iterator

import pytest
import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_serve() -> Iterator[str]:
    """Yield the base URL of an in-memory ``oxigraph serve``; kill it afterwards."""
    exe = shutil.which("oxigraph")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("the `oxigraph` binary (PyPI oxigraph, dev extra) must be installed in CI")
        pytest.skip("the `oxigraph` binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode(errors='replace')[:500]}")
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.05)
        yield url
    finally:
        proc.kill()
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


def clear(url: str) -> None:
    requests.post(f"{url}/update", data="DROP ALL", headers={"Content-Type": "application/sparql-update"},
                  timeout=10).raise_for_status()
