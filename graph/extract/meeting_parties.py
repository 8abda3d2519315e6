"""Meeting participants: who took part, each found by a named rule.

``read_participants`` applies the strategies in order to a ``Cue``: the names in a compound
("Biden-Xi-Gipfel") or else the clause's subject, the list after "mit"/"with", the objects of a verb
cue, a pronoun's referent; then, for every cue, the names that modify an English noun, a counterpart,
the organisation of a summit, a visited country, the hosts. Each strategy that found someone joins the
cue's chain; a cancelled or negated meeting, or a verb of talking with no one to talk to, is refused.
Every rule is registered in ``graph/data/rules/meeting.json``. One comment per linguistic rule.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import is_locative, possessive
from graph.extract.cues import cue_set, cues
from graph.extract.dates import is_date_word
from graph.extract.evidence import make_evidence
from graph.extract.meeting_triggers import T_NOUN, T_VERB, Cue, both, modifies_person_at, name_start
from graph.extract.persons import is_title_token, person_gender, role_index, singular_she
from graph.extract.rules import rule
from graph.lexicon import load_lexicon
from graph.model import ActorMention

P_COMPOUND = rule("meeting.participants.compound")
P_ATTENDING = rule("meeting.participants.attending_subject")
P_WITH = rule("meeting.participants.with_list")
P_ONE_BY_ONE = rule("meeting.participants.one_by_one")
P_SUBJECT = rule("meeting.participants.subject")
P_ANTECEDENT = rule("meeting.participants.relative_antecedent")
P_SPEAKER = rule("meeting.participants.speaker")
P_ABSENT = rule("meeting.participants.absent_subject")
P_OBJECT = rule("meeting.participants.verb_object")
P_INVERTED = rule("meeting.participants.inverted_subject")
P_GENITIVE = rule("meeting.participants.genitive")
P_VISITOR = rule("meeting.participants.visitor_after")
P_COMPOUND_MODIFIER = rule("meeting.participants.compound_modifier")
P_POSSESSIVE = rule("meeting.participants.possessive")
P_PRONOUN = rule("meeting.participants.pronoun")
P_ARRANGED = rule("meeting.participants.arranged_for")
P_DEFINITE_TRIP = rule("meeting.participants.definite_trip")
P_MODIFIERS = rule("meeting.participants.noun_modifiers")
P_COUNTERPART = rule("meeting.participants.counterpart")
P_BRACKET = rule("meeting.participants.not_bracketed")
P_SUMMIT_ORG = rule("meeting.participants.summit_organisation")
P_GATHERING = rule("meeting.participants.gathering_subjects")
P_FRONTED = rule("meeting.participants.fronted_subject")
P_VISITED = rule("meeting.participants.visited_country")
P_HOSTS = rule("meeting.participants.hosts")
P_CHAIR = rule("meeting.participants.chair")
P_PAIR = rule("meeting.participants.pair")
P_ADDRESSEE = rule("meeting.participants.addressee")
B_CANCELLED = rule("meeting.block.cancelled")
B_NEGATED = rule("meeting.block.negated")
B_NO_COUNTERPART = rule("meeting.block.no_counterpart")


# --- token helpers ----------------------------------------------------------------------------
def tok_of(doc: Doc, m: ActorMention) -> int:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.start if span is not None else -1


def _span_end(doc: Doc, m: ActorMention) -> int:
    return doc.char_span(m.start, m.end, alignment_mode="expand").end


def is_locative_m(doc: Doc, m: ActorMention, lang: str) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and is_locative(span, lang)


def by_first_token(doc: Doc, mentions: list[ActorMention]) -> dict[int, ActorMention]:
    """Mentions by the index of their first token."""
    out: dict[int, ActorMention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.setdefault(span.start, m)
    return out


def by_last_token(doc: Doc, mentions: list[ActorMention]) -> dict[int, ActorMention]:
    """Mentions by the index of their last token."""
    out: dict[int, ActorMention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.setdefault(span.end - 1, m)
    return out


def _keys(found: list[ActorMention]) -> set[str]:
    return {p.key for p in found}


# --- predicates on one name -------------------------------------------------------------------
def _after_preposition(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "für die Ukraine", "for Ukraine", "with Zelensky": an object, not the subject; also in
    apposition to a plural noun after one ("aus den Golfstaaten Katar und Kuwait")."""
    i = tok_of(doc, m) - 1
    skipped = 0
    roles = role_index(doc).tokens
    while i >= 0 and skipped < 3 and (doc[i].lower_ in both("articles") or i in roles):
        i -= 1
        skipped += 1
    if i >= 1 and lang == "de" and doc[i].text[:1].isupper() and doc[i - 1].lower_ in both("articles") and not doc[i].ent_type_:
        i -= 2  # (a noun with its article before the name: "den Golfstaaten")
    return i >= 0 and doc[i].lower_ in cue_set(lang, "non_subject_preps")


def _compound_modifier_of(doc: Doc, m: ActorMention) -> bool:
    """ "Syrien-Konferenz", "Ukraine-Krieg": the actor is the first part of a compound."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end].whitespace_ and doc[span.end + 1].text[:1].isupper()


def _modifies_person_noun(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "der SPD-Politiker", "the NATO chief": an organisation that names a person's side, not a party to the meeting."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    k = span.end + 1 if doc[span.end].text == "-" and span.end + 1 < len(doc) else span.end
    return k in role_index(doc).tokens or doc[k].text in cue_set(lang, "person_nouns") or doc[k].lower_ in cue_set(lang, "person_nouns")


def _in_subject(cue: Cue, m: ActorMention) -> bool:
    """A name before the cue in its clause that can be its subject: not a place ("in Kiew"), not an
    object ("für die Ukraine"), not the first part of a compound, not a person's side or country."""
    doc, lang = cue.doc, cue.lang
    i = tok_of(doc, m)
    return (cue.start <= i < cue.tok.i and not is_locative_m(doc, m, lang) and not _after_preposition(doc, m, lang)
            and not (m.kind == "Person" and _after_of(doc, m, lang))
            and not (m.kind == "Country" and _compound_modifier_of(doc, m))
            and not (m.kind == "Organization" and _modifies_person_noun(doc, m, lang))
            and not (m.metonymic and m.kind == "Country" and modifies_person_at(doc, i, cue.by_token)))


# --- lists and clause starts ------------------------------------------------------------------
def list_after(doc: Doc, start: int, end: int, by_token: dict[int, ActorMention], lang: str) -> list[ActorMention]:
    """A coordinated list of actors after "mit"/"zwischen"/"with": stops at the first word
    that is neither an actor, a role, an article, an adjective nor a conjunction."""
    out = []
    i = start
    roles = role_index(doc).tokens
    links, endings = both("actor_list_links"), tuple(both("adjective_endings"))
    while i < end:
        tok = doc[i]
        m = by_token.get(i)
        if m is not None:
            # (an actor right before a verb of saying tells of the meeting: "... with Emir Sabah, the National News
            # Agency said")
            j = _span_end(doc, m)
            if out and j < end and doc[j].lower_ in cue_set(lang, "speech_verbs") and _after_comma(doc, i, lang):
                break
            if not (m.metonymic and m.kind == "Country" and modifies_person_at(doc, i, by_token)):
                out.append(m)
            i = j
            continue
        if tok.text == "(" and i + 2 < end and doc[i + 2].text == ")":
            i += 3  # "der Afrikanischen Union (AU), Moussa Faki": an acronym in brackets
            continue
        # (an adjective comes after an article, a link or another adjective: "dem ukrainischen Präsidenten"; not after a
        # name, "mit Präsident Cyril Ramaphosa betonte der Bundespräsident ...")
        adjective = tok.text[:1].islower() and tok.text.endswith(endings) and tok.is_alpha and (i == start or doc[i - 1].ent_type_ != "Person")
        if tok.text in links or tok.lower_ in links or i in roles or is_title_token(tok, lang) or adjective:
            i += 1
            continue
        # (capitalised words of a title the lexicon does not hold, right before a person's name: "Speaker of
        # the House of Representatives Mike Johnson, Senate Republican Leader Mitch McConnell")
        k = _title_words_end(doc, i, end, by_token, cue_set(lang, "of_preps") | cue_set(lang, "definite_articles"))
        if k is not None:
            i = k
            continue
        break
    return out


