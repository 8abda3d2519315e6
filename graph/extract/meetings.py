"""Meetings: who met whom, where, when, in what form.

``find_meetings(doc, article, mentions, lang=..., published=...)`` is pure. Per sentence every token
the type readers of ``meeting_triggers`` take for a meeting cue is a candidate; the blockers may still
refuse it; the participant strategies of ``meeting_parties`` find who took part, the place rules of
``meeting_places`` where, and the status and date rules when. ``merge_meetings`` then makes one record
per real meeting in the article, and a meeting left with a single person or country needs a place whose
country hosts it. Every rule that decided is recorded, in order, in the evidence's ``chain``;
``meeting_decisions`` also returns the refused cues with the rule that refused them, for ``newsgraph
explain``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import mentions_between
from graph.extract.cues import cue_set
from graph.extract.dates import office_day, find_date, find_weekday
from graph.extract.evidence import make_evidence
from graph.extract.meeting_parties import (
    P_CHAIR,
    P_HOSTS,
    P_VISITED,
    by_first_token,
    by_last_token,
    chaired,
    hosts,
    read_participants,
    further_stops,
    side_of,
    visited_country,
)
from graph.extract.meeting_places import (
    PL_LOCATIVE,
    PL_REMOTE,
    PL_VISITED,
    find_place,
    more_specific,
    place_country,
    places_compatible,
)
from graph.extract.meeting_triggers import (
    B_SIGNERS,
    BLOCKERS,
    REMOTE,
    Cue,
    blocked,
    both,
    donor_conference,
    lone_signer,
    read_type,
    retype,
    status,
)
from graph.extract.persons import role_index
from graph.extract.rules import Decision, Reading, rule
from graph.lexicon import load_lexicon
from graph.model import ActorMention, Article, Evidence, Meeting

B_NO_PARTICIPANTS = rule("meeting.block.no_participants")
B_LONE = rule("meeting.block.lone_participant")
P_VISIT_HOST = rule("meeting.participants.visit_host")
P_STOPS = rule("meeting.participants.further_stops")
P_BILATERALS = rule("meeting.participants.leaders_of")
P_PLACE_HOST = rule("meeting.participants.place_host")
PL_PREVIOUS_VISIT = rule("meeting.place.previous_visit")
P_CONFERENCE_DONORS = rule("meeting.participants.conference_donors")
P_CONFERENCE_SPEAKERS = rule("meeting.participants.conference_speakers")
T_CONFERENCE_NOUN = rule("meeting.type.conference")
P_BODY_MEMBERS = rule("meeting.participants.body_members")
# the blockers every meeting made has passed, in the order they are asked (``explain`` prints them)
CHECKED = (*(name for name, _ in BLOCKERS), B_NO_PARTICIPANTS, B_SIGNERS, B_LONE)
# a body meets on its own where the meeting is its own, or where its members meet
BODY_MEETING_RULES = {rule("meeting.participants.genitive"), rule("meeting.participants.compound"),
                      rule("meeting.participants.compound_modifier"), rule("meeting.participants.noun_modifiers"),
                      P_BODY_MEMBERS}
NEAR_CONFERENCE = 600  # characters: a pledge read this far after a donor conference's sentence was made there
D_CLAUSE = rule("meeting.date.clause")
D_WEEKDAY = rule("meeting.date.weekday")
M_SAME = rule("meeting.merge.same_meeting")
M_VAGUE = rule("meeting.merge.vague")
M_AMBIGUOUS = rule("meeting.merge.ambiguous")


@dataclass
class _Run(Reading):
    """The state of one article's reading, carried from sentence to sentence."""

    by_token: dict[int, ActorMention]
    by_end: dict[int, ActorMention]
    prev_persons: list[ActorMention] = field(default_factory=list)
    donors: list[tuple[ActorMention, int]] = field(default_factory=list)  # (a giver's first mention, where it pledged)
    donor_conference: bool = False  # the article named a donor conference
    meetings: list[Meeting] = field(default_factory=list)
    # per cue, in text order: (sentence, cue word, start, end, the chain of a refusal or the evidence made, the refusal or None)
    cues: list[tuple[str, str, int, int, tuple[str, ...] | Evidence, str | None]] = field(default_factory=list)


