"""Every bundled query on tests/fixtures/small.ttl, with its expected rows."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from graph import query as q

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
ID = "https://w3id.org/newsgraph/id/"
CONCAT = {"participants": ", ", "sources": " | ", "amounts": " | ", "role": "; ", "affiliation": "; "}


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(FIXTURE)


def cells(result: q.Result) -> list[tuple]:
    """Rows as plain strings (None where unbound); aggregated lists sorted, their order being free."""
    out = []
    for row in result.rows:
        values = []
        for var, term in zip(result.variables, row):
            text = None if term is None else str(term)
            if text and var in CONCAT:
                text = CONCAT[var].join(sorted(text.split(CONCAT[var])))
            values.append(text.removeprefix(ID) if text else text)
        out.append(tuple(values))
    return out


CA1, CA2 = "pledge/ca00000000000001", "pledge/ca00000000000002"
DE1, DE2 = "pledge/de00000000000001", "pledge/de00000000000002"
US1 = "pledge/us00000000000001"
M1, M2, M3 = "meeting/0e00000000000001", "meeting/0e00000000000002", "meeting/0e00000000000003"
A1, A3 = "https://news.example/ca-ukraine-aid", "https://news.example/allies-support"
A2 = "articles/merz-kiew.txt"
SUMMIT = ("Friedrich Merz, Mark Carney, NATO, Volodymyr Zelensky", "Brussels", "2025-10-15", "summit", "planned")

PLEDGES = [
    (CA1, "Canada", "Ukraine", "2000000000", "CAD", "more than", "military", "false", "Mark Carney", "2025-06", A1),
    (CA2, "Canada", "Ukraine", "500000000", "CAD", None, "military", "false", None, "2025-06", A1),
    (DE2, "Germany", "Ukraine", "9000000000", "EUR", "about", "other", "true", None, "2025", A2),
    (DE1, "Germany", "Ukraine", "500000000", "EUR", None, "humanitarian", "false", "Friedrich Merz", "2025-08-24", f"{A2} | {A3}"),
    (US1, "United States", "Ukraine", "1040000000", "USD", None, "financial", "false", None, None, A3),
    (US1, "United States", "Ukraine", "1000000000", "USD", None, "financial", "false", None, None, A3),
]

CASES = [
    ("pledges", {}, PLEDGES),
    ("pledges-by-donor", {"donor": "Kanada"}, PLEDGES[:2]),
    ("pledges-by-donor", {"donor": "ca"}, PLEDGES[:2]),
    ("pledges-by-donor", {"donor": "washington"}, PLEDGES[4:]),
    ("pledges-by-donor", {"donor": "Deutschland"}, PLEDGES[2:4]),
    ("pledges-by-donor", {"donor": "Atlantis"}, []),
    ("pledges-by-donor", {"donor": "KANADA"}, PLEDGES[:2]),
    ("pledges-by-donor", {"donor": "kanadische"}, PLEDGES[:2]),
    ("pledges-by-donor", {"donor": "USA"}, PLEDGES[4:]),
    ("pledges-by-donor", {"donor": ID + "country/US"}, PLEDGES[4:]),
    (
        "totals",
        {},
        [
            ("Canada", "Ukraine", "CAD", "false", "2000000000", "1"),
            ("Germany", "Ukraine", "EUR", "false", "500000000", "1"),
            ("Germany", "Ukraine", "EUR", "true", "9000000000", "1"),
            ("United States", "Ukraine", "USD", "false", "1040000000", "1"),
        ],
    ),
    # the fixture has no ng:convertedAmount: every new pledge is counted as unconverted
    ("totals-eur", {}, [("Canada", "0", "0", "1"), ("Germany", "0", "0", "1"), ("United States", "0", "0", "1")]),
    (
        "meetings",
        {},
        [
            (M2, "Friedrich Merz, Mark Carney", None, "2025-08-22", "call", "held"),
            (M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"),
            (M3, *SUMMIT),
        ],
    ),
    ("meetings-of", {"actor": "Selenskyj"}, [(M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "nato"}, [(M3, *SUMMIT)]),
    # a country finds the meetings of its persons (Mark Carney is affiliated with Canada)
    ("meetings-of", {"actor": "Kanada"}, [(M2, "Friedrich Merz, Mark Carney", None, "2025-08-22", "call", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "selenskyj"}, [(M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "Zelenskyy"}, [(M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "Wolodymyr Selenskyj"}, [(M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "UKR"}, [(M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"), (M3, *SUMMIT)]),
    ("meetings-of", {"actor": "de"}, [
        (M2, "Friedrich Merz, Mark Carney", None, "2025-08-22", "call", "held"),
        (M1, "Friedrich Merz, Volodymyr Zelensky", "Kyiv", "2025-08-24", "visit", "held"),
        (M3, *SUMMIT),
    ]),
    ("meetings-of", {"actor": "Japan"}, []),
    ("meetings-of", {"actor": ID + "person/mark-carney"}, [(M2, "Friedrich Merz, Mark Carney", None, "2025-08-22", "call", "held"), (M3, *SUMMIT)]),
    (
        "who-met-whom",
        {},
        [
            ("Friedrich Merz", "Mark Carney", "2", "1"),
            ("Friedrich Merz", "Volodymyr Zelensky", "2", "1"),
            ("Mark Carney", "Volodymyr Zelensky", "1", "1"),
            ("NATO", "Friedrich Merz", "1", "1"),
            ("NATO", "Mark Carney", "1", "1"),
            ("NATO", "Volodymyr Zelensky", "1", "1"),
        ],
    ),
    (
        "actors",
        {},
        [
            ("person/friedrich-merz", "Person", "Friedrich Merz", "chancellor", "Germany", "2"),
            ("person/mark-carney", "Person", "Mark Carney", "prime minister", "Canada", "2"),
            ("country/UA", "Country", "Ukraine", "", "", "2"),
            ("country/CA", "Country", "Canada", "", "", "1"),
            ("country/DE", "Country", "Germany", "", "", "1"),
            ("org/nato", "Organization", "NATO", "", "", "1"),
            ("country/US", "Country", "United States", "", "", "1"),
            ("person/volodymyr-zelensky", "Person", "Volodymyr Zelensky", "president", "Ukraine", "1"),
        ],
    ),
    (
        "evidence",
        {"fact": ID + DE1},
        [
            (DE1, "Germany → Ukraine: 500,000,000 EUR (humanitarian)",
             "Bundeskanzler Friedrich Merz sagte der Ukraine 500 Millionen Euro humanitäre Hilfe zu.",
             "sagte der Ukraine 500 Millionen Euro", "pledge.verb.de", "Merz sagt Kiew weitere Hilfe zu", A2),
            (DE1, "Germany → Ukraine: 500,000,000 EUR (humanitarian)",
             "Germany is giving Ukraine 500 million euros for humanitarian needs, Merz said.",
             "giving Ukraine 500 million euros", "pledge.verb.en", "Allies line up support for Ukraine", A3),
        ],
    ),
    (
        "evidence",
        {"fact": "selenskyj"},
        [
            ("person/volodymyr-zelensky", "Volodymyr Zelensky", "In Kiew traf Merz am Sonntag Präsident Selenskyj.",
             "Selenskyj", "actor.lexicon", "Merz sagt Kiew weitere Hilfe zu", A2),
        ],
    ),
    (
        "timeline",
        {},
        [
            ("2025", "pledge", DE2, "Germany → Ukraine: 9,000,000,000 EUR (total so far)"),
            ("2025-06", "pledge", CA1, "Canada → Ukraine: 2,000,000,000 CAD (military)"),
            ("2025-06", "pledge", CA2, "Canada → Ukraine: 500,000,000 CAD (military)"),
            ("2025-08-22", "meeting", M2, "Mark Carney, Friedrich Merz: call, 2025-08-22"),
            ("2025-08-24", "meeting", M1, "Friedrich Merz, Volodymyr Zelensky: visit in Kyiv, 2025-08-24"),
            ("2025-08-24", "pledge", DE1, "Germany → Ukraine: 500,000,000 EUR (humanitarian)"),
            ("2025-10-15", "meeting", M3, "NATO, Friedrich Merz, Mark Carney, Volodymyr Zelensky: summit in Brussels, 2025-10-15"),
        ],
    ),
    (
        "articles",
        {},
        [
            ("article/aaaa000000000001", "Canada promises military aid to Ukraine", A1, "en", "2025-06-17", "2", "0"),
            ("article/aaaa000000000002", "Merz sagt Kiew weitere Hilfe zu", A2, "de", "2025-08-24", "2", "1"),
            ("article/aaaa000000000003", "Allies line up support for Ukraine", A3, "en", "2025-08-25", "2", "2"),
        ],
    ),
    ("conflicts", {}, [(US1, "United States", "Ukraine", "2", "1000000000 USD | 1040000000 USD")]),
]


@pytest.mark.parametrize(("name", "params", "expected"), CASES, ids=[f"{c[0]}-{'-'.join(c[1].values())}" for c in CASES])
def test_named_query_rows(graph, name, params, expected):
    text, bindings = q.resolve(name, params=params)
    result = q.run(graph, text, bindings=bindings)
    assert cells(result) == expected


def test_every_named_query_is_tested_and_described():
    assert {c[0] for c in CASES} == set(q.named_queries())
    for named in q.named_queries().values():
        assert named.description, named.name
        q.screen(named.text)


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("pledges", ("pledge", "donor", "recipient", "value", "currency", "qualifier", "kind", "cumulative", "announcer", "date", "sources")),
        ("meetings", ("meeting", "participants", "place", "date", "type", "status")),
        ("actors", ("actor", "class", "label", "role", "affiliation", "mentions")),
    ],
)
def test_columns(graph, name, columns):
    assert q.run(graph, q.get_named(name).text).variables == columns


def test_params_are_declared():
    assert [(p.name, p.variable) for p in q.get_named("pledges-by-donor").params] == [("donor", "who")]
    assert [p.name for p in q.get_named("meetings-of").params] == ["actor"]
    assert [p.name for p in q.get_named("evidence").params] == ["fact"]


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_empty_graph_gives_no_rows(name):
    named = q.get_named(name)
    result = q.run(Graph(), named.text, bindings={p.variable: "x" for p in named.params})
    assert result.rows == ()
