"""The spaCy pipeline: a blank language plus project components, no trained model.

    spacy.blank(lang)
      -> newsgraph_hyphens   split "US-Präsident", "Trump-Putin-Gipfel" at the hyphens
      -> sentencizer
      -> newsgraph_lines     a line break ends a sentence (headlines have no full stop)
      -> lemmatizer          lookup tables from spacy-lookups-data
      -> entity_ruler        every surface form of the actor lexicon (ent_id = actor key)
      -> span_ruler          role titles into doc.spans["roles"]
      -> newsgraph_persons   persons the lexicon does not know, from titles,
                             appositions and speech verbs (see graph.extract.persons)
      -> newsgraph_orgs      organisations the lexicon does not know: "Name (ACR)", "... Forum"
      -> newsgraph_boilerplate  wire datelines and "Read more" lines name no actors

Pipelines are built once per language and cached. A trained pipeline can be
chosen with ``model=``; the project components are then added to it.
"""
from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from graph.errors import UsageError
from graph.ingest import DATE_HEADER, DATE_HEADER_TEXT

LANGS = ("de", "en")


@Language.factory("newsgraph_hyphens", default_config={"min_part": 1})
def make_hyphen_splitter(nlp: Language, name: str, min_part: int):
    """Split hyphenated compounds whose first part is capitalised, so that the
    parts can be matched on their own: "US-Präsident" -> "US" "-" "Präsident"."""

    from graph.lexicon import load_lexicon

    lex = load_lexicon()
    lang = nlp.lang

    def split(doc: Doc) -> Doc:
        with doc.retokenize() as retok:
            for token in doc:
                text = token.text
                if "-" not in text or len(text) < 3 or not text[0].isupper():
                    continue
                parts = [p for p in _hyphen_parts(text) if p]
                if len(parts) < 2 or any(len(p) < min_part for p in parts if p != "-"):
                    continue
                # only where a part names an actor: "US-Präsident", "Trump-Putin-Gipfel";
                # "Imhof-Kessler" and "Hans-Peter" stay whole
                if not any(lex.lookup(p, lang) is not None for p in parts[:-1] if p != "-"):
                    # (or a hyphenated name before the last part: "G-8-Gipfel" -> "G-8" "-" "Gipfel")
                    head = text.rsplit("-", 1)[0]
                    if "-" not in head or lex.lookup(head, lang) is None:
                        continue
                    parts = [head, "-", text[len(head) + 1 :]]
                heads = [(token, 0)] * len(parts)
                retok.split(token, parts, heads=heads)
        return doc

    return split


def _hyphen_parts(text: str) -> list[str]:
    out: list[str] = []
    for i, piece in enumerate(text.split("-")):
        if i:
            out.append("-")
        out.append(piece)
    return out


OPENING_QUOTES = frozenset({'"', "“", "„", "«", "»", "‘"})


@Language.component("newsgraph_lines")
def line_sentences(doc: Doc) -> Doc:
    """A token after a line break starts a sentence (titles and headings carry no full
    stop); the line break itself stays with the sentence before it. A quotation mark that opens
    a quote starts the quote's sentence ('... in Kyiv. "We will ...'), where the sentencizer
    leaves it at the end of the sentence before."""
    # through the array API: setting token.is_sent_start one by one rescans the doc each time
    starts = doc.to_array([SENT_START]).astype("int64")
    changed = False
    for i, token in enumerate(doc[:-1]):
        if token.is_space and i > 0 and starts[i] == 1:
            starts[i], changed = -1, True
        if ("\n" in token.text or "\n" in token.whitespace_) and starts[i + 1] != 1:
            starts[i + 1], changed = 1, True
        # (an opening mark has a space before it and none after it)
        if (token.text in OPENING_QUOTES and starts[i + 1] == 1 and starts[i] != 1 and not token.whitespace_
                and i > 0 and doc[i - 1].whitespace_):
            starts[i], starts[i + 1], changed = 1, -1, True
    if changed:
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


# "OSLO/GENF (dpa) - ", "BRUSSELS, June 4 (Reuters) - ", "AMMAN — " at the start of a line
DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:{DATE_HEADER_TEXT}[ \t]+)?" r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß/.', -]{1,40}?\s*\([^()\n]{1,30}\)|[A-ZÄÖÜ]{3,}(?:[ /-][A-ZÄÖÜ]{2,})*(?:,[^\n(]{1,25})?)\s*[-–—]\s+"
)


