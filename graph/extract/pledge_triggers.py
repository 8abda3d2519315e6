"""Pledge triggers and blockers: what makes a sentence with a figure a pledge, and what still refuses it.

Triggers are asked in order (a whole phrase, then each token in turn against the token rules, then
the sentence rules), so the earliest cue wins. Blockers are named predicates asked in order: the
first that holds refuses the figure. Every rule is registered in ``graph/data/rules/pledge.json``.
One comment per linguistic rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from graph.extract.amounts import AmountMatch, find_amounts, money
from graph.extract.cues import cue_set, cues, verb_particles
from graph.extract.doctext import doc_text
from graph.extract.rules import rule


def is_aid_noun(token: Token, lang: str) -> bool:
    nouns = cue_set(lang, "pledge_nouns")
    if token.text in nouns or token.lower_ in nouns:
        return True
    # German compounds on an aid word: "Militärhilfe", "Hilfspaket", "Finanzzusagen"
    return lang == "de" and token.text[:1].isupper() and token.lower_.endswith(tuple(cues(lang)["aid_suffixes"]))


_PHRASES: dict[tuple[int, str], PhraseMatcher] = {}


def _phrase_matcher(vocab: Vocab, lang: str) -> PhraseMatcher:
    """One PhraseMatcher per vocabulary and language over the lower-cased pledge phrases."""
    key = (id(vocab), lang)
    if key not in _PHRASES:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        matcher.add("pledge.phrase", [Doc(vocab, words=p.lower().split()) for p in cues(lang)["pledge_phrases"]])
        _PHRASES[key] = matcher
    return _PHRASES[key]


def _phrase(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """multiword predicates, matched on whole tokens: "zur Verfügung stellen", "make available"."""
    found = _phrase_matcher(sent.doc.vocab, lang)(sent)
    return sent.doc[min(start for _, start, _ in found)] if found else None  # (doc offsets)


def _split_phrase(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """a split German phrase: "stellt ... zur Verfügung", "stellte ... in Aussicht"; an English verb
    with its object before the adjective: "will make $50 million immediately available"."""
    split = cues(lang).get("pledge_split_phrases", {}).get(tok.text)
    if not split or tok.i <= sent.start:
        return False
    if split[0] is None:  # (the verb at most six words before: "make ... available")
        return any(t.lemma_ == split[1] or t.lower_ == split[1] for t in sent.doc[max(sent.start, tok.i - 7) : tok.i - 1])
    if tok.nbor(-1).lower_ != split[0]:
        return False
    lemmas = {t.lemma_ for t in sent} | {t.lower_ for t in sent}
    return split[1] in lemmas or any(t.lower_.startswith(split[1][:5]) or t.lower_.startswith("ge" + split[1][:5]) for t in sent)


def _receive(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """receiving: "Ukraine will receive $400 million from the United States"."""
    return tok.lower_ in cue_set(lang, "receive_verbs") or tok.lemma_ in cue_set(lang, "receive_verbs")


def _separable(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """German separable verbs: "sagte ... zu", "kündigte ... an", "stellte ... bereit"."""
    particles = verb_particles(lang, "pledge_particle_verbs")
    particle = particles.get(tok.lower_) or particles.get(tok.lemma_)
    if not particle:
        return False
    for later in sent[tok.i - sent.start + 1 :]:
        nxt = later.nbor(1) if later.i + 1 < len(later.doc) else None
        if later.lower_ in particle and (nxt is None or nxt.is_punct or nxt.lower_ in cue_set(lang, "particle_followers")):
            return True
    return False


def _verb(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """a pledge verb: "zugesagt", "pledged", "will provide"."""
    verbs = cue_set(lang, "pledge_verbs")
    # (a word of a name is none: "the Global Fund")
    return (tok.lower_ in verbs or tok.lemma_ in verbs) and not _name_word(tok)


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: "Fund" in "the Global Fund" is no cue."""
    return bool(tok.ent_type_) and not tok.is_lower


