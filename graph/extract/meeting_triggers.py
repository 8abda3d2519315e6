"""Meeting triggers, blockers, kind and status: what makes a word a meeting cue, what still refuses it.

A token is a meeting cue when one of the readers in ``TYPE_READERS`` (asked in order, the first wins)
gives it a meeting type; the blockers in ``BLOCKERS`` (asked in order, the first that holds refuses)
may still refuse it; the type rules may then change its type (a visit particle, a hint word), and the
status rules say whether it was held or is planned. Every rule is registered in
``graph/data/rules/meeting.json``. One comment per linguistic rule.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract.cues import cue_set, cues, verb_particles
from graph.extract.dates import is_date_word
from graph.extract.persons import role_index
from graph.extract.rules import rule
from graph.model import ActorMention

# the evidence rule of a meeting is its type's trigger (part of the mention IRIs)
TRIGGERS = {t: rule(f"meeting.{t}") for t in ("meeting", "summit", "visit", "call", "video", "press_conference")}
# how the cue's type was read
T_NOUN = rule("meeting.type.noun")
T_CONFERENCE = rule("meeting.type.conference")
T_MODIFIED = rule("meeting.type.modified_noun")
T_COMPOUND = rule("meeting.type.compound")
T_PARTICLE_VERB = rule("meeting.type.particle_verb")
T_VISIT_VERB = rule("meeting.type.visit_verb")
T_CALL_VERB = rule("meeting.type.call_verb")
T_ALONGSIDE = rule("meeting.type.alongside")
T_INVITATION = rule("meeting.type.invitation")
T_VERB = rule("meeting.type.verb")
T_VISIT_PARTICLE = rule("meeting.type.visit_particle")
T_HINT = rule("meeting.type.hint")
T_SIGNING = rule("meeting.type.signing")
# blockers asked before the parties are read
B_ATTENDANCE = rule("meeting.block.attendance_verb")
B_MONEY = rule("meeting.block.money")
B_INTERVIEW = rule("meeting.block.interview")
B_OCCASION = rule("meeting.block.occasion")
B_WELCOME = rule("meeting.block.welcome_object")
B_NEED = rule("meeting.block.met_need")
B_GATHERED = rule("meeting.block.gathered_object")
B_SIGNERS = rule("meeting.block.lone_signer")  # asked after the parties are read
# status
S_PLANNED = rule("meeting.status.planned_cue")
S_FUTURE = rule("meeting.status.future_auxiliary")
S_FUTURE_SUBJECT = rule("meeting.status.future_subject")
S_HELD = rule("meeting.status.held")

REMOTE = ("video", "call")  # meeting types held at a distance: they have no place


def both(name: str) -> frozenset[str]:
    """A cue list read in both languages at once (where the rules always read one mixed list)."""
    return cue_set("de", name) | cue_set("en", name)


@dataclass
class Cue:
    """One meeting cue of a sentence as the rules read it, with the parties found so far."""

    doc: Doc
    sent: Span
    tok: Token
    lang: str
    mtype: str
    in_sent: list[ActorMention]  # the mentions of the sentence
    mentions: list[ActorMention]  # the mentions of the article
    by_token: dict[int, ActorMention]  # mentions by their first token
    by_end: dict[int, ActorMention]  # mentions by their last token
    prev_persons: list[ActorMention]  # the persons of the last sentence that named one
    lo: int = 0  # the clause of the cue, up to a colon, dash or quotation mark
    hi: int = 0
    start: int = 0  # where the subject of the cue may begin (the clause start or the last comma)
    chain: list[str] = field(default_factory=list)  # the rules after the trigger, in order
    participants: list[ActorMention] = field(default_factory=list)
    with_list: list[ActorMention] = field(default_factory=list)
    bilaterals: list[ActorMention] = field(default_factory=list)  # "meetings with the leaders of A, B and C": one each
    bilaterals_rule: str | None = None  # the rule that read them, when not the leaders of countries
    visited: ActorMention | None = None  # the country a verb of visiting names ("visited Latvia")
    negated: bool = False
    published: date | None = None  # the article's publication date: it picks who held an office

    def __post_init__(self) -> None:
        self.lo, self.hi = clause_bounds(self.sent, self.tok.i)
        self.start = self.lo

    @property
    def window(self) -> Span:
        return self.doc[self.lo : self.hi]

    @property
    def noun(self) -> bool:
        """A capitalised cue: a German noun, or an English meeting noun opening a sentence (not a
        verb there: "Discussed Quad, Two Plus Two ...")."""
        if self.lang == "en" and self.tok.text[:1].isupper():
            return self.tok.lower_ not in cue_set("en", "meeting_verbs")
        return self.tok.text[:1].isupper()

    @property
    def trigger(self) -> str:
        return TRIGGERS[self.mtype]

    def add(self, why: str, found: list[ActorMention]) -> None:
        """Take ``found`` as participants; the rule joins the chain when it found someone."""
        if found:
            self.participants += found
            self.chain.append(why)


def clause_bounds(sent: Span, i: int) -> tuple[int, int]:
    """The tokens around i up to a colon, semicolon, dash or quotation boundary."""
    doc = sent.doc
    marks = both("clause_marks")
    lo = i
    while lo > sent.start and doc[lo - 1].text not in marks:
        lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].text not in marks | both("sentence_stops"):
        hi += 1
    return lo, hi


# --- the type of a cue: readers asked in order ------------------------------------------------
def _conference(token: Token, lang: str) -> str | None:
    """ "press conference", "news conference"; a conference of its own is a summit-like gathering."""
    if token.lower_ not in both("conference_nouns"):
        return None
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    return "press_conference" if prev in both("press_conference_modifiers") else "summit"


def _modified_noun(token: Token, lang: str) -> str | None:
    """ "a telephone conversation": some nouns are meetings only with their modifier."""
    modifiers = cues(lang)["modified_meeting_nouns"].get(token.lower_)
    return "meeting" if modifiers and token.i > 0 and token.nbor(-1).lower_ in modifiers else None


def _noun(token: Token, lang: str) -> str | None:
    """a meeting noun as written or in lower case: "Treffen", "Gipfel", "talks", "visit"."""
    nouns = cues(lang)["meeting_nouns"]
    return nouns.get(token.text) or nouns.get(token.lower_)


def _compound(token: Token, lang: str) -> str | None:
    """a German compound typed by its head: "Ukraine-Gipfel", "Arbeitstreffen", "Antrittsbesuchs"."""
    if not token.text[:1].isupper():
        return None
    low = token.lower_
    return next((t for suffix, t in cues(lang)["meeting_noun_suffixes"].items() if low.endswith(suffix)), None)


def _particle_verb(token: Token, lang: str) -> str | None:
    """German separable verbs with the particle at the clause end: "kommen ... zusammen", "setzten sich ... zusammen"."""
    particle = cues(lang)["meeting_particle_verbs"].get(token.lower_)
    if particle and any(t.lower_ == particle and t.i > token.i and (t.i + 1 >= len(t.doc) or t.nbor(1).is_punct) for t in token.sent):
        return "meeting"
    return None


def _is_meeting_verb(token: Token, lang: str) -> bool:
    verbs = cue_set(lang, "meeting_verbs")
    # (the last part of a hyphenated word is no verb: "the so-called Indo-Pacific four")
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        return False
    if not (token.lower_ in verbs or token.lemma_ in verbs):
        return False
    # ("a resolution calling for Moscow's withdrawal", "called on donors", "called off", "called it a success": a
    # demand or a naming, no call)
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    demands = tuple(cue_set(lang, "demand_verb_stems"))
    return not (demands and token.lower_.startswith(demands)) or nxt is None or nxt.lower_ not in cue_set(lang, "demand_particles")


def _visit_verb(token: Token, lang: str) -> str | None:
    """a meeting verb of travel: "besuchte", "reiste", "visited", "arrived"."""
    return "visit" if _is_meeting_verb(token, lang) and token.lower_ in both("visit_verbs") else None


def _call_verb(token: Token, lang: str) -> str | None:
    """a meeting verb of calling: "telefonierte", "phoned", "called"."""
    return "call" if _is_meeting_verb(token, lang) and token.lower_.startswith(tuple(both("call_verb_prefixes"))) else None


def _invitation(token: Token, lang: str) -> str | None:
    """an invitation to a country is a visit planned: "die Einladung nach Deutschland", "her invitation to Japan"."""
    if token.lower_ not in cue_set(lang, "invitation_nouns") or token.i + 2 >= len(token.doc) or token.nbor(1).lower_ not in cue_set(lang, "visit_preps"):
        return None
    k = token.i + 2
    while k < len(token.doc) and token.doc[k].lower_ in cue_set(lang, "articles"):
        k += 1
    return "visit" if k < len(token.doc) and token.doc[k].ent_type_ == "Country" else None


def _signing(token: Token, lang: str) -> str | None:
    """people signing together meet: "Reeves und Marchenko unterzeichneten die Vereinbarung", "Macron signed a
    security agreement with Zelensky" (two persons must sign: see ``lone_signer``)."""
    return "meeting" if token.lower_ in cue_set(lang, "signing_verbs") else None


