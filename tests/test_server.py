"""`kg serve` over real HTTP on 127.0.0.1: content types, refusals, time limit, the query page.

The server runs in a thread of the test process on a free port, over the ``examples_store``
folder (its query workers open it read-only beside the fixture). Nothing leaves 127.0.0.1: a
second local server stands in for every SERVICE/FROM/LOAD target and must see no request.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.server import ServeConfig, make_server

SD = "http://www.w3.org/ns/sparql-service-description#"
SRX = "{http://www.w3.org/2005/sparql-results#}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          "SELECT ?actor ?label WHERE { ?actor skos:prefLabel ?label } ORDER BY ?actor ?label LIMIT 5")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 3.0  # (1 s made the JSON-LD CONSTRUCT answer 503 when two test runs shared the two cores)


@pytest.fixture(scope="module")
def served(examples_store):
    server = make_server(ServeConfig(store=examples_store.location, port=0, timeout=TIMEOUT, workers=2))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def endpoint(served):
    return served.url


def call(url: str, *, query: str | None = None, accept: str | None = None, data: bytes | None = None,
         content_type: str | None = None, method: str | None = None, headers: dict | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    if query is not None:
        url += ("&" if "?" in url else "?") + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if accept:
        request.add_header("Accept", accept)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def sparql(endpoint: str) -> str:
    return endpoint + "sparql"


# --- SELECT and ASK ------------------------------------------------------------------------------

def test_select_json_is_the_default_and_matches_the_store(endpoint, examples_store):
    status, headers, body = call(sparql(endpoint), query=LABELS)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["actor", "label"]
    expected = examples_store.query(LABELS).rows
    assert len(expected) == 5
    got = [(b["actor"], b["label"]) for b in data["results"]["bindings"]]
    assert [(a["value"], lab["value"]) for a, lab in got] == [tuple(r) for r in expected]
    assert all(a["type"] == "uri" and lab["type"] == "literal" for a, lab in got)


def test_select_xml(endpoint, examples_store):
    status, headers, body = call(sparql(endpoint), query=LABELS, accept="application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(body)
    assert [v.get("name") for v in root.iter(SRX + "variable")] == ["actor", "label"]
    rows = [(r.find(f"{SRX}binding[@name='actor']/{SRX}uri").text, r.find(f"{SRX}binding[@name='label']/{SRX}literal").text)
            for r in root.iter(SRX + "result")]
    assert rows == [tuple(r) for r in examples_store.query(LABELS).rows]


def test_select_csv(endpoint, examples_store):
    status, headers, body = call(sparql(endpoint), query=LABELS, accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["actor", "label"]
    assert [tuple(r) for r in rows[1:]] == [tuple(r) for r in examples_store.query(LABELS).rows]


def test_select_tsv(endpoint, examples_store):
    status, headers, body = call(sparql(endpoint), query=LABELS, accept="text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    lines = body.decode("utf-8").splitlines()
    assert lines[0] == "?actor\t?label"
    actor, label = examples_store.query(LABELS).rows[0]
    assert lines[1] == f'<{actor}>\t"{label}"'


def test_ask_and_typed_numbers(endpoint, examples_store):
    status, _, body = call(sparql(endpoint), query="ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = call(sparql(endpoint), query="ASK { ?s ?p ?o }", accept="application/sparql-results+xml")
    assert status == 200 and ET.fromstring(body).find(SRX + "boolean").text == "true"
    status, _, body = call(sparql(endpoint), query=COUNT)
    n = json.loads(body)["results"]["bindings"][0]["n"]
    assert n == {"type": "literal", "value": str(examples_store.query(COUNT).rows[0][0]),
                 "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_post_form_and_query_body_answer_like_get(endpoint):
    _, _, by_get = call(sparql(endpoint), query=LABELS)
    form = urllib.parse.urlencode({"query": LABELS}).encode()
    status, _, by_form = call(sparql(endpoint), data=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(by_form) == json.loads(by_get)
    status, _, by_body = call(sparql(endpoint), data=LABELS.encode(), content_type="application/sparql-query")
    assert status == 200 and json.loads(by_body) == json.loads(by_get)
    status, _, _ = call(sparql(endpoint), data=b"x", content_type="text/plain")
    assert status == 415


# --- CONSTRUCT and DESCRIBE ----------------------------------------------------------------------

CONSTRUCT = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
             "CONSTRUCT { ?a skos:prefLabel ?l ; a skos:Concept } WHERE { ?a skos:prefLabel ?l }")


@pytest.mark.parametrize("media,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                       ("application/ld+json", "json-ld")])
def test_construct_formats(endpoint, examples_store, media, fmt):
    status, headers, body = call(sparql(endpoint), query=CONSTRUCT, accept=media)
    assert status == 200 and headers["Content-Type"].startswith(media)
    got = Graph().parse(data=body, format=fmt)
    expected = Graph()
    for s, p, o in examples_store.query(CONSTRUCT).triples:
        expected.add((URIRef(s), URIRef(p), URIRef(o) if p == str(RDF.type) else Literal(o)))
    assert len(got) == len(expected) > 0
    assert isomorphic(got, expected)


def test_describe_defaults_to_turtle(endpoint):
    status, headers, body = call(sparql(endpoint), query="DESCRIBE ?a WHERE { ?a a <https://schema.org/Organization> } LIMIT 1")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) > 0


# --- refusals ------------------------------------------------------------------------------------

@pytest.mark.parametrize("query,accept", [
    (LABELS, "image/png"),
    (LABELS, "text/turtle"),
    (CONSTRUCT, "application/sparql-results+json"),
    (CONSTRUCT, "text/csv"),
])
def test_unacceptable_media_type_is_406(endpoint, query, accept):
    status, _, body = call(sparql(endpoint), query=query, accept=accept)
    assert status == 406
    assert body.decode().count("\n") == 1


@pytest.mark.parametrize("query", ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ", "", "   "])
def test_malformed_query_is_400_with_one_line(endpoint, query):
    status, headers, body = call(sparql(endpoint), query=query)
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert text.endswith("\n") and text.count("\n") == 1 and len(text) > 5


UPDATE = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"


def test_updates_are_405_and_change_nothing(endpoint, examples_store):
    before = examples_store.query(COUNT).rows
    answers = [
        call(sparql(endpoint), query=UPDATE),
        call(sparql(endpoint) + "?" + urllib.parse.urlencode({"update": UPDATE})),
        call(sparql(endpoint), data=urllib.parse.urlencode({"update": UPDATE}).encode(),
             content_type="application/x-www-form-urlencoded"),
        call(sparql(endpoint), data=UPDATE.encode(), content_type="application/sparql-update"),
        call(sparql(endpoint), data=UPDATE.encode(), content_type="application/sparql-query"),
        call(endpoint + "update", data=UPDATE.encode(), content_type="application/sparql-update"),
        call(sparql(endpoint), query="DROP ALL"),
        call(sparql(endpoint), data=b"", method="PUT"),
        call(sparql(endpoint), method="DELETE"),
    ]
    assert [a[0] for a in answers] == [405] * len(answers)
    assert all("Allow" in a[1] for a in answers)
    assert examples_store.query(COUNT).rows == before


class _Canary(BaseHTTPRequestHandler):
    """A would-be remote SPARQL service: it records any request and answers one empty row."""

    def _answer(self) -> None:
        self.server.requests.append((self.command, self.path))
        body = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def canary():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    server.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", server.requests
    server.shutdown()
    server.server_close()


def test_service_load_and_from_are_refused_and_nothing_goes_out(endpoint, canary):
    target, requests = canary
    refused = {
        400: [
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{target}> {{ ?s ?q ?r }} }} }} LIMIT 1",
            f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{target}> {{ ?s ?q ?r }} }} }}",
            f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }} }}",
            f"PREFIX r: <{target.rsplit('/', 1)[0]}/>\nSELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ BIND(<{target}> AS ?svc) SERVICE ?svc {{ ?s ?p ?o }} }}",
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}",
            f"SELECT * FROM NAMED <{target}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
            f"DESCRIBE <{target}> FROM <{target}>",
        ],
        405: [f"LOAD <{target}>", f"LOAD SILENT <{target}> INTO GRAPH <urn:g>"],
    }
    for status, queries in refused.items():
        for query in queries:
            code, _, body = call(sparql(endpoint), query=query)
            assert code == status, (query, body)
            assert body.decode().count("\n") == 1
    code, _, _ = call(sparql(endpoint) + "?" + urllib.parse.urlencode({"default-graph-uri": target}), query=COUNT)
    assert code == 400
    code, _, _ = call(sparql(endpoint) + "?" + urllib.parse.urlencode({"named-graph-uri": target}), query=COUNT)
    assert code == 400
    # a query that only names the canary as data is answered, locally
    code, _, _ = call(sparql(endpoint), query=f"DESCRIBE <{target}>")
    assert code == 200
    time.sleep(0.2)
    assert requests == []


def test_dns_rebinding_host_is_refused(endpoint):
    status, _, _ = call(sparql(endpoint), query="ASK {}", headers={"Host": "attacker.example"})
    assert status == 403
    port = urllib.parse.urlsplit(endpoint).port
    status, _, _ = call(sparql(endpoint), query="ASK {}", headers={"Host": f"localhost:{port}"})
    assert status == 200


# --- the time limit ------------------------------------------------------------------------------

def _worker_pids(server) -> set[int]:
    return {w.process.pid for w in list(server.pool._all)}


def test_slow_query_is_stopped_and_the_server_keeps_serving(served, endpoint):
    slow: dict = {}
    before = _worker_pids(served)
    assert len(before) == 2

    def run_slow() -> None:
        start = time.monotonic()
        slow["answer"] = call(sparql(endpoint), query=SLOW)
        slow["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)  # the slow query is running in one worker
    start = time.monotonic()
    status, _, body = call(sparql(endpoint), query=COUNT)
    fast_seconds = time.monotonic() - start
    assert status == 200 and json.loads(body)["results"]["bindings"]
    assert thread.is_alive(), "the fast query should be answered while the slow one still runs"
    assert fast_seconds < TIMEOUT
    thread.join(30)
    status, headers, body = slow["answer"]
    assert status == 503
    assert "time limit" in body.decode() and body.decode().count("\n") == 1
    assert TIMEOUT <= slow["seconds"] < TIMEOUT + 3
    # the worker that ran it was killed and a fresh one took its place
    deadline = time.monotonic() + 20
    while len(_worker_pids(served)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    after = _worker_pids(served)
    assert len(after) == 2 and len(after & before) == 1
    (killed,) = before - after
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)
    # and both answer
    while served.pool._idle.qsize() < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(call(sparql(endpoint), query=COUNT)[0])) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [200, 200]


# --- service description, page, static files -----------------------------------------------------

def test_service_description(endpoint):
    status, headers, body = call(sparql(endpoint), accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=body, format="turtle")
    service = URIRef(sparql(endpoint))
    assert (service, RDF.type, URIRef(SD + "Service")) in g
    assert (service, URIRef(SD + "endpoint"), service) in g
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g
    status, _, _ = call(sparql(endpoint), accept="application/sparql-results+json")
    assert status == 400


def test_page_and_vendored_assets(endpoint):
    status, headers, body = call(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    page = body.decode()
    for asset in ("static/yasgui/yasgui.min.js", "static/yasgui/yasgui.min.css", "static/query.js"):
        assert asset in page
        status, _, content = call(endpoint + asset)
        assert status == 200 and len(content) > 100
    assert "http://" not in page.replace("http://127.0.0.1:7878", "") and "https://" not in page
    for path in ("static/../server.py", "static/%2e%2e/server.py", "static/nope.js", "nope"):
        assert call(endpoint + path)[0] == 404
    for name in ("LICENSE", "THIRD-PARTY-LICENSES.txt"):
        assert call(endpoint + "static/yasgui/" + name)[0] == 200


def test_kg_serve_command_runs_and_stops(examples_store):
    """The console command end to end: a real process on a free port; its workers go with it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", examples_store.location, "--port", "0",
         "--timeout", "5", "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        url = line.split()[1]
        status, _, body = call(url + "sparql", query=COUNT, accept="text/csv")
        assert status == 200 and body.decode().splitlines()[0] == "n"
    finally:
        process.terminate()
        process.wait(10)
    assert process.stdout.read() == ""