def find_meetings(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str, published: date | None = None,
                  donors: Sequence[tuple[str, int]] = ()) -> list[Meeting]:
    """The meetings of a parsed article. ``donors``: the givers of its pledges, in order, who
    attend a donor conference that names no participants of its own."""
    return _read(doc, article, mentions, lang, published, donors)[0]


def meeting_decisions(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str,
                      published: date | None = None, donors: Sequence[tuple[str, int]] = ()) -> list[Decision]:
    """Every meeting cue, in text order: the meeting it joined or why it made none."""
    return _read(doc, article, mentions, lang, published, donors)[1]


def _reporter(doc: Doc, m: ActorMention, lang: str) -> bool:
    """A person right before a verb of saying that opens a reported clause ("Sean Spicer mitteilte, dass")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end : min(span.sent.end, span.end + 3)]
    speech = cue_set(lang, "speech_verbs")
    return any((t.lower_ in speech or t.lemma_ in speech) and any(u.lower_ in cue_set(lang, "clause_conjunctions") for u in doc[t.i + 1 : t.i + 4])
               for t in after)


def _first_mentions(mentions: list[ActorMention], givers: Sequence[tuple[str, int]]) -> list[tuple[ActorMention, int]]:
    """(the giver's first mention, where its pledge was read) for each pledge."""
    first = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.key, m)
    return [(first[k], at) for k, at in givers if k in first]


def _donor_conference(run: _Run, cue: Cue) -> bool:
    """A donor conference, or "the conference" after the article named one ("am Ende der Konferenz")."""
    if donor_conference(cue):
        run.donor_conference = True
        return True
    return run.donor_conference and cue.tok.lower_ in cue_set(cue.lang, "conference_nouns")


def _body_members(cue: Cue) -> bool:
    """An organisation named through its members: "Die Außenminister der NATO berieten", "the
    foreign ministers of the G7 met", "NATO defence ministers met"."""
    orgs = [p for p in cue.participants if p.kind == "Organization"]
    if len(orgs) != 1 or len({p.key for p in cue.participants}) != 1:
        return False
    doc, roles = cue.doc, role_index(cue.doc).tokens
    span = doc.char_span(orgs[0].start, orgs[0].end, alignment_mode="expand")
    if span is None:
        return False
    j = span.start - 1
    while j > cue.sent.start and doc[j].lower_ in cue_set(cue.lang, "plain_articles") | cue_set(cue.lang, "genitive_links"):
        j -= 1
    members = cue_set(cue.lang, "member_nouns")

    def member(k: int) -> bool:
        return k in roles or doc[k].text in members or doc[k].lower_ in members

    before = j < span.start - 1 and j >= cue.sent.start and member(j)
    return before or span.end < len(doc) and member(span.end)


def _givers_near(run: _Run, cue: Cue) -> list[ActorMention]:
    """The givers of the pledges read in the conference's sentence or in the passage after it
    ("Bei einer Geberkonferenz in Genf ... Deutschland stellte 120 Millionen Euro bereit.")."""
    start = cue.sent.start_char
    taken = {p.key for p in cue.participants}
    near = [m for m, at in run.donors if 0 <= at - start <= NEAR_CONFERENCE and m.key not in taken]
    return list({m.key: m for m in near}.values())