def _add_new(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """adding with a new-marker: "would add another 200 million euros"."""
    return tok.lower_ in cue_set(lang, "add_verbs") and tok.i + 1 < sent.end and tok.nbor(1).lower_ in cue_set(lang, "new_markers")


def _flow(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """money flowing on, said of new money: "Weitere zwei Millionen Euro gehen an ein Projekt"."""
    if tok.lower_ not in cue_set(lang, "flow_verbs"):
        return False
    doc, preps = sent.doc, cue_set(lang, "flow_preps")
    a_end = amount_tokens[1]
    # (German puts the verb last, after the goal: "sollen in die Reparatur ... fließen")
    goes_to = any(t.lower_ in preps for t in doc[a_end if lang == "de" else max(tok.i + 1, a_end) : sent.end])
    fresh = amount_tokens[0] > sent.start and new_marker_before(sent, amount_tokens[0], lang)
    # (money that is to flow is new too: "Zehn Millionen Euro ... sollen in die Reparatur von Heizkraftwerken fließen",
    # "$5 million will go to the WFP"; not a sum named before: "The $5 million will go to UNICEF")
    known = amount_tokens[0] > sent.start and doc[amount_tokens[0] - 1].lower_ in cue_set(lang, "definite_articles")
    fresh = fresh or not known and any(t.lower_ in cue_set(lang, "future_auxiliaries") for t in doc[sent.start : tok.i])
    # ("Aus der Friedensfazilität fließen weitere 120 Millionen Euro an die Mission": the goal after the figure)
    if fresh and (tok.i + 1 < sent.end and tok.nbor(1).lower_ in preps or goes_to):
        return True
    # (or said of aid: "Seit Kriegsbeginn flossen 118 Millionen Euro Hilfsgelder an die Ukraine", "$50 million
    # in aid has gone to Gaza")
    aid = a_end < sent.end and (is_aid_noun(doc[a_end], lang) or a_end + 1 < sent.end and doc[a_end].lower_ == "in" and is_aid_noun(doc[a_end + 1], lang))
    return aid and goes_to


def _comes_from(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """money said to come from a named giver: "Von der EU sollen 715 Millionen Euro kommen", "A
    further $50 million will come from Japan", "600 Millionen stammen aus Deutschland"."""
    if tok.lower_ not in cue_set(lang, "source_verbs"):
        return False
    # (a share that comes from a giver is no figure of its own: "Aus Deutschland kommen 20 Prozent des
    # Beitrags der Kommission, der sich auf 520 Millionen Euro beläuft")
    if any(t.lower_ in cue_set(lang, "percent_words") for t in sent):
        return False
    preps = cue_set(lang, "giver_preps")
    return any(t.lower_ in preps and any(u.ent_type_ for u in sent.doc[t.i + 1 : min(sent.end, t.i + 4)]) for t in sent)


def share_cue(tok: Token, lang: str) -> bool:
    return tok.lower_ in cue_set(lang, "share_verbs")


def _share(tok: Token, sent: Span, amount_tokens: tuple[int, int], lang: str) -> bool:
    """a share of aid just announced that falls to one receiver: "Von den zusätzlichen Geldern
    entfallen 39,4 Millionen Euro auf Syrien", "Davon entfallen 8 Millionen auf Jordanien"."""
    if not share_cue(tok, lang):
        return False
    doc = sent.doc
    opening = doc[sent.start : min(sent.end, sent.start + 6)]
    if not opening or opening[0].lower_ not in cue_set(lang, "share_openers"):
        return False
    of_aid = opening[0].lower_ == "davon" or any(t.text in cue_set(lang, "share_nouns") or is_aid_noun(t, lang) for t in opening)
    return of_aid and any(t.lower_ in cue_set(lang, "share_preps") for t in doc[amount_tokens[1] : sent.end])


TOKEN_TRIGGERS = (
    (rule("pledge.phrase"), _split_phrase),
    (rule("pledge.receive"), _receive),
    (rule("pledge.separable_verb"), _separable),
    (rule("pledge.verb"), _verb),
    (rule("pledge.add"), _add_new),
    (rule("pledge.flow"), _flow),
    (rule("pledge.comes_from"), _comes_from),
    (rule("pledge.share"), _share),
)


def _support(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """support with an instrument: "unterstützt die Ukraine mit 500 Millionen Euro", "backed
    Kyiv with $2 billion": the support verb gives only with "mit"/"with" before the amount."""
    doc, a_start = sent.doc, amount_tokens[0]
    near = doc[max(sent.start, a_start - 3) : a_start]
    # (or with goods of that value: "mit Hilfsgütern im Wert von fünf Millionen Dollar helfen",
    # "help with relief goods worth $5 million")
    if any(t.lower_ in cue_set(lang, "value_words") for t in near):
        near = doc[max(sent.start, a_start - 6) : a_start]
    if not any(t.lower_ in cue_set(lang, "instrument_preps") for t in near):
        return None
    support = cue_set(lang, "support_verbs")
    return next((tok for tok in sent if tok.lower_ in support or tok.lemma_ in support), None)


def _total(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """a running total stated with a figure: "Sweden's military support since 2022 reaches SEK
    100 billion", "die Hilfe beläuft sich seit 2022 auf 40 Milliarden": an aid noun before the
    amount and a verb of reaching."""
    doc, a_start = sent.doc, amount_tokens[0]
    # (the aid noun before the verb of reaching says enough: "Die staatliche Hilfe Österreichs
    # belaufe sich nun auf mehr als 250 Millionen Euro")
    head = doc[sent.start : a_start]
    if not any(is_aid_noun(t, lang) or t.lower_ in cue_set(lang, "total_words") for t in head):
        return None
    # (German puts the verb last: "wird sich die portugiesische Unterstützung ... auf 126 Millionen Euro belaufen")
    tail = doc[amount_tokens[1] : min(sent.end, amount_tokens[1] + 2)] if lang == "de" else []
    return next((tok for tok in [*head, *tail] if tok.lower_ in cue_set(lang, "total_verbs")), None)


def _nominal(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """nominal pledge: "Militärhilfe in Höhe von 2 Milliarden", "a $2 billion aid package",
    "zwei Milliarden Dollar an Verteidigungshilfe", "$500 million in military aid"."""
    doc, (a_start, a_end) = sent.doc, amount_tokens
    # (quotation marks do not count: 'einem "Winterpaket" in Höhe von umgerechnet 120 Millionen')
    quotes = sum(1 for t in doc[max(sent.start, a_start - 7) : a_start] if t.is_quote)
    # (a phrase of amount reaches further back: "Kreditgarantien für die Ukraine in Höhe von 500 Millionen Euro")
    linked = any(doc[max(sent.start, a_start - len(p.split())) : a_start].text.lower() == p for p in cue_set(lang, "amount_links"))
    window = doc[max(sent.start, a_start - (9 if linked else 5) - quotes) : min(sent.end, a_end + 4)]
    # (a word of a name is none: "the largest donor to the Global Fund is Japan with $417 million")
    return next((tok for tok in window if is_aid_noun(tok, lang) and not _name_word(tok)), None)


def donor_words(lang: str) -> frozenset[str]:
    """The words for many givers: "donors", "Geber", "pledges"."""
    return cue_set(lang, "collective_donors") | cue_set(lang, "plural_pledge_nouns") | cue_set(lang, "supporter_nouns")


def _donor_list(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """a list of givers with their figures in brackets: "The main donors were the United States
    ($100 million), Canada ($60 million) ...", "Die größten Geber waren die USA (100 Millionen Dollar)":
    the word for the givers is the cue, the figure in brackets right after a name; or joined to it by
    "with" after a verb of listing: "Other donors included Kenya with $200,000", "Zu den Gebern gehörten
    Kenia mit 200.000 Dollar"."""
    doc, a_start = sent.doc, amount_tokens[0]
    if a_start - 2 < sent.start or not doc[a_start - 2].ent_type_:
        return None
    words = donor_words(lang)
    if doc[a_start - 1].text == "(":
        return next((t for t in sent if t.text in words or t.lower_ in words), None)
    if doc[a_start - 1].lower_ not in cue_set(lang, "figure_preps"):
        return None
    listing = cue_set(lang, "donor_list_verbs")
    # (a ranked giver lists one: "The largest donor to the fund is Japan with $417 million")
    return next((t for t in sent if t.i < a_start and (t.text in words or t.lower_ in words)
                 and (any(u.lower_ in listing for u in doc[max(sent.start, t.i - 2) : t.i + 3]) or ranked(t, lang))), None)


def _listed_item(sent: Span, amount_tokens: tuple[int, int], lang: str) -> Token | None:
    """an item of a bulleted list that opens with its figure, under a line that announces the list:
    "Other announcements during the visit included: / • $13 million to NGOs working across PNG",
    "Das Paket umfasst: / • 20 Millionen Euro für Schulen in Moldau". The bullet is the cue."""
    doc = sent.doc
    bullet = next((t for t in sent if not t.is_space), None)
    if bullet is None or bullet.text not in cue_set(lang, "list_bullets") or amount_tokens[0] - bullet.i > 4:
        return None
    # (a giver before the figure makes a list of givers, "- Germany — $220 million": pledge.list_item)
    if any(t.ent_type_ for t in doc[bullet.i + 1 : amount_tokens[0]]):
        return None
    text = doc_text(doc)
    start, end = lead_line_span(text, sent.start_char, lang)
    lead = text[start:end].strip()
    if not lead.endswith(":"):
        return None
    words = set(re.findall(r"\w+", lead))
    return bullet if words & cue_set(lang, "listing_leads") or {w.lower() for w in words} & cue_set(lang, "listing_leads") else None


def lead_line_span(text: str, end: int, lang: str) -> tuple[int, int]:
    """(start, end) characters of the last line before ``end`` that is not empty and not an item of a
    bulleted list: the line that announces the list."""
    bullets = cue_set(lang, "list_bullets")
    lines = text[:end].rstrip().split("\n")
    while lines and (not lines[-1].strip() or lines[-1].strip().split()[0] in bullets):
        lines.pop()
    stop = len("\n".join(lines))
    return (stop - len(lines[-1]) if lines else stop), stop


SENTENCE_TRIGGERS = (
    (rule("pledge.support"), _support),
    (rule("pledge.total"), _total),
    (rule("pledge.noun"), _nominal),
    (rule("pledge.donor_list"), _donor_list),
)
LISTED_ITEM = rule("pledge.listed_item")


def find_trigger(sent: Span, amount_tokens: tuple[int, int], lang: str) -> tuple[Token, str] | None:
    """The cue that makes a sentence with an amount a pledge, and the rule's name."""
    # (an item of an announced list is read as one, whatever words of giving it has: "• $3 million additional funding")
    if (tok := _listed_item(sent, amount_tokens, lang)) is not None:
        return tok, LISTED_ITEM
    if (tok := _phrase(sent, amount_tokens, lang)) is not None:
        return tok, TOKEN_TRIGGERS[0][0]
    for tok in sent:
        for name, holds in TOKEN_TRIGGERS:
            if holds(tok, sent, amount_tokens, lang):
                return tok, name
    for name, find in SENTENCE_TRIGGERS:
        if (tok := find(sent, amount_tokens, lang)) is not None:
            return tok, name
    return None


def new_marker_before(sent: Span, i: int, lang: str) -> bool:
    """A new-marker right before the figure at token i: "weitere zwei Millionen", "a further $5m"."""
    return any(t.lower_ in cue_set(lang, "new_markers") for t in sent.doc[max(sent.start, i - 2) : i])


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


def _negated(c: Clause) -> bool:
    """negation near the cue: "hat keine neue Hilfe zugesagt", "did not pledge"."""
    near = c.doc[max(c.sent.start, c.trigger.i - 6) : min(c.sent.end, c.trigger.i + 3)]
    return any(t.lower_ in cue_set(c.lang, "negations") for t in near)


def _hypothetical(c: Clause) -> bool:
    """hypothetical or conditional: "würde ... bereitstellen", "could provide", "if ..."; but
    reported speech is no condition: "Canada said it would provide ..."."""
    speech = cue_set(c.lang, "speech_verbs")
    conditional = any(u.lower_ in cue_set(c.lang, "conditional_conjunctions") for u in c.sent)
    # (without a condition, only in the cue's own clause: "vowed that he would stand with Ukraine, unveiling $650 million")
    before = c.before
    start = next((t.i + 1 for t in reversed(before) if t.text in cue_set(c.lang, "clause_separators")), before.start)
    for t in before:
        if t.lower_ in cue_set(c.lang, "hypothetical"):
            said = any((u.lower_ in speech or u.lemma_ in speech) and (u.i < t.i or u.i != c.trigger.i) for u in c.sent)
            # "Pistorius told his counterparts that Germany would provide ...", "..., Healey said"
            reported = t.lower_ in cue_set(c.lang, "report_auxiliaries") and said
            if conditional or not reported and t.i >= start:
                return True
    return False


def _definite(c: Clause) -> bool:
    """a known instrument named by its size: "the 50-billion-euro Ukraine Facility", "of the
    $45-billion G7 loan": a hyphenated amount after a definite article names no new pledge."""
    a0, a1 = c.amount_tok
    if "-" in c.doc[a0:a1].text and a0 > c.sent.start and c.doc[a0 - 1].lower_ in cue_set(c.lang, "definite_articles"):
        return True
    # (German: the size of a fund in its attributive phrase, "aus dem mit 35 Millionen Euro dotierten Fonds")
    doc = c.doc
    return (a0 > c.sent.start and a1 + 1 < c.sent.end and doc[a0 - 1].lower_ in cue_set(c.lang, "figure_preps")
            and doc[a1].lower_ in cue_set(c.lang, "size_participles") and doc[a1 + 1].is_title)


def clause_opening(doc: Doc, sent: Span, i: int, lang: str) -> Token | None:
    """The first word of a clause opened before token i by a separator and a conjunction
    (", as", ", while", ", während"), or None."""
    seps, openers = cue_set(lang, "clause_separators"), cue_set(lang, "clause_openers")
    return next((doc[k + 2] for k in range(i - 2, sent.start - 1, -1)
                 if doc[k].text in seps and doc[k + 1].lower_ in openers and not _list_tail(doc, k, sent.start)), None)


def _list_tail(doc: Doc, k: int, start: int) -> bool:
    """ "for Argentina, Brazil, Honduras, and Uruguay": a separator and "and" between names of a
    list of three or more (the name before the separator follows a comma too) end the list; they
    open no clause."""
    j = k - 1
    if j < start or not doc[j].ent_type_ or not doc[k + 2].ent_type_:
        return False
    while j > start and doc[j].ent_iob_ == "I":
        j -= 1
    return j > start and doc[j - 1].text == ","


def clause_end(doc: Doc, sent: Span, i: int, lang: str) -> int:
    """The token index where the clause holding token i ends at the next separator, or the
    sentence's end."""
    return next((t.i for t in doc[i : sent.end] if t.text in cue_set(lang, "clause_separators")), sent.end)


def _own_clause(c: Clause) -> Span:
    """The words before the cue in its own clause: a new clause opens at a separator and a
    conjunction ("called on donors to help, as France promised $100 million")."""
    before = c.before
    opened = clause_opening(c.doc, c.sent, before.end, c.lang)
    cut = opened.i if opened is not None and opened.i <= c.amount_tok[0] else before.start
    return c.doc[cut : before.end]


def _request(c: Clause) -> bool:
    """requests and appeals: "die Ukraine bittet um", "Zelensky asked for"; and a German
    verb-final request: "Die UNO hatte zu Hilfen von vier Milliarden Dollar aufgerufen"."""
    requests = cue_set(c.lang, "requests")
    if any(t.text in requests or t.lower_ in requests for t in _own_clause(c)):
        return True
    # a target right before the figure: "der angestrebten 2,4 Milliarden Dollar", "a targeted $2.4 billion"
    a0 = c.amount_tok[0]
    if any(t.lower_ in cue_set(c.lang, "target_words") for t in c.doc[max(c.sent.start, a0 - 2) : a0]):
        return True
    # a sum still to be raised is a goal: "as it works towards raising at least $2 billion", "to raise $2 billion",
    # "um zwei Milliarden Dollar einzusammeln"
    doc = c.doc
    if has_cue(doc[max(c.sent.start, a0 - 6) : a0].text, c.lang, "fundraising_goals") or c.lang == "de" and has_cue(
            doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 4)].text, c.lang, "fundraising_goals"):
        return True
    # the figure's own noun is a request: "a record USD 2 billion appeal", "2 Milliarden Dollar Hilfsappell"
    nouns = cue_set(c.lang, "request_nouns")
    if any(t.text in nouns or t.lower_ in nouns for t in c.doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 2)]):
        return True
    if c.lang == "de":
        return any(t.is_lower and t.lower_ in requests for t in c.doc[c.amount_tok[1] : c.sent.end])
    # an English participle of asking right after the figure: "the $4 billion in aid sought from donors"
    participles = cue_set(c.lang, "request_participles")
    # (not one that qualifies a later figure: "pledged only $500,000 of the needed $2.4 billion", nor the aid's
    # own adjective: "$30 million in urgently needed humanitarian assistance")
    return any(t.lower_ in participles and not (t.i + 1 < c.sent.end and (c.doc[t.i + 1].like_num or c.doc[t.i + 1].is_currency
                                                                          or c.doc[t.i + 1].is_alpha and not c.doc[t.i + 1].is_stop))
               for t in c.doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 4)])


def _cancelled(c: Clause) -> bool:
    """a withdrawn pledge: "Ukraine's previous $5 billion programme was cancelled", "the US
    halted its annual aid of $360 million", "stoppte seine Zahlungen von 50 Millionen Euro"."""
    after = c.doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 8)].text
    if any(cue in after for cue in cues(c.lang)["pledge_cancel_cues"]):
        return True
    stops = cue_set(c.lang, "pledge_cancel_verbs")
    return any(t.lower_ in stops for t in c.doc[max(c.sent.start, c.amount_tok[0] - 10) : c.amount_tok[0]])