def _after_comma(doc: Doc, i: int, lang: str) -> bool:
    """A comma (and an article) right before token i."""
    k = i - 1
    while k > 0 and doc[k].lower_ in cue_set(lang, "definite_articles"):
        k -= 1
    return k >= 0 and doc[k].text == ","


def _title_words_end(doc: Doc, i: int, end: int, by_token: dict[int, ActorMention], links: frozenset[str]) -> int | None:
    """The start of the person's name that ends a run of at most five capitalised words (with "of"/"the"
    among them, no comma) beginning at i; None where no person's name follows."""
    k, titled = i, False
    while k < min(end, i + 5) and k not in by_token and (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in links):
        titled = titled or doc[k].is_title
        k += 1
    return k if titled and k in by_token and by_token[k].kind == "Person" else None


def _comma_after_subject(doc: Doc, j: int, i: int) -> bool:
    """A stray comma between a person's name and the verb at i, at most an adverb between ("Sheikh Mohamed bin
    Zayed, telephonically called Prime Minister Sharif"): the name is still the subject."""
    between = doc[j + 1 : i]
    if len(between) > 1 or any(not (t.is_lower and t.is_alpha and t.lower_.endswith(tuple(both("adverb_endings")))) for t in between):
        return False
    return doc[j - 1].ent_type_ == "Person"


def _skipped_comma_clause(doc: Doc, lo: int, j: int) -> int | None:
    """ "Healey, who travelled overnight from Poland, met ...": a relative clause or an apposition
    (", Trump's son-in-law,") between subject and verb ends at the comma ``j``: the comma before it."""
    k = j - 1
    while k > lo and doc[k].text != ",":
        k -= 1
    apposition = j - k <= 11 and k + 2 < j and doc[k + 2].text in both("possessive_clitics")
    # (or a title after a person's name: "Odile Renaud-Basso, President of the European Bank for Reconstruction and
    # Development (EBRD), have signed")
    titled = j - k <= 14 and k + 1 < j and k + 1 in role_index(doc).tokens and doc[k - 1].ent_type_ == "Person"
    if doc[k].text == "," and k + 1 < j and (doc[k + 1].lower_ in both("relative_openers") or apposition or titled):
        return k
    return None


def _list_comma(doc: Doc, lo: int, j: int, by_token: dict[int, ActorMention]) -> bool:
    """ "Kanada, Deutschland und Frankreich trafen sich": a comma between the actors of a list."""
    return j + 1 in by_token and any(k in by_token for k in range(max(lo, j - 3), j))


def subject_start(doc: Doc, lo: int, i: int, by_token: dict[int, ActorMention]) -> int:
    """Where the clause of the cue at i begins: the last comma before it, unless the
    comma only separates the actors of a list."""
    j = i - 1
    while j > lo:
        # (a clause of what is said opens at "that"/"dass": "The State Department reports that during a trip to Kyiv, ...")
        if doc[j].lower_ in both("clause_conjunctions"):
            return j + 1
        if doc[j].text == "," and not _list_comma(doc, lo, j, by_token) and not _comma_after_subject(doc, j, i):
            k = _skipped_comma_clause(doc, lo, j)
            if k is not None:
                j = k - 1
                continue
            k = j - 1
            while k > lo and doc[k].text != ",":
                k -= 1
            # "the prime minister, Keir Starmer, spoke to ...": a name set off by commas is the subject
            named = by_token.get(k + 1)
            if doc[k].text == "," and named is not None and named.kind == "Person":
                span = doc.char_span(named.start, named.end, alignment_mode="expand")
                if span is not None and span.end == j:
                    return k + 1
            return j + 1
        j -= 1
    return lo


# --- the names of a compound ("Biden-Xi-Gipfel") ----------------------------------------------
def _compound_names(cue: Cue) -> tuple[list[ActorMention], int]:
    """ "X-Y-Gipfel": the names joined by hyphens before the cue, and the token before them."""
    doc, k = cue.doc, cue.tok.i - 1
    names = []
    while k - 1 >= cue.sent.start and doc[k].text == "-" and (m := cue.by_token.get(k - 1)) is not None:
        names.append(m)
        k -= 2
    return names, k


def _attending(cue: Cue, k: int) -> list[ActorMention]:
    """ "Selenskyj wird beim EU-Gipfel erwartet", "Merz nimmt am G7-Gipfel teil": the subject attends
    (only where the summit is attended: "beim", "am", "auf dem", "at the", not "nach dem")."""
    doc, sent = cue.doc, cue.sent
    first = doc[k] if k >= sent.start else None
    while first is not None and first.i > sent.start and first.lower_ in both("gathering_articles"):
        first = doc[first.i - 1]
    # (on its sidelines: "Maas sprach am Rande einer EU-Videokonferenz")
    if first is not None and first.i > sent.start and first.text in both("sideline_nouns"):
        first = doc[first.i - 1]
    if first is None or first.lower_ not in both("attendance_markers"):
        return []
    start = subject_start(doc, cue.lo, cue.tok.i, cue.by_token)
    taken = _keys(cue.participants)
    return [m for m in cue.in_sent if m.kind == "Person" and start <= tok_of(doc, m) < cue.tok.i
            and not _after_preposition(doc, m, cue.lang) and m.key not in taken]


def _compound_parties(cue: Cue) -> bool:
    """The names in a compound are the parties, and an organisation holds its own ("G7-Gipfel");
    but a single country there is the topic: "Syrien-Konferenz", "Ukraine-Gespräche". False when
    the compound names no party."""
    names, k = _compound_names(cue)
    if not (names and (len(names) >= 2 or names[0].kind != "Country")):
        return False
    cue.add(P_COMPOUND, names)
    cue.add(P_ATTENDING, _attending(cue, k))
    return True


# --- the clause: "mit X", the subject, negation ------------------------------------------------
def _with_list(cue: Cue) -> list[ActorMention]:
    """ "mit X", "zwischen X und Y", "with X": after the cue, or before a German clause-final verb
    (English puts "with" after its verb: "held talks with Meloni and was received by ...")."""
    doc, tok, lo, hi = cue.doc, cue.tok, cue.lo, cue.hi
    # (German looks back to the start of the cue's own clause: not "Nach dem Treffen zwischen Biden und Xi wird
    # Biden nach Tokio fliegen")
    own = subject_start(doc, lo, tok.i, cue.by_token) if cue.lang == "de" else lo
    back = list(range(tok.i - 1, max(own - 1, tok.i - 9), -1)) if cue.lang == "de" else []
    for j in list(range(tok.i + 1, min(hi, tok.i + 4))) + back:
        if doc[j].lower_ in cue_set(cue.lang, "with_preps"):
            return list_after(doc, j + 1, hi, cue.by_token, cue.lang) or _leaders_of(cue, j + 1)
    return []