def _with_speakers(run: _Run, m: Meeting, *, lone: bool = False) -> Meeting:
    """A donor conference read from its givers (held, with its parties merged already) was also
    attended by the persons quoted ("said", "told", "sagte") in its sentence or the passage after it:
    "'We must not abandon Syria,' Guterres told the conference."""
    if m.status != "held" or m.type != "summit" or not (lone or any(T_CONFERENCE_NOUN in e.chain or P_CONFERENCE_DONORS in e.chain for e in m.evidence)):
        return m
    doc, start = run.doc, min(e.sent_start for e in m.evidence)
    speech = cue_set(run.lang, "speech_verbs")
    found: list[str] = []
    # (a conference of one party so far is also attended by the persons quoted just before it: "..., sagte
    # Westerwelle vor den Delegierten. ... sagte Niebel am Rande der Konferenz")
    lo = -NEAR_CONFERENCE if lone else 0
    for a in run.mentions:
        if a.kind != "Person" or a.key in m.participants or a.key in found or not lo <= a.start - start <= NEAR_CONFERENCE:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and any(t.lower_ in speech or t.lemma_ in speech for t in span.sent):
            found.append(a.key)
    return _with_rule(replace(m, participants=tuple(sorted(m.participants + tuple(found)))), P_CONFERENCE_SPEAKERS) if found else m


def _read(doc: Doc, article: Article, mentions: list[ActorMention], lang: str, published: date | None,
          donors: Sequence[tuple[str, int]] = ()) -> tuple[list[Meeting], list[Decision]]:
    run = _Run(doc, article, mentions, lang, published, by_first_token(doc, mentions), by_last_token(doc, mentions),
               donors=_first_mentions(mentions, donors))
    for sent in doc.sents:
        in_sent = mentions_between(mentions, sent.start_char, sent.end_char)
        for tok in sent:
            _read_cue(run, sent, in_sent, tok)
        persons_here = [m for m in in_sent if m.kind == "Person"]
        # (a reporter is no subject: "..., dass Sean Spicer mitteilte, dass Präsident Trump und Kanzlerin Merkel ... sprachen")
        actors_here = [m for m in persons_here if not _reporter(doc, m, lang)] or persons_here
        if actors_here:
            run.prev_persons = actors_here[:1] if actors_here[0].start - sent.start_char < 60 else actors_here
    kept: list[Meeting] = []
    dropped: list[Meeting] = []
    merged = merge_meetings(run.meetings, mentions)
    for m in merged:
        hosted = _host_or_drop(_previous_visit_place(m, merged, lang), lang)
        if hosted is None and m.type == "summit" and m.status == "held":
            # "'Wir eröffnen ein neues Kapitel', so Somalias Präsident zu Beginn der Geberkonferenz. '...',
            # sagte auch EU-Ratspräsident Herman Van Rompuy": a conference of one party so far is
            # attended by the persons quoted after it
            spoken = _with_speakers(run, m, lone=True)
            hosted = spoken if len(spoken.participants) >= 2 else None
        if hosted is None:
            dropped.append(m)
        else:
            kept.append(hosted)
    kept = [_with_speakers(run, m) for m in kept]
    final = [_with_speakers(run, m) for m in _fold_conferences(kept)]
    # (the speakers and hosts added may show two mentions of a conference to be one: "bei einer
    # bilateralen Konferenz" and "sagte Kishida in der Eröffnungsrede zur Konferenz in Tokio")
    summits = [m for m in final if m.type == "summit"]
    folded = merge_meetings(summits, mentions) if len(summits) > 1 else summits
    if len(folded) < len(summits):
        final = [m for m in final if m.type != "summit"] + folded
    return final, _decisions(run, kept, dropped)


def _fold_conferences(meetings: list[Meeting]) -> list[Meeting]:
    """One donor conference per article: a conference whose participants were only its givers
    joins a summit the article names with its own participants, at a compatible place and date."""
    def by_donors(m: Meeting) -> bool:
        return any(P_CONFERENCE_DONORS in e.chain for e in m.evidence)

    def fits(m: Meeting, conf: Meeting) -> bool:
        return (m.type == "summit" and m.status == conf.status and places_compatible(m.place, conf.place)
                and (not m.date or not conf.date or m.date == conf.date))

    out = [m for m in meetings if not by_donors(m)]
    for conf in (m for m in meetings if by_donors(m)):
        target = next((i for i, m in enumerate(out) if not by_donors(m) and fits(m, conf)), None)
        if target is not None:
            out[target] = replace(out[target], evidence=out[target].evidence + conf.evidence, place=out[target].place or conf.place,
                                  date=out[target].date or conf.date)
            continue
        # mentions of the same donor conference ("the conference in London", "at this conference") are one
        same = next((i for i, m in enumerate(out) if by_donors(m) and fits(m, conf)), None)
        if same is None:
            out.append(conf)
        else:
            out[same] = _union(out[same], conf)
    return out