def _petty(c: Clause) -> bool:
    """a sum no state pledges: a figure under ten thousand units with no scale word ("114
    Franken", a dropped "Millionen"; "€500 per family" is no pledge of a state either)."""
    return c.amount is not None and c.amount.value < money()["petty_limit"]


def _no_money(c: Clause) -> bool:
    """a number of things, not of money: "5.6 million Palestine refugees", "zwei Millionen
    Menschen": a figure with no currency at all, followed by a word that is not a preposition."""
    if c.amount is None or c.amount.currency or c.amount.family:
        return False
    if _counts_things(c, c.amount_tok[1]):
        return True
    # a bare figure beside a count of things and no money counts things too: "500,000 shells would
    # be delivered ..., and this figure would reach one million by the end of the year"
    others = find_amounts(c.sent.text, lang=c.lang, offset=c.sent.start_char)
    if any(a.currency or a.family for a in others):
        return False
    a0, a1 = c.amount_tok
    big = [t for t in c.sent if not a0 <= t.i < a1 and t.like_num and any(ch.isdigit() for ch in t.text)
           and len(t.text.replace(",", "").replace(".", "")) >= 4 and not YEAR.match(t.text)]
    return any(_counts_things(c, t.i + 1) for t in big)


YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _counts_things(c: Clause, after: int) -> bool:
    """The noun a figure counts, at token ``after`` ("500,000 shells"; German capitalises the
    counted noun: "zwei Millionen Menschen", not "92 Millionen müssen ...")."""
    # (past a "-plus" on the figure: "an estimated 1 million-plus refugees")
    suffixes = cue_set(c.lang, "figure_suffixes")
    while after + 1 < len(c.doc) and c.doc[after].lower_ in suffixes:
        after += 1
    if after >= len(c.doc):
        return False
    nxt = c.doc[after]
    return nxt.is_alpha and nxt.lower_ not in cue_set(c.lang, "bare_amount_followers") and (c.lang != "de" or nxt.text[:1].isupper())