def _leaders_of(cue: Cue, start: int) -> list[ActorMention]:
    """ "Treffen mit den Staats- und Regierungschefs von Japan, Australien und Indien", "meetings with the
    leaders of Japan, Australia and India": the countries whose leaders are met, each a meeting of its own."""
    doc, words, heads = cue.doc, cue_set(cue.lang, "leader_phrase_words"), cue_set(cue.lang, "leader_phrase_heads")
    k, headed = start, False
    while k < min(cue.hi, start + 12) and k not in cue.by_token and (doc[k].text in words or doc[k].lower_ in words):
        headed = headed or doc[k].text in heads or doc[k].lower_ in heads
        k += 1
    if not headed or k == start:
        return []
    found = list_after(doc, k, cue.hi, cue.by_token, cue.lang)
    countries = [m for m in found if m.key.startswith("country:") and m.form != "adjective"]
    # (a summit with many leaders is one gathering: "bei einem Gipfeltreffen mit den Staats- und Regierungschefs ...";
    # so are talks with one's own counterparts unless said to be separate: "talks with her counterparts from the
    # United States, Japan and India" is one, "bilateral meetings with his counterparts from ..." are several)
    own = any(doc[j].text in cue_set(cue.lang, "possessives") for j in range(start, k))
    separate = any(t.text in cue_set(cue.lang, "separate_meeting_signals") or t.lower_ in cue_set(cue.lang, "separate_meeting_signals")
                   for t in cue.sent)
    if len(countries) >= 2 and len(countries) == len(found) and cue.mtype == "meeting" and (separate or not own):
        cue.bilaterals = countries
    return countries


def side_of(m: ActorMention) -> str:
    """The state or body a person speaks for, up to the body it belongs to (the European Commission's
    president speaks for the EU); anyone else, itself."""
    return load_lexicon().whole(m.affiliation) if m.affiliation else m.key


def _one_by_one(cue: Cue, met: list[ActorMention]) -> None:
    """ "Clinton also met with Egyptian Foreign Minister Ahmed Aboul Gheit, French President Nicolas Sarkozy
    and Italian Prime Minister Silvio Berlusconi": a verb of meeting with three or more persons of two or
    more states or bodies, named one after another, is a meeting with each state's or body's."""
    persons = [m for m in met if m.kind == "Person"]
    # (persons of one state or body are met together: "Carney sowie von der Leyen und Costa" is two meetings)
    sides = {side_of(m) for m in persons}
    # (a noun of events in the plural with two or more persons is one event with each: "had phone conversations
    # with Mike Johnson, Mitch McConnell and Chuck Schumer", "Telefonate mit Macron und Scholz")
    verb = cue.mtype == "meeting" and T_VERB in cue.chain and len(persons) >= 3
    plural = cue.tok.text in cue_set(cue.lang, "plural_event_nouns") and len(persons) >= 2
    if (verb or plural) and len(persons) == len(met) and len(sides) >= 2:
        cue.bilaterals, cue.bilaterals_rule = persons, P_ONE_BY_ONE


def _antecedent(cue: Cue) -> ActorMention | None:
    """ "Carney, who spoke with Zelensky by phone": the relative pronoun's antecedent is the subject."""
    doc, lo = cue.doc, cue.start
    if lo > cue.sent.start + 1 and doc[lo - 1].text == "," and doc[lo].lower_ in both("subject_relatives"):
        # (German may close the clause before with its participle, past a party in brackets, when the relative clause
        # ends in the verb of meeting: "von Außenminister Schallenberg (ÖVP) vertreten, der ... Eli Cohen trifft")
        # ("die Delegation trifft": an article before a noun opens no relative clause)
        article = lo + 1 < cue.sent.end and doc[lo + 1].is_title and not doc[lo + 1].ent_type_
        end = _before_closing_words(doc, lo - 1) if cue.lang == "de" and T_VERB in cue.chain and not article else lo - 1
        return next((m for m in reversed(cue.in_sent) if m.kind == "Person" and tok_of(doc, m) < lo - 1
                     and _span_end(doc, m) in (lo - 1, end)), None)
    return None


def _before_closing_words(doc: Doc, k: int) -> int:
    """The token after the last name before the comma at k, past a verb at the clause's end and brackets:
    "Schallenberg (ÖVP) vertreten," -> the bracket after "Schallenberg"."""
    j = k - 1
    if j > 0 and doc[j].is_lower and doc[j].is_alpha:
        j -= 1
    if j > 0 and doc[j].text == ")":
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    return j + 1


def _speaker(cue: Cue, subject: list[ActorMention]) -> ActorMention | None:
    """ "..., Bolormaa Amgaabazar, said after meeting Prime Minister Sharif", "sagte nach dem
    Treffen mit ...": the speaker took part."""
    doc, tok, sent = cue.doc, cue.tok, cue.sent
    speech = next((t for t in doc[max(sent.start, tok.i - 4) : tok.i] if t.lower_ in cue_set(cue.lang, "speech_verbs")), None)
    if speech is None or any(m.kind == "Person" for m in subject):
        return None
    return next((m for m in reversed(cue.in_sent) if m.kind == "Person" and tok_of(doc, m) < speech.i
                 and speech.i - _span_end(doc, m) <= 2), None)


def _subject(cue: Cue) -> tuple[list[ActorMention], list[str]]:
    """The actors before the cue in its clause (persons first), with the rules that found them."""
    subject = [m for m in cue.in_sent if _in_subject(cue, m)]
    antecedent = _antecedent(cue)
    if antecedent is not None:
        subject = [antecedent] + subject
    speaker = _speaker(cue, subject)
    if speaker is not None:
        subject = [speaker] + subject
    persons = [m for m in subject if m.kind == "Person"]
    subject = persons or [m for m in subject if not m.metonymic or m.kind == "Organization"]
    others = [m for m in subject if m is not antecedent and m is not speaker]
    rules = ([P_SPEAKER] if speaker is not None else []) + ([P_ANTECEDENT] if antecedent is not None else []) + ([P_SUBJECT] if others else [])
    return subject, rules


def _negation_clause(cue: Cue) -> Span:
    """The words around the cue up to the next comma: where "nicht", "abgesagt" refer to it."""
    doc, tok, hi = cue.doc, cue.tok, cue.hi
    stop = next((j for j in range(tok.i + 1, hi) if doc[j].text == ","), hi)
    return doc[max(cue.start, tok.i - 8) : min(stop, tok.i + 14)]


def _cancelled(clause: Span, lang: str) -> bool:
    """ "the meeting was called off", "das Treffen wurde abgesagt": no meeting."""
    return any(cue in clause.text for cue in cues(lang)["cancel_cues"])


def _attend_verb(clause: Span, lang: str) -> bool:
    verbs = cue_set(lang, "attend_verbs")
    return any(t.lower_ in verbs or t.lemma_ in verbs for t in clause)


def _participle_clause(cue: Cue) -> bool:
    """The cue's clause opens at a comma with a present participle at most two words before the cue ("meeting",
    "holding talks")."""
    doc = cue.doc
    if cue.start <= cue.lo or doc[cue.start - 1].text != "," or cue.tok.i - cue.start > 2:
        return False
    first = doc[cue.start]
    return first.is_lower and first.is_alpha and first.lower_.endswith(tuple(cue_set(cue.lang, "present_participle_endings")))


