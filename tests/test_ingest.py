"""graph.ingest: paths in, Articles out; every bad file reported, never raised."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError, UsageError
from graph.ingest import MAX_BYTES, MAX_TITLE, Unreadable, decode, detect_language, iter_articles, parse_html

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def read(paths, **options):
    """(articles, errors) for ``paths``, collecting errors instead of raising."""
    errors: list[InputError] = []
    articles = list(iter_articles([Path(p) for p in paths], on_error=errors.append, **options))
    return articles, errors


def read_one(path: Path, **options):
    articles, errors = read([path], **options)
    assert errors == []
    assert len(articles) == 1
    return articles[0]


# --------------------------------------------------------------------------- decoding

SENTENCE = "Die Außenministerin sagte „zwei Milliarden €“ zu."


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + SENTENCE.encode("utf-32-be"),
        SENTENCE.encode("cp1252"),
        SENTENCE.encode("utf-16-le"),  # no BOM, but every other byte NUL
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "cp1252", "utf16le-no-bom"],
)
def test_decode_reads_every_supported_encoding(data):
    assert decode(data) == SENTENCE


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Die Außenministerin".encode("latin-1"), "Die Außenministerin"),
        # UTF-8 with a Latin-1 ß mixed in: both survive, nothing is mis-decoded as mojibake
        ("Grüße aus Köln, ".encode() + "Außenministerin".encode("latin-1"), "Grüße aus Köln, Außenministerin"),
        # 0x81 is undefined in cp1252: read as Latin-1 rather than refused
        (b"A\x81B \xe4", "A\x81B ä"),
    ],
    ids=["latin1", "utf8-with-latin1-mixed-in", "cp1252-undefined-byte"],
)
def test_decode_falls_back_to_cp1252_for_bytes_that_are_not_utf8(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PNG_HEADER + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
        (b"Kanada \x00\x00\x00 hilft" * 10, "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6]) * 50 + b"text", "control characters"),
    ],
    ids=["png", "jpeg", "pdf", "zip", "gzip", "nul", "control"],
)
def test_decode_refuses_binary_data(data, kind):
    with pytest.raises(Unreadable, match="binary file, not an article") as info:
        decode(data)
    assert kind in str(info.value)


def test_decode_refuses_a_bom_followed_by_invalid_data():
    with pytest.raises(Unreadable, match="UTF-8"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe broken")


# --------------------------------------------------------------------------- text files


def test_text_article_fields(tmp_path):
    path = tmp_path / "carney.txt"
    path.write_bytes("\n\nCanada pledges aid\r\nMark Carney announced new aid for Ukraine.\r\n".encode())
    article = read_one(path, published=date(2025, 6, 17))
    assert article.text == "Canada pledges aid\nMark Carney announced new aid for Ukraine."
    assert article.title == "Canada pledges aid"
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert (article.sha256, article.id) == (digest, digest[:16])
    assert article.source == str(path)
    assert article.lang == "en"
    assert article.published == date(2025, 6, 17)


@pytest.mark.parametrize("head,published", [
    ("date 2023-10-14", date(2023, 10, 14)),
    ("Date: 2023-10-14", date(2023, 10, 14)),
    ("date 2023-10", None),  # a month dates nothing to the day
    ("dated 2023-10-14", None),
])
def test_a_header_line_with_a_day_is_the_publication_date(tmp_path, head, published):
    path = tmp_path / "a.txt"
    path.write_text(f" {head} Amman (dpa) - Deutschland sagt Hilfe zu.\n", encoding="utf-8")
    article = read_one(path)
    assert article.published == published
    assert article.text.startswith(head)  # the text keeps its header: offsets refer to the file
    assert read_one(path, published=date(2024, 1, 2)).published == date(2024, 1, 2)  # the option wins


def test_text_is_normalised_to_nfc_and_unix_line_ends(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_bytes("A\u0308rger in Mu\u0308nchen\rzweite Zeile\r\ndritte".encode())
    article = read_one(path)
    assert article.text == "Ärger in München\nzweite Zeile\ndritte"


def test_markdown_title_loses_its_hashes_but_the_text_keeps_them(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Kanada sagt Hilfe zu #\n\nDer Premierminister kündigte neue Hilfe an.\n", encoding="utf-8")
    article = read_one(path)
    assert article.title == "Kanada sagt Hilfe zu"
    assert article.text.startswith("# Kanada sagt Hilfe zu #\n")


def test_same_text_gives_the_same_id(tmp_path):
    (tmp_path / "a.txt").write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + "Kanada hilft der Ukraine.\r\n".encode("utf-16-le"))
    first, second = read([tmp_path])[0]
    assert first.id == second.id and first.source != second.source


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty article"),
        (b"  \n\t\r\n   ", "empty article"),
        (codecs.BOM_UTF8, "empty article"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty article"),
        (PNG_HEADER + os.urandom(64), "binary file, not an article"),
    ],
    ids=["empty", "whitespace", "bom-only", "utf16-whitespace", "png"],
)
def test_bad_file_is_reported_and_the_next_one_still_read(tmp_path, data, problem):
    bad = tmp_path / "a_bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "b_good.txt"
    good.write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    articles, errors = read([tmp_path])
    assert [a.source for a in articles] == [str(good)]
    assert len(errors) == 1
    assert errors[0].path == str(bad)
    assert problem in errors[0].problem
    assert str(errors[0]).startswith(f"{bad}: ")


def test_file_over_the_limit_is_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written
        handle.truncate(MAX_BYTES + 1)
    articles, errors = read([path])
    assert articles == []
    assert [e.path for e in errors] == [str(path)]
    assert "too large" in errors[0].problem


def test_twenty_megabytes_are_read(tmp_path):
    paragraph = "Die Außenministerin sagte der Ukraine weitere Hilfe zu. " * 20 + "\n"
    path = tmp_path / "long.txt"
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < 20 * 2**20:
            handle.write(paragraph)
            written += len(paragraph.encode())
    article = read_one(path)
    assert len(article.text) > 19 * 2**20 // 2  # characters, not bytes: ß and ä are two bytes
    assert article.lang == "de"


def test_a_line_of_a_million_characters(tmp_path):
    line = ("Kanada sagte der Ukraine Hilfe zu und " * 30000)[:1_000_000]
    path = tmp_path / "oneline.txt"
    path.write_text(line, encoding="utf-8")
    article = read_one(path)
    assert article.text == line.strip()
    assert len(article.title) <= MAX_TITLE + 1
    assert article.title.endswith("…") and line.startswith(article.title[:-1])


def test_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Kanada hilft.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read a mode-000 file (root)")
        articles, errors = read([path])
        assert articles == [] and "cannot read" in errors[0].problem
    finally:
        path.chmod(0o644)


# --------------------------------------------------------------------------- paths


def test_folders_are_read_recursively_in_sorted_order_and_other_suffixes_ignored(tmp_path):
    files = {
        "b.txt": "Zweiter Text über Kanada.",
        "a.md": "# Erster\nText über Kanada.",
        "sub/c.txt": "Dritter Text über Kanada.",
        "sub/deeper/d.htm": "<p>Vierter Text über Kanada.</p>",
        "z/e.ndjson": json.dumps({"text": "Fünfter Text über Kanada."}),
        "notes.docx": "not read",
        "image.png": "not read",
        ".hidden.txt": "not read",
        ".git/f.txt": "not read",
        "README": "not read",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    articles, errors = read([tmp_path])
    assert errors == []
    assert [Path(a.source).relative_to(tmp_path).as_posix().split(":")[0] for a in articles] == [
        "a.md", "b.txt", "sub/c.txt", "sub/deeper/d.htm", "z/e.ndjson",
    ]  # fmt: skip


def test_a_named_file_with_another_suffix_is_read_as_text(tmp_path):
    path = tmp_path / "article.text"
    path.write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    assert read_one(path).text == "Kanada hilft der Ukraine."


def test_missing_path_and_empty_folder_are_reported_in_order(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    good = tmp_path / "good.txt"
    good.write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, errors = read([missing, empty, good])
    assert [a.source for a in articles] == [str(good)]
    assert [(e.path, e.problem.split(" (")[0]) for e in errors] == [
        (str(missing), "no such file or folder"),
        (str(empty), "no articles in this folder"),
    ]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    articles, _ = read([path, tmp_path, Path(str(path))])
    assert len(articles) == 1


def test_raising_from_on_error_stops_the_run(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Kanada hilft.", encoding="utf-8")

    def strict(err: InputError) -> None:
        raise err

    articles = iter_articles([tmp_path], on_error=strict)
    with pytest.raises(InputError, match="empty article"):
        next(articles)


@pytest.mark.parametrize("lang", ["fr", "", "DE", "german"])
def test_unknown_lang_is_a_usage_error_at_call_time(tmp_path, lang):
    with pytest.raises(UsageError, match="lang"):
        iter_articles([tmp_path], lang=lang, on_error=lambda e: None)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lang_option_overrides_detection_and_metadata(tmp_path, lang):
    (tmp_path / "a.txt").write_text("The minister said that the aid will arrive.", encoding="utf-8")
    (tmp_path / "b.html").write_text('<html lang="fr"><p>Der Minister sagte, die Hilfe komme.</p></html>', encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Kanada hilft.", "lang": "en"}), encoding="utf-8")
    articles, errors = read([tmp_path], lang=lang)
    assert errors == [] and [a.lang for a in articles] == [lang] * 3


# --------------------------------------------------------------------------- HTML

NOISY_PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head>
<meta charset="utf-8">
<title>Kanada sagt Hilfe zu | Beispielzeitung</title>
<meta property="og:title" content="Kanada sagt der Ukraine Hilfe zu">
<meta property="article:published_time" content="2025-08-19T09:30:00+02:00">
<style>.x { content: "STYLETEXT"; }</style>
<script>window.tracking = "SCRIPTTEXT";</script>
</head><body>
<header><a href="/">Beispielzeitung</a> HEADERTEXT</header>
<nav><ul><li>Politik</li><li>NAVTEXT</li></ul></nav>
<article>
  <h1>Kanada sagt der Ukraine Hilfe zu</h1>
  <p>Der Premierminister kündigte am Dienstag <b>neue</b>
     Hilfe an.</p>
  <!-- COMMENTTEXT -->
  <h2>Reaktionen</h2>
  <p>Die Regierung in Kiew<br>begrüßte die Zusage.</p>
  <aside>ASIDETEXT</aside>
  <form><input value="FORMTEXT"><button>FORMTEXT</button></form>
  <noscript>NOSCRIPTTEXT</noscript>
</article>
<footer>FOOTERTEXT</footer>
<script>document.write("SCRIPTTEXT")</script>
</body></html>
"""


