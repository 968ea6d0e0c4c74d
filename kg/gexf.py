"""Write a networkx graph (any class) for Gephi (GEXF 1.3), yEd/Cytoscape (GraphML) and Neo4j (CSV).

Reads node and edge attribute dicts; writes files. GEXF is written by hand with lxml and passes the
official GEXF 1.3 RELAX NG schema (:func:`validate_gexf`): ``networkx.write_gexf`` writes the wrong
``xsi`` namespace for 1.3 and crashes on list attributes. GraphML and CSV go through
:func:`flatten_attributes`, one scalar type per key (FtM ``NXGraphExporter``; networkx#1490, #3572).

Example:
    >>> import io, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a1", kind="actor", label="Beyond Parallel")
    >>> g.add_node("c1", kind="claim", items=["artillery shells"], start="2024-03-01")
    >>> _ = g.add_edge("a1", "c1", kind="asserts")
    >>> out = io.BytesIO()
    >>> write_gexf(g, out)
    >>> b'mode="dynamic"' in out.getvalue(), b'type="liststring"' in out.getvalue()
    (True, True)
"""

from __future__ import annotations

import colorsys
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import math
import numbers
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import networkx as nx
from lxml import etree

from kg.errors import ExportError

__all__ = ["DEFAULT_PALETTE", "DEFAULT_SIZES", "write_gexf", "write_gexf_records", "validate_gexf", "write_graphml",
           "write_csv", "flatten_attributes"]

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
DEFAULT_PALETTE: Mapping[str, tuple[int, int, int]] = MappingProxyType({
    "actor": (213, 94, 0),
    "unnamed": (153, 153, 153),
    "site": (0, 158, 115),
    "article": (86, 180, 233),
    "publisher": (0, 114, 178),
    "claim": (230, 159, 0),
    "proposition": (204, 121, 167),
    "evidence": (240, 228, 66),
})
DEFAULT_SIZES: Mapping[str, float] = MappingProxyType({
    "actor": 24.0, "unnamed": 12.0, "proposition": 20.0, "site": 16.0, "publisher": 14.0,
    "claim": 10.0, "article": 8.0, "evidence": 6.0,
})
_NO_KIND_COLOUR = (153, 153, 153)
_DEFAULT_SIZE = 10.0

# XML 1.0 forbids C0 controls other than tab/LF/CR, lone surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_INT32 = 2**31
_INT64 = 2**63
_NUMERIC = {"integer", "long", "double"}
# Our column kinds -> GEXF 1.3 attribute types. The 1.3 schema has no date type: ISO strings.
_GEXF_TYPES = {"boolean": "boolean", "integer": "integer", "long": "long", "double": "double",
               "date": "string", "datetime": "string", "string": "string",
               "liststring": "liststring"}
# Exact types whose column kind needs no further look (ints need their range checked).
_FAST_KINDS: Mapping[type, str] = MappingProxyType({str: "string", float: "double", bool: "boolean"})
# Neo4j's `int` is 32-bit; `datetime` wants a zone our naive values may lack, so it stays text.
_NEO4J_TYPES = {"boolean": "boolean", "integer": "long", "long": "long", "double": "double",
                "date": "date", "liststring": "string[]"}


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (lxml refuses them rather than escaping)."""
    return _ILLEGAL_XML.sub("", text)


def _value_kind(value: Any) -> str | None:
    """Classify one attribute value; None means missing."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, numbers.Integral):
        value = int(value)
        if -_INT32 <= value < _INT32:
            return "integer"
        return "long" if -_INT64 <= value < _INT64 else "string"
    if isinstance(value, numbers.Real):
        return "double"
    if isinstance(value, dt.date):
        return "datetime" if isinstance(value, dt.datetime) else "date"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "liststring"
    return "string"


