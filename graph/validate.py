"""SHACL validation of a newsgraph graph, with results in plain words.

The shapes (``ontology/shapes.ttl``) and the ontology (``ontology/newsgraph.ttl``,
for the class hierarchy and the concept schemes) ship in the ``graph.ontology``
package. Each SHACL result becomes one :class:`Violation` whose message names the
node and says what is wrong: ``pledge <…/pledge/1f…> has no donor``.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from graph.vocab import NG, SCHEMA

SH = Namespace("http://www.w3.org/ns/shacl#")

# The word for a focus node, by its most telling class (first match wins).
KINDS: tuple[tuple[URIRef, str], ...] = (
    (NG.Pledge, "pledge"),
    (NG.Meeting, "meeting"),
    (NG.Person, "person"),
    (NG.Country, "country"),
    (NG.Organization, "organization"),
    (NG.Actor, "actor"),
    (SCHEMA.MonetaryAmount, "amount"),
    (NG.Mention, "mention"),
    (NG.Article, "article"),
    (NG.Place, "place"),
)


@dataclass(frozen=True)
class Violation:
    """One way in which a graph breaks the shapes."""

    focus: str  # the IRI (or blank node id) of the offending node
    path: str | None  # the property concerned, if any
    message: str  # one sentence for the user: "pledge <…> has no donor"

    def __str__(self) -> str:
        return self.message


def _resource(name: str) -> Graph:
    text = files("graph.ontology").joinpath(name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def ontology() -> Graph:
    """The newsgraph ontology as a fresh graph."""
    return _resource("newsgraph.ttl")


def shapes() -> Graph:
    """The SHACL shapes as a fresh graph."""
    return _resource("shapes.ttl")


def validate(graph: Graph) -> list[Violation]:
    """Check ``graph`` against the shapes; an empty list means it conforms.

    ``graph`` is not modified.
    """
    shape_graph = shapes()
    ont = ontology()
    # The class hierarchy and the concept schemes must be visible to sh:targetClass and
    # sh:class. A plain union, not pyshacl's ont_graph: that deep-clones the ontology
    # node by node and takes minutes on ours.
    combined = Graph()
    for triple in graph:
        combined.add(triple)
    for triple in ont:
        combined.add(triple)
    _conforms, results, _text = shacl_validate(
        combined,
        shacl_graph=shape_graph,
        inference="none",
        allow_warnings=True,
    )
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = _describe(result, results, shape_graph, ont, graph)
        found.add(
            Violation(
                focus=str(focus),
                path=str(path) if isinstance(path, URIRef) else None,
                message=f"{_kind(focus, graph)} {_show(focus, graph)} {message}",
            )
        )
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message))


def _kind(node: Node, graph: Graph) -> str:
    types = set(graph.objects(node, RDF.type))
    return next((word for cls, word in KINDS if cls in types), "node")


def _show(node: Node | None, graph: Graph, limit: int = 60) -> str:
    """A node as the user would write it: <iri>, "text", 42."""
    if node is None:
        return "nothing"
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node)
        shown = repr(text[:limit] + ("…" if len(text) > limit else ""))
        if node.datatype is not None:
            shown += f" ({graph.namespace_manager.normalizeUri(node.datatype)})"
        return shown
    return f"_:{node}"


def _label(term: Node, ont: Graph) -> str:
    """'an article', 'an actor', 'a MonetaryAmount'."""
    label = ont.value(term, RDFS.label)
    for candidate in ont.objects(term, RDFS.label):
        if isinstance(candidate, Literal) and candidate.language == "en":
            label = candidate
    word = str(label) if label is not None else str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _describe(result: Node, results: Graph, shape_graph: Graph, ont: Graph, data: Graph) -> str:
    """The sentence after the focus node: 'has no donor', 'has more than one status', …"""
    shape = results.value(result, SH.sourceShape)
    value = results.value(result, SH.value)
    custom = shape_graph.value(shape, SH.message)
    if custom is not None:
        return str(custom).replace("{value}", _show(value, data))
    component = results.value(result, SH.sourceConstraintComponent)
    path = results.value(result, SH.resultPath)
    name = shape_graph.value(shape, SH.name)
    name = str(name) if name is not None else (data.namespace_manager.normalizeUri(path) if path else "value")

    def param(p: URIRef) -> Node | None:
        return shape_graph.value(shape, p)

    if component == SH.MinCountConstraintComponent:
        n = int(param(SH.minCount))
        return f"has no {name}" if n == 1 else f"has fewer than {n} values for {name}"
    if component == SH.MaxCountConstraintComponent:
        n = int(param(SH.maxCount))
        return f"has more than one {name}" if n == 1 else f"has more than {n} values for {name}"
    if component == SH.ClassConstraintComponent:
        return f"has {name} {_show(value, data)}, which is not {_label(param(SH['class']), ont)}"
    if component == SH.DatatypeConstraintComponent:
        expected = data.namespace_manager.normalizeUri(param(SH.datatype))
        return f"has {name} {_show(value, data)}, which is not of type {expected}"
    if component == SH.MinInclusiveConstraintComponent:
        return f"has {name} {_show(value, data)}, which is less than {param(SH.minInclusive)}"
    if component == SH.PatternConstraintComponent:
        return f"has {name} {_show(value, data)}, which does not match {param(SH.pattern)}"
    fallback = results.value(result, SH.resultMessage)
    return f"breaks {name}: {fallback}"
