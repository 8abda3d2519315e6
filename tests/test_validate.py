"""SHACL validation: the golden graph conforms, broken graphs give readable messages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import PROV, RDF, RDFS, XSD, Graph, Literal, URIRef

from graph.cli import main
from graph.validate import Violation, validate
from graph.vocab import NG, SCHEMA

GOLDEN = Path(__file__).parent / "golden" / "small.ttl"
CANADA = URIRef("https://w3id.org/newsgraph/id/country/CA")
CARNEY = URIRef("https://w3id.org/newsgraph/id/person/mark-carney")


def golden() -> Graph:
    return Graph().parse(GOLDEN, format="turtle")


def the(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def no_donor(g):
    g.remove((the(g, NG.Pledge), NG.donor, None))


def two_donors(g):
    g.add((the(g, NG.Pledge), NG.donor, CARNEY))


def bad_currency(g):
    g.set((the(g, SCHEMA.MonetaryAmount), SCHEMA.currency, Literal("euro")))


def negative_value(g):
    g.set((the(g, SCHEMA.MonetaryAmount), SCHEMA.value, Literal("-5.0", datatype=XSD.decimal)))


def value_not_decimal(g):
    g.set((the(g, SCHEMA.MonetaryAmount), SCHEMA.value, Literal("two billion")))


def actor_without_class(g):
    g.remove((CANADA, RDF.type, None))
    g.add((CANADA, RDF.type, NG.Actor))


def actor_with_two_classes(g):
    g.add((CANADA, RDF.type, NG.Organization))


def label_without_language(g):
    g.remove((CARNEY, RDFS.label, None))
    g.add((CARNEY, RDFS.label, Literal("Mark Carney")))


def meeting_without_participant(g):
    g.remove((the(g, NG.Meeting), NG.participant, None))


def meeting_type_not_in_scheme(g):
    g.set((the(g, NG.Meeting), NG.meetingType, NG.Held))


def meeting_bad_date(g):
    g.set((the(g, NG.Meeting), NG.date, Literal("24 August")))


def start_after_end(g):
    mention = the(g, NG.Mention)
    g.set((mention, NG.start, Literal(10_000)))


def event_without_source(g):
    g.remove((the(g, NG.Pledge), PROV.wasDerivedFrom, None))


def article_without_headline(g):
    g.remove((the(g, NG.Article), SCHEMA.headline, None))


def place_as_actor(g):
    g.add((the(g, NG.Place), RDF.type, NG.Country))


BROKEN = [
    (no_donor, r"^pledge <.*/pledge/\w+> has no donor$"),
    (two_donors, r"^pledge <.*> has more than one donor$"),
    (bad_currency, r"^amount <.*> has currency 'euro', which is not a three-letter ISO 4217 code"),
    (negative_value, r"^amount <.*> has value '-5.0' \(xsd:decimal\), which is less than 0$"),
    (value_not_decimal, r"^amount <.*> has value 'two billion'.*, which is not of type xsd:decimal$"),
    (actor_without_class, r"^actor <.*/country/CA> is not typed as exactly one of ng:Person, ng:Country or ng:Organization$"),
    (actor_with_two_classes, r"<.*/country/CA> is not typed as exactly one of"),
    (label_without_language, r"^person <.*/person/mark-carney> has no rdfs:label with a language tag"),
    (meeting_without_participant, r"^meeting <.*> has no participant$"),
    (meeting_type_not_in_scheme, r"^meeting <.*> has type of meeting <.*#Held>, which is not a type of meeting$"),
    (meeting_bad_date, r"^meeting <.*> has a date that is not an xsd:date, xsd:gYearMonth or xsd:gYear$"),
    (start_after_end, r"^mention <.*> has a start offset after its end offset$"),
    (event_without_source, r"^pledge <.*> has no source article \(prov:wasDerivedFrom\)$"),
    (article_without_headline, r"^article <.*> has no headline$"),
    (place_as_actor, r"<.*/place/kyiv> is typed both as a place and as an actor$"),
]


def test_golden_graph_conforms_and_is_not_modified():
    g = golden()
    before = len(g)
    assert validate(g) == []
    assert len(g) == before


@pytest.mark.parametrize("breakage, message", BROKEN, ids=[b.__name__ for b, _ in BROKEN])
def test_broken_graphs_give_readable_messages(breakage, message):
    g = golden()
    breakage(g)
    violations = validate(g)
    assert violations, "the broken graph passed validation"
    assert all(isinstance(v, Violation) for v in violations)
    assert any(re.search(message, v.message) for v in violations), [v.message for v in violations]


def test_violation_names_focus_and_path():
    g = golden()
    no_donor(g)
    (violation,) = validate(g)
    assert violation.focus == str(the(g, NG.Pledge))
    assert violation.path == str(NG.donor)
    assert str(violation) == violation.message


# ------------------------------------------------------------------ CLI


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_ok(capsys):
    code, out, _ = run(capsys, "validate", str(GOLDEN))
    assert (code, out) == (0, f"OK: {len(golden())} triples conform\n")


def test_cli_violations_exit_1(tmp_path, capsys):
    g = golden()
    no_donor(g)
    bad_currency(g)
    path = tmp_path / "broken.nt"
    path.write_text(g.serialize(format="nt"))
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert len(out.splitlines()) == 2 and "has no donor" in out and "currency 'euro'" in out
    assert "2 violation(s)" in err


@pytest.mark.parametrize(
    "name, content, code",
    [("bad.ttl", "ng:a ng:b", 7), ("missing.ttl", None, 7), ("graph.xml", "<x/>", 2)],
)
def test_cli_unreadable_graph(tmp_path, capsys, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    got, out, err = run(capsys, "validate", str(path))
    assert got == code and out == ""
    assert err.startswith("newsgraph: ") and len(err.strip().splitlines()) == 1