def _clause_parties(cue: Cue) -> str | None:
    """The with-list and the subject of the clause; a refusal when the meeting is cancelled or denied.
    Negation: "X werde nicht an dem Treffen teilnehmen" removes X, the meeting stays; "ein Treffen
    ist nicht geplant", "they did not meet": no meeting at all."""
    cue.with_list = _with_list(cue)
    if cue.with_list:
        cue.chain.append(P_WITH)
        _one_by_one(cue, cue.with_list)
    cue.start = subject_start(cue.doc, cue.lo, cue.tok.i, cue.by_token)
    # a German infinitive with "zu" after a comma has the main clause's subject: "Merz und Macron
    # vereinbarten, sich im Mai zu treffen", "reiste nach Kiew, um Selenskyj zu treffen"
    if cue.lang == "de" and cue.tok.is_lower and cue.tok.i > 0 and cue.doc[cue.tok.i - 1].lower_ == "zu" and cue.start > cue.lo and cue.doc[cue.start - 1].text == ",":
        cue.start = subject_start(cue.doc, cue.lo, cue.start - 1, cue.by_token)
    # an English participle after a comma has the main clause's subject: "Fajon travelled to Kyiv, meeting with
    # her counterpart Dmytro Kuleba", "..., holding talks with Meloni"
    elif _participle_clause(cue):
        cue.start = subject_start(cue.doc, cue.lo, cue.start - 1, cue.by_token)
    subject, rules = _subject(cue)
    clause = _negation_clause(cue)
    if _cancelled(clause, cue.lang):
        return B_CANCELLED
    cue.negated = any(t.lower_ in cue_set(cue.lang, "negations") for t in clause)
    if cue.negated:
        if not _attend_verb(clause, cue.lang):
            return B_NEGATED
        subject, rules = [], [P_ABSENT]
    cue.chain += rules
    cue.participants = subject + cue.with_list
    # (a German relative clause ends in its verb: the names before it are its objects, "Schallenberg, der in Skopje
    # Eli Cohen sowie die Außenminister Georgiens (...) und Norwegens (...) trifft")
    if P_ANTECEDENT in rules and cue.lang == "de" and not cue.with_list:
        _one_by_one(cue, subject[1:])
    return None


# --- more names of the clause ------------------------------------------------------------------
def _verb_objects(cue: Cue) -> list[ActorMention]:
    """a verb cue takes the persons of its own clause as objects: "Merz empfing Starmer"; a comma
    before a name only opens an apposition ("den UN-Hochkommissar, Filippo Grandi,")."""
    doc, tok, hi, by_token = cue.doc, cue.tok, cue.hi, cue.by_token
    stop = next((j for j in range(tok.i + 1, hi) if doc[j].text == "," and not (j + 1 in by_token and by_token[j + 1].kind == "Person")), hi)
    # (English "after"/"before" opens another event: "arrived in Kyiv a day after the visit of Joe Biden";
    # German "nach" also leads to places: "reiste nach Kiew")
    if cue.lang == "en":
        stop = next((j for j in range(tok.i + 1, stop) if doc[j].lower_ in cue_set("en", "event_order_preps")), stop)
    return [m for m in cue.in_sent if tok.i < tok_of(doc, m) < stop and m.kind == "Person"]


def _inverted_subject(cue: Cue) -> list[ActorMention]:
    """German verb-second: the subject may follow the verb ("Noch am Vormittag kam Pistorius
    mit ... zusammen", "trafen sich die Sicherheitsberater Deutschlands, Frankreichs ... mit Jermak")."""
    doc, tok = cue.doc, cue.tok
    if any(p.kind == "Person" and tok_of(doc, p) < tok.i for p in cue.participants):
        return []
    first_with = next((j for j in range(tok.i + 1, cue.hi) if doc[j].lower_ in cue_set(cue.lang, "with_preps")), cue.hi)
    taken = _keys(cue.participants)
    return [m for m in cue.in_sent if tok.i < tok_of(doc, m) < first_with and m.key not in taken
            and not _after_preposition(doc, m, cue.lang) and m.form != "adjective"]


def _attendees_after(cue: Cue) -> list[ActorMention]:
    """ "Treffen der NATO-Militärführer", "meeting of G7 leaders": organisations named right after the cue."""
    out = []
    for j in range(cue.tok.i + 1, min(cue.hi, cue.tok.i + 4)):
        m = cue.by_token.get(j)
        if m is not None and m.kind == "Organization":
            out.append(m)
    return out


def _visitor_after(cue: Cue) -> list[ActorMention]:
    """ "des Besuchs von Modi in Washington", "the visit by Modi", "the visit of President Xi": the
    person or state right after a visit noun and "von"/"of"/"by" is the visitor."""
    doc, lang, tok = cue.doc, cue.lang, cue.tok
    if cue.mtype != "visit" or not tok.lower_.startswith(tuple(cue_set(lang, "visit_nouns"))) or tok.i + 2 >= cue.hi:
        return []
    # (German also with a genitive: "beim Besuch des lettischen Regierungschefs Krišjānis Kariņš")
    links = cue_set(lang, "of_preps") | cue_set(lang, "agent_preps") | (cue_set(lang, "genitive_links") if lang == "de" else frozenset())
    if doc[tok.i + 1].lower_ not in links:
        return []
    # (a national adjective there is the visiting state: "the visit of the Ukrainian president")
    m = cue.by_token.get(name_start(cue, tok.i + 2, cue.hi, adjectives=False))
    # (a country that opens a title compound names the person after it: "von US-Präsident Joe Biden")
    if m is not None and m.kind == "Country":
        j = _span_end(doc, m)
        person = next((cue.by_token[k] for k in range(j, min(cue.hi, j + 4)) if k in cue.by_token), None)
        # (a first name the lexicon did not join to the surname may stand between: "Regierungschefin Julia Swyrydenko")
        if person is not None and person.kind == "Person" and all(doc[k].text == "-" or is_title_token(doc[k], lang) or k in role_index(doc).tokens
                                                                  or k == tok_of(doc, person) - 1 and doc[k].is_title and doc[k].is_alpha
                                                                  for k in range(j, tok_of(doc, person))):
            m = person
    if m is None or m.kind not in ("Person", "Country") or is_locative_m(doc, m, lang):
        return []
    # (after "after"/"nach" the visit is another event than the clause's: "Meloni arrived in Kyiv a day
    # after the surprise visit of US President Joe Biden": Meloni took no part in it)
    if any(t.lower_ in cue_set(lang, "event_order_preps") for t in doc[max(cue.sent.start, tok.i - 3) : tok.i]):
        cue.participants = [p for p in cue.participants if tok_of(doc, p) > tok.i]
    return [] if m.key in _keys(cue.participants) else [m]


def _compound_modifier(cue: Cue) -> list[ActorMention]:
    """ "Koalitionstreffen" in an article about the "Koalition der Willigen": the modifier of a
    compound meeting noun names a group mentioned in full elsewhere in the article."""
    heads = cues(cue.lang)["compound_meeting_heads"]
    if not heads:
        return []
    m = re.match(r"^([a-zäöüß]{4,}?)(?:s)?(?:" + "|".join(heads) + r")$", cue.tok.lower_)
    if not m:
        return []
    stem = m.group(1)
    for mention in cue.mentions:
        if mention.kind == "Organization" and mention.name.lower().split()[0].startswith(stem) or (
            mention.kind == "Organization" and mention.surface.lower().split()[0] == stem
        ):
            return [mention]
    return []


def _she(doc: Doc, sent: Span, tok: Token, lang: str) -> bool:
    """German "sie" as "she": before the verb ("wo sie Selenskyj traf") or right after it ("trifft sie")."""
    return any(t.text in cue_set(lang, "pronoun_she") and t.i != sent.start for t in doc[max(sent.start, tok.i - 5) : min(sent.end, tok.i + 2)])


def _she_with_auxiliary(doc: Doc, cue: Cue, lang: str) -> bool:
    """German "sie" right after or before a singular auxiliary in the cue's clause: "wollte sie ... reisen"."""
    aux = cue_set(lang, "singular_auxiliaries")
    return any(t.text in cue_set(lang, "pronoun_she") and t.i != cue.sent.start
               and any(doc[j].lower_ in aux for j in (t.i - 1, t.i + 1) if cue.sent.start <= j < cue.sent.end)
               for t in doc[max(cue.sent.start, cue.start) : cue.tok.i])