def _read_cue(run: _Run, sent: Span, in_sent: list[ActorMention], tok: Token) -> None:
    found = read_type(tok, run.lang)
    if found is None:
        return
    mtype, why = found
    cue = Cue(run.doc, sent, tok, run.lang, mtype, in_sent, run.mentions, run.by_token, run.by_end, run.prev_persons, chain=[why],
              published=office_day(run.published, run.article.text))
    refused = blocked(cue)
    if refused is None:
        retype(cue)
        refused = read_participants(cue)
        found = [m for m in hosts(cue) if m.key not in {p.key for p in cue.participants}]
        # (hosts alone make a meeting only when two or more host it: "co-hosted by the UN and Saudi Arabia")
        if cue.participants or len({m.affiliation or m.key for m in found}) >= 2:
            cue.add(P_HOSTS, found)
        elif len({m.key for m in found}) >= 2 and chaired(cue):
            # (a chair and the body they speak for: "chaired by EU foreign policy chief Kaja Kallas")
            cue.add(P_CHAIR, found)
        if refused in (None, B_NO_PARTICIPANTS) and len({p.key for p in cue.participants}) < 2 and _donor_conference(run, cue):
            # "Bei einer Geberkonferenz für den Jemen in Genf ...": the article's givers attended
            cue.add(P_CONFERENCE_DONORS, _givers_near(run, cue))
            refused = None
        refused = refused or (None if cue.participants else B_NO_PARTICIPANTS) or (B_SIGNERS if lone_signer(cue) else None)
    if refused is not None:
        chain = (cue.trigger, *cue.chain, refused)
        run.cues.append((sent.text.strip(), tok.text, tok.idx, tok.idx + len(tok.text), chain, refused))
        return
    if _body_members(cue):
        cue.chain.append(P_BODY_MEMBERS)
    meeting = _make(run, cue)
    split = _bilaterals(cue, meeting) or _stops(cue, meeting)
    run.meetings.extend(split or [meeting])
    run.cues.append((sent.text.strip(), tok.text, tok.idx, tok.idx + len(tok.text), meeting.evidence[0], None))


def _place(cue: Cue) -> tuple[str | None, str | None]:
    """The place of the cue's clause (none for a call or a video conference), then the visited
    country; and the host a city's description names ("in die ostukrainische Stadt Charkiw")."""
    place = host = None
    if cue.mtype in REMOTE:
        cue.chain.append(PL_REMOTE)
    # (a verb of travelling goes where it says after it: "Nach ihrem Besuch in Jordanien reiste die Ministerin nach Israel")
    elif (found := (cue.mtype == "visit" and not cue.noun and find_place(cue.doc[cue.tok.i + 1 : cue.hi], cue.lang, visit=True))
          or find_place(cue.doc[cue.start : cue.hi], cue.lang, visit=cue.mtype == "visit")) is not None:
        place, why, host = found
        cue.chain.append(why)
    visited = cue.visited = visited_country(cue)
    if visited is not None:
        if not place:
            # "visited Kyiv": the capital is the place, its country the host
            capital = load_lexicon().capital_of(visited.key, "en") if visited.form == "capital" else None
            place = capital or visited.name
            cue.chain.append(PL_VISITED)
        cue.add(P_VISITED, [visited])
    return place, host