def _key_kinds(records: Iterable[Mapping[Any, Any]], skip: set[Any]) -> dict[Any, str]:
    """Choose one column kind per key over all records, widening where values disagree.

    Integers of both widths become ``long``, integers mixed with floats become ``double``
    (both lossless for the values a claims graph holds); any other disagreement becomes
    ``string``. Keys whose values are all None are left out.
    """
    pairs: dict[tuple[Any, str], None] = {}  # (key, kind) in first-seen order
    fast = _FAST_KINDS.get
    for data in records:
        for key, value in data.items():
            if key not in skip and (kind := fast(type(value)) or _value_kind(value)) is not None:
                pairs[key, kind] = None
    seen: dict[Any, set[str]] = {}
    for key, kind in pairs:
        seen.setdefault(key, set()).add(kind)
    return {key: next(iter(kinds)) if len(kinds) == 1 else "long" if kinds <= {"integer", "long"}
            else "double" if kinds <= _NUMERIC else "string" for key, kinds in seen.items()}


def _items(value: Any) -> list[Any]:
    """List items in a stable order (sets have none of their own)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=_text)
    return list(value)


def _text(value: Any, list_sep: str = "; ") -> str:
    """Render any value as text, the way a ``string`` column holds it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):  # Java's Double.parseDouble spelling of the specials
        value = float(value)
        return repr(value) if math.isfinite(value) else {"nan": "NaN", "inf": "Infinity",
                                                          "-inf": "-Infinity"}[repr(value)]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return list_sep.join(_text(item, list_sep) for item in _items(value))
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return str(value)