def lone_signer(cue: Cue) -> bool:
    """A signing with fewer than two persons is no meeting: "Putin signed a decree", "Germany and Ukraine signed a deal"."""
    return T_SIGNING in cue.chain and len({p.key for p in cue.participants if p.kind == "Person"}) < 2


def _verb(token: Token, lang: str) -> str | None:
    """any other meeting verb: "traf", "empfing", "met", "hosted"."""
    return "meeting" if _is_meeting_verb(token, lang) else None


def _alongside(token: Token, lang: str) -> str | None:
    """a person standing beside another to speak or announce: "made the announcement alongside his
    Ukrainian counterpart, Rustem Umerov", "speaking alongside Prime Minister Eke" (a person within six words)."""
    if token.lower_ not in cue_set(lang, "joint_appearance_preps"):
        return None
    doc = token.doc
    window = doc[token.i + 1 : min(token.sent.end, token.i + 7)]
    person = next((t.i for t in window if t.ent_type_ == "Person"), None)
    # (someone of another state: "his Ukrainian counterpart", not the speaker's own minister beside him)
    foreign = person is not None and any(t.ent_type_ == "Country" or t.lower_ in cue_set(lang, "counterpart_nouns") for t in doc[token.i + 1 : person])
    return "meeting" if foreign else None


