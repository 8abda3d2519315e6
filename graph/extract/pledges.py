"""Pledges: who promised whom how much, of what kind.

``find_pledges(doc, article, mentions, lang=..., published=...)`` is pure. Per sentence it needs an
amount of money and a pledge cue (``pledge_triggers``); the blockers may still refuse it; then the
donor and recipient strategies (``pledge_parties``) and the flags decide the rest. Every rule that
decided is recorded, in order, in the evidence's ``chain``; ``pledge_decisions`` also returns the
refused figures with the rule that refused them, for ``newsgraph explain``.
"""
from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import mentions_between, possessive
from graph.extract.amounts import AmountMatch, find_amounts, money
from graph.extract.cues import cue_set, cues
from graph.extract.dates import find_date
from graph.extract.doctext import doc_text
from graph.extract.evidence import make_evidence
from graph.extract.persons import person_gender, singular_she
from graph.extract.pledge_parties import (
    list_gap,
    R_BORROWER,
    R_CLAUSE,
    R_HELPED,
    R_PASSIVE,
    R_RECEIVER,
    R_SUBJECT,
    R_THANKS,
    Parties,
    Silent,
    attributive_owner,
    choose_parties,
    co_donors,
    distributed,
    donor_anaphor,
    excluded_as_recipient,
    from_government_of,
    fund_anaphor,
    government_issuer,
    helped,
    implicit_recipient,
    modifies_person,
    nearest_recipient,
    oblique,
    own_source,
    owns_aid,
    owns_budget,
    passive_agents,
    preceded_by,
    private_person,
    receives_as_whole,
    replenished_fund,
    conference_recipient,
    right_after,
    state_of,
    unnamed_government,
)
from graph.extract.pledge_triggers import (
    BLOCKERS,
    COLLECTIVE,
    blocked,
    clause_end,
    clause_opening,
    find_trigger,
    has_cue,
    is_aid_noun,
    lead_line_span,
    new_marker_before,
    pledges_after,
    plural_pledges,
    plural_total,
    receive_sentence,
    restated,
    source_of_receipt,
    sum_of_pledges,
    verb_between,
)
from graph.extract.rules import Decision, Reading, rule
from graph.lexicon import load_lexicon
from graph.merge import merge_pledge, merge_pledges
from graph.model import ActorMention, Article, Money, Pledge

FOLLOWUP = rule("pledge.followup")
CONVERSION = rule("pledge.conversion")
PENDING_TRIGGERS = {rule("pledge.verb"), rule("pledge.separable_verb"), rule("pledge.phrase")}
# refusals that are not blockers of the clause
B_RESTATED = rule("pledge.block.restated")
B_SOURCE = rule("pledge.block.source_of_receipt")
B_PART_OF_SUM = rule("pledge.block.part_of_sum")
B_SUM = rule("pledge.block.sum_of_pledges")
B_TOTAL_OF_MANY = rule("pledge.block.total_of_many")
B_NO_DONOR = rule("pledge.block.no_donor")
B_NO_RECIPIENT = rule("pledge.block.no_recipient")
B_NO_CURRENCY = rule("pledge.block.no_currency")
# the blockers every pledge made has passed, in the order they are asked (``explain`` prints them)
CHECKED = (B_RESTATED, *(name for name, _ in BLOCKERS), B_SOURCE, B_PART_OF_SUM)
# donor strategies applied after the clause's candidates are placed
D_POSSESSIVE = rule("pledge.donor.possessive")
D_FROM_AFTER = rule("pledge.donor.from_after")
D_SINCE_LAST = rule("pledge.donor.since_last_figure")
D_APPOSED = rule("pledge.donor.apposition")
D_NEXT_FIGURE = rule("pledge.donor.next_figure_giver")
D_ISSUER = rule("pledge.donor.issuer")
D_FOLLOWUP = rule("pledge.donor.followup")
D_ANAPHOR = rule("pledge.donor.anaphor")
D_PRONOUN = rule("pledge.donor.pronoun")
D_RESPECTIVE = rule("pledge.donor.respectively")
D_RELATIVE = rule("pledge.donor.relative_subject")
D_WITH_FIGURE = rule("pledge.donor.with_figure")
D_BRACKETED = rule("pledge.donor.bracketed_figure")
D_NOUN_AGENT = rule("pledge.donor.noun_agent")
T_DONOR_LIST = rule("pledge.donor_list")
T_LIST_ITEM = rule("pledge.list_item")
D_LENDER_TELLER = rule("pledge.donor.lender_teller")
D_STATE_TELLER = rule("pledge.donor.state_teller")
D_LENDER_PARTNER = rule("pledge.donor.lender_partner")
D_WE_SPEAKER = rule("pledge.donor.we_speaker")
T_COMES_FROM = rule("pledge.comes_from")
T_FLOW = rule("pledge.flow")
T_NOUN = rule("pledge.noun")
T_PHRASE = rule("pledge.phrase")
T_RECEIVE = rule("pledge.receive")
T_LISTED = rule("pledge.listed_item")
D_PREVIOUS = rule("pledge.donor.previous")
D_LENDER = rule("pledge.donor.lender")
D_HOME = rule("pledge.donor.home_government")
D_ARTICLE = rule("pledge.donor.article_giver")
D_AGENTLESS = rule("pledge.donor.agentless_passive")
D_PREVIOUS_SUBJECT = rule("pledge.donor.previous_subject")
D_COMPONENT = rule("pledge.donor.component")
D_DISTRIBUTIVE = rule("pledge.donor.distributive")
D_AS_DID = rule("pledge.donor.as_did")
D_LIST_LEAD = rule("pledge.donor.list_lead")
# recipient strategies
R_ISSUER_OBJECT = rule("pledge.recipient.issuer_object")
R_BARE_OBJECT = rule("pledge.recipient.bare_object")
R_FOLLOWUP = rule("pledge.recipient.followup")
R_FUND = rule("pledge.recipient.fund_anaphor")
R_COMPONENT = rule("pledge.recipient.component")
R_DISTRIBUTIVE = rule("pledge.recipient.distributive")
R_LIST_LEAD = rule("pledge.recipient.list_lead")
R_WORLDWIDE = rule("pledge.recipient.worldwide")
R_BRACKETED = rule("pledge.recipient.bracketed_figure")
# amounts and flags
A_DONOR_CURRENCY = rule("pledge.amount.donor_currency")
A_ARTICLE_DOLLAR = rule("pledge.amount.article_dollar")
A_CONVERTED_EURO = rule("pledge.amount.converted_euro")
A_SHARED_SCALE = rule("pledge.amount.shared_scale")
A_LISTED_CURRENCY = rule("pledge.amount.listed_currency")
A_PREVIOUS_CURRENCY = rule("pledge.amount.previous_currency")
A_SENTENCE_CURRENCY = rule("pledge.amount.sentence_currency")
D_PRONOUN_BODY = rule("pledge.donor.pronoun_body")
D_PRIVATE = rule("pledge.donor.private_person")
A_BRACKETED = rule("pledge.amount.bracketed_conversion")
F_CUMULATIVE = rule("pledge.flag.cumulative")
F_PART_OF = rule("pledge.flag.part_of")


def money_families() -> dict:
    return money()["families"]


