"""Pledge parties: who gives and who receives, each chosen by a named rule.

``choose_parties`` places every name of the clause among the donor or recipient candidates (a
preposition, a German dative, a verb of receiving or thanking, a passive agent, the subject after a
verb of saying); the driver in ``pledges`` then applies the donor and recipient strategies below in
order and records each rule that decided in the fact's chain. One comment per linguistic rule.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from babel.core import get_global
from spacy.tokens import Doc, Span, Token

from graph.extract.amounts import AmountMatch
from graph.extract.cues import cue_set, cues
from graph.extract.doctext import doc_text
from graph.extract.persons import role_index
from graph.extract.pledge_triggers import clause_end, clause_opening, donor_words, is_aid_noun, passive_receive_sentence, receive_sentence, share_cue
from graph.extract.rules import rule
from graph.lexicon import load_lexicon
from graph.model import ActorMention

_ARTICLES = cue_set("de", "plain_articles") | cue_set("en", "plain_articles")
# (the German ones that are no articles)
_RELATIVES = cue_set("en", "relative_subject_pronouns") | (cue_set("de", "relative_subject_pronouns") - _ARTICLES)

# how the first donor candidate came first
R_SUBJECT = rule("pledge.donor.subject")
R_THANKS = rule("pledge.donor.thanked")
R_RECEIVE_FROM = rule("pledge.donor.receive_from")
R_PASSIVE = rule("pledge.donor.passive_agent")
R_SPEECH = rule("pledge.donor.reported_subject")
R_CLAUSE = rule("pledge.donor.clause_subject")
R_PASSIVE_SPEAKER = rule("pledge.donor.passive_speaker")
# how a name became a recipient candidate
R_PREPOSITION = rule("pledge.recipient.preposition")
R_DATIVE = rule("pledge.recipient.dative")
R_OBJECT_WITH = rule("pledge.recipient.object_with")
R_HELPED = rule("pledge.recipient.helped")
R_BORROWER = rule("pledge.recipient.borrower")
R_SUPPORTED = rule("pledge.recipient.supported")
R_CONFERENCE_FOR = rule("pledge.recipient.conference_for")
R_THANKER = rule("pledge.recipient.thanker")
R_RECEIVER = rule("pledge.recipient.receiver")
R_POPULATION = rule("pledge.recipient.population")
R_CENTRAL_BANK = rule("pledge.recipient.central_bank")
R_ASSISTED = rule("pledge.recipient.assisted")
R_AID_COMPOUND = rule("pledge.recipient.aid_compound")
R_PLAN = rule("pledge.recipient.plan_modifier")
R_PASSIVE_OBJECT = rule("pledge.recipient.passive_object")
R_AFFLICTED = rule("pledge.recipient.afflicted")
R_FRONTED = rule("pledge.recipient.fronted_country")
# the recipient of a sentence that names none
R_OWN_DESTINATION = rule("pledge.recipient.own_destination")
R_ARTICLE_RECIPIENT = rule("pledge.recipient.article_recipient")
R_DESTINATION = rule("pledge.recipient.destination")
R_PREVIOUS = rule("pledge.recipient.previous")
R_MOST_FREQUENT = rule("pledge.recipient.most_frequent")
R_TOPIC = rule("pledge.recipient.topic")
R_REPLENISHED = rule("pledge.recipient.replenished")


def receives_as_whole(m: ActorMention) -> bool:
    """A country, a region, or a fund or agency that others pay into ("in den Grünen Klimafonds
    eingezahlt", "contributions to UNRWA"): what a pledge that names no recipient may go to."""
    if m.kind == "Country":
        return True
    entry = load_lexicon().entry(m.key) if m.kind == "Organization" else None
    return entry is not None and entry.receiver


def state_of(m: ActorMention) -> str | None:
    """The state or organisation an actor mention stands for: a person, their affiliation; a
    national body (US Congress, KfW, USAID), its state."""
    if m.kind == "Person":
        # (a person of a body that is part of another speaks for the whole: the Commission's president gives the
        # EU's money, "Von der Leyen kündigte 620 Millionen Euro an")
        return load_lexicon().whole(m.affiliation) if m.affiliation else None
    if m.kind == "Organization":
        # (and a fund of an organisation gives for it: "aus der Europäischen Friedensfazilität" -> EU)
        entry = load_lexicon().entry(m.key)
        if entry is not None and entry.affiliation:
            return entry.affiliation
    return m.key


def preceded_by(doc: Doc, m: ActorMention, words: set[str], reach: int = 2) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    j, budget = span.start - 1, reach
    while budget > 0 and j >= 0:
        if doc[j].lower_ in words:
            return True
        # (a relative pronoun between them is what the preposition governs: "an agreement under which Japan will provide")
        if doc[j].lower_ in _RELATIVES:
            return False
        modifier = _modifier_token(doc, j, span.start)
        if doc[j].lower_ not in _ARTICLES and not doc[j].text[:1].islower() and not modifier:
            return False
        # (an adjective between the article and the name costs no reach: "an das internationale Rote Kreuz";
        # nor does an organisation's name before it: "to the United Nations Humanitarian Fund")
        if not (doc[j].lower_ not in _ARTICLES and j > 0 and doc[j - 1].lower_ in _ARTICLES) and not modifier:
            budget -= 1
        j -= 1
    return False


def _back_past(doc: Doc, i: int, lo: int, words: frozenset[str]) -> int:
    """The first token at or before ``i`` (not before ``lo``) that is not one of ``words``."""
    while i > lo and doc[i].lower_ in words:
        i -= 1
    return i


def _modifier_token(doc: Doc, j: int, start: int) -> bool:
    """A token of an organisation's name that runs up to another name starting at ``start`` ("to the UN Green
    Climate Fund")."""
    return doc[j].ent_type_ == "Organization" and all(doc[k].ent_type_ == "Organization" and doc[k].ent_iob_ != "B" for k in range(j + 1, start)) \
        and start < len(doc) and doc[start].ent_iob_ == "B"


def _dative_feminine(doc: Doc, m: ActorMention) -> bool:
    """German "der Ukraine", "der Türkei": dative (or genitive) of a feminine name, i.e. not
    the subject; after a preposition ("in der Türkei") it is a place instead."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in cue_set("de", "dative_articles") or m.kind != "Country" or m.form == "adjective":
        return False
    preps = cue_set("de", "locative_preps") | cue_set("de", "dative_governing_preps")
    # ("dem Libanon", "dem Sudan": the dative of a masculine name after no preposition at all)
    if doc[span.start - 1].lower_ in cue_set("de", "masculine_dative_articles"):
        preps = preps | cue_set("de", "non_subject_preps") | cue_set("de", "from_preps")
    return span.start < 2 or doc[span.start - 2].lower_ not in preps


def excluded_as_recipient(doc: Doc, m: ActorMention, sent: Span, lang: str) -> bool:
    """Not the receiver although after "to"/"für": the goal of a visit ("during a visit to
    Jordan"), a detail after "including", a modifier ("a NATO scheme")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return True
    before = doc[max(sent.start, span.start - 3) : span.start]
    if any(t.lower_ in cue_set(lang, "visit_nouns") for t in before):
        return True
    # where it was told: "wie die Weltbank am Montag in Jordanien mitteilte", "said in Geneva"
    speech = cue_set(lang, "speech_verbs")
    told_after = span.end < sent.end and doc[span.end].lower_ in speech
    told_before = span.start >= 2 and doc[span.start - 2].lower_ in speech and doc[span.start - 1].lower_ in cue_set(lang, "locative_preps")
    if told_after or told_before:
        return True
    if any(t.lower_ in cue_set(lang, "detail_markers") for t in doc[sent.start : span.start]):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return lang == "en" and nxt is not None and nxt.is_lower and nxt.is_alpha and span.start > 0 and doc[span.start - 1].lower_ in cue_set(lang, "indefinite_articles")


@dataclass
class Parties:
    """The clause's candidate givers and receivers in order, and the rule that placed each."""

    donors: list[ActorMention] = field(default_factory=list)
    recipients: list[ActorMention] = field(default_factory=list)
    donor_rule: str = R_SUBJECT  # how the first donor came first
    why: dict[int, str] = field(default_factory=dict)  # a recipient's start -> the rule that made it one

    def receives(self, m: ActorMention, rule_id: str, *, first: bool = False) -> None:
        self.recipients.insert(0, m) if first else self.recipients.append(m)
        self.why[m.start] = rule_id

    def recipient_rule(self, m: ActorMention) -> str:
        return self.why.get(m.start, R_PREPOSITION)


@dataclass(frozen=True)
class _Scene:
    """What the role rules of one clause look at."""

    doc: Doc
    sent: Span
    trigger: Token
    lang: str
    receive: bool  # a verb of receiving: the subject receives
    thanks: Token | None  # a verb of gratitude: its object gave


def _next_token(doc: Doc, m: ActorMention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return doc[span.end] if span is not None and span.end < len(doc) else None


def _channelled(m: ActorMention, sc: _Scene, channelled: list[ActorMention]) -> bool:
    """an organisation that passes aid on gives nothing: "channelled through UNHCR", "über das
    WFP", "through the World Food Programme and UNICEF"."""
    # (nor is a national adjective on the aid itself a channel: "eine Vereinbarung über deutsche Kreditgarantien")
    if m.kind == "Person" or m.form == "adjective" and owns_aid(sc.doc, m, sc.lang):
        return False
    gap = doc_text(sc.doc)[channelled[-1].end : m.start].strip().lower() if channelled else None
    # (as is its acronym in brackets or a name in apposition: "through the World Food Program (WFP)", "through the
    # UN refugee agency, UNHCR")
    restated = gap is not None and (gap == "(" or re.fullmatch(r"(?:[a-zäöüß-]+\s+){0,3}[a-zäöüß-]+\s*,", gap) is not None)
    return preceded_by(sc.doc, m, cue_set(sc.lang, "channel_preps"), reach=4) or gap in cue_set(sc.lang, "list_joiners") or restated \
        or spending_agent(sc.doc, sc.sent, m, sc.lang)


def spending_agent(doc: Doc, sent: Span, m: ActorMention, lang: str) -> bool:
    """The agent of spending or carrying out: "3 million euros will be spent in Ukraine by the Red Cross",
    "von UNICEF umgesetzt" passes the money on."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    k = _back_past(doc, span.start - 1, sent.start, cue_set(lang, "plain_articles"))
    # ("vom Roten Kreuz eingesetzt": "vom" is "von dem")
    if k <= sent.start or doc[k].lower_ not in cue_set(lang, "agent_preps") | cue_set(lang, "giver_preps"):
        return False
    spending = cue_set(lang, "spending_participles")
    # (English names the participle before the agent, German after it, at the end of its clause: "von UNICEF
    # umgesetzt", "der vom Philippinischen Roten Kreuz für die Linderung der Not eingesetzt wird")
    after = doc[span.end : min(sent.end, span.end + (8 if lang == "de" else 2))]
    near = list(doc[max(sent.start, k - 4) : k]) + list(itertools.takewhile(lambda t: t.text not in (",", ";"), after))
    return any(t.lower_ in spending for t in near)


def _plan_modifier(m: ActorMention, sc: _Scene, nxt: Token | None) -> bool:
    """ "the UN's Yemen Humanitarian Response Plan", "Ukraine funding": a country modifying the aid."""
    # (an abbreviation owns its aid instead: "US aid to Afghanistan", "UK funding")
    if sc.lang != "en" or m.kind != "Country" or m.form not in ("name", "alias") or nxt is None or _abbreviation(sc.doc, m):
        return False
    return is_aid_noun(nxt, sc.lang) and nxt.lower_ not in cue_set(sc.lang, "pledge_verbs") or nxt.text in cue_set(sc.lang, "plan_heads")


def _idle_adjective(m: ActorMention, sc: _Scene, nxt: Token | None) -> bool:
    """ "nach dem russischen Überfall": a national adjective names a donor only on aid, a
    government, a title or a budget ("aus dem deutschen Haushalt")."""
    if m.form != "adjective" or nxt is None:
        return False
    government, roles = cue_set(sc.lang, "government_nouns"), role_index(sc.doc).tokens
    # (English names a ministry by a noun before it: "the Danish development ministry")
    after = sc.doc[nxt.i + 1] if sc.lang == "en" and nxt.is_lower and nxt.i + 1 < len(sc.doc) else None
    if (aid_ahead(sc.doc, nxt.i, sc.lang) or nxt.text in government or nxt.lower_ in government
            or after is not None and after.lower_ in government
            or nxt.ent_type_ == "" and nxt.i in roles or nxt.text in cue_set(sc.lang, "budget_nouns")):
        return False
    return not (sc.lang == "en" and nxt.i in roles)


def _recipient_form(m: ActorMention, sc: _Scene) -> str | None:
    """The rule by which a name reads as the receiver: "für die Ukraine", "to Ukraine", "der
    Ukraine" (German dative), "provide the Philippines with"."""
    doc = sc.doc
    if preceded_by(doc, m, cue_set(sc.lang, "recipient_preps")) or _to_government_of(doc, m, sc.lang) or _owner_of_goal(doc, m, sc.lang):
        return R_PREPOSITION
    # ("entfallen ... auf Syrien": the share falls to its receiver)
    if share_cue(sc.trigger, sc.lang) and preceded_by(doc, m, cue_set(sc.lang, "share_preps")):
        return R_PREPOSITION
    if sc.lang == "de" and _dative_feminine(doc, m) and not _genitive_attribute(doc, m):
        return R_DATIVE
    if sc.lang == "en" and _object_with(doc, m, sc.trigger):
        return R_OBJECT_WITH
    if _central_bank_of(doc, m, sc.lang):
        return R_CENTRAL_BANK
    if helped(doc, m, sc.lang):
        return R_HELPED
    if _afflicted(doc, m, sc.lang):
        return R_AFFLICTED
    return None


def _afflicted(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "zur Linderung der Dürre in Ostafrika", "for the victims of the earthquake in Turkey", "für die Flutopfer
    in Pakistan": the place of a disaster or of its victims receives, wherever it stands in the clause."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.form == "adjective":
        return False
    k = _back_past(doc, span.start - 1, span.sent.start, cue_set(lang, "plain_articles"))
    if k <= span.sent.start or doc[k].lower_ not in cue_set(lang, "in_preps"):
        return False
    crisis = cue_set(lang, "crisis_nouns")
    return any(t.lower_ in crisis or lang == "de" and t.text[:1].isupper() and t.lower_.endswith(tuple(crisis))
               for t in doc[max(span.sent.start, k - 3) : k])


def _central_bank_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "deposited $3 billion at Egypt's central bank", "bei der ägyptischen Zentralbank", "der Zentralbank
    Pakistans": money put into a state's central bank goes to that state."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.kind != "Country":
        return False
    banks = cue_set(lang, "central_bank_nouns")
    if lang == "en":
        start = _possessed(doc, m, lang)
        return start is not None and doc[start : start + 2].text.lower() in banks
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return m.form == "adjective" and after in banks or m.form == "genitive" and before in banks

def _owner_of_goal(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "an die Stabilisierungsmission der Afrikanischen Union", "to the mission of the African Union": the
    owner named after the noun that the money goes to receives it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    # (not a possessive or an adjective: "for the victims of Russia's war", "für die Opfer des russischen Angriffs")
    if span is None or m.form == "adjective" or doc_text(doc)[m.end : m.end + 2] in cue_set(lang, "possessive_clitics") | {"'", "’"}:
        return False
    # (English puts an article before the owner: "of the African Union")
    k = _back_past(doc, span.start - 1, span.sent.start, cue_set(lang, "plain_articles")) if lang == "en" else span.start - 1
    if k - 2 < span.sent.start or doc[k].lower_ not in (cue_set(lang, "genitive_links") if lang == "de" else cue_set(lang, "of_preps")):
        return False
    noun, det = doc[k - 1], doc[k - 2]
    if not (noun.is_alpha and not noun.ent_type_ and (noun.text[:1].isupper() or lang == "en")):
        return False
    return det.lower_ in cue_set(lang, "plain_articles") and k - 3 >= span.sent.start and doc[k - 3].lower_ in cue_set(lang, "recipient_preps")


def _to_government_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "to the Government of Tonga", "an die Regierung von Tonga": the state whose government receives."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    skip = cue_set(lang, "plain_articles") | cue_set(lang, "of_preps") | cue_set(lang, "government_nouns")
    k = span.start - 1
    government = False
    while k >= span.sent.start and span.start - k <= 4 and (doc[k].lower_ in skip or doc[k].text in skip):
        government = government or doc[k].lower_ in cue_set(lang, "government_nouns") or doc[k].text in cue_set(lang, "government_nouns")
        k -= 1
    return government and k >= span.sent.start and doc[k].lower_ in cue_set(lang, "recipient_preps")


def helped(doc: Doc, m: ActorMention, lang: str) -> bool:
    """The object of a verb of helping, past an article and "the government of": "will assist
    the Government of Tonga"; German also before the verb: "um die Regierung von Tonga zu unterstützen"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    support = cue_set(lang, "support_verbs")
    skip = cue_set(lang, "plain_articles") | cue_set(lang, "of_preps") | cue_set(lang, "government_nouns") | cue_set(lang, "population_nouns")
    k = span.start - 1
    while k >= span.sent.start and span.start - k <= 4 and (doc[k].lower_ in skip or doc[k].text in skip):
        k -= 1
    if k >= span.sent.start and (doc[k].lower_ in support or doc[k].lemma_ in support):
        # (not the subject right after the verb: "Mit einem Beitrag von ... unterstützt die Schweiz die Flutopfer")
        return not (lang == "de" and _subject_after_fronted(doc, span, span.sent, k))
    # German verb-final: "um Tonga zu unterstützen", "die Tonga unterstützen"
    after = doc[span.end : min(span.sent.end, span.end + 4)]
    return lang == "de" and any(t.lower_ in support for t in after) and any(t.lower_ in cue_set(lang, "infinitive_particles") for t in after)


def _adjective_on_received_aid(m: ActorMention, sc: _Scene) -> bool:
    """A national adjective after the verb of receiving, on the aid noun (past one lower-case word):
    "erhält ein neues deutsches Waffenpaket", "will receive a new German weapons package"."""
    span = sc.doc.char_span(m.start, m.end, alignment_mode="expand")
    return (m.form == "adjective" and span is not None and m.start > sc.trigger.idx and span.end + 1 < len(sc.doc)
            and (aid_ahead(sc.doc, span.end, sc.lang) or is_aid_noun(sc.doc[span.end + 1], sc.lang)))


def _role(m: ActorMention, sc: _Scene) -> tuple[str, str] | None:
    """("donor" | "recipient", rule) for a name that is neither skipped nor a modifier."""
    # the opponent in a fight neither gives nor receives: "für ihren Abwehrkampf gegen Russland", "against Russia"
    if preceded_by(sc.doc, m, cue_set(sc.lang, "opponent_preps")):
        return None
    if sc.thanks is not None:
        # gratitude names the giver as object: "Zelensky thanked Norway for its pledge", "dankte Deutschland"
        return ("donor", R_THANKS) if m.start > sc.thanks.idx else ("recipient", R_THANKER)
    if sc.receive:
        # (a source of the news neither gives nor receives: "von der Leyen zufolge", "laut der Regierung")
        if _source_of_news(sc.doc, m, sc.lang):
            return None
        # "Ukraine erhält von Deutschland ...": the giver follows von/from
        giver = preceded_by(sc.doc, m, cue_set(sc.lang, "from_preps")) or from_government_of(sc.doc, m, sc.lang)
        if not giver and _adjective_on_received_aid(m, sc):
            # "Die Ukraine erhält ein neues deutsches Waffenpaket": the state named on the aid received gives
            # it (the possessive rule then reads it as the aid's owner)
            return ("donor", R_RECEIVE_FROM)
        return ("donor", R_RECEIVE_FROM) if giver else ("recipient", R_RECEIVER)
    # "vonseiten der Bundesregierung", "seitens der EU": the part the money comes from gives
    if _on_the_part_of(sc.doc, m, sc.lang):
        return "donor", R_SUBJECT
    form = _recipient_form(m, sc)
    if form is None:
        return "donor", R_SUBJECT
    return None if excluded_as_recipient(sc.doc, m, sc.sent, sc.lang) else ("recipient", form)


def _marked_before(doc: Doc, m: ActorMention, words: frozenset[str]) -> bool:
    """The word or the words of up to three right before the name (past an article) are in ``words``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in _ARTICLES:
        k -= 1
    return k >= span.sent.start and any(" ".join(t.lower_ for t in doc[max(span.sent.start, k - n) : k + 1]) in words for n in (0, 1, 2))


def _on_the_part_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "vonseiten der Bundesregierung", "seitens der EU", "von Seiten Berlins"."""
    return _marked_before(doc, m, cue_set(lang, "on_the_part_preps"))


def _source_of_news(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "laut Scholz", "von der Leyen zufolge", "according to the IMF": who told of it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    return _marked_before(doc, m, cue_set(lang, "news_source_markers")) or (
        span.end < len(doc) and doc[span.end].lower_ in cue_set(lang, "news_source_postpositions"))


def _left_out(m: ActorMention, sc: _Scene, p: Parties) -> bool:
    """A name that neither gives nor receives."""
    doc = sc.doc
    # "Pistorius (SPD)": the party gives nothing
    if (state_of(m) is None and not private_person(doc, m, sc.lang)) or m.form == "bracket" or _restated(doc, m, p):
        return True
    # "the UN Green Climate Fund", "the EU Solidarity Fund": the organisation named before another's name
    # only says whose it is; the named one gives or receives
    # "more than $50 billion since Russia invaded", "seit Russland die Ukraine angriff": the subject of a
    # clause of time gives nothing
    return _org_modifier(doc, m) or _since_clause(doc, m, sc) or _relative_clause_aside(doc, m, sc)


def _place(m: ActorMention, sc: _Scene, p: Parties, channelled: list[ActorMention]) -> None:
    """Put one name of the clause among the donors or the recipients, or leave it out."""
    doc = sc.doc
    if _left_out(m, sc, p):
        return
    if _channelled(m, sc, channelled):
        channelled.append(m)
        return
    if _population_of(doc, m, sc.lang):
        # "für Geflüchtete aus dem Sudan im Tschad", "for refugees from Sudan": the people's country receives
        p.receives(m, R_POPULATION, first=True)
        return
    if _assisted(doc, m, sc.lang):
        # "for the United Nations and other organisations assisting Syrians": the organisations pass
        # the money on; the people they help receive it
        p.receives(m, R_ASSISTED, first=True)
        return
    nxt = _next_token(doc, m)
    if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(doc) and not nxt.whitespace_ and not doc[nxt.i - 1].whitespace_:
        # "Ukraine-Hilfe": the country of an aid compound receives; "Syrien-Konferenz": a topic
        # (a hyphen between spaces is a dash: "from the European Union - as well as")
        if is_aid_noun(doc[nxt.i + 1], sc.lang):
            # (an abbreviation names the giver instead: "EU-Budgethilfe", "US-Militärhilfe")
            if _abbreviation(doc, m):
                p.donors.append(m)
            else:
                p.receives(m, R_AID_COMPOUND)
        elif _governing_compound(doc, nxt.i + 1, sc.lang):
            # "Die EU-Staats- und Regierungschefs sagten Ankara ... zu", "die EU-Kommission": its leaders give
            p.donors.append(m)
        return
    if _plan_modifier(m, sc, nxt):
        # the plan's country receives, rather than the plan's owner named just before it
        ends = cue_set(sc.lang, "possessive_endings")
        p.recipients = [r for r in p.recipients if doc.text[r.end : m.start].strip() not in ends]
        p.receives(m, R_PLAN)
        return
    if _borrower(doc, m, sc):
        # "Kenya's arrangements for a total of SDR 1.655 billion": the loan's owner borrows it
        p.receives(m, R_BORROWER)
        return
    if owns_trigger(doc, m, sc.lang, sc.trigger):
        # "accept India's initial offer of $5 million": the owner of the giving noun gives
        p.donors.append(m)
        return
    if _idle_adjective(m, sc, nxt) or (role := _role(m, sc)) is None:
        return
    if role[0] == "donor":
        p.donors.append(m)
    else:
        p.receives(m, role[1])


def _org_modifier(doc: Doc, m: ActorMention) -> bool:
    """An organisation's name right before another organisation's: "the UN Green Climate Fund"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.kind != "Organization" or span is None or span.end >= len(doc) or not span[-1].whitespace_:
        return False
    return doc[span.end].ent_type_ == "Organization" and _modifier_token(doc, span.end - 1, span.end)


def _governing_compound(doc: Doc, i: int, lang: str) -> bool:
    """The head of a compound that names a body or the members of the name before the hyphen:
    "EU-Staats- und Regierungschefs", "US-Regierung", "EU-Außenminister"."""
    words = cue_set(lang, "government_nouns") | cue_set(lang, "member_nouns")
    t = doc[i]
    # (a person's title is the person's: "EU-Kommissionspräsidentin Ursula von der Leyen")
    return t.text in words or t.text + "-" in words


def _since_clause(doc: Doc, m: ActorMention, sc: _Scene) -> bool:
    """A name in a clause opened by "since"/"seit" (no comma between them) that does not hold the cue."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k >= sc.sent.start and doc[k].text not in (",", ";") and doc[k].lower_ not in cue_set(sc.lang, "since_subordinators"):
        k -= 1
    if k < sc.sent.start or doc[k].lower_ not in cue_set(sc.lang, "since_subordinators"):
        return False
    # ("seit Russlands Angriff", "since the start of the war": a phrase of time with a noun, no clause; a
    # possessive is left to the possessive rules)
    end = next((t.i for t in doc[span.end : sc.sent.end] if t.text in (",", ";")), sc.sent.end)
    return not k < sc.trigger.i < end


def _relative_clause_aside(doc: Doc, m: ActorMention, sc: _Scene) -> bool:
    """A name in a relative clause set off by commas that does not hold the cue: "Für den Libanon, der sich
    von dem Krieg zwischen der Hisbollah und Israel erholt, bewilligte die Weltbank 250 Mio. USD" (Israel
    neither gives nor receives)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k > sc.sent.start and doc[k].text not in (",", ";"):
        k -= 1
    if not (k > sc.sent.start and doc[k].text == "," and doc[k + 1].lower_ in cue_set(sc.lang, "relative_subject_pronouns")):
        return False
    end = next((t.i for t in doc[span.end : sc.sent.end] if t.text in (",", ";")), None)
    # (a German relative clause ends in its verb; "die" before a name and a figure is an article in a list:
    # ", die EU-Kommission 765 Millionen,")
    return end is not None and not k < sc.trigger.i < end and (sc.lang != "de" or doc[end - 1].is_lower)


def private_person(doc: Doc, m: ActorMention, lang: str) -> bool:
    """A person of no state or organisation, called founder, billionaire or philanthropist in the
    words right before the name ("Facebook-Gründer Mark Zuckerberg", "Microsoft co-founder Paul Allen")."""
    if m.kind != "Person" or m.affiliation:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    words = tuple(cue_set(lang, "private_donor_words"))
    return any(t.lower_.endswith(words) for t in doc[max(span.sent.start, span.start - 3) : span.start])


def _restated(doc: Doc, m: ActorMention, p: Parties) -> bool:
    """An acronym in brackets restating the name just placed: "the Asian Development Bank (ADB)"."""
    placed = p.donors + p.recipients
    return doc_text(doc)[max(0, m.start - 1) : m.start] == "(" and any(
        q.key == m.key and 0 <= m.start - q.end <= 3 for q in placed)


def _speech_verb(sc: _Scene) -> Token | None:
    """The verb of saying before the cue ("X said Y would provide"), or the cue itself when it
    reports a clause ("announced that ...")."""
    doc, sent, trigger = sc.doc, sc.sent, sc.trigger

    def reports(t: Token) -> bool:
        return t.i < trigger.i or any(u.lower_ in cue_set(sc.lang, "clause_conjunctions") for u in doc[t.i + 1 : min(sent.end, t.i + 4)])

    return next((t for t in sent if t.i <= trigger.i and t.lower_ in cue_set(sc.lang, "speech_verbs") and t.i > sent.start
                 and reports(t)), None)


def _passive_speaker(candidates: list[ActorMention], sc: _Scene) -> ActorMention | None:
    """A passive with no agent, told by a state or organisation after it: the teller gives
    ("... werden 500 Millionen Dollar bereitgestellt, wie die Weltbank mitteilte", "Moldova will be
    given €300 million, the EU said")."""
    doc, lang = sc.doc, sc.lang
    if not any(t.lower_ in cue_set(lang, "passive_auxiliaries") for t in doc[sc.sent.start : sc.trigger.i + 1]):
        return None
    # (the cue is a participle: "bereitgestellt", "zugesagt", "given", "provided"; not "is committing")
    words = [t.lower_ for t in doc[sc.trigger.i : min(sc.sent.end, sc.trigger.i + 2)]]
    # (German participles carry "ge" inside: "bereit gestellt", "zugesagt"; English ones end so: "given", "provided")
    inside, endings = cue_set(lang, "participle_infixes"), tuple(cue_set(lang, "participle_endings"))
    if not (any(x in w for w in words for x in inside) or endings and words[0].endswith(endings)):
        return None
    speech = cue_set(lang, "speech_verbs")
    verb = next((t for t in doc[sc.trigger.i + 1 : sc.sent.end] if t.lower_ in speech or t.lemma_ in speech), None)
    if verb is None:
        return None
    # the teller stands right before the verb of saying ("wie die Weltbank ... mitteilte") or after it ("said the EU")
    near = [m for m in candidates if m.kind != "Person" and sc.trigger.idx < m.start and abs(m.start - verb.idx) < 60]
    return near[0] if near else None


def _order_subjects(p: Parties, sc: _Scene, in_sent: list[ActorMention], amount_tok: tuple[int, int]) -> None:
    """The giver among the donor candidates of an active or passive clause."""
    doc, lang = sc.doc, sc.lang
    # the agent of a passive gives: "will be provided to Moldova by the European Union",
    # "Die Zusage erfolgte durch Verteidigungsminister Pistorius", "wurden von Deutschland zugesagt"
    agents = passive_agents(doc, sc.sent, in_sent, lang)
    if agents:
        objects = [m for m in p.donors if m not in agents and m.kind != "Person" and m.start < agents[0].start
                   and not preceded_by(doc, m, cue_set(lang, "non_subject_preps") | cue_set(lang, "source_preps"))]
        for m in objects:
            p.receives(m, R_PASSIVE_OBJECT)
        p.donors = agents + [m for m in p.donors if m not in agents and m not in p.recipients]
        p.donor_rule = R_PASSIVE
        return
    # a name inside a prepositional phrase is no subject: "at a meeting of NATO ministers,
    # Germany pledged", "under NATO's scheme": such donors come last
    p.donors.sort(key=lambda m: oblique(doc, m, lang))
    speaker = _passive_speaker(p.donors, sc)
    if speaker is not None:
        p.donors = [speaker] + [m for m in p.donors if m is not speaker]
        p.donor_rule = R_PASSIVE_SPEAKER
        return
    opened = clause_opening(doc, sc.sent, sc.trigger.i, lang)
    own = [m for m in p.donors if opened is not None and opened.idx <= m.start < sc.trigger.idx and not oblique(doc, m, lang)]
    if own:
        # "The UN called on donors to help, as Norway promised $40 million": the subject of
        # the cue's own clause gives
        p.donors = own + [m for m in p.donors if m not in own]
        p.donor_rule = R_CLAUSE
        return
    speech = _speech_verb(sc)
    if speech is not None:
        # the subject between the speech verb and the cue ("Japan said it would provide the
        # Philippines ..."), or after the cue when the cue is the speech verb ("announced that the EU ...")
        until = doc[amount_tok[0]].idx if speech.i == sc.trigger.i else sc.trigger.idx
        after = [m for m in p.donors if speech.idx < m.start < until and m.kind != "Person" and not oblique(doc, m, lang)]
        if after:
            p.donors = after + [m for m in p.donors if m not in after]
            p.donor_rule = R_SPEECH


def choose_parties(doc: Doc, sent: Span, trigger: Token, amount_tok: tuple[int, int], in_sent: list[ActorMention], lang: str) -> Parties:
    """The donor and recipient candidates among the actor mentions of the clause, in order."""
    thank = cue_set(lang, "thank_verbs")
    opened = clause_opening(doc, sent, trigger.i, lang)
    # a thanks in another clause is not the cue's: "X thanked donors, as Norway promised $40 million",
    # "Germany pledged $123 million for Yemen, which the UN welcomed"
    own = doc[opened.i if opened is not None else sent.start : clause_end(doc, sent, amount_tok[1], lang)]
    thanks = next((t for t in own if t.lower_ in thank or t.lemma_ in thank), None)
    # (a passive names the thanked as its subject, and the clause after "for" reads as any other: "Saudi, UAE
    # praised for pledging $1 billion aid to Yemen")
    if thanks is not None and lang == "en" and thanks.lower_.endswith("ed") and thanks.i + 1 < sent.end and doc[thanks.i + 1].lower_ == "for":
        thanks = None
    sc = _Scene(doc, sent, trigger, lang, receive_sentence(sent, lang), thanks)
    p = Parties(donor_rule=R_THANKS if sc.thanks is not None else R_RECEIVE_FROM if sc.receive else R_SUBJECT)
    channelled: list[ActorMention] = []
    for m in in_sent:
        _place(m, sc, p, channelled)
    if sc.thanks is None and not sc.receive:
        _order_subjects(p, sc, in_sent, amount_tok)
    elif sc.receive:
        _givers_listed_on(p, sc, in_sent)
        _receiving_passive(p, sc)
    # a region or a people receives and never gives: "$61 million for the support of internally displaced Rohingya"
    p.donors = [m for m in p.donors if not m.key.startswith("region:")]
    return p


@cache
def list_gap(lang: str, *, bracket_needed: bool = True) -> re.Pattern[str]:
    """What stands between two names of a list: a figure in brackets, then joiners and articles ("($10 million),
    and the"); with ``bracket_needed`` False, joiners alone do too ("and")."""
    joiners = "|".join(re.escape(w) for w in cue_set(lang, "list_joiners") | cue_set(lang, "definite_articles"))
    bracketed = rf"\([^()]*\)(?:\s*(?:{joiners}))*"
    return re.compile(rf"\s*{bracketed}\s*" if bracket_needed else rf"\s*(?:{bracketed}|(?:\s*(?:{joiners}))+)\s*")


def _givers_listed_on(p: Parties, sc: _Scene, in_sent: list[ActorMention]) -> None:
    """A name that follows a giver in a list (with its figure in brackets or not) gives too: "hat Beiträge
    von den Regierungen Islands (3,6 Mio. USD), Lettlands (2 Mio. EUR) und der Niederlande (60 Mio. EUR)
    erhalten", "received contributions from Iceland and Latvia"."""
    text, gap = doc_text(sc.doc), list_gap(sc.lang, bracket_needed=False)
    ordered = sorted(in_sent, key=lambda x: x.start)
    for before, m in zip(ordered, ordered[1:]):
        if before in p.donors and m in p.recipients and before.end <= m.start and gap.fullmatch(text[before.end : m.start]):
            p.recipients.remove(m)
            p.donors.append(m)


def _receiving_passive(p: Parties, sc: _Scene) -> None:
    """A passive whose subject receives ("Nigeria will be given $60 million"): the subject is the passive's
    object; the agent after "by" gives ("... by the Gates Foundation"), else the teller ("..., the G7 said")."""
    if not passive_receive_sentence(sc.sent, sc.lang):
        return
    for m in p.recipients:
        if p.why.get(m.start) == R_RECEIVER and m.start < sc.trigger.idx:
            p.why[m.start] = R_PASSIVE_OBJECT
    if p.donors:
        if preceded_by(sc.doc, p.donors[0], cue_set(sc.lang, "agent_preps")):
            p.donor_rule = R_PASSIVE
        return
    teller = _passive_speaker(p.recipients[1:], sc)
    if teller is not None:
        p.recipients.remove(teller)
        p.donors.insert(0, teller)
        p.donor_rule = R_PASSIVE_SPEAKER


def owns_budget(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "aus dem deutschen Haushalt": a national adjective on the budget the money comes from."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return m.form == "adjective" and span is not None and span.end < len(doc) and doc[span.end].text in cue_set(lang, "budget_nouns")


def passive_agents(doc: Doc, sent: Span, in_sent: list[ActorMention], lang: str) -> list[ActorMention]:
    """The "by"/"von"/"durch" names of a passive clause (an auxiliary of the passive in the
    sentence, a giving cue, and the name after the preposition)."""
    if not any(t.lower_ in cue_set(lang, "passive_auxiliaries") for t in sent):
        return []
    agents = []
    for m in in_sent:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        # "by the European Union", "durch Verteidigungsminister Boris Pistorius", "von Deutschland"
        while k > sent.start and (doc[k].lower_ in cue_set(lang, "plain_articles") or k in role_index(doc).tokens):
            k -= 1
        if k >= sent.start and doc[k].lower_ in cue_set(lang, "agent_preps") and not (lang == "de" and doc[k].lower_ == "von" and _genitive_like_von(doc, k, lang)):
            # ("followed by the United Kingdom with £1.1 billion", "gefolgt von": a ranking, not a passive agent)
            if (not (k > sent.start and doc[k - 1].lower_ in cue_set(lang, "ranking_participles")) and not spending_agent(doc, sent, m, lang)
                    and not _attributive_agent(doc, k, span, lang)):
                agents.append(m)
    return agents


def _attributive_agent(doc: Doc, k: int, span: Span, lang: str) -> bool:
    """ "für den Wiederaufbau der von Russland zerstörten Infrastruktur": the agent of a participle that
    describes a noun (article, "von", name, participle, noun) did something else than give; not when the
    participle gives ("die von Japan zugesagten Milliarden")."""
    if lang != "de" or k == 0 or span.end + 1 >= len(doc) or doc[k - 1].lower_ not in cue_set(lang, "plain_articles"):
        return False
    participle, noun = doc[span.end], doc[span.end + 1]
    gives = participle.lemma_ in cue_set(lang, "pledge_verbs") or participle.lower_ in cue_set(lang, "pledge_verbs")
    return participle.is_lower and participle.is_alpha and noun.text[:1].isupper() and noun.is_alpha and not gives


def _genitive_like_von(doc: Doc, k: int, lang: str) -> bool:
    """ "in Höhe von", "im Wert von", "die Hilfe von": "von" after a noun of quantity is no agent."""
    return k > 0 and doc[k - 1].lower_ in cue_set(lang, "quantity_nouns")


def _seat_of_government(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "der Bundesrat in Bern", "the government in Kyiv": the seat stands for the government."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    government = cue_set(lang, "government_nouns")
    return doc[span.start - 2].text in government or doc[span.start - 2].lower_ in government


def _genitive_attribute(doc: Doc, m: ActorMention) -> bool:
    """ "seit der Machtübernahme der Taliban": a name after a noun and "der"/"des" qualifies
    that noun; it is not the subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    det, noun = doc[span.start - 1], doc[span.start - 2]
    if m.form == "genitive" and det.text[:1].isupper() and det.is_alpha and det.i != det.sent.start and not det.ent_type_:
        # "den Wiederaufbau Libyens": a genitive name after its noun (not the giver of an aid noun: "die Zusage Kanadas")
        return det.text not in cue_set("de", "body_nouns") and not is_aid_noun(det, "de")
    if noun.text in cue_set("de", "body_nouns"):
        return False  # "das Direktorium des IWF": the body acts for the organisation
    return det.lower_ in cue_set("de", "genitive_links") and noun.text[:1].isupper() and noun.is_alpha and noun.i != noun.sent.start and not noun.ent_type_


def _object_with(doc: Doc, m: ActorMention, trigger: Token) -> bool:
    """ "would provide the Philippines with ¥1.6 billion": the object between the verb and "with"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    # (not a list of givers: "Other donors included Kenya with $200,000")
    return (span is not None and 0 < span.start - trigger.i <= 2 and span.end < len(doc)
            and doc[span.end].lower_ == "with" and trigger.lower_ not in donor_words("en"))


def modifies_person(doc: Doc, m: ActorMention) -> bool:
    """ "European Commission President Ursula von der Leyen", "US-Präsident Trump": an affiliation in a title."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    roles = role_index(doc).tokens
    k = span.end + (1 if span.end < len(doc) and doc[span.end].text == "-" else 0)
    return k < len(doc) and (k in roles or doc[k].ent_type_ == "Person")


def co_donors(doc: Doc, donors: list[ActorMention], lang: str) -> set[str]:
    """ "Norway, Sweden and Denmark together pledged": states listed with the first donor give too."""
    if not donors:
        return set()
    out = {state_of(donors[0])}
    prev = donors[0]
    joiners, articles = cue_set(lang, "list_joiners"), cue_set(lang, "plain_articles")
    for m in donors[1:]:
        # (past the articles of the names: "Der IWF, die EU und die Weltbank gewähren")
        words = [w for w in doc_text(doc)[prev.end : m.start].replace(",", " , ").lower().split() if w not in articles]
        if 1 <= len(words) <= 2 and all(w in joiners for w in words):
            out.add(state_of(m))
            prev = m
        else:
            break
    return out


def _sentence_of(doc: Doc, m: ActorMention) -> Span:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.sent if span is not None else doc[:]


def oblique(doc: Doc, m: ActorMention, lang: str) -> bool:
    oblique = cue_set(lang, "non_subject_preps") | cue_set(lang, "source_preps")
    if _body_of(doc, m, lang):
        return False  # "The executive board of the IMF approved ...", "Das Direktorium des IWF"
    return (preceded_by(doc, m, oblique) and not _seat_of_government(doc, m, lang)) or (lang == "de" and _genitive_attribute(doc, m)) or (
        m.kind == "Person" and _titled_after_preposition(doc, m, oblique, lang)) or _in_fronted_phrase(doc, m, lang)


def _population_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "refugees from Sudan", "Geflüchtete aus dem Sudan": the country a population comes from; "civilians
    in Gaza", "die Zivilbevölkerung im Gazastreifen": the place its people live."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.kind != "Country":
        return False
    j = span.start - 1
    while j > 0 and doc[j].lower_ in cue_set(lang, "definite_articles"):
        j -= 1
    if j < 1:
        return False
    noun = doc[j - 1]
    if doc[j].lower_ in cue_set(lang, "giver_preps"):
        return noun.text in cue_set(lang, "population_nouns") or noun.lower_ in cue_set(lang, "population_nouns")
    # (or where it lives: "für die notleidende Zivilbevölkerung im Gazastreifen", "for civilians in Gaza";
    # refugees in a country are not its people)
    return doc[j].lower_ in cue_set(lang, "population_place_preps") and (noun.text in cue_set(lang, "resident_nouns") or noun.lower_ in cue_set(lang, "resident_nouns"))


def _assisted(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "organisations assisting Syrians", "Organisationen, die Syrern helfen": the people or country
    that helpers named before it serve."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.kind != "Country":
        return False
    verbs = cue_set(lang, "assisting_participles")
    if lang == "en":
        k = span.start - 1
        while k > span.sent.start and doc[k].lower_ in cue_set(lang, "plain_articles") | cue_set(lang, "population_nouns"):
            k -= 1
        return k > span.sent.start and doc[k].lower_ in verbs and doc[k - 1].is_alpha and not doc[k - 1].ent_type_
    # German relative clause: ", die (den) Syrern helfen"
    before = doc[max(span.sent.start, span.start - 3) : span.start]
    after = doc[span.end : min(span.sent.end, span.end + 2)]
    return any(t.lower_ in cue_set(lang, "relative_subject_pronouns") for t in before) and any(t.lower_ in verbs for t in after)


def _body_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "the executive board of the International Monetary Fund", "das Direktorium des IWF": a
    body of the organisation or state acts for it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    j = span.start - 1
    while j > 0 and doc[j].lower_ in cue_set(lang, "definite_articles"):
        j -= 1
    if j < 1 or doc[j].lower_ not in cue_set(lang, "genitive_links") and not (lang == "de" and j == span.start - 1):
        return False
    body = doc[j - 1] if doc[j].lower_ in cue_set(lang, "genitive_links") else doc[j]
    return body.text in cue_set(lang, "body_nouns") or body.lower_ in cue_set(lang, "body_nouns")


def _in_fronted_phrase(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "Ahead of a meeting of the Contact Group on Friday, Britain announced ...": a name in a
    prepositional phrase that opens the sentence, before its comma, is no subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    if lang == "de":
        return _german_fronted(doc, span, sent)
    opening = doc[sent.start : min(sent.end, sent.start + 5)].text.lower()
    if not any(opening.startswith(p + " ") for p in cue_set(lang, "fronted_preps")):
        return False
    comma = next((t.i for t in doc[sent.start : sent.end] if t.text == ","), None)
    # (a giving verb before the comma ends the phrase earlier: "At the conference the EU pledged €1 billion, while ...")
    verbs = cue_set(lang, "pledge_verbs")
    if comma is None or any(t.lower_ in verbs for t in doc[sent.start : comma]):
        return False
    return span.end <= comma


def _opens_with_preposition(doc: Doc, sent: Span) -> bool:
    return doc[sent.start].lower_ in cue_set("de", "non_subject_preps") | cue_set("de", "locative_preps")


def _subject_after_fronted(doc: Doc, span: Span, sent: Span, verb: int) -> bool:
    """German verb-second: after a prepositional phrase that names no one and opens the sentence, the name
    right after the verb (past an article) is its subject: "Mit einem Beitrag von 450'000 CHF unterstützt die
    Schweiz die Flutopfer"."""
    return _opens_with_preposition(doc, sent) and span.start == verb + 1 + (doc[verb + 1].lower_ in _ARTICLES) and not any(
        t.ent_type_ or t.is_punct for t in doc[sent.start : verb])


def _german_fronted(doc: Doc, span: Span, sent: Span) -> bool:
    """German verb-second: "In Gegenwart des ukrainischen Ministerpräsidenten Jazenjuk wurden deutsche
    Kreditgarantien ... vereinbart": a name in the prepositional phrase before the finite verb is no subject."""
    if not _opens_with_preposition(doc, sent):
        return False
    verbs = cue_set("de", "finite_auxiliaries") | cue_set("de", "pledge_verbs") | cue_set("de", "speech_verbs")
    finite = next((t.i for t in doc[sent.start + 1 : sent.end] if t.is_lower and (t.lower_ in verbs or t.lemma_ in verbs)), None)
    # (a colon or comma closes the phrase earlier: "Zum Hintergrund: Die EU und ihre Mitgliedstaaten haben ...")
    return finite is not None and span.end <= finite and not any(t.is_punct for t in doc[sent.start : span.start])


def _titled_after_preposition(doc: Doc, m: ActorMention, preps: set[str], lang: str) -> bool:
    """ "Bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj sicherte Trudeau
    ...": a person named with a title after a preposition is no subject. Walks back over the
    title, adjectives and the article (at most five words)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    roles = role_index(doc).tokens
    # (a counterpart is titled too: "mit ihrem ukrainischen Amtskollegen Andrij Sybiha")
    counterparts = cue_set(lang, "counterpart_nouns")
    j = span.start - 1
    steps, titled = 0, False
    while j >= 0 and steps < 5 and (j in roles or doc[j].text in counterparts or doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in preps
                                     or doc[j].text == "-" or doc[j].ent_type_ == "Country"):
        titled = titled or j in roles or doc[j].text in counterparts
        j -= 1
        steps += 1
    # (the walk must pass a title: "in Kiew hatte Kamikawa ..." names no title, the name is the subject)
    return titled and j >= 0 and doc[j].lower_ in preps


def government_issuer(doc: Doc, sent: Span, donors: list[ActorMention], amount: AmountMatch, lang: str) -> str | None:
    """The state behind "the government"/"der Bundesrat" when it gives its own currency and
    no state is named before it: "Der Bundesrat gibt 93 Mio. Franken frei" -> Switzerland."""
    code, _ = amount.resolved(context_currency=None)
    issuer = load_lexicon().issuer_of(code or "")
    if issuer is None:
        return None
    return issuer if unnamed_government(doc, sent, donors, amount, lang) or _unnamed_official(doc, sent, donors, amount) else None


def _unnamed_official(doc: Doc, sent: Span, donors: list[ActorMention], amount: AmountMatch) -> bool:
    """ "The foreign affairs minister, Murray McCully, announced an additional $NZ1.5m": an official
    whose state no one names, before the figure, with no state or organisation named before it."""
    if any(state_of(m) for m in donors if m.start < amount.start):
        return False
    roles = role_index(doc).tokens
    return any(t.i in roles for t in doc[sent.start : sent.end] if t.idx < amount.start)


def unnamed_government(doc: Doc, sent: Span, donors: list[ActorMention], amount: AmountMatch, lang: str) -> bool:
    """ "the government", "the Cabinet", "der Bundesrat" before the figure, with no state named
    before it or on it ("die österreichische Bundesregierung", "Kanadas Regierung" are named)."""
    government = cue_set(lang, "government_nouns")
    first_donor = min((m.start for m in donors), default=amount.start)
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    for tok in doc[sent.start : span.start if span is not None else sent.end]:
        if tok.idx >= first_donor:
            break
        if tok.text in government or tok.lower_ in government:
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            return not (prev is not None and prev.ent_type_)
    return False


def nearest_recipient(recipients: list[ActorMention], exclude: set[str], amount: AmountMatch, amounts: list[AmountMatch],
                       k: int, alt_of: dict[int, int], text: str = "") -> ActorMention | None:
    """The recipient of the k-th figure: "provides $1.45 billion for Jordan ... and $300 million
    for Taiwan": the one named after this figure and before the next, else the last one named
    before it (since the previous figure), else the first."""
    cands = [m for m in recipients if state_of(m) not in exclude]
    if not cands:
        return None
    nxt = next((a.start for j, a in enumerate(amounts) if j > k and j not in alt_of), 10**12)
    prev_end = next((a.end for j, a in reversed(list(enumerate(amounts))) if j < k and j not in alt_of), -1)
    after = [m for m in cands if amount.end <= m.start < nxt]
    before = [m for m in cands if prev_end <= m.start and m.end <= amount.start]
    # (a list of recipients each before its own figure: "to Antigua ... US$250,000, to St Kitts and Nevis, EC$500,000")
    # ("$48m to Ukraine, $8m to Moldova" lists each after its figure instead, with no comma between)
    if (before and after and any(0 <= a.start - m.end <= 3 for m in cands for a in amounts)
            and not any(0 <= m.start - a.end <= 6 and "," not in text[a.end : m.start] for m in cands for a in amounts)):
        return before[-1]
    # (a later figure whose only candidate follows the previous figure, which had none before it, leaves
    # that one to the previous figure: "2 million euros will go to the UN fund, and 3 million euros will be
    # spent in Ukraine")
    if not after and before and prev_end >= 0 and not _before_previous(cands, amounts, k, alt_of):
        return None
    return after[0] if after else before[-1] if before else cands[0]


def _before_previous(cands: list[ActorMention], amounts: list[AmountMatch], k: int, alt_of: dict[int, int]) -> bool:
    """A candidate stands before the previous figure, after the one before that."""
    own = [a for j, a in enumerate(amounts) if j < k and j not in alt_of]
    if not own:
        return True
    lo = own[-2].end if len(own) > 1 else -1
    return any(lo <= m.start and m.end <= own[-1].start for m in cands)


def donor_anaphor(doc: Doc, sent: Span, mentions: list[ActorMention], lang: str, *, opening: bool = False,
                  verb: Token | None = None) -> str | None:
    """ "die Bank", "the bloc", "the lender": a definite description of the organisation
    named last before with that kind of name (a bloc: a grouping such as the EU), or a description of a
    country ("the Gulf state": epithet_country). ``opening``: only one that opens the clause ("Das
    Königreich stellt dem Jemen ... bereit"); ``verb``: a country's description only as its subject."""
    anaphors = cues(lang)["donor_anaphors"]
    lex = load_lexicon()
    for tok in sent:
        kind = anaphors.get(tok.text if lang == "de" else tok.lower_)
        if kind is None or tok.i == sent.start or doc[tok.i - 1].lower_ not in cue_set(lang, "plain_articles"):
            continue
        if opening and tok.i != sent.start + 1:
            return None
        if kind == "kingdom":
            # "committed by the Kingdom", "das Königreich": the monarchy named last before
            return next((m.key for m in reversed(mentions) if m.end <= sent.start_char and m.kind == "Country"
                         and (e := lex.entry(m.key)) is not None and e.monarchy), None)
        for m in reversed([m for m in mentions if m.kind == "Organization" and m.end <= sent.start_char]):
            entry = lex.entry(m.key)
            name = m.name.lower()
            if kind == "bloc" and (m.key == "org:eu" or (entry is not None and getattr(entry, "grouping", False))):
                return m.key
            if kind == "body" and entry is not None:
                return m.key  # "The Board's decision": the board of the (known) organisation named last
            if kind != "bloc" and kind in name.replace("organization", "organisation"):
                return m.key
        return None
    return epithet_country(doc, sent, mentions, lang, opening=opening, verb=verb)


@cache
def _epithet_members(lang: str, group: str) -> frozenset[str]:
    """The countries an epithet's group holds: listed in the cues, or by the continent of their time
    zones in Babel's CLDR data ("zone:Africa")."""
    if group.startswith("zone:"):
        zones = get_global("territory_zones")
        return frozenset(f"country:{code}" for code, names in zones.items() if any(z.startswith(group[5:] + "/") for z in names))
    return frozenset(f"country:{code}" for code in cues(lang)["epithet_groups"][group])


def epithet_country(doc: Doc, sent: Span, mentions: list[ActorMention], lang: str, *, opening: bool = False,
                    verb: Token | None = None) -> str | None:
    """ "the Gulf state", "the island nation", "das skandinavische Land": the country of that group
    named last before the description. ``opening``: only one that opens the clause; ``verb``: only one
    that is the subject right before it ("The Gulf state had already pledged")."""
    epithets, articles = cues(lang)["country_epithets"], cue_set(lang, "plain_articles")
    # (a clause of receiving makes the described country the receiver: "The African nation will receive ...")
    if receive_sentence(sent, lang):
        return None
    for tok in sent:
        for n in (1, 2, 3):
            lo = tok.i - n + 1
            group = epithets.get(" ".join(t.lower_ for t in doc[max(lo, sent.start) : tok.i + 1])) if lo > sent.start else None
            if group is None or tok.ent_type_:
                continue
            # the article right before, or before a few adjectives ("the oil-rich Gulf state")
            art = next((k for k in range(lo - 1, max(sent.start, lo - 5) - 1, -1)
                        if doc[k].lower_ in articles or not (doc[k].is_lower or doc[k].text == "-")), None)
            if art is None or doc[art].lower_ not in articles or (opening and art != sent.start):
                continue
            # (a description elsewhere in the clause is no subject: "the southern African state had utilised an
            # Indian line of credit"; German puts the verb last, so one opening the sentence is)
            if verb is not None and not 0 < verb.i - tok.i <= 3 and not (lang == "de" and art == sent.start):
                continue
            members = _epithet_members(lang, group)
            return next((m.key for m in reversed(mentions) if m.kind == "Country" and m.end <= doc[lo].idx and m.key in members), None)
    return None


def fund_anaphor(doc: Doc, sent: Span, mentions: list[ActorMention], lang: str) -> str | None:
    """ "for the fund's next cycle", "dem neuen Fonds": the last organisation named before
    with that head noun ("the Global Fund to Fight AIDS ...", "Anpassungsfonds")."""
    heads = cue_set(lang, "fund_heads")
    for tok in sent:
        word = tok.lower_ if lang == "en" else tok.text
        # (the head of a name is no anaphor: "The Gates Foundation announced")
        if word not in heads or tok.i == sent.start or tok.ent_type_:
            continue
        prev = doc[tok.i - 1].lower_
        det = doc[tok.i - 2].lower_ if tok.i - 2 >= sent.start else ""
        if prev in cue_set(lang, "definite_articles") or det in cue_set(lang, "definite_articles"):
            earlier = [m for m in mentions if m.kind == "Organization" and m.end <= tok.idx]
            for m in reversed(earlier):
                if any(w.lower().startswith(word.lower()) or w.lower().endswith(word.lower()) for w in m.name.split()):
                    # a fund for one country ("Ukraine Facility", "Fund for Reconstruction of
                    # Ukraine") gives to that country
                    named = [c for c in mentions if c.kind == "Country" and m.start <= c.start and c.end <= m.end + 20
                             and c.form in ("name", "alias")]
                    return named[0].key if named else m.key
    return None


def _borrower(doc: Doc, m: ActorMention, sc: _Scene) -> bool:
    """A possessive on a loan noun ("Kenya's loan", "Argentiniens Kreditprogramm") with no
    receiver named after it by a preposition ("Japan's loan to India" lends)."""
    start, lang = _possessed(doc, m, sc.lang), sc.lang
    # (a state borrows; "the G7's loans" are the lenders')
    if start is None or m.kind != "Country":
        return False
    nouns = cue_set(lang, "borrower_nouns")
    loan = next((t for t in doc[start : min(len(doc), start + 5)] if t.text in nouns or t.lower_ in nouns), None)
    if loan is None:
        return False
    # (the receiver right after the preposition, past an article: not "to support Kenya's program")
    articles = cue_set(lang, "plain_articles")

    def names_receiver(t: Token) -> bool:
        k = t.i + 1
        while k < sc.sent.end and doc[k].lower_ in articles:
            k += 1
        return k < sc.sent.end and bool(doc[k].ent_type_)

    return not any(t.lower_ in cue_set(lang, "recipient_preps") and names_receiver(t) for t in doc[loan.i + 1 : sc.sent.end])


def _possessed(doc: Doc, m: ActorMention, lang: str) -> int | None:
    """The token after a possessive name ("Kenya's", "Deutschlands"), or None if it is none."""
    rest = doc_text(doc)[m.end : m.end + 2]
    if (lang == "en" and rest not in cue_set(lang, "possessive_endings")) or (lang == "de" and m.form != "genitive"):
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else span.end + (1 if lang == "en" else 0)


def attributive_owner(doc: Doc, m: ActorMention, lang: str) -> bool:
    """An English abbreviation used as an adjective on the aid, no possessive: "of U.S. humanitarian aid"."""
    if lang != "en" or not _abbreviation(doc, m) or doc_text(doc)[m.end : m.end + 1] in ("'", "’"):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and aid_ahead(doc, span.end, lang)


def aid_ahead(doc: Doc, i: int, lang: str) -> bool:
    """An aid noun at ``i``, or past one lower-case word of its kind ("humanitarian aid", "militärische Hilfe")."""
    if is_aid_noun(doc[i], lang):
        return True
    return doc[i].is_lower and doc[i].is_alpha and i + 1 < len(doc) and is_aid_noun(doc[i + 1], lang)


def _abbreviation(doc: Doc, m: ActorMention) -> bool:
    """A name written in capitals: "EU", "US"."""
    return doc_text(doc)[m.start : m.end].isupper()


def owns_trigger(doc: Doc, m: ActorMention, lang: str, trigger: Token | None) -> bool:
    """A possessive right before the noun that triggered the figure: "India's offer"."""
    return trigger is not None and owns_aid(doc, m, lang, trigger, aid=False)


def _supporter_after(doc: Doc, start: int, lang: str) -> bool:
    """A supporter noun within two words after a possessive: "Papua New Guinea's largest donor"."""
    words = cue_set(lang, "supporter_nouns")
    return any(t.text in words or t.lower_ in words for t in doc[start : min(len(doc), start + 3)])


def owns_aid(doc: Doc, m: ActorMention, lang: str, trigger: Token | None = None, *, aid: bool = True) -> bool:
    """ "Italy's military aid", "Estonia's total", "Deutschlands Militärhilfe", "India's initial
    offer of $5 million": a possessive giver, with at most one word between it and the aid
    noun or the noun that triggered the figure."""
    rest = doc_text(doc)[m.end : m.end + 2]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if m.form == "adjective":
        # "the total amount of British aid", "der Gesamtbetrag der dänischen Hilfe": the
        # country's adjective on the aid noun itself
        return aid and span.end < len(doc) and aid_ahead(doc, span.end, lang)
    if aid and rest[:1] == "-" and _abbreviation(doc, m):
        # "EU-Budgethilfe", "US-Militärhilfe": an abbreviation joined to the aid noun owns it
        return span.end + 1 < len(doc) and is_aid_noun(doc[span.end + 1], lang)
    start = _possessed(doc, m, lang)
    if start is not None and _supporter_after(doc, start, lang):
        return False  # "Papua New Guinea's largest donor": the possessor receives
    # (a German genitive owns a noun, not the verb after it: "Für den Wiederaufbau Libyens sagte Italien ... zu")
    if start is None:
        return False
    for t in doc[start : min(len(doc), start + 3)]:
        if t == trigger and (lang == "en" or t.text[:1].isupper()) or aid and (is_aid_noun(t, lang) or t.lower_ in cue_set(lang, "total_nouns")):
            return True
        # (a German genitive owns the first noun after it: "Syriens Nachbarstaaten zusätzliche Hilfsmittel";
        # so does an English possessive a noun of people: "Syria's neighbours additional aid")
        if lang == "de" and t.text[:1].isupper() and t.is_alpha or t.lower_ in cue_set(lang, "possessed_people_nouns"):
            return False
    return False


def from_government_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "from the Government of Finland", "von der Regierung von Tonga": the state's government gives."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 3:
        return False
    # (German also with a genitive: "von den Regierungen Islands"; English in the plural: "from the governments of")
    k = span.start - 2 if doc[span.start - 1].lower_ in cue_set(lang, "of_preps") else span.start - 1
    nouns = cue_set(lang, "government_nouns")
    if not (doc[k].lower_ in nouns or doc[k].text in nouns or doc[k].lower_.rstrip("s") in nouns) or k == span.start - 1 and lang != "de":
        return False
    k -= 1
    while k > 0 and doc[k].lower_ in cue_set(lang, "plain_articles"):
        k -= 1
    return doc[k].lower_ in cue_set(lang, "giver_preps")


def own_source(doc: Doc, m: ActorMention, lang: str) -> bool:
    """A possessive right before the name: "from its Asia Pacific Disaster Response Fund"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in cue_set(lang, "own_source_possessives")


def right_after(text: str, end: int, start: int, lang: str = "en") -> bool:
    """A name right after a figure: at most a preposition and an article between them, a
    bracketed conversion ("$1bn (£640m) from India"), and the figure's own noun ("a $1.25 billion
    grant from the United States", "a $15 million grant from the Government of Finland")."""
    gap = re.sub(r"\([^()]*\)", "", text[end:start]) if 0 <= start - end <= 60 else None
    if gap is None:
        return False
    words = gap.split()
    nouns = cue_set(lang, "pledge_nouns") | cue_set(lang, "government_nouns") | cue_set(lang, "of_preps")
    rest = [w for w in words if w not in nouns and w.lower() not in nouns]
    if len(gap) <= 12 or len(" ".join(rest)) <= 10 and len(words) - len(rest) <= 3:
        return True
    # (the kind of aid between them, with its article and preposition: "zwei Milliarden Euro an
    # Militärhilfe von den Niederlanden", "2 billion euros in military aid from the Netherlands")
    glue = cue_set(lang, "plain_articles") | cue_set(lang, "giver_preps")
    aid = tuple(cues(lang)["aid_suffixes"]) if lang == "de" else ()
    bare = [w for w in rest if w.lower() not in glue and not (aid and w[:1].isupper() and w.lower().endswith(aid))]
    return len(bare) < len(rest) and len(" ".join(bare)) <= 12 and len(words) - len(bare) <= 4


def distributed(doc: Doc, sent: Span, amount_tok: tuple[int, int], donors: list[ActorMention], recipient: str,
                 donor: str, lang: str) -> list[str]:
    """The other givers of a distributive figure ("jeweils", "each"): states and organisations
    named before the figure in the clause, not after a preposition, other than the recipient."""
    near = doc[max(sent.start, amount_tok[0] - 3) : min(sent.end, amount_tok[1] + 2)]
    # ("will all receive $100,000"; but "$100 million in all" is a sum)
    before = doc[max(sent.start, amount_tok[0] - 3) : amount_tok[0]]
    if not any(t.lower_ in cue_set(lang, "distributive") for t in near) and not any(t.lower_ in cue_set(lang, "distributive_before") for t in before):
        return []
    out: list[str] = []
    persons = next((m.kind == "Person" for m in donors if state_of(m) == donor), False)
    for m in donors:
        state = state_of(m)
        if (m.kind == "Person") == persons and m.start < doc[amount_tok[0]].idx and state not in {None, donor, recipient, *out} and not (
                m.kind != "Person" and preceded_by(doc, m, cue_set(lang, "non_subject_preps"))):
            out.append(state)
    return out


@dataclass(frozen=True)
class Silent:
    """What the fallback recipient rules read for a pledge sentence that names no receiver."""

    doc: Doc
    lang: str
    in_sent: list[ActorMention]
    pledges: list  # the article's pledges so far
    last: object | None  # the previous pledge within the passage
    country_counts: dict[str, int]
    title_countries: frozenset[str]
    replenished: str | None = None  # a fund the article says is being replenished
    seen_givers: frozenset[str] = frozenset()  # givers of earlier figures, refused ones too
    conference_for: str | None = None  # the one recipient the article's donor conferences are for


def _destinations(s: Silent, giving: set[str], after: int, subjects: set[str]) -> list[ActorMention]:
    """Countries named after the figure after a preposition of place or purpose, not subjects
    of their own: "C$60 million ... for people affected by the war in Sudan" (not "..., while Spain said")."""
    # (a possessor owns another noun: "for the victims of Russia's war in Ukraine")
    return [m for m in s.in_sent if receives_as_whole(m) and m.key not in giving and m.start > after
            and doc_text(s.doc)[m.end : m.end + 2] not in cue_set(s.lang, "possessive_clitics")
            and preceded_by(s.doc, m, cue_set(s.lang, "destination_preps"), reach=3) and m.key not in subjects
            and not _idle_adjective_at(s.doc, m, s.lang) and not _locates_a_country(s.doc, m, s.lang)
            and not excluded_as_recipient(s.doc, m, _sentence_of(s.doc, m), s.lang)]


def _locates_a_country(doc: Doc, m: ActorMention, lang: str) -> bool:
    """A region that says where a country lies is no destination: "das Land im südlichen Afrika",
    "the country in southern Africa", "the island nation in the Pacific"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not m.key.startswith("region:"):
        return False
    nouns = cue_set(lang, "country_nouns")
    return any(t.text in nouns or t.lower_ in nouns for t in doc[max(span.sent.start, span.start - 4) : span.start])


def _idle_adjective_at(doc: Doc, m: ActorMention, lang: str) -> bool:
    """A national adjective in a phrase of cause is no destination: "due to ongoing Russian attacks",
    "wegen der russischen Angriffe" (not "für den libyschen Wohnungsbau")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.form != "adjective" or span is None:
        return False
    # ("von russischen Angriffen zerstört", "Russian attacks": the adjective of a hostile noun)
    hostile = cue_set(lang, "hostile_nouns")
    if span.end < len(doc) and (doc[span.end].text in hostile or doc[span.end].lower_ in hostile):
        return True
    return any(t.lower_ in cue_set(lang, "causal_words") for t in doc[max(span.sent.start, span.start - 4) : span.start])


def _article_recipient(s: Silent, giving: set[str], earlier: dict[str, int], topic: str | None) -> str | None:
    """a country (or a person's country) named in the sentence that the article already gives
    to or is about: "for Ukrainian firms", "nach einem Treffen mit Selenskyj"."""
    for m in s.in_sent:
        if receives_as_whole(m) and m.key not in giving and (m.key in earlier or m.key == topic) and not _idle_adjective_at(s.doc, m, s.lang):
            return m.key
    for m in s.in_sent:
        if m.kind == "Person" and m.affiliation and m.affiliation not in giving and (m.affiliation in earlier or m.affiliation == topic):
            return m.affiliation
    return None


def _fronted_country(s: Silent, giving: set[str]) -> str | None:
    """A country (not a city) after a preposition of place that opens the sentence, a comma after it:
    "In the Solomon Islands, she announced ...", "In Jordanien kündigte sie ... an"."""
    doc, lang = s.doc, s.lang
    for m in s.in_sent:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind != "Country" or m.form not in ("name", "alias") or m.key in giving:
            continue
        j = _back_past(doc, span.start - 1, span.sent.start, cue_set(lang, "plain_articles"))
        opens = j == span.sent.start and doc[j].lower_ in cue_set(lang, "in_preps")
        if opens and span.end < span.sent.end and (doc[span.end].text == "," or lang == "de"):
            return m.key
    return None


def _supported(s: Silent, giving: set[str]) -> str | None:
    """ "der zweitgrößte Unterstützer der Ukraine", "the largest backer of Ukraine": the state a
    supporter noun names with "of" or a genitive article."""
    doc, lang = s.doc, s.lang
    links = cue_set(lang, "genitive_links") | cue_set(lang, "of_preps") | cue_set(lang, "definite_articles")
    for m in s.in_sent:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind != "Country" or m.key in giving:
            continue
        j = span.start - 1
        while j > span.sent.start and doc[j].lower_ in links:
            j -= 1
        if j < span.start - 1 and (doc[j].text in cue_set(lang, "supporter_nouns") or doc[j].lower_ in cue_set(lang, "supporter_nouns")):
            return m.key
        if (start := _possessed(doc, m, lang)) is not None and _supporter_after(doc, start, lang):
            return m.key  # "Papua New Guinea's largest donor", "Deutschlands wichtigster Geldgeber"
    return None


def implicit_recipient(s: Silent, donor: str, givers: set[str], after: int, subjects: set[str],
                       until: int = 10**12) -> tuple[str, str] | None:
    """(recipient, rule) of a pledge sentence that names none as an object, by the first of
    these that holds: the place right after this figure (with several figures), a country the
    article gives to or is about, a country named after the figure, the previous pledge's
    recipient within the passage, the article's most frequent recipient so far, its topic."""
    earlier: dict[str, int] = {}
    for p in s.pledges:
        if p.recipient != donor:
            earlier[p.recipient] = earlier.get(p.recipient, 0) + 1
    # a state that gives elsewhere in the article is not taken for a silent recipient
    giving = givers | {donor} | {p.donor for p in s.pledges} | s.seen_givers
    topic = _topic_recipient({k: v for k, v in s.country_counts.items() if k not in giving}, donor, s.title_countries)
    named = _destinations(s, giving, after, subjects)
    # with several figures, the place named right after this one: "one billion euros for reconstruction in
    # Turkey and 108 million euros for humanitarian aid in Syria"
    own = [m for m in named if m.start < until]
    if own and until < 10**12:
        return own[0].key, R_OWN_DESTINATION
    if (key := _supported(s, giving)) is not None:
        return key, R_SUPPORTED
    # "Die Osloer Geberkonferenz für Südsudan ... Die USA versprachen 1,75 Milliarden Dollar": the
    # country the article's donor conference is for
    if s.conference_for is not None and s.conference_for not in giving:
        return s.conference_for, R_CONFERENCE_FOR
    if (key := _article_recipient(s, giving, earlier, topic)) is not None:
        return key, R_ARTICLE_RECIPIENT
    if named:
        return named[0].key, R_DESTINATION
    # "In the Solomon Islands, she announced a $2.4 million fund": the country the sentence opens in
    if (key := _fronted_country(s, giving)) is not None:
        return key, R_FRONTED
    # "a conference to replenish the Global Fund": the fund receives what names no recipient
    if s.replenished is not None and s.replenished not in giving:
        return s.replenished, R_REPLENISHED
    if s.last is not None and s.last.recipient != donor:
        return s.last.recipient, R_PREVIOUS
    if earlier:
        return max(sorted(earlier), key=lambda k: earlier[k]), R_MOST_FREQUENT
    return (topic, R_TOPIC) if topic is not None else None


def conference_recipient(doc: Doc, mentions: list[ActorMention], lang: str) -> str | None:
    """The one country or region the article's donor conferences are held for: "Geberkonferenz für
    Südsudan", "a donor conference for Yemen", "the pledging conference on Sudan"; None if none or several."""
    modifiers, preps = cue_set(lang, "donor_conference_modifiers"), cue_set(lang, "recipient_preps") | cue_set(lang, "topic_preps")
    nouns = cue_set(lang, "conference_nouns")
    by_start = {m.start: m for m in mentions if receives_as_whole(m) and m.kind == "Country"}
    found: set[str] = set()
    for tok in doc:
        low = tok.lower_
        if lang == "de":
            donor = any(low.endswith(n) for n in nouns) and low.startswith(tuple(modifiers))
        else:
            donor = low in nouns and any(t.lower_ in modifiers for t in doc[max(0, tok.i - 3) : tok.i])
        if not donor:
            continue
        for j in range(tok.i + 1, min(len(doc), tok.i + 3)):
            if doc[j].lower_ in preps:
                k = j + 1 + (1 if j + 2 < len(doc) and doc[j + 1].lower_ in cue_set(lang, "definite_articles") else 0)
                if k < len(doc) and doc[k].idx in by_start:
                    found.add(by_start[doc[k].idx].key)
                break
    return found.pop() if len(found) == 1 else None


def replenished_fund(doc: Doc, mentions: list[ActorMention], lang: str) -> str | None:
    """The fund named within eight words of a word of replenishing ("to replenish the Global
    Fund", "einen Globalen Fonds zur Bekämpfung der drei Krankheiten wieder aufzufüllen"), or None."""
    words = cue_set(lang, "replenish_words")
    cues_at = [t.i for t in doc if t.text in words or t.lower_ in words]
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (span is not None and m.kind == "Organization" and receives_as_whole(m)
                and any(min(abs(i - span.start), abs(i - span.end)) <= 8 for i in cues_at)):
            return m.key
    return None


def _topic_recipient(country_counts: dict[str, int], donor: str, title_countries: frozenset[str] = frozenset()) -> str | None:
    """The country an article is about, when a pledge sentence names no recipient:
    the most mentioned country other than the donor, if it clearly leads; else the most
    mentioned of the countries in the headline, if it leads the others."""
    counts = {k: v for k, v in country_counts.items() if k != donor}
    if not counts:
        return None
    # (a country ahead of a region as often named: "Merkel auf Afrika-Reise ... in Kenia": the country is the topic)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].startswith("region:"), kv[0]))
    if (len(ranked) > 1 and ranked[0][1] == ranked[1][1] and ranked[1][0].startswith("region:")
            and (len(ranked) == 2 or ranked[0][1] >= 2 * ranked[2][1])):
        return ranked[0][0]
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    if ranked[0][0] in title_countries and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None