def _many(tokens, lang: str) -> bool:
    """common nouns of many givers: "allies", not "the United States"."""
    collective = cue_set(lang, "collective_donors")
    # (a rank makes the noun one giver: "Der größte Geber des Fonds ist Japan")
    return any(t.text in collective and (lang == "de" or t.is_lower) and not t.ent_type_ and not ranked(t, lang) for t in tokens)


def ranked(t: Token, lang: str) -> bool:
    """A giver noun after a rank: "the largest donor", "größter Geldgeber"."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in cue_set(lang, "rank_words")


def _we_at_gathering(c: Clause) -> bool:
    """ "Today we can announce at this conference a total of 60 billion euros": "we" at a
    gathering, a total, and no giver named, is everyone at the gathering."""
    head = c.doc[c.sent.start : c.amount_tok[0]]
    events, we = cue_set(c.lang, "collective_events"), cue_set(c.lang, "we_pronouns")
    return (any(t.lower_ in we for t in head) and any(t.text in events or t.lower_ in events for t in head)
            and has_cue(head.text, c.lang, "cumulative") and not any(t.ent_type_ for t in head))


def _passive_at_gathering(c: Clause) -> bool:
    """ "bei einer internationalen Konferenz ... sind neue Hilfen von 800 Millionen Pfund zugesagt
    worden", "$1 billion was pledged at the conference": a passive at a gathering with no giver named."""
    events, aux = cue_set(c.lang, "collective_events"), cue_set(c.lang, "passive_auxiliaries")
    preps = cue_set(c.lang, "non_subject_preps") | cue_set(c.lang, "locative_preps")
    articles = cue_set(c.lang, "plain_articles")

    def after_preposition(t: Token) -> bool:  # "im Sudan", "for the people of Sudan"
        k = t.i - 1
        while k > c.sent.start and (c.doc[k].lower_ in articles or c.doc[k].ent_type_ == t.ent_type_):
            k -= 1
        return c.doc[k].lower_ in preps

    agents = cue_set(c.lang, "agent_preps")
    head = c.doc[c.sent.start : c.amount_tok[0]]
    # (a speaker after the figure, "..., EU Commissioner Stylianides said", names no giver; "by Britain" does)
    named = any(t.ent_type_ in ("Country", "Organization", "Person") and not after_preposition(t) for t in head) or any(
        t.lower_ in agents and any(u.ent_type_ for u in c.doc[t.i + 1 : t.i + 3]) for t in c.sent)
    # (the gathering in the figure's own clause: not "..., as South Korea hosted leaders for its first summit")
    own = c.doc[c.sent.start : clause_end(c.doc, c.sent, c.amount_tok[1], c.lang)]
    total = (has_cue(head.text, c.lang, "total_words") or has_cue(head.text, c.lang, "sum_of_several")) and c.trigger.lower_ in cue_set(c.lang, "pledge_verbs")
    gathering = any(t.text in events or t.lower_ in events for t in own) or total
    return any(t.lower_ in aux for t in c.sent) and gathering and not named