def _after_place_prep(cue: Cue, m: ActorMention) -> bool:
    """The name right after "in"/"nach"/"to" (past an article), at most four words after the cue."""
    doc = cue.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start - cue.tok.i > 4:
        return False
    k = span.start - 1
    while k > cue.tok.i and doc[k].lower_ in both("plain_articles"):
        k -= 1
    return doc[k].lower_ in both("place_preps") | both("visit_preps")


def _bilaterals(cue: Cue, meeting: Meeting) -> list[Meeting]:
    """One meeting with each country whose leaders are met ("Treffen mit den Staats- und Regierungschefs von
    Japan, Australien und Indien"); none where no list of leaders was read."""
    others = {m.key for m in cue.bilaterals}
    own = set(meeting.participants) - others
    if cue.bilaterals and not any(k.startswith("person:") for k in own):
        # ("Merz plant weitere Gespräche, ausgemacht sind schon Treffen mit den Staats- und Regierungschefs von
        # ...": the person who opens the sentence meets them)
        first = next((m for m in cue.in_sent if m.kind == "Person" and m.start < cue.tok.idx), None)
        own |= {first.key} if first is not None else set()
    # (persons of one state or body met together are one meeting: "traf Carney sowie von der Leyen und Costa")
    groups: dict[str, set[str]] = {}
    for m in cue.bilaterals:
        groups.setdefault(side_of(m), set()).add(m.key)
    return [_copy(meeting, cue.bilaterals_rule or P_BILATERALS, participants=tuple(sorted(own | keys))) for keys in groups.values()]


def _copy(meeting: Meeting, why: str, **changes) -> Meeting:
    """The meeting again with other parties or place (``changes``), the rule that made it last in its chain."""
    evidence = replace(meeting.evidence[0], chain=(*meeting.evidence[0].chain, why))
    return replace(meeting, **changes, evidence=(evidence,))


def _stops(cue: Cue, meeting: Meeting) -> list[Meeting]:
    """A visit to a list of countries is one visit per country ("will visit Latvia and Estonia"): the
    visit to each, with its host as place (the first as read, with the other hosts taken out); none
    for a visit to one country."""
    visited = cue.visited
    if visited is None and cue.mtype == "visit" and meeting.place:
        # "bei einem Besuch in Ruanda und Tansania", "a visit to Latvia and Estonia": the country the place names
        host = place_country(meeting.place, cue.lang)
        visited = next((m for m in cue.in_sent if m.key == host and m.kind == "Country" and m.start > cue.tok.idx and _after_place_prep(cue, m)), None)
    further = further_stops(cue, visited) if visited is not None else []
    if not further:
        return []
    lex = load_lexicon()
    others = {m.key for m in further}
    first = replace(meeting, participants=tuple(k for k in meeting.participants if k not in others))
    out = [first]
    for stop in further:
        keys = tuple(sorted((set(first.participants) - {visited.key}) | {stop.key}))
        capital = lex.capital_of(stop.key, "en") if stop.form == "capital" else None
        out.append(_copy(meeting, P_STOPS, participants=keys, place=capital or stop.name))
    return out


def _covered_seats(participants: list[ActorMention]) -> set[str]:
    """ "Der Kreml bestätigte ein Treffen zwischen Putin und Xi": a seat of government that speaks for
    a state whose person or which itself takes part is no party of its own."""
    lex = load_lexicon()
    states = {p.affiliation if p.kind == "Person" else p.key for p in participants}
    return {p.key for p in participants if (e := lex.entry(p.key)) is not None and e.seat and e.affiliation in states}


