"""Pledges: who promised whom how much, of what kind.

``find_pledges(doc, article, mentions, lang=..., published=...)`` is pure. Per
sentence it needs an amount of money and a pledge cue; then it decides donor,
recipient, kind and flags. One comment per linguistic rule below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import mentions_between
from graph.extract.amounts import AmountMatch, find_amounts, money
from graph.extract.cues import cue_set, cues
from graph.extract.dates import find_date
from graph.lexicon import load_lexicon
from graph.extract.evidence import make_evidence
from graph.extract.doctext import doc_text
from graph.extract.persons import role_index
from graph.model import ActorMention, Article, Money, Pledge

AID_SUFFIXES_DE = ("hilfe", "hilfen", "paket", "pakete", "zusage", "zusagen", "unterstützung", "zahlungen", "zahlung", "kredit", "kredite", "darlehen", "mittel", "finanzierung", "spende", "spenden", "tranche", "lieferungen", "zuschuss", "zuschüsse")
RECEIVE = {"de": {"erhalten", "erhielt", "erhält", "bekommen", "bekam", "bekommt"}, "en": {"receive", "received", "receives", "get", "got", "gets", "secured", "obtained"}}
FROM = {"de": {"von", "aus"}, "en": {"from", "by"}}


def money_families() -> dict:
    return money()["families"]


def _is_aid_noun(token: Token, lang: str) -> bool:
    nouns = cue_set(lang, "pledge_nouns")
    if token.text in nouns or token.lower_ in nouns:
        return True
    return lang == "de" and token.text[:1].isupper() and token.lower_.endswith(AID_SUFFIXES_DE)


# Triggers: the cue that makes a sentence with a figure a pledge. Sentence rules are asked
# in order; the token rules are asked for each token in turn, so the earliest cue wins.


def _phrase(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """multiword predicates: "zur Verfügung stellen", "make available"."""
    text = sent.text
    for phrase in cues(lang)["pledge_phrases"]:
        if phrase in text:
            for tok in sent:
                if phrase.startswith(tok.text):
                    return tok
    return None


def _split_phrase(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """a split German phrase: "stellt ... zur Verfügung", "stellte ... in Aussicht"."""
    split = cues(lang)["pledge_split_phrases"].get(tok.text)
    if not split or tok.i <= sent.start or tok.nbor(-1).lower_ != split[0]:
        return False
    lemmas = {t.lemma_ for t in sent} | {t.lower_ for t in sent}
    return split[1] in lemmas or any(t.lower_.startswith(split[1][:5]) or t.lower_.startswith("ge" + split[1][:5]) for t in sent)


def _receive(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """receiving: "Ukraine will receive $400 million from the United States"."""
    return tok.lower_ in RECEIVE[lang] or tok.lemma_ in RECEIVE[lang]


def _separable(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """German separable verbs: "sagte ... zu", "kündigte ... an", "stellte ... bereit"."""
    particles = cues(lang)["pledge_particle_verbs"]
    particle = particles.get(tok.lower_) or particles.get(tok.lemma_)
    if not particle:
        return False
    for later in sent[tok.i - sent.start + 1 :]:
        nxt = later.nbor(1) if later.i + 1 < len(later.doc) else None
        if later.lower_ == particle and (nxt is None or nxt.is_punct or nxt.lower_ in {"und", "oder", "aber"}):
            return True
    return False


def _verb(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """a pledge verb: "zugesagt", "pledged", "will provide"."""
    verbs = cue_set(lang, "pledge_verbs")
    return tok.lower_ in verbs or tok.lemma_ in verbs


def _add_new(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """adding with a new-marker: "would add another 200 million euros"."""
    return tok.lower_ in cue_set(lang, "add_verbs") and tok.i + 1 < sent.end and tok.nbor(1).lower_ in cue_set(lang, "new_markers")


def _flow(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """money flowing on, said of new money: "Weitere zwei Millionen Euro gehen an ein Projekt"."""
    return (tok.lower_ in cue_set(lang, "flow_verbs") and tok.i + 1 < sent.end and tok.nbor(1).lower_ in {"an", "in", "to", "into", "toward", "towards"}
            and amount_tokens[0] > sent.start and _new_marker_before(sent, amount_tokens[0], lang))


TOKEN_TRIGGERS = (
    ("pledge.phrase", _split_phrase),
    ("pledge.receive", _receive),
    ("pledge.separable_verb", _separable),
    ("pledge.verb", _verb),
    ("pledge.add", _add_new),
    ("pledge.flow", _flow),
)


def _support(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """support with an instrument: "unterstützt die Ukraine mit 500 Millionen Euro", "backed
    Kyiv with $2 billion": the support verb gives only with "mit"/"with" before the amount."""
    doc, a_start = sent.doc, amount_tokens[0]
    if not any(t.lower_ in cue_set(lang, "instrument_preps") for t in doc[max(sent.start, a_start - 3) : a_start]):
        return None
    support = cue_set(lang, "support_verbs")
    return next((tok for tok in sent if tok.lower_ in support or tok.lemma_ in support), None)


