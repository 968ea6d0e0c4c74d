"""Every notebook in notebooks/ runs top to bottom in a fresh kernel within two minutes (as rdflib
runs its examples as tests), offline, and what it writes is valid: GEXF against the official
schema, an interactive page with no remote resources.

``pytest --nbmake notebooks/`` runs them the nbmake way too; this test is what `python -m pytest`
collects, so CI runs them.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from kg.gexf import validate_gexf

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SCHEMA_DIR = ROOT.parent / "shared" / "schemas" / "gexf-1.3"
BUDGET_SECONDS = 120


def test_there_is_a_notebook():
    assert [p.name for p in NOTEBOOKS] == ["explore.ipynb"]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path, monkeypatch):
    import nbclient
    import nbformat

    out = tmp_path / "out"
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(out))  # the kernel inherits the environment
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:  # notebooks only import from kg and scrapers (STYLE 13)
        if cell.cell_type == "code":
            for module in re.findall(r"^\s*(?:from|import)\s+(kg|scrapers)\.(\w+)", cell.source, re.M):
                assert module[1] == "api" or module[0] == "scrapers", module
    started = time.monotonic()
    client = nbclient.NotebookClient(nb, timeout=BUDGET_SECONDS, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_SECONDS, f"{path.name} took {elapsed:.0f} s"
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) >= 2  # the network and the timeline

    if path.stem == "explore":
        page = (out / "claims.html").read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
        for view in ("claims", "sources", "full"):
            assert (out / f"{view}.gexf").is_file()
            if (SCHEMA_DIR / "gexf.rng").is_file():
                assert validate_gexf(out / f"{view}.gexf", SCHEMA_DIR) == []
            elif os.environ.get("CI"):
                pytest.fail(f"the official GEXF 1.3 schema must be at {SCHEMA_DIR} in CI")
        assert (out / "claims.stix.json").is_file() and (out / "claims-nodes.csv").is_file()