def _make(run: _Run, cue: Cue) -> Meeting:
    lang, tok, window = run.lang, cue.tok, cue.window
    place, described = _place(cue)
    held = status(cue)
    keys = sorted({p.key for p in cue.participants} - _covered_seats(cue.participants))
    # a visit: the host country takes part ("Besuch in Kiew" -> Ukraine)
    if cue.mtype == "visit" and place:
        host = place_country(place, lang) or described
        if host and host not in keys:
            keys = sorted(keys + [host])
            cue.chain.append(P_VISIT_HOST)
    when = find_date(window.text, lang=lang, published=run.published, planned=held == "planned")
    if when:
        cue.chain.append(D_CLAUSE)
    weekday = find_weekday(window.text, lang=lang)
    if weekday is not None:
        cue.chain.append(D_WEEKDAY)
    evidence = make_evidence(cue.sent, tok.idx, tok.idx + len(tok.text), run.article.id, cue.trigger, chain=(cue.trigger, *cue.chain))
    return Meeting(participants=tuple(keys), evidence=(evidence,), type=cue.mtype, status=held, place=place,
                   date=when, virtual=cue.mtype == "video", weekday=weekday)


def _decisions(run: _Run, kept: list[Meeting], dropped: list[Meeting]) -> list[Decision]:
    """One decision per cue: the meeting its evidence ended in, or the rule that refused it."""
    where: dict[tuple[int, int], tuple[Evidence, Meeting | None]] = {}
    for m in kept:
        for ev in m.evidence:
            where[(ev.start, ev.end)] = (ev, m)
    for m in dropped:
        for ev in m.evidence:
            where[(ev.start, ev.end)] = (ev, None)
    out = []
    for sentence, word, start, end, made, refused in run.cues:
        if refused is not None:
            out.append(Decision(sentence, word, start, end, made, refused=refused))
            continue
        if (made.start, made.end) not in where:
            # a vague mention that fits several meetings: no one can say which
            out.append(Decision(sentence, word, start, end, (*made.chain, M_AMBIGUOUS), refused=M_AMBIGUOUS))
            continue
        ev, m = where[(made.start, made.end)]
        if m is None:
            out.append(Decision(sentence, word, start, end, (*ev.chain, B_LONE), refused=B_LONE))
        else:
            out.append(Decision(sentence, word, start, end, ev.chain, fact=m))
    return out


def _with_rule(m: Meeting, why: str) -> Meeting:
    """The meeting with ``why`` added to the chain of each of its evidence records."""
    return replace(m, evidence=tuple(replace(e, chain=(*e.chain, why)) for e in m.evidence))


def _previous_visit_place(m: Meeting, meetings: list[Meeting], lang: str) -> Meeting:
    """ "Lithuania and Latvia announced aid during their visit to Kyiv. ... Latvia pledged ... during a
    visit by Latvian Prime Minister Evika Siliņa": a lone visit with no place named goes on at the
    place of the visit told just before it (in the sentence before or the one before that)."""
    if m.type != "visit" or m.place or not _one_party(m):
        return m
    at = m.evidence[0].sent_start
    before = [v for v in meetings if v.type == "visit" and v.place and v.evidence[0].sent_start < at]
    if not before:
        return m
    last = max(before, key=lambda v: v.evidence[0].sent_start)
    if at - last.evidence[0].sent_end > 300:
        return m
    host = place_country(last.place, lang) or place_country(last.place, "en")
    keys = tuple(sorted(set(m.participants) | ({host} if host else set())))
    return _with_rule(replace(m, place=last.place, participants=keys), PL_PREVIOUS_VISIT)


def _one_party(m: Meeting) -> bool:
    """One participant, or a person with the state they serve ("Latvia ... Prime Minister Evika Siliņa")."""
    if len(m.participants) == 1:
        return True
    lex = load_lexicon()
    persons = [k for k in m.participants if k.startswith("person:")]
    others = set(m.participants) - set(persons)
    return len(persons) == 1 and len(others) == 1 and (e := lex.entry(persons[0])) is not None and e.affiliation in others