TYPE_READERS: tuple[tuple[str, Callable[[Token, str], str | None]], ...] = (
    (T_CONFERENCE, _conference),
    (T_MODIFIED, _modified_noun),
    (T_NOUN, _noun),
    (T_COMPOUND, _compound),
    (T_PARTICLE_VERB, _particle_verb),
    (T_VISIT_VERB, _visit_verb),
    (T_CALL_VERB, _call_verb),
    (T_ALONGSIDE, _alongside),
    (T_INVITATION, _invitation),
    (T_SIGNING, _signing),
    (T_VERB, _verb),
)


def read_type(token: Token, lang: str) -> tuple[str, str] | None:
    """(the meeting type of the token, the rule that read it), or None for no meeting cue."""
    for why, reader in TYPE_READERS:
        if (mtype := reader(token, lang)) is not None:
            return mtype, why
    return None


def meeting_type(token: Token, lang: str) -> str | None:
    found = read_type(token, lang)
    return found[0] if found else None


# --- blockers: asked in order before the parties are read -------------------------------------
def _attendance_verb(cue: Cue) -> bool:
    """German "nahm an einem Treffen teil", "kamen ... zusammen"; "attended", "held": the noun or particle decides."""
    return cue.tok.lower_ in both("attendance_verbs")


def money_follows(doc: Doc, tok: Token, lang: str) -> bool:
    from graph.extract.amounts import find_amounts

    after = doc[tok.i + 1 : min(len(doc), tok.i + 7)]
    return bool(after) and bool(find_amounts(after.text, lang=lang))