def _pronoun_near(cue: Cue) -> bool:
    """a personal pronoun stands for a person near the cue: "erklärte er", "he met"."""
    doc, tok, sent, lang = cue.doc, cue.tok, cue.sent, cue.lang
    pronouns = cue_set(lang, "pronouns_person")
    opener = doc[sent.start]
    return (any(t.text in pronouns for t in doc[max(sent.start, cue.start, tok.i - 10) : min(sent.end, tok.i + 6)])
            # German "sie" is "she" with a verb in the singular: "wo sie Selenskyj traf"
            or (not cue.noun and not tok.lower_.endswith(tuple(cue_set(lang, "plural_verb_endings"))) and _she(doc, sent, tok, lang))
            # (or with a singular auxiliary beside it: "anschließend wollte sie noch in den Libanon reisen")
            or (not cue.noun and _she_with_auxiliary(doc, cue, lang))
            # a sentence opened by a pronoun ("Er wurde ... begleitet und traf sich mit ...")
            or opener.text in pronouns
            # German "Sie telefonierte ...": a sentence-initial "Sie" with a verb in the singular
            or (opener.text[:1].isupper() and singular_she(doc, opener, sent, lang)))


def _only_possessives_near(cue: Cue) -> bool:
    """Only possessives stand near the cue ("Trump telefonierte von seinem Schreibtisch aus"): they
    are the subject's own, not another person."""
    doc, tok, sent = cue.doc, cue.tok, cue.sent
    near = [t.text for t in doc[max(sent.start, cue.start, tok.i - 10) : min(sent.end, tok.i + 6)] if t.text in cue_set(cue.lang, "pronouns_person")]
    return bool(near) and all(w in cue_set(cue.lang, "possessives") for w in near)


def _referent(cue: Cue) -> None:
    """A pronoun stands for the subject only where no person is the subject already ("McGuinty met
    his Ukrainian counterpart": "his" is McGuinty); English only: a German verb-final clause puts the
    object before the verb."""
    doc, tok = cue.doc, cue.tok
    person_before = any(p.kind == "Person" and tok_of(doc, p) < tok.i for p in cue.participants)
    has_subject = person_before and (cue.lang == "en" or _only_possessives_near(cue))
    # (a visit noun with its own visitor after it has no pronoun's referent: "Sie war eingetroffen, einen
    # Tag nach dem Besuch von US-Präsident Joe Biden in Kiew")
    # (a subject pronoun right at the verb comes in whatever the objects: "In Hanoi trifft er Pham Minh Chinh
    # und Nguyen Phu Trong", "he met Chinh and Trong")
    if (len({p.key for p in cue.participants if p.kind == "Person"}) >= 2 and not _pronoun_at_verb(cue)) or cue.negated or has_subject or P_VISITOR in cue.chain:
        return
    taken = _keys(cue.participants)
    earlier = [m for m in cue.in_sent if m.kind == "Person" and m.end <= tok.idx and m.key not in taken and tok_of(doc, m) < cue.start]
    # a possessive ("nach seinem Treffen mit Trump") points at the subject of the same sentence
    if any(t.text in cue_set(cue.lang, "possessives") for t in doc[max(cue.sent.start, tok.i - 3) : tok.i]):
        ref = next((m for m in cue.in_sent if m.kind == "Person" and not _in_later_subclause(cue, m)), None)
        # (with no other person in the sentence, the subject of the sentence before: "Trump telefonierte
        # mit Merkel. Anschließend begann sein Telefonat mit Präsident Putin.")
        if (ref is None or ref.key in taken) and not earlier and cue.prev_persons and len(_keys(cue.participants)) <= 1:
            ref = cue.prev_persons[0]
        if (ref is None or ref.key in taken) and not earlier and len(_keys(cue.participants)) == 1:
            ref = _office_subject_before(cue) or ref
        if ref is not None and ref.key not in taken:
            cue.add(P_POSSESSIVE, [ref])
    # a personal pronoun next to the cue is the last person named before; a person earlier in the
    # same sentence ("Baerbock reiste nach Kiew, wo sie ...") comes first
    elif (cue.prev_persons or earlier) and _pronoun_near(cue):
        ref = earlier[0] if earlier else _agreeing(cue, cue.prev_persons)
        if ref is not None and ref.key not in taken:
            cue.add(P_PRONOUN, [ref])
    # a meeting arranged with one person and no one before it is the last subject's: "Maas reist nach Brasilien.
    # ... Außerdem ist ein Treffen mit Außenminister Ernesto Araújo geplant", "A meeting with ... is also planned"
    elif not earlier and _arranged_with_one(cue):
        ref = cue.prev_persons[0]
        if ref.key not in taken and side_of(ref) not in {side_of(p) for p in cue.participants}:
            cue.add(P_ARRANGED, [ref])
    # "Maas reist nach Brasilien. Die Reise nach Brasilien, Mexiko und Kolumbien ...": a definite visit noun with
    # no one named is the trip of the person the sentence before named
    elif not cue.participants and cue.mtype == "visit" and cue.prev_persons and _definite_noun(cue):
        cue.add(P_DEFINITE_TRIP, cue.prev_persons[:1])


def _noun_cue(cue: Cue) -> bool:
    """The cue is a noun (English "meeting" is read as one by the noun rule only)."""
    return cue.noun or T_NOUN in cue.chain


def _definite_noun(cue: Cue) -> bool:
    """The cue is a noun right after a definite article: "Die Reise nach ...", "during the visit"."""
    doc, i = cue.doc, cue.tok.i
    return _noun_cue(cue) and i > cue.sent.start and doc[i - 1].lower_ in cue_set(cue.lang, "definite_articles")


def _arranged_with_one(cue: Cue) -> bool:
    """A meeting noun with one person after "with" and a word of arranging after it in the sentence ("geplant",
    "planned", "scheduled"), the sentence before naming a person."""
    persons = [p for p in cue.participants if p.kind == "Person"]
    arranged = cue_set(cue.lang, "arranged_words")
    return (_noun_cue(cue) and bool(cue.prev_persons) and len(persons) == 1 and len(cue.participants) == 1 and P_WITH in cue.chain
            and any(t.lower_ in arranged for t in cue.doc[cue.tok.i + 1 : cue.sent.end]))


def _agreeing(cue: Cue, persons: list[ActorMention]) -> ActorMention | None:
    """The last person named whose gender, where known, agrees with the pronoun near the cue: "Murmu ...
    wo ihr Erster Bürgermeister Peter Tschentscher ... trifft sie" (she is Murmu, not Tschentscher)."""
    doc, tok, sent, lang = cue.doc, cue.tok, cue.sent, cue.lang
    near = {t.text for t in doc[max(sent.start, cue.start, tok.i - 10) : min(sent.end, tok.i + 6)]}
    wanted = "f" if near & cue_set(lang, "feminine_pronouns") and not near & cue_set(lang, "masculine_pronouns") else \
        "m" if near & cue_set(lang, "masculine_pronouns") and not near & cue_set(lang, "feminine_pronouns") else None
    if wanted is None:
        return persons[-1]
    # (a person of the other gender is passed over, also for one named up to a few sentences before; none
    # that agrees: the last one named, as before)
    before = [m for m in cue.mentions if m.kind == "Person" and cue.sent.start_char - 600 <= m.start and m.end <= cue.sent.start_char]
    return next((m for m in [*reversed(persons), *reversed(before)] if _gender(cue, m) in (wanted, None)), persons[-1])


def _gender(cue: Cue, m: ActorMention) -> str | None:
    return person_gender(cue.doc, m.start, m.end, m.key, cue.lang)


def _pronoun_at_verb(cue: Cue) -> bool:
    """A personal pronoun (not a possessive) right after a German verb cue or right before an English one."""
    doc, i = cue.doc, cue.tok.i
    if cue.noun:
        return False
    j = i + 1 if cue.lang == "de" else i - 1
    # (past auxiliaries and adverbs before an English verb: "She will meet ...", "he is to meet")
    while j > cue.sent.start and doc[j].lower_ in cue_set(cue.lang, "auxiliaries_before_verb"):
        j -= 1
    if not cue.sent.start <= j < cue.sent.end:
        return False
    word = doc[j].text
    return word in cue_set(cue.lang, "pronouns_person") and word not in cue_set(cue.lang, "possessives")