def _host_or_drop(m: Meeting, lang: str) -> Meeting | None:
    """A meeting has two parties. One participant is enough for a body meeting on its
    own ("Treffen der NATO-Militärchefs"); a single person or country needs a stated
    place, whose country then hosts ("nach den Treffen in Finnland")."""
    if len(m.participants) >= 2:
        return m
    if m.participants[0].startswith("org:"):
        # a body meets on its own only where the meeting is named as its own ("Treffen der
        # NATO-Militärchefs", "G7 summit") or it is the subject of a verb of meeting ("Die Außenminister
        # der G7 kommen zusammen"), not where a noun of talks follows it ("the IMF approved ..., amid
        # discussions for a new loan")
        own = {r for e in m.evidence for r in e.chain} & BODY_MEETING_RULES
        return m if own or m.type == "summit" else None
    if not m.place:
        return None
    host = place_country(m.place, lang) or place_country(m.place, "en")
    if host and host not in m.participants:
        return _with_rule(replace(m, participants=tuple(sorted(m.participants + (host,)))), P_PLACE_HOST)
    return None  # still one person or country alone: no one to meet


# --- one record per meeting ----------------------------------------------------------------------
def _parties(m: Meeting) -> tuple[set[str], set[str]]:
    persons = {k for k in m.participants if k.startswith("person:")}
    return persons, set(m.participants) - persons


def _compatible(a: Meeting, b: Meeting, affiliations: dict[str, str]) -> bool:
    """Two mentions of one meeting: same status, no conflicting date or place, and
    one's persons a subset of the other's; a country is covered by a person of it."""
    if a.status != b.status:
        return _within_visit(a, b) or _within_visit(b, a)
    # a call or video conference is not the summit or visit the same people attended
    if (a.type in REMOTE and _in_person(b)) or (b.type in REMOTE and _in_person(a)):
        return False
    # an organisation's summit is not the bilateral meeting held on its sidelines
    if (a.type == "summit") != (b.type == "summit") and _org_keys(a) != _org_keys(b):
        return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return False
    pa, ca = _parties(a)
    pb, cb = _parties(b)
    # two visits to different countries are two stops of a tour; the meetings with each of several
    # countries' leaders are one each
    if a.type == b.type == "visit" and ca and cb and not ca & cb and not places_compatible(a.place, b.place):
        return False
    # (nor is a meeting with one country's leader part of another meeting: "In separate talks with his Iraqi
    # counterpart ... Yun also held bilateral meetings with his counterparts from the United Arab Emirates, ...")
    if ca != cb and (_with_leaders(a) or _with_leaders(b)):
        return False
    if pa and pa == pb:
        return True  # the same people, no conflicting date: one meeting, wherever each sentence places it
    if not places_compatible(a.place, b.place):
        return False
    if pa and pb:
        return (pa <= pb or pb <= pa) and _countries_covered(a, b, affiliations)
    # a mention naming only countries or organisations, all of them on the other side (or the
    # countries of its persons), is the same meeting: "co-hosted by Japan and Ukraine" ~ "Kishida's speech at the conference"
    if places_compatible(a.place, b.place) and (not pb and cb and cb <= ca | {affiliations.get(p) for p in pa}
                                                or not pa and ca and ca <= cb | {affiliations.get(p) for p in pb}):
        return True
    # a group meeting with no named person absorbs named attendees of the same day
    if a.date and b.date and a.date == b.date and len(a.date) == 10:
        return True
    if not (a.date or b.date) and a.weekday is not None and a.weekday == b.weekday:
        return True
    if not pa and not pb:
        return ca == cb or (a.date is not None and a.date == b.date)
    return False


def _in_person(m: Meeting) -> bool:
    """A summit, visit or press conference, or talks held at a place: "held talks with Meloni ... at the
    Quirinale palace" is not the call Meloni joined from Rome."""
    # (a country or region named may be what was talked about: "besprachen ... die Lage in Syrien")
    return m.type in PRESENT or (m.type == "meeting" and m.place is not None and _venue(m.place)
                                 and any(PL_LOCATIVE in e.chain for e in m.evidence))


def _venue(place: str) -> bool:
    """A city or a building, not a country or region."""
    lex = load_lexicon()
    forms = [lex.lookup(place, lang) for lang in ("en", "de")]
    return not any(f is not None and (f.key.startswith("region:") or f.key.startswith("country:") and f.form in ("name", "alias"))
                   for f in forms)