def _total(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """a running total stated with a figure: "Sweden's military support since 2022 reaches SEK
    100 billion", "die Hilfe beläuft sich seit 2022 auf 40 Milliarden": an aid noun before the
    amount, a verb of reaching and a cue of accumulation."""
    doc, a_start = sent.doc, amount_tokens[0]
    if not (_has_cue(sent.text, lang, "cumulative") or _has_cue(sent.text, lang, "total_markers") or any(
            t.lower_ in {"total", "gesamt", "gesamte", "gesamten"} for t in sent)):
        return None
    head = doc[sent.start : a_start]
    if not any(_is_aid_noun(t, lang) or t.lower_ in {"total", "totals", "summe", "gesamtsumme"} for t in head):
        return None
    return next((tok for tok in head if tok.lower_ in cue_set(lang, "total_verbs")), None)


def _nominal(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """nominal pledge: "Militärhilfe in Höhe von 2 Milliarden", "a $2 billion aid package",
    "zwei Milliarden Dollar an Verteidigungshilfe", "$500 million in military aid"."""
    doc, (a_start, a_end) = sent.doc, amount_tokens
    window = doc[max(sent.start, a_start - 5) : min(sent.end, a_end + 4)]
    return next((tok for tok in window if _is_aid_noun(tok, lang)), None)


def _trigger(sent: Span, amount_tokens: tuple[int, int], lang: str) -> tuple[Token, str] | None:
    """The cue that makes a sentence with an amount a pledge, and the rule's name."""
    if (tok := _phrase(sent, amount_tokens, lang)) is not None:
        return tok, "pledge.phrase"
    for tok in sent:
        for name, holds in TOKEN_TRIGGERS:
            if holds(tok, sent, amount_tokens, lang):
                return tok, name
    for name, rule in (("pledge.support", _support), ("pledge.total", _total), ("pledge.noun", _nominal)):
        if (tok := rule(sent, amount_tokens, lang)) is not None:
            return tok, name
    return None


def _new_marker_before(sent: Span, i: int, lang: str) -> bool:
    """A new-marker right before the figure at token i: "weitere zwei Millionen", "a further $5m"."""
    return any(t.lower_ in cue_set(lang, "new_markers") for t in sent.doc[max(sent.start, i - 2) : i])


def _tokens_of(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


@dataclass(frozen=True)
class Clause:
    """A pledge candidate as the blockers see it: the clause, the cue and the figure's tokens."""

    sent: Span
    trigger: Token
    amount_tok: tuple[int, int]
    lang: str
    amount: AmountMatch | None = None  # None where a pledge is announced before its figure

    @property
    def doc(self) -> Doc:
        return self.sent.doc

    @property
    def before(self) -> Span:
        return self.doc[self.sent.start : max(self.trigger.i, self.amount_tok[0])]


# Blockers: named predicates, asked in this order; the first that holds says why a sentence
# with a figure and a cue is still no pledge. One comment per linguistic rule.


def _negated(c: Clause) -> bool:
    """negation near the cue: "hat keine neue Hilfe zugesagt", "did not pledge"."""
    near = c.doc[max(c.sent.start, c.trigger.i - 6) : min(c.sent.end, c.trigger.i + 3)]
    return any(t.lower_ in cue_set(c.lang, "negations") for t in near)


def _hypothetical(c: Clause) -> bool:
    """hypothetical or conditional: "würde ... bereitstellen", "could provide", "if ..."; but
    reported speech is no condition: "Canada said it would provide ..."."""
    speech = cue_set(c.lang, "speech_verbs")
    for t in c.before:
        if t.lower_ in cue_set(c.lang, "hypothetical"):
            said = any((u.lower_ in speech or u.lemma_ in speech) and (u.i < t.i or u.i != c.trigger.i) for u in c.sent)
            # "Pistorius told his counterparts that Germany would provide ...", "..., Healey said"
            reported = t.lower_ in {"would", "würde", "würden"} and said
            conditional = any(u.lower_ in {"if", "unless", "wenn", "falls", "sofern"} for u in c.sent)
            if not reported or conditional:
                return True
    return False


def _definite(c: Clause) -> bool:
    """a known instrument named by its size: "the 50-billion-euro Ukraine Facility", "of the
    $45-billion G7 loan": a hyphenated amount after a definite article names no new pledge."""
    a0, a1 = c.amount_tok
    return "-" in c.doc[a0:a1].text and a0 > c.sent.start and c.doc[a0 - 1].lower_ in cue_set(c.lang, "definite_articles")


def _request(c: Clause) -> bool:
    """requests and appeals: "die Ukraine bittet um", "Zelensky asked for"; and a German
    verb-final request: "Die UNO hatte zu Hilfen von vier Milliarden Dollar aufgerufen"."""
    requests = cue_set(c.lang, "requests")
    if any(t.text in requests or t.lower_ in requests for t in c.before):
        return True
    return c.lang == "de" and any(t.is_lower and t.lower_ in requests for t in c.doc[c.amount_tok[1] : c.sent.end])


def _cancelled(c: Clause) -> bool:
    """a withdrawn pledge: "Ukraine's previous $5 billion programme was cancelled", "the US
    halted its annual aid of $360 million", "stoppte seine Zahlungen von 50 Millionen Euro"."""
    after = c.doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 8)].text
    if any(cue in after for cue in cues(c.lang)["pledge_cancel_cues"]):
        return True
    stops = cue_set(c.lang, "pledge_cancel_verbs")
    return any(t.lower_ in stops for t in c.doc[max(c.sent.start, c.amount_tok[0] - 6) : c.amount_tok[0]])


def _no_money(c: Clause) -> bool:
    """a number of things, not of money: "5.6 million Palestine refugees", "zwei Millionen
    Menschen": a figure with no currency at all, followed by a word that is not a preposition."""
    a1 = c.amount_tok[1]
    if c.amount is None or c.amount.currency or c.amount.family or a1 >= len(c.doc):
        return False
    nxt = c.doc[a1]
    return nxt.is_alpha and nxt.lower_ not in cue_set(c.lang, "bare_amount_followers")


def _many(tokens, lang: str) -> bool:
    """common nouns of many givers: "allies", not "the United States"."""
    collective = cue_set(lang, "collective_donors")
    return any(t.text in collective and (lang == "de" or t.is_lower) and not t.ent_type_ for t in tokens)


def _gathering_subject(c: Clause) -> bool:
    """ "An international conference in Paris raised $1 billion": a gathering as the subject."""
    doc, lang = c.doc, c.lang
    events = cue_set(lang, "collective_events")
    for t in doc[c.sent.start : min(c.amount_tok[0], c.sent.start + 4)]:  # (the subject opens the clause)
        if (t.text in events or t.lower_ in events) and not t.ent_type_:
            k = t.i - 1
            while k >= c.sent.start and (doc[k].lower_ in {"the", "a", "an", "die", "der", "das", "eine", "ein"} or doc[k].is_lower
                                         and doc[k].is_alpha and lang == "en" and doc[k].lower_ not in cue_set(lang, "non_subject_preps")):
                k -= 1
            if k < c.sent.start or doc[k].lower_ not in cue_set(lang, "non_subject_preps") | cue_set(lang, "locative_preps") | {"of", "des", "der", "beim", "vom", "zum"}:
                return not any(m_t.ent_type_ in ("Country", "Organization", "Person") for m_t in doc[c.sent.start : t.i])
            return False
    return False


def _collective(c: Clause) -> bool:
    """money that came together from many ("waren bei der Geberkonferenz 7,5 Milliarden Euro
    zusammengekommen"), a gathering as the subject, many givers none named ("allies had
    committed $4 billion", "commitments of 10 billion euros from governments, development banks ...")."""
    doc, lang = c.doc, c.lang
    if any(t.lower_ in cue_set(lang, "collective_verbs") for t in c.sent) or _gathering_subject(c):
        return True
    after_amount = doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 4)]
    return _many(doc[max(c.sent.start, c.trigger.i - 3) : c.trigger.i], lang) or (
        len(after_amount) > 0 and after_amount[0].lower_ in FROM[lang] and _many(after_amount, lang))


def _from_source(doc: Doc, t: Token, start: int) -> bool:
    """the money's source: "aus dem Haushalt", "from the budget"."""
    return any(u.lower_ in {"aus", "from"} for u in doc[max(start, t.i - 3) : t.i])


def _budget(c: Clause) -> bool:
    """a budget line: "Australia's budget sets aside A$2.1 billion for development assistance",
    unless the budget is where the money comes from: "aus dem deutschen Haushalt"."""
    budget = cue_set(c.lang, "budget_nouns")
    return any((t.text in budget or t.lower_ in budget) and not _from_source(c.doc, t, c.sent.start)
               for t in c.doc[c.sent.start : c.amount_tok[0]])


def _deal(c: Clause) -> bool:
    """the price of a deal, a budget, damages: "Waffendeal im Wert von 90 Milliarden"; a cue
    between the deal word and the amount governs the amount instead ("the EU's largest
    economy, has committed 6 billion"); new money is no price ("dem Fonds ... weitere 10 Millionen Euro")."""
    doc, lang, a0 = c.doc, c.lang, c.amount_tok[0]
    if a0 > c.sent.start and doc[a0 - 1].lower_ in cue_set(lang, "new_markers"):
        return False
    lo = a0 - 5
    if c.trigger.i < a0:
        lo = max(lo, c.trigger.i + 1)
    deal = cue_set(lang, "deal_nouns")
    for t in doc[max(c.sent.start, lo) : a0]:
        if _from_source(doc, t, c.sent.start):
            continue
        if t.text in deal or t.lower_ in deal or (lang == "de" and t.text[:1].isupper() and any(t.text.endswith(d.lower()) for d in deal if len(d) > 4)):
            return True
    return False