def test_html_keeps_the_article_and_drops_the_noise():
    title, body, published, lang = parse_html(NOISY_PAGE)
    assert title == "Kanada sagt der Ukraine Hilfe zu"
    assert published == date(2025, 8, 19)
    assert lang == "de"
    assert body.split("\n") == [
        "Kanada sagt der Ukraine Hilfe zu",
        "Der Premierminister kündigte am Dienstag neue Hilfe an.",
        "Reaktionen",
        "Die Regierung in Kiew",
        "begrüßte die Zusage.",
    ]


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ('<meta property="og:title" content="From og">', "<title>From title</title><h1>From h1</h1>", "From og"),
        ("", "<h1>From  h1</h1><p>text</p>", "From h1"),
        ("<title>From title</title>", "<p>text</p>", "From title"),
        ("", "<p>Only a paragraph.</p>", "Only a paragraph."),
    ],
    ids=["og", "h1", "title", "first-line"],
)
def test_html_title_sources(tmp_path, head, body, title):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    article = read_one(path)
    assert article.title == title
    assert article.text.split("\n")[0] == title


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<meta name="date" content="2025-06-17">', date(2025, 6, 17)),
        ('<meta itemprop="datePublished" content="2025-06-16T12:00:00Z">', date(2025, 6, 16)),
        ('<time datetime="2025-06-15">Sunday</time>', date(2025, 6, 15)),
        ('<time datetime="yesterday">?</time>', date(2024, 1, 1)),  # unusable: the option wins
        ("", date(2024, 1, 1)),
    ],
    ids=["meta-date", "itemprop", "time", "bad-time", "none"],
)
def test_html_published_date(tmp_path, markup, expected):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head></head><body>{markup}<p>Kanada hilft.</p></body></html>", encoding="utf-8")
    assert read_one(path, published=date(2024, 1, 1)).published == expected