def _gathering_subject(c: Clause) -> bool:
    """ "An international conference in Paris raised $1 billion": a gathering as the subject, also
    of a reported clause ("Aziz said an international donors' conference had pledged ...")."""
    doc, lang = c.doc, c.lang
    # (not in a relative clause on a person: "The donors meeting was hosted by President Nicolas Sarkozy
    # of France, who announced his country would ...": the relative pronoun is the subject)
    relatives = cue_set(lang, "subject_relatives")
    if any(t.lower_ in relatives and doc[t.i - 1].text == "," and any(u.ent_type_ == "Person" for u in doc[max(c.sent.start, t.i - 5) : t.i])
           for t in doc[c.sent.start + 1 : c.trigger.i]):
        return False
    # (the subject opens the clause, after a possessive: "Last year's donor drive raised ...")
    ws = next((t.i + 1 for t in doc[c.sent.start : min(c.amount_tok[0], c.sent.start + 4)] if t.lower_ in cue_set(lang, "possessive_endings")), c.sent.start)
    if _event_subject(c, ws, c.sent.start, 4):
        return True
    speech = next((t for t in doc[c.sent.start : c.trigger.i] if t.lower_ in cue_set(lang, "speech_verbs")), None)
    if speech is None:
        return False
    # (the reported clause starts after "that": "told a news conference that Germany planned ..." names
    # the audience, not the subject)
    conj = [t.i for t in doc[speech.i + 1 : c.trigger.i] if t.lower_ in cue_set(lang, "clause_conjunctions")]
    k = conj[-1] + 1 if conj else speech.i + 1
    return _event_subject(c, k, k, 5)