def tokens_of(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


@dataclass
class _Run(Reading):
    """The state of one article's reading, carried from sentence to sentence."""

    country_counts: dict[str, int]
    title_countries: frozenset[str]
    pledges: list[Pledge] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    last: Pledge | None = None
    last_index: int = -10
    pending: tuple[int, str, str | None] | None = None  # a pledge still without its figure
    collective_at: int = -10  # the last sentence whose figure many gave together
    seen_values: set = field(default_factory=set)  # the figures of earlier sentences
    lender: tuple[int, str] | None = None  # (sentence, giver) of a total refused for naming no recipient
    gift_giver: tuple[int, str] | None = None  # (sentence, giver) of any figure refused for naming no recipient
    replenished: str | None = None  # a fund the article says is being replenished
    conference_for: str | None = None  # the one recipient the article's donor conferences are for
    seen_givers: set[str] = field(default_factory=set)  # givers of earlier figures, refused ones too
    home: str | None = None  # the single state that gives in the article (from a first reading)
    unnamed_government: bool = False  # a figure refused whose giver was an unnamed government
    with_figure_end: int = -1  # where the last figure given "with" ended ("followed by X with A")
    cue_of: dict = field(default_factory=dict)  # (sentence, figure) -> its cue, for figures listed after it


@dataclass
class _Figure:
    """One figure of a sentence as the strategies read it."""

    s_index: int
    whole: Span  # the sentence
    sent: Span  # the clause holding the figure
    k: int
    amount: AmountMatch
    amounts: list[AmountMatch]
    alt_of: dict[int, int]
    amount_tok: tuple[int, int]
    in_sent: list[ActorMention]
    trigger: Token | None = None
    trigger_rule: str = ""
    followup: tuple[str, str | None] | None = None
    chain: list[str] = field(default_factory=list)
    announcer: str | None = None
    borrower: str | None = None  # the state that agreed a loan with a lender
    receiver_lists: list[tuple[ActorMention, ActorMention]] | None = None  # read once, by _receiver_lists

    @property
    def prev_end(self) -> int:
        return max((a.end for j, a in enumerate(self.amounts) if j < self.k and j not in self.alt_of), default=self.sent.start_char)

    @property
    def next(self) -> AmountMatch | None:
        return next((a for j, a in enumerate(self.amounts) if j > self.k and j not in self.alt_of), None)


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
                # ("nicht-militärischen", "non-military": the kind negated is no kind)
                negated = any(text[max(0, pos - len(n)) : pos] == n for n in cue_set(lang, "kind_negations"))
                if dist < best_dist and not negated:
                    best, best_dist = kind, dist
                pos = text.find(stem, pos + 1)
    return best


def _conversions(doc: Doc, amounts: list[AmountMatch], lang: str) -> dict[int, int]:
    """A second amount restating the first in another currency: "(etwa 1,5 Milliarden US-Dollar)",
    "..., umgerechnet rund 1,3 Milliarden Euro", "or about $1.5bn". Maps its index to the first's."""
    alt_of: dict[int, int] = {}
    words_ok = cue_set(lang, "conversion_words")
    for k in range(1, len(amounts)):
        gap = doc_text(doc)[amounts[k - 1].end : amounts[k].start]
        words = set(re.findall(r"\w+", gap.lower()))
        if gap.strip() in cue_set(lang, "conversion_openers") or gap.strip().startswith("(") or (
                len(gap) < 30 and words & words_ok and words <= words_ok | cue_set(lang, "approximators")):
            alt_of[k] = k - 1
        # (a further restatement in the same brackets: "$NZ1.5m ($A1.44m; £750,000)")
        elif k - 1 in alt_of and gap.strip() in (";", ",", "/") and "(" in doc_text(doc)[amounts[alt_of[k - 1]].end : amounts[k - 1].start]:
            alt_of[k] = alt_of[k - 1]
    return alt_of


def _recipient_counts(mentions: list[ActorMention]) -> dict[str, int]:
    """How often the article names each possible recipient; a region named in the article counts
    the mentions of its member countries too ("the central Sahel ... Burkina Faso, Mali and Niger")."""
    counts: dict[str, int] = {}
    for m in mentions:
        if receives_as_whole(m):
            counts[m.key] = counts.get(m.key, 0) + 1
    lex = load_lexicon()
    for key in [k for k in counts if k.startswith("region:")]:
        for member in lex.entry(key).members:
            counts[key] += counts.pop(member, 0)
    return counts


def find_pledges(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str, published: date | None = None) -> list[Pledge]:
    return _read(doc, article, mentions, lang, published).pledges


def pledge_decisions(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str,
                     published: date | None = None) -> list[Decision]:
    """Every figure with a pledge cue, in text order: the pledge it made or why it made none."""
    return _read(doc, article, mentions, lang, published).decisions


def _read(doc: Doc, article: Article, mentions: list[ActorMention], lang: str, published: date | None,
          home: str | None = None) -> _Run:
    run = _read_once(doc, article, mentions, lang, published, home)
    states = {p.donor for p in run.pledges if p.donor.startswith("country:")}
    if home is None and run.unnamed_government and len(states) == 1:
        # a second reading, knowing the article's single giving state
        return _read(doc, article, mentions, lang, published, home=states.pop())
    return run


def _read_once(doc: Doc, article: Article, mentions: list[ActorMention], lang: str, published: date | None,
               home: str | None) -> _Run:
    mentions = sorted(mentions, key=lambda m: m.start)
    counts = _recipient_counts(mentions)
    title_end = len(article.title or "")
    run = _Run(doc, article, mentions, lang, published, counts,
               frozenset(m.key for m in mentions if receives_as_whole(m) and m.end <= title_end),
               replenished=replenished_fund(doc, mentions, lang), home=home,
               conference_for=conference_recipient(doc, mentions, lang))
    amounts: list[AmountMatch] = []
    for s_index, sent in enumerate(doc.sents):
        run.seen_values.update(a.value for a in amounts)  # (the previous sentence's)
        amounts = find_amounts(sent.text, lang=lang, offset=sent.start_char)
        _read_sentence(run, s_index, sent, amounts)
    return run


def _read_sentence(run: _Run, s_index: int, sent: Span, amounts: list[AmountMatch]) -> None:
    if not amounts:
        run.pending = _pending(run, sent, s_index) or run.pending
        return
    alt_of = _conversions(run.doc, amounts, run.lang)
    # "$70 million from Japan, ... and $12 million from Brazil": a giver named right after any
    # figure of the sentence gives; it never receives the others in silence
    run.seen_givers.update(_givers_after(run, sent, [a for j, a in enumerate(amounts) if j not in alt_of]))
    made: dict[int, Pledge] = {}
    for k, amount in enumerate(amounts):
        if k in alt_of:
            continue
        fig = _figure(run, s_index, sent, amounts, alt_of, k)
        if fig is None:
            continue
        pledge = _read_figure(run, fig, made)
        if pledge is not None:
            made[k] = pledge


def _givers_after(run: _Run, sent: Span, figures: list[AmountMatch]) -> set[str]:
    doc, lang, text = run.doc, run.lang, doc_text(run.doc)
    withs = _figure_preps(lang)
    here = mentions_between(run.mentions, sent.start_char, sent.end_char)
    after = {state_of(m) for m in here if state_of(m) and any(_gives_after(run, a.end, m) for a in figures if a.end <= m.start)}
    # ("..., and France with €1.08 billion": a giver joined to its own figure by "with")
    listed = {state_of(m) for m in here if state_of(m) and m.kind != "Person"
              and any(re.fullmatch(rf"\s+(?:{withs})\s+", text[m.end : a.start]) for a in figures if m.end <= a.start)
              and preceded_by(doc, m, cue_set(lang, "list_joiners") | cue_set(lang, "agent_preps"))}
    return after | listed


def _refuse(run: _Run, fig: _Figure, why: str) -> None:
    fig.chain.append(why)
    a = fig.amount
    run.decisions.append(Decision(fig.whole.text.strip(), a.text, a.start, a.end, tuple(fig.chain), refused=why))


def _figure(run: _Run, s_index: int, whole: Span, amounts: list[AmountMatch], alt_of: dict[int, int], k: int) -> _Figure | None:
    """The figure with its clause and its cue, or None when nothing in the clause makes it a pledge."""
    doc, amount = run.doc, amounts[k]
    amount_tok = tokens_of(doc, amount.start, amount.end)
    # a semicolon or colon joins two statements: each figure is read within its own clause
    sent = _clause(whole, amount_tok[0])
    fig = _Figure(s_index, whole, sent, k, amount, amounts, alt_of, amount_tok,
                  mentions_between(run.mentions, sent.start_char, sent.end_char))
    trig = find_trigger(sent, amount_tok, run.lang) or _listed_trigger(run, s_index, amounts, alt_of, k) or _list_item_trigger(run, amount)
    if trig is not None and trig[1] == T_FLOW:
        # (money flowing may be the figure of the pledge announced just before too: "Australia announced a
        # new plan for the Pacific. Some 900 million Australian dollars will go to the Pacific region")
        fig.followup = _followup(run.pending, s_index, fig.in_sent)
    if trig is None:
        # the figure of a pledge announced just before: "Spanien sagt der Ukraine ein
        # Militärpaket zu. Robles bezifferte den Umfang auf 615 Millionen Euro."
        fig.followup = _followup(run.pending, s_index, fig.in_sent)
        if fig.followup is None:
            return None
        trig = (doc[amount_tok[0]], FOLLOWUP)
    fig.trigger, fig.trigger_rule = trig
    run.cue_of[(s_index, k)] = trig
    fig.chain.append(fig.trigger_rule)
    # with several figures, the pledge verb between the last figure and this one is this one's cue:
    # "pledges have reached $2.6 billion, led by X and Y, which each pledged $500 million"
    # (else the last pledge verb before it: "X announced A, while Britain pledged B and C": C is pledged)
    if k > 0 and fig.trigger_rule == "pledge.verb" and (
            (near := verb_between(doc, fig.prev_end, amount.start, run.lang)) is not None
            or (near := verb_between(doc, sent.start_char, amount.start, run.lang)) is not None):
        fig.trigger = near
    return fig


def _listed_trigger(run: _Run, s_index: int, amounts: list[AmountMatch], alt_of: dict[int, int], k: int) -> tuple[Token, str] | None:
    """ "... biggest donor with $4.3 billion, followed by the United Kingdom with £1.1 billion and France
    with €1.08 billion": a figure listed "with" its giver after a figure with a cue shares that cue."""
    prev = next((j for j in range(k - 1, -1, -1) if j not in alt_of), None)
    if prev is None or run.cue_of.get((s_index, prev)) is None:
        return None
    text = doc_text(run.doc)
    gap = text[amounts[prev].end : amounts[k].start]
    withs = _figure_preps(run.lang)
    if len(gap) <= 80 and re.search(rf"\b(?:{withs})\s+$", gap):
        return run.cue_of[(s_index, prev)]
    # "increase its assistance from more than $250 million to more than $501 million": the figure a range
    # goes to shares the cue of the figure it goes from
    if _range_end(run.lang, text[max(0, amounts[prev].start - 8) : amounts[prev].start], gap):
        return run.cue_of[(s_index, prev)]
    # "Other donations included $100,000 from the Philippines, $2.4 million from Finland and $591,000
    # from France": figures listed each with its giver after "from" share the first one's cue
    givers = "|".join(re.escape(w) for w in cue_set(run.lang, "giver_preps"))
    joiners = "|".join(re.escape(w) for w in cue_set(run.lang, "list_joiners") if w.isalpha())
    listed = rf"\s*(?:{givers})\s+[^,;.:()]{{1,60}}?(?:\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    if len(gap) <= 80 and re.fullmatch(listed, gap) and re.match(rf"\s*(?:{givers})\s+", text[amounts[k].end : amounts[k].end + 12]):
        return run.cue_of[(s_index, prev)]
    # "The Commission pledged $95.2 million, the US, $67 million; the UN's fund, $47.8 million; and Belgium,
    # $30.9 million": a gapped list, each giver's name and a comma before its figure
    gapped = rf"\s*(?:[,;]\s*(?:(?:{joiners})\s+)?|(?:{joiners})\s+)[^,;.:()]{{1,60}}?,\s*"
    if len(gap) <= 80 and re.fullmatch(gapped, gap) and any(w[:1].isupper() for w in gap.split()[1:]):
        return run.cue_of[(s_index, prev)]
    return None


def _words(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words))


def _range_end(lang: str, before_first: str, gap: str) -> bool:
    """ "from $250 million to $501 million": the first figure follows "from", only "to" comes between."""
    return bool(re.fullmatch(rf"\s*(?:{_words(cue_set(lang, 'range_to'))})\s+", gap)
                and re.search(rf"\b(?:{_words(cue_set(lang, 'range_from'))})\s+$", before_first))


_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])?\s*[^\W\d][^\n:—–()]{1,80}?\s+[—–:-]\s*")


def _list_item_trigger(run: _Run, amount: AmountMatch) -> tuple[Token, str] | None:
    """ "Some of the largest pledges made at the meeting came from:" then "- The World Bank — $650
    million", "- Britain — $381 million": in a list under a line that ends with a colon and names
    pledges or givers, each line of a name, a dash or colon and a figure is that giver's pledge. The
    dash is the cue."""
    text = doc_text(run.doc)
    line_start = text.rfind("\n", 0, amount.start) + 1
    if not _LIST_ITEM.fullmatch(text[line_start : amount.start]):
        return None
    end = line_start - 1
    for _ in range(20):
        start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            if not _names_pledges(line, run.lang):
                return None
            dash = next((t for t in run.doc[tokens_of(run.doc, line_start, amount.start)[0] : tokens_of(run.doc, amount.start, amount.end)[0]]
                         if t.text in "—–:-"), None)
            return (dash, T_LIST_ITEM) if dash is not None else None
        if line and not _LIST_ITEM.match(line):
            return None
        if start == 0:
            return None
        end = start - 1
    return None


def _names_pledges(line: str, lang: str) -> bool:
    """A line that names pledges or givers ("the largest pledges ... came from:", "Die größten Geber:")."""
    words = cue_set(lang, "collective_donors") | cue_set(lang, "plural_pledge_nouns") | cue_set(lang, "supporter_nouns") | cue_set(lang, "pledge_nouns")
    return any(w.strip(".,;:") in words or w.strip(".,;:").lower() in words for w in line.split())


def _own_giver(run: _Run, fig: _Figure) -> bool:
    """A state or organisation named for this figure alone: right after it with "from", or as the
    subject right before its own verb after the previous figure."""
    text = doc_text(run.doc)
    for m in fig.in_sent:
        if m.kind == "Person" or state_of(m) is None:
            continue
        if fig.k == 0:
            # "Among the donors, Saudi Arabia gave $200 million": the subject after a fronted phrase
            if _fronted_subject_at_verb(run, fig, m):
                return True
            continue
        if m.start > fig.amount.end and _gives_right_after(run, fig, m):
            return True
        if fig.prev_end <= m.start and m.end <= fig.trigger.idx and fig.trigger.idx - m.end <= 3:
            return True
        # "..., Kuwait $150 million and Qatar $100 million": a giver right before its figure in the list
        if fig.prev_end <= m.start and 0 <= fig.amount.start - m.end <= 1 and _only_joiners(text[fig.prev_end : m.start], run.lang):
            return True
    return False


def _bracketed_giver(run: _Run, fig: _Figure) -> bool:
    return any(m.kind != "Person" and _in_brackets_after(run, fig, m) for m in fig.in_sent)