def _with_leaders(m: Meeting) -> bool:
    return any(P_BILATERALS in e.chain for e in m.evidence)


def _countries_covered(a: Meeting, b: Meeting, affiliations: dict[str, str]) -> bool:
    """A country on one side must be on the other or be a person's there ("Kyiv visit" ~ Zelensky); a
    person of no known state met on a visit may be of the host ("during her visit to Tonga" ~
    "speaking alongside Prime Minister Dr. Aisake Eke")."""
    pa, ca = _parties(a)
    pb, cb = _parties(b)
    uncovered_a = ca - cb - {affiliations.get(p) for p in pb}
    uncovered_b = cb - ca - {affiliations.get(p) for p in pa}
    if len(uncovered_a) == 1 and not uncovered_b and any(affiliations.get(p) is None for p in pb - pa):
        uncovered_a = set()
    if len(uncovered_b) == 1 and not uncovered_a and any(affiliations.get(p) is None for p in pa - pb):
        uncovered_b = set()
    return not uncovered_a and not uncovered_b


def _within_visit(planned: Meeting, visit: Meeting) -> bool:
    """ "Sanchez arrived in Kyiv ... Sanchez is planning to meet with Zelenskiy later in the visit": a
    meeting planned within a visit told as under way is part of it."""
    if planned.status != "planned" or visit.status != "held" or visit.type != "visit":
        return False
    persons = {p for p in planned.participants if p.startswith("person:")}
    nouns = tuple(both("visit_nouns"))
    preps = both("within_visit_preps")

    def inside(sentence: str) -> bool:  # "later in the visit", "während des Besuchs": a preposition, at most one word, the noun
        words = sentence.lower().replace(",", " ").split()
        return any(w.startswith(nouns) and any(words[j] in preps for j in range(max(0, k - 2), k)) for k, w in enumerate(words))

    return bool(persons) and persons <= set(visit.participants) and any(inside(e.sentence) for e in planned.evidence)


def _org_keys(m: Meeting) -> set[str]:
    return {p for p in m.participants if p.startswith("org:")}


PRESENT = ("summit", "visit", "press_conference")  # meeting types where the parties are together
RANK = ["meeting", "press_conference", "call", "video", "summit", "visit"]


def _union(a: Meeting, b: Meeting) -> Meeting:
    return replace(
        a,
        participants=tuple(sorted(set(a.participants) | set(b.participants))),
        evidence=a.evidence + b.evidence,
        type=max(a.type, b.type, key=RANK.index),
        place=more_specific(a.place, b.place),
        date=max(a.date or "", b.date or "", key=len) or None,
        weekday=a.weekday if a.weekday is not None else b.weekday,
        virtual=a.virtual or b.virtual,
    )


def _vague(m: Meeting) -> bool:
    """A mention naming one person and nothing else ("his trip", "the talks"): it can
    belong to any meeting of that person."""
    persons, others = _parties(m)
    return len(persons) == 1 and not others


def merge_meetings(meetings: list[Meeting], mentions: list[ActorMention]) -> list[Meeting]:
    """One record per meeting of an article. Mentions that name the parties merge in
    text order; a vague mention joins a meeting only if exactly one fits it."""
    affiliations = {m.key: m.affiliation for m in mentions if m.kind == "Person" and m.affiliation}
    merged: list[Meeting] = []
    vague: list[Meeting] = []
    for m in meetings:
        if _vague(m):
            vague.append(m)
            continue
        for i, other in enumerate(merged):
            if _compatible(other, m, affiliations):
                merged[i] = _union(other, _with_rule(m, M_SAME))
                break
        else:
            merged.append(m)
    for m in vague:
        fits = [i for i, other in enumerate(merged) if _compatible(other, m, affiliations)]
        if len(fits) == 1:
            merged[fits[0]] = _union(merged[fits[0]], _with_rule(m, M_VAGUE))
        elif not fits:
            merged.append(m)
    return merged
