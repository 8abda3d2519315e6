"""Time the named queries on rdflib and on Oxigraph, on a synthetic graph.

Not a test. Usage:  .venv/bin/python tools/bench_query.py [N] [--timeout S]

Builds N pledges and N meetings between 60 synthetic countries and 200 persons
(with labels in two languages, amounts, mentions and articles, in the RDF shape
of docs/architecture.md), loads it into rdflib and into a temporary Oxigraph
store, and runs every named query on both. A query over --timeout is reported
as such.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV, SKOS, XSD

from graph import query as q
from graph import store
from graph.vocab import ID, NG, SCHEMA

KINDS = (NG.MilitaryAid, NG.FinancialAid, NG.HumanitarianAid, NG.OtherAid)
TYPES = (NG.InPersonMeeting, NG.Visit, NG.Summit, NG.PhoneCall, NG.VideoConference)


def synthetic(n: int, *, seed: int = 1) -> Graph:
    rnd = random.Random(seed)
    g = Graph()
    countries = [ID[f"country/X{i:02d}"] for i in range(60)]
    persons = [ID[f"person/p{i}"] for i in range(200)]
    articles = [ID[f"article/{i:016x}"] for i in range(max(1, n // 10))]
    for i, c in enumerate(countries):
        g.add((c, RDF.type, NG.Country))
        g.add((c, RDFS.label, Literal(f"Country {i}", lang="en")))
        g.add((c, RDFS.label, Literal(f"Land {i}", lang="de")))
        g.add((c, SKOS.altLabel, Literal(f"C{i}")))
        g.add((c, NG.isoCode, Literal(f"X{i:02d}")))
    for i, p in enumerate(persons):
        g.add((p, RDF.type, NG.Person))
        g.add((p, RDFS.label, Literal(f"Person {i}", lang="en")))
        g.add((p, NG.role, Literal("minister", lang="en")))
        g.add((p, NG.affiliation, countries[i % len(countries)]))
    for i, a in enumerate(articles):
        g.add((a, RDF.type, NG.Article))
        g.add((a, SCHEMA.headline, Literal(f"Headline {i}")))
        g.add((a, SCHEMA.url, Literal(f"https://news.example/{i}")))
        g.add((a, SCHEMA.inLanguage, Literal(rnd.choice(("de", "en")))))
        g.add((a, SCHEMA.datePublished, Literal(f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", datatype=XSD.date)))

    def mention(fact, i: int, article) -> None:
        m = ID[f"mention/{fact.rsplit('/', 1)[-1]}{i}"]
        g.add((fact, NG.mention, m))
        g.add((fact, PROV.wasDerivedFrom, article))
        g.add((m, RDF.type, NG.Mention))
        g.add((m, NG.inArticle, article))
        g.add((m, NG.sentence, Literal(f"Sentence {i} about {fact}.")))
        g.add((m, NG.exact, Literal("words")))
        g.add((m, NG.start, Literal(i)))
        g.add((m, NG.rule, Literal("pledge.verb.en")))

    for i in range(n):
        p = ID[f"pledge/{i:016x}"]
        donor, recipient = rnd.sample(countries, 2)
        amount = ID[f"amount/{i:016x}"]
        g.add((p, RDF.type, NG.Pledge))
        g.add((p, RDFS.label, Literal(f"Pledge {i}", lang="en")))
        g.add((p, NG.donor, donor))
        g.add((p, NG.recipient, recipient))
        g.add((p, NG.amount, amount))
        g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
        g.add((amount, SCHEMA.value, Literal(Decimal(rnd.randint(1, 900)) * 1_000_000)))
        g.add((amount, SCHEMA.currency, Literal(rnd.choice(("EUR", "USD", "CAD")))))
        g.add((p, NG.aidKind, rnd.choice(KINDS)))
        g.add((p, NG.cumulative, Literal(rnd.random() < 0.1)))
        g.add((p, NG.announcedBy, rnd.choice(persons)))
        g.add((p, NG.date, Literal(f"2025-{rnd.randint(1, 12):02d}", datatype=XSD.gYearMonth)))
        mention(p, i, rnd.choice(articles))
        m = ID[f"meeting/{i:016x}"]
        g.add((m, RDF.type, NG.Meeting))
        g.add((m, RDFS.label, Literal(f"Meeting {i}", lang="en")))
        for who in rnd.sample(persons, rnd.randint(2, 3)):
            g.add((m, NG.participant, who))
        g.add((m, NG.meetingType, rnd.choice(TYPES)))
        g.add((m, NG.status, NG.Held))
        g.add((m, NG.date, Literal(f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", datatype=XSD.date)))
        mention(m, i, rnd.choice(articles))
    return g


def timed(source, text: str, bindings: dict, timeout: float) -> str:
    start = time.perf_counter()
    try:
        result = q.run(source, text, bindings=bindings, timeout=timeout, limit=None, memory_mb=16384)
    except q.QueryTimeoutError:
        return f"> {timeout:g} s"
    return f"{time.perf_counter() - start:7.2f} s ({len(result.rows)} rows)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=20_000)
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    t0 = time.perf_counter()
    graph = synthetic(args.n)
    print(f"synthetic graph: {args.n} pledges, {args.n} meetings, {len(graph)} triples, built in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        ox = store.open_store(f"oxigraph:{folder}/store")
        store.load_into_store(ox, graph)
        print(f"Oxigraph load: {time.perf_counter() - t0:.1f} s")
        params = {"donor": "Land 3", "actor": "person 7", "fact": "Pledge 12"}
        print(f"{'query':<18} {'rdflib':>26} {'oxigraph':>26}")
        for name, named in q.named_queries().items():
            bindings = {p.variable: params[p.name] for p in named.params}
            print(f"{name:<18} {timed(graph, named.text, bindings, args.timeout):>26} {timed(ox, named.text, bindings, args.timeout):>26}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