BLOCKERS = (
    ("no_money", _no_money),
    ("negated", _negated),
    ("hypothetical", _hypothetical),
    ("definite", _definite),
    ("request", _request),
    ("cancelled", _cancelled),
    ("collective", _collective),
    ("budget", _budget),
    ("deal", _deal),
)


def _blocked(sent: Span, trigger: Token, amount_tok: tuple[int, int], lang: str, amount: AmountMatch | None = None) -> str | None:
    """Why a sentence with amount and cue is still not a pledge: the first blocker that holds
    (``pledge.block.<name>``), or None if it is a pledge."""
    clause = Clause(sent, trigger, amount_tok, lang, amount)
    return next((name for name, holds in BLOCKERS if holds(clause)), None)


def _kind(sent: Span, amount: AmountMatch, lang: str) -> str:
    """The kind of aid: the kind cue nearest to the amount wins."""
    text = sent.text.lower()
    centre = (amount.start + amount.end) // 2 - sent.start_char
    best, best_dist = "other", 10**9
    for kind, stems in cues(lang)["aid_kinds"].items():
        for stem in stems:
            pos = text.find(stem)
            while pos != -1:
                dist = abs(pos - centre)
                if dist < best_dist:
                    best, best_dist = kind, dist
                pos = text.find(stem, pos + 1)
    return best


def _state_of(m: ActorMention) -> str | None:
    """The state or organisation an actor mention stands for: a person, their affiliation; a
    national body (US Congress, KfW, USAID), its state."""
    if m.kind == "Person":
        return m.affiliation
    if m.kind == "Organization":
        # (and a fund of an organisation gives for it: "aus der Europäischen Friedensfazilität" -> EU)
        entry = load_lexicon().entry(m.key)
        if entry is not None and entry.affiliation:
            return entry.affiliation
    return m.key


def _preceded_by(doc: Doc, m: ActorMention, words: set[str], reach: int = 2) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    for k in range(1, reach + 1):
        j = span.start - k
        if j < 0:
            return False
        if doc[j].lower_ in words:
            return True
        if doc[j].lower_ not in {"der", "die", "dem", "den", "the", "das"} and not doc[j].text[:1].islower():
            return False
    return False