def _event_subject(c: Clause, ws: int, lo: int, width: int) -> bool:
    """A gathering noun among the first ``width`` words from ``ws``, after no preposition and after
    no named state, organisation or person since ``lo``."""
    doc, lang = c.doc, c.lang
    events = cue_set(lang, "collective_events")
    for t in doc[ws : min(c.amount_tok[0], ws + width)]:
        if (t.text in events or t.lower_ in events) and not t.ent_type_:
            k = t.i - 1
            while k >= lo and (doc[k].lower_ in cue_set(lang, "plain_articles") | cue_set(lang, "indefinite_articles") or doc[k].is_lower
                               and doc[k].is_alpha and lang == "en" and doc[k].lower_ not in cue_set(lang, "non_subject_preps")):
                k -= 1
            if k < lo or doc[k].lower_ not in cue_set(lang, "non_subject_preps") | cue_set(lang, "locative_preps") | cue_set(lang, "gathering_links"):
                return not any(m_t.ent_type_ in ("Country", "Organization", "Person") for m_t in doc[lo : t.i])
            return False
    return False


def _collective(c: Clause) -> bool:
    """money that came together from many ("waren bei der Geberkonferenz 7,5 Milliarden Euro
    zusammengekommen"), a gathering as the subject, many givers none named ("allies had
    committed $4 billion", "commitments of 10 billion euros from governments, development banks ...")."""
    doc, lang = c.doc, c.lang
    if _listed_givers(c):
        return False
    if any(t.lower_ in cue_set(lang, "collective_verbs") for t in c.sent) or _gathering_subject(c) or _we_at_gathering(c) or _passive_at_gathering(c):
        return True
    # "the total amount that has been promised", "die Gesamtsumme der Zusagen": everyone's sum,
    # unless one country owns the aid summed: "der Gesamtbetrag der dänischen Hilfe"
    if has_cue(doc[c.sent.start : c.amount_tok[0]].text, lang, "sum_phrases") and not _one_owner(c):
        return True
    # "Qatar leads $5.4bn international pledge", "internationale Zusagen in Höhe von ...": the
    # figure's own pledge noun is of many, whoever leads it (not "add €30m to an international fund")
    a0, a1 = c.amount_tok
    own_noun = (c.trigger.i == a1 + 1 or 0 < a0 - c.trigger.i <= 4) and not c.trigger.ent_type_  # (not "the Global Fund")
    if own_noun and c.trigger.i > c.sent.start and doc[c.trigger.i - 1].lower_ in cue_set(lang, "collective_modifiers"):
        return True
    after_amount = doc[c.amount_tok[1] : min(c.sent.end, c.amount_tok[1] + 4)]
    # German puts the subject after the verb when something else opens the clause: "Allein für
    # die kommenden zwei Jahre sagten die Teilnehmer einer Geberkonferenz ... zu"
    inverted = doc[c.trigger.i + 1 : min(c.amount_tok[0], c.trigger.i + 3)] if lang == "de" and c.trigger.i > c.sent.start + 1 else []
    # (the many after "from", past the kind of money: "US$600 million in credit from multilateral lenders")
    source = next((t.i for t in after_amount if t.lower_ in cue_set(lang, "from_preps")), None)
    return _many(doc[max(c.sent.start, c.trigger.i - 3) : c.trigger.i], lang) or _many(inverted, lang) or (
        source is not None and _many(doc[source : min(c.sent.end, source + 3)], lang))


def _listed_givers(c: Clause) -> bool:
    """ "Other donors included Kenya with $200,000": a list of givers, each joined to its own figure, is
    no sum of many."""
    a0 = c.amount_tok[0]
    return _donor_list(c.sent, c.amount_tok, c.lang) == c.trigger and a0 > 0 and c.doc[a0 - 1].lower_ in cue_set(c.lang, "figure_preps")


def _one_owner(c: Clause) -> bool:
    """A country named on an aid noun before the figure: "der dänischen Hilfe", "of British aid"; or a giver
    named after a participle of giving: "offered by the European Commission"."""
    span = c.doc[c.sent.start : c.amount_tok[0]]
    if any(t.ent_type_ == "Country" and any(is_aid_noun(u, c.lang) for u in c.doc[t.i + 1 : min(span.end, t.i + 3)]) for t in span):
        return True
    # (or its giver after a participle of giving, in English order: "the total amount of financial assistance offered
    # by the European Commission")
    verbs, agents = cue_set(c.lang, "pledge_verbs"), cue_set(c.lang, "agent_preps")
    return any(t.lower_ in agents and t.i > span.start and c.doc[t.i - 1].lower_ in verbs
               and any(u.ent_type_ in ("Country", "Organization") for u in c.doc[t.i + 1 : min(span.end, t.i + 3)]) for t in span)


def _from_source(doc: Doc, t: Token, start: int, lang: str) -> bool:
    """the money's source: "aus dem Haushalt", "from the budget"."""
    return any(u.lower_ in cue_set(lang, "budget_source_preps") for u in doc[max(start, t.i - 3) : t.i])


def _budget(c: Clause) -> bool:
    """a budget line: "Australia's budget sets aside A$2.1 billion for development assistance",
    unless the budget is where the money comes from: "aus dem deutschen Haushalt"."""
    budget = cue_set(c.lang, "budget_nouns")
    return any((t.text in budget or t.lower_ in budget) and not _from_source(c.doc, t, c.sent.start, c.lang)
               for t in c.doc[c.sent.start : c.amount_tok[0]])


def _debt(c: Clause) -> bool:
    """a debt owed is no promise: "owes the IMF $44 billion", "steht mit 44 Milliarden in der Kreide"."""
    debt = cue_set(c.lang, "debt_words")
    return any(t.text in debt or t.lower_ in debt for t in c.sent)