# --- the page in a real browser ------------------------------------------------------------------

def _browser_or_skip():
    """Selenium driving Debian's chromium and chromium-driver; skip without them, but not in CI."""
    missing = [b for b in ("chromium", "chromedriver") if not shutil.which(b)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -e '.[dev]')")
    if missing:
        reason = f"{', '.join(missing)} not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test: {reason}")
        pytest.skip(reason)


@pytest.mark.slow
def test_query_page_in_headless_chromium(endpoint, examples_store, tmp_path):
    _browser_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", f"--user-data-dir={tmp_path / 'profile'}",
                # any name but 127.0.0.1 fails to resolve: the page cannot reach beyond this machine
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))
    try:
        driver.set_page_load_timeout(30)
        driver.get(endpoint)
        wait = WebDriverWait(driver, 20)
        wait.until(lambda d: d.execute_script("return !!(window.yasgui && window.yasgui.getTab())"))
        assert driver.execute_script("return typeof window.Yasgui") == "function"
        run = driver.find_element(By.CSS_SELECTOR, ".yasqe_queryButton")
        run.click()  # the page's own query, sent to the endpoint it was configured with
        wait.until(lambda d: "id:graph/" in d.find_element(By.CSS_SELECTOR, ".yasr").text)
        driver.execute_script("window.yasgui.getTab().getYasqe().setValue(arguments[0]);", COUNT)
        run.click()
        expected = str(examples_store.query(COUNT).rows[0][0])
        wait.until(lambda d: expected in d.find_element(By.CSS_SELECTOR, ".yasr").text)
        assert "n" in driver.find_element(By.CSS_SELECTOR, ".yasr table").text

        urls = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        hosts = {urllib.parse.urlsplit(u).hostname for u in urls if u.startswith(("http:", "https:", "ws:", "wss:"))}
        assert hosts == {"127.0.0.1"}, urls
        assert any(u.endswith("/sparql") or "/sparql?" in u for u in urls)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
    finally:
        driver.quit()


def test_an_in_memory_store_is_refused():
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="in-memory"):
        make_server(ServeConfig(store=":memory:", port=0))


def test_static_assets_ship_in_the_package():
    """hatchling packages all of kg/, so kg/static/ is in the wheel; this guards the file set."""
    static = Path(__file__).resolve().parents[1] / "kg" / "static"
    for name in ("index.html", "query.js", "page.css", "yasgui/yasgui.min.js", "yasgui/yasgui.min.css",
                 "yasgui/LICENSE", "yasgui/THIRD-PARTY-LICENSES.txt"):
        assert (static / name).is_file(), name