def _in_brackets_after(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """The figure stands in brackets right after the name: "the United States ($100 million)"."""
    return m.end <= fig.amount.start and re.fullmatch(r"\s*\(\s*", doc_text(run.doc)[m.end : fig.amount.start]) is not None


def _bracketed_list(run: _Run, fig: _Figure, m: ActorMention) -> tuple[ActorMention, ActorMention]:
    """The first and last names of the list "Chad ($10 million), Colombia ($4.5 million) and Haiti ($6
    million)" that m is in."""
    text, gap = doc_text(run.doc), list_gap(run.lang)
    ordered = sorted(fig.in_sent, key=lambda x: x.start)
    i = ordered.index(m)
    first = last = i
    while first > 0 and ordered[first - 1].end <= ordered[first].start and gap.fullmatch(text[ordered[first - 1].end : ordered[first].start]):
        first -= 1
    while last + 1 < len(ordered) and ordered[last].end <= ordered[last + 1].start and gap.fullmatch(text[ordered[last].end : ordered[last + 1].start]):
        last += 1
    return ordered[first], ordered[last]


def _receiver_lists(run: _Run, fig: _Figure) -> list[tuple[ActorMention, ActorMention]]:
    """The lists of receivers with their figures in brackets in the figure's sentence (first and last
    name of each), read once per figure: a list that follows a preposition of destination."""
    if fig.receiver_lists is None:
        text, out = doc_text(run.doc), []
        for x in fig.in_sent:
            bracket = re.match(r"\s*\(\s*", text[x.end : x.end + 8])
            if bracket and any(a.start == x.end + bracket.end() for a in fig.amounts):
                head, last = _bracketed_list(run, fig, x)
                if preceded_by(run.doc, head, cue_set(run.lang, "destination_preps")) and (head, last) not in out:
                    out.append((head, last))
        fig.receiver_lists = out
    return fig.receiver_lists


def _bracketed_receiver(run: _Run, fig: _Figure) -> ActorMention | None:
    """The name right before the figure in brackets, when it is in a list of receivers: "relief efforts
    in Chad ($10 million), Haiti ($6 million)"."""
    m = next((x for x in fig.in_sent if _in_brackets_after(run, fig, x)), None)
    return m if m is not None and any(head.start <= m.start <= last.start for head, last in _receiver_lists(run, fig)) else None


def _not_listed_receivers(run: _Run, fig: _Figure, donors: list[ActorMention]) -> list[ActorMention]:
    """The candidates less the names of a list of receivers with their figures: they give none of the
    sentence's figures."""
    for head, last in _receiver_lists(run, fig):
        donors = [m for m in donors if not head.start <= m.start <= last.start]
    return donors


def _fronted_subject_at_verb(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """A name right after the comma of a fronted phrase and right before the figure's verb."""
    doc, lang = run.doc, run.lang
    if not (m.end <= fig.trigger.idx and fig.trigger.idx - m.end <= 3) or oblique(doc, m, lang):
        return False
    before = doc_text(doc)[fig.sent.start_char : m.start].rstrip()
    words = before.split()
    while words and words[-1].lower() in cue_set(lang, "definite_articles"):
        words.pop()
    return bool(words) and words[-1].endswith(",")


def _refusal(run: _Run, fig: _Figure) -> str | None:
    """The rule that refuses the figure before its parties are read, if any."""
    doc, lang, sent = run.doc, run.lang, fig.sent
    # "the seven billion euro pledge", "die 500 Millionen Euro": a figure the article gave before
    if restated(doc, fig.amount_tok, fig.amount, run.seen_values, lang):
        return B_RESTATED
    why = blocked(sent, fig.trigger, fig.amount_tok, lang, fig.amount)
    if why is not None and fig.trigger_rule == T_DONOR_LIST and _bracketed_giver(run, fig):
        why = None  # "the main donors to the Haiti appeal were the United States ($100 million), ...": each its own
    if why == COLLECTIVE:
        run.collective_at = fig.s_index
        if _own_giver(run, fig):
            # "donors pledged $1.2 billion, including $100 million from Saudi Arabia", "..., with
            # Germany pledging $300 million": a later figure with its own giver is that giver's
            why = None
    if why:
        return why
    if source_of_receipt(doc, sent, fig.amount_tok, lang):
        return B_SOURCE
    # the parts of a collective sum give as little as the sum: "Of that total, $800 million ..."
    # (a giver named as the subject of its share gives it: "Unter anderem hätten die Niederlande ... beigesteuert")
    # (nor does one named right after it: "Other donations included $100,000 from the Philippines")
    if (fig.s_index - run.collective_at <= 2 and has_cue(doc_text(doc)[sent.start_char : fig.amount.start], lang, "part_of")
            and not any(m.kind != "Person" and m.start < fig.amount.start and not oblique(doc, m, lang) for m in fig.in_sent)
            and not _named_giver_after(run, fig)):
        return B_PART_OF_SUM
    # the shares of the pledge just made, which add up to it: "stellt ... 88,5 Millionen Euro bereit. Das
    # Wirtschaftsministerium beteilige sich mit 54,3 Millionen Euro und das Auswärtige Amt mit 34,2 Millionen Euro"
    if _shares_of_last(run, fig):
        return B_PART_OF_SUM
    return None


def _shares_of_last(run: _Run, fig: _Figure) -> bool:
    """Two or more figures of the sentence that add up to the pledge of at most two sentences before,
    split among two or more bodies of the same government (its ministries), and no other giver."""
    last = run.last
    if last is None or last.amount is None or not 0 < fig.s_index - run.last_index <= 2:
        return False
    givers = [m for m in fig.in_sent if m.kind != "Person" and state_of(m)]
    bodies = {m.surface for m in givers if (m.metonymic or m.key != last.donor) and state_of(m) == last.donor}
    if len(bodies) < 2 or any(state_of(m) != last.donor for m in givers if not oblique(run.doc, m, run.lang)):
        return False
    parts = [a for j, a in enumerate(fig.amounts) if j not in fig.alt_of]
    if len(parts) < 2 or any(a.currency not in (None, last.amount.currency) for a in parts):
        return False
    total = float(sum(a.value for a in parts))
    return abs(total - float(last.amount.value)) <= 0.01 * float(last.amount.value)


def _read_figure(run: _Run, fig: _Figure, made: dict[int, Pledge]) -> Pledge | None:
    if (why := _refusal(run, fig)) is not None:
        _refuse(run, fig, why)
        return None
    parties = choose_parties(run.doc, fig.sent, fig.trigger, fig.amount_tok, fig.in_sent, run.lang)
    g = _donor(run, fig, parties)
    if isinstance(g, str):
        _refuse(run, fig, g)
        return None
    donor = g.donor
    if g.why in (R_SUBJECT, D_POSSESSIVE, D_RESPECTIVE):
        run.seen_givers.add(donor)
    if g.why == D_RESPECTIVE:
        run.seen_givers.update(state_of(m) for m in g.all_donors if state_of(m) and not oblique(run.doc, m, run.lang))
    # a total that no giver owns, in a sentence of several givers, sums them all: "... and $100m
    # from the EU take the total assistance to around $3bn"
    if (g.why not in (D_POSSESSIVE, D_FROM_AFTER, D_SINCE_LAST) and (fig.k > 0 or g.why == D_PREVIOUS)
            and len({state_of(m) for m in g.all_donors}) >= 2 and _cumulative(run, fig)):
        _refuse(run, fig, B_TOTAL_OF_MANY)
        return None
    recipient = _recipient(run, fig, parties, g)
    if recipient is None or recipient == donor:
        if g.why in (R_SUBJECT, D_POSSESSIVE) and has_cue(doc_text(run.doc)[fig.sent.start_char : fig.amount.end], run.lang, "sum_of_several"):
            run.lender = (fig.s_index, donor)  # "approved four loans totalling $509 million"
        elif g.why in (R_SUBJECT, D_POSSESSIVE, D_FROM_AFTER):
            # "a donation of US$800,000 from the CAF. ... Barbados and Jamaica will each receive $250,000": the
            # giver of a gift whose receivers are told later
            run.gift_giver = (fig.s_index, donor)
        _refuse(run, fig, B_NO_RECIPIENT)
        return None
    code, inferred = _currency(run, fig, donor, recipient)
    if code is None:
        _refuse(run, fig, B_NO_CURRENCY)
        return None
    if _restates_earlier(run, fig, donor, code, inferred):
        return None
    pledge = _make(run, fig, donor, recipient, code, inferred, made)
    run.pledges.append(pledge)
    run.decisions.append(Decision(fig.whole.text.strip(), fig.amount.text, fig.amount.start, fig.amount.end,
                                  tuple(fig.chain), fact=pledge))
    _distribute(run, fig, pledge, g.all_donors)
    _distribute_receivers(run, fig, pledge, parties.recipients)
    _as_did(run, fig, pledge)
    run.last, run.last_index, run.pending = pledge, fig.s_index, None
    return pledge


def _listed_currency(run: _Run, fig: _Figure) -> str | None:
    """The currency of the figure before this one in its sentence, when only a list joins them."""
    prev = next((j for j in range(fig.k - 1, -1, -1) if j not in fig.alt_of), None)
    if prev is None:
        return None
    before = fig.amounts[prev]
    gap = doc_text(run.doc)[before.end : fig.amount.start]
    if len(gap) > 60 or not re.fullmatch(r"[^.;:()]*,[^.;:()]*", gap):
        return None
    # (the pledge read from it says which member of a family, "Dollar" from Canada is CAD, and
    # carries a currency listed before it)
    made = next((p for p in reversed(run.pledges) if p.amount is not None and p.amount.start == before.start), None)
    if before.currency is None and before.family is None:
        listed = made is not None and any(A_LISTED_CURRENCY in e.chain for e in made.evidence)
        return made.amount.currency if listed else None
    return made.amount.currency if made is not None else before.resolved(context_currency=None)[0]


def _right_before_figure(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """A name right before one of the sentence's figures ("Großbritannien 545 Millionen")."""
    return any(0 <= a.start - m.end <= 2 for a in fig.amounts)


def _partner_lender(run: _Run, fig: _Figure) -> ActorMention | None:
    """A bank or fund named as the partner of a loan lends it ("Argentina reached an agreement with
    the IMF on a $50 billion loan", "verständigte sich das Land mit dem IWF auf einen Kredit"); the
    state that agreed it, named before the figure, borrows (``fig.borrower``)."""
    doc, lang = run.doc, run.lang
    nouns, agreeing = cue_set(lang, "borrower_nouns"), cue_set(lang, "agreement_words")
    # (a loan agreed with the lender: "co-financed with the Asian Development Bank" is no agreement)
    if not any(t.text in nouns or t.lower_ in nouns for t in fig.sent) or not any(t.lower_ in agreeing for t in fig.sent):
        return None
    withs = cue_set(lang, "instrument_preps")
    lender = next((m for m in fig.in_sent if m.kind == "Organization" and _lender(m.key) and preceded_by(doc, m, withs)), None)
    if lender is None:
        return None
    borrower = next((m for m in fig.in_sent if m.kind == "Country" and m.start < fig.amount.start and not oblique(doc, m, lang)), None)
    fig.borrower = state_of(borrower) if borrower is not None else None
    return lender


def _promote(donors: list[ActorMention], first: list[ActorMention]) -> list[ActorMention]:
    return first + [m for m in donors if m not in first]


def _owners(run: _Run, fig: _Figure, donors: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """(possessive givers, givers right after the figure)."""
    doc, lang = run.doc, run.lang
    # possessive givers: "Italy's military aid", "Estonia's total", "Deutschlands Hilfe" (in the figure's
    # clause: "pledged $100 million to the fund, matching Germany's contribution" is not Germany's)
    boundary = _clause_end_char(run, fig)
    owners = [m for m in donors if m.start < boundary and owns_aid(doc, m, lang, fig.trigger)]
    # (a national adjective on the aid of another state's subject is the receiver: "Sánchez used an
    # appearance before the Rada to announce a fresh Ukrainian aid package worth 55 million euros")
    subject = next((m for m in sorted(donors, key=lambda m: m.start) if m.start < fig.trigger.idx and m.form != "adjective"
                    and not oblique(doc, m, lang) and state_of(m) and m not in owners), None)
    owners = [m for m in owners if not (m.form == "adjective" and subject is not None and state_of(m) != state_of(subject))]
    # "115 billion euros from the United States": the giver right after the figure
    # (also past a conversion in brackets: "$1bn (£640m) from India, $500m from China")
    from_after = [m for m in donors if _gives_right_after(run, fig, m)]
    return owners, from_after


def _named_giver_after(run: _Run, fig: _Figure) -> bool:
    """A state or organisation named as the giver right after the figure ("$100,000 from the Philippines")."""
    return any(m.kind != "Person" and state_of(m) is not None and m.start > fig.amount.end and _gives_right_after(run, fig, m)
               for m in fig.in_sent)


def _gives_right_after(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """ "115 billion euros from the United States", "a $15 million grant from the Government of
    Finland"; not the subject's own source: "a $3 million grant from its Disaster Response Fund"."""
    return _gives_after(run, fig.amount.end, m)


def _gives_after(run: _Run, end: int, m: ActorMention) -> bool:
    """The giver named right after a figure ending at ``end`` (see ``_gives_right_after``)."""
    doc, lang = run.doc, run.lang
    # (a possessive owns the giver after it: "$8bn from Pakistan's international partners")
    return (not possessive(doc, m) and not own_source(doc, m, lang) and (preceded_by(doc, m, cue_set(lang, "giver_preps")) or from_government_of(doc, m, lang))
            and right_after(doc_text(doc), end, m.start, lang))


def _clause_end_char(run: _Run, fig: _Figure) -> int:
    """Where the figure's clause ends, in characters (``clause_end`` as an offset)."""
    end = clause_end(run.doc, fig.sent, fig.amount_tok[1], run.lang)
    return run.doc[end].idx if end < fig.sent.end else fig.sent.end_char


@cache
def _figure_preps(lang: str) -> str:
    """The words that join a giver to its figure ("with", "mit"), as a regular-expression alternation."""
    return "|".join(re.escape(w) for w in cue_set(lang, "figure_preps"))


def _respective(run: _Run, fig: _Figure, donors: list[ActorMention]) -> ActorMention | None:
    """With "beziehungsweise"/"respectively" and as many givers before the figures as figures,
    this figure's giver in order: "die Niederlande und Schweden 89 beziehungsweise 50 Millionen"."""
    markers = money()["respective_markers"][run.lang]
    if not any(w in fig.sent.text for w in markers):
        return None
    figures = _respective_group(run, fig, donors)
    if len(figures) < 2 or fig.amount not in figures:
        return None
    # (the givers named since the figure before the group: "The EU pledged 350 million euros, while
    # France and Germany committed 110 million euros and 244 million euros, respectively")
    earlier = [a.end for a in fig.amounts if a.end <= figures[0].start and fig.sent.start_char <= a.start]
    floor = max(earlier, default=fig.sent.start_char)
    givers: list[ActorMention] = []
    for m in sorted(donors, key=lambda m: m.start):
        if floor <= m.start < figures[0].start and state_of(m) and not oblique(run.doc, m, run.lang) \
                and state_of(m) not in {state_of(g) for g in givers}:
            givers.append(m)
    if len(givers) != len(figures):
        return None
    return givers[figures.index(fig.amount)]


def _respective_group(run: _Run, fig: _Figure, donors: list[ActorMention]) -> list:
    """The figures of the sentence that "respectively" shares out: the run of figures with no giver
    between them that holds this figure."""
    figures = [a for j, a in enumerate(fig.amounts) if j not in fig.alt_of and fig.sent.start_char <= a.start < fig.sent.end_char]
    groups: list[list] = []
    for a in figures:
        if groups and not any(groups[-1][-1].end <= m.start < a.start for m in donors if state_of(m)):
            groups[-1].append(a)
        else:
            groups.append([a])
    return next((g for g in groups if fig.amount in g), [])


def _bare_clause_subject(run: _Run, fig: _Figure, donors: list[ActorMention]) -> ActorMention | None:
    """A state or organisation right after a conjunction with no comma ("as", "während"), with this
    figure or its verb at most three words after it: the subject of the figure's own clause."""
    doc, lang = run.doc, run.lang
    openers, articles = cue_set(lang, "bare_clause_openers"), cue_set(lang, "definite_articles")
    for m in donors:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.kind == "Person" or m.start < fig.prev_end or m.end > fig.amount.start:
            continue
        j = span.start - 1
        while j > fig.sent.start and doc[j].lower_ in articles:
            j -= 1
        if j < fig.sent.start or doc[j].lower_ not in openers or (j > fig.sent.start and doc[j - 1].text in cue_set(lang, "clause_separators")):
            continue
        nxt = min(fig.amount_tok[0], fig.trigger.i if fig.trigger.i > span.end - 1 else fig.amount_tok[0])
        if 0 <= nxt - span.end <= 2 and not any(t.is_punct for t in doc[span.end : nxt]):
            return m
    return None


def _only_joiners(text: str, lang: str) -> bool:
    words = text.replace(",", " , ").split()
    return all(w in cue_set(lang, "list_joiners") or w in cue_set(lang, "definite_articles") for w in words)


def _source_giver(run: _Run, fig: _Figure) -> ActorMention | None:
    """ "Von der EU sollen 715 Millionen Euro kommen": the giver the money comes from, in the figure's clause."""
    if fig.trigger_rule != T_COMES_FROM:
        return None
    boundary = _clause_end_char(run, fig)
    return next((m for m in fig.in_sent if m.kind != "Person" and m.form != "adjective" and m.start < boundary
                 and preceded_by(run.doc, m, cue_set(run.lang, "giver_preps"))), None)


def _relative_verb(gap: str, relatives: str) -> bool:
    """ ", which announced a further ": a relative pronoun, a verb of giving and at most two more words."""
    found = re.fullmatch(rf"\s*,?\s*(?:{relatives})\s+(\w+)(?:\s+\w+){{0,2}}\s+", gap)
    return found is not None and found.group(1).lower() in cue_set("en", "pledge_verbs")


def _donor_list_item(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """ "Other donors included Kenya with $200,000", "Zu den Gebern gehörten Kenia mit ...": the first name
    of a list of givers, each with its figure."""
    return fig.trigger_rule == T_DONOR_LIST and preceded_by(run.doc, m, cue_set(run.lang, "donor_list_verbs"), reach=2)


def _agent_of_cue_noun(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """The name comes right after the cue and "by"/"von" (an article between): "pledge by the United States";
    not after a verb of receiving ("erhält von der Weltbank"), and in German only after a noun."""
    doc, trigger = run.doc, fig.trigger
    receiving = cue_set(run.lang, "receive_verbs")
    if trigger.lower_ in receiving or trigger.lemma_ in receiving or run.lang == "de" and not trigger.is_title:
        return False
    k = trigger.i + 1
    if k >= len(doc) or doc[k].lower_ not in cue_set(run.lang, "agent_preps"):
        return False
    k += 1
    while k < len(doc) and doc[k].lower_ in cue_set(run.lang, "definite_articles"):
        k += 1
    return k < len(doc) and doc[k].idx == m.start


def _own_clause_giver(run: _Run, fig: _Figure, donors: list[ActorMention]) -> tuple[ActorMention, str] | None:
    """A giver bound to this figure alone: the head of a relative clause that holds it ("by the
    European Union that pledged $123 million", "die EU, die 123 Millionen Dollar zusagte"), or a
    subject joined to it by "with" ("followed by the United Kingdom with £1.1 billion")."""
    text, lang = doc_text(run.doc), run.lang
    relatives = "|".join(re.escape(w) for w in cue_set(lang, "relative_subject_pronouns"))
    withs = _figure_preps(lang)
    first = min(fig.trigger.idx, fig.amount.start) if lang == "en" else fig.amount.start
    for m in donors:
        if m.end > fig.amount.start or m.end < fig.prev_end or m.kind == "Person":
            continue
        # (in English the relative pronoun opens its verb: "that pledged", "which announced a further";
        # in German the figure comes first)
        if re.fullmatch(rf"\s*,?\s*(?:{relatives})\s+", text[m.end : first]) or lang == "en" and _relative_verb(text[m.end : fig.amount.start], relatives):
            return m, D_RELATIVE
        # "an additional pledge by the United States of USD$20 million", "eine Zusage von Japan über 20 Millionen
        # Dollar": the agent of the cue noun, right before the figure or its link ("über" may open the figure)
        if _agent_of_cue_noun(run, fig, m) and (
                text[m.end : fig.amount.start].strip().lower() in cue_set(lang, "amount_links") | {""}):
            return m, D_NOUN_AGENT
        # "the United States ($100 million), Canada ($60 million)": the name right before its figure in brackets
        # (the names of a list of receivers are out of the candidates already: _not_listed_receivers)
        if _in_brackets_after(run, fig, m):
            return m, D_BRACKETED
        # only after "by" ("followed by X with A") or listed after such a figure ("..., and France with B"):
        # "Germany supports Ukraine with €500 million" gives Ukraine nothing
        if re.fullmatch(rf"\s+(?:{withs})\s+", text[m.end : fig.amount.start]) and (
                preceded_by(run.doc, m, cue_set(lang, "agent_preps")) or _donor_list_item(run, fig, m)
                or run.with_figure_end == fig.prev_end and _only_joiners(text[fig.prev_end : m.start], lang)):
            run.with_figure_end = fig.amount.end
            return m, D_WITH_FIGURE
    source = _source_giver(run, fig)
    return (source, D_FROM_AFTER) if source is not None else None


def _donor_candidates(run: _Run, fig: _Figure, parties: Parties) -> tuple[list[ActorMention], str, list[ActorMention]] | str:
    """(the donor candidates in order, the rule that put the first first, the givers right after
    the figure), or a refusal."""
    doc, lang, amount = run.doc, run.lang, fig.amount
    donors, why = parties.donors, parties.donor_rule
    donors = _not_listed_receivers(run, fig, donors)
    if (lender := _partner_lender(run, fig)) is not None:
        return _promote(donors, [lender]), D_LENDER_PARTNER, [lender]
    if (own := _respective(run, fig, donors)) is not None:
        return _promote(donors, [own]), D_RESPECTIVE, []
    if (own := _own_clause_giver(run, fig, donors)) is not None:
        # (a giver after "from"/"von" is no object of the clause: it stays the giver)
        return _promote(donors, [own[0]]), own[1], [own[0]] if own[1] == D_FROM_AFTER else []
    # the figure in a clause of its own opened after the cue: "stellte ... bereit, während Rumänien sein
    # Hilfspaket um weitere 10 Millionen Euro aufstocken will": that clause's subject gives
    if (own := _bare_clause_subject(run, fig, donors)) is not None:
        # "Vanuatu death toll rises as Australia pledges $5m in aid": a conjunction, then the giver at its verb
        donors, why = _promote(donors, [own]), R_CLAUSE
    opened = clause_opening(doc, fig.sent, fig.amount_tok[0], lang)
    if opened is not None and fig.trigger is not None and opened.i > fig.trigger.i:
        own_clause = [m for m in donors if opened.idx <= m.start < amount.start and not oblique(doc, m, lang)]
        if own_clause:
            donors, why = _promote(donors, own_clause), R_CLAUSE
    owners, from_after = _owners(run, fig, donors)
    if owners or from_after:
        donors, why = _promote(donors, owners + from_after), D_POSSESSIVE if owners else D_FROM_AFTER
    # "$2.6 billion in pledges", "pledges of $1 billion", "$20 billion worth of debt relief commitments":
    # a sum of many givers unless one is named as its owner
    elif (plural_pledges(fig.trigger, lang) and sum_of_pledges(doc, fig.trigger, fig.amount_tok, lang)
          or pledges_after(doc, fig.amount_tok, lang) or plural_total(doc, fig.amount_tok, lang)):
        run.collective_at = fig.s_index
        return B_SUM
    nxt = fig.next
    if parties.donor_rule == R_PASSIVE and not from_after:
        # "$5 million for Haiti was pledged by Canada and $3 million by Mexico": in a passive
        # the agent follows its own figure
        end = nxt.start if nxt is not None else fig.sent.end_char
        own = [m for m in donors if amount.end <= m.start < end and preceded_by(doc, m, cue_set(lang, "agent_preps"))]
        if own:
            return _promote(donors, own), why, from_after
    if nxt is not None and not from_after:
        # "Britain pledged £850 million for the fund and Germany €1 billion": a giver
        # named after this figure and before the next one is the next figure's
        later = [m for m in donors if amount.end <= m.start < nxt.start and m.kind != "Person" and not oblique(doc, m, lang)]
        # (names after the next figure are no givers of this one: "As well as $100 million in military
        # aid, Australia will contribute $10 million to the UN's Humanitarian Fund": Australia gives both)
        kept = [m for m in donors if m not in later and m.start < nxt.start]
        if kept and later:
            fig.chain.append(D_NEXT_FIGURE)
            donors = kept
            # (and gives: it never receives this figure in silence)
            run.seen_givers.update(state_of(m) for m in later if state_of(m))
            # (nor do the givers listed each right before a later figure: "Die USA versprachen 1,75
            # Milliarden Dollar, die EU-Kommission 765 Millionen, Großbritannien 545 Millionen")
            run.seen_givers.update(state_of(m) for m in fig.in_sent if m.start >= nxt.start and m.kind != "Person" and state_of(m)
                                   and _right_before_figure(run, fig, m))
    if fig.k > 0 and not from_after:
        # several figures, several givers: "Estonia's total has passed 500 million euros,
        # Lithuania's has reached 800 million": the giver named since the last figure
        own = [m for m in donors if fig.amounts[fig.k - 1].end <= m.start < amount.start and m.kind != "Person"
               and not oblique(doc, m, lang)]
        if own:
            donors, why = _promote(donors, own), D_SINCE_LAST
    return _apposed(run, fig, donors), why, from_after


def _apposed(run: _Run, fig: _Figure, donors: list[ActorMention]) -> list[ActorMention]:
    """ "Kuwait's Gulf neighbor Saudi Arabia promised", "the UN's Central Emergency Response Fund, $47.8
    million": a possessive owner whose possessed noun is in apposition to another name is not the giver;
    that name is."""
    if not donors or not possessive(run.doc, donors[0]):
        return donors
    first, text = donors[0], doc_text(run.doc)
    for m in donors[1:]:
        gap = text[first.end : m.start].split()[1:]  # past the clitic
        # (a noun phrase only: no preposition or other function word, "Washington's portfolio in Kenya")
        if m.start > first.end and len(gap) <= 4 and all(w.replace("-", "").isalpha() and not run.doc.vocab[w.lower()].is_stop for w in gap):
            fig.chain.append(D_APPOSED)
            return _promote(donors, [m])
    return donors


@dataclass(frozen=True)
class _Giver:
    donor: str
    why: str
    givers: set[str]  # the donor and the states listed with it
    donors: list[ActorMention]  # the donor candidates still standing
    all_donors: list[ActorMention]  # every candidate, obliques included
    issuer: str | None
    partner: str | None = None  # a state listed with a lender: it borrows


def _donor(run: _Run, fig: _Figure, parties: Parties) -> _Giver | str:
    """The donor and what the recipient rules need to know of it, or the refusal's rule."""
    doc, lang = run.doc, run.lang
    found = _donor_candidates(run, fig, parties)
    if isinstance(found, str):
        return found
    donors, why, from_after = found
    all_donors = list(donors)
    # a name inside a prepositional phrase gives nothing when nothing else does ("for
    # projects in Tuvalu"); it may still receive
    agents = passive_agents(doc, fig.sent, fig.in_sent, lang)
    objects = [m for m in donors if oblique(doc, m, lang) and m not in agents and m not in from_after and not owns_budget(doc, m, lang)
               and not (why == D_POSSESSIVE and owns_aid(doc, m, lang, fig.trigger))
               # ("eine Vereinbarung über deutsche Kreditgarantien": a national adjective on the aid itself gives)
               and not (m.form == "adjective" and m.end <= fig.trigger.idx and owns_aid(doc, m, lang, fig.trigger))
               and not attributive_owner(doc, m, lang)  # ("the total amount of U.S. humanitarian aid")
               # ("Aus der Europäischen Friedensfazilität fließen weitere 120 Millionen Euro an ...": the source of a flow gives)
               and not (fig.trigger_rule == T_FLOW and preceded_by(doc, m, cue_set(lang, "giver_preps")))
               and not (lang == "en" and fig.trigger.lower_.endswith("ing") and 0 <= fig.trigger.idx - m.end <= 2)]
    # ("with Germany pledging $300 million": the subject of the gerund; "expressed gratitude to the United
    # States for the package": the one thanked gave, whatever preposition names it)
    if len(objects) == len(donors) and not receive_sentence(fig.sent, lang) and why != R_THANKS:
        donors = []
    # ("We are giving Ukraine another 100 million euros": after a pronoun subject, names after the verb are its objects)
    # (but the owner of the aid gives it: "I announce the Kuwaiti donation of $300 million")
    if donors and (_pronoun_subject_before(run, fig) or _own_state_phrase(run, fig) is not None) and all(m.start > fig.trigger.idx for m in donors) \
            and _object_right_after(run, fig, first := min(donors, key=lambda m: m.start)) and not owns_aid(doc, first, lang, fig.trigger):
        donors = []
    # (an item of a list opens with its figure: the names after it are what the money is for, never its giver)
    if fig.trigger_rule == T_LISTED:
        donors = []
    # "Der Bundesrat gibt 93 Mio. Franken frei", "the government will give NOK 5 billion":
    # an unnamed government giving its own national currency is the issuing state
    issuer = government_issuer(doc, fig.sent, donors, fig.amount, lang)
    donor, why = _donor_key(run, fig, donors, why, issuer)
    if donor is None:
        return B_NO_DONOR
    fig.chain.append(why)
    if why not in (D_ANAPHOR, D_PREVIOUS):
        fig.announcer = next((m.key for m in fig.in_sent if m.kind == "Person" and m.affiliation == donor), None)
    # (an issuing state or a description as the giver: the candidates listed are no co-givers)
    givers = {issuer or donor} if issuer is not None or why == D_ANAPHOR else co_donors(doc, donors, lang)
    # "The IMF and Egypt agreed on an $8 billion loan programme": a state listed with a lender borrows
    partner = fig.borrower or (next((k for k in sorted(givers) if k.startswith("country:")), None) if _lender(donor) else None)
    return _Giver(donor, why, givers - {partner}, donors, all_donors, issuer, partner)


def _lender(key: str) -> bool:
    """An organisation named as a bank or a fund ("International Monetary Fund", "World Bank")."""
    entry = load_lexicon().entry(key)
    if entry is None or not key.startswith("org:"):
        return False
    names = " ".join(n for _, n in entry.labels).lower().split()
    return any(w in names for w in cue_set("en", "lender_name_words") | cue_set("de", "lender_name_words"))


def _clause_before_cue(run: _Run, fig: _Figure) -> list[Token]:
    """German puts the verb's words last ("haben wir heute ... 50 Millionen Euro zur Verfügung gestellt",
    "hatte sie ... auf 1,5 Milliarden Euro angekündigt"), and so does a phrase ("we are making a further
    £50 million available"): the words of the clause before the cue, back to a comma or a quotation mark;
    none for other cues."""
    doc, trigger = run.doc, fig.trigger
    if run.lang != "de" and fig.trigger_rule != T_PHRASE:
        return []
    k = trigger.i - 1
    while k > fig.sent.start and doc[k].text not in (",", ";", ":", '"', "„", "“"):
        k -= 1
    return list(doc[k : trigger.i])


def _pronoun_giver(run: _Run, fig: _Figure) -> str | None:
    """The state of the last person named before a personal pronoun that stands as the subject
    next to the cue ("he promised", "sagte er ... zu"), within 600 characters before its sentence."""
    doc, trigger = run.doc, fig.trigger
    pronouns = cue_set(run.lang, "subject_person_pronouns")
    near = list(doc[max(fig.sent.start, trigger.i - 2) : min(fig.sent.end, trigger.i + 2)]) + _clause_before_cue(run, fig)
    pronoun = next((t for t in near if (t.text in pronouns or singular_she(run.doc, t, fig.sent, run.lang)) and t.i != trigger.i), None) \
        or _own_state_phrase(run, fig) or _reporting_pronoun(run, fig)
    if pronoun is None:
        return None
    floor = fig.whole.start_char - 600
    before = [m for m in run.mentions if m.kind == "Person" and m.affiliation and floor <= m.start < pronoun.idx]
    # (German "sie" is a woman named before, as the lexicon or her title tells: "Von der Leyen reiste nach
    # Damaskus. Konkret stellte sie ... 620 Millionen Euro in Aussicht")
    if pronoun.text in cue_set(run.lang, "pronoun_she"):
        before = [m for m in before if person_gender(doc, m.start, m.end, m.key, run.lang) == "f"]
    if not before:
        return None
    # the subject of the last sentence that names a person: its first person not after a preposition
    # ("De Croo met Zelensky", "During a meeting with Zelensky, De Croo announced")
    last = doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    sent_start = last.sent.start_char if last is not None else before[-1].start
    persons = [m for m in before if m.start >= sent_start]
    return state_of(next((m for m in persons if not oblique(doc, m, run.lang)), persons[0]))


def _reporting_pronoun(run: _Run, fig: _Figure) -> Token | None:
    """The pronoun of a clause after the figure that reports it: "..., wie sie bei einer Pressekonferenz
    ankündigte", "..., as he said on Monday"."""
    doc, sent, lang = run.doc, fig.sent, run.lang
    # (verbs of saying and of giving, and German's separable ones joined at the end of the clause: "mitteilte")
    verbs = cue_set(lang, "speech_verbs") | cue_set(lang, "pledge_verbs") | cue_set(lang, "report_verbs")
    pronouns = cue_set(lang, "subject_person_pronouns")
    for t in doc[fig.amount_tok[1] : sent.end - 1]:
        if t.lower_ in cue_set(lang, "report_conjunctions") and doc[t.i - 1].text == ",":
            nxt = doc[t.i + 1]
            if (nxt.text in pronouns or singular_she(doc, nxt, sent, lang)) and any(u.lower_ in verbs for u in doc[t.i + 2 : sent.end]):
                return nxt
    return None


def _own_state_phrase(run: _Run, fig: _Figure) -> Token | None:
    """ "said his country would give Ukraine $50 million", "sagte, sein Land werde der Ukraine ...
    bereitstellen": the possessive of "his country" before the figure in its clause."""
    doc, own = run.doc, cue_set(run.lang, "own_state_phrases")
    return next((t for t in doc[fig.sent.start : fig.amount_tok[0]] if t.i + 1 < fig.sent.end and f"{t.lower_} {doc[t.i + 1].lower_}" in own), None)


def _pronoun_body(run: _Run, fig: _Figure) -> str | None:
    """ "Sie"/"er"/"it" as the subject next to the cue, after a sentence whose subject (its first name,
    not after a preposition) is a state or an organisation and that names no person."""
    doc, trigger = run.doc, fig.trigger
    # (next to the cue, or opening the sentence: "Sie will ... zur Verfügung stellen")
    near = [doc[fig.sent.start], *doc[max(fig.sent.start, trigger.i - 2) : min(fig.sent.end, trigger.i + 2)]]
    if not any(t.text in cue_set(run.lang, "subject_body_pronouns") and t.i != trigger.i for t in near):
        return None
    if fig.sent.start == 0:
        return None
    # (the sentence before, or the words before a colon that opens this clause: "Größter Geldgeber ist die EU:
    # Sie erhöht die bisherigen Zahlungen ...")
    prev = doc[doc[fig.sent.start - 1].sent.start : fig.sent.start]
    # (a pledge read in the sentence before has its giver go on instead: "the fund provided $1.4bn ... It
    # provided another $1.3bn")
    if run.last is not None and run.last_index >= fig.s_index - 1 or run.lender is not None and 0 < fig.s_index - run.lender[0] <= 2:
        return None
    named = [m for m in run.mentions if prev.start_char <= m.start < prev.end_char]
    if not named or any(m.kind == "Person" for m in named):
        return None
    first = next((m for m in named if not oblique(doc, m, run.lang) and m.form != "adjective" and not possessive(doc, m)), None)
    return first.key if first is not None and first.kind in ("Country", "Organization") else None


def _object_right_after(run: _Run, fig: _Figure, m: ActorMention) -> bool:
    """A name at most three words after the cue with no "that"/"dass" between: the verb's object."""
    at = tokens_of(run.doc, m.start, m.end)[0]
    between = run.doc[fig.trigger.i + 1 : at]
    return at - fig.trigger.i <= 3 and not any(t.lower_ in cue_set(run.lang, "clause_conjunctions") for t in between)


def _pronoun_subject_before(run: _Run, fig: _Figure) -> bool:
    """A personal pronoun at most two words before the cue ("We are giving", "he has pledged")."""
    pronouns = cue_set(run.lang, "subject_we_pronouns") | cue_set(run.lang, "subject_i_pronouns") | cue_set(run.lang, "subject_person_pronouns")
    return any(t.text in pronouns for t in run.doc[max(fig.sent.start, fig.trigger.i - 3) : fig.trigger.i])


def _we_speaker(run: _Run, fig: _Figure) -> str | None:
    """ "we" as the subject next to the cue stands for the speaker's state, "I" for the speaker's state or body:
    the person of a state (or of a body) named in the sentence outside the clause ("..., sagte Scholz", "Scholz sagte: ..."), else the
    last one named within 400 characters before."""
    doc, trigger = run.doc, fig.trigger
    # (a noun cue stands further from its verb's subject: "we are making a direct contribution of")
    near = list(doc[max(fig.sent.start, trigger.i - (5 if fig.trigger_rule == T_NOUN else 3)) : min(fig.sent.end, trigger.i + 3)])
    near += _clause_before_cue(run, fig)
    we, i = (any(t.text in cue_set(run.lang, name) and t.i != trigger.i for t in near) for name in ("subject_we_pronouns", "subject_i_pronouns"))
    if not (we or i):
        return None
    # (not "we" of many: "We have mobilized one billion dollars", said the host of a conference)
    if trigger.lower_ in cue_set(run.lang, "gathering_pledge_verbs"):
        return None
    # (a state's person speaks for the state; "we" of a council or union is its members, "I" of its head the body:
    # "I can announce a new payment of 3.5 billion euros", said the Commission's president)
    persons = [m for m in run.mentions if m.kind == "Person" and m.affiliation and (not we or m.affiliation.startswith("country:"))]
    outside = [m for m in persons if fig.whole.start_char <= m.start < fig.whole.end_char and not fig.sent.start_char <= m.start < fig.sent.end_char]
    # (a speaker named before the colon or quotation mark that opens the quote: 'Annalena Baerbock, Außenministerin: "Wir ...')
    text = doc_text(doc)
    outside += [m for m in persons if fig.sent.start_char <= m.start < trigger.idx and re.search(r'[:"“„«»]', text[m.end : trigger.idx])]
    before = [m for m in persons if fig.sent.start_char - 400 <= m.start < fig.sent.start_char]
    speaker = outside[0] if outside else _quote_closer(run, fig, persons) or (before[-1] if before else None)
    return state_of(speaker) if speaker is not None else None


def _quote_closer(run: _Run, fig: _Figure, persons: list[ActorMention]) -> ActorMention | None:
    """The speaker named right after the end of a quote of several sentences that the figure's sentence
    opens: '"We will donate one billion euros ... . You have the right to defend yourself", added Stoere.'"""
    text = doc_text(run.doc)
    start = fig.whole.start_char
    if text[start : start + 1] not in '"“„«':
        return None
    closing = re.compile(r'["”“»]')
    if closing.search(text, start + 1, fig.whole.end_char):
        return None  # (the quote closes within the sentence: its speaker is read there)
    end = closing.search(text, fig.whole.end_char, fig.whole.end_char + 1500)
    if end is None:
        return None
    return next((m for m in persons if end.end() <= m.start <= end.end() + 40), None)


def _donor_key(run: _Run, fig: _Figure, donors: list[ActorMention], why: str, issuer: str | None) -> tuple[str | None, str]:
    """The donor by the first strategy that names one: the issuing state, the first candidate
    (a speaking leader's state), the pending pledge's donor, an anaphor, the previous pledge's donor."""
    if issuer is not None:
        return issuer, D_ISSUER
    if not donors and unnamed_government(run.doc, fig.sent, donors, fig.amount, run.lang):
        # "The Cabinet is allocating an extra 110 million euros": the article's single giving state
        if run.home is not None:
            return run.home, D_HOME
        run.unnamed_government = True
    donor_m = donors[0] if donors else None
    # "his country would give Ukraine $50 million": the speaker's own state is the subject, a name after
    # the cue its object
    # (German puts the verb last: "dass sein Land ... für die von Russland zerstörte Infrastruktur ... bereitstellen wird")
    if (own := _own_state_phrase(run, fig)) is not None and (donor_m is None or donor_m.start > (own.idx if run.lang == "de" else max(own.idx, fig.trigger.idx))):
        if (key := _pronoun_giver(run, fig)) is not None:
            return key, D_PRONOUN
    # "Das Königreich stellt dem Jemen ... bereit": a description opening the clause is its subject
    if donor_m is not None and donor_m.kind != "Person" and (key := donor_anaphor(run.doc, fig.sent, run.mentions, run.lang, opening=True)) is not None:
        return key, D_ANAPHOR
    # "Guterres said pledges reached $2.6 billion": many gave; the speaker's body gave nothing
    if donor_m is not None and donor_m.kind == "Person" and plural_pledges(fig.trigger, run.lang):
        donor_m = None
    if donor_m is not None and state_of(donor_m):
        return state_of(donor_m), why
    # "Facebook-Gründer Mark Zuckerberg versprach 25 Millionen Dollar": a private giver of no state gives as themselves
    if donor_m is not None and private_person(run.doc, donor_m, run.lang):
        return donor_m.key, D_PRIVATE
    return _donor_from_context(run, fig, why)


def _donor_from_context(run: _Run, fig: _Figure, why: str) -> tuple[str | None, str]:
    """The donor of a figure whose clause names none: the pending pledge's, an anaphor's, a pronoun's,
    the speaker's of "we", a lender telling of it, the previous pledge's, the article's single giver."""
    if fig.followup:
        return fig.followup[0], D_FOLLOWUP
    # "In Solomon Islands Prime Minister Rudd held talks ... Other announcements included: / • $3 million ...":
    # an item of a list gives what the passage before the list names first
    if fig.trigger_rule == T_LISTED and (key := _list_lead_giver(run, fig)) is not None:
        return key, D_LIST_LEAD
    # "hatte die Bank 146 Millionen Dollar bewilligt"
    if (key := donor_anaphor(run.doc, fig.sent, run.mentions, run.lang, verb=fig.trigger)) is not None:
        return key, D_ANAPHOR
    # "Additionally, he promised at least €977 million": the last person named before, by their state
    if (key := _pronoun_giver(run, fig)) is not None:
        return key, D_PRONOUN
    # "Den größten Einzelbetrag sagte die Weltbank zu. Sie will vier Milliarden Dollar ... zur Verfügung
    # stellen": a pronoun for the state or body that was the subject of the sentence before
    if (key := _pronoun_body(run, fig)) is not None:
        return key, D_PRONOUN_BODY
    # "Scholz sagte: 'Wir stellen der Ukraine 100 Millionen Euro bereit.'": "we" is the speaker's state
    if (key := _we_speaker(run, fig)) is not None:
        return key, D_WE_SPEAKER
    # "Ghana will receive a loan of $1 billion, the IMF said": a bank or fund telling of the money lends it
    if (key := _lender_teller(run, fig)) is not None:
        return key, D_LENDER_TELLER
    # "Die Republik Moldau erhält weitere 15 Mio. Franken, wie das EDA mitteilte": a state's ministry telling
    # of money a receiver gets gives it for its state
    if (key := _state_teller(run, fig)) is not None:
        return key, D_STATE_TELLER
    # "Darin enthalten sind ...", "Its total ...": the previous pledge's donor goes on
    # ("Weitere zwei Millionen Euro gehen an ...", "A further $5 million": more of the article's one giver, further on too)
    reach = 12 if new_marker_before(fig.sent, fig.amount_tok[0], run.lang) and len({p.donor for p in run.pledges}) == 1 else 4
    if run.last is not None and fig.s_index - run.last_index <= reach and not plural_pledges(fig.trigger, run.lang) and not _from_many(run, fig):
        return run.last.donor, D_PREVIOUS
    return _article_giver(run, fig) or (None, why)


def _list_lead_recipient(run: _Run, fig: _Figure, donor: str) -> str | None:
    """The last state or territory named in the lead line of a list after "to"/"for"/"in"."""
    start, end = lead_line_span(doc_text(run.doc), fig.whole.start_char, run.lang)
    preps = cue_set(run.lang, "list_lead_recipient_preps")
    named = [m for m in run.mentions if start <= m.start < end and m.kind == "Country" and m.form != "adjective"
             and state_of(m) != donor and preceded_by(run.doc, m, preps)]
    return state_of(named[-1]) if named else None


def _list_lead_giver(run: _Run, fig: _Figure) -> str | None:
    """The state or body first named as an actor (not after a preposition) in the lead line of a list or
    the two sentences before it: a titled person stands for their state."""
    doc = run.doc
    lead_end = lead_line_span(doc_text(run.doc), fig.whole.start_char, run.lang)[1]
    sents = [s for s in doc.sents if s.end_char <= lead_end + 1][-3:]
    for sent in reversed(sents):
        for m in (x for x in run.mentions if sent.start_char <= x.start < sent.end_char):
            if m.kind == "Person" and m.affiliation and m.affiliation.startswith("country:"):
                return m.affiliation
            # ("funded from New Zealand's International Development Cooperation programme": the source gives)
            if m.kind != "Person" and state_of(m) and not m.key.startswith("region:") and (
                    not oblique(doc, m, run.lang) or preceded_by(doc, m, cue_set(run.lang, "giver_preps"))):
                return state_of(m)
    return None


def _article_giver(run: _Run, fig: _Figure) -> tuple[str, str] | None:
    """The giver the passage or the article leaves standing for a figure that names none."""
    # "The bank approved loans totalling $509 million. They include a loan of $165 million for
    # Bangladesh": the lender of the total without a recipient goes on
    if run.lender is not None and 0 < fig.s_index - run.lender[0] <= 2:
        return run.lender[1], D_LENDER
    # a receiver of a gift told of up to four sentences before, with no receiver: "Barbados and Jamaica will
    # each receive $250,000"
    if fig.trigger_rule == T_RECEIVE and run.gift_giver is not None and 0 < fig.s_index - run.gift_giver[0] <= 4:
        return run.gift_giver[1], D_LENDER
    # "Support to Ukraine now reaches $655 million": a running total with no giver, in an article
    # of one giver, is that giver's
    givers = {p.donor for p in run.pledges}
    if len(givers) == 1 and not plural_pledges(fig.trigger, run.lang) and _cumulative(run, fig):
        return givers.pop(), D_ARTICLE
    # "Im Tschad werden 74,5 Millionen Euro ... bereitgestellt": a passive with no agent gives the money of the
    # article's one giver so far
    if len(givers) == 1 and _agentless_passive(run, fig):
        return givers.pop(), D_AGENTLESS
    # "Österreich beteiligt sich nicht an Waffenlieferungen. Seit Kriegsbeginn flossen aber 118 Millionen
    # Euro Hilfsgelder an die Ukraine": money that flows with no giver, after a sentence whose subject is a state
    if fig.trigger_rule == T_FLOW and not givers and (key := _previous_subject(run, fig)) is not None:
        return key, D_PREVIOUS_SUBJECT
    return None


def _previous_subject(run: _Run, fig: _Figure) -> str | None:
    """The country that opens the sentence before the figure's, as its subject."""
    sents = list(run.doc.sents) if fig.whole.start > 0 else []
    prev = next((s for s in reversed(sents) if s.end <= fig.whole.start), None)
    if prev is None:
        return None
    named = [m for m in run.mentions if prev.start_char <= m.start < prev.end_char]
    first = named[0] if named else None
    # (a dateline's city is no subject: "Neu Delhi (dpa) - Indien und Japan haben ...")
    if first is None or first.kind != "Country" or first.form in ("adjective", "capital") or first.start - prev.start_char > 12 or oblique(run.doc, first, run.lang):
        return None
    # (nor is one of two states that act together: "Indien und Japan haben Abkommen besiegelt")
    if len(named) > 1 and named[1].kind == "Country" and doc_text(run.doc)[first.end : named[1].start].strip().lower() in cue_set(run.lang, "list_joiners"):
        return None
    return first.key


def _tellers(run: _Run, fig: _Figure) -> list[ActorMention]:
    """The organisations named after the figure next to a verb of saying ("the IMF said", "wie das EDA
    mitteilte")."""
    speech = cue_set(run.lang, "speech_verbs")
    verbs = [t for t in run.doc[fig.amount_tok[1] : fig.sent.end] if t.lower_ in speech or t.lemma_ in speech]
    return [m for m in fig.in_sent if m.kind == "Organization" and m.start > fig.amount.end and any(abs(t.idx - m.start) < 40 for t in verbs)]


def _state_teller(run: _Run, fig: _Figure) -> str | None:
    """A state's body telling of a receiver's figure ("wie das EDA mitteilte", "the State Department
    said"): its state gives."""
    if fig.trigger_rule != T_RECEIVE:
        return None
    states = [state_of(m) for m in _tellers(run, fig) if state_of(m) != m.key]
    return next((s for s in states if s is not None and s.startswith("country:")), None)


def _lender_teller(run: _Run, fig: _Figure) -> str | None:
    """A bank or fund telling of the figure ("the IMF said", "wie der IWF erklärte")."""
    return next((m.key for m in _tellers(run, fig) if _lender(m.key)), None)


def _bare_object(run: _Run, fig: _Figure, donors: list[ActorMention], donor: str, givers: set[str], *,
                 described: bool = False) -> ActorMention | None:
    """A bare object: "Ottawa will give Kyiv ...", not a title's affiliation ("European Commission
    President ..."), and not a name after the figure ("$30 million, while Spain ..."); in English the
    object follows the verb at once ("promised Ukraine", "gave the Philippines"), not anywhere
    ("France, the EU's largest economy, has committed")."""
    doc, lang, amount, trigger = run.doc, run.lang, fig.amount, fig.trigger
    text = doc_text(doc)
    if fig.trigger_rule == T_DONOR_LIST:
        return None  # (the names of a list of givers are givers: "Other donors included Kenya with $200,000 and Sweden with")
    # (``described``: the giver is a description opening the clause, "Das Königreich stellt dem Jemen ...";
    # every candidate may be the object)
    after = trigger.idx if lang == "en" and trigger.idx < amount.start else (donors[0].start if donors and not described else -1)
    for m in donors if described else donors[1:]:
        if (state_of(m) not in givers | {donor, None} and m.kind != "Person" and after < m.start < amount.start
                and not modifies_person(doc, m)
                and (lang != "en" or trigger.idx > amount.start or len(text[trigger.idx : m.start].split()) <= 2)
                and text[m.end : m.end + 2] not in cue_set(lang, "possessive_endings")
                and not preceded_by(doc, m, cue_set(lang, "from_preps") | cue_set(lang, "giver_preps"), reach=1)
                and not oblique(doc, m, lang)  # ("... für Straßen in Nepal und 100 Millionen")
                and not excluded_as_recipient(doc, m, fig.sent, lang)):
            return m
    return None


def _named_recipient(run: _Run, fig: _Figure, parties: Parties, g: _Giver) -> tuple[str, str] | None:
    """The recipient named in the clause: a recipient candidate (the one nearest this figure), the
    object of an issuing government, a bare object."""
    # a receiver in another clause after the figure is none of its own: "Sri Lanka sichert sich von
    # Indien ... 1 Mrd. USD, da der IWF Hilfe signalisiert"
    if (listed := _bracketed_receiver(run, fig)) is not None:
        # "relief efforts in Chad ($10 million), Haiti ($6 million)": each name of a list of receivers
        # takes the figure in brackets after it
        return state_of(listed), R_BRACKETED
    boundary = _clause_end_char(run, fig)
    candidates = [m for m in parties.recipients if not (parties.recipient_rule(m) == R_RECEIVER and m.start > boundary)]
    m = nearest_recipient(candidates, g.givers | {g.donor}, fig.amount, fig.amounts, fig.k, fig.alt_of, doc_text(run.doc))
    aided = next((c for c in candidates if m is not None and c.start > m.end and helped(run.doc, c, run.lang)), None)
    if m is not None and aided is not None and _fund_of(run, m):
        # "$30 million to NATO trust funds to help Ukraine": the fund passes the money on to the one it helps
        return state_of(aided), R_HELPED
    if m is not None:
        return state_of(m), parties.recipient_rule(m)
    if g.issuer is not None:
        m = next((d for d in g.donors if state_of(d) not in {g.issuer, None} and d.kind != "Person"), None)
        if m is not None:
            return state_of(m), R_ISSUER_OBJECT
    m = _bare_object(run, fig, g.donors, g.donor, g.givers, described=g.why == D_ANAPHOR)
    return (state_of(m), R_BARE_OBJECT) if m is not None else None


def _fund_of(run: _Run, m: ActorMention) -> bool:
    """An organisation named on a fund of its own: "NATO trust funds", "den Fonds der Weltbank"."""
    if m.kind != "Organization":
        return False
    words = [w.strip(".,;") for w in doc_text(run.doc)[m.end : m.end + 24].split()[:2]]
    heads = cue_set(run.lang, "fund_heads")
    # (a plural head counts: "NATO trust funds")
    return any(w in heads or w.lower() in heads or w.lower().rstrip("s") in heads for w in words)


def _recipient(run: _Run, fig: _Figure, parties: Parties, g: _Giver) -> str | None:
    """The recipient by the first strategy that names one; its rule joins the chain."""
    donor, givers, all_donors = g.donor, g.givers, g.all_donors
    found = _named_recipient(run, fig, parties, g)
    if found is None and g.partner is not None:
        found = g.partner, R_BORROWER
    if found is None and fig.followup and fig.followup[1]:
        found = fig.followup[1], R_FOLLOWUP
    if found is None and (key := fund_anaphor(run.doc, fig.sent, run.mentions, run.lang)) is not None:
        found = key, R_FUND
    if found is None and fig.trigger_rule == T_LISTED and (key := _list_lead_recipient(run, fig, donor)) is not None:
        # "Other announcements during the visit to Solomon Islands included: / • $3 million for rural roads"
        found = key, R_LIST_LEAD
    if found is None and has_cue(fig.sent.text, run.lang, "worldwide_markers"):
        # "Qatar will give US$10 billion to programmes across the world": money for the whole world has no one
        # receiver, and none is guessed from the article
        fig.chain.append(R_WORLDWIDE)
        return None
    if found is None:
        doc, lang = run.doc, run.lang
        silent = Silent(doc, lang, fig.in_sent, run.pledges, run.last if fig.s_index - run.last_index <= 5 else None,
                        run.country_counts, run.title_countries, run.replenished, frozenset(run.seen_givers - {donor}),
                        run.conference_for)
        nxt = fig.next
        until = nxt.start if nxt is not None else fig.sent.end_char if fig.k > 0 else 10**12
        # (the clause's subjects stand before the figure: "... to invest $7.5 billion in Egypt, following
        # Egyptian President al-Sisi's visit" leaves Egypt free to receive)
        subjects = {state_of(m) for m in all_donors if not oblique(doc, m, lang) and m.start < fig.amount.start}
        found = implicit_recipient(silent, donor, givers, fig.amount.end, subjects, until=until)
    if found is None:
        return None
    fig.chain.append(found[1])
    return found[0]


def _currency(run: _Run, fig: _Figure, donor: str, recipient: str | None = None) -> tuple[str | None, bool]:
    """The ISO code of the figure: as written, else the donor's own currency of the family
    ("Dollar" from Canada is CAD); a bare "$" restated in brackets in the donor's own dollar
    ("$6.6 billion (Can$8.9 billion)") is the family's default."""
    amount, k = fig.amount, fig.k
    if amount.shared:
        # "89 bzw. 50 Millionen Dollar", "Deutschland sagte 150 und Frankreich 100 Millionen Euro zu"
        fig.chain.append(A_SHARED_SCALE)
    if amount.currency is None and amount.family is None and _converted_into_euro(run, fig):
        # "im Umfang von umgerechnet rund 270 Millionen": German news converts into euros
        fig.chain.append(A_CONVERTED_EURO)
        return "EUR", True
    if amount.currency is None and amount.family is None and (listed := _listed_currency(run, fig)) is not None:
        # "Die USA versprachen 1,75 Milliarden Dollar, die EU-Kommission 765 Millionen": a bare figure
        # of a list takes the currency of the figure before it
        fig.chain.append(A_LISTED_CURRENCY)
        return listed, True
    if amount.currency is None and amount.family is None and (earlier := _sentence_currency(run, fig)) is not None:
        # "Statt 156 Millionen Euro will Großbritannien nun mindestens 256 Millionen geben": the unit
        # written once, at the sentence's earlier figure, is left out at the later one
        fig.chain.append(A_SENTENCE_CURRENCY)
        return earlier, True
    if amount.currency is None and amount.family is None and (previous := _previous_currency(run, fig)) is not None:
        # "... US $ 80 million for Brazil. The loan for Ecuador amounts to 400 million": a figure with no
        # currency word goes on in the currency of the article's pledge just before it
        fig.chain.append(A_PREVIOUS_CURRENCY)
        return previous, True
    code, inferred = amount.resolved(context_currency=load_lexicon().currency_of(donor))
    if inferred and amount.family and money_families()[amount.family].get("receiver_decides") and code != load_lexicon().currency_of(donor):
        # a family the donor does not use is the receiver's where it does: China's "Rs 11.40 billion" to
        # Nepal are Nepalese rupees
        own = load_lexicon().currency_of(recipient) if recipient else None
        if own in money_families()[amount.family]["members"]:
            code = own
    stated = {c for j, a in enumerate(fig.amounts) if fig.alt_of.get(j) == k for c in [a.resolved(context_currency=None)[0]] if c}
    if inferred and code in stated and amount.family:
        code = money_families()[amount.family]["default"] or code
    if inferred and code is not None:
        fig.chain.append(A_DONOR_CURRENCY)
        default = money_families()[amount.family]["default"] if amount.family else None
        if default is not None and code != default and _bare_for_outsider(run, amount.family, default):
            code = default
            fig.chain.append(A_ARTICLE_DOLLAR)
    return code, inferred


def _sentence_currency(run: _Run, fig: _Figure) -> str | None:
    """The written currency of the nearest figure before this one in its sentence, at most 100 characters back."""
    prev = next((j for j in range(fig.k - 1, -1, -1) if j not in fig.alt_of), None)
    if prev is None or fig.amount.start - fig.amounts[prev].end > 100:
        return None
    before = fig.amounts[prev]
    if before.currency is None and before.family is None:
        return None
    return before.resolved(context_currency=None)[0]


def _previous_currency(run: _Run, fig: _Figure) -> str | None:
    """The currency of the article's last pledge, if it was made at most four sentences before."""
    last = run.last
    if last is None or last.amount is None or fig.s_index - run.last_index > 4:
        return None
    return last.amount.currency


def _converted_into_euro(run: _Run, fig: _Figure) -> bool:
    """ "umgerechnet (rund) 270 Millionen" with no currency named."""
    words = cue_set(run.lang, "converted_into_euro")
    near = run.doc[max(fig.sent.start, fig.amount_tok[0] - 3) : fig.amount_tok[0]]
    return any(t.lower_ in words for t in near)


def _bare_for_outsider(run: _Run, family: str, default: str) -> bool:
    """An earlier pledge of the article gave a giver outside the family a bare sum of it ("the
    EU with $1.6 billion"): the article's bare unit is the family's default (US dollars)."""
    members = set(money_families()[family]["members"])
    lex = load_lexicon()
    # (a giver whose currency the lexicon does not know tells nothing: "Ukrainian Humanitarian Fund")
    return any(p.amount.currency_inferred and p.amount.currency == default and lex.currency_of(p.donor) not in members | {None}
               for p in run.pledges)


def _money(a: AmountMatch, code: str, inferred: bool) -> Money:
    return Money(value=a.value, currency=code, text=a.text, currency_inferred=inferred, qualifier=a.qualifier, start=a.start, end=a.end)


def _restates_earlier(run: _Run, fig: _Figure, donor: str, code: str, inferred: bool) -> bool:
    """ "Die saudische Zusage – umgerechnet gut 5,6 Milliarden Riyal": an earlier pledge of the
    same donor restated in another currency joins that pledge."""
    doc, amount = run.doc, fig.amount
    if not has_cue(doc_text(doc)[max(fig.sent.start_char, amount.start - 25) : amount.start], run.lang, "conversion_cues"):
        return False
    earlier = next((i for i in range(len(run.pledges) - 1, -1, -1) if run.pledges[i].donor == donor
                    and run.pledges[i].amount.currency != code), None)
    if earlier is None:
        return False
    fig.chain.append(CONVERSION)
    q = run.pledges[earlier]
    ev = make_evidence(fig.whole, amount.start, amount.end, run.article.id, CONVERSION, chain=tuple(fig.chain))
    run.pledges[earlier] = replace(q, alt_amounts=q.alt_amounts + (_money(amount, code, inferred),), evidence=q.evidence + (ev,))
    run.decisions.append(Decision(fig.whole.text.strip(), amount.text, amount.start, amount.end, tuple(fig.chain),
                                  fact=run.pledges[earlier]))
    return True


def _cumulative(run: _Run, fig: _Figure) -> bool:
    """running totals: "seit 2022 insgesamt", "so far", "in total"; unless the amount itself is
    called new ("weitere zwei Milliarden seit ...", "an additional $500m"); "its largest package
    so far" ranks one pledge, it sums none."""
    text, lang, amount, sent = doc_text(run.doc), run.lang, fig.amount, fig.sent
    # with several figures, a cue counts for the figure of its own stretch: in "$260m from Japan, ...
    # $100m from the EU - take the total to $3bn" only the $3bn is a total
    nxt = fig.next
    after = text[amount.end : nxt.start if nxt is not None else sent.end_char]
    if fig.k > 0 or nxt is not None:
        after = re.split(r"[,;:]", after, maxsplit=1)[0]  # (after the figure, up to the next comma)
    own = text[fig.prev_end : amount.start] + " " + after
    return ((fig.trigger_rule == "pledge.total" or has_cue(own, lang, "cumulative"))
            and not _new_before(run, fig) and not has_cue(sent.text, lang, "superlatives"))


def _new_before(run: _Run, fig: _Figure) -> bool:
    """A new-marker in the words before the figure ("an additional $500m", "weitere zwei Milliarden
    seit ..."), not inside a name ("New Zealand has given ...")."""
    markers = cue_set(run.lang, "new_markers")
    a0 = fig.amount_tok[0]
    return any(t.lower_ in markers and not t.ent_type_ for t in run.doc[max(fig.sent.start, a0 - 6) : a0])


def _container(run: _Run, fig: _Figure, made: dict[int, Pledge]) -> Pledge | None:
    """components: "davon 835 Millionen", "darin enthalten", "of which", "including": the
    package of the previous figure, or of the previous pledge within two sentences."""
    text = doc_text(run.doc)
    before = text[fig.sent.start_char : fig.amount.start]
    if fig.trigger_rule == T_DONOR_LIST:
        return None  # ("Other donors included Kenya with $200,000": more givers, no part of the last one's)
    # "including this package" looks back: the figure holds the package, it is not one of its parts
    if not has_cue(before, run.lang, "part_of") or has_cue(before, run.lang, "part_of_this"):
        return None
    # "the new donation comes as part of the total $8.2 billion", "als Teil eines 500 Millionen Euro schweren
    # Pakets": the figure right after "part of" is the whole the other money belongs to, not one of its parts
    if _right_after_cue(before, run.lang, "part_of_whole"):
        return None
    if fig.k - 1 in made:
        # (only with the cue after that figure: "Unter anderem hätten X und Y 89 bzw. 50 Millionen" lists no part)
        if has_cue(text[fig.prev_end : fig.amount.start], run.lang, "part_of"):
            return made[fig.k - 1]
        # (the next part of the same list: "composed of a $500 million loan ..., a $1.25 billion grant from
        # the United States, and a $15 million grant from Finland")
        prev = made[fig.k - 1]
        if prev.part_of is not None and "," in text[fig.prev_end : fig.amount.start]:
            return next((q for q in run.pledges if q.key == prev.part_of), None)
        return None
    return run.last if run.last and fig.s_index - run.last_index <= 2 else None


def _right_after_cue(before: str, lang: str, name: str) -> bool:
    """The text right before a figure ends in one of the cues ``name`` (an "of" after it aside:
    "part of the total of $8 billion")."""
    tail = re.sub(r"\s+(of|von)$", "", before.rstrip(), flags=re.IGNORECASE).lower()
    return any(re.search(rf"(?<!\w){re.escape(cue.lower())}$", tail) for cue in cues(lang)[name])


def _from_many(run: _Run, fig: _Figure) -> bool:
    """A receiver's money from many givers: "Yemen received only $2.2 billion in donor support"."""
    many = cue_set(run.lang, "donor_modifiers") | cue_set(run.lang, "collective_donors")
    return fig.trigger_rule == T_RECEIVE and any(t.text in many or t.lower_ in many for t in fig.sent)


def _agentless_passive(run: _Run, fig: _Figure) -> bool:
    """The cue is the participle of a passive whose clause names no one: "74,5 Millionen Euro werden ...
    bereitgestellt", "€74.5 million will be provided for"."""
    t, lang = fig.trigger, run.lang
    # (a place after a preposition or a people's adjective names no giver: "Im Tschad", "sudanesischer Flüchtlinge")
    if t is None or any(m.form != "adjective" and (m.kind != "Country" or not oblique(run.doc, m, lang)) for m in fig.in_sent):
        return False
    if lang == "en":
        return _passive_cue(fig, lang)
    return t.is_lower and any(x.lower_ in cue_set(lang, "passive_auxiliaries") for x in run.doc[fig.sent.start : t.i])


def _passive_cue(fig: _Figure, lang: str) -> bool:
    """The cue is itself the participle of a passive ("will be provided by"), not a participle on a
    noun ("a loan guaranteed by the United Kingdom")."""
    t = fig.trigger
    return t.i > 0 and t.doc[t.i - 1].lower_ in cue_set(lang, "passive_auxiliaries")


def _make(run: _Run, fig: _Figure, donor: str, recipient: str, code: str, inferred: bool, made: dict[int, Pledge]) -> Pledge:
    lang, amount, sent = run.lang, fig.amount, fig.sent
    alts = tuple(_money(a, c, i) for j, a in enumerate(fig.amounts) if fig.alt_of.get(j) == fig.k
                 for c, i in [a.resolved(context_currency=None)] if c)
    if alts:
        fig.chain.append(A_BRACKETED)
    cumulative = _cumulative(run, fig)
    kind = _kind(sent, amount, lang)
    announcer = fig.announcer
    container = _container(run, fig, made)
    part_of = container.key if container is not None else None
    if container is not None:
        fig.chain.append(F_PART_OF)
        cumulative = False
        registered = next((q for q in run.pledges if q.key == part_of), None)
        if registered is not None:
            # a component has its package's donor ("The package includes A$2.5m for kits
            # delivered by the Red Cross": Australia gives) and, without its own, its kind
            # (but a part named with a giver of its own keeps it: "a $1.25 billion grant from the United States",
            # "Of the total, $20 billion will be provided by the United States")
            own_giver = (D_FROM_AFTER in fig.chain or R_PASSIVE in fig.chain and _passive_cue(fig, run.lang)) and donor != registered.donor
            if registered.donor != donor and not own_giver:
                fig.chain.append(D_COMPONENT)
            if recipient == registered.donor:
                fig.chain.append(R_COMPONENT)
            donor, recipient = donor if own_giver else registered.donor, registered.recipient if recipient == registered.donor else recipient
            kind = registered.kind if kind == "other" else kind
            announcer = announcer or registered.announced_by
    if cumulative:
        fig.chain.append(F_CUMULATIVE)
    trigger = fig.trigger
    evidence = make_evidence(fig.whole, min(trigger.idx, amount.start), max(trigger.idx + len(trigger.text), amount.end),
                             run.article.id, fig.trigger_rule, chain=tuple(fig.chain))
    return Pledge(donor=donor, recipient=recipient, amount=_money(amount, code, inferred), evidence=(evidence,), kind=kind,
                  alt_amounts=alts, cumulative=cumulative, part_of=part_of, announced_by=announcer,
                  date=find_date(fig.whole.text, lang=lang, published=run.published), occasion=_occasion(sent, fig.in_sent, lang))


def _distribute(run: _Run, fig: _Figure, pledge: Pledge, all_donors: list[ActorMention]) -> None:
    """ "Macron und Trudeau stellten jeweils 100 Millionen Euro in Aussicht", "which each pledged
    $500 million": the same figure from every giver named before it."""
    givers = [m for m in all_donors if m.start >= fig.prev_end]
    for other in distributed(run.doc, fig.sent, fig.amount_tok, givers, pledge.recipient, pledge.donor, run.lang):
        _add_copy(run, fig, pledge, D_DISTRIBUTIVE, donor=other, announced_by=None)


def _distribute_receivers(run: _Run, fig: _Figure, pledge: Pledge, receivers: list[ActorMention]) -> None:
    """ "Barbados and Jamaica will each receive $250,000", "Lettland und Estland erhalten jeweils 5 Millionen
    Euro": every receiver named before a distributive figure of receiving gets it."""
    if fig.trigger_rule != T_RECEIVE:
        return
    since = [m for m in receivers if m.start >= fig.prev_end]
    for other in distributed(run.doc, fig.sent, fig.amount_tok, since, pledge.donor, pledge.recipient, run.lang):
        _add_copy(run, fig, pledge, R_DISTRIBUTIVE, recipient=other)


def _add_copy(run: _Run, fig: _Figure, pledge: Pledge, why: str, **changes) -> None:
    """The pledge again with other parties (``changes``), the rule that made the copy last in its chain."""
    ev = pledge.evidence[0]
    chain = (*ev.chain, why)
    extra = replace(pledge, **changes, evidence=(replace(ev, chain=chain),))
    run.pledges.append(extra)
    run.decisions.append(Decision(fig.whole.text.strip(), fig.amount.text, fig.amount.start, fig.amount.end, chain, fact=extra))


def _as_did(run: _Run, fig: _Figure, pledge: Pledge) -> None:
    """ "The UAE pledged $500 million, as did the Islamic Development Bank": the giver named right
    after the figure with "as did"/"ebenso wie" gives the same figure to the same recipient."""
    text = doc_text(run.doc)
    nxt = fig.next
    if nxt is not None and nxt.start < fig.sent.end_char:
        return  # ("as did Kuwait with $1 billion": the giver has its own figure)
    after = text[fig.amount.end : fig.sent.end_char]
    link = next((w for w in cues(run.lang)["same_figure_links"] if re.search(rf"^[^.;]{{0,40}}?\b{re.escape(w)}\b", after)), None)
    if link is None:
        return
    at = fig.amount.end + after.index(link) + len(link)
    for m in fig.in_sent:
        other = state_of(m)
        if at <= m.start <= at + 6 and other not in (None, pledge.donor, pledge.recipient):
            _add_copy(run, fig, pledge, D_AS_DID, donor=other, announced_by=None)
            return


def _clause(sent: Span, i: int) -> Span:
    """The part of the sentence between semicolons or colons that holds token ``i``."""
    doc = sent.doc
    start = next((t.i + 1 for t in reversed(doc[sent.start : i]) if t.text in (";", ":")), sent.start)
    end = next((t.i + 1 for t in doc[i : sent.end] if t.text in (";", ":")), sent.end)
    return doc[start:end]


def _pending(run: _Run, sent: Span, s_index: int) -> tuple[int, str, str | None] | None:
    """A sentence that announces aid with a verb but gives no figure: (index, donor, recipient).

    "Spanien sagt der Ukraine ein weiteres Militärpaket zu." The figure may follow in the
    next sentences; the sentence must name the aid (an aid noun) and its giver.
    """
    doc, lang = run.doc, run.lang
    end = (sent.end, sent.end)
    trig = find_trigger(sent, end, lang)
    if trig is None or trig[1] not in PENDING_TRIGGERS:
        return None
    if not any(is_aid_noun(t, lang) for t in sent) or blocked(sent, trig[0], end, lang):
        return None
    in_sent = mentions_between(run.mentions, sent.start_char, sent.end_char)
    parties = choose_parties(doc, sent, trig[0], end, in_sent, lang)
    donor = state_of(parties.donors[0]) if parties.donors else None
    if donor is None:
        return None
    recipient = next((state_of(m) for m in parties.recipients if state_of(m) not in {donor, None}), None)
    return s_index, donor, recipient


def _followup(pending: tuple[int, str, str | None] | None, s_index: int, in_sent: list[ActorMention]) -> tuple[str, str | None] | None:
    """(donor, recipient) of the pending pledge whose figure this sentence gives: at most two
    sentences on, and no other state or organisation named in between."""
    if pending is None or s_index - pending[0] > 2:
        return None
    _, donor, recipient = pending
    others = {state_of(m) for m in in_sent if m.kind != "Person"} - {donor, recipient}
    return None if others else (donor, recipient)


def _occasion(sent: Span, in_sent: list[ActorMention], lang: str) -> str | None:
    """ "auf dem G7-Gipfel", "at the NATO summit": the summit a pledge was made at."""
    summit_words = {w for w, t in cues(lang)["meeting_nouns"].items() if t == "summit"}
    for tok in sent:
        if tok.text in summit_words or tok.lower_ in summit_words:
            for m in in_sent:
                if m.kind == "Organization" and 0 <= tok.idx - m.end <= 3:
                    return f"{m.name} summit"
    return None


def merge_restated(pledges: list[Pledge]) -> list[Pledge]:
    """One pledge per real-world pledge in an article: restatements add evidence (``graph.merge``).
    Within one article the same figure between the same parties is one fact: where one sentence
    reads it as a running total ("support this year reaches £4.5bn"), so do its restatements."""
    totals = {replace(p, cumulative=False).key for p in pledges if p.cumulative}
    pledges = _whole_territory(pledges)
    return _fold_conversions(merge_pledges([replace(p, cumulative=True) if not p.cumulative and p.key in totals else p for p in pledges]))


def _whole_territory(pledges: list[Pledge]) -> list[Pledge]:
    """ "$30M more in Gaza aid" (headline), "$30 million ... for Palestinians in Gaza" (body) and "Canada's
    funding for Gaza ... more than $370 million": a giver's aid to a territory, in an article where the
    same giver gives to the state it belongs to, goes to the state."""
    lex = load_lexicon()
    pairs = {(p.donor, p.recipient) for p in pledges}
    out = []
    for p in pledges:
        entry = lex.entry(p.recipient) if p.recipient else None
        whole = entry.part_of if entry is not None else None
        out.append(replace(p, recipient=whole) if whole and (p.donor, whole) in pairs else p)
    return out


def _fold_conversions(pledges: list[Pledge]) -> list[Pledge]:
    """A figure the article gives elsewhere with its conversion ("Weltbank genehmigt 450 Millionen
    Euro ..." above "ein 489 Millionen Dollar (450 Millionen Euro) schweres Hilfspaket") is that
    pledge: it joins the one that names both sums."""
    out = list(pledges)
    for p in pledges:
        if not p.alt_amounts or p not in out:
            continue
        for q in [q for q in out if q is not p and q.amount is not None and (q.donor, q.recipient, q.cumulative) == (p.donor, p.recipient, p.cumulative)
                  and any(a.currency == q.amount.currency and abs(a.value - q.amount.value) <= a.value / 100 for a in p.alt_amounts)]:
            i = out.index(p)
            out[i] = p = merge_pledge(p, replace(q, amount=None))
            out.remove(q)
    return out