def _money(cue: Cue) -> bool:
    """ "received $40 million", "empfing 500 Millionen": a transaction, not a meeting; nor is money that
    came together ("In Berlin sind 7,5 Milliarden Dollar zusammengekommen")."""
    from graph.extract.amounts import find_amounts

    if cue.noun:
        return False
    if cue.tok.lower_ in cue_set(cue.lang, "collective_verbs"):
        return bool(find_amounts(cue.sent.text, lang=cue.lang))
    return money_follows(cue.doc, cue.tok, cue.lang)


def _interview(cue: Cue) -> bool:
    """an interview with a newspaper or broadcaster is not a meeting."""
    left = cue.doc[max(cue.lo, cue.tok.i - 3) : cue.tok.i]
    interview = cue_set(cue.lang, "interview_cues")
    if cue.mtype == "summit":
        # "Guterres told the conference": the speaker addressed the gathering, and attended it
        interview = interview - cue_set(cue.lang, "speech_verbs")
    # ("told a press conference with Jordanian Foreign Minister Ayman Safadi": a joint press conference)
    nxt = cue.doc[cue.tok.i + 1] if cue.tok.i + 1 < cue.hi else None
    if cue.mtype == "press_conference" and nxt is not None and nxt.lower_ in cue_set(cue.lang, "with_preps"):
        interview = interview - cue_set(cue.lang, "speech_verbs")
    return bool(({t.lower_ for t in left} | {t.text for t in left}) & interview) or cue.tok.text in interview


def _other_cue(sent: Span, tok: Token, lang: str) -> bool:
    return any(t.i != tok.i and meeting_type(t, lang) not in (None, "summit") for t in sent)


def _occasion(cue: Cue) -> bool:
    """ "on the sidelines of the summit", "am Rande des Gipfels": the summit is the occasion of another cue."""
    markers = cue_set(cue.lang, "occasion_markers")
    # (a summit that names its own parties is one: "Ahead of the summit between Biden and Xi, officials met")
    own = cue.tok.i + 1 < len(cue.doc) and cue.doc[cue.tok.i + 1].lower_ in cue_set(cue.lang, "with_preps")
    return cue.mtype == "summit" and not own and _other_cue(cue.sent, cue.tok, cue.lang) and any(
        t.lower_ in markers or t.text in markers for t in cue.doc[max(cue.sent.start, cue.tok.i - 4) : cue.tok.i])


def _welcome_without_guest(cue: Cue) -> bool:
    """ "welcomed the pledge by Macron", "begrüßte die Entscheidung": welcoming is a meeting only with a
    person right after the verb ("Sunak welcomed Zelensky", "begrüßte Bundeskanzler Scholz")."""
    tok = cue.tok
    if tok.lower_ not in cue_set(cue.lang, "welcome_verbs"):
        return False
    guest = cue.by_token.get(name_start(cue, tok.i + 1, cue.hi))
    return guest is None or guest.kind != "Person"


def _met_need(cue: Cue) -> bool:
    """ "to meet humanitarian needs", "eine Entscheidung getroffen": meeting a need, a target or a cost,
    and German "treffen" with a decision or measures (to make them), is no meeting; the noun follows the
    verb in English (past an article and adjectives), in German it may stand before it too."""
    tok, lang = cue.tok, cue.lang
    if tok.text not in cue_set(lang, "need_meeting_verbs"):
        return False
    doc, needs = cue.doc, cue_set(lang, "met_need_nouns")
    window = list(doc[tok.i + 1 : min(cue.hi, tok.i + 5)])
    # (German puts the object before a verb that ends the clause: "eine Entscheidung getroffen.", not "Nach der
    # Entscheidung traf Merz Selenskyj")
    if lang == "de" and (tok.i + 1 >= cue.hi or doc[tok.i + 1].is_punct):
        window += list(doc[max(cue.lo, tok.i - 3) : tok.i])
    return any(t.text in needs or t.lower_ in needs for t in window)


