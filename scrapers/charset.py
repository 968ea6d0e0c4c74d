"""Charset detection for fetched bodies: BOM, header, ``<meta>``, then sniffing.

Reads: body bytes and the ``Content-Type`` header value.
Writes: a Python codec name (or None) and the decoded text.

requests assumes ISO-8859-1 for ``text/*`` without a charset, which garbles most of the web;
here the order is the HTML standard's (BOM, transport header, ``<meta>`` prescan), then a sniff.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["decode_text", "detect_encoding", "media_type", "undecodable_share", "MAX_UNDECODABLE"]

# One stray byte is decoded to U+FFFD and the page kept (browsers do the same); a body where a
# large share of characters cannot be decoded is binary or in a charset it does not declare,
# and anything extracted from it would be noise.
MAX_UNDECODABLE = 0.1

# The HTML spec's prescan reads 1024 bytes; real pages put <meta charset> after long comments.
_META_SCAN = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# WHATWG Encoding: these labels all mean windows-1252 on the web.
_WIN1252 = frozenset(
    "ascii us-ascii iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 "
    "windows-1252 x-cp1252 cp1252".split()
)
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")
)




def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _codec(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, with the web's windows-1252 aliasing."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = (label or "").strip().strip("\"'").lower()
    if not label:
        return None
    if label in _WIN1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def detect_encoding(content: bytes, content_type: str | None = None) -> str | None:
    """Find the charset of a body: BOM, then the header's charset, then ``<meta>``, then sniffing.

    The byte-order mark comes first, as in the HTML standard: it cannot be wrong, headers can.
    Sniffing takes UTF-8 whenever valid UTF-8 sequences outnumber invalid bytes (one bad byte
    must not flip a UTF-8 page to a single-byte codec and garble every accent), else asks
    charset_normalizer.

    Args:
        content: the body bytes.
        content_type: the ``Content-Type`` header value, if any.

    Returns:
        A Python codec name, or None when nothing can be said (decode as UTF-8 then).

    >>> detect_encoding(b"caf\\xe9", "text/html; charset=ISO-8859-1")
    'cp1252'
    >>> detect_encoding(b'<meta charset="utf-8">caf\\xc3\\xa9')
    'utf-8'
    """
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    params = (content_type or "").split(";")[1:]
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and _codec(value):
            return _codec(value)
    media = media_type(content_type)
    if media in ("", "text/html", "application/xhtml+xml"):
        match = _META_CHARSET.search(content[:_META_SCAN])
        label = _codec(match.group(1)) if match else None
        if label:
            # HTML: a <meta> claiming UTF-16 in an ASCII-compatible document means UTF-8.
            return "utf-8" if label.startswith("utf-16") else label
    return _sniff_encoding(content)


def _sniff_encoding(content: bytes) -> str | None:
    if not content:
        return None
    # Counting with str/bytes methods keeps this fast on a 10 MB page.
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - content.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad == 0 or valid >= bad:
        return "utf-8"
    # Latin-script text (high bytes sparse among ASCII letters: French, German, Spanish...) is
    # windows-1252, the web's default; charset_normalizer guesses mac-latin2 or even Shift-JIS
    # for such short samples. Dense high bytes mean another script: let it detect that.
    letters = len(content.translate(None, _NOT_LETTERS))
    high = len(content) - len(content.decode("ascii", errors="ignore"))
    if high <= 0.3 * (letters + high):
        return "cp1252"
    best = charset_normalizer.from_bytes(content).best()
    return _codec(best.encoding) if best is not None else None


def decode_text(content: bytes, encoding: str | None) -> str:
    """Decode ``content`` with ``encoding`` (UTF-8 when None), never failing on a bad byte.

    >>> decode_text(b"\\xef\\xbb\\xbfok \\xff", "utf-8")
    'ok \\ufffd'
    """
    text = content.decode(_codec(encoding) or "utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text



_media_type = media_type  # the name fetch.py has always used


def undecodable_share(content: bytes, encoding: str | None) -> float:
    """The share of visible characters that do not decode (become U+FFFD) with ``encoding``.

    >>> undecodable_share(b"caf\\xc3\\xa9 ok", "utf-8")
    0.0
    >>> undecodable_share(bytes(range(128, 256)), "utf-8")
    1.0
    """
    text = decode_text(content, encoding)
    bad = text.count("\ufffd") - content.count(b"\xef\xbf\xbd")
    visible = len(text) - sum(text.count(c) for c in " \t\r\n")
    return max(0, bad) / visible if visible else 0.0