def _in_later_subclause(cue: Cue, m: ActorMention) -> bool:
    """A name after the cue behind a comma and a subordinator ("Es ist sein erster Besuch in Kiew, seit
    ... Kanzler Merz ..."): another clause's, no possessive's referent."""
    doc, tok = cue.doc, cue.tok
    i = tok_of(doc, m)
    subs, bare = cue_set(cue.lang, "subordinators"), cue_set(cue.lang, "subordinators_bare")
    # (English opens some clauses with no comma: "his first visit to Kyiv since Starmer took office")
    return i > tok.i and any(doc[k].text == "," and doc[k + 1].lower_ in subs or doc[k].lower_ in bare for k in range(tok.i, i - 1))


def _office_subject_before(cue: Cue) -> ActorMention | None:
    """ "Mozambique's president has thanked Modi ... He thanked during his phone call to PM Modi": a
    sentence opened by a pronoun after one whose subject is an unnamed office holder ("Mozambique's
    president", "Der mosambikanische Präsident") speaks of that holder, known only by their state."""
    doc, sent = cue.doc, cue.sent
    if sent.start == 0 or doc[sent.start].text not in cue_set(cue.lang, "pronouns_person"):
        return None
    # (the sentence before, or the one before that past a sentence naming no person)
    prev = doc[sent.start - 1].sent
    role = role_index(doc).within(prev.start, min(prev.end, prev.start + 10))
    if role is None and prev.start > 0 and not any(m.kind == "Person" and prev.start_char <= m.start < prev.end_char for m in cue.mentions):
        prev = doc[prev.start - 1].sent
        role = role_index(doc).within(prev.start, min(prev.end, prev.start + 10))
    if role is None or any(m.kind == "Person" and role.end_char <= m.start <= role.end_char + 1 for m in cue.mentions):
        return None
    glue = {""} | cue_set(cue.lang, "possessive_endings") | cue_set(cue.lang, "plain_articles")
    return next((m for m in cue.mentions if m.kind == "Country" and prev.start_char <= m.start
                 and m.end <= role.start_char and doc.text[m.end : role.start_char].strip().lower() in glue), None)


def _clause_names(cue: Cue) -> str | None:
    """The parties of a cue that is no compound: with-list and subject, then the objects of a verb
    (or a German subject after the verb), genitive attendees, a pronoun's referent."""
    refused = _clause_parties(cue)
    if refused is not None:
        return refused
    if not cue.with_list and not cue.noun:
        objects = _verb_objects(cue)
        cue.add(P_OBJECT, objects)
        _one_by_one(cue, objects)
    elif cue.lang == "de" and not cue.noun:
        cue.add(P_INVERTED, _inverted_subject(cue))
    cue.add(P_VISITOR, _visitor_after(cue))
    # genitive attendees: "Treffen der NATO-Militärchefs", "Koalitionstreffen"
    if cue.noun and len(cue.participants) < 2:
        cue.add(P_GENITIVE, _attendees_after(cue))
        cue.add(P_COMPOUND_MODIFIER, _compound_modifier(cue))
    _referent(cue)
    return None


# --- names every cue may have -------------------------------------------------------------------
def _modifiers_before(cue: Cue) -> list[ActorMention]:
    """English noun modifiers of a meeting noun: "G20 summit" -> [G20], "US-China talks" ->
    [China, US]; names joined by hyphens or slashes, right before the noun."""
    doc, by_end, lo = cue.doc, cue.by_end, cue.sent.start
    out: list[ActorMention] = []
    k = cue.tok.i - 1
    # (a capitalised title word may stand between: "the ASEAN-Australia Special Summit")
    while k > lo and doc[k].text in cue_set(cue.lang, "summit_title_words") and doc[k].text[:1].isupper() and cue.tok.text[:1].isupper():
        k -= 1
    # (and a word of its mode or kind: "an EU video conference", "a G7 leaders' meeting")
    while k > lo and doc[k].lower_ in cue_set(cue.lang, "meeting_mode_words"):
        k -= 1
    while k >= lo and (m := by_end.get(k)) is not None:
        out.append(m)
        k = doc.char_span(m.start, m.end, alignment_mode="expand").start - 1
        if k - 1 >= lo and doc[k].text in both("name_joiners") and by_end.get(k - 1) is not None:
            k -= 1
            continue
        break
    return out


def _noun_modifiers(cue: Cue) -> list[ActorMention]:
    """ "the G20 summit", "an EU-China summit", "a Biden-Xi meeting": names that modify an English
    meeting noun take part too (a single country is the topic: "the Ukraine talks")."""
    if not (cue.lang == "en" and (cue.tok.lower_ in cues(cue.lang)["meeting_nouns"] or cue.tok.lower_ in both("conference_nouns"))):
        return []
    modifiers = _modifiers_before(cue)
    if len(modifiers) >= 2 or (modifiers and modifiers[0].kind != "Country"):
        taken = _keys(cue.participants)
        return [m for m in modifiers if m.key not in taken]
    return []


def _counterparts(cue: Cue) -> list[ActorMention]:
    """ "met his Ukrainian counterpart", "mit seinem französischen Amtskollegen": the office
    holder of that country with the same role, if the lexicon knows exactly one; else the country."""
    doc, by_token, lang = cue.doc, cue.by_token, cue.lang
    out = []
    taken = _keys(cue.participants)
    host = next((p for p in cue.participants if p.kind == "Person" and p.role), None)
    for j in range(cue.start + 1, cue.hi):
        if doc[j].text not in cue_set(lang, "counterpart_nouns"):
            continue
        country = by_token.get(j - 1)
        if country is None or country.kind != "Country" or not country.metonymic:
            continue
        named = by_token.get(j + 1) or (by_token.get(j + 2) if j + 1 < len(doc) and doc[j + 1].text == "," else None)
        if named is not None and named.kind == "Person":
            # "seinem ukrainischen Amtskollegen Denys Schmyhal", "his counterpart, Denys Shmyhal": the name says who
            if named.key not in taken:
                out.append(named)
                taken.add(named.key)
            continue
        found = load_lexicon().holders(country.key, host.role, on=cue.published) if host is not None else ()
        if len(found) == 1 and found[0].key not in taken:
            e = found[0]
            out.append(ActorMention(key=e.key, kind="Person", name=e.label("en"), surface=doc[j - 1 : j + 1].text,
                                    start=doc[j - 1].idx, end=doc[j].idx + len(doc[j].text),
                                    evidence=make_evidence(doc[j].sent, doc[j - 1].idx, doc[j].idx + len(doc[j].text), country.evidence.article_id, "person.counterpart"),
                                    role=host.role, affiliation=country.key))
        elif country.key not in taken:
            out.append(country)
    return out


def _no_counterpart(cue: Cue) -> bool:
    """ "spoke to reporters", "sprach von einem Erfolg": a verb of talking meets someone only with a
    named counterpart after it ("spoke with Xi", "sprach mit Modi", "spoke to Zelensky")."""
    # (two or more subjects talk with each other: "Starmer and Macron had talks in London")
    return (cue.tok.lower_ in cue_set(cue.lang, "conversation_verbs") and not cue.with_list
            and not any(tok_of(cue.doc, p) > cue.tok.i for p in cue.participants)
            and len({p.key for p in cue.participants}) < 2)


def _drop_media(cue: Cue) -> None:
    """a newspaper or broadcaster, or a name in brackets, takes no part."""
    lex = load_lexicon()
    kept = [p for p in cue.participants if not (lex.entry(p.key) and lex.entry(p.key).media) and p.form != "bracket"]
    if len(kept) != len(cue.participants):
        cue.chain.append(P_BRACKET)
    cue.participants = kept