@pytest.mark.parametrize("charset", ["windows-1252", "ISO-8859-1", "us-ascii"])
def test_html_meta_charset_is_honoured(tmp_path, charset):
    path = tmp_path / "page.html"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
    path.write_bytes((page + "<body><p>Die Außenministerin sagt „ja“.</p></body></html>").encode("cp1252"))
    assert read_one(path).text == "Die Außenministerin sagt „ja“."


@pytest.mark.parametrize(
    "page",
    ["<html><head><title>x</title></head><body></body></html>", "<html><script>only()</script></html>"],
    ids=["no-body-text", "script-only"],
)
def test_html_without_text_is_an_empty_article(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    articles, errors = read([path])
    assert articles == [] and "empty article" in errors[0].problem


# --------------------------------------------------------------------------- JSON lines


def test_json_lines_metadata_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "Canada pledges aid", "text": "Canada pledged aid to Ukraine.",
                    "date": "2025-06-17", "url": "https://example.org/a", "lang": "en"}),
        json.dumps({"title": "only a title"}),
        "{not json",
        "",
        json.dumps({"body": "Kanada sagte der Ukraine Hilfe zu.", "published": "2025-06-18T08:00:00Z"}),
        json.dumps(["a", "list"]),
        json.dumps({"content": "Der Kanzler traf den Präsidenten.", "title": " Treffen\nin Kiew ", "language": "de-AT"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "", "body": "Der Kanzler sprach mit dem Präsidenten.", "title": 42}),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = read([path], published=date(2025, 1, 1))
    assert [(a.title, a.source, a.published, a.lang) for a in articles] == [
        ("Canada pledges aid", "https://example.org/a", date(2025, 6, 17), "en"),
        ("Kanada sagte der Ukraine Hilfe zu.", f"{path}:5", date(2025, 6, 18), "de"),
        ("Treffen in Kiew", f"{path}:7", date(2025, 1, 1), "de"),
        ("Der Kanzler sprach mit dem Präsidenten.", f"{path}:9", date(2025, 1, 1), "de"),
    ]
    assert articles[0].text == "Canada pledges aid\nCanada pledged aid to Ukraine."
    assert [(e.path, e.problem.split(" (")[0]) for e in errors] == [
        (f"{path}:2", "missing text"),
        (f"{path}:3", "malformed JSON"),
        (f"{path}:6", "expected a JSON object, not list"),
        (f"{path}:8", "missing text"),
    ]