def _deal(c: Clause) -> bool:
    """the price of a deal, a budget, damages: "Waffendeal im Wert von 90 Milliarden"; a cue
    between the deal word and the amount governs the amount instead ("the EU's largest
    economy, has committed 6 billion"); new money is no price ("dem Fonds ... weitere 10 Millionen Euro")."""
    doc, lang, a0 = c.doc, c.lang, c.amount_tok[0]
    if a0 > c.sent.start and doc[a0 - 1].lower_ in cue_set(lang, "new_markers"):
        return False
    # ("a £1.6bn deal under which Thales will manufacture ...": the deal named right after its price)
    a1 = c.amount_tok[1]
    if a1 < c.sent.end and (doc[a1].text in cue_set(lang, "deal_after_nouns") or doc[a1].lower_ in cue_set(lang, "deal_after_nouns")):
        return True
    lo = a0 - 5
    if c.trigger.i < a0:
        lo = max(lo, c.trigger.i + 1)
    deal = cue_set(lang, "deal_nouns")
    for t in doc[max(c.sent.start, lo) : a0]:
        if _from_source(doc, t, c.sent.start, lang) or t.ent_type_:
            continue  # (nor a word of a name: "the European Investment Bank signed a €300 million loan")
        if t.text in deal or t.lower_ in deal or (lang == "de" and t.text[:1].isupper() and any(t.text.endswith(d.lower()) for d in deal if len(d) > 4)):
            return True
    return False


def _replaced(c: Clause) -> bool:
    """a figure that a newer one replaces or that is compared: "statt der geplanten 300 Millionen",
    "instead of the $300 million announced earlier", "up from $300 million" (articles and
    lower-case words may come between the marker and the figure)."""
    doc, lang = c.doc, c.lang
    a0, a1 = c.amount_tok
    # "increase its assistance from $250 million to $501 million", "von 250 auf 501 Millionen": the figure
    # after "from" that another after "to" replaces
    if a0 > c.sent.start and doc[a0 - 1].lower_ in cue_set(lang, "range_from") and a1 + 1 < c.sent.end and doc[a1].lower_ in cue_set(lang, "range_to"):
        after = doc[a1].idx + len(doc[a1].text)
        if any(0 <= a.start - after <= 2 for a in find_amounts(c.sent.text, lang=lang, offset=c.sent.start_char)):
            return True
    markers = [m.split() for m in cue_set(lang, "replaced_markers")]
    i, skipped = c.amount_tok[0] - 1, 0
    while i >= c.sent.start and skipped <= 3:
        if any(i - len(m) + 1 >= c.sent.start and [t.lower_ for t in doc[i - len(m) + 1 : i + 1]] == m for m in markers):
            return True
        if not (doc[i].is_alpha and doc[i].is_lower):
            return False
        i, skipped = i - 1, skipped + 1
    return False


BLOCKERS = (
    (rule("pledge.block.petty"), _petty),
    (rule("pledge.block.no_money"), _no_money),
    (rule("pledge.block.negated"), _negated),
    (rule("pledge.block.hypothetical"), _hypothetical),
    (rule("pledge.block.definite"), _definite),
    (rule("pledge.block.request"), _request),
    (rule("pledge.block.cancelled"), _cancelled),
    (rule("pledge.block.collective"), _collective),
    (rule("pledge.block.budget"), _budget),
    (rule("pledge.block.deal"), _deal),
    (rule("pledge.block.debt"), _debt),
    (rule("pledge.block.replaced"), _replaced),
)
COLLECTIVE = BLOCKERS[7][0]


def blocked(sent: Span, trigger: Token, amount_tok: tuple[int, int], lang: str, amount: AmountMatch | None = None) -> str | None:
    """Why a sentence with amount and cue is still not a pledge: the first blocker that holds
    (``pledge.block.<name>``), or None if it is a pledge."""
    clause = Clause(sent, trigger, amount_tok, lang, amount)
    return next((name for name, holds in BLOCKERS if holds(clause)), None)


def receive_sentence(sent: Span, lang: str) -> bool:
    """A verb of receiving, or a German reflexive one: "Sri Lanka sichert sich von Indien eine Kreditlinie"."""
    return any(t.lower_ in cue_set(lang, "receive_verbs") or t.lemma_ in cue_set(lang, "receive_verbs") or _reflexive_receive(t, sent, lang)
               or _passive_receive(t, sent, lang) for t in sent)


def passive_receive_sentence(sent: Span, lang: str) -> bool:
    return any(_passive_receive(t, sent, lang) for t in sent)


def _passive_receive(t: Token, sent: Span, lang: str) -> bool:
    """ "Ukraine will be given $50 billion", "Jordan was granted a loan of": the passive of a verb of
    giving with the money still after it makes its subject the receiver; not "$50 billion will be
    given to Ukraine" (the money is the subject) nor "given by the EU"."""
    if t.lower_ not in cue_set(lang, "passive_receive_participles") or t.i == sent.start or t.i + 1 >= sent.end:
        return False
    doc, k = sent.doc, t.i - 1
    if doc[k].lower_ not in cue_set(lang, "passive_auxiliaries"):
        return False
    nxt = doc[t.i + 1]
    if nxt.is_punct or nxt.lower_ in cue_set(lang, "passive_receive_stops"):
        return False
    while k > sent.start and (doc[k - 1].lower_ in cue_set(lang, "passive_auxiliaries") or doc[k - 1].lower_ in cue_set(lang, "future_auxiliaries")):
        k -= 1
    # (the subject is no figure: "$20 billion will be given")
    return not any(u.like_num or u.is_currency for u in doc[max(sent.start, k - 3) : k])


def _reflexive_receive(t: Token, sent: Span, lang: str) -> bool:
    """ "sichert sich" (the finite verb, "sich" right after), "hat sich ... gesichert" (the
    participle, "sich" before it in the clause)."""
    if t.lower_ not in cue_set(lang, "reflexive_receive_verbs"):
        return False
    doc, sich = sent.doc, cue_set(lang, "reflexive_pronouns")
    near = doc[t.i + 1 : min(sent.end, t.i + 3)]
    before = doc[max(sent.start, t.i - 12) : t.i]
    participle = any(t.lower_.startswith(infix) for infix in cue_set(lang, "participle_infixes"))
    return any(u.lower_ in sich for u in near) or participle and any(u.lower_ in sich for u in before)