@Language.component("newsgraph_boilerplate")
def boilerplate(doc: Doc) -> Doc:
    """Wire datelines and page furniture ("Lesen Sie auch: ...", "Read more: ...") name
    no actors: their entities are dropped, and a dateline ends before the lead sentence."""
    from graph.extract.cues import cues
    from graph.extract.doctext import doc_text

    skip: list[tuple[int, int]] = []
    text = doc_text(doc)
    # a page copy's header line "date 2023-10-14" before the text: the text's first sentence starts after it
    if (head := DATE_HEADER.match(text)) is not None:
        after = doc.char_span(head.end(), head.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    for m in DATELINE.finditer(text):
        skip.append((m.start(), m.end()))
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    markers = tuple(cues(doc.lang_)["boilerplate_lines"])
    offset = 0
    for line in text.split("\n"):
        if line.strip().startswith(markers):
            skip.append((offset, offset + len(line)))
        offset += len(line) + 1
    if skip:
        doc.ents = [e for e in doc.ents if not any(a <= e.start_char < b for a, b in skip)]
        doc.user_data["skip_spans"] = skip
    return doc


def _add_rulers(nlp: Language, lang: str) -> None:
    from graph.lexicon import load_lexicon

    lex = load_lexicon()
    # right after the hyphen splitter: pattern texts then pass through nothing else
    ruler = nlp.add_pipe("entity_ruler", after="newsgraph_hyphens", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    patterns = []
    for form in lex.surface_forms(lang):
        text = form.text
        if text.endswith("-"):  # compounds are split by newsgraph_hyphens
            continue
        entry = lex.entry(form.key)
        if entry is None:
            continue
        patterns.append({"label": entry.kind, "pattern": text, "id": form.key})
        # English demonyms in the plural name the people: "aid for Ukrainians", "Palestinians in Gaza"
        if lang == "en" and form.form == "adjective" and text.endswith("an"):
            patterns.append({"label": entry.kind, "pattern": text + "s", "id": form.key})
        # German adjectives and names open sentences capitalised: "Kanadische Soldaten ..."
        if form.form == "adjective" and text[:1].islower():
            patterns.append({"label": entry.kind, "pattern": text[:1].upper() + text[1:], "id": form.key})
    _add_phrase_patterns(nlp, ruler, patterns)
    roles = nlp.add_pipe("span_ruler", name="role_ruler", after="entity_ruler", config={"spans_key": "roles", "phrase_matcher_attr": "ORTH"})
    role_patterns = []
    for r in lex.roles(lang):
        role_patterns.append({"label": "ROLE", "pattern": r.text, "id": r.en})
        # English writes titles in lower case after an article: "the EU's special envoy"
        if lang == "en" and r.text != r.text.lower():
            role_patterns.append({"label": "ROLE", "pattern": r.text.lower(), "id": r.en})
    # the patterns match on ORTH, which no component but the hyphen splitter changes: the
    # entity ruler (which checked its 2,000 patterns at every call) and the rest stay idle
    idle = [name for name in nlp.pipe_names if name not in ("newsgraph_hyphens", "role_ruler")]
    with nlp.select_pipes(disable=idle):
        roles.add_patterns(role_patterns)


def _pattern_words(nlp: Language, texts: list[str]) -> list[tuple[tuple[str, ...], tuple[bool, ...]]]:
    """The tokens of each pattern text as the entity ruler would see them: tokenizer and hyphen splitter."""
    with nlp.select_pipes(enable=["newsgraph_hyphens"]):
        return [(tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc)) for doc in nlp.pipe(texts)]


def _add_phrase_patterns(nlp: Language, ruler, patterns: list[dict]) -> None:
    """``ruler.add_patterns(patterns)`` for phrase patterns, without tokenizing them at every start.

    EntityRuler.add_patterns runs the pipeline up to the ruler over every pattern text (8,000
    German ones took 0.8 s of each start). Their tokens are kept in graph.cache, keyed by the
    texts, spaCy's version and the code and data that split them; the Docs are rebuilt from
    the words, and each is registered as spaCy's add_patterns registers a phrase pattern."""
    from pathlib import Path

    from graph.cache import cached
    from graph.lexicon import LEXICON_FILES, _read

    texts = [p["pattern"] for p in patterns]
    sources = [nlp.lang, spacy.__version__, "\n".join(texts), Path(__file__), *(_read(name) for name in LEXICON_FILES)]
    tokens = cached(f"ruler_{nlp.lang}", sources, lambda: _pattern_words(nlp, texts))
    by_label: dict[str, list[Doc]] = {}
    for entry, (words, spaces) in zip(patterns, tokens):
        label = ruler._create_label(entry["label"], entry["id"])
        ruler._ent_ids[ruler.matcher._normalize_key(label)] = (entry["label"], entry["id"])
        doc = Doc(nlp.vocab, words=list(words), spaces=list(spaces))
        ruler.phrase_patterns[label].append(doc)
        by_label.setdefault(label, []).append(doc)
    for label, docs in by_label.items():
        ruler.phrase_matcher.add(label, docs)


def _add_abbreviations(nlp: Language, lang: str) -> None:
    """Scale and currency abbreviations with a full stop stay one token and end no sentence:
    "500 Mill. Dollar", "1,7 Mrd. Kr. (247,4 Mio. USD)"."""
    from spacy.attrs import ORTH

    from graph.extract.amounts import money

    for word in [*money()["scales"][lang], *money()["words"].get(lang, {})]:
        if word.endswith(".") and " " not in word:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def lemma_source(lang: str):
    """The file of spacy-lookups-data that holds the lemma table for ``lang``, or None."""
    from pathlib import Path

    from spacy.util import registry

    try:
        data = Path(registry.lookups.get(lang)["lemma_lookup"])
    except Exception:  # noqa: BLE001 - the package is laid out otherwise: no cache for it
        return None
    for path in (data, data.with_name(data.name + ".gz")):
        if path.exists():
            return path
    return None


def lemma_lookups(lang: str) -> Lookups:
    """spacy-lookups-data's lemma table for ``lang``, as the lemmatizer loads it; the German
    one has 355,000 forms and took most of a second to read, so it is kept in graph.cache as
    the sorted arrays of a :class:`graph.lemmas.LemmaTable`, keyed by the content of the data file."""
    from spacy.lookups import load_lookups

    from graph.cache import cached
    from graph.lemmas import LemmaTable, arrays

    def derive() -> tuple:
        table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        return (table.name, *arrays(table.keys(), table.values()))

    source = lemma_source(lang)
    if source is None:
        name, keys, index, lemmas = derive()
    else:
        name, keys, index, lemmas = cached(f"lemmatable_{lang}", [source, spacy.__version__], derive)
    lookups = Lookups()
    lookups.set_table("lemma_lookup", LemmaTable(name, keys, index, lemmas))
    return lookups


@cache
def get_pipeline(lang: str, model: str | None = None) -> Language:
    """The pipeline for ``lang``, built once per process."""
    if lang not in LANGS:
        raise UsageError(f"unsupported language {lang!r}; newsgraph reads {', '.join(LANGS)}")
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError:
            raise UsageError(f"spaCy pipeline {model!r} is not installed (pip install it, or leave out --model)") from None
        if nlp.lang != lang:
            raise UsageError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, the article is {lang!r}")
        nlp.add_pipe("newsgraph_hyphens", first=True)
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            nlp.add_pipe("sentencizer")
            nlp.add_pipe("newsgraph_lines")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("newsgraph_hyphens")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsgraph_lines")
        nlp.initialize()  # loads the vocabulary's lookup tables; the rulers below need no training
        lemmatizer = nlp.add_pipe("lemmatizer", after="newsgraph_lines", config={"mode": "lookup"})
        lemmatizer.initialize(nlp=nlp, lookups=lemma_lookups(lang))
    _add_rulers(nlp, lang)  # after initialize(), which would clear their patterns
    _add_abbreviations(nlp, lang)
    import graph.extract.persons  # noqa: F401  (registers the factory)

    nlp.add_pipe("newsgraph_persons")
    import graph.extract.orgs  # noqa: F401  (registers the factory)

    nlp.add_pipe("newsgraph_orgs")
    nlp.add_pipe("newsgraph_boilerplate")
    nlp.max_length = 30_000_000
    return nlp


def parse(text: str, *, lang: str, model: str | None = None) -> Doc:
    return get_pipeline(lang, model)(text)