def _org_mention(key: str, participants: list[ActorMention]) -> ActorMention:
    """A participant known only through a person's affiliation: it shares that person's evidence."""
    person = next(p for p in participants if p.affiliation == key)
    entry = load_lexicon().entry(key)
    return replace(person, key=key, kind="Organization", name=entry.label("en") if entry else key, role=None, affiliation=None, metonymic=True)


def _summit_organisations(cue: Cue) -> list[ActorMention]:
    """a summit hosted or attended by an organisation's official is that organisation's summit."""
    if cue.mtype != "summit":
        return []
    participants = cue.participants
    orgs = {p.affiliation for p in participants if p.kind == "Person" and (p.affiliation or "").startswith("org:")}
    out = []
    for key in sorted(orgs - _keys(participants)):
        named = next((m for m in cue.in_sent if m.key == key), None)
        out.append(named or _org_mention(key, participants))
    return out


def _gathering_subjects(cue: Cue) -> list[ActorMention]:
    """ "Biden und Erdogan besprechen Konflikte am Rande des Nato-Gipfels", "APEC Summit: Biden holds
    talks with ...": a gathering named only by its organisation is attended by the sentence's subjects."""
    participants, doc, lang = cue.participants, cue.doc, cue.lang
    if not (participants and all(p.kind == "Organization" for p in participants) and cue.mtype in ("summit", "meeting") and not cue.negated):
        return []
    taken = _keys(participants)
    clitics = both("possessive_clitics")
    return [m for m in cue.in_sent if m.kind == "Person" and m.key not in taken
            and not _after_preposition(doc, m, lang) and not _after_of(doc, m, lang) and not is_locative_m(doc, m, lang)
            and m.form != "genitive" and doc.text[m.end : m.end + 1] != "s" and doc.text[m.end : m.end + 2] not in clitics]


def _after_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "the ousting of former leader Bashar al-Assad", "nach dem Sturz von Machthaber Assad": a name
    after "of" (German "von" after a noun; past articles, role words and lower-case adjectives) is
    what a noun is about, not a subject."""
    i, roles = tok_of(doc, m) - 1, role_index(doc).tokens
    # (a possessive owns the noun after it: "as part of Nyusi's state visit")
    if possessive(doc, m):
        return False
    skipped = 0
    while i >= 0 and skipped < 4 and (doc[i].lower_ in both("articles") or i in roles or doc[i].is_lower and doc[i].is_alpha
                                      and doc[i].lower_ not in cue_set(lang, "of_preps")):
        i, skipped = i - 1, skipped + 1
    if i < 0 or doc[i].lower_ not in cue_set(lang, "of_preps"):
        return False
    # (the author of a statement speaks for the meeting: "in einer gemeinsamen Erklärung von Außenministerin
    # Anita Anand ... nach den Treffen in Finnland", "a statement of ...")
    if i > 0 and doc[i - 1].lower_ in cue_set(lang, "statement_nouns"):
        return False
    # (a leader takes part: "die Delegation unter Leitung von Andrij Jermak", "under the leadership of")
    if i > 0 and (doc[i - 1].text in cue_set(lang, "leadership_nouns") or doc[i - 1].lower_ in cue_set(lang, "leadership_nouns")):
        return False
    if lang != "de":
        return True
    # (German "von" is also the agent of a passive, "wird der Kanzler von Steinmeier empfangen"; after a noun
    # it is an attribute, but a visit's visitor takes part: "Staatsbesuch von Präsident Erdoğan")
    noun = doc[i - 1] if i > 0 else None
    passive = any(t.lower_ in cue_set(lang, "passive_auxiliaries") for t in doc[doc[i].sent.start : i])
    return noun is not None and not passive and not noun.is_sent_start and noun.is_alpha and noun.text[:1].isupper() and not noun.ent_type_ \
        and not any(v in noun.lower_ for v in cue_set(lang, "visit_nouns"))


def _pair(cue: Cue) -> list[ActorMention]:
    """ "Both the leaders held bilateral talks", "Die beiden Politiker sprachen über ...": opening the
    sentence, with no one named in the clause, the two persons of the sentence before (exactly two)."""
    if cue.participants:
        return []
    doc, lang, sent = cue.doc, cue.lang, cue.sent
    opening = doc[sent.start : min(cue.tok.i, sent.start + 3)]
    pair = next((t.i for t in opening if t.lower_ in cue_set(lang, "pair_words")), None)
    nouns = cue_set(lang, "pair_nouns")
    if pair is None or not any(t.text in nouns or t.lower_ in nouns for t in doc[pair + 1 : min(cue.tok.i, pair + 3)]):
        return []
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is None:
        return []
    persons: list[ActorMention] = []
    for m in cue.mentions:
        if m.kind == "Person" and prev.start_char <= m.start < prev.end_char and m.key not in {p.key for p in persons}:
            persons.append(m)
    return persons if len(persons) == 2 else []


def read_participants(cue: Cue) -> str | None:
    """Every participant strategy in order; the rule that refuses the cue, if one does."""
    if not _compound_parties(cue):
        refused = _clause_names(cue)
        if refused is not None:
            return refused
    cue.add(P_PAIR, _pair(cue))
    cue.add(P_MODIFIERS, _noun_modifiers(cue))
    cue.add(P_COUNTERPART, _counterparts(cue))
    if _no_counterpart(cue):
        return B_NO_COUNTERPART
    _drop_media(cue)
    cue.add(P_SUMMIT_ORG, _summit_organisations(cue))
    cue.add(P_GATHERING, _gathering_subjects(cue))
    cue.add(P_FRONTED, _fronted_subject(cue))
    cue.add(P_ADDRESSEE, _addressee(cue))
    return None


def _addressee(cue: Cue) -> list[ActorMention]:
    """ "Macri richtete in einem Telefonat eine Bitte an IWF-Chefin Christine Lagarde", "In a phone
    call, Macri appealed to IMF chief Christine Lagarde": in a call with one party so far, the person
    a request is addressed to ("an"/"to", at most four words of title before the name) is the other."""
    doc, lang = cue.doc, cue.lang
    if cue.mtype != "call" or len(_keys(cue.participants)) != 1:
        return []
    taken, preps = _keys(cue.participants), cue_set(lang, "addressee_preps")
    for m in cue.in_sent:
        i = tok_of(doc, m)
        if m.kind != "Person" or m.key in taken or i < cue.tok.i:
            continue
        gap = doc[max(cue.sent.start, i - 5) : i]
        k = next((t.i for t in reversed(gap) if t.lower_ in preps), None)
        if k is not None and not any(t.is_punct and t.text != "-" for t in doc[k + 1 : i]):
            return [m]
    return []


def _fronted_subject(cue: Cue) -> list[ActorMention]:
    """ "During a press conference with Scholz in Berlin, Zelensky thanked ...", "Bei einem Treffen mit
    Scholz sagte Selenskyj ...": the subject of the main clause after a fronted meeting phrase. In
    English it follows the comma that closes the phrase; in German, the verb that follows it."""
    doc, lang, sent = cue.doc, cue.lang, cue.sent
    # (a summit needs no with-list: "Beim Gipfeltreffen in Brüssel kündigte der britische Premierminister
    # David Cameron ... an", "At the summit in Brussels, Cameron announced ...")
    # (nor a visit: "During a trip to Kyiv, Blinken and Austin announced ...", "Bei einem Besuch in Kiew
    # kündigte Baerbock ... an": the visitors)
    # (the phrase opens the sentence or a clause of what is said: "The State Department reports that during a trip to Kyiv, ...")
    opening = cue.start if cue.start > sent.start and doc[cue.start - 1].lower_ in both("clause_conjunctions") else sent.start
    if not (cue.with_list or cue.mtype in ("summit", "visit")) or doc[opening].lower_ not in cue_set(lang, "fronted_meeting_preps") \
            or cue.tok.i - opening > 6:
        return []
    taken = _keys(cue.participants)
    k = cue.tok.i + 1
    if lang == "en":
        k = next((t.i + 1 for t in doc[k : sent.end] if t.text == ","), sent.end)
    else:
        # past the with-list, places and dates: the first lower-case word that is no article or preposition is the verb
        k = next((t.i + 1 for t in doc[k : sent.end] if t.is_lower and t.is_alpha and t.lower_ not in
                  cue_set(lang, "articles") | cue_set(lang, "non_subject_preps") | cue_set(lang, "locative_preps") | cue_set(lang, "list_joiners")
                  and not is_date_word(t.text, lang=lang) and cue.by_token.get(t.i) is None), sent.end)
        # (past adverbs between verb and subject: "kündigte unter anderem der britische Premierminister ... an")
        while k < sent.end and doc[k].lower_ in cue_set(lang, "subject_fillers"):
            k += 1
    first = name_start(cue, k, sent.end)
    m = cue.by_token.get(first)
    if m is None or m.key in taken or m.kind != "Person":
        return []
    # (the visitors may be a list: "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin")
    listed = list_after(doc, first, sent.end, cue.by_token, lang) if cue.mtype == "visit" else [m]
    return [p for p in listed if p.kind == "Person" and p.key not in taken] or [m]


def visited_country(cue: Cue) -> ActorMention | None:
    """ "Anand visits Jordan", "besuchte Polen", "visited Kyiv", "besuchte am Montag Kiew", "Danach besuchte
    Kanzler Scholz Senegal": the visited country (or the country of the visited capital) is host, and place."""
    if cue.mtype != "visit":
        return None
    if (named := _visit_compound(cue)) is not None:
        return named
    if cue.noun:
        return None
    by_token, doc = cue.by_token, cue.doc
    roles = role_index(doc).tokens
    j, stop, subject = cue.tok.i + 1, min(cue.hi, cue.tok.i + 5), None
    while j < stop:
        m = by_token.get(j)
        # (German verb-second puts the visitor right after the verb: "Danach besuchte (Kanzler) Scholz Senegal")
        if m is not None and m.kind == "Person" and cue.lang == "de" and subject is None:
            subject = m
            while j < cue.hi and by_token.get(j) is m:
                j += 1
            stop = min(cue.hi, j + 4)
            continue
        if m is not None:
            ok = m.kind == "Country" and (not m.metonymic or m.form == "capital")
            return m if ok else None
        if cue.lang == "de" and subject is None and j in roles:
            j += 1
            continue
        # (only a date or an article may come between: "besuchte am Montag Kiew", "visited the Philippines")
        if not (doc[j].lower_ in cue_set(cue.lang, "plain_articles") | cue_set(cue.lang, "date_preps")
                or doc[j].text in cue_set(cue.lang, "visit_time_fillers") or is_date_word(doc[j].text, lang=cue.lang)):
            return _visited_before(cue)
        j += 1
    return _visited_before(cue)


