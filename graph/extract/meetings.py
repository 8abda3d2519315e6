"""Meetings: who met whom, where, when, in what form.

``find_meetings(doc, article, mentions, lang=..., published=...)`` is pure.
A meeting needs a cue (a meeting noun or verb) and at least one participant;
``merge_meetings`` then makes one record per real meeting in the article.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from graph.extract.actors import is_locative, mentions_between
from graph.extract.cues import cue_set, cues
from graph.extract.dates import find_date, find_weekday
from graph.extract.evidence import make_evidence
from graph.extract.persons import is_title_token, role_index
from graph.lexicon import load_lexicon
from graph.model import ActorMention, Article, Meeting

PLACE_PREPS = {"de": {"in", "im", "nach"}, "en": {"in", "at"}}
VISIT_PREPS = {"de": {"nach"}, "en": {"to"}}
COORD = {"und", "sowie", "and", ",", "dem", "der", "den", "die", "des", "the", "mit", "with", "-", "&"}
MEETING_SUFFIXES_DE = ("treffen", "treffens", "gipfel", "gipfels", "gespräch", "gespräche", "gesprächen", "besuch", "besuchs", "telefonat", "konferenz", "videokonferenz")


def _meeting_type(token: Token, lang: str) -> str | None:
    nouns = cues(lang)["meeting_nouns"]
    # "press conference", "news conference"; a conference of its own is a summit-like gathering
    if token.lower_ in {"conference", "conferences"}:
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        return "press_conference" if prev in {"press", "news"} else "summit"
    # "a telephone conversation": some nouns are meetings only with their modifier
    modifiers = cues(lang)["modified_meeting_nouns"].get(token.lower_)
    if modifiers and token.i > 0 and token.nbor(-1).lower_ in modifiers:
        return "meeting"
    if token.text in nouns:
        return nouns[token.text]
    if token.lower_ in nouns:
        return nouns[token.lower_]
    if lang == "de" and token.text[:1].isupper():
        low = token.lower_
        for suffix in MEETING_SUFFIXES_DE:
            if low.endswith(suffix):
                base = {"treffen": "meeting", "treffens": "meeting", "gipfel": "summit", "gipfels": "summit", "besuch": "visit", "besuchs": "visit",
                        "telefonat": "call", "konferenz": "summit", "videokonferenz": "video"}.get(suffix, "meeting")
                return base
    # German separable verbs: "kommen ... zusammen", "setzten sich ... zusammen"
    particle = cues(lang)["meeting_particle_verbs"].get(token.lower_)
    if particle and any(t.lower_ == particle and t.i > token.i and (t.i + 1 >= len(t.doc) or t.nbor(1).is_punct) for t in token.sent):
        return "meeting"
    verbs = cue_set(lang, "meeting_verbs")
    if token.lower_ in verbs or token.lemma_ in verbs:
        if token.lower_ in {"besuchen", "besuchte", "besucht", "visit", "visited", "visits", "visiting", "eingetroffen", "arrived", "arrive", "arrives",
                            "reiste", "reisten", "gereist", "reist", "travelled", "traveled", "travels"}:
            return "visit"
        if token.lower_.startswith(("telefon", "phoned", "called")):
            return "call"
        return "meeting"
    return None


def _clause_bounds(sent: Span, i: int) -> tuple[int, int]:
    """The tokens around i up to a colon, semicolon, dash or quotation boundary."""
    doc = sent.doc
    lo = i
    while lo > sent.start and doc[lo - 1].text not in {";", ":", "–", "—", "„", "“", "\"", "«", "»"}:
        lo -= 1
    hi = i + 1
    while hi < sent.end and doc[hi].text not in {";", ":", "–", "—", "„", "“", "\"", "«", "»", "."}:
        hi += 1
    return lo, hi


def _list_after(doc: Doc, start: int, end: int, by_token: dict[int, ActorMention], lang: str) -> list[ActorMention]:
    """A coordinated list of actors after "mit"/"zwischen"/"with": stops at the first word
    that is neither an actor, a role, an article, an adjective nor a conjunction."""
    out = []
    i = start
    roles = role_index(doc).tokens
    while i < end:
        tok = doc[i]
        m = by_token.get(i)
        if m is not None:
            if not (m.metonymic and m.kind == "Country" and _modifies_person(doc, i, by_token)):
                out.append(m)
            i = doc.char_span(m.start, m.end, alignment_mode="expand").end
            continue
        if tok.text == "(" and i + 2 < end and doc[i + 2].text == ")":
            i += 3  # "der Afrikanischen Union (AU), Moussa Faki": an acronym in brackets
            continue
        if tok.text in COORD or tok.lower_ in COORD or i in roles or is_title_token(tok, lang) or tok.text[:1].islower() and tok.text.endswith(("en", "e", "er", "em", "n")) and tok.is_alpha:
            i += 1
            continue
        break
    return out


def _modifies_person(doc: Doc, i: int, by_token: dict[int, ActorMention]) -> bool:
    """ "US-Präsident Donald Trump", "dem ukrainischen Präsidenten Selenskyj": the country is the person's affiliation."""
    for j in range(i + 1, min(i + 5, len(doc))):
        m = by_token.get(j)
        if m is not None:
            return m.kind == "Person"
    return False


