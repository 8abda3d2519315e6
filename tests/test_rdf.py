"""The RDF stage: graph shape (golden file), literals, determinism, files, merge."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from graph import ids, rdf
from graph.errors import GraphError, OutputError, UsageError
from graph.model import Actor, Article, Evidence, KnowledgeBase, Meeting, Money, Pledge
from graph.vocab import NG, SCHEMA

GOLDEN = Path(__file__).parent / "golden" / "small.ttl"
BUILD_TIME = datetime(2025, 8, 25, 12, 0, tzinfo=timezone.utc)

TITLE = "Ottawa promises more weapons for Kyiv"
TEXT = (
    f"{TITLE}\n\n"
    "Prime Minister Mark Carney travelled to Kyiv on 24 August 2025. "
    "Canada will give Ukraine more than 2 billion Canadian dollars (about 1.25 billion euros) in military aid, "
    "Carney said at the G7 summit in June. "
    "Kanada und die Ukraine wollen enger zusammenarbeiten."
)
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
ARTICLE = Article(
    id=SHA[:16], title=TITLE, text=TEXT, lang="en", source="articles/carney.txt", sha256=SHA, published=date(2025, 8, 24)
)


def evidence(sentence_start: str, words: str, rule: str, *, text: str = TEXT, article_id: str = ARTICLE.id) -> Evidence:
    """Evidence for ``words`` in the sentence of ``text`` that starts with ``sentence_start``."""
    s0 = text.index(sentence_start)
    s1 = text.find(". ", s0)
    s1 = len(text) if s1 < 0 else s1 + 1
    start = text.index(words, s0)
    return Evidence(article_id, text[s0:s1], s0, s1, start, start + len(words), rule)


def small_kb() -> KnowledgeBase:
    canada = Actor(
        key="country:CA",
        kind="Country",
        labels=(("de", "Kanada"), ("en", "Canada")),
        alt_labels=("Canada", "Kanada", "Ottawa"),
        mentions=(evidence("Canada will", "Canada", "actor.lexicon"), evidence("Kanada und", "Kanada", "actor.lexicon")),
        wikidata="Q16",
        iso_code="CA",
    )
    ukraine = Actor(
        key="country:UA",
        kind="Country",
        labels=(("de", "Ukraine"), ("en", "Ukraine")),
        alt_labels=("Kyiv",),
        mentions=(evidence("Canada will", "Ukraine", "actor.lexicon"),),
        wikidata="Q212",
        iso_code="UA",
    )
    carney = Actor(
        key="person:mark-carney",
        kind="Person",
        labels=(("en", "Mark Carney"),),
        alt_labels=("Carney",),
        mentions=(evidence("Prime Minister", "Mark Carney", "actor.person"),),
        role="prime minister",
        affiliation="country:CA",
        wikidata="Q6767500",
    )
    pledge = Pledge(
        donor="country:CA",
        recipient="country:UA",
        amount=Money(Decimal("2E+9"), "CAD", "more than 2 billion Canadian dollars", qualifier="more than"),
        alt_amounts=(Money(Decimal("1.25E+9"), "EUR", "about 1.25 billion euros", qualifier="about"),),
        evidence=(evidence("Canada will", "Canada will give Ukraine more than 2 billion", "pledge.verb.en"),),
        kind="military",
        announced_by="person:mark-carney",
        date="2025-06",
        occasion="G7 summit",
    )
    meeting = Meeting(
        participants=("country:UA", "person:mark-carney"),
        evidence=(evidence("Prime Minister", "Mark Carney travelled to Kyiv", "meeting.visit.en"),),
        type="visit",
        place="Kyiv",
        date="2025-08-24",
    )
    return KnowledgeBase(articles=(ARTICLE,), actors=(canada, ukraine, carney), pledges=(pledge,), meetings=(meeting,))


def small_graph(**changes) -> Graph:
    return rdf.to_graph(replace(small_kb(), **changes), version="0.1.0", build_time=BUILD_TIME)


def subject_of(graph: Graph, cls: URIRef) -> URIRef:
    (node,) = graph.subjects(RDF.type, cls)
    return node


# ------------------------------------------------------------------ shape


def test_small_graph_matches_the_golden_file():
    golden = Graph().parse(GOLDEN, format="turtle")
    assert isomorphic(small_graph(), golden)


def test_labels_are_language_tagged_and_other_forms_are_alt_labels():
    g = small_graph()
    canada = URIRef(ids.actor_iri("country:CA"))
    assert set(g.objects(canada, RDFS.label)) == {Literal("Canada", lang="en"), Literal("Kanada", lang="de")}
    assert set(g.objects(canada, SKOS.altLabel)) == {Literal("Ottawa")}
    assert (canada, RDF.type, NG.Country) in g


def test_pledge_and_meeting_labels():
    g = small_graph()
    assert g.value(subject_of(g, NG.Pledge), RDFS.label) == Literal(
        "Canada → Ukraine: more than 2,000,000,000 CAD (military)", lang="en"
    )
    assert g.value(subject_of(g, NG.Meeting), RDFS.label) == Literal(
        "Visit: Ukraine, Mark Carney — Kyiv, 2025-08-24", lang="en"
    )


@pytest.mark.parametrize(
    "value, datatype",
    [("2025-08-24", XSD.date), ("2025-08", XSD.gYearMonth), ("2025", XSD.gYear)],
)
def test_dates_are_typed_by_precision(value, datatype):
    kb = small_kb()
    g = small_graph(meetings=(replace(kb.meetings[0], date=value),))
    assert g.value(subject_of(g, NG.Meeting), NG.date) == Literal(value, datatype=datatype)


def test_a_date_that_is_not_iso_is_refused():
    kb = small_kb()
    with pytest.raises(ValueError, match="not an ISO date"):
        small_graph(pledges=(replace(kb.pledges[0], date="June"),))


def test_amount_literals_and_provenance():
    g = small_graph()
    pledge = subject_of(g, NG.Pledge)
    amount = g.value(pledge, NG.amount)
    assert g.value(amount, SCHEMA.value) == Literal("2000000000.0", datatype=XSD.decimal)
    assert g.value(amount, SCHEMA.currency) == Literal("CAD")
    assert g.value(amount, NG.qualifier) == Literal("more than")
    assert g.value(amount, NG.currencyInferred) == Literal(False)
    alt = g.value(pledge, NG.alternativeAmount)
    assert g.value(alt, SCHEMA.value) == Literal("1250000000.0", datatype=XSD.decimal)
    article = URIRef(ids.article_iri(ARTICLE.id))
    for node in (pledge, amount, alt, subject_of(g, NG.Meeting), URIRef(ids.actor_iri("person:mark-carney"))):
        assert (node, PROV.wasDerivedFrom, article) in g


def test_mentions_keep_the_evidence():
    g = small_graph()
    mention = g.value(subject_of(g, NG.Meeting), NG.mention)
    start, end = int(g.value(mention, NG.start)), int(g.value(mention, NG.end))
    s0, s1 = int(g.value(mention, NG.sentenceStart)), int(g.value(mention, NG.sentenceEnd))
    assert TEXT[start:end] == str(g.value(mention, NG.exact)) == "Mark Carney travelled to Kyiv"
    assert TEXT[s0:s1] == str(g.value(mention, NG.sentence))
    assert g.value(mention, NG.start).datatype == XSD.integer
    assert str(g.value(mention, NG.rule)) == "meeting.visit.en"


def test_conflicting_figures_stay_separate_amounts_each_with_its_source():
    other_text = "Canada is to give Ukraine 2.04 billion Canadian dollars."
    other_sha = hashlib.sha256(other_text.encode()).hexdigest()
    other = Article(other_sha[:16], "Second report", other_text, "en", "b.txt", other_sha)
    kb = small_kb()
    first = kb.pledges[0]
    second = replace(
        first,
        amount=Money(Decimal("2040000000"), "CAD", "2.04 billion Canadian dollars"),
        alt_amounts=(),
        evidence=(evidence("Canada is", "Canada is to give", "pledge.verb.en", text=other_text, article_id=other.id),),
    )
    assert first.key == second.key  # the same pledge by identity
    g = small_graph(articles=(ARTICLE, other), pledges=(first, second))
    pledge = subject_of(g, NG.Pledge)
    sources = {
        str(g.value(amount, SCHEMA.value)): set(g.objects(amount, PROV.wasDerivedFrom))
        for amount in g.objects(pledge, NG.amount)
    }
    assert sources == {
        "2000000000.0": {URIRef(ids.article_iri(ARTICLE.id))},
        "2040000000.0": {URIRef(ids.article_iri(other.id))},
    }
    assert set(g.objects(pledge, PROV.wasDerivedFrom)) == {URIRef(ids.article_iri(a.id)) for a in (ARTICLE, other)}


@pytest.mark.parametrize(
    "kinds, expected",
    [
        (("military", "other"), {NG.MilitaryAid}),
        (("other", "other"), {NG.OtherAid}),
        (("humanitarian", "military"), {NG.HumanitarianAid, NG.MilitaryAid}),
    ],
)
def test_sources_that_name_the_kind_of_aid_win(kinds, expected):
    first = small_kb().pledges[0]
    g = small_graph(pledges=tuple(replace(first, kind=kind) for kind in kinds))
    pledge = subject_of(g, NG.Pledge)
    assert set(g.objects(pledge, NG.aidKind)) == expected
    assert "(other)" not in str(g.value(pledge, RDFS.label)) or expected == {NG.OtherAid}


def test_build_activity_uses_the_articles():
    g = small_graph()
    build = subject_of(g, PROV.Activity)
    assert set(g.objects(build, PROV.used)) == {URIRef(ids.article_iri(ARTICLE.id))}
    assert g.value(build, RDFS.comment) == Literal("newsgraph 0.1.0")
    assert g.value(build, PROV.startedAtTime) == Literal("2025-08-25T12:00:00+00:00", datatype=XSD.dateTime)
    assert (subject_of(g, NG.Pledge), PROV.wasGeneratedBy, build) in g


@pytest.mark.parametrize(
    "epoch, articles, expected",
    [
        ("1700000000", (ARTICLE,), "2023-11-14T22:13:20+00:00"),
        (None, (ARTICLE,), "2025-08-24T00:00:00+00:00"),
        (None, (replace(ARTICLE, published=None),), "1970-01-01T00:00:00+00:00"),
    ],
)
def test_build_time_is_reproducible(monkeypatch, epoch, articles, expected):
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    g = rdf.to_graph(replace(small_kb(), articles=articles))
    assert str(g.value(subject_of(g, PROV.Activity), PROV.startedAtTime)) == expected


def test_a_bad_source_date_epoch_is_a_usage_error(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        rdf.to_graph(small_kb())


# ------------------------------------------------------------------ hostile text

HOSTILE = [
    'He said "yes"',
    "back\\slash \\n \\u0041",
    'triple """ quotes """ and \'\'\' too',
    "<script>alert(1)</script>",
    "\u202eRTL override\u202c and \u200fmark",
    '"@en ; ng:donor <http://evil/> . #',
    "} ; DROP GRAPH <urn:x> ; INSERT DATA { <a> <b> <c> }",
    "line\nbreak\ttab\r",
    "{\"@id\": \"http://evil/\"}",
    "emoji 🇺🇦 and ẞ",
]


def hostile_graph(value: str) -> Graph:
    kb = small_kb()
    article = replace(ARTICLE, title=value, source=value)
    actor = replace(kb.actors[0], labels=(("en", value),), alt_labels=(value + " alt",), role=value)
    pledge = replace(kb.pledges[0], occasion=value)
    return small_graph(articles=(article,), actors=(actor, *kb.actors[1:]), pledges=(pledge,))


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("suffix", list(rdf.FORMATS))
def test_hostile_strings_are_literals_that_parse_back_equal(tmp_path, value, suffix):
    g = hostile_graph(value)
    path = tmp_path / f"g{suffix}"
    rdf.write_graph(g, path)
    back = rdf.load_graph(path)
    assert isomorphic(back, g)
    article = URIRef(ids.article_iri(ARTICLE.id))
    assert back.value(article, SCHEMA.headline) == Literal(value)
    assert Literal(value, lang="en") in set(back.objects(URIRef(ids.actor_iri("country:CA")), RDFS.label))
    assert all(not isinstance(o, URIRef) or "evil" not in o for o in back.objects())


@pytest.mark.parametrize("suffix", list(rdf.FORMATS))
def test_control_characters_are_removed(tmp_path, suffix):
    g = hostile_graph("a\x00b\x07c\x1bd\x7fe\x85f\ud800g\tok")
    path = tmp_path / f"g{suffix}"
    rdf.write_graph(g, path)
    back = rdf.load_graph(path)
    assert back.value(URIRef(ids.article_iri(ARTICLE.id)), SCHEMA.headline) == Literal("abcdefg\tok")


def test_hostile_keys_do_not_reach_iris_unslugged():
    kb = small_kb()
    actor = replace(kb.actors[2], key="person:<http://evil/> ; x")
    g = small_graph(actors=(*kb.actors[:2], actor))
    persons = list(g.subjects(RDF.type, NG.Person))
    assert persons == [URIRef(ids.BASE + "person/http-evil-x")]


# ------------------------------------------------------------------ files


@pytest.mark.parametrize("suffix", list(rdf.FORMATS))
def test_each_suffix_round_trips(tmp_path, suffix):
    g = small_graph()
    path = tmp_path / f"graph{suffix}"
    rdf.write_graph(g, path)
    assert isomorphic(rdf.load_graph(path), g)


@pytest.mark.parametrize("suffix", list(rdf.FORMATS))
def test_serialisation_is_byte_identical_for_the_same_triples(suffix):
    g = small_graph()
    shuffled = Graph()
    for triple in sorted(g, reverse=True):
        shuffled.add(triple)
    assert rdf.serialize(g, suffix=suffix) == rdf.serialize(shuffled, suffix=suffix)


def test_turtle_is_byte_identical_across_hash_seeds(tmp_path):
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import test_rdf; from graph import rdf; "
        "[rdf.write_graph(test_rdf.small_graph(), test_rdf.Path(sys.argv[2] + s)) for s in rdf.FORMATS]"
    )
    outputs = []
    for seed in ("1", "2", "random"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(out)], env=env, check=True)
        outputs.append([(out.parent / (out.name + s)).read_bytes() for s in rdf.FORMATS])
    assert outputs[0] == outputs[1] == outputs[2]


def test_turtle_uses_the_project_prefixes():
    ttl = rdf.serialize(small_graph(), suffix=".ttl").decode()
    for prefix in ("ng", "schema", "prov", "skos", "owl", "xsd", "rdfs", "wd"):
        assert f"@prefix {prefix}: " in ttl


def test_unknown_suffix_is_a_usage_error_naming_the_supported_ones(tmp_path):
    with pytest.raises(UsageError, match=r"\.ttl, \.nt, \.jsonld, \.trig"):
        rdf.write_graph(small_graph(), tmp_path / "graph.xml")
    with pytest.raises(UsageError):
        rdf.check_output(tmp_path / "graph.rdf", inputs=[])
    with pytest.raises(UsageError):
        rdf.load_graph(tmp_path / "graph.owl")


def test_write_to_a_missing_folder_creates_it(tmp_path):
    rdf.write_graph(small_graph(), tmp_path / "missing" / "deeper" / "g.ttl")
    assert (tmp_path / "missing" / "deeper" / "g.ttl").is_file()


def test_write_under_a_file_is_an_output_error(tmp_path):
    (tmp_path / "plain").write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        rdf.write_graph(small_graph(), tmp_path / "plain" / "sub" / "g.ttl")


def test_check_output_refuses_a_folder(tmp_path):
    (tmp_path / "out.ttl").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        rdf.check_output(tmp_path / "out.ttl", inputs=[])


def test_write_leaves_no_temporary_file(tmp_path):
    rdf.write_graph(small_graph(), tmp_path / "g.ttl")
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_check_output_refuses_a_folder_under_a_file_and_input_file(tmp_path):
    rdf.check_output(tmp_path / "missing" / "g.ttl", inputs=[])  # a missing folder is made when written
    assert not (tmp_path / "missing").exists()  # ... but not by the check
    (tmp_path / "plain").write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        rdf.check_output(tmp_path / "plain" / "missing" / "g.ttl", inputs=[])
    article = tmp_path / "a.ttl"
    article.write_text("x")
    with pytest.raises(OutputError, match="also an input"):
        rdf.check_output(article, inputs=[tmp_path / "." / "a.ttl"])
    rdf.check_output(tmp_path / "g.ttl", inputs=[article])


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_check_output_refuses_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="not writable"):
            rdf.check_output(folder / "g.ttl", inputs=[])
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.ttl", None, "no such file"),
        ("bad.ttl", '@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n\nng:a ng:b "open\n', "line 3"),
        ("bad.nt", "<http://a> <http://b> <c\n", "N-Triples"),
        ("bad.jsonld", '{"@id": ', "JSON-LD"),
        ("bad.trig", "{ <http://a> <http://b> ", "TriG"),
        ("binary.ttl", b"\xff\xfe\x00\x01", "Turtle"),
        ("remote.jsonld", '{"@context": "http://127.0.0.1:9/ctx", "@id": "http://a"}', "remote document"),
        ("nested.jsonld", '{"@graph": [{"@context": ["http://127.0.0.1:9/c"], "@id": "http://a"}]}', "remote document"),
    ],
)
def test_load_graph_errors_are_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(GraphError, match=message) as info:
        rdf.load_graph(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


# ------------------------------------------------------------------ merge


def test_merge_is_pure_and_unites_the_nodes():
    kb = small_kb()
    first = small_graph()
    other_text = "Canada will give Ukraine more than 2 billion Canadian dollars, Carney said."
    other_sha = hashlib.sha256(other_text.encode()).hexdigest()
    other = Article(other_sha[:16], "Again", other_text, "en", "c.txt", other_sha)
    pledge = replace(
        kb.pledges[0],
        evidence=(evidence("Canada will", "Canada will give", "pledge.verb.en", text=other_text, article_id=other.id),),
    )
    second = small_graph(articles=(other,), actors=(), pledges=(pledge,), meetings=())
    before = (to_isomorphic(first), to_isomorphic(second))
    merged = rdf.merge(first, second)
    assert (to_isomorphic(first), to_isomorphic(second)) == before
    assert len(merged) == len(first | second)
    assert len(list(merged.subjects(RDF.type, NG.Pledge))) == 1
    assert len(list(merged.subjects(RDF.type, PROV.Activity))) == 2
    assert merged is not first and merged is not second


def test_a_mention_carries_every_rule_of_its_chain_and_their_order():
    kb = small_kb()
    (pledge,) = kb.pledges
    chain = ("pledge.verb", "pledge.donor.subject", "pledge.recipient.preposition")
    ev = replace(pledge.evidence[0], chain=chain)
    g = small_graph(pledges=(replace(pledge, evidence=(ev,)),))
    mention = g.value(subject_of(g, NG.Pledge), NG.mention)
    assert {str(o) for o in g.objects(mention, NG.rule)} == {ev.rule, *chain}
    assert str(g.value(mention, NG.ruleChain)) == " > ".join(chain)
    # a mention without a chain keeps its one rule and no chain
    meeting_mention = g.value(subject_of(g, NG.Meeting), NG.mention)
    assert len(list(g.objects(meeting_mention, NG.rule))) == 1 and g.value(meeting_mention, NG.ruleChain) is None