def name_start(cue: Cue, k: int, end: int, *, adjectives: bool = True) -> int:
    """The token where a name begins at or after token k, past articles, titles and (``adjectives``)
    national adjectives: "den ukrainischen Präsidenten Selenskyj", "President Xi"."""
    doc = cue.doc
    while k < end:
        m = cue.by_token.get(k)
        if adjectives and m is not None and m.form == "adjective":
            k = doc.char_span(m.start, m.end, alignment_mode="expand").end
        elif adjectives and m is not None and m.kind == "Country" and modifies_person_at(doc, k, cue.by_token):
            # ("U.S. Secretary of State Antony Blinken": a country's name on a title)
            k = doc.char_span(m.start, m.end, alignment_mode="expand").end
        elif doc[k].lower_ in cue_set(cue.lang, "articles") or k in role_index(doc).tokens:
            k += 1
        else:
            break
    return k


def modifies_person_at(doc: Doc, i: int, by_token: dict[int, ActorMention]) -> bool:
    """ "US-Präsident Donald Trump", "U.S. Secretary of State Antony Blinken", "dem ukrainischen Präsidenten
    Selenskyj": the name at token i is a person's affiliation (the next name within four tokens is the person's)."""
    for j in range(i + 1, min(i + 5, len(doc))):
        if doc[j].is_sent_start:
            return False  # (not past the sentence: "..., Angola and Kenya. Goodluck Jonathan ...")
        m = by_token.get(j)
        if m is not None:
            return m.kind == "Person"
    return False


def _gathered_object(cue: Cue) -> bool:
    """ "gathered support for the plan": a verb of gathering with an object is no meeting; "gathered in
    Rio", "versammelten sich am Mittwoch" is."""
    doc, tok, lang = cue.doc, cue.tok, cue.lang
    if tok.lower_ not in cue_set(lang, "gathering_verbs"):
        return False
    if tok.i > cue.lo and (doc[tok.i - 1].text in cue_set(lang, "collective_donors") or doc[tok.i - 1].lower_ in cue_set(lang, "collective_donors")):
        return True  # "among donors gathered in Cairo": a description of the donors, not a meeting of named parties
    k = tok.i + 1
    while k < cue.hi and doc[k].lower_ in cue_set(lang, "reflexive_pronouns"):
        k += 1
    if k >= cue.hi or doc[k].is_punct:
        return False
    nxt = doc[k]
    preps = cue_set(lang, "locative_preps") | cue_set(lang, "non_subject_preps") | cue_set(lang, "date_preps") | cue_set(lang, "place_preps")
    return not (nxt.lower_ in preps or is_date_word(nxt.text, lang=lang))


BLOCKERS: tuple[tuple[str, Callable[[Cue], bool]], ...] = (
    (B_ATTENDANCE, _attendance_verb),
    (B_MONEY, _money),
    (B_INTERVIEW, _interview),
    (B_OCCASION, _occasion),
    (B_WELCOME, _welcome_without_guest),
    (B_NEED, _met_need),
    (B_GATHERED, _gathered_object),
)


def blocked(cue: Cue) -> str | None:
    """The first blocker that refuses the cue, if any."""
    return next((why for why, holds in BLOCKERS if holds(cue)), None)


# --- the type changed by the clause ------------------------------------------------------------
def _visit_particle(cue: Cue) -> str | None:
    """ "traf ... in Kiew ein": arrival for a visit."""
    particle = cues(cue.lang)["visit_particles"].get(cue.tok.lower_)
    doc = cue.doc
    if particle and any(t.lower_ == particle and (t.i + 1 >= len(doc) or doc[t.i + 1].is_punct) for t in cue.window):
        return "visit"
    return None