def _place(sent: Span, trigger: Token, lang: str, in_sent: list[ActorMention], *, visit: bool = False) -> str | None:
    # ``sent`` is the clause of the cue; a visit also goes "to"/"nach" its place
    """ "in Kiew", "im Weißen Haus", "in Kananaskis", "at the White House"."""
    lex = load_lexicon()
    doc = sent.doc
    for ent in sent.ents:
        form = lex.lookup(ent.text, lang)
        if form is not None and form.form in ("capital", "metonym", "name", "alias") and ent.label_ == "Country" or (
            form is not None and form.form in ("capital", "metonym")
        ):
            if (is_locative(ent, lang) or visit) and _prep_before(ent) in PLACE_PREPS[lang] | (VISIT_PREPS[lang] if visit else set()):
                return place_name(ent.text, lang)
    preps = PLACE_PREPS[lang] | (VISIT_PREPS[lang] if visit else set())
    for tok in sent:
        if tok.lower_ in preps and tok.i + 1 < sent.end:
            nxt = doc[tok.i + 1]
            if nxt.text[:1].isupper() and not nxt.ent_type_ and nxt.is_alpha and nxt.text not in cue_set(lang, "meeting_nouns") and _looks_like_place(nxt, lang):
                return nxt.text
    return None


def _prep_before(span: Span) -> str:
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in {"der", "dem", "den", "die", "das", "the"}:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def places_compatible(a: str | None, b: str | None, lang: str = "en") -> bool:
    """Kyiv and Ukraine are one place for a meeting; Kyiv and Berlin are not."""
    if not a or not b or a == b:
        return True
    ca, cb = place_country(a, "en") or place_country(a, "de"), place_country(b, "en") or place_country(b, "de")
    return ca is not None and ca == cb


def place_name(text: str, lang: str) -> str:
    """The English name of a capital ("Kiew" -> "Kyiv"); other places as written."""
    lex = load_lexicon()
    form = lex.lookup(text, lang)
    if form is not None and form.form == "capital":
        if capital := lex.capital_of(form.key, "en"):
            return capital
    if form is not None and form.form in ("name", "alias") and (entry := lex.entry(form.key)):
        return entry.label("en")
    return text


def place_country(place: str, lang: str) -> str | None:
    """The country a place (a capital or the country itself) belongs to."""
    lex = load_lexicon()
    for code in (lang, "en"):
        form = lex.lookup(place, code)
        if form is not None and form.key.startswith("country:") and form.form in ("capital", "name", "alias"):
            return form.key
    return None


def _looks_like_place(tok: Token, lang: str) -> bool:
    from graph.extract.persons import is_common_word

    return not is_common_word(tok.text, lang) and not tok.text.endswith(("ung", "heit", "keit", "tion"))