def _dative_feminine(doc: Doc, m: ActorMention) -> bool:
    """German "der Ukraine", "der Türkei": dative (or genitive) of a feminine name, i.e. not
    the subject; after a preposition ("in der Türkei") it is a place instead."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "der" or m.kind != "Country" or m.form == "adjective":
        return False
    return span.start < 2 or doc[span.start - 2].lower_ not in cue_set("de", "locative_preps") | {"von", "aus", "mit", "zu", "für"}


def _excluded_as_recipient(doc: Doc, m: ActorMention, sent: Span, lang: str) -> bool:
    """Not the receiver although after "to"/"für": the goal of a visit ("during a visit to
    Jordan"), a detail after "including", a modifier ("a NATO scheme")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return True
    before = doc[max(sent.start, span.start - 3) : span.start]
    if any(t.lower_ in {"visit", "trip", "besuch", "reise", "visits"} for t in before):
        return True
    if any(t.lower_ in {"including", "einschließlich", "darunter", "inklusive", "such"} for t in doc[sent.start : span.start]):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return lang == "en" and nxt is not None and nxt.is_lower and nxt.is_alpha and span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"}


def _choose_parties(doc, sent, trigger, amount_tok, in_sent, lang):
    """(donor mention, recipient mention) among the actor mentions of the sentence."""
    rprep = set(cue_set(lang, "recipient_preps"))
    receive = _receive_sentence(sent, lang)
    # gratitude names the giver as object: "Zelensky thanked Norway for its pledge", "dankte Deutschland"
    thanks = next((t for t in sent if t.lower_ in cue_set(lang, "thank_verbs") or t.lemma_ in cue_set(lang, "thank_verbs")), None)
    donors, recipients = [], []
    government = cue_set(lang, "government_nouns")
    channel = cue_set(lang, "channel_preps")
    channelled: list[ActorMention] = []
    for m in in_sent:
        state = _state_of(m)
        if state is None or m.form == "bracket":  # "Pistorius (SPD)": the party gives nothing
            continue
        # an organisation that passes aid on gives nothing: "channelled through UNHCR", "über das
        # WFP", "through the World Food Programme and UNICEF"
        gap = doc_text(doc)[channelled[-1].end : m.start].strip().lower() if channelled else None
        if m.kind != "Person" and (_preceded_by(doc, m, channel, reach=4) or gap in {"and", "und", ",", "or", "oder"}):
            channelled.append(m)
            continue
        if _population_of(doc, m, lang):
            # "für Geflüchtete aus dem Sudan im Tschad", "for refugees from Sudan": the people's country receives
            recipients.insert(0, m)
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        if nxt is not None and nxt.text == "-" and span.end + 1 < len(doc):
            # "Ukraine-Hilfe": the country of an aid compound receives; "Syrien-Konferenz": a topic
            if _is_aid_noun(doc[span.end + 1], lang):
                recipients.append(m)
            continue
        if lang == "en" and m.kind == "Country" and m.form in ("name", "alias") and nxt is not None and (
                _is_aid_noun(nxt, lang) and nxt.lower_ not in cue_set(lang, "pledge_verbs") or nxt.text in cue_set(lang, "plan_heads")):
            # "the UN's Yemen Humanitarian Response Plan", "Ukraine funding": a country modifying the aid
            # receives (rather than the plan's owner named just before it)
            recipients = [r for r in recipients if doc.text[r.end : m.start].strip() not in ("'s", "’s", "'", "’")]
            recipients.append(m)
            continue
        if m.form == "adjective" and nxt is not None and not (
            _is_aid_noun(nxt, lang) or nxt.text in government or nxt.lower_ in government or nxt.ent_type_ == "" and nxt.i in role_index(doc).tokens
            or nxt.text in cue_set(lang, "budget_nouns")  # "aus dem deutschen Haushalt"
        ):
            # "nach dem russischen Überfall": an adjective names a donor only on aid or a government
            if not (lang == "en" and nxt.i in role_index(doc).tokens):
                continue
        if thanks is not None:
            (donors if m.start > thanks.idx else recipients).append(m)
        elif receive:
            # "Ukraine erhält von Deutschland ...": the giver follows von/from
            (donors if _preceded_by(doc, m, FROM[lang]) else recipients).append(m)
        elif _preceded_by(doc, m, rprep) or (lang == "de" and _dative_feminine(doc, m) and not _genitive_attribute(doc, m)) or (
                lang == "en" and _object_with(doc, m, trigger)):
            # "für die Ukraine", "an die Ukraine", "to Ukraine", "der Ukraine"
            if not _excluded_as_recipient(doc, m, sent, lang):
                recipients.append(m)
        else:
            donors.append(m)
    # the agent of a passive gives: "will be provided to Moldova by the European Union",
    # "Die Zusage erfolgte durch Verteidigungsminister Pistorius", "wurden von Deutschland zugesagt"
    agents = _passive_agents(doc, sent, in_sent, lang) if not receive and thanks is None else []
    if agents:
        recipients = recipients + [m for m in donors if m not in agents and m.kind != "Person" and m.start < agents[0].start
                                   and not _preceded_by(doc, m, cue_set(lang, "non_subject_preps") | cue_set(lang, "source_preps"))]
        donors = agents + [m for m in donors if m not in agents and m not in recipients]
        return donors, recipients
    # a name inside a prepositional phrase is no subject: "at a meeting of NATO ministers,
    # Germany pledged", "under NATO's scheme": such donors come last
    if not receive and thanks is None:
        donors.sort(key=lambda m: _oblique(doc, m, lang))
    # "X said Y would provide ...": the donor is the subject after the speech verb
    # "X announced that Y had signed agreements worth ...": the speech verb may be the cue itself
    def reports(t: Token) -> bool:  # the cue itself reports only with a clause: "announced that ..."
        return t.i < trigger.i or any(u.lower_ in {"that", "dass"} for u in doc[t.i + 1 : min(sent.end, t.i + 4)])

    speech = next((t for t in sent if t.i <= trigger.i and (t.lower_ in cue_set(lang, "speech_verbs")) and t.i > sent.start
                   and reports(t)), None)
    if speech is not None and thanks is None and not receive:
        # the subject between the speech verb and the cue ("Japan said it would provide the
        # Philippines ..."), or after the cue when the cue is the speech verb ("announced that the EU ...")
        until = doc[amount_tok[0]].idx if speech.i == trigger.i else trigger.idx
        after = [m for m in donors if speech.idx < m.start < until and m.kind != "Person"]
        if after:
            donors = after + [m for m in donors if m not in after]
    return donors, recipients


PASSIVE_AUX = {"en": {"is", "are", "was", "were", "be", "been", "being"}, "de": {"wird", "werden", "wurde", "wurden", "worden", "erfolgte", "erfolgt"}}
AGENT_PREPS = {"en": {"by"}, "de": {"von", "durch"}}


def _owns_budget(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "aus dem deutschen Haushalt": a national adjective on the budget the money comes from."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return m.form == "adjective" and span is not None and span.end < len(doc) and doc[span.end].text in cue_set(lang, "budget_nouns")


def _passive_agents(doc: Doc, sent: Span, in_sent: list[ActorMention], lang: str) -> list[ActorMention]:
    """The "by"/"von"/"durch" names of a passive clause (an auxiliary of the passive in the
    sentence, a giving cue, and the name after the preposition)."""
    if not any(t.lower_ in PASSIVE_AUX[lang] for t in sent):
        return []
    agents = []
    for m in in_sent:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        # "by the European Union", "durch Verteidigungsminister Boris Pistorius", "von Deutschland"
        while k > sent.start and (doc[k].lower_ in {"the", "dem", "der", "den", "die"} or k in role_index(doc).tokens):
            k -= 1
        if k >= sent.start and doc[k].lower_ in AGENT_PREPS[lang] and not (lang == "de" and doc[k].lower_ == "von" and _genitive_like_von(doc, k)):
            agents.append(m)
    return agents


def _genitive_like_von(doc: Doc, k: int) -> bool:
    """ "in Höhe von", "im Wert von", "die Hilfe von": "von" after a noun of quantity is no agent."""
    return k > 0 and doc[k - 1].lower_ in {"höhe", "wert", "umfang", "summe", "betrag"}


def _seat_of_government(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "der Bundesrat in Bern", "the government in Kyiv": the seat stands for the government."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    government = cue_set(lang, "government_nouns") | {"Bundesrat", "Kabinett"}
    return doc[span.start - 2].text in government or doc[span.start - 2].lower_ in government


def _genitive_attribute(doc: Doc, m: ActorMention) -> bool:
    """ "seit der Machtübernahme der Taliban": a name after a noun and "der"/"des" qualifies
    that noun; it is not the subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    det, noun = doc[span.start - 1], doc[span.start - 2]
    if noun.text in cue_set("de", "body_nouns"):
        return False  # "das Direktorium des IWF": the body acts for the organisation
    return det.lower_ in {"der", "des"} and noun.text[:1].isupper() and noun.is_alpha and noun.i != noun.sent.start and not noun.ent_type_


def _object_with(doc: Doc, m: ActorMention, trigger: Token) -> bool:
    """ "would provide the Philippines with ¥1.6 billion": the object between the verb and "with"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (span is not None and 0 < span.start - trigger.i <= 2 and span.end < len(doc)
            and doc[span.end].lower_ == "with")


def _modifies_person(doc: Doc, m: ActorMention) -> bool:
    """ "European Commission President Ursula von der Leyen", "US-Präsident Trump": an affiliation in a title."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    roles = role_index(doc).tokens
    k = span.end + (1 if span.end < len(doc) and doc[span.end].text == "-" else 0)
    return k < len(doc) and (k in roles or doc[k].ent_type_ == "Person")


def _co_donors(doc: Doc, donors: list[ActorMention]) -> set[str]:
    """ "Norway, Sweden and Denmark together pledged": states listed with the first donor give too."""
    if not donors:
        return set()
    out = {_state_of(donors[0])}
    prev = donors[0]
    for m in donors[1:]:
        gap = doc_text(doc)[prev.end : m.start].strip().lower()
        if gap in {",", "and", "und", "sowie", "&", "or", "oder"}:
            out.add(_state_of(m))
            prev = m
        else:
            break
    return out


def find_pledges(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str, published: date | None = None) -> list[Pledge]:
    lex = load_lexicon()
    mentions = sorted(mentions, key=lambda m: m.start)
    country_counts: dict[str, int] = {}
    for m in mentions:
        if m.kind == "Country":
            country_counts[m.key] = country_counts.get(m.key, 0) + 1
    pledges: list[Pledge] = []
    amounts: list[AmountMatch] = []
    last: Pledge | None = None
    last_sent_index = -10
    pending: tuple[int, str, str | None, str | None] | None = None  # a pledge still without its figure
    collective_at = -10  # the last sentence whose figure many gave together
    title_end = len(article.title or "")
    title_countries = frozenset(m.key for m in mentions if m.kind == "Country" and m.end <= title_end)
    seen_values: set = set()  # the figures of earlier sentences
    for s_index, sent in enumerate(doc.sents):
        seen_values.update(a.value for a in amounts)  # (the previous sentence's)
        amounts = find_amounts(sent.text, lang=lang, offset=sent.start_char)
        in_sent = mentions_between(mentions, sent.start_char, sent.end_char)
        if not amounts:
            pending = _pending(doc, sent, in_sent, lang, s_index) or pending
            continue
        alt_of: dict[int, int] = {}
        for k in range(1, len(amounts)):
            # a second amount in brackets restates the first in another currency: "(etwa 1,5 Milliarden US-Dollar)"
            gap = doc_text(doc)[amounts[k - 1].end : amounts[k].start]
            words = set(re.findall(r"\w+", gap.lower()))
            conversion = {"umgerechnet", "equivalent", "or", "oder", "entspricht", "equals"}
            if gap.strip() in ("(", "[", "(rund", "(etwa", "(about", ", or", "oder") or gap.strip().startswith("(") or (
                    len(gap) < 30 and words & conversion and words <= conversion | {"rund", "etwa", "about", "roughly", "to", "some", "around", "approximately", "ca", "circa", "knapp", "gut", "nearly", "almost", "fast"}):
                # "..., umgerechnet rund 1,3 Milliarden Euro", "or about $1.5bn"
                alt_of[k] = k - 1
        made: dict[int, Pledge] = {}
        whole = sent
        for k, amount in enumerate(amounts):
            if k in alt_of:
                continue
            amount_tok = _tokens_of(doc, amount.start, amount.end)
            # "the seven billion euro pledge", "die 500 Millionen Euro": a figure the article gave before
            if _restated(doc, amount_tok, amount, seen_values, lang):
                continue
            # a semicolon or colon joins two statements: each figure is read within its own clause
            sent = _clause(whole, amount_tok[0])
            in_sent = mentions_between(mentions, sent.start_char, sent.end_char)
            trig = _trigger(sent, amount_tok, lang)
            followup = None
            if trig is None:
                # the figure of a pledge announced just before: "Spanien sagt der Ukraine ein
                # Militärpaket zu. Robles bezifferte den Umfang auf 615 Millionen Euro."
                followup = _followup(pending, s_index, in_sent)
                if followup is None:
                    continue
                trig = (doc[amount_tok[0]], "pledge.followup")
            trigger, rule = trig
            prev_end = max((a.end for j, a in enumerate(amounts) if j < k and j not in alt_of), default=sent.start_char)
            # with several figures, the pledge verb between the last figure and this one is this one's cue:
            # "pledges have reached $2.6 billion, led by X and Y, which each pledged $500 million"
            if k > 0 and rule == "pledge.verb" and (near := _verb_between(doc, prev_end, amount.start, lang)) is not None:
                trigger = near
            why = _blocked(sent, trigger, amount_tok, lang, amount)
            if why == "collective":
                collective_at = s_index
            # the parts of a collective sum give as little as the sum: "Of that total, $800 million ..."
            if why or _source_of_receipt(doc, sent, amount_tok, lang) or (
                    s_index - collective_at <= 2 and _has_cue(doc_text(doc)[sent.start_char : amount.start], lang, "part_of")):
                continue
            donors, recipients = _choose_parties(doc, sent, trigger, amount_tok, in_sent, lang)
            # possessive givers: "Italy's military aid", "Estonia's total", "Deutschlands Hilfe"
            owners = [m for m in donors if _owns_aid(doc, m, lang)]
            # "115 billion euros from the United States": the giver right after the figure
            # (also past a conversion in brackets: "$1bn (£640m) from India, $500m from China")
            from_after = [m for m in donors if _preceded_by(doc, m, cue_set(lang, "giver_preps")) and _right_after(doc_text(doc), amount.end, m.start)]
            owners += from_after
            if owners:
                donors = owners + [m for m in donors if m not in owners]
            # "$2.6 billion in pledges", "pledges of $1 billion": a sum of many givers unless one is named as its owner
            elif _plural_pledges(trigger, lang) and _sum_of_pledges(doc, trigger, amount_tok, lang):
                collective_at = s_index
                continue
            nxt = next((a for j, a in enumerate(amounts) if j > k and j not in alt_of), None)
            if nxt is not None and not from_after:
                # "Britain pledged £850 million for the fund and Germany €1 billion": a giver
                # named after this figure and before the next one is the next figure's
                later = [m for m in donors if amount.end <= m.start < nxt.start and m.kind != "Person"]
                donors = [m for m in donors if m not in later] or donors
            if k > 0 and not from_after:
                # several figures, several givers: "Estonia's total has passed 500 million euros,
                # Lithuania's has reached 800 million": the giver named since the last figure
                own = [m for m in donors if amounts[k - 1].end <= m.start < amount.start and m.kind != "Person"
                       and not _oblique(doc, m, lang)]
                if own:
                    donors = own + [m for m in donors if m not in own]
            # a name inside a prepositional phrase gives nothing when nothing else does ("for
            # projects in Tuvalu"); it may still receive
            all_donors = list(donors)
            agents = _passive_agents(doc, sent, in_sent, lang)
            objects = [m for m in donors if _oblique(doc, m, lang) and m not in agents and m not in from_after
                       and not _owns_budget(doc, m, lang)]
            if len(objects) == len(donors) and not _receive_sentence(sent, lang):
                donors = []
            # "Der Bundesrat gibt 93 Mio. Franken frei", "the government will give NOK 5 billion":
            # an unnamed government giving its own national currency is the issuing state
            issuer = _government_issuer(doc, sent, donors, amount, lang)
            # the donor: the first state or organisation in the clause, or the state of a speaking leader
            donor_m = donors[0] if donors and issuer is None else None
            # "Guterres said pledges reached $2.6 billion": many gave; the speaker's body gave nothing
            if donor_m is not None and donor_m.kind == "Person" and _plural_pledges(trigger, lang):
                donor_m = None
            donor = issuer or (_state_of(donor_m) if donor_m else (followup[0] if followup else None))
            announcer = next((m.key for m in in_sent if m.kind == "Person" and m.affiliation == donor and donor), None)
            if donor is None:
                donor = _donor_anaphor(doc, sent, mentions, lang)  # "hatte die Bank 146 Millionen Dollar bewilligt"
            if donor is None and last is not None and s_index - last_sent_index <= 4 and not _plural_pledges(trigger, lang):
                donor = last.donor  # "Darin enthalten sind ...", "Its total ...": the previous pledge's donor goes on
            if donor is None:
                continue
            givers = _co_donors(doc, donors) if issuer is None else {issuer}
            recipient_m = _nearest_recipient(recipients, givers | {donor}, amount, amounts, k, alt_of)
            if recipient_m is None and issuer is not None:
                recipient_m = next((m for m in donors if _state_of(m) not in {issuer, None} and m.kind != "Person"), None)
            if recipient_m is None:
                # a bare object: "Ottawa will give Kyiv ...", not a title's affiliation ("European Commission
                # President ..."), and not a name after the figure ("$30 million, while Spain ...")
                # in English the object follows the verb at once ("promised Ukraine", "gave the
                # Philippines"), not anywhere ("France, the EU's largest economy, has committed")
                after = trigger.idx if lang == "en" and trigger.idx < amount.start else (donors[0].start if donors else -1)
                recipient_m = next((m for m in donors[1:] if _state_of(m) not in givers | {donor, None} and m.kind != "Person"
                                    and after < m.start < amount.start and not _modifies_person(doc, m)
                                    and (lang != "en" or trigger.idx > amount.start or len(doc_text(doc)[trigger.idx : m.start].split()) <= 2)
                                    and not doc_text(doc)[m.end : m.end + 2] in ("'s", "’s")
                                    and not _preceded_by(doc, m, {"von", "by", "from"}, reach=1)
                                    and not _excluded_as_recipient(doc, m, sent, lang)), None)
            recipient = _state_of(recipient_m) if recipient_m else (followup[1] if followup else None)
            if recipient is None:
                recipient = _fund_anaphor(doc, sent, mentions, lang)
            if recipient is None:
                recipient = _implicit_recipient(doc, lang, in_sent, pledges, last if s_index - last_sent_index <= 5 else None,
                                                country_counts, donor, givers, title_countries, amount.end,
                                                {_state_of(m) for m in all_donors if not _oblique(doc, m, lang)},
                                                until=nxt.start if nxt is not None else sent.end_char if k > 0 else 10**12)
            if recipient is None or recipient == donor:
                continue
            code, inferred = amount.resolved(context_currency=lex.currency_of(donor))
            # "$6.6 billion (Can$8.9 billion)": a bare dollar restated in the donor's own dollar is the family default
            stated = {c for j, a in enumerate(amounts) if alt_of.get(j) == k for c in [a.resolved(context_currency=None)[0]] if c}
            if inferred and code in stated and amount.family:
                code = money_families()[amount.family]["default"] or code
            if code is None:
                continue
            # "Die saudische Zusage – umgerechnet gut 5,6 Milliarden Riyal": an earlier pledge restated
            if _has_cue(doc_text(doc)[max(sent.start_char, amount.start - 25) : amount.start], lang, "conversion_cues"):
                earlier = next((i for i in range(len(pledges) - 1, -1, -1) if pledges[i].donor == donor
                                and pledges[i].amount.currency != code), None)
                if earlier is not None:
                    q = pledges[earlier]
                    alt = Money(value=amount.value, currency=code, text=amount.text, currency_inferred=inferred,
                                qualifier=amount.qualifier, start=amount.start, end=amount.end)
                    ev = make_evidence(whole, amount.start, amount.end, article.id, "pledge.conversion")
                    pledges[earlier] = replace(q, alt_amounts=q.alt_amounts + (alt,), evidence=q.evidence + (ev,))
                    continue
            money = Money(value=amount.value, currency=code, text=amount.text, currency_inferred=inferred,
                          qualifier=amount.qualifier, start=amount.start, end=amount.end)
            alts = tuple(
                Money(value=a.value, currency=c, text=a.text, currency_inferred=i, qualifier=a.qualifier, start=a.start, end=a.end)
                for j, a in enumerate(amounts) if alt_of.get(j) == k
                for c, i in [a.resolved(context_currency=None)] if c
            )
            before_amount = doc_text(doc)[sent.start_char : amount.start]
            # running totals: "seit 2022 insgesamt", "so far", "in total"; unless the amount
            # itself is called new ("weitere zwei Milliarden seit ...", "an additional $500m")
            # "its largest package so far" ranks one pledge, it sums none
            cumulative = ((rule == "pledge.total" or _has_cue(before_amount + " " + doc_text(doc)[amount.end : sent.end_char], lang, "cumulative"))
                          and not _has_cue(before_amount[-40:], lang, "new_markers") and not _has_cue(sent.text, lang, "superlatives"))
            # components: "davon 835 Millionen", "darin enthalten", "of which", "including"
            part_of = None
            if _has_cue(before_amount, lang, "part_of"):
                container = made.get(k - 1) if k - 1 in made else (last if last and s_index - last_sent_index <= 2 else None)
                if container is not None:
                    part_of = container.key
                    cumulative = False
            evidence = make_evidence(whole, min(trigger.idx, amount.start), max(trigger.idx + len(trigger.text), amount.end), article.id, rule)
            pledge = Pledge(
                donor=donor,
                recipient=recipient,
                amount=money,
                evidence=(evidence,),
                kind=_kind(sent, amount, lang),
                alt_amounts=alts,
                cumulative=cumulative,
                part_of=part_of,
                announced_by=announcer,
                date=find_date(whole.text, lang=lang, published=published),
                occasion=_occasion(sent, in_sent, lang),
            )
            if part_of is not None:
                container = next((q for q in pledges if q.key == part_of), None)
                if container is not None:
                    # a component has its package's donor ("The package includes A$2.5m for kits
                    # delivered by the Red Cross": Australia gives) and, without its own, its kind
                    pledge = replace(pledge, donor=container.donor, kind=container.kind if pledge.kind == "other" else pledge.kind,
                                     recipient=container.recipient if pledge.recipient == container.donor else pledge.recipient,
                                     announced_by=pledge.announced_by or container.announced_by)
            made[k] = pledge
            pledges.append(pledge)
            # "Macron und Trudeau stellten jeweils 100 Millionen Euro in Aussicht", "which each
            # pledged $500 million": the same figure from every giver named before it
            pledges += [replace(pledge, donor=other, announced_by=None)
                        for other in _distributed(doc, sent, amount_tok, [m for m in all_donors if m.start >= prev_end],
                                                  recipient, donor, lang)]
            last, last_sent_index, pending = pledge, s_index, None
    return pledges


def _verb_between(doc: Doc, start: int, end: int, lang: str) -> Token | None:
    """The last pledge verb between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="contract")
    verbs = cue_set(lang, "pledge_verbs")
    found = [t for t in span if t.lower_ in verbs or t.lemma_ in verbs] if span is not None else []
    return found[-1] if found else None


def _distributed(doc: Doc, sent: Span, amount_tok: tuple[int, int], donors: list[ActorMention], recipient: str,
                 donor: str, lang: str) -> list[str]:
    """The other givers of a distributive figure ("jeweils", "each"): states and organisations
    named before the figure in the clause, not after a preposition, other than the recipient."""
    near = doc[max(sent.start, amount_tok[0] - 3) : min(sent.end, amount_tok[1] + 2)]
    if not any(t.lower_ in cue_set(lang, "distributive") for t in near):
        return []
    out: list[str] = []
    persons = next((m.kind == "Person" for m in donors if _state_of(m) == donor), False)
    for m in donors:
        state = _state_of(m)
        if (m.kind == "Person") == persons and m.start < doc[amount_tok[0]].idx and state not in {None, donor, recipient, *out} and not (
                m.kind != "Person" and _preceded_by(doc, m, cue_set(lang, "non_subject_preps"))):
            out.append(state)
    return out


def _restated(doc: Doc, amount_tok: tuple[int, int], amount: AmountMatch, seen: set, lang: str) -> bool:
    """A figure after a definite article that an earlier sentence gave already."""
    return amount.value in seen and amount_tok[0] > 0 and doc[amount_tok[0] - 1].lower_ in cue_set(lang, "definite_articles")


def _right_after(text: str, end: int, start: int) -> bool:
    """A name right after a figure: at most a preposition and an article between them, and
    a bracketed conversion ("$1bn (£640m) from India")."""
    gap = re.sub(r"\([^()]*\)", "", text[end:start]) if 0 <= start - end <= 40 else None
    return gap is not None and len(gap) <= 12


def _sentence_of(doc: Doc, m: ActorMention) -> Span:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.sent if span is not None else doc[:]


def _oblique(doc: Doc, m: ActorMention, lang: str) -> bool:
    oblique = cue_set(lang, "non_subject_preps") | cue_set(lang, "source_preps")
    if _body_of(doc, m, lang):
        return False  # "The executive board of the IMF approved ...", "Das Direktorium des IWF"
    return (_preceded_by(doc, m, oblique) and not _seat_of_government(doc, m, lang)) or (lang == "de" and _genitive_attribute(doc, m)) or (
        m.kind == "Person" and _titled_after_preposition(doc, m, oblique)) or _in_fronted_phrase(doc, m, lang)


def _population_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "refugees from Sudan", "Geflüchtete aus dem Sudan": the country a population comes from."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.kind != "Country":
        return False
    j = span.start - 1
    while j > 0 and doc[j].lower_ in cue_set(lang, "definite_articles"):
        j -= 1
    return (j >= 1 and doc[j].lower_ in cue_set(lang, "giver_preps")
            and (doc[j - 1].text in cue_set(lang, "population_nouns") or doc[j - 1].lower_ in cue_set(lang, "population_nouns")))


def _body_of(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "the executive board of the International Monetary Fund", "das Direktorium des IWF": a
    body of the organisation or state acts for it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    j = span.start - 1
    while j > 0 and doc[j].lower_ in cue_set(lang, "definite_articles"):
        j -= 1
    if j < 1 or doc[j].lower_ not in {"of", "des", "der"} and not (lang == "de" and j == span.start - 1):
        return False
    body = doc[j - 1] if doc[j].lower_ in {"of", "des", "der"} else doc[j]
    return body.text in cue_set(lang, "body_nouns") or body.lower_ in cue_set(lang, "body_nouns")


def _in_fronted_phrase(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "Ahead of a meeting of the Contact Group on Friday, Britain announced ...": a name in a
    prepositional phrase that opens the sentence, before its comma, is no subject."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    opening = doc[sent.start : min(sent.end, sent.start + 5)].text.lower()
    if not any(opening.startswith(p + " ") for p in cue_set(lang, "fronted_preps")):
        return False
    comma = next((t.i for t in doc[sent.start : sent.end] if t.text == ","), None)
    return comma is not None and span.end <= comma


def _titled_after_preposition(doc: Doc, m: ActorMention, preps: set[str]) -> bool:
    """ "Bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj sicherte Trudeau
    ...": a person named with a title after a preposition is no subject. Walks back over the
    title, adjectives and the article (at most five words)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    roles = role_index(doc).tokens
    j = span.start - 1
    steps = 0
    while j >= 0 and steps < 5 and (j in roles or doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in preps
                                     or doc[j].text == "-" or doc[j].ent_type_ == "Country"):
        j -= 1
        steps += 1
    return steps > 0 and j >= 0 and doc[j].lower_ in preps


def _receive_sentence(sent: Span, lang: str) -> bool:
    return any(t.lower_ in RECEIVE[lang] or t.lemma_ in RECEIVE[lang] for t in sent)


def _government_issuer(doc: Doc, sent: Span, donors: list[ActorMention], amount: AmountMatch, lang: str) -> str | None:
    """The state behind "the government"/"der Bundesrat" when it gives its own currency and
    no state is named before it: "Der Bundesrat gibt 93 Mio. Franken frei" -> Switzerland."""
    code, _ = amount.resolved(context_currency=None)
    issuer = load_lexicon().issuer_of(code or "")
    if issuer is None:
        return None
    government = cue_set(lang, "government_nouns") | {"Bundesrat", "Bund", "Landesregierung", "Regierung"}
    first_donor = min((m.start for m in donors), default=amount.start)
    for tok in doc[sent.start : doc.char_span(amount.start, amount.end, alignment_mode="expand").start]:
        if tok.idx >= first_donor:
            break
        if tok.text in government or tok.lower_ in government:
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            # "die österreichische Bundesregierung", "Kanadas Regierung": the government is named
            if prev is not None and prev.ent_type_:
                return None
            return issuer
    return None


def _nearest_recipient(recipients: list[ActorMention], exclude: set[str], amount: AmountMatch, amounts: list[AmountMatch],
                       k: int, alt_of: dict[int, int]) -> ActorMention | None:
    """The recipient of the k-th figure: "provides $1.45 billion for Jordan ... and $300 million
    for Taiwan": the one named after this figure and before the next, else the last one named
    before it (since the previous figure), else the first."""
    cands = [m for m in recipients if _state_of(m) not in exclude]
    if not cands:
        return None
    nxt = next((a.start for j, a in enumerate(amounts) if j > k and j not in alt_of), 10**12)
    prev_end = next((a.end for j, a in reversed(list(enumerate(amounts))) if j < k and j not in alt_of), -1)
    after = [m for m in cands if amount.end <= m.start < nxt]
    before = [m for m in cands if prev_end <= m.start and m.end <= amount.start]
    return after[0] if after else before[-1] if before else cands[0]


def _donor_anaphor(doc: Doc, sent: Span, mentions: list[ActorMention], lang: str) -> str | None:
    """ "die Bank", "the bloc", "the lender": a definite description of the organisation
    named last before with that kind of name (a bloc: a grouping such as the EU)."""
    anaphors = cues(lang)["donor_anaphors"]
    lex = load_lexicon()
    for tok in sent:
        kind = anaphors.get(tok.text if lang == "de" else tok.lower_)
        if kind is None or tok.i == sent.start or doc[tok.i - 1].lower_ not in {"the", "die", "der", "das", "dem", "den"}:
            continue
        for m in reversed([m for m in mentions if m.kind == "Organization" and m.end <= sent.start_char]):
            entry = lex.entry(m.key)
            name = m.name.lower()
            if kind == "bloc" and (m.key == "org:eu" or (entry is not None and getattr(entry, "grouping", False))):
                return m.key
            if kind != "bloc" and kind in name.replace("organization", "organisation"):
                return m.key
        return None
    return None


def _sum_of_pledges(doc: Doc, trigger: Token, amount_tok: tuple[int, int], lang: str) -> bool:
    """ "$2.6 billion in pledges", "pledges of $1 billion", "pledges have reached $2.6 billion": the
    plural noun next to the figure or joined to it by a verb of reaching; not the verb ("Japan
    pledges ¥30 billion")."""
    if lang == "en" and trigger.i > 0 and (doc[trigger.i - 1].ent_type_ or doc[trigger.i - 1].lower_ in {"it", "he", "she"}):
        return False
    if amount_tok[1] <= trigger.i <= amount_tok[1] + 2 or 0 < amount_tok[0] - trigger.i <= 3:
        return True
    between = doc[trigger.i + 1 : amount_tok[0]] if trigger.i < amount_tok[0] else []
    return any(t.lower_ in cue_set(lang, "total_verbs") for t in between)


def _plural_pledges(trigger: Token, lang: str) -> bool:
    """ "Total pledges came to $11 billion", "Die Zusagen summierten sich": many givers."""
    if lang == "de":
        return trigger.text in {"Zusagen", "Beiträge", "Hilfszusagen", "Finanzzusagen"}
    return trigger.lower_ in {"pledges", "commitments", "contributions"}


def _fund_anaphor(doc: Doc, sent: Span, mentions: list[ActorMention], lang: str) -> str | None:
    """ "for the fund's next cycle", "dem neuen Fonds": the last organisation named before
    with that head noun ("the Global Fund to Fight AIDS ...", "Anpassungsfonds")."""
    heads = cue_set(lang, "fund_heads")
    for tok in sent:
        word = tok.lower_ if lang == "en" else tok.text
        if word not in heads or tok.i == sent.start:
            continue
        prev = doc[tok.i - 1].lower_
        det = doc[tok.i - 2].lower_ if tok.i - 2 >= sent.start else ""
        if prev in {"the", "dem", "den", "der", "des"} or det in {"the", "dem", "den", "der", "des"}:
            earlier = [m for m in mentions if m.kind == "Organization" and m.end <= tok.idx]
            for m in reversed(earlier):
                if any(w.lower().startswith(word.lower()) or w.lower().endswith(word.lower()) for w in m.name.split()):
                    # a fund for one country ("Ukraine Facility", "Fund for Reconstruction of
                    # Ukraine") gives to that country
                    named = [c for c in mentions if c.kind == "Country" and m.start <= c.start and c.end <= m.end + 20
                             and c.form in ("name", "alias")]
                    return named[0].key if named else m.key
    return None


def _clause(sent: Span, i: int) -> Span:
    """The part of the sentence between semicolons or colons that holds token ``i``."""
    doc = sent.doc
    start = next((t.i + 1 for t in reversed(doc[sent.start : i]) if t.text in (";", ":")), sent.start)
    end = next((t.i + 1 for t in doc[i : sent.end] if t.text in (";", ":")), sent.end)
    return doc[start:end]


def _owns_aid(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "Italy's military aid", "Estonia's total", "Deutschlands Militärhilfe": a possessive
    giver, with at most one word between it and the aid noun."""
    rest = doc_text(doc)[m.end : m.end + 2]
    if lang == "en" and rest not in ("'s", "’s"):
        return False
    if lang == "de" and m.form != "genitive":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    start = span.end + (1 if lang == "en" else 0)
    return any(_is_aid_noun(t, lang) or t.lower_ in {"total", "totals"} for t in doc[start : min(len(doc), start + 3)])


def _pending(doc: Doc, sent: Span, in_sent: list[ActorMention], lang: str, s_index: int):
    """A sentence that announces aid with a verb but gives no figure: (index, donor, recipient).

    "Spanien sagt der Ukraine ein weiteres Militärpaket zu." The figure may follow in the
    next sentences; the sentence must name the aid (an aid noun) and its giver.
    """
    end = (sent.end, sent.end)
    trig = _trigger(sent, end, lang)
    if trig is None or trig[1] not in {"pledge.verb", "pledge.separable_verb", "pledge.phrase"}:
        return None
    if not any(_is_aid_noun(t, lang) for t in sent) or _blocked(sent, trig[0], end, lang):
        return None
    donors, recipients = _choose_parties(doc, sent, trig[0], end, in_sent, lang)
    donor = _state_of(donors[0]) if donors else None
    if donor is None:
        return None
    recipient = next((_state_of(m) for m in recipients if _state_of(m) not in {donor, None}), None)
    return s_index, donor, recipient


def _followup(pending, s_index: int, in_sent: list[ActorMention]) -> tuple[str, str | None] | None:
    """(donor, recipient) of the pending pledge whose figure this sentence gives: at most two
    sentences on, and no other state or organisation named in between."""
    if pending is None or s_index - pending[0] > 2:
        return None
    _, donor, recipient = pending
    others = {_state_of(m) for m in in_sent if m.kind != "Person"} - {donor, recipient}
    return None if others else (donor, recipient)


def _source_of_receipt(doc: Doc, sent: Span, amount_tok: tuple[int, int], lang: str) -> bool:
    """In a sentence about receiving, a figure right after "aus"/"from" is the fund it comes
    out of, not what is received: "erhält aus der sechs Milliarden Euro schweren Fazilität"."""
    if not _receive_sentence(sent, lang):
        return False
    return any(t.lower_ in FROM[lang] for t in doc[max(sent.start, amount_tok[0] - 3) : amount_tok[0]])


def _implicit_recipient(doc: Doc, lang: str, in_sent: list[ActorMention], pledges: list[Pledge], last: Pledge | None,
                        country_counts: dict[str, int], donor: str, givers: set[str],
                        title_countries: frozenset[str], after: int, subjects: set[str], until: int = 10**12) -> str | None:
    """The recipient of a pledge sentence that names none as an object, in order:
    a country named in the sentence that the article already gives to, or is about ("for
    Ukrainian firms", "repairs in southern Ukraine"), the previous pledge's recipient within the passage, the article's most
    frequent recipient so far, the country the article is about."""
    earlier: dict[str, int] = {}
    for p in pledges:
        if p.recipient != donor:
            earlier[p.recipient] = earlier.get(p.recipient, 0) + 1
    # a state that gives elsewhere in the article is not taken for a silent recipient
    giving = givers | {donor} | {p.donor for p in pledges}
    counts = {k: v for k, v in country_counts.items() if k not in giving}
    topic = _topic_recipient(counts, donor, title_countries)
    named = [m for m in in_sent if m.kind == "Country" and m.key not in giving and m.start > after
             and _preceded_by(doc, m, cue_set(lang, "destination_preps"), reach=3) and m.key not in subjects
             and not _excluded_as_recipient(doc, m, _sentence_of(doc, m), lang)]
    # with several figures, the place named right after this one: "one billion euros for reconstruction in
    # Turkey and 108 million euros for humanitarian aid in Syria"
    own = [m for m in named if m.start < until]
    if own and until < 10**12:
        return own[0].key
    for m in in_sent:
        if m.kind == "Country" and m.key not in giving and (m.key in earlier or m.key == topic):
            return m.key
    # a person of that country met or named in the sentence: "nach einem Treffen mit Selenskyj"
    for m in in_sent:
        if m.kind == "Person" and m.affiliation and m.affiliation not in giving and (m.affiliation in earlier or m.affiliation == topic):
            return m.affiliation
    # a country named after the figure: "C$60 million in humanitarian assistance for people
    # affected by the war in Sudan", "to help the Philippine Coast Guard"
    # (only after a preposition of place or purpose, not a subject of its own: "..., while Spain said")
    if named:
        return named[0].key
    if last is not None and last.recipient != donor:
        return last.recipient
    if earlier:
        return max(sorted(earlier), key=lambda k: earlier[k])
    return topic


def _has_cue(text: str, lang: str, name: str) -> bool:
    for cue in cues(lang)[name]:
        if re.search(rf"(?<![\w]){re.escape(cue)}(?![\w])", text, flags=re.IGNORECASE):
            return True
    return False


def _occasion(sent: Span, in_sent: list[ActorMention], lang: str) -> str | None:
    """ "auf dem G7-Gipfel", "at the NATO summit": the summit a pledge was made at."""
    summit_words = {w for w, t in cues(lang)["meeting_nouns"].items() if t == "summit"}
    for tok in sent:
        if tok.text in summit_words or tok.lower_ in summit_words:
            for m in in_sent:
                if m.kind == "Organization" and 0 <= tok.idx - m.end <= 3:
                    return f"{m.name} summit"
    return None


def _topic_recipient(country_counts: dict[str, int], donor: str, title_countries: frozenset[str] = frozenset()) -> str | None:
    """The country an article is about, when a pledge sentence names no recipient:
    the most mentioned country other than the donor, if it clearly leads; else the most
    mentioned of the countries in the headline, if it leads the others."""
    counts = {k: v for k, v in country_counts.items() if k != donor}
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    if ranked[0][0] in title_countries and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None


def merge_restated(pledges: list[Pledge]) -> list[Pledge]:
    """One pledge per real-world pledge in an article: restatements add evidence."""
    by_key: dict[str, Pledge] = {}
    for p in pledges:
        if p.key in by_key:
            old = by_key[p.key]
            by_key[p.key] = replace(
                old,
                evidence=old.evidence + p.evidence,
                announced_by=old.announced_by or p.announced_by,
                occasion=old.occasion or p.occasion,
                date=old.date or p.date,
                kind=old.kind if old.kind != "other" else p.kind,
                alt_amounts=old.alt_amounts or p.alt_amounts,
            )
        else:
            by_key[p.key] = p
    return list(by_key.values())
