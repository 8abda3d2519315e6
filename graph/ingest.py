"""Articles in, in any shape: files and folders of .txt, .md, .html and .jsonl.

``iter_articles`` turns paths into :class:`graph.model.Article` records. A file
that cannot be read as an article is reported through ``on_error`` with an
:class:`InputError` naming the file and the problem, and the run goes on; the
caller decides whether that is fatal (``--strict`` raises from ``on_error``).

Bytes become text by a short, careful chain: a byte-order mark (UTF-8, UTF-16,
UTF-32) wins; otherwise UTF-8; otherwise the bytes that are not UTF-8 are read
as Windows-1252 (Latin-1 for the five bytes cp1252 leaves undefined), so a
Latin-1 file and a UTF-8 file with a few Latin-1 bytes mixed in both keep their
"ß". Binary data, empty files and files over 50 MB are refused.
"""
from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from importlib.resources import files
from pathlib import Path

from graph.errors import InputError, UsageError
from graph.model import Article

LANGS = ("auto", "de", "en")
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

MAX_BYTES = 50 * 1024 * 1024
MAX_TITLE = 200  # characters; a title longer than this is cut at a word boundary
DETECT_CHARS = 2000  # language detection looks at the start of the text only
SNIFF_BYTES = 64 * 1024  # binary detection looks at the start of the file only

ErrorHandler = Callable[[InputError], None]
IgnoreHandler = Callable[[str, str], None]  # (path, why it is not an article)


class Unreadable(ValueError):
    """A file (or JSON line) that is not an article; the message is the problem, for InputError."""

# --------------------------------------------------------------------------- decoding

_BOMS = (  # UTF-32 first: its little-endian BOM begins with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old office document"),
)

# C0 control characters other than tab, newline, vertical tab, form feed, carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_RATIO = 0.05
_DECODED_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as cp1252 (Latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_cp1252_byte(b) for b in bad), err.end


def _cp1252_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([b]).decode("latin-1")


codecs.register_error("newsgraph-cp1252", _cp1252_fallback)