def test_a_title_already_in_the_text_is_not_repeated(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"title": "Kanada hilft", "text": "Kanada hilft\nDer Premier sagte zu."}), encoding="utf-8")
    assert read_one(path).text == "Kanada hilft\nDer Premier sagte zu."


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Bundeskanzler traf am Dienstag den Präsidenten der Ukraine in Berlin.", "de"),
        ("The chancellor met the president of Ukraine in Berlin on Tuesday.", "en"),
        ("Kanada hilft der Ukraine", "de"),
        ("Canada helps Ukraine with the money", "en"),
        ("Außenministerin reist", "de"),  # no stop word, but ß
        ("Merz trifft Selenskyj", "de"),  # no stop word, no umlaut: letter groups
        ("Carney meets Zelensky in Ottawa", "en"),
        ("Canada pledges aid", "en"),
        ("", "en"),
        ("12345 — 2025", "en"),
        # mixed: a German report quoting English, an English report quoting German
        ('Die Ministerin sagte, man werde helfen: "We stand with Ukraine." Das sei ein klares Signal.', "de"),
        ('The minister said in Berlin: "Wir stehen an der Seite der Ukraine." It was a strong message to the allies.', "en"),
        # an English text with German names is still English
        ("Chancellor Friedrich Merz met Jürgen Hardt and Bärbel Bas in Düsseldorf, and they said that it was good.", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_reads_only_the_start():
    text = "The talks went on for hours and the ministers agreed. " * 40 + "Der die das und oder aber. " * 400
    assert detect_language(text) == "en"


def test_a_symlink_loop_is_reported_not_raised(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "good.txt").write_text("Kanada hilft der Ukraine.", encoding="utf-8")
    articles, errors = read([tmp_path, tmp_path / "loop.txt"])
    assert [a.source for a in articles] == [str(tmp_path / "good.txt")]
    assert [e.path for e in errors] == [str(tmp_path / "loop.txt")] * 2
    assert all("cannot read" in e.problem for e in errors)