def sum_of_pledges(doc: Doc, trigger: Token, amount_tok: tuple[int, int], lang: str) -> bool:
    """ "$2.6 billion in pledges", "pledges of $1 billion", "pledges have reached $2.6 billion": the
    plural noun next to the figure or joined to it by a verb of reaching; not the verb ("Japan
    pledges ¥30 billion")."""
    if lang == "en" and trigger.i > 0 and (doc[trigger.i - 1].ent_type_ or doc[trigger.i - 1].lower_ in cue_set(lang, "subject_pronouns")):
        return False
    if _light_verb_subject(doc, trigger, lang):
        return False
    if amount_tok[1] <= trigger.i <= amount_tok[1] + 2 or 0 < amount_tok[0] - trigger.i <= 3:
        return True
    between = doc[trigger.i + 1 : amount_tok[0]] if trigger.i < amount_tok[0] else []
    return any(t.lower_ in cue_set(lang, "total_verbs") for t in between)


def _light_verb_subject(doc: Doc, trigger: Token, lang: str) -> bool:
    """ "The US made pledges of $444 million", "Switzerland also made pledges of": the plural noun is the
    object of a light verb whose subject, a name or a pronoun, stands right before it: one giver's."""
    i = trigger.i - 1
    if i < 0 or doc[i].lower_ not in cue_set(lang, "pledge_light_verbs"):
        return False
    i -= 1
    gap = cue_set(lang, "light_verb_gap_words")
    while i >= 0 and doc[i].lower_ in gap and not doc[i].ent_type_:
        i -= 1
    return i >= 0 and (bool(doc[i].ent_type_) or doc[i].lower_ in cue_set(lang, "subject_pronouns"))


def pledges_after(doc: Doc, amount_tok: tuple[int, int], lang: str) -> bool:
    """A plural pledge noun right after the figure: "$80bn in pledges", "$20 billion worth of
    debt relief commitments", "2 Milliarden Euro an Zusagen"."""
    nouns = cue_set(lang, "plural_pledge_nouns")
    end = doc[amount_tok[1] - 1].sent.end  # (in the figure's sentence: "... $100 million. Other contributions were")
    after = doc[amount_tok[1] : min(end, amount_tok[1] + 5)]
    return any((t.text in nouns if lang == "de" else t.lower_ in nouns) for t in after)


def plural_total(doc: Doc, amount_tok: tuple[int, int], lang: str) -> bool:
    """Many givers' sum: a plural pledge noun as the subject of a verb of reaching right before
    the figure ("intended donations totalled $5.4 billion", "die Zusagen summierten sich auf ...")."""
    nouns = cue_set(lang, "plural_pledge_nouns")
    before = doc[max(0, amount_tok[0] - 6) : amount_tok[0]]
    verb = next((t.i for t in before if t.lower_ in cue_set(lang, "total_verbs")), None)
    return verb is not None and any((t.text in nouns if lang == "de" else t.lower_ in nouns)
                                    for t in doc[max(0, verb - 3) : verb])


def plural_pledges(trigger: Token, lang: str) -> bool:
    """ "Total pledges came to $11 billion", "Die Zusagen summierten sich": many givers."""
    nouns = cue_set(lang, "plural_pledge_nouns")
    return trigger.text in nouns if lang == "de" else trigger.lower_ in nouns


def source_of_receipt(doc: Doc, sent: Span, amount_tok: tuple[int, int], lang: str) -> bool:
    """In a sentence about receiving, a figure right after "aus"/"from" is the fund it comes
    out of, not what is received: "erhält aus der sechs Milliarden Euro schweren Fazilität"; and
    a tranche received is a payout, not a new pledge."""
    if not receive_sentence(sent, lang):
        return False
    # the preposition governs the figure itself, an article at most between them ("erhält von
    # Deutschland 200 Millionen Euro" names the giver, not a source)
    j = amount_tok[0] - 1
    if j > sent.start and doc[j].lower_ in cue_set(lang, "plain_articles") | cue_set(lang, "indefinite_articles"):
        j -= 1
    if j >= sent.start and doc[j].lower_ in cue_set(lang, "budget_source_preps"):
        return True
    # a tranche received is paid out of money pledged before: "erhält eine weitere Tranche von 68
    # Millionen Euro", "will receive a $1.1 billion tranche"; but in "the last tranche of a $3
    # billion arrangement" the figure sizes the arrangement
    tranche = cue_set(lang, "tranche_nouns")
    a0, a1 = amount_tok
    sized = a0 - 2 >= sent.start and doc[a0 - 2].lower_ in tranche and doc[a0 - 1].lower_ in cue_set(lang, "of_preps")
    return sized or a1 < sent.end and doc[a1].lower_ in tranche


def verb_between(doc: Doc, start: int, end: int, lang: str) -> Token | None:
    """The last pledge verb between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="contract")
    verbs = cue_set(lang, "pledge_verbs")
    # (a word of a name is no verb: "the Global Fund")
    found = [t for t in span if (t.lower_ in verbs or t.lemma_ in verbs) and not t.ent_type_] if span is not None else []
    return found[-1] if found else None


def restated(doc: Doc, amount_tok: tuple[int, int], amount: AmountMatch, seen: set, lang: str) -> bool:
    """A figure after a definite article that an earlier sentence gave already."""
    return amount.value in seen and amount_tok[0] > 0 and doc[amount_tok[0] - 1].lower_ in cue_set(lang, "definite_articles")


def has_cue(text: str, lang: str, name: str) -> bool:
    for cue in cues(lang)[name]:
        if re.search(rf"(?<![\w]){re.escape(cue)}(?![\w])", text, flags=re.IGNORECASE):
            return True
    return False
