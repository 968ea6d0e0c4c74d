"""`kg ingest URL` over real HTTP, against a server the test starts on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture()
def server():
    handler = functools.partial(_Quiet, directory=str(EXAMPLES))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_url_twice_gives_one_article(server, tmp_path):
    store = str(tmp_path / "s")
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["ingest", "--store", store, "--allow-loopback", f"{server}/meridian-wire.html"])
        assert result.exit_code == 0, result.output
        assert "1 articles" in result.output
    # (a canonical URL on another site is ignored, so a copy cannot take over the original's graph)
    out = runner.invoke(cli, ["query", "--store", store, "--json", "-"],
                        input="SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }").output
    assert json.loads(out.splitlines()[0])["n"] == 1


def test_loopback_is_refused_unless_allowed(server, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "s"), f"{server}/meridian-wire.html"])
    assert result.exit_code == 1
    assert "address refused" in result.output and "Traceback" not in result.output


def test_http_404_is_one_line(server, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "s"), "--allow-loopback", f"{server}/nope.html"])
    assert result.exit_code == 1
    assert "HTTP 404" in result.output
