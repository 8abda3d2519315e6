"""The newsgraph vocabulary in Python.

``ontology/newsgraph.ttl`` is the single source of truth; this namespace only
declares the terms the code may use, and ``tests/test_vocab.py`` checks that every
one of them is defined there. With ``_fail = True`` a typo is an AttributeError,
not a silently new term.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

NG_IRI = "https://w3id.org/newsgraph/ontology#"
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PLOVER = Namespace("https://w3id.org/newsgraph/plover#")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace("https://w3id.org/newsgraph/id/")


class NG(DefinedNamespace):
    _NS = Namespace(NG_IRI)
    _fail = True

    # classes (the first seven are fixed by the public contract)
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Region: URIRef
    Organization: URIRef
    Pledge: URIRef
    Meeting: URIRef
    Article: URIRef
    Mention: URIRef
    Place: URIRef
    AidKind: URIRef
    MeetingType: URIRef
    MeetingStatus: URIRef
    # the SKOS concept schemes that hold the individuals below
    AidKindScheme: URIRef
    MeetingTypeScheme: URIRef
    MeetingStatusScheme: URIRef

    # individuals: kinds of aid
    MilitaryAid: URIRef
    FinancialAid: URIRef
    HumanitarianAid: URIRef
    OtherAid: URIRef
    # individuals: meeting types
    InPersonMeeting: URIRef
    Visit: URIRef
    Summit: URIRef
    PhoneCall: URIRef
    VideoConference: URIRef
    PressConference: URIRef
    # individuals: meeting status
    Held: URIRef
    Planned: URIRef

    # pledges (donor, recipient, amount are fixed by the public contract)
    donor: URIRef
    recipient: URIRef
    amount: URIRef
    alternativeAmount: URIRef
    announcedBy: URIRef
    aidKind: URIRef
    cumulative: URIRef
    partOf: URIRef
    occasion: URIRef
    qualifier: URIRef  # on a schema:MonetaryAmount: "more than", "about", ...
    currencyInferred: URIRef  # on a schema:MonetaryAmount
    convertedAmount: URIRef  # the first amount in EUR / USD at the ECB reference rate
    rateDate: URIRef  # on a converted schema:MonetaryAmount: the day of the rate used

    # meetings (participant is fixed by the public contract)
    participant: URIRef
    meetingType: URIRef
    status: URIRef
    place: URIRef

    # events in general
    date: URIRef

    # actors
    role: URIRef
    affiliation: URIRef
    isoCode: URIRef

    # provenance
    mention: URIRef
    inArticle: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    ruleChain: URIRef
    contentHash: URIRef
    software: URIRef  # the prov:SoftwareAgent every build activity is associated with