def _visit_compound(cue: Cue) -> ActorMention | None:
    """ "bei einem Indien-Besuch", "seinem Berlin-Besuch", "during his India visit": the country (or the capital's
    country) named on the visit noun is visited."""
    doc, j = cue.doc, cue.tok.i - 1
    if not (cue.noun or cue.tok.lower_ in cue_set(cue.lang, "visit_nouns")):
        return None  # (a verb has its subject before it: "Nach ihrem Besuch in Jordanien reiste ...")
    if j > cue.sent.start and doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
        j -= 1
    elif cue.lang == "de":
        return None
    m = cue.by_end.get(j)
    if m is None or m.kind != "Country" or m.form not in ("name", "alias", "capital") or not m.key.startswith("country:"):
        return None
    # (not a list of visiting states: "the US-China visit" names two parties)
    k = doc.char_span(m.start, m.end, alignment_mode="expand").start - 1
    return None if k >= cue.sent.start and doc[k].text == "-" else m


def further_stops(cue: Cue, first: ActorMention) -> list[ActorMention]:
    """The other countries of a list the visited one opens: "will visit Latvia and Estonia",
    "besuchte Lettland, Litauen und Estland": each is a stop of its own."""
    i = tok_of(cue.doc, first)
    listed = list_after(cue.doc, i, cue.hi, cue.by_token, cue.lang)
    if not listed or listed[0].key != first.key:
        return []
    # (a country's name on a title names no stop: "during a trip to Kyiv, U.S. Secretary of State Antony Blinken")
    return [m for m in listed[1:] if m.kind == "Country" and m.form != "adjective" and (not m.metonymic or m.form == "capital")
            and m.key != first.key and not modifies_person_at(cue.doc, tok_of(cue.doc, m), cue.by_token)]


def _visited_before(cue: Cue) -> ActorMention | None:
    """German verb-final: "wird Minister Müller Kenia besuchen", "hat Polen besucht": the country
    right before the verb, after no preposition, is the visited one."""
    if cue.lang != "de" or cue.tok.i < 1:
        return None
    m = next((x for x in cue.in_sent if _span_end(cue.doc, x) == cue.tok.i), None)
    if m is None or m.kind != "Country" or m.form == "adjective" or (m.metonymic and m.form != "capital"):
        return None
    i = tok_of(cue.doc, m)
    before = cue.doc[i - 1].lower_ if i > 0 else ""
    # ("den Botschafter von Polen besucht": a country after "von"/"aus" qualifies a noun; not visited)
    if before in cue_set(cue.lang, "from_preps") or _after_preposition(cue.doc, m, cue.lang):
        return None
    return m


def _hosts_before(cue: Cue) -> list[ActorMention]:
    """German before the noun: "bei der von den Vereinten Nationen und Saudi-Arabien ausgerichteten
    virtuellen Konferenz": the names between "von" and the hosting participle."""
    doc, lo = cue.doc, max(cue.sent.start, cue.tok.i - 16)
    participle = next((j for j in range(cue.tok.i - 1, lo, -1)
                       if any(doc[j].lower_.startswith(v) and doc[j].lower_ != v for v in both("host_verbs"))), None)
    if participle is None or not all(doc[k].is_lower for k in range(participle + 1, cue.tok.i)):
        return []  # (only adjectives between the participle and the noun)
    agent = next((j for j in range(participle - 1, lo, -1) if doc[j].lower_ in both("host_agent_preps")), None)
    if agent is None:
        return []
    return [m for m in list_after(doc, agent + 1, participle, cue.by_token, cue.lang) if m.start < doc[participle].idx]


def chaired(cue: Cue) -> bool:
    """ "the meeting in Brussels, chaired by EU foreign policy chief Kaja Kallas": a chair presides
    over others, so the chair and the body named with them make a meeting of their own."""
    doc = cue.doc
    return any(doc[j].lower_ in cue_set(cue.lang, "chair_verbs") for j in range(cue.tok.i + 1, min(cue.hi, cue.tok.i + 9)))


def hosts(cue: Cue) -> list[ActorMention]:
    """ "co-hosted by the EU, France and Germany", "ausgerichtet von ...", "die von X ausgerichtete
    Konferenz": the hosts take part."""
    doc, hi = cue.doc, cue.hi
    if cue.noun and cue.lang == "de" and (before := _hosts_before(cue)):
        return before
    for j in range(cue.tok.i + 1, min(hi, cue.tok.i + 9)):  # ("the conference in Riyadh, co-hosted by")
        if doc[j].lower_ in both("host_verbs"):
            if j + 1 < hi and doc[j + 1].lower_ in both("host_agent_preps"):
                return list_after(doc, j + 2, hi, cue.by_token, cue.lang)
            return []
    return []
