"""graph/vocab.py and ontology/newsgraph.ttl declare the same ng: terms."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph.validate import ontology, shapes
from graph.vocab import NG, NG_IRI, PLOVER, SCHEMA, SEM

ONTOLOGY = ontology()
DECLARED = {name: URIRef(NG_IRI + name) for name in NG.__annotations__}

# The fixed terms of the public vocabulary contract and what they must be.
FIXED = [
    ("Actor", OWL.Class),
    ("Person", OWL.Class),
    ("Country", OWL.Class),
    ("Organization", OWL.Class),
    ("Pledge", OWL.Class),
    ("Meeting", OWL.Class),
    ("donor", OWL.ObjectProperty),
    ("recipient", OWL.ObjectProperty),
    ("amount", OWL.ObjectProperty),
    ("participant", OWL.ObjectProperty),
]


def used_ng_terms(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(NG_IRI)}


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_every_declared_term_is_defined_with_labels(name):
    term = DECLARED[name]
    assert set(ONTOLOGY.objects(term, RDF.type)), f"ng:{name} has no rdf:type in the ontology"
    langs = {label.language for label in ONTOLOGY.objects(term, RDFS.label) if isinstance(label, Literal)}
    assert {"en", "de"} <= langs, f"ng:{name} needs English and German labels"
    comments = [c for c in ONTOLOGY.objects(term, RDFS.comment) if isinstance(c, Literal) and c.language == "en"]
    assert comments, f"ng:{name} needs an English rdfs:comment"


@pytest.mark.parametrize("source", ["ontology", "shapes"])
def test_every_ng_term_used_is_declared_in_python(source):
    graph = ONTOLOGY if source == "ontology" else shapes()
    assert used_ng_terms(graph) <= set(DECLARED.values())


@pytest.mark.parametrize("name, kind", FIXED)
def test_fixed_contract_terms_exist(name, kind):
    assert (getattr(NG, name), RDF.type, kind) in ONTOLOGY


@pytest.mark.parametrize("cls", [NG.Person, NG.Country, NG.Organization])
def test_actor_classes_are_subclasses_of_actor(cls):
    assert (cls, RDFS.subClassOf, NG.Actor) in ONTOLOGY


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        (NG.Meeting, RDFS.subClassOf, SCHEMA.Event),
        (NG.Meeting, RDFS.subClassOf, SEM.Event),
        (NG.Pledge, RDFS.subClassOf, SCHEMA.Event),
        (NG.Pledge, RDFS.subClassOf, SEM.Event),
        (NG.participant, RDFS.subPropertyOf, SEM.hasActor),
        (NG.Person, RDFS.subClassOf, SCHEMA.Person),
        (NG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (NG.Country, RDFS.subClassOf, SCHEMA.Country),
        (NG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (NG.exact, SKOS.closeMatch, URIRef("http://www.w3.org/ns/oa#exact")),
        (NG.start, SKOS.closeMatch, URIRef("http://www.w3.org/ns/oa#start")),
        (NG.end, SKOS.closeMatch, URIRef("http://www.w3.org/ns/oa#end")),
        (NG.announcedBy, RDFS.range, NG.Person),
        (NG.donor, RDFS.range, NG.Actor),
        (NG.recipient, RDFS.range, NG.Actor),
        (NG.amount, RDFS.range, SCHEMA.MonetaryAmount),
        (NG.alternativeAmount, RDFS.range, SCHEMA.MonetaryAmount),
        (NG.InPersonMeeting, SKOS.closeMatch, PLOVER.CONSULT),
        (NG.Visit, SKOS.broadMatch, PLOVER.CONSULT),
        (NG.MilitaryAid, SKOS.broadMatch, PLOVER.AID),
        (PLOVER.AGREE, RDF.type, SKOS.Concept),
    ],
)
def test_alignment(subject, predicate, obj):
    assert (subject, predicate, obj) in ONTOLOGY


@pytest.mark.parametrize(
    "cls, scheme, members",
    [
        (NG.AidKind, NG.AidKindScheme, {"MilitaryAid", "FinancialAid", "HumanitarianAid", "OtherAid"}),
        (
            NG.MeetingType,
            NG.MeetingTypeScheme,
            {"InPersonMeeting", "Visit", "Summit", "PhoneCall", "VideoConference", "PressConference"},
        ),
        (NG.MeetingStatus, NG.MeetingStatusScheme, {"Held", "Planned"}),
    ],
)
def test_concept_schemes_hold_exactly_their_individuals(cls, scheme, members):
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ONTOLOGY
    in_scheme = set(ONTOLOGY.subjects(SKOS.inScheme, scheme))
    assert in_scheme == set(ONTOLOGY.subjects(RDF.type, cls)) == {getattr(NG, m) for m in members}
    assert all((m, RDF.type, SKOS.Concept) in ONTOLOGY for m in in_scheme)


def test_ontology_header():
    (header,) = ONTOLOGY.subjects(RDF.type, OWL.Ontology)
    assert ONTOLOGY.value(header, OWL.versionInfo) is not None
    assert ONTOLOGY.value(header, RDFS.label) is not None
    assert ONTOLOGY.value(header, RDFS.comment) is not None


@pytest.mark.parametrize("name", ["Nonexistent", "pledge", "Donor"])
def test_unknown_terms_raise(name):
    with pytest.raises(AttributeError):
        getattr(NG, name)