def _hint(cue: Cue) -> str | None:
    """a word of the clause saying the meeting was remote: "virtuell", "telefonisch", "by phone" (the last wins)."""
    words = {t.text for t in cue.window} | {t.lower_ for t in cue.window}
    found = None
    for hint, htype in cues(cue.lang)["meeting_type_hints"].items():
        if hint in words and htype in REMOTE:
            found = htype
    return found


TYPE_CHANGES: tuple[tuple[str, Callable[[Cue], str | None]], ...] = (
    (T_VISIT_PARTICLE, _visit_particle),
    (T_HINT, _hint),
)


def retype(cue: Cue) -> None:
    """Apply the type changes in order; each that changes (or confirms) the type joins the chain."""
    for why, change in TYPE_CHANGES:
        if (mtype := change(cue)) is not None:
            cue.mtype = mtype
            cue.chain.append(why)


# --- status: planned or held -------------------------------------------------------------------
def _planned_cue(cue: Cue) -> bool:
    """a word of planning near the cue: "geplant", "nächste Woche", "upcoming", "expected"."""
    planned = cue_set(cue.lang, "planned_cues")
    # ("later" plans only beside a verb not in the past: "will meet later this month", not "later met")
    if not _past_cue(cue):
        planned = planned | cue_set(cue.lang, "planned_cues_unless_past")
    if any(t.lower_ in planned for t in cue.doc[max(cue.start, cue.tok.i - 6) : min(cue.hi, cue.tok.i + 2)]):
        return True
    if _planned_after_list(cue, planned):
        return True
    # an infinitive after a verb of intending or agreeing: "the two leaders agreed to meet", "vereinbarten, sich ... zu treffen"
    doc, i = cue.doc, cue.tok.i
    intend = cue_set(cue.lang, "intention_verbs")
    if cue.lang == "en" and i >= cue.start + 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in intend:
        return True
    if cue.lang == "de" and cue.tok.is_lower and i >= 1 and doc[i - 1].lower_ == "zu" and any(t.lower_ in intend for t in doc[max(cue.start, i - 8) : i]):
        return True
    # a time phrase later in the clause: "He meets von der Leyen later this week", "trifft ... am kommenden Montag"
    if _past_cue(cue):
        return False
    for t in cue.doc[cue.tok.i + 2 : min(cue.hi, cue.tok.i + 10)]:
        if t.text in cue_set(cue.lang, "clause_separators"):
            return False
        if t.lower_ in cue_set(cue.lang, "planned_time_words_after"):
            return True
    return False


def _planned_after_list(cue: Cue, planned: set[str]) -> bool:
    """A meeting noun whose list of parties runs past the words around it, planned right after the list:
    "A three-way meeting between Blinken, Macron and Meloni is planned for Friday"."""
    if not cue.with_list or T_VERB in cue.chain:
        return False
    last = max(cue.with_list, key=lambda m: m.end)
    span = cue.doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or span.start < cue.tok.i or span.end >= cue.hi:
        return False
    # (a participle of arranging right after the list ends a German clause: "ist ... ein Treffen mit dem ägyptischen
    # Außenminister Badr Abdelatty geplant")
    if cue.doc[span.end].lower_ in cue_set(cue.lang, "arranged_words"):
        return True
    # (the list ends the subject: an auxiliary follows at once, "... is planned", "... ist für Freitag geplant")
    if cue.doc[span.end].lower_ not in cue_set(cue.lang, "passive_auxiliaries") | cue_set(cue.lang, "finite_auxiliaries"):
        return False
    for t in cue.doc[span.end : min(cue.hi, span.end + 4)]:
        if t.text in cue_set(cue.lang, "clause_separators"):
            return False
        # (a future auxiliary there is the future_subject rule's: "The summit between Biden and Xi will take place")
        if t.lower_ in planned and t.lower_ not in cue_set(cue.lang, "future_auxiliaries"):
            return True
    return False