def _binary_kind(data: bytes) -> str | None:
    """What kind of binary ``data`` looks like, or None if it may be text (without a BOM)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return "contains NUL bytes"
    if head and len(_CONTROL.findall(head)) / len(head) > _CONTROL_RATIO:
        return "mostly control characters"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when every other byte of mostly-ASCII text is NUL, else None."""
    head = data[:SNIFF_BYTES]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Bytes to text by the chain described in the module docstring.

    Raises :class:`Unreadable` with the problem as its message for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise Unreadable(f"not valid {encoding.upper()} despite its byte-order mark ({err.reason})") from None
            if "\x00" in text[:SNIFF_BYTES]:
                raise Unreadable("binary file, not an article (contains NUL characters)")
            return text
    kind = _binary_kind(data)
    if kind == "contains NUL bytes":
        encoding = _utf16_without_bom(data)
        if encoding:
            return data.decode(encoding, errors="replace")
    if kind:
        raise Unreadable(f"binary file, not an article ({kind})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Some bytes are not UTF-8. If no non-ASCII byte is valid UTF-8, the file is
    # cp1252/Latin-1 throughout; otherwise it is UTF-8 with a few such bytes mixed in.
    mixed = data.decode("utf-8", errors="replace")
    if _DECODED_NON_ASCII.search(mixed):
        return data.decode("utf-8", errors="newsgraph-cp1252")
    return data.decode("cp1252", errors="newsgraph-cp1252")


def normalise(text: str) -> str:
    """NFC, Unix line ends, no leading/trailing blank space: the text offsets refer to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


# --------------------------------------------------------------------------- language

_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_CHARS = frozenset("äöüß")
# Letter groups far more common in one language than in the other: a tie-breaker for
# texts too short to contain a stop word ("Merz trifft Selenskyj", "Carney meets Zelensky").
_DE_GROUPS = re.compile(r"sch|ung\b|ei|tz|cht|z")
_EN_GROUPS = re.compile(r"th|wh|ee|oo|ing\b|y\b|ou|ea")


@functools.cache
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en

    shared = de & en  # "in", "an", "was", "will", ... say nothing
    return frozenset(de - shared), frozenset(en - shared)


def detect_language(text: str) -> str:
    """'de' or 'en', from spaCy's stop-word lists and German letters in the first ~2000 characters.

    Each German stop word, and each word with ä, ö, ü or ß, counts for German; each
    English stop word for English. A tie (a headline without stop words) is decided by
    letter groups (sch, ung, z vs. th, wh, ee, final y); a text with no clue at all is English.
    """
    de_stop, en_stop = _stop_words()
    words = [w.lower() for w in _WORD.findall(text[:DETECT_CHARS])]
    de = sum(1 for w in words if w in de_stop or not _GERMAN_CHARS.isdisjoint(w))
    en = sum(1 for w in words if w in en_stop)
    if de == en:
        joined = " ".join(words)
        de = len(_DE_GROUPS.findall(joined))
        en = len(_EN_GROUPS.findall(joined))
    return "de" if de > en else "en"


def _lang_tag(value: object) -> str | None:
    """'de', 'de-DE', 'EN_us' -> 'de' / 'en'; anything else -> None."""
    match = re.match(r"(de|en)(?:[-_]|$)", value.strip().lower()) if isinstance(value, str) else None
    return match.group(1) if match else None


# --------------------------------------------------------------------------- records


def _parse_date(value: object) -> date | None:
    """An ISO date or date-time ('2025-08-19', '2025-08-19T10:00:00Z') -> date; else None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _title_of(text: str) -> str:
    """The first non-empty line, markdown '#' stripped, cut to MAX_TITLE characters."""
    for line in text.split("\n", 50):
        line = line.strip().strip("#").strip()
        if line:
            break
    else:
        line = ""
    if len(line) > MAX_TITLE:
        cut = line[:MAX_TITLE].rsplit(" ", 1)[0] or line[:MAX_TITLE]
        line = cut + "…"
    return line


# a page copy's header line before the text: "date 2023-10-14", "Date: 2023-10"
DATE_HEADER_TEXT = r"(?i:date):?[ \t]+(\d{4}-\d{2}(?:-\d{2})?)"
DATE_HEADER = re.compile(rf"\s*{DATE_HEADER_TEXT}\s+")


def make_article(
    text: str,
    *,
    source: str,
    lang: str,
    title: str | None = None,
    published: date | None = None,
    lang_hint: str | None = None,
) -> Article:
    """One Article from decoded text. ``lang`` is the option ("auto"/"de"/"en"), ``lang_hint``
    what the file itself says (HTML lang, JSONL field). Raises Unreadable for an empty text."""
    text = normalise(text)
    if not text:
        raise Unreadable("empty article")
    title = _squash(normalise(title or "")) or None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"  # the title is the first line, so that offsets refer to it
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if published is None and (head := DATE_HEADER.match(text)) is not None:
        # (a day stated in the header is the publication date; a month alone dates nothing to the day)
        published = _parse_date(head.group(1))
    if lang == "auto":
        lang = lang_hint or detect_language(text)
    return Article(
        id=digest[:16],
        title=_title_of(title or text),
        text=text,
        lang=lang,
        source=source,
        sha256=digest,
        published=published,
    )


# --------------------------------------------------------------------------- formats


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; Unreadable for what is not a regular, readable, small enough file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise Unreadable("no such file or folder") from None
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable("not a regular file")
    if info.st_size > MAX_BYTES:
        raise Unreadable(f"too large ({info.st_size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grows while read is still bounded
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from None
    if len(data) > MAX_BYTES:
        raise Unreadable(f"too large (over {MAX_BYTES // 2**20} MB)")
    return data


def _read_text(path: Path) -> str:
    text = decode(_read_bytes(path))
    if not text.strip():
        raise Unreadable("empty article")
    return text


def _text_articles(path: Path, source: str, lang: str, published: date | None) -> Iterator[Article]:
    yield make_article(_read_text(path), source=source, lang=lang, published=published)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg", "button")
_BLOCK_TAGS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "section", "article", "main", "figure", "figcaption", "table", "tr", "dd", "dt", "dl", "hr", "address",
)  # fmt: skip
_BREAK = "\ue000"  # a private-use character marks line breaks while the text is collected
_DATE_META = (
    {"property": "article:published_time"},
    {"name": "article:published_time"},
    {"itemprop": "datePublished"},
    {"name": "date"},
    {"name": "pubdate"},
    {"name": "dc.date"},
    {"name": "DC.date"},
)


def _decode_html(data: bytes) -> str:
    """HTML bytes to text: a BOM, else a <meta charset> the codec registry knows, else the chain."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        match = _META_CHARSET.search(data[:4096])
        if match:
            try:
                encoding = codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                encoding = None
            if encoding in ("iso8859-1", "ascii"):
                encoding = "cp1252"  # as browsers do (WHATWG Encoding Standard)
            if encoding and encoding not in ("utf-8", "utf-16", "utf-32") and _binary_kind(data) is None:
                return data.decode(encoding, errors="newsgraph-cp1252" if encoding == "cp1252" else "replace")
    return decode(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


def parse_html(markup: str) -> tuple[str | None, str, date | None, str | None]:
    """(title, body text with one paragraph or heading per line, published date, lang tag)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = None
    og = soup.find("meta", attrs={"property": "og:title"})
    if og and _squash(og.get("content") or ""):
        title = _squash(og["content"])
    elif (h1 := soup.find("h1")) and _squash(h1.get_text(" ")):
        title = _squash(h1.get_text(" "))
    elif soup.title and _squash(soup.title.get_text(" ")):
        title = _squash(soup.title.get_text(" "))

    published = None
    for attrs in _DATE_META:
        meta = soup.find("meta", attrs=attrs)
        if meta and (published := _parse_date(meta.get("content"))):
            break
    if published is None:
        for time in soup.find_all("time", attrs={"datetime": True}):
            if published := _parse_date(time["datetime"]):
                break

    lang_hint = _lang_tag(soup.html.get("lang")) if soup.html else None

    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    # Newlines in the markup are plain spaces in HTML; only blocks and <br> break lines.
    for br in root.find_all("br"):
        br.replace_with(_BREAK)
    for block in root.find_all(_BLOCK_TAGS):
        block.insert_before(_BREAK)
        block.insert_after(_BREAK)
    lines = (_squash(line) for line in root.get_text().split(_BREAK))
    body = "\n".join(line for line in lines if line)
    return title, body, published, lang_hint


def _html_articles(path: Path, source: str, lang: str, published: date | None) -> Iterator[Article]:
    title, body, meta_date, lang_hint = parse_html(_decode_html(_read_bytes(path)))
    if not body.strip():
        raise Unreadable("empty article (no text in the HTML page)")
    yield make_article(
        body, source=source, lang=lang, title=title, published=meta_date or published, lang_hint=lang_hint
    )


def _jsonl_articles(
    path: Path, source: str, lang: str, published: date | None, on_error: ErrorHandler
) -> Iterator[Article]:
    content = _read_text(path)
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            on_error(InputError(where, f"malformed JSON ({err.msg} at column {err.colno})"))
            continue
        if not isinstance(record, dict):
            on_error(InputError(where, f"expected a JSON object, not {type(record).__name__}"))
            continue
        text = next((v for k in ("text", "body", "content") if isinstance(v := record.get(k), str) and v.strip()), None)
        if text is None:
            on_error(InputError(where, "missing text (no non-empty 'text', 'body' or 'content' field)"))
            continue
        title = record.get("title") if isinstance(record.get("title"), str) else None
        url = record.get("url") if isinstance(record.get("url"), str) and record["url"].strip() else None
        day = _parse_date(record.get("published")) or _parse_date(record.get("date")) or published
        yield make_article(
            text,
            source=url.strip() if url else where,
            lang=lang,
            title=title,
            published=day,
            lang_hint=_lang_tag(record.get("lang") or record.get("language")),
        )


# --------------------------------------------------------------------------- paths


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


@functools.cache
def _not_articles() -> tuple[frozenset[str], str]:
    """The file names a folder build leaves out, and the page generator it recognises (graph/data/not_articles.json)."""
    data = json.loads(files("graph.data").joinpath("not_articles.json").read_text(encoding="utf-8"))
    return frozenset(name.casefold() for name in data["names"]), data["generator"]


_GENERATOR = re.compile(r"""<meta\s[^>]*name\s*=\s*["']?generator["']?[^>]*>""", re.IGNORECASE)


def _written_by(path: Path) -> str | None:
    """The generator a page names in its ``<meta name="generator">``, from the first 16 KB; None if none."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16384).decode("utf-8", errors="replace")
    except OSError:
        return None  # reported when the file is read
    tag = _GENERATOR.search(head)
    found = re.search(r"""content\s*=\s*["']?([^"'>]*)""", tag.group(0), re.IGNORECASE) if tag else None
    return found.group(1).strip() if found else None


def not_an_article(path: Path) -> str | None:
    """Why a file found in a folder is not an article (a README, LICENSE, ... or a page newsgraph wrote), else None."""
    names, generator = _not_articles()
    if path.name.split(".")[0].casefold() in names:
        return "a project document, not an article"
    if path.suffix.lower() in HTML_SUFFIXES and (_written_by(path) or "").casefold().startswith(generator):
        return f"a page {generator} wrote"
    return None


def _walk(folder: Path, on_error: ErrorHandler, on_ignore: IgnoreHandler | None = None) -> list[Path]:
    """Article files under ``folder``, recursively, in sorted order; hidden entries skipped.

    Files that are no articles (:func:`not_an_article`) are left out and passed to ``on_ignore``.
    """
    found: list[Path] = []
    failed = False

    def unreadable(err: OSError) -> None:
        nonlocal failed
        failed = True
        on_error(InputError(str(err.filename or folder), f"cannot read folder: {err.strerror or err}"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
        found.extend(
            Path(dirpath) / name
            for name in sorted(filenames)
            if not _is_hidden(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES
        )
    found = _drop_not_articles(found, on_ignore)
    if not found and not failed:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        on_error(InputError(str(folder), f"no articles in this folder (looked for {suffixes})"))
    return found


def _drop_not_articles(found: list[Path], on_ignore: IgnoreHandler | None) -> list[Path]:
    kept = []
    for path in found:
        reason = not_an_article(path)
        if reason is None:
            kept.append(path)
        elif on_ignore is not None:
            on_ignore(str(path), reason)
    return kept


def _files(paths: Sequence[Path], on_error: ErrorHandler, on_ignore: IgnoreHandler | None = None) -> Iterator[Path]:
    """Every file to read, in order, each once."""
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except (FileNotFoundError, NotADirectoryError):
            on_error(InputError(str(path), "no such file or folder"))
            continue
        except OSError as err:  # permission denied on the way, a symlink loop, ...
            on_error(InputError(str(path), f"cannot read: {err.strerror or err}"))
            continue
        for file in _walk(path, on_error, on_ignore) if is_dir else [path]:
            key = os.path.realpath(file)  # unlike Path.resolve, never raises on a symlink loop
            if key not in seen:
                seen.add(key)
                yield file


def iter_articles(
    paths: Sequence[Path],
    *,
    lang: str = "auto",
    published: date | None = None,
    on_error: ErrorHandler,
    on_ignore: IgnoreHandler | None = None,
) -> Iterator[Article]:
    """Every article under ``paths`` (files, or folders read recursively in sorted order).

    Folders yield their .txt, .md, .html/.htm and .jsonl/.ndjson files; a file named
    directly is read by its suffix, as plain text if the suffix is none of these.
    A file (or JSON line) that cannot be read is passed to ``on_error`` as an
    :class:`InputError` and skipped; raise from ``on_error`` to stop instead.
    ``lang`` "de"/"en" overrides detection and metadata; ``published`` is the date
    for articles whose metadata gives none. An unknown ``lang`` is a UsageError, raised here.
    A folder's README, LICENSE and the like, and pages newsgraph wrote (``<meta
    name="generator" content="newsgraph">``), are no articles: they are passed to
    ``on_ignore(path, reason)`` and left out (a file named directly is always read).
    """
    if lang not in LANGS:
        raise UsageError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return _iter_articles(paths, lang, published, on_error, on_ignore)


def _iter_articles(
    paths: Sequence[Path], lang: str, published: date | None, on_error: ErrorHandler,
    on_ignore: IgnoreHandler | None = None,
) -> Iterator[Article]:
    for path in _files(paths, on_error, on_ignore):
        source = str(path)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            articles = _jsonl_articles(path, source, lang, published, on_error)
        elif suffix in HTML_SUFFIXES:
            articles = _html_articles(path, source, lang, published)
        else:
            articles = _text_articles(path, source, lang, published)
        try:
            yield from articles  # a JSONL file reports its bad lines itself
        except Unreadable as err:
            on_error(InputError(source, str(err)))


__all__ = ["iter_articles", "detect_language", "decode", "parse_html", "make_article", "Unreadable", "MAX_BYTES"]