def find_meetings(doc: Doc, article: Article, mentions: list[ActorMention], *, lang: str, published: date | None = None) -> list[Meeting]:
    lex = load_lexicon()
    c = cues(lang)
    by_token: dict[int, ActorMention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            by_token.setdefault(span.start, m)
    by_end = _by_end(doc, mentions)
    out: list[Meeting] = []
    prev_persons: list[ActorMention] = []
    for sent in doc.sents:
        in_sent = mentions_between(mentions, sent.start_char, sent.end_char)
        for tok in sent:
            mtype = _meeting_type(tok, lang)
            if mtype is None:
                continue
            # German "nahm an einem Treffen teil", "traf ... ein": the noun or particle decides
            if tok.lower_ in {"nahm", "nahmen", "teilnehmen", "teilgenommen", "attend", "attended", "held", "hold", "holds", "kamen", "sat"}:
                continue
            # "received $40 million", "empfing 500 Millionen": a transaction, not a meeting
            if not tok.text[:1].isupper() and _money_follows(doc, tok, lang):
                continue
            lo, hi = _clause_bounds(sent, tok.i)
            window = doc[lo:hi]
            words = {t.text for t in window} | {t.lower_ for t in window}
            # an interview with a newspaper or broadcaster is not a meeting
            left = {t.lower_ for t in doc[max(lo, tok.i - 3) : tok.i]} | {t.text for t in doc[max(lo, tok.i - 3) : tok.i]}
            if left & cue_set(lang, "interview_cues") or tok.text in cue_set(lang, "interview_cues"):
                continue
            # "on the sidelines of the summit", "am Rande des Gipfels": the summit is the occasion
            if mtype == "summit" and _other_cue(sent, tok, lang) and any(
                t.lower_ in cue_set(lang, "occasion_markers") or t.text in cue_set(lang, "occasion_markers") for t in doc[max(sent.start, tok.i - 4) : tok.i]
            ):
                continue
            if mtype == "visit" and tok.lower_ in {"traf", "trifft", "trafen"}:
                mtype = "meeting"
            # "traf ... in Kiew ein": arrival for a visit
            particle = c["visit_particles"].get(tok.lower_)
            if particle and any(t.lower_ == particle and (t.i + 1 >= len(doc) or doc[t.i + 1].is_punct) for t in window):
                mtype = "visit"
            for hint, htype in c["meeting_type_hints"].items():
                if hint in words and htype in ("video", "call"):
                    mtype = htype
            participants: list[ActorMention] = []
            with_list: list[ActorMention] = []
            negated = False
            # "X-Y-Gipfel": the names in the compound are the parties
            k = tok.i - 1
            compound = []
            while k - 1 >= sent.start and doc[k].text == "-" and (m := by_token.get(k - 1)) is not None:
                compound.append(m)
                k -= 2
            # ... and an organisation holds its own ("G7-Gipfel"); but a single country there is
            # the topic: "Syrien-Konferenz", "Ukraine-Gespräche"
            if compound and (len(compound) >= 2 or compound[0].kind != "Country"):
                participants = list(compound)
                # "Selenskyj wird beim EU-Gipfel erwartet", "Merz nimmt am G7-Gipfel teil": the subject attends
                # (only where the summit is attended: "beim", "am", "auf dem", "at the", not "nach dem")
                first = doc[k] if k >= sent.start else None
                while first is not None and first.i > sent.start and first.lower_ in {"dem", "der", "den", "the", "a", "an"}:
                    first = doc[first.i - 1]
                if first is not None and first.lower_ in {"beim", "am", "zum", "auf", "at", "to", "attend", "attended", "attends", "attending"}:
                    start = _subject_start(doc, lo, tok.i, by_token)
                    participants += [m for m in in_sent if m.kind == "Person" and start <= _tok(doc, m) < tok.i
                                     and not _after_preposition(doc, m, lang) and m.key not in {p.key for p in participants}]
            else:
                # "mit X", "zwischen X und Y", "with X": after the cue, or before a German clause-final verb
                # (English puts "with" after its verb: "held talks with Meloni and was received by ...")
                back = list(range(tok.i - 1, max(lo, tok.i - 9), -1)) if lang == "de" else []
                for j in list(range(tok.i + 1, min(hi, tok.i + 4))) + back:
                    if doc[j].lower_ in cue_set(lang, "with_preps"):
                        with_list = _list_after(doc, j + 1, hi, by_token, lang)
                        break
                lo = _subject_start(doc, lo, tok.i, by_token)
                # "Carney, who spoke with Zelensky by phone": the relative pronoun's antecedent is the subject
                antecedent = None
                if lo > sent.start + 1 and doc[lo - 1].text == "," and doc[lo].lower_ in {"who", "der", "die", "welcher", "welche"}:
                    antecedent = next((m for m in reversed(in_sent) if m.kind == "Person" and _tok(doc, m) < lo - 1
                                       and doc.char_span(m.start, m.end, alignment_mode="expand").end == lo - 1), None)
                # the subject: actors before the cue in the clause (persons first)
                subject = [m for m in in_sent if lo <= _tok(doc, m) < tok.i and not is_locative_m(doc, m, lang)
                           and not _after_preposition(doc, m, lang) and not (m.kind == "Country" and _compound_modifier_of(doc, m))
                           and not (m.kind == "Organization" and _modifies_person_noun(doc, m, lang))]
                subject = [m for m in subject if not (m.metonymic and m.kind == "Country" and _modifies_person(doc, _tok(doc, m), by_token))]
                if antecedent is not None:
                    subject = [antecedent] + subject
                # "..., Bolormaa Amgaabazar, said after meeting Prime Minister Sharif", "sagte nach dem
                # Treffen mit ...": the speaker took part
                speech = next((t for t in doc[max(sent.start, tok.i - 4) : tok.i] if t.lower_ in cue_set(lang, "speech_verbs")), None)
                if speech is not None and not any(m.kind == "Person" for m in subject):
                    speaker = next((m for m in reversed(in_sent) if m.kind == "Person" and _tok(doc, m) < speech.i
                                    and speech.i - doc.char_span(m.start, m.end, alignment_mode="expand").end <= 2), None)
                    if speaker is not None:
                        subject = [speaker] + subject
                persons = [m for m in subject if m.kind == "Person"]
                subject = persons or [m for m in subject if not m.metonymic or m.kind == "Organization"]
                # negation: "X werde nicht an dem Treffen teilnehmen" removes X, the meeting stays;
                # "ein Treffen ist nicht geplant", "they did not meet": no meeting at all
                stop = next((j for j in range(tok.i + 1, hi) if doc[j].text == ","), hi)
                clause = doc[max(lo, tok.i - 8) : min(stop, tok.i + 14)]
                # "the meeting was called off", "das Treffen wurde abgesagt": no meeting
                if any(cue in clause.text for cue in cues(lang)["cancel_cues"]):
                    continue
                negated = any(t.lower_ in cue_set(lang, "negations") for t in clause)
                if negated:
                    if not any(t.lower_ in cue_set(lang, "attend_verbs") or t.lemma_ in cue_set(lang, "attend_verbs") for t in clause):
                        continue
                    subject = []
                participants = subject + with_list
                # a verb cue takes the persons of its own clause as objects: "Merz empfing Starmer";
                # a comma before a name only opens an apposition ("den UN-Hochkommissar, Filippo Grandi,")
                if not with_list and not tok.text[:1].isupper():
                    stop = next((j for j in range(tok.i + 1, hi) if doc[j].text == "," and not (j + 1 in by_token and by_token[j + 1].kind == "Person")), hi)
                    participants += [m for m in in_sent if tok.i < _tok(doc, m) < stop and m.kind == "Person"]
                # German verb-second: the subject may follow the verb ("Noch am Vormittag kam Pistorius
                # mit ... zusammen", "trafen sich die Sicherheitsberater Deutschlands, Frankreichs ... mit Jermak")
                elif lang == "de" and not tok.text[:1].isupper() and not any(p.kind == "Person" and _tok(doc, p) < tok.i for p in participants):
                    first_with = next((j for j in range(tok.i + 1, hi) if doc[j].lower_ in cue_set(lang, "with_preps")), hi)
                    taken = {p.key for p in participants}
                    participants += [m for m in in_sent if tok.i < _tok(doc, m) < first_with and m.key not in taken
                                     and not _after_preposition(doc, m, lang) and m.form != "adjective"]
                # genitive attendees: "Treffen der NATO-Militärchefs", "Koalitionstreffen"
                if tok.text[:1].isupper() and len(participants) < 2:
                    participants += _attendees_after(doc, tok, hi, by_token)
                    participants += _compound_modifier(tok, mentions, lang)
                # a pronoun stands for the subject only where no person is the subject already
                # ("McGuinty met his Ukrainian counterpart": "his" is McGuinty)
                # (English only: a German verb-final clause puts the object before the verb)
                has_subject = lang == "en" and any(p.kind == "Person" and _tok(doc, p) < tok.i for p in participants)
                if len({p.key for p in participants if p.kind == "Person"}) < 2 and not negated and not has_subject:
                    near = doc[max(sent.start, tok.i - 3) : tok.i]
                    taken = {p.key for p in participants}
                    earlier = [m for m in in_sent if m.kind == "Person" and m.end <= tok.idx and m.key not in taken and _tok(doc, m) < lo]
                    # a possessive ("nach seinem Treffen mit Trump") points at the subject of the same sentence
                    if any(t.text in cue_set(lang, "possessives") for t in near):
                        ref = next((m for m in in_sent if m.kind == "Person"), None)
                        if ref is not None and ref.key not in taken:
                            participants.append(ref)
                    # a personal pronoun next to the cue ("erklärte er", "he met") is the last person named before
                    elif (prev_persons or earlier) and (
                        any(t.text in cue_set(lang, "pronouns_person") for t in doc[max(sent.start, lo, tok.i - 10) : min(sent.end, tok.i + 6)])
                        # German "sie" is "she" with a verb in the singular: "wo sie Selenskyj traf"
                        or (not tok.text[:1].isupper() and not tok.lower_.endswith("en") and t_she(doc, sent, tok, lang))
                        # a sentence opened by a pronoun ("Er wurde ... begleitet und traf sich mit ...")
                        or doc[sent.start].text in cue_set(lang, "pronouns_person")
                        # German "Sie telefonierte ...": a sentence-initial "Sie" with a verb in the singular
                        or (lang == "de" and doc[sent.start].text == "Sie" and sent.start + 1 < sent.end
                            and doc[sent.start + 1].is_lower and not doc[sent.start + 1].lower_.endswith("en"))
                    ):
                        # a person earlier in the same sentence ("Baerbock reiste nach Kiew, wo sie ...") comes first
                        ref = earlier[0] if earlier else prev_persons[-1]
                        if ref.key not in taken:
                            participants.append(ref)
            # "spoke to reporters", "sprach von einem Erfolg": a verb of talking meets someone only
            # with a named counterpart after it ("spoke with Xi", "sprach mit Modi", "spoke to Zelensky")
            if lang == "en" and (tok.lower_ in c["meeting_nouns"] or tok.lower_ in {"conference", "conferences"}):
                # "the G20 summit", "an EU-China summit", "a Biden-Xi meeting": names that modify the noun
                # take part too (a single country is the topic: "the Ukraine talks")
                modifiers = _modifiers_before(doc, tok, by_end, sent.start)
                if len(modifiers) >= 2 or (modifiers and modifiers[0].kind != "Country"):
                    participants += [m for m in modifiers if m.key not in {p.key for p in participants}]
            participants += _counterparts(doc, lo, hi, participants, by_token, lang)
            if tok.lower_ in cue_set(lang, "conversation_verbs") and not with_list and not any(_tok(doc, p) > tok.i for p in participants):
                continue
            participants = [p for p in participants if not (lex.entry(p.key) and lex.entry(p.key).media) and p.form != "bracket"]
            # a summit hosted or attended by an organisation's official is that organisation's summit
            if mtype == "summit":
                orgs = {p.affiliation for p in participants if p.kind == "Person" and (p.affiliation or "").startswith("org:")}
                for key in sorted(orgs - {p.key for p in participants}):
                    named = next((m for m in in_sent if m.key == key), None)
                    participants.append(named or _org_mention(key, participants))
            # "Biden und Erdogan besprechen Konflikte am Rande des Nato-Gipfels", "APEC Summit: Biden holds
            # talks with ...": a gathering named only by its organisation is attended by the sentence's subjects
            if participants and all(p.kind == "Organization" for p in participants) and mtype in ("summit", "meeting") and not negated:
                taken = {p.key for p in participants}
                participants += [m for m in in_sent if m.kind == "Person" and m.key not in taken
                                 and not _after_preposition(doc, m, lang) and not is_locative_m(doc, m, lang)
                                 and m.form != "genitive" and not doc.text[m.end : m.end + 1] == "s" and not doc.text[m.end : m.end + 2] in ("'s", "’s")]
            if not participants:
                continue
            place = None if mtype in ("video", "call") else _place(doc[lo:hi], tok, lang, in_sent, visit=mtype == "visit")
            # "Anand visits Jordan", "besuchte Polen": the visited country is place and host
            if mtype == "visit" and not tok.text[:1].isupper():
                visited = next((by_token[j] for j in range(tok.i + 1, min(hi, tok.i + 3)) if j in by_token and by_token[j].kind == "Country"), None)
                if visited is not None and not visited.metonymic:
                    place = place or visited.name
                    participants.append(visited)
            # "co-hosted by the EU, France and Germany", "ausgerichtet von ...": the hosts take part
            for j in range(tok.i + 1, min(hi, tok.i + 6)):
                if doc[j].lower_ in {"hosted", "co-hosted", "organised", "organized", "convened", "ausgerichtet", "veranstaltet", "einberufen"}:
                    if j + 1 < hi and doc[j + 1].lower_ in {"by", "von"}:
                        participants += _list_after(doc, j + 2, hi, by_token, lang)
                    break
            planned = any(t.lower_ in cue_set(lang, "planned_cues") for t in doc[max(lo, tok.i - 6) : min(hi, tok.i + 2)])
            # a future auxiliary anywhere before the cue in its clause: "Biden will meet Xi at the G20 summit"
            planned = planned or any(t.lower_ in cue_set(lang, "future_auxiliaries") for t in doc[lo : tok.i])
            # a visit: the host country takes part ("Besuch in Kiew" -> Ukraine)
            keys = sorted({p.key for p in participants})
            if mtype == "visit" and place:
                host = place_country(place, lang)
                if host and host not in keys:
                    keys = sorted(keys + [host])
            evidence = make_evidence(sent, tok.idx, tok.idx + len(tok.text), article.id, f"meeting.{mtype}")
            out.append(Meeting(participants=tuple(keys), evidence=(evidence,), type=mtype,
                               status="planned" if planned else "held", place=place,
                               date=find_date(window.text, lang=lang, published=published, planned=planned),
                               virtual=mtype == "video", weekday=find_weekday(window.text, lang=lang)))
        persons_here = [m for m in in_sent if m.kind == "Person"]
        if persons_here:
            prev_persons = persons_here[:1] if persons_here[0].start - sent.start_char < 60 else persons_here
    return [m for m in (_host_or_drop(m, lang) for m in merge_meetings(out, mentions)) if m is not None]


def _money_follows(doc: Doc, tok: Token, lang: str) -> bool:
    from graph.extract.amounts import find_amounts

    after = doc[tok.i + 1 : min(len(doc), tok.i + 7)]
    return bool(after) and bool(find_amounts(after.text, lang=lang))


def _host_or_drop(m: Meeting, lang: str) -> Meeting | None:
    """A meeting has two parties. One participant is enough for a body meeting on its
    own ("Treffen der NATO-Militärchefs"); a single person or country needs a stated
    place, whose country then hosts ("nach den Treffen in Finnland")."""
    if len(m.participants) >= 2 or m.participants[0].startswith("org:"):
        return m
    if not m.place:
        return None
    host = place_country(m.place, lang) or place_country(m.place, "en")
    if host and host not in m.participants:
        return replace(m, participants=tuple(sorted(m.participants + (host,))))
    return None  # still one person or country alone: no one to meet


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


RELATIVES = frozenset({"who", "which", "whose", "whom", "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "the", "a"})


def _subject_start(doc: Doc, lo: int, i: int, by_token: dict[int, ActorMention]) -> int:
    """Where the clause of the cue at i begins: the last comma before it, unless the
    comma only separates the actors of a list ("Kanada, Deutschland und Frankreich trafen sich")."""
    j = i - 1
    while j > lo:
        if doc[j].text == "," and not (j + 1 in by_token and any(k in by_token for k in range(max(lo, j - 3), j))):
            # "Healey, who travelled overnight from Poland, met ...": a relative clause or an
            # apposition between subject and verb is skipped
            k = j - 1
            while k > lo and doc[k].text != ",":
                k -= 1
            apposition = j - k <= 11 and k + 2 < j and doc[k + 2].text in ("'s", "’s")  # ", Trump's son-in-law,"
            if doc[k].text == "," and k + 1 < j and (doc[k + 1].lower_ in RELATIVES or apposition):
                j = k - 1
                continue
            # "the prime minister, Keir Starmer, spoke to ...": a name set off by commas is the subject
            named = by_token.get(k + 1)
            if doc[k].text == "," and named is not None and named.kind == "Person":
                span = doc.char_span(named.start, named.end, alignment_mode="expand")
                if span is not None and span.end == j:
                    return k + 1
            return j + 1
        j -= 1
    return lo


def _org_mention(key: str, participants: list[ActorMention]) -> ActorMention:
    """A participant known only through a person's affiliation: it shares that person's evidence."""
    from dataclasses import replace as _replace

    person = next(p for p in participants if p.affiliation == key)
    entry = load_lexicon().entry(key)
    return _replace(person, key=key, kind="Organization", name=entry.label("en") if entry else key, role=None, affiliation=None, metonymic=True)


def t_she(doc: Doc, sent: Span, tok: Token, lang: str) -> bool:
    """German "sie" as "she": before the verb ("wo sie Selenskyj traf") or right after it ("trifft sie")."""
    return any(t.text in cue_set(lang, "pronoun_she") and t.i != sent.start for t in doc[max(sent.start, tok.i - 5) : min(sent.end, tok.i + 2)])


def _after_preposition(doc: Doc, m: ActorMention, lang: str) -> bool:
    """ "für die Ukraine", "for Ukraine", "with Zelensky": an object, not the subject."""
    i = _tok(doc, m) - 1
    skipped = 0
    roles = role_index(doc).tokens
    while i >= 0 and skipped < 3 and (doc[i].lower_ in {"der", "die", "dem", "den", "des", "das", "the", "a", "an"} or i in roles):
        i -= 1
        skipped += 1
    return i >= 0 and doc[i].lower_ in cue_set(lang, "non_subject_preps")


def _counterparts(doc: Doc, lo: int, hi: int, participants: list[ActorMention], by_token: dict[int, ActorMention], lang: str) -> list[ActorMention]:
    """ "met his Ukrainian counterpart", "mit seinem französischen Amtskollegen": the office
    holder of that country with the same role, if the lexicon knows exactly one; else the country."""
    out = []
    taken = {p.key for p in participants}
    host = next((p for p in participants if p.kind == "Person" and p.role), None)
    for j in range(lo + 1, hi):
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
        found = [e for e in load_lexicon().entries("Person") if e.affiliation == country.key and host is not None and e.role == host.role]
        if len(found) == 1 and found[0].key not in taken:
            e = found[0]
            out.append(ActorMention(key=e.key, kind="Person", name=e.label("en"), surface=doc[j - 1 : j + 1].text,
                                    start=doc[j - 1].idx, end=doc[j].idx + len(doc[j].text),
                                    evidence=make_evidence(doc[j].sent, doc[j - 1].idx, doc[j].idx + len(doc[j].text), country.evidence.article_id, "person.counterpart"),
                                    role=e.role, affiliation=e.affiliation))
        elif country.key not in taken:
            out.append(country)
    return out


def _other_cue(sent: Span, tok: Token, lang: str) -> bool:
    return any(t.i != tok.i and _meeting_type(t, lang) not in (None, "summit") for t in sent)


def _tok(doc: Doc, m: ActorMention) -> int:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.start if span is not None else -1


def is_locative_m(doc: Doc, m: ActorMention, lang: str) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and is_locative(span, lang)


def _attendees_after(doc: Doc, tok: Token, hi: int, by_token: dict[int, ActorMention]) -> list[ActorMention]:
    """ "Treffen der NATO-Militärführer", "meeting of G7 leaders": organisations named right after the cue."""
    out = []
    for j in range(tok.i + 1, min(hi, tok.i + 4)):
        m = by_token.get(j)
        if m is not None and m.kind == "Organization":
            out.append(m)
    return out


def _by_end(doc: Doc, mentions: list[ActorMention]) -> dict[int, ActorMention]:
    """Mentions by the index of their last token."""
    out: dict[int, ActorMention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.setdefault(span.end - 1, m)
    return out


def _modifiers_before(doc: Doc, tok: Token, by_end: dict[int, ActorMention], lo: int) -> list[ActorMention]:
    """English noun modifiers of a meeting noun: "G20 summit" -> [G20], "US-China talks" ->
    [China, US]; names joined by hyphens or slashes, right before the noun."""
    out: list[ActorMention] = []
    k = tok.i - 1
    while k >= lo and (m := by_end.get(k)) is not None:
        out.append(m)
        k = doc.char_span(m.start, m.end, alignment_mode="expand").start - 1
        if k - 1 >= lo and doc[k].text in {"-", "/", "–"} and by_end.get(k - 1) is not None:
            k -= 1
            continue
        break
    return out


def _compound_modifier(tok: Token, mentions: list[ActorMention], lang: str) -> list[ActorMention]:
    """ "Koalitionstreffen" in an article about the "Koalition der Willigen": the modifier of a
    compound meeting noun names a group mentioned in full elsewhere in the article."""
    if lang != "de":
        return []
    low = tok.lower_
    m = re.match(r"^([a-zäöüß]{4,}?)(?:s)?(?:treffen|treffens|gipfel|gipfels|gespräche|gesprächen)$", low)
    if not m:
        return []
    stem = m.group(1)
    for mention in mentions:
        if mention.kind == "Organization" and mention.name.lower().split()[0].startswith(stem) or (
            mention.kind == "Organization" and mention.surface.lower().split()[0] == stem
        ):
            return [mention]
    return []


def _parties(m: Meeting) -> tuple[set[str], set[str]]:
    persons = {k for k in m.participants if k.startswith("person:")}
    return persons, set(m.participants) - persons


def _compatible(a: Meeting, b: Meeting, affiliations: dict[str, str]) -> bool:
    """Two mentions of one meeting: same status, no conflicting date or place, and
    one's persons a subset of the other's; a country is covered by a person of it."""
    if a.status != b.status:
        return False
    # a call or video conference is not the summit or visit the same people attended
    remote, present = {"call", "video"}, {"summit", "visit", "press_conference"}
    if (a.type in remote and b.type in present) or (b.type in remote and a.type in present):
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
    if pa and pa == pb:
        return True  # the same people, no conflicting date: one meeting, wherever each sentence places it
    if not places_compatible(a.place, b.place):
        return False
    if pa and pb:
        if not (pa <= pb or pb <= pa):
            return False
        # a country on one side must be on the other or be a person's there ("Kyiv visit" ~ Zelensky)
        uncovered_a = ca - cb - {affiliations.get(p) for p in pb}
        uncovered_b = cb - ca - {affiliations.get(p) for p in pa}
        return not uncovered_a and not uncovered_b
    # a group meeting with no named person absorbs named attendees of the same day
    if a.date and b.date and a.date == b.date and len(a.date) == 10:
        return True
    if not (a.date or b.date) and a.weekday is not None and a.weekday == b.weekday:
        return True
    if not pa and not pb:
        return ca == cb or (a.date is not None and a.date == b.date)
    return False


def _org_keys(m: Meeting) -> set[str]:
    return {p for p in m.participants if p.startswith("org:")}


def _more_specific(a: str | None, b: str | None) -> str | None:
    """Of two compatible places, the city rather than the country."""
    if not a or not b:
        return a or b
    return b if place_country(a, "en") == a_country(a) and place_country(b, "en") != a_country(b) else a


def a_country(place: str) -> str | None:
    """The key of the country if ``place`` names a country itself."""
    lex = load_lexicon()
    for lang in ("en", "de"):
        form = lex.lookup(place, lang)
        if form is not None and form.key.startswith("country:") and form.form in ("name", "alias"):
            return form.key
    return None


RANK = ["meeting", "press_conference", "call", "video", "summit", "visit"]


def _union(a: Meeting, b: Meeting) -> Meeting:
    return replace(
        a,
        participants=tuple(sorted(set(a.participants) | set(b.participants))),
        evidence=a.evidence + b.evidence,
        type=max(a.type, b.type, key=RANK.index),
        place=_more_specific(a.place, b.place),
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
                merged[i] = _union(other, m)
                break
        else:
            merged.append(m)
    for m in vague:
        fits = [i for i, other in enumerate(merged) if _compatible(other, m, affiliations)]
        if len(fits) == 1:
            merged[fits[0]] = _union(merged[fits[0]], m)
        elif not fits:
            merged.append(m)
    return merged