def _past_cue(cue: Cue) -> bool:
    """The cue is a verb in the past, or a noun right after one: "met", "visited", "held talks"."""
    doc, i = cue.doc, cue.tok.i
    words = [doc[j].lower_ for j in range(max(cue.start, i - 2), i + 1)] if cue.noun or cue.lang == "en" else [cue.tok.lower_]
    return any(w in cue_set(cue.lang, "irregular_past_verbs") or cue.lang == "en" and w.endswith("ed") and w not in cue_set(cue.lang, "planned_cues")
               for w in words)


def _future_auxiliary(cue: Cue) -> bool:
    """a future auxiliary anywhere before the cue in its clause: "Biden will meet Xi at the G20 summit"."""
    return any(t.lower_ in cue_set(cue.lang, "future_auxiliaries") for t in cue.doc[cue.start : cue.tok.i])


def _future_subject(cue: Cue) -> bool:
    """a meeting noun as the subject of a future auxiliary after it: "The summit between Biden and Xi
    will take place in San Francisco", "Das Treffen soll am Montag stattfinden"."""
    doc, tok, lang = cue.doc, cue.tok, cue.lang
    named = cue.noun or bool({T_NOUN, T_CONFERENCE, T_MODIFIED, T_COMPOUND} & set(cue.chain))
    if not named or any(t.lower_ in cue_set(lang, "non_subject_preps") | cue_set(lang, "locative_preps") for t in doc[cue.start : tok.i]):
        return False
    for t in doc[tok.i + 1 : min(cue.hi, tok.i + 10)]:
        if t.text in cue_set(lang, "clause_separators"):
            return False
        if t.lower_ in cue_set(lang, "future_auxiliaries"):
            return True
    return False


STATUS_RULES: tuple[tuple[str, Callable[[Cue], bool]], ...] = (
    (S_PLANNED, _planned_cue),
    (S_FUTURE, _future_auxiliary),
    (S_FUTURE_SUBJECT, _future_subject),
)


def status(cue: Cue) -> str:
    """ "planned" or "held"; the rule that said it joins the chain."""
    why = next((why for why, holds in STATUS_RULES if holds(cue)), None)
    cue.chain.append(why or S_HELD)
    return "held" if why is None else "planned"


def _pledge_verb_in(sent: Span, lang: str) -> bool:
    """A verb of pledging in the sentence, separable ones with their particle ("sagten ... zu")."""
    verbs, particles = cue_set(lang, "pledge_verbs"), verb_particles(lang, "pledge_particle_verbs")
    words = [t.lower_ for t in sent]
    # (a German verb is written in lower case: "Zusagen" is the noun)
    return any((w in verbs or (w in particles and any(p in words[i + 1 :] for p in particles[w]))) and (lang == "en" or sent[i].is_lower)
               for i, w in enumerate(words))


def donor_conference(cue: Cue) -> bool:
    """A conference where money is pledged: "Geberkonferenz", "Wiederaufbaukonferenz", "donor
    conference", "pledging conference", "a virtual fundraiser"."""
    tok, lang = cue.tok, cue.lang
    if tok.lower_ in cue_set(lang, "donor_conference_nouns"):
        return True
    if cue.mtype != "summit":
        return False
    # "Donors pledged $2.3 billion for Syria at a conference in Brussels": a conference in the
    # sentence of a pledge verb is where money was pledged
    if tok.lower_ in cue_set(lang, "conference_nouns") and _pledge_verb_in(cue.sent, lang):
        return True
    if lang == "de":
        return tok.lower_.startswith(tuple(cue_set(lang, "donor_conference_modifiers")))
    before = cue.doc[max(cue.sent.start, tok.i - 3) : tok.i]
    return any(t.lower_ in cue_set(lang, "donor_conference_modifiers") for t in before)