def _list_item(item: Any) -> str:
    """One element of a GEXF list value; quoted when the bare form would not parse back."""
    text = _text(item)
    if text and text == text.strip() and not re.search(r"[,\[\]'\"\\]", text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _as_date(value: Any, what: str) -> dt.date | None:
    """Normalise an ISO date or datetime (string or object) to a date; warn and skip junk."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if match := _ISO_DATE.match(str(value)):
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    log.warning("%s: %r is not an ISO date; left out of the timeline", what, value)
    return None


def _colour(kind: str | None, palette: Mapping[str, tuple[int, int, int]]) -> tuple[int, int, int]:
    """The palette colour of a kind, or a stable colour hashed from its name."""
    if kind is None:
        return _NO_KIND_COLOUR
    if kind in palette:
        rgb = tuple(palette[kind])
        if len(rgb) != 3 or not all(isinstance(c, int) and 0 <= c <= 255 for c in rgb):
            raise ExportError(f"palette colour for {kind!r} must be three integers 0-255: {rgb!r}")
        return rgb  # type: ignore[return-value]
    # md5, not hash(): str hashes are salted per process and the colour must not change.
    hue = int.from_bytes(hashlib.md5(kind.encode("utf-8")).digest()[:2], "big") / 65536
    r, g, b = colorsys.hsv_to_rgb(hue, 0.55, 0.85)
    return round(r * 255), round(g * 255), round(b * 255)


# Attribute values escaped the way lxml writes them (newlines and tabs kept as character references).
_ATTR_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("\n", "&#10;"),
                 ("\r", "&#13;"), ("\t", "&#9;"))
# Elements written between two flushes to the output: bounds memory at any graph size.
_FLUSH_EVERY = 5000


def _attr(text: str) -> str:
    """Text as a double-quoted XML attribute value: illegal characters dropped, markup escaped.

    str.replace runs in C and scans only once per character class; this is ~4x faster than
    str.translate or a regex callback on the claim quotes and IRIs an export is made of.
    """
    text = _clean(text)
    for char, entity in _ATTR_ESCAPES:
        if char in text:
            text = text.replace(char, entity)
    return text


class _Escapes(dict):  # type: ignore[type-arg]
    """``escapes[text]`` is ``_attr(text)``, each distinct text escaped once.

    Kinds, labels, certainties and article URLs repeat on thousands of edges. The memo is
    emptied when it reaches ``limit`` entries, so unique texts (quotes) cannot grow it unbounded.
    """

    def __init__(self, limit: int = 100_000) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, text: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        escaped = self[text] = _attr(text)
        return escaped


def _declare(cls: str, kinds: dict[Any, str]) -> tuple[dict[Any, str], str]:
    """The ``<attributes class=...>`` block; returns key -> GEXF attribute id, and the XML."""
    ids = {key: str(index) for index, key in enumerate(kinds)}
    if not kinds:
        return ids, ""
    lines = [f'    <attributes class="{cls}" mode="static">\n']
    lines += [f'      <attribute id="{ids[key]}" title="{_attr(str(key))}" type="{_GEXF_TYPES[kind]}"/>\n'
              for key, kind in kinds.items()]
    lines.append("    </attributes>\n")
    return ids, "".join(lines)


def _attvalues(data: Mapping[Any, Any], kinds: dict[Any, str], ids: dict[Any, str], indent: str,
               escapes: _Escapes) -> str:
    """The ``<attvalues>`` block of one element ("" when it has no values to write)."""
    values = []
    for key, value in data.items():
        if value is None or key not in ids:
            continue
        if type(value) is str:  # noqa: E721 - exact type: the common case, no conversion needed
            text = value
        elif kinds[key] == "liststring":  # "[a, b]", quoted where needed (GEXF 1.3 primer)
            text = "[" + ", ".join(_list_item(i) for i in _items(value)) + "]"
        else:
            text = _text(float(value) if kinds[key] == "double" else value)
        values.append(f'{indent}  <attvalue for="{ids[key]}" value="{escapes[text]}"/>\n')
    if not values:
        return ""
    return f"{indent}<attvalues>\n{''.join(values)}{indent}</attvalues>\n"


def _edge_ids(ends: list[tuple[Any, Any, Any]], multigraph: bool) -> list[str]:
    """Unique, deterministic edge ids: the multigraph key when it is unique graph-wide."""
    if multigraph:
        keys = [_clean(str(k)) for _, _, k in ends]
        if len(set(keys)) == len(keys):
            return keys
        raw = [_clean(f"{u}->{v}#{k}") for (u, v, _), k in zip(ends, keys)]
    else:
        raw = [_clean(f"{u}->{v}") for u, v, _ in ends]
    used: set[str] = set()
    out = []
    for candidate in raw:
        edge_id, n = candidate, 1
        while edge_id in used:
            edge_id, n = f"{candidate}~{n}", n + 1
        used.add(edge_id)
        out.append(edge_id)
    return out


class _Spans:
    """The ``start``/``end`` XML attributes of elements, with each date string parsed once.

    A graph of 100k articles has ~1M dated elements but only a few thousand distinct days.
    """

    def __init__(self, start_key: str, end_key: str) -> None:
        self.start_key, self.end_key = start_key, end_key
        self.parsed: dict[str, dt.date] = {}

    def _date(self, value: Any, what: Any) -> dt.date | None:
        if value is None:
            return None
        if type(value) is str:  # noqa: E721
            if (date := self.parsed.get(value)) is not None:
                return date
            date = _as_date(value, what())
            if date is not None:
                self.parsed[value] = date
            return date
        return _as_date(value, what())

    def __call__(self, data: Mapping[Any, Any], what: Any) -> str:
        """`` start="..." end="..."`` for one element; ``what()`` names it in warnings."""
        start = self._date(data.get(self.start_key), what)
        end = self._date(data.get(self.end_key), what)
        if start and end and end < start:
            log.warning("%s: end %s is before start %s; end dropped", what(), end, start)
            end = None
        return (f' start="{start.isoformat()}"' if start else "") + (f' end="{end.isoformat()}"' if end else "")


def _viz(kind: str | None, colours: Mapping[str, tuple[int, int, int]],
         node_sizes: Mapping[str, float]) -> str:
    """The ``viz:color`` and ``viz:size`` elements of a node of one kind."""
    r, g, b = _colour(kind, colours)
    size = node_sizes.get(kind, _DEFAULT_SIZE) if kind is not None else _DEFAULT_SIZE
    if not isinstance(size, numbers.Real) or not 0 <= size < math.inf:
        raise ExportError(f"node size for {kind!r} must be a finite number >= 0: {size!r}")
    return (f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
            f'        <viz:size value="{float(size)!r}"/>\n')


class _Sink:
    """Collects XML text and writes it out in batches, to a path or a binary or text file."""

    def __init__(self, path_or_file: str | os.PathLike[str] | IO[Any]) -> None:
        self.parts: list[str] = []
        self.owned = isinstance(path_or_file, (str, os.PathLike))
        self.out: IO[Any] = open(path_or_file, "wb") if self.owned else path_or_file  # noqa: SIM115
        self.text = isinstance(self.out, io.TextIOBase)

    def write(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        chunk = "".join(self.parts)
        self.parts.clear()
        self.out.write(chunk if self.text else chunk.encode("utf-8"))

    def close(self, failed: bool = False) -> None:
        """Write what is left; on failure, remove a file this sink created instead."""
        if not failed:
            self.flush()
        if self.owned:
            self.out.close()
            if failed:
                Path(self.out.name).unlink(missing_ok=True)


def write_gexf(graph: nx.Graph, path_or_file: str | os.PathLike[str] | IO[Any], *,
               title: str = "osint-kg", kind_key: str = "kind", label_key: str = "label",
               weight_key: str = "weight", start_key: str = "start", end_key: str = "end",
               palette: Mapping[str, tuple[int, int, int]] | None = None,
               sizes: Mapping[str, float] | None = None) -> None:
    """Write a graph as GEXF 1.3 for Gephi.

    Reads node and edge attribute dicts; writes one XML document. Node ``label`` comes from
    ``label_key`` (else the id); node colour and size from ``kind_key``. Edges get ``label``,
    ``kind`` (a GEXF 1.3 edge attribute) and a numeric ``weight``. Every other attribute becomes a
    typed column with one type per key (lists of strings are ``liststring``; dates are ISO
    strings, the 1.3 schema having no date type). When any element has ``start_key``/``end_key``
    the graph is written ``mode="dynamic" timeformat="date"`` with those dates on the elements.

    The document is streamed out in batches of elements (a 100k-article claims view is ~200 MB
    of XML): the whole tree is never held in memory.

    Args:
        graph: any networkx graph; directed graphs give ``defaultedgetype="directed"``.
        path_or_file: a path, or a binary (or text) file object.
        title: written as the ``<meta>`` description.
        kind_key: the attribute naming a node's or edge's kind.
        label_key: the attribute holding the display label.
        weight_key: the edge attribute holding a number for ``weight``.
        start_key: the attribute holding the first date an element exists.
        end_key: the attribute holding the last date an element exists.
        palette: RGB colours per node kind, merged over :data:`DEFAULT_PALETTE`.
        sizes: node sizes per kind, merged over :data:`DEFAULT_SIZES`.

    Raises:
        ExportError: two nodes share an id once written as text, or a palette/size is invalid.
    """
    edges = (graph.edges(keys=True, data=True) if graph.is_multigraph()
             else ((u, v, None, d) for u, v, d in graph.edges(data=True)))
    write_gexf_records(graph.nodes(data=True), edges, path_or_file, directed=graph.is_directed(),
                       multigraph=graph.is_multigraph(), title=title, kind_key=kind_key,
                       label_key=label_key, weight_key=weight_key, start_key=start_key,
                       end_key=end_key, palette=palette, sizes=sizes)


def write_gexf_records(nodes: Iterable[tuple[Any, Mapping[Any, Any]]],
                       edges: Iterable[tuple[Any, Any, Any, Mapping[Any, Any]]],
                       path_or_file: str | os.PathLike[str] | IO[Any], *, directed: bool = True,
                       multigraph: bool = True, title: str = "osint-kg", kind_key: str = "kind",
                       label_key: str = "label", weight_key: str = "weight",
                       start_key: str = "start", end_key: str = "end",
                       palette: Mapping[str, tuple[int, int, int]] | None = None,
                       sizes: Mapping[str, float] | None = None) -> None:
    """:func:`write_gexf` for nodes and edges not held in a networkx graph (the same document).

    ``kg.export`` writes its views through this: building a 100k-article MultiDiGraph only to
    walk it again costs seconds.

    Args:
        nodes: ``(node, attributes)`` pairs, each node once.
        edges: ``(source, target, key, attributes)``; with ``multigraph`` the keys become edge
            ids when they are unique, else ``source->target`` is used (a non-multigraph's keys
            are ignored).
        path_or_file: a path, or a binary (or text) file object.
        directed: ``defaultedgetype="directed"`` (else undirected).
        multigraph: whether ``key`` tells parallel edges apart.
        title, kind_key, label_key, weight_key, start_key, end_key, palette, sizes: as for
            :func:`write_gexf`.

    Raises:
        ExportError: two nodes share an id once written as text, or a palette/size is invalid.
    """
    node_list = list(nodes)
    edge_records = list(edges)
    edge_list = [(u, v, d) for u, v, _, d in edge_records]
    edge_ids = _edge_ids([(u, v, k) for u, v, k, _ in edge_records], multigraph)
    del edge_records
    colours = {**DEFAULT_PALETTE, **(palette or {})}
    node_sizes = {**DEFAULT_SIZES, **(sizes or {})}
    node_ids = {node: _clean(str(node)) for node, _ in node_list}
    if len(set(node_ids.values())) != len(node_ids):
        raise ExportError("two nodes would share a GEXF id once written as text")
    span = _Spans(start_key, end_key)
    spans = [span(d, lambda n=n: f"node {node_ids[n]}") for n, d in node_list]
    edge_spans = [span(d, lambda u=u, v=v: f"edge {u}->{v}") for u, v, d in edge_list]
    dynamic = any(spans) or any(edge_spans)

    node_kinds = _key_kinds((d for _, d in node_list), {label_key, start_key, end_key})
    edge_kinds = _key_kinds((d for _, _, d in edge_list),
                            {label_key, kind_key, weight_key, start_key, end_key})
    node_attr_ids, node_decl = _declare("node", node_kinds)
    edge_attr_ids, edge_decl = _declare("edge", edge_kinds)
    mode = ' mode="dynamic" timeformat="date"' if dynamic else ' mode="static"'
    node_kind_names = [None if (k := d.get(kind_key)) is None else str(k) for _, d in node_list]
    viz = {kind: _viz(kind, colours, node_sizes) for kind in dict.fromkeys(node_kind_names)}

    sink = _Sink(path_or_file)
    try:
        sink.write(
            "<?xml version='1.0' encoding='UTF-8'?>\n"
            f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" xmlns:xsi="{XSI_NS}" version="1.3" '
            f'xsi:schemaLocation="{GEXF_NS} {GEXF_NS}/gexf.xsd">\n'
            f'  <meta lastmodifieddate="{dt.date.today().isoformat()}">\n'
            "    <creator>osint-kg</creator>\n"
            f"    <description>{_attr(title)}</description>\n"
            "  </meta>\n"
            f'  <graph defaultedgetype="{"directed" if directed else "undirected"}"{mode}>\n'
            f"{node_decl}{edge_decl}"
            f'    <nodes count="{len(node_list)}">\n')
        escaped_ids = {node: _attr(node_id) for node, node_id in node_ids.items()}
        escapes = _Escapes()
        for count, ((node, data), node_span, kind) in enumerate(zip(node_list, spans, node_kind_names), 1):
            label = data.get(label_key)
            label = escaped_ids[node] if label is None else escapes[_text(label)]
            sink.write(f'      <node id="{escaped_ids[node]}" label="{label}"{node_span}>\n'
                       f'{_attvalues(data, node_kinds, node_attr_ids, "        ", escapes)}{viz[kind]}'
                       "      </node>\n")
            if count % _FLUSH_EVERY == 0:
                sink.flush()
        sink.write(f'    </nodes>\n    <edges count="{len(edge_list)}">\n')
        for count, ((u, v, data), edge_id, edge_span) in enumerate(
                zip(edge_list, edge_ids, edge_spans), 1):
            attrs = f'id="{_attr(edge_id)}" source="{escaped_ids[u]}" target="{escaped_ids[v]}"'
            if data.get(label_key) is not None:
                attrs += f' label="{escapes[_text(data[label_key])]}"'
            if data.get(kind_key) is not None:
                attrs += f' kind="{escapes[_text(data[kind_key])]}"'
            weight = data.get(weight_key)
            if (type(weight) is float or _value_kind(weight) in _NUMERIC) and math.isfinite(weight):
                attrs += f' weight="{float(weight)!r}"'
            elif weight is not None:
                log.warning("edge %s: weight %r is not a finite number; left out", edge_id, weight)
            values = _attvalues(data, edge_kinds, edge_attr_ids, "        ", escapes)
            sink.write(f"      <edge {attrs}{edge_span}>\n{values}      </edge>\n" if values
                       else f"      <edge {attrs}{edge_span}/>\n")
            if count % _FLUSH_EVERY == 0:
                sink.flush()
        sink.write("    </edges>\n  </graph>\n</gexf>\n")
    except BaseException:
        sink.close(failed=True)
        raise
    sink.close()


def validate_gexf(path_or_bytes: str | os.PathLike[str] | bytes,
                  schema_dir: str | os.PathLike[str]) -> list[str]:
    """Check a GEXF document against the GEXF 1.3 RELAX NG schema.

    ``xsi:*`` attributes are removed first: the official RNG does not allow
    ``xsi:schemaLocation`` although the GEXF primer recommends writing it.

    Args:
        path_or_bytes: a file path, or the document itself as bytes.
        schema_dir: the folder holding ``gexf.rng`` (and the ``viz.rng``/``dynamics.rng`` it
            includes).

    Returns:
        One ``line:column: message`` string per error; an empty list when the document is valid.
        A document that is not well-formed XML gives its parse error.

    Raises:
        ExportError: the schema is missing or cannot be compiled.
    """
    rng = Path(schema_dir) / "gexf.rng"
    try:
        schema = etree.RelaxNG(file=str(rng))
    except (OSError, etree.RelaxNGParseError) as err:
        raise ExportError(f"cannot load the GEXF schema {rng}: {err}") from err
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        if isinstance(path_or_bytes, bytes):
            root = etree.fromstring(path_or_bytes, parser)
        else:
            root = etree.parse(str(path_or_bytes), parser).getroot()
    except etree.XMLSyntaxError as err:
        return [f"not well-formed XML: {err}"]
    for element in root.iter():
        for name in [n for n in element.attrib if n.startswith(f"{{{XSI_NS}}}")]:
            del element.attrib[name]
    if schema.validate(root):
        return []
    return [f"{e.line}:{e.column}: {e.message}" for e in schema.error_log]


def _flat_value(value: Any, kind: str, list_sep: str) -> Any:
    """A value as the scalar its column holds (lists joined with ``list_sep``)."""
    if kind == "boolean":
        return bool(value)
    if kind in ("integer", "long"):
        return int(value)
    if kind == "double":
        return float(value)
    return _text(value, list_sep)


def _flat_dict(data: Mapping[Any, Any], kinds: dict[Any, str], list_sep: str,
               xml_safe: bool) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        if value is None or key not in kinds:
            continue
        flat = _flat_value(value, kinds[key], list_sep)
        out[_clean(str(key)) if xml_safe else key] = (
            _clean(flat) if xml_safe and isinstance(flat, str) else flat)
    return out


def flatten_attributes(graph: nx.Graph, *, list_sep: str = "; ",
                       xml_safe: bool = False) -> nx.Graph:
    """Copy a graph with every attribute a scalar of one type per key.

    Lists, tuples and sets are joined with ``list_sep``; dates become ISO strings; dicts become
    JSON; None values are dropped; a key whose values disagree in type becomes a string (integers
    mixed with floats become floats). Graph-level attributes are flattened one by one.

    Args:
        graph: the graph to copy; it is not changed.
        list_sep: the separator placed between list items.
        xml_safe: also strip characters XML 1.0 forbids from string ids, keys and values.

    Returns:
        A graph of the same class with the same nodes (and edge keys).

    Raises:
        ExportError: ``xml_safe`` would make two node ids equal.

    Example:
        >>> import networkx as nx
        >>> g = nx.Graph()
        >>> g.add_node("a", tags=["x", "y"], score=1, note=None)
        >>> g.add_node("b", score="high")
        >>> flatten_attributes(g).nodes["a"]
        {'tags': 'x; y', 'score': '1'}
    """
    node_kinds = _key_kinds((d for _, d in graph.nodes(data=True)), set())
    edge_kinds = _key_kinds((d for *_, d in graph.edges(data=True)), set())
    ids = {n: (_clean(n) if xml_safe and isinstance(n, str) else n) for n in graph.nodes}
    if len(set(ids.values())) != len(ids):
        raise ExportError("stripping characters illegal in XML would merge two node ids")
    graph_kinds = {k: _value_kind(v) for k, v in graph.graph.items()
                   if v is not None and k not in ("node_default", "edge_default")}
    flat = graph.__class__()
    flat.graph.update(_flat_dict(graph.graph, graph_kinds, list_sep, xml_safe))
    flat.add_nodes_from((ids[n], _flat_dict(d, node_kinds, list_sep, xml_safe))
                        for n, d in graph.nodes(data=True))
    # Multigraph edges come as (u, v, key, data): keep the key between the ends and the data.
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
    flat.add_edges_from((ids[e[0]], ids[e[1]], *e[2:-1],
                         _flat_dict(e[-1], edge_kinds, list_sep, xml_safe)) for e in edges)
    return flat


def write_graphml(graph: nx.Graph, path_or_file: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write GraphML that yEd and Cytoscape open: flat, single-typed attributes.

    Args:
        graph: any networkx graph.
        path_or_file: a path or a binary file object.
    """
    target = str(path_or_file) if isinstance(path_or_file, os.PathLike) else path_or_file
    nx.write_graphml(flatten_attributes(graph, xml_safe=True), target)


def _write_table(path: str | os.PathLike[str], fixed: list[str], kinds: dict[Any, str],
                 rows: Iterable[tuple[list[str], Mapping[Any, Any]]]) -> None:
    """One Neo4j import file: fixed columns, then one typed column per attribute key."""
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(fixed + [_text(k).replace(":", "_") + (
            f":{_NEO4J_TYPES[t]}" if t in _NEO4J_TYPES else "") for k, t in kinds.items()])
        for cells, data in rows:
            writer.writerow(cells + ["" if data.get(k) is None else
                                     _text(_flat_value(data[k], t, ";")) for k, t in kinds.items()])


def write_csv(graph: nx.Graph, nodes_path: str | os.PathLike[str],
              edges_path: str | os.PathLike[str], *, kind_key: str = "kind",
              label_key: str = "label") -> None:
    """Write node and edge CSV files in the ``neo4j-admin database import`` layout.

    Nodes: ``id:ID,label,:LABEL,...`` (the kind is the Neo4j label); edges:
    ``:START_ID,:END_ID,:TYPE,...`` (the kind is the relationship type, ``RELATED_TO`` when
    missing). Other columns carry Neo4j types (``:long``, ``:double``, ``:boolean``, ``:date``,
    ``:string[]`` with Neo4j's default ``;`` array delimiter). Text may hold newlines: import with
    ``--multiline-fields=true``.

    Args:
        graph: any networkx graph.
        nodes_path: where the node file goes.
        edges_path: where the edge file goes.
        kind_key: the attribute naming a node's or edge's kind.
        label_key: the attribute holding the display label.
    """
    def text(value: Any, default: str) -> str:
        return default if value is None else _text(value)

    _write_table(nodes_path, ["id:ID", "label", ":LABEL"],
                 _key_kinds((d for _, d in graph.nodes(data=True)), {kind_key, label_key}),
                 (([_text(n), text(d.get(label_key), _text(n)), text(d.get(kind_key), "")], d)
                  for n, d in graph.nodes(data=True)))
    _write_table(edges_path, [":START_ID", ":END_ID", ":TYPE"],
                 _key_kinds((d for *_, d in graph.edges(data=True)), {kind_key}),
                 (([_text(u), _text(v), text(d.get(kind_key), "RELATED_TO")], d)
                  for u, v, d in graph.edges(data=True)))
