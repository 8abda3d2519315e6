"""Rule rows for the meeting rules: every rule of graph/data/rules/meeting.json on sentences of our own.

A row is ``(rule_id, lang, text, fires, expected)``: ``fires`` says whether ``rule_id`` appears in the
chain of some decision (a meeting or a refusal) for the text, and ``expected`` is the sorted list of
meetings as ``(participants, type, status)``. Every rule has a positive row per language it applies
to (the sentence is also its registry example) and a negative row: a near miss on which it does not
fire. Rows marked "as is" record what the rules do today where that is questionable (see the
comments); they change when the rule is fixed.
"""
from __future__ import annotations

import hashlib
from datetime import date

import pytest

from graph.extract import decisions, extract_article
from graph.model import Article

PUBLISHED = date(2025, 8, 19)  # a Tuesday

ROWS = [
    # meeting.meeting
    ('meeting.meeting', 'de', 'Friedrich Merz traf am Montag Emmanuel Macron in Paris.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.meeting', 'en', 'Keir Starmer met Mark Rutte in London on Monday.', True, [(('person:keir-starmer', 'person:mark-rutte'), 'meeting', 'held')]),
    ('meeting.meeting', 'en', 'Keir Starmer praised Mark Rutte in London on Monday.', False, []),
    # meeting.summit
    ('meeting.summit', 'de', 'Der EU-China-Gipfel fand am Dienstag in Peking statt.', True, [(('country:CN', 'org:eu'), 'summit', 'held')]),
    ('meeting.summit', 'en', 'The G7 summit opened in Rome on Friday.', True, [(('org:g7',), 'summit', 'held')]),
    ('meeting.summit', 'en', 'The G7 leaders met in Rome on Friday.', False, [(('org:g7',), 'meeting', 'held')]),
    # meeting.visit
    ('meeting.visit', 'de', 'Friedrich Merz reiste am Montag nach Kiew.', True, [(('country:UA', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.visit', 'en', 'Keir Starmer visited Zelensky in Kyiv on Monday.', True, [(('country:UA', 'person:keir-starmer', 'person:volodymyr-zelensky'), 'visit', 'held')]),
    ('meeting.visit', 'en', 'Keir Starmer praised Zelensky in Kyiv on Monday.', False, []),
    # landing in a country's city is a visit ("landed in Nairobi", "landete in Nairobi"), a plane's is none; huddling with someone is a meeting
    ('meeting.visit', 'en', 'Keir Starmer landed in Nairobi on Monday.', True, [(('country:KE', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.visit', 'de', 'Keir Starmer landete am Montag in Nairobi.', True, [(('country:KE', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.visit', 'en', 'The plane landed in Nairobi on Monday.', True, []),  # (the cue, but no one to visit)
    ('meeting.meeting', 'en', 'Keir Starmer huddled with Volodymyr Zelensky in Rome.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # meeting.call
    ('meeting.call', 'de', 'Merz telefonierte am Dienstag mit Selenskyj.', True, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.call', 'en', 'Starmer phoned Zelensky on Tuesday.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.call', 'en', 'Starmer met Zelensky on Tuesday.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # "called" is a call; "calling for", "called on", "called off" are demands or cancellations, no meeting at all
    ('meeting.call', 'en', 'Joe Biden called Olaf Scholz on Monday.', True, [(('person:joe-biden', 'person:olaf-scholz'), 'call', 'held')]),
    ('meeting.meeting', 'en', 'Saudi Arabia voted for a United Nations resolution calling for a ceasefire.', False, []),
    # meeting.type.alongside: announcing alongside a named person is appearing with them; alongside measures is not
    ('meeting.type.alongside', 'en', 'Defense Secretary Lloyd Austin made the announcement on Tuesday alongside his Ukrainian counterpart, Rustem Umerov, at the Pentagon.', True, [(('person:lloyd-austin', 'person:rustem-umerov'), 'meeting', 'held')]),
    ('meeting.type.alongside', 'en', 'Defense Secretary Lloyd Austin made the announcement on Tuesday alongside other measures.', False, []),
    ('meeting.type.alongside', 'en', 'Ulf Kristersson made the announcement in Stockholm alongside Defence Minister Pål Jonson.', False, []),
    # meeting.video
    ('meeting.video', 'de', 'Merz und Macron berieten in einer Videokonferenz.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'video', 'held')]),
    ('meeting.video', 'en', 'Starmer and Macron held a video conference on Tuesday.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'video', 'held')]),
    ('meeting.video', 'en', 'Starmer and Macron held a meeting on Tuesday.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.press_conference
    ('meeting.press_conference', 'de', 'Merz und Macron gaben in Berlin eine Pressekonferenz.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'press_conference', 'held')]),
    ('meeting.press_conference', 'en', 'Starmer and Macron gave a press conference in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'press_conference', 'held')]),
    ('meeting.press_conference', 'en', 'Starmer and Macron gave a speech in London.', False, []),
    # meeting.type.noun
    ('meeting.type.noun', 'de', 'Merz und Macron hatten ein langes Treffen in Berlin.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.type.noun', 'en', 'Starmer and Macron held discussions in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.type.noun', 'de', 'Merz und Macron trafen sich in Berlin.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.type.conference
    ('meeting.type.conference', 'en', 'Starmer and Macron gave a news conference in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'press_conference', 'held')]),
    ('meeting.type.conference', 'en', 'Starmer and Macron had a meeting in London.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.type.modified_noun
    ('meeting.type.modified_noun', 'en', 'Starmer had a telephone conversation with Zelensky on Monday.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.type.modified_noun', 'en', 'Starmer had a long conversation with Zelensky on Monday.', False, []),
    ('meeting.type.modified_noun', 'en', 'Kishida had his first face-to-face conversation with Biden.', True, [(('person:fumio-kishida', 'person:joe-biden'), 'meeting', 'held')]),
    # meeting.type.compound
    ('meeting.type.compound', 'de', 'Merz und Macron kamen zu einem Arbeitstreffen in Berlin.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.type.compound', 'de', 'Merz und Macron kamen zu einem Treffen in Berlin.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.type.particle_verb
    ('meeting.type.particle_verb', 'de', 'Merz und Macron kommen am Freitag in Berlin zusammen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.type.particle_verb', 'de', 'Merz und Macron kommen am Freitag nach Berlin.', False, []),
    # meeting.type.visit_verb
    ('meeting.type.visit_verb', 'de', 'Merz besuchte am Montag Selenskyj in Kiew.', True, [(('country:UA', 'person:friedrich-merz', 'person:volodymyr-zelensky'), 'visit', 'held')]),
    ('meeting.type.visit_verb', 'en', 'Starmer visited Tusk in Warsaw on Monday.', True, [(('country:PL', 'person:donald-tusk', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.type.visit_verb', 'en', 'Starmer met Tusk in Warsaw on Monday.', False, [(('person:donald-tusk', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.type.call_verb
    ('meeting.type.call_verb', 'de', 'Merz telefonierte mit Selenskyj.', True, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.type.call_verb', 'en', 'Starmer phoned Zelensky.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.type.call_verb', 'en', 'Starmer met Zelensky.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # the last part of a hyphenated word is no verb
    ('meeting.type.call_verb', 'en', 'Starmer met Zelensky and leaders of the so-called Indo-Pacific four.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # meeting.type.signing: two persons signing together meet; a lone signer or two states signing do not
    ('meeting.type.signing', 'de', 'Die Finanzminister Rachel Reeves und Serhii Marchenko unterzeichneten die Vereinbarung am Samstag in London.', True, [(('person:rachel-reeves', 'person:serhiy-marchenko'), 'meeting', 'held')]),
    ('meeting.type.signing', 'en', 'Emmanuel Macron signed a security agreement with Volodymyr Zelensky in Paris.', True, [(('person:emmanuel-macron', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.type.signing', 'de', 'Am Montag hatten Außenminister Johann Wadephul und sein indischer Kollege Subrahmanyam Jaishankar im Auswärtigen Amt mehrere Vereinbarungen unterzeichnet.', True, [(('person:johann-wadephul', 'person:subrahmanyam-jaishankar'), 'meeting', 'held')]),
    ('meeting.type.signing', 'en', 'Emmanuel Macron praised a security agreement with Volodymyr Zelensky in Paris.', False, []),
    ('meeting.block.lone_signer', 'de', 'Wladimir Putin unterzeichnete am Montag ein Dekret.', True, []),
    ('meeting.block.lone_signer', 'en', 'Vladimir Putin signed a decree on Monday.', True, []),
    ('meeting.block.lone_signer', 'en', 'Germany and Ukraine signed a security deal.', True, []),
    ('meeting.block.lone_signer', 'en', 'Emmanuel Macron signed a security agreement with Volodymyr Zelensky in Paris.', False, [(('person:emmanuel-macron', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # meeting.type.verb
    ('meeting.type.verb', 'de', 'Merz traf Selenskyj in Berlin.', True, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.type.verb', 'en', 'Starmer met Zelensky in London.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.type.verb', 'en', 'Starmer had talks with Zelensky in London.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # meeting.type.visit_particle
    ('meeting.type.visit_particle', 'de', 'Merz traf am Montag in Kiew ein.', True, [(('country:UA', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.type.visit_particle', 'de', 'Merz traf am Montag in Kiew Selenskyj.', False, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # meeting.type.hint
    ('meeting.type.hint', 'de', 'Merz sprach telefonisch mit Selenskyj.', True, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.type.hint', 'en', 'Starmer met Macron virtually on Monday.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'video', 'held')]),
    ('meeting.type.hint', 'en', 'Starmer met Macron in Paris on Monday.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.block.attendance_verb
    ('meeting.block.attendance_verb', 'de', 'Merz und Macron kamen in Berlin zusammen.', True, []),
    ('meeting.block.attendance_verb', 'de', 'Merz und Macron kommen in Berlin zusammen.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.block.money
    ('meeting.block.money', 'de', 'Die Ukraine empfing 500 Millionen Euro von Deutschland.', True, []),
    ('meeting.block.money', 'en', 'Ukraine received $40 million from Canada.', True, []),
    ('meeting.block.money', 'en', 'Zelensky received Carney in Kyiv.', False, [(('person:mark-carney', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # "zusammenkommen": people meeting, or money that came together
    ('meeting.block.money', 'de', 'Bei der Geberkonferenz in Berlin waren für Syrien 7,5 Milliarden Euro zusammengekommen.', True, []),
    ('meeting.block.money', 'de', 'Bereits am Donnerstagabend war Marco Rubio mit dem russischen Außenminister Sergej Lawrow zusammengekommen.', False, [(('person:marco-rubio', 'person:sergey-lavrov'), 'meeting', 'held')]),
    # meeting.block.interview
    ('meeting.block.interview', 'de', 'Journalisten trafen Merz in Berlin.', True, []),
    ('meeting.block.interview', 'en', 'Reporters met Starmer in London.', True, []),
    ('meeting.block.interview', 'de', 'Macron traf Merz in Berlin.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # telling a press conference is talking to journalists; telling a press conference held with someone is a joint one
    ('meeting.block.interview', 'en', 'Federica Mogherini told a press conference in Amman that the EU would help.', True, []),
    ('meeting.block.interview', 'en', 'Federica Mogherini was in Amman. She also told a press conference with Jordanian Foreign Minister Ayman Safadi that the EU would help.', False, [(('person:ayman-safadi', 'person:federica-mogherini'), 'press_conference', 'held')]),
    # meeting.block.occasion
    ('meeting.block.occasion', 'de', 'Am Rande des Gipfels in Brüssel traf Merz Selenskyj.', True, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.block.occasion', 'en', 'On the sidelines of the summit, Starmer met Zelensky.', True, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # as is: the summit mention merges with the meeting and lends it its type
    ('meeting.block.occasion', 'en', 'Before the summit, Starmer met Zelensky.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'summit', 'held')]),
    # meeting.block.cancelled
    ('meeting.block.cancelled', 'de', 'Das Treffen von Merz und Macron wurde abgesagt.', True, []),
    ('meeting.block.cancelled', 'en', 'The meeting between Starmer and Macron was called off.', True, []),
    ('meeting.block.cancelled', 'en', 'The meeting between Starmer and Macron was held in London.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.block.negated
    ('meeting.block.negated', 'de', 'Merz hat Macron nicht getroffen.', True, []),
    ('meeting.block.negated', 'en', 'Starmer did not meet Macron.', True, []),
    ('meeting.block.negated', 'en', 'Starmer did meet Macron.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.block.no_counterpart
    ('meeting.block.no_counterpart', 'de', 'Merz sprach in Berlin von einem Erfolg.', True, []),
    ('meeting.block.no_counterpart', 'en', 'Starmer spoke in London about the plan.', True, []),
    ('meeting.block.no_counterpart', 'en', 'Starmer spoke with Macron in London about the plan.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # two subjects talk with each other
    ('meeting.block.no_counterpart', 'en', 'Starmer and Macron had talks in London on Monday.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.block.no_participants
    ('meeting.block.no_participants', 'de', 'Das Treffen dauerte zwei Stunden.', True, []),
    ('meeting.block.no_participants', 'en', 'The meeting lasted two hours.', True, []),
    ('meeting.block.no_participants', 'en', 'Starmer and Macron met for two hours.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.block.lone_participant
    ('meeting.block.lone_participant', 'de', 'Merz hatte am Montag ein Treffen.', True, []),
    ('meeting.block.lone_participant', 'en', 'Starmer had a meeting on Monday.', True, []),
    ('meeting.block.lone_participant', 'en', 'Starmer had a meeting in Paris on Monday.', False, [(('country:FR', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.participants.compound
    ('meeting.participants.compound', 'de', 'Der EU-China-Gipfel fand in Brüssel statt.', True, [(('country:CN', 'org:eu'), 'summit', 'held')]),
    ('meeting.participants.compound', 'de', 'Der Ukraine-Gipfel fand in Brüssel statt.', False, []),
    # meeting.participants.attending_subject
    ('meeting.participants.attending_subject', 'de', 'Merz nimmt am EU-China-Gipfel in Brüssel teil.', True, [(('country:CN', 'org:eu', 'person:friedrich-merz'), 'summit', 'held')]),
    ('meeting.participants.attending_subject', 'de', 'Merz reiste nach dem EU-China-Gipfel in Brüssel ab.', False, [(('country:CN', 'org:eu'), 'summit', 'held')]),
    # meeting.participants.with_list
    ('meeting.participants.with_list', 'de', 'Merz sprach am Montag mit Macron und Starmer.', True, [(('person:emmanuel-macron', 'person:friedrich-merz', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'en', 'Merz held talks with Macron and Starmer.', True, [(('person:emmanuel-macron', 'person:friedrich-merz', 'person:keir-starmer'), 'meeting', 'held')]),
    # as is: talking about people counts as meeting them (the objects of 'sprach' are read past 'über')
    ('meeting.participants.with_list', 'de', 'Merz sprach am Montag über Macron und Starmer.', False, [(('person:emmanuel-macron', 'person:friedrich-merz', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.participants.subject
    ('meeting.participants.subject', 'de', 'Merz und Macron trafen sich in Berlin.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.subject', 'en', 'Starmer and Macron met in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.subject', 'de', 'In Berlin trafen sich Merz und Macron.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.participants.relative_antecedent
    ('meeting.participants.relative_antecedent', 'de', 'Merz, der am Montag Macron getroffen hatte, lobte ihn.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.relative_antecedent', 'en', 'Starmer, who met Macron on Monday, praised him.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # (German: past the participle that closes the clause before and a party in brackets, when the relative clause ends in
    # the verb of meeting; "die" before a noun is an article, no relative pronoun)
    ('meeting.participants.relative_antecedent', 'de', 'Österreich wird von Außenminister Alexander Schallenberg (ÖVP) vertreten, der in Skopje seinen Amtskollegen Eli Cohen trifft.', True,
     [(('person:alexander-schallenberg', 'person:eli-cohen'), 'meeting', 'held')]),
    ('meeting.participants.relative_antecedent', 'de', 'Österreich wird von Außenminister Alexander Schallenberg (ÖVP) vertreten, die Delegation trifft in Skopje seinen Amtskollegen Eli Cohen.', False,
     [(('person:alexander-schallenberg', 'person:eli-cohen'), 'meeting', 'held')]),
    ('meeting.participants.relative_antecedent', 'en', 'Starmer met Macron on Monday and praised him.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.participants.speaker
    ('meeting.participants.speaker', 'de', 'Merz sagte, nach dem Treffen mit Macron sei er zufrieden.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.speaker', 'en', 'Keir Starmer said, after meeting Emmanuel Macron, that he was pleased.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.speaker', 'de', 'Merz lächelte, nach dem Treffen mit Macron sei er zufrieden.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.participants.absent_subject
    # as is: the place's country joins the one person left
    ('meeting.participants.absent_subject', 'de', 'Merz werde nicht an dem Treffen mit Macron in Paris teilnehmen.', True, [(('country:FR', 'person:emmanuel-macron'), 'meeting', 'planned')]),
    # as is: the place's country joins the one person left
    ('meeting.participants.absent_subject', 'en', 'Starmer will not attend the meeting with Macron in Paris.', True, [(('country:FR', 'person:emmanuel-macron'), 'meeting', 'planned')]),
    ('meeting.participants.absent_subject', 'en', 'Starmer will attend the meeting with Macron in Paris.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    # meeting.participants.verb_object
    ('meeting.participants.verb_object', 'de', 'Merz empfing Macron in Berlin.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.verb_object', 'en', 'Starmer received Macron in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.verb_object', 'en', 'Starmer met with Macron in London.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.participants.inverted_subject
    ('meeting.participants.inverted_subject', 'de', 'Am Montag traf Merz mit Macron zusammen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.inverted_subject', 'de', 'Merz traf am Montag mit Macron zusammen.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.participants.genitive
    ('meeting.participants.genitive', 'de', 'Das Treffen der NATO fand in Brüssel statt.', True, [(('org:nato',), 'meeting', 'held')]),
    ('meeting.participants.genitive', 'en', 'Talks of the G7 ended in Rome.', True, [(('org:g7',), 'meeting', 'held')]),
    ('meeting.participants.genitive', 'de', 'Das Treffen der Minister fand in Brüssel statt.', False, []),
    # meeting.participants.compound_modifier
    ('meeting.participants.compound_modifier', 'de', 'Die Koalition der Willigen tagt in Paris. Beim Koalitionstreffen sprach Macron.', True, [(('org:coalition-of-the-willing', 'person:emmanuel-macron'), 'meeting', 'held')]),
    ('meeting.participants.compound_modifier', 'de', 'Die Koalition der Willigen tagt in Paris. Beim Treffen sprach Macron.', False, []),
    # meeting.participants.possessive
    ('meeting.participants.possessive', 'de', 'Merz hofft, sein Treffen mit Macron bringe Fortschritte.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.possessive', 'en', 'Starmer was pleased, and his meeting with Macron went well.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.possessive', 'en', 'Starmer was pleased, and the meeting with Macron went well.', False, []),
    # meeting.participants.pronoun
    ('meeting.participants.pronoun', 'de', 'Merz reiste nach Paris. Dort traf er Macron.', True, [(('country:FR', 'person:emmanuel-macron', 'person:friedrich-merz'), 'visit', 'held')]),
    # the pronoun's person agrees in gender where it is known (the lexicon, a German title): "sie" passes over the mayor
    ('meeting.participants.pronoun', 'de', 'Präsidentin Droupadi Murmu reist nach Hamburg, wo Bürgermeister Peter Tschentscher ihr den Hafen zeigt. Am Donnerstag trifft sie in München Ministerpräsident Markus Söder.', True,
     [(('person:droupadi-murmu', 'person:markus-soder'), 'visit', 'held')]),
    ('meeting.participants.pronoun', 'de', 'Präsidentin Droupadi Murmu reist nach Hamburg, wo Bürgermeister Peter Tschentscher ihr den Hafen zeigt. Am Donnerstag trifft er in München Ministerpräsident Markus Söder.', True,
     [(('person:markus-soder', 'person:peter-tschentscher'), 'meeting', 'held')]),
    # ("flew to Paris" is a visit to France, and the talks there part of it)
    ('meeting.participants.pronoun', 'en', 'Starmer flew to Paris. There he met Macron.', True, [(('country:FR', 'person:emmanuel-macron', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.participants.pronoun', 'en', 'Starmer flew to Paris. There Starmer met Macron.', False, [(('country:FR', 'person:emmanuel-macron', 'person:keir-starmer'), 'visit', 'held')]),
    # meeting.participants.noun_modifiers
    ('meeting.participants.noun_modifiers', 'en', 'Leaders gathered at the G20 summit in Rome.', True, [(('org:g20',), 'summit', 'held')]),
    ('meeting.participants.noun_modifiers', 'en', 'Leaders gathered at the Ukraine summit in Rome.', False, []),
    # meeting.participants.counterpart
    ('meeting.participants.counterpart', 'de', 'Wadephul traf seinen französischen Amtskollegen in Paris.', True, [(('person:jean-noel-barrot', 'person:johann-wadephul'), 'meeting', 'held')]),
    ('meeting.participants.counterpart', 'en', 'Lammy met his French counterpart in Paris.', True, [(('person:david-lammy', 'person:jean-noel-barrot'), 'meeting', 'held')]),
    ('meeting.participants.counterpart', 'de', 'Wadephul traf seinen Amtskollegen in Paris.', False, [(('country:FR', 'person:johann-wadephul'), 'meeting', 'held')]),
    # meeting.participants.not_bracketed
    ('meeting.participants.not_bracketed', 'de', 'Für Pistorius (SPD) verlief das Treffen in Berlin gut.', True, []),
    ('meeting.participants.not_bracketed', 'en', 'For Pistorius (SPD) the meeting in Berlin went well.', True, []),
    # as is: the party alone makes a meeting
    ('meeting.participants.not_bracketed', 'en', 'For Pistorius and the SPD the meeting in Berlin went well.', False, []),
    # meeting.participants.summit_organisation
    ('meeting.participants.summit_organisation', 'de', 'Rutte und Merz eröffneten den Gipfel in Den Haag.', True, [(('org:nato', 'person:friedrich-merz', 'person:mark-rutte'), 'summit', 'held')]),
    ('meeting.participants.summit_organisation', 'en', 'Rutte and Starmer opened the summit in The Hague.', True, [(('org:nato', 'person:keir-starmer', 'person:mark-rutte'), 'summit', 'held')]),
    ('meeting.participants.summit_organisation', 'en', 'Rutte and Starmer opened the meeting in The Hague.', False, [(('person:keir-starmer', 'person:mark-rutte'), 'meeting', 'held')]),
    # meeting.participants.gathering_subjects
    ('meeting.participants.gathering_subjects', 'de', 'Beim Nato-Gipfel lobte Rutte den Kanzler Merz.', True, [(('org:nato', 'person:friedrich-merz', 'person:mark-rutte'), 'summit', 'held')]),
    ('meeting.participants.gathering_subjects', 'en', 'At the NATO summit in Rome, leaders praised Rutte.', True, [(('org:nato', 'person:mark-rutte'), 'summit', 'held')]),
    ('meeting.participants.gathering_subjects', 'en', 'At the summit in Rome, leaders praised Rutte.', False, []),
    # meeting.participants.conference_donors: the givers of pledges read at a donor conference attended it;
    # a conference of no giving, or givers far from it, add no one
    ('meeting.participants.conference_donors', 'de', 'Bei einer Geberkonferenz für den Jemen in Genf kamen am Montag 1,2 Milliarden Dollar zusammen. Deutschland stellte dem Jemen 120 Millionen Euro bereit, Frankreich sagte dem Jemen 50 Millionen Euro zu.', True,
     [(('country:DE', 'country:FR'), 'summit', 'held')]),
    ('meeting.participants.conference_donors', 'en', 'At a pledging conference for Yemen in Geneva on Monday, donors raised $1.2 billion. Germany pledged €120 million to Yemen and France pledged €50 million to Yemen.', True,
     [(('country:DE', 'country:FR'), 'summit', 'held')]),
    ('meeting.participants.conference_donors', 'en', 'At a pledging conference for Yemen in Geneva on Monday, donors raised $1.2 billion.', False, []),
    ('meeting.participants.conference_donors', 'de', 'Bei einer Geberkonferenz für den Jemen in Genf kamen am Montag 1,2 Milliarden Dollar zusammen.', False, []),
    # meeting.participants.visited_country
    ('meeting.participants.visited_country', 'de', 'Merz besuchte Polen am Montag.', True, [(('country:PL', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'en', 'Starmer visited Poland on Monday.', True, [(('country:PL', 'person:keir-starmer'), 'visit', 'held')]),
    # a visited capital stands for its country: "visited Warsaw", "besuchte am Montag Kiew"
    ('meeting.participants.visited_country', 'en', 'Starmer visited Warsaw on Monday.', True, [(('country:PL', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'de', 'Merz besuchte am Montag Kiew.', True, [(('country:UA', 'person:friedrich-merz'), 'visit', 'held')]),
    # a verb object that is no place: the visitor alone makes no meeting
    ('meeting.participants.visited_country', 'en', 'Starmer visited a factory on Monday.', False, []),
    # German verb-final: the country right before "besuchen"/"besucht" is the visited one
    ('meeting.participants.visited_country', 'de', 'Am Montag wird Merz Polen besuchen.', True, [(('country:PL', 'person:friedrich-merz'), 'visit', 'planned')]),
    ('meeting.participants.visited_country', 'de', 'Merz hat im Mai Polen besucht.', True, [(('country:PL', 'person:friedrich-merz'), 'visit', 'held')]),
    # ... but not a country after a preposition ("von Polen" qualifies the noun before it)
    ('meeting.participants.visited_country', 'de', 'Merz hat den Botschafter von Polen besucht.', False, []),
    # the country named on a visit noun is visited ("bei einem Indien-Besuch", "his India visit"); a region is not a host
    ('meeting.participants.visited_country', 'de', 'Das kündigte der japanische Ministerpräsident Yoshihiko Noda bei einem Indien-Besuch an.', True, [(('country:IN', 'person:yoshihiko-noda'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'en', 'Yoshihiko Noda announced this during his India visit.', True, [(('country:IN', 'person:yoshihiko-noda'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'de', 'Das kündigte der japanische Ministerpräsident Yoshihiko Noda bei einem Afrika-Besuch an.', False, []),
    ('meeting.participants.visited_country', 'de', 'Der ukrainische Regierungschef Denys Schmyhal sprach bei seinem Berlin-Besuch über Hilfe.', True, [(('country:DE', 'person:denys-shmyhal'), 'visit', 'held')]),
    # meeting.participants.further_stops: each country of a visited list is a visit of its own; a companion is no stop
    ('meeting.participants.further_stops', 'de', 'Scholz besucht nächste Woche Lettland und Estland.', True, [(('country:EE', 'person:olaf-scholz'), 'visit', 'planned'), (('country:LV', 'person:olaf-scholz'), 'visit', 'planned')]),
    ('meeting.participants.further_stops', 'en', 'Scholz will visit Latvia and Estonia next week.', True, [(('country:EE', 'person:olaf-scholz'), 'visit', 'planned'), (('country:LV', 'person:olaf-scholz'), 'visit', 'planned')]),
    ('meeting.participants.further_stops', 'en', 'Blinken is on a visit to Latvia and Estonia.', True, [(('country:EE', 'person:antony-blinken'), 'visit', 'held'), (('country:LV', 'person:antony-blinken'), 'visit', 'held')]),
    # a tour ("Rundreise") is a visit to each country listed
    ('meeting.participants.further_stops', 'en', 'Li Keqiang began a four-nation tour to Ethiopia, Nigeria, Angola and Kenya.', True, [(('country:AO', 'person:li-keqiang'), 'visit', 'held'), (('country:ET', 'person:li-keqiang'), 'visit', 'held'), (('country:KE', 'person:li-keqiang'), 'visit', 'held'), (('country:NG', 'person:li-keqiang'), 'visit', 'held')]),
    ('meeting.participants.further_stops', 'de', 'Li Keqiang begann eine Rundreise nach Äthiopien, Nigeria und Kenia.', True, [(('country:ET', 'person:li-keqiang'), 'visit', 'held'), (('country:KE', 'person:li-keqiang'), 'visit', 'held'), (('country:NG', 'person:li-keqiang'), 'visit', 'held')]),
    ('meeting.participants.further_stops', 'de', 'Mark Carney traf am Sonntag zu einem Besuch in Kiew ein, wo der Krieg zwischen der Ukraine und Russland weitergeht.', False, [(('country:UA', 'person:mark-carney'), 'visit', 'held')]),
    ('meeting.participants.further_stops', 'en', 'Scholz visited Latvia with Macron on Monday.', False, [(('country:LV', 'person:emmanuel-macron', 'person:olaf-scholz'), 'visit', 'held')]),
    # meeting.participants.one_by_one: a verb of meeting with three or more persons named one after another is a meeting with each;
    # two persons, or a list with a country, stay one meeting; so does a meeting noun ("a three-way meeting between")
    ('meeting.participants.one_by_one', 'en', 'Secretary of State Antony Blinken also met with Egyptian President Abdel Fattah al-Sisi, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.', True,
     [(('person:abdel-fattah-al-sisi', 'person:antony-blinken'), 'meeting', 'held'), (('person:antony-blinken', 'person:emmanuel-macron'), 'meeting', 'held'), (('person:antony-blinken', 'person:giorgia-meloni'), 'meeting', 'held')]),
    ('meeting.participants.one_by_one', 'de', 'Außenministerin Annalena Baerbock traf sich außerdem mit dem ägyptischen Präsidenten Abdel Fattah al-Sisi, dem französischen Präsidenten Emmanuel Macron und der italienischen Ministerpräsidentin Giorgia Meloni.', True,
     [(('person:abdel-fattah-al-sisi', 'person:annalena-baerbock'), 'meeting', 'held'), (('person:annalena-baerbock', 'person:emmanuel-macron'), 'meeting', 'held'), (('person:annalena-baerbock', 'person:giorgia-meloni'), 'meeting', 'held')]),
    ('meeting.participants.one_by_one', 'en', 'Secretary of State Antony Blinken also met with French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.', False,
     [(('person:antony-blinken', 'person:emmanuel-macron', 'person:giorgia-meloni'), 'meeting', 'held')]),
    # (the persons of one state or body are met together: the Commission's and the Council's presidents speak for the EU)
    ('meeting.participants.one_by_one', 'de', 'EU-Ratspräsident António Costa kam nach Kanada. Mexikos Präsidentin Claudia Sheinbaum traf Mark Carney sowie Ursula von der Leyen und António Costa.', True,
     [(('person:antonio-costa', 'person:claudia-sheinbaum', 'person:ursula-von-der-leyen'), 'meeting', 'held'), (('person:claudia-sheinbaum', 'person:mark-carney'), 'meeting', 'held')]),
    ('meeting.participants.one_by_one', 'en', 'A three-way meeting between Antony Blinken, Emmanuel Macron and Giorgia Meloni is planned for Friday.', False,
     [(('person:antony-blinken', 'person:emmanuel-macron', 'person:giorgia-meloni'), 'meeting', 'planned')]),
    # (the names before the verb of a German relative clause are its objects: one meeting with each)
    ('meeting.participants.one_by_one', 'de', 'Österreich wird von Außenminister Alexander Schallenberg vertreten, der in Skopje seinen Amtskollegen Eli Cohen sowie die Außenminister Georgiens (Ilia Darchiaschwili) und Norwegens (Espen Barth Eide) trifft.', True,
     [(('person:alexander-schallenberg', 'person:eli-cohen'), 'meeting', 'held'), (('person:alexander-schallenberg', 'person:espen-barth-eide'), 'meeting', 'held'), (('person:alexander-schallenberg', 'person:ilia-darchiaschwili'), 'meeting', 'held')]),
    # (a noun of events in the plural with two or more persons is one event with each: "phone conversations with A, B and C";
    # the singular is one event with all)
    ('meeting.participants.one_by_one', 'en', 'Volodymyr Zelensky had phone conversations with Speaker of the House of Representatives Mike Johnson, Senate Republican Leader Mitch McConnell and Senate Majority Leader Chuck Schumer.', True,
     [(('person:chuck-schumer', 'person:volodymyr-zelensky'), 'call', 'held'), (('person:mike-johnson', 'person:volodymyr-zelensky'), 'call', 'held'), (('person:mitch-mcconnell', 'person:volodymyr-zelensky'), 'call', 'held')]),
    ('meeting.participants.one_by_one', 'de', 'Olaf Scholz führte am Montag Telefonate mit Präsident Emmanuel Macron und Premierminister Keir Starmer.', True,
     [(('person:emmanuel-macron', 'person:olaf-scholz'), 'call', 'held'), (('person:keir-starmer', 'person:olaf-scholz'), 'call', 'held')]),
    ('meeting.participants.one_by_one', 'en', 'Olaf Scholz had a phone conversation with President Emmanuel Macron and Prime Minister Keir Starmer.', False,
     [(('person:emmanuel-macron', 'person:keir-starmer', 'person:olaf-scholz'), 'call', 'held')]),
    ('meeting.participants.one_by_one', 'de', 'Olaf Scholz führte am Montag ein Telefonat mit Präsident Emmanuel Macron und Premierminister Keir Starmer.', False,
     [(('person:emmanuel-macron', 'person:keir-starmer', 'person:olaf-scholz'), 'call', 'held')]),
    # a with-list goes on past capitalised words of a title the lexicon does not hold, right before a name, and stops
    # at an actor that tells of the meeting after a comma ("..., the National News Agency said"); no comma, no teller
    ('meeting.participants.with_list', 'en', 'Volodymyr Zelensky held a meeting with Senate Majority Leader Chuck Schumer and Speaker of the House of Representatives Mike Johnson.', True,
     [(('person:chuck-schumer', 'person:mike-johnson', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'en', 'Volodymyr Zelensky held a closed meeting with Emir Tamim bin Hamad Al Thani, the National News Agency said.', True,
     [(('person:tamim-bin-hamad-al-thani', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'de', 'Wolodymyr Selenskyj führte ein Gespräch mit Emir Tamim bin Hamad Al Thani, wie die Nachrichtenagentur AFP meldete.', True,
     [(('person:tamim-bin-hamad-al-thani', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'en', 'Volodymyr Zelensky held a closed meeting with Emir Tamim bin Hamad Al Thani and the National News Agency.', True,
     [(('org:national-news-agency', 'person:tamim-bin-hamad-al-thani', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'en', 'During a press conference with Olaf Scholz in Berlin, Zelensky thanked Germany for its support.', True,
     [(('person:olaf-scholz', 'person:volodymyr-zelensky'), 'press_conference', 'held')]),
    # an English pronoun before the verb past auxiliaries ("She will meet") stands for the person named before; a noun there does not
    ('meeting.participants.pronoun', 'en', 'Annalena Baerbock arrived in Delhi on Sunday. She will meet Prime Minister Narendra Modi.', True,
     [(('person:annalena-baerbock', 'person:narendra-modi'), 'meeting', 'planned')]),
    ('meeting.participants.pronoun', 'en', 'Annalena Baerbock arrived in Delhi on Sunday. Officials will meet Prime Minister Narendra Modi.', False, []),
    # a title set off by commas after a person's name is an apposition: the names before it are the subject
    ('meeting.participants.subject', 'en', 'Denys Shmyhal and Odile Renaud-Basso, President of the European Bank for Reconstruction and Development, have signed a memorandum.', True,
     [(('person:denys-shmyhal', 'person:odile-renaud-basso'), 'meeting', 'held')]),
    # a stray comma between a name and its verb (an adverb at most between) leaves the name the subject
    ('meeting.participants.subject', 'en', 'Sheikh Mohamed bin Zayed, telephonically called Prime Minister Shehbaz Sharif on Saturday.', True,
     [(('person:mohamed-bin-zayed', 'person:shehbaz-sharif'), 'call', 'held')]),
    # an English participle after a comma ("..., meeting with") has the main clause's subject
    ('meeting.participants.subject', 'en', 'Tanja Fajon travelled to Kyiv on Wednesday, meeting with Prime Minister Denys Shmyhal.', True,
     [(('country:UA', 'person:denys-shmyhal', 'person:tanja-fajon'), 'visit', 'held')]),
    ('meeting.participants.subject', 'en', 'Tanja Fajon travelled to Kyiv on Wednesday, a day after a meeting with Prime Minister Denys Shmyhal.', True,
     [(('country:UA', 'person:tanja-fajon'), 'visit', 'held')]),
    # meeting.participants.definite_trip: a visit noun after a definite article with no one named is the trip of the person
    # the sentence before named; an indefinite one is not ("as is": a place later in the sentence is taken for the trip's)
    ('meeting.participants.definite_trip', 'de', 'Heiko Maas reist nach Brasilien. Die Reise nach Brasilien, Mexiko und Kolumbien bildet den Auftakt einer Initiative.', True,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held'), (('country:CO', 'person:heiko-maas'), 'visit', 'held'), (('country:MX', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.participants.definite_trip', 'en', 'Heiko Maas is travelling to Brazil. The trip to Brazil, Mexico and Colombia opens a new initiative.', True,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held'), (('country:CO', 'person:heiko-maas'), 'visit', 'held'), (('country:MX', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.participants.definite_trip', 'en', 'Heiko Maas is travelling to Brazil. A trip to Mexico and Colombia was cancelled last year.', False,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.participants.definite_trip', 'en', 'Yoko Kamikawa arrived in Kyiv on Sunday. The visit preceded a conference in Tokyo.', True,
     [(('country:JP', 'person:yoko-kamikawa'), 'visit', 'held'), (('country:UA', 'person:yoko-kamikawa'), 'visit', 'held')]),
    # meeting.participants.leaders_of: meetings with the leaders of several countries are one with each; a single country's is one meeting
    ('meeting.participants.leaders_of', 'de', 'Friedrich Merz plant in Kanada Treffen mit den Staats- und Regierungschefs von Japan, Australien und Indien.', True, [(('country:AU', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:IN', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:JP', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.participants.leaders_of', 'en', 'In Canada, Friedrich Merz will hold meetings with the leaders of Japan, Australia and India.', True, [(('country:AU', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:IN', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:JP', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.participants.leaders_of', 'en', 'In Canada, Friedrich Merz will hold a meeting with the leaders of Japan.', False, [(('country:JP', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.participants.leaders_of', 'de', 'Xi Jinping sprach bei einem Gipfeltreffen mit den Staats- und Regierungschefs von Brasilien und Chile über Handel.', False, [(('country:BR', 'country:CL', 'person:xi-jinping'), 'summit', 'held')]),
    # the person who opens the sentence meets the leaders when the clause of the meetings names nobody
    ('meeting.participants.leaders_of', 'de', 'Bundeskanzler Friedrich Merz plant weitere Gespräche, ausgemacht sind schon Treffen mit den Staats- und Regierungschefs von Japan, Australien und Indien.', True, [(('country:AU', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:IN', 'person:friedrich-merz'), 'meeting', 'planned'), (('country:JP', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.participants.leaders_of', 'en', 'Chancellor Friedrich Merz plans more talks; meetings with the leaders of Japan, Australia and India are already arranged.', True, [(('country:AU', 'person:friedrich-merz'), 'meeting', 'held'), (('country:IN', 'person:friedrich-merz'), 'meeting', 'held'), (('country:JP', 'person:friedrich-merz'), 'meeting', 'held')]),
    # one's own counterparts from several countries are met one by one when the sentence says so ("bilateral",
    # "separate"); else the talks are one gathering. A meeting with one country's leader joins no other meeting,
    # and a Korean family name before a hyphenated given name is the short form ("Park Jin-woo" -> "Park")
    ('meeting.participants.leaders_of', 'en', 'Annalena Baerbock also held a series of bilateral meetings with her counterparts from several other nations, including Thailand, Mexico and Albania.', True, [(('country:AL', 'person:annalena-baerbock'), 'meeting', 'held'), (('country:MX', 'person:annalena-baerbock'), 'meeting', 'held'), (('country:TH', 'person:annalena-baerbock'), 'meeting', 'held')]),
    ('meeting.participants.leaders_of', 'de', 'Annalena Baerbock führte zudem bilaterale Gespräche mit ihren Amtskollegen aus mehreren Ländern, darunter Thailand, Mexiko und Albanien.', True, [(('country:AL', 'person:annalena-baerbock'), 'meeting', 'held'), (('country:MX', 'person:annalena-baerbock'), 'meeting', 'held'), (('country:TH', 'person:annalena-baerbock'), 'meeting', 'held')]),
    ('meeting.participants.leaders_of', 'en', 'Foreign Minister Park Jin-woo met his Iraqi counterpart Fuad Hussein in New York. Park also held bilateral meetings with his counterparts from Thailand and Mexico.', True, [(('country:MX', 'person:park-jin-woo'), 'meeting', 'held'), (('country:TH', 'person:park-jin-woo'), 'meeting', 'held'), (('person:fuad-hussein', 'person:park-jin-woo'), 'meeting', 'held')]),
    ('meeting.participants.leaders_of', 'en', 'Penny Wong held talks with her counterparts from the United States, Japan and India in Washington.', False, [(('country:IN', 'country:JP', 'country:US', 'person:penny-wong'), 'meeting', 'held')]),
    # a given name before a surname the lexicon knows alone names another person, and the surname alone then
    # refers to the article's own person ("Simon Harris ... Mr Harris" is not Kamala Harris); a spelling variant
    # of the known person's given name ("Julia", "Angele") or an honorific ("Mr") does not
    ('meeting.meeting', 'en', 'Prime Minister Simon Harris met Volodymyr Zelensky in Kyiv. Mr Harris later met Denys Shmyhal.', True,
     [(('person:denys-shmyhal', 'person:simon-harris'), 'meeting', 'held'), (('person:simon-harris', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.meeting', 'de', 'Ministerpräsident Simon Harris traf Wolodymyr Selenskyj in Kiew. Harris traf später Denys Schmyhal.', True,
     [(('person:denys-shmyhal', 'person:simon-harris'), 'meeting', 'held'), (('person:simon-harris', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.meeting', 'de', 'Bundeskanzlerin Angele Merkel traf Wolodymyr Selenskyj in Kiew.', True,
     [(('person:angela-merkel', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.meeting', 'en', 'Mr Støre met Volodymyr Zelensky in Kyiv.', True,
     [(('person:jonas-gahr-store', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # after a title and a known given name, a common word is the surname ("Energieministerin Catherine Reiche")
    ('meeting.meeting', 'de', 'Julia Swyrydenko sprach bei einem Treffen mit der deutschen Energieministerin Catherine Reiche über die Vorbereitung.', True,
     [(('person:catherine-reiche', 'person:yulia-svyrydenko'), 'meeting', 'held')]),
    # a Chinese or Korean name the lexicon knows is shortened to its first word, the family name ("Yoon Suk Yeol" ... "Yoon")
    ('meeting.meeting', 'en', 'President Yoon Suk Yeol arrived in Nairobi. The next day, Yoon met Kenyan President William Ruto.', True,
     [(('country:KE', 'person:william-ruto', 'person:yoon-suk-yeol'), 'visit', 'held')]),
    # meeting.participants.hosts
    ('meeting.participants.hosts', 'de', 'Merz eröffnete die Konferenz, ausgerichtet von Italien und Frankreich, in Rom.', True, [(('country:FR', 'country:IT', 'person:friedrich-merz'), 'summit', 'held')]),
    ('meeting.participants.hosts', 'en', 'Rutte opened the conference, hosted by Italy and France, in Rome.', True, [(('country:FR', 'country:IT', 'org:nato', 'person:mark-rutte'), 'summit', 'held')]),
    ('meeting.participants.hosts', 'en', 'Rutte opened the conference, attended by Italy and France, in Rome.', False, [(('org:nato', 'person:mark-rutte'), 'summit', 'held')]),
    # meeting.place.previous_visit: a one-party visit with no place goes on where the visit just told took place
    ('meeting.place.previous_visit', 'en', 'Lithuania and Latvia announced new aid during their visit to Kyiv on Wednesday. Latvia pledged armoured vehicles during a visit by Prime Minister Evika Siliņa.', True,
     [(('country:LT', 'country:LV', 'country:UA'), 'visit', 'held'), (('country:LV', 'country:UA', 'person:evika-silina'), 'visit', 'held')]),
    ('meeting.place.previous_visit', 'de', 'Litauen und Lettland kündigten bei ihrem Besuch in Kiew am Mittwoch neue Hilfe an. Neue Hilfe sagte Lettland während des Besuchs von Evika Siliņa zu.', True,
     [(('country:LT', 'country:LV', 'country:UA'), 'visit', 'held'), (('country:LV', 'country:UA', 'person:evika-silina'), 'visit', 'held')]),
    ('meeting.place.previous_visit', 'en', 'Latvia pledged armoured vehicles during a visit by Prime Minister Evika Siliņa.', False,
     [(('country:LV', 'person:evika-silina'), 'visit', 'held')]),
    # a capitalised title word may stand between the modifiers and the summit noun
    ('meeting.participants.noun_modifiers', 'en', 'Penny Wong spoke at the opening of the ASEAN-Australia Special Summit on Monday.', True,
     [(('country:AU', 'org:asean', 'person:penny-wong'), 'summit', 'held')]),
    ('meeting.participants.noun_modifiers', 'en', 'Penny Wong spoke at the opening of the special summit on Monday.', False, []),
    # a person after "von" following a noun is what the noun is about, not the subject; a leader ("unter Leitung von") takes part
    ('meeting.participants.subject', 'de', 'Nach dem Sturz von Machthaber Assad traf Außenministerin Baerbock in Damaskus den neuen Machthaber al-Scharaa.', False,
     [(('person:ahmed-al-sharaa', 'person:annalena-baerbock'), 'meeting', 'held')]),
    ('meeting.participants.subject', 'de', 'Am Sonntag hatte Rubio mit der Delegation unter Leitung von Andrij Jermak verhandelt.', True,
     [(('person:andriy-yermak', 'person:marco-rubio'), 'meeting', 'held')]),
    # meeting.participants.chair: the chair and the body they speak for, with no one else named
    ('meeting.participants.chair', 'en', 'Many countries attended the meeting in Brussels, chaired by EU foreign policy chief Kaja Kallas.', True, [(('org:eu', 'person:kaja-kallas'), 'meeting', 'held')]),
    ('meeting.participants.chair', 'de', 'Vertreter vieler Staaten kamen zu dem Treffen in Brüssel, geleitet von der EU-Außenbeauftragten Kaja Kallas.', True, [(('org:eu', 'person:kaja-kallas'), 'meeting', 'held')]),
    ('meeting.participants.chair', 'en', 'Many countries attended the meeting in Brussels, praised by EU foreign policy chief Kaja Kallas.', False, []),
    # a person after "of" is what a noun is about, not a subject who attends
    ('meeting.participants.gathering_subjects', 'en', 'The EU hosted a donor conference for Syria after the ousting of former leader Bashar al-Assad.', False, [(('org:eu',), 'summit', 'held')]),
    # meeting.participants.visit_host
    ('meeting.participants.visit_host', 'de', 'Merz reiste nach Kiew.', True, [(('country:UA', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.participants.visit_host', 'en', 'Starmer travelled to Kyiv.', True, [(('country:UA', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.participants.visit_host', 'de', 'Merz reiste am Montag ab.', False, []),
    # meeting.participants.place_host
    ('meeting.participants.place_host', 'de', 'Merz hatte am Montag ein Treffen in Paris.', True, [(('country:FR', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.place_host', 'en', 'Starmer had a meeting in Paris on Monday.', True, [(('country:FR', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.participants.place_host', 'en', 'Starmer had a meeting on Monday.', False, []),
    # meeting.place.locative
    ('meeting.place.locative', 'de', 'Merz traf Macron in Paris.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.place.locative', 'en', 'Starmer met Macron in Paris.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.place.locative', 'de', 'Merz traf Macron gestern.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # German declines some country names after a preposition ("in die Vereinigten Arabischen Emirate", "in den Niederlanden")
    ('meeting.place.locative', 'de', 'Heiko Maas reist am Sonntag weiter in die Vereinigten Arabischen Emirate.', True, [(('country:AE', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.place.locative', 'de', 'Heiko Maas sprach am Sonntag über die Vereinigten Arabischen Emirate.', False, []),
    # meeting.place.visit_destination
    ('meeting.place.visit_destination', 'en', 'Starmer travelled to Kyiv.', True, [(('country:UA', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.place.visit_destination', 'en', 'Starmer travelled from Kyiv.', False, []),
    # meeting.place.capitalized
    ('meeting.place.capitalized', 'de', 'Merz traf Macron in Kananaskis.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.place.capitalized', 'en', 'Starmer met Macron in Kananaskis.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.place.capitalized', 'en', 'Starmer met Macron in Paris.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # a place of several words; "Im Anschluss" is no place
    ('meeting.place.capitalized', 'de', 'Staatsministerin Serap Güler besucht den Tschad. Im Anschluss will Güler nach Port Sudan weiterreisen.', True, [(('country:SD', 'person:serap-guler'), 'visit', 'planned'), (('country:TD', 'person:serap-guler'), 'visit', 'held')]),
    ('meeting.place.capitalized', 'de', 'Im Anschluss traf Merz Macron.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # a verb of travelling goes where it says after it, not to the place of a phrase before it
    ('meeting.place.locative', 'de', 'Außenministerin Annalena Baerbock war in Amman. Nach ihrem Besuch in Jordanien reiste die Bundesaußenministerin nach Israel.', True, [(('country:IL', 'person:annalena-baerbock'), 'visit', 'held'), (('country:JO', 'person:annalena-baerbock'), 'visit', 'held')]),
    # a title with its office after it, a comma and the name: the title's anaphor finds the person
    ('meeting.participants.subject', 'de', 'Das kündigte die Staatsministerin des Auswärtigen Amtes, Serap Güler, am Dienstag an. Im Anschluss will die Staatsministerin nach Port Sudan weiterreisen.', True, [(('country:SD', 'person:serap-guler'), 'visit', 'planned')]),
    # a federal minister's title is the minister's ("die Bundesaußenministerin"); "reisen" and "weiterreisen" are visits
    ('meeting.participants.verb_object', 'de', 'Außenministerin Annalena Baerbock war in Amman. Danach reiste die Bundesaußenministerin nach Israel.', True, [(('country:IL', 'person:annalena-baerbock'), 'visit', 'held')]),
    ('meeting.visit', 'de', 'Merz wollte im Mai nach Israel reisen.', True, [(('country:IL', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.visit', 'en', 'Rudd travelled on to Port Moresby on Monday.', True, [(('country:PG', 'person:kevin-rudd'), 'visit', 'held')]),
    # meeting.place.remote
    ('meeting.place.remote', 'de', 'Merz telefonierte mit Macron.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'call', 'held')]),
    ('meeting.place.remote', 'en', 'Starmer phoned Macron.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'call', 'held')]),
    ('meeting.place.remote', 'en', 'Starmer met Macron.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.place.visited_country
    ('meeting.place.visited_country', 'de', 'Merz besuchte Polen.', True, [(('country:PL', 'person:friedrich-merz'), 'visit', 'held')]),
    ('meeting.place.visited_country', 'en', 'Starmer visited Poland.', True, [(('country:PL', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.place.visited_country', 'en', 'Starmer visited Warsaw.', True, [(('country:PL', 'person:keir-starmer'), 'visit', 'held')]),
    ('meeting.place.visited_country', 'en', 'Starmer visited a factory.', False, []),
    # meeting.status.planned_cue
    # meeting.participants.arranged_for: a meeting arranged with one person and no one before it is the last subject's; one
    # that took place is not
    ('meeting.participants.arranged_for', 'de', 'Heiko Maas reist nach Brasilien. Außerdem ist ein Treffen mit Außenminister Ernesto Araújo geplant.', True,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held'), (('person:ernesto-araujo', 'person:heiko-maas'), 'meeting', 'planned')]),
    ('meeting.participants.arranged_for', 'en', 'Heiko Maas is travelling to Brazil. A meeting with Foreign Minister Ernesto Araújo is also planned.', True,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held'), (('person:ernesto-araujo', 'person:heiko-maas'), 'meeting', 'planned')]),
    ('meeting.participants.arranged_for', 'en', 'Heiko Maas is travelling to Brazil. A meeting with Foreign Minister Ernesto Araújo took place in 2019.', False,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.participants.arranged_for', 'de', 'Heiko Maas reist nach Brasilien. Ein Treffen mit Außenminister Ernesto Araújo fand 2019 statt.', False,
     [(('country:BR', 'person:heiko-maas'), 'visit', 'held')]),
    ('meeting.status.planned_cue', 'de', 'Merz und Macron planen ein Treffen in Berlin.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'en', 'Starmer and Macron plan a meeting in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    # (a German participle of arranging right after the list of parties ends the clause: planned)
    ('meeting.status.planned_cue', 'de', 'Reem Alabali-Radovan reist nach Ägypten. In Kairo ist ein Treffen mit dem ägyptischen Außenminister Badr Abdelatty geplant, der die Konferenz vorbereitet.', True,
     [(('country:EG', 'person:reem-alabali-radovan'), 'visit', 'held'), (('person:badr-abdelatty', 'person:reem-alabali-radovan'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'en', 'Starmer and Macron had a meeting in London.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # a time word later in the clause plans a verb in the present; "later" beside a past verb does not
    ('meeting.status.planned_cue', 'en', 'Starmer meets Macron in London later this week.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    # an infinitive after a verb of agreeing or intending plans the meeting; the verb before a meeting noun does not
    ('meeting.status.planned_cue', 'en', 'Starmer and Macron agreed to meet in London.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'en', 'Starmer and Macron agreed at their meeting in London to work together.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.status.planned_cue', 'de', 'Merz und Macron vereinbarten, sich im Mai in Paris zu treffen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'de', 'Merz und Macron vereinbarten bei ihrem Treffen in Paris eine engere Zusammenarbeit.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.status.planned_cue', 'en', 'Starmer later met Macron in London.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.status.planned_cue', 'de', 'Merz trifft Macron in Berlin am kommenden Montag.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'de', 'Merz traf Macron in Berlin, der am kommenden Montag nach Rom reist.', False, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    # meeting.status.future_auxiliary
    ('meeting.status.future_auxiliary', 'de', 'Merz wird nach langen Vorbereitungen am Freitag in Berlin Macron treffen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'planned')]),
    ('meeting.status.future_auxiliary', 'en', 'Starmer will after long preparations in London and Paris finally meet Macron.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    ('meeting.status.future_auxiliary', 'en', 'Starmer met Macron after long preparations in London and Paris.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.status.held
    ('meeting.status.held', 'de', 'Merz traf Macron.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.status.held', 'en', 'Starmer met Macron.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.status.held', 'en', 'Starmer will meet Macron.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'planned')]),
    # meeting.date.clause
    ('meeting.date.clause', 'de', 'Merz traf Macron am 12. Mai in Paris.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.date.clause', 'en', 'Starmer met Macron in Paris on 12 May.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.date.clause', 'en', 'Starmer met Macron in Paris.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.date.weekday
    ('meeting.date.weekday', 'de', 'Merz traf Macron am Dienstag.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.date.weekday', 'en', 'Starmer met Macron on Tuesday.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.date.weekday', 'en', 'Starmer met Macron in spring.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.merge.same_meeting
    ('meeting.merge.same_meeting', 'de', 'Merz traf Macron in Paris. Auch Merz und Macron berieten lange.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.merge.same_meeting', 'en', 'Starmer met Macron in Paris. Starmer and Macron had a meeting for hours.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.merge.same_meeting', 'en', 'Starmer met Macron in Paris. Starmer and Rutte had a meeting in Brussels.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held'), (('person:keir-starmer', 'person:mark-rutte'), 'meeting', 'held')]),
    # talks held at a venue are not the call the same people joined; talks about a country may be the call
    ('meeting.merge.same_meeting', 'en', 'Friedrich Merz, Giorgia Meloni and Volodymyr Zelensky joined the call from Rome. Zelensky also held talks with Meloni at the Quirinale palace on Wednesday evening.', False, [(('person:friedrich-merz', 'person:giorgia-meloni', 'person:volodymyr-zelensky'), 'call', 'held'), (('person:giorgia-meloni', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.merge.same_meeting', 'en', 'Friedrich Merz, Giorgia Meloni and Volodymyr Zelensky joined the call from Rome. Zelensky also held talks with Meloni about Italy on Wednesday evening.', True, [(('person:friedrich-merz', 'person:giorgia-meloni', 'person:volodymyr-zelensky'), 'call', 'held')]),
    # meeting.merge.vague
    ('meeting.merge.vague', 'de', 'Merz traf Macron in Paris. Merz lobte das Treffen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.merge.vague', 'en', 'Starmer met Macron in Paris. Starmer praised the meeting.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.merge.vague', 'en', 'Starmer met Macron in Paris. Rutte praised the meeting.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # meeting.merge.ambiguous
    ('meeting.merge.ambiguous', 'de', 'Merz traf Macron in Paris. Merz traf Starmer in London. Merz lobte das Treffen.', True, [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held'), (('person:friedrich-merz', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.merge.ambiguous', 'en', 'Starmer met Macron in Paris. Starmer met Merz in Berlin. Starmer praised the meeting.', True, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held'), (('person:friedrich-merz', 'person:keir-starmer'), 'meeting', 'held')]),
    ('meeting.merge.ambiguous', 'en', 'Starmer met Macron in Paris. Starmer praised the meeting.', False, [(('person:emmanuel-macron', 'person:keir-starmer'), 'meeting', 'held')]),
    # an organisation alone as the subject of talks with no one meets no one; a body's own meeting stands
    ('meeting.block.no_participants', 'en', 'The IMF approved $1.1 billion for Pakistan on Monday, amid discussions for a new loan.', True, []),
    ('meeting.block.no_participants', 'de', 'Der IWF gab am Montag 1,1 Milliarden Dollar für Pakistan frei, während die Gespräche über einen neuen Kredit andauern.', True, []),
    ('meeting.block.lone_participant', 'en', 'The IMF approved the loan for Pakistan on Monday after a meeting.', True, []),
    # "discussed ... with X": a verb of talking with its counterpart
    ('meeting.participants.verb_object', 'en', "Pakistan's Prime Minister Shehbaz Sharif discussed a new loan with IMF chief Kristalina Georgieva in Riyadh.", True, [(('person:kristalina-georgieva', 'person:shehbaz-sharif'), 'meeting', 'held')]),
    # meeting.participants.body_members: an organisation named through its members meets on its own
    ('meeting.participants.body_members', 'de', 'Die Außenminister der NATO berieten am Montag in Brüssel.', True, [(('org:nato',), 'meeting', 'held')]),
    ('meeting.participants.body_members', 'en', 'The G7 leaders met in Rome on Friday.', True, [(('org:g7',), 'meeting', 'held')]),
    ('meeting.participants.body_members', 'en', 'The IMF approved the loan for Pakistan on Monday after a meeting.', False, []),
    # two mentions of one donor conference ("the conference in London", "at this conference") are one meeting
    ('meeting.participants.conference_donors', 'en', 'At the donor conference for Ukraine in London, Germany pledged €100 million to Ukraine. Britain pledged £50 million to Ukraine at the conference, and France pledged €20 million to Ukraine at this conference.', True,
     [(('country:DE', 'country:FR', 'country:GB'), 'summit', 'held')]),
    # hosts named before the noun in German ("die von X und Y ausgerichtete Konferenz") take part, also
    # where no one else is named
    ('meeting.participants.hosts', 'de', 'Guterres sprach bei der von Katar und Ägypten ausgerichteten Konferenz über Gaza.', True,
     [(('country:EG', 'country:QA', 'org:un', 'person:antonio-guterres'), 'summit', 'held')]),
    ('meeting.participants.hosts', 'en', 'The conference in Riyadh, co-hosted by the United Nations and Saudi Arabia, discussed Yemen.', True,
     [(('country:SA', 'org:un'), 'summit', 'held')]),
    # a mention naming only its hosts is the meeting another sentence names with the same countries
    ('meeting.participants.hosts', 'en', 'The Japan-Ukraine Conference for reconstruction was held in Tokyo on Monday. The conference was co-hosted by Japan and Ukraine.', True,
     [(('country:JP', 'country:UA'), 'summit', 'held')]),
    # a plain conference in the sentence of a pledge verb is a donor conference: the givers read after it attended
    ('meeting.participants.conference_donors', 'en', 'Donors pledged $2.3 billion for Syria at a conference in Brussels on Wednesday. Germany committed $1.2 billion and Britain $300 million.', True,
     [(('country:DE', 'country:GB'), 'summit', 'held')]),
    ('meeting.participants.conference_donors', 'de', 'Die Geber sagten bei einer Konferenz in Brüssel am Mittwoch 2,3 Milliarden Dollar für Syrien zu. Deutschland stellte 1,2 Milliarden Dollar bereit und Großbritannien 300 Millionen Dollar.', True,
     [(('country:DE', 'country:GB'), 'summit', 'held')]),
    ('meeting.participants.conference_donors', 'en', 'At a conference in Brussels on Wednesday, Germany and Britain discussed the climate.', False,
     [(('country:DE', 'country:GB'), 'meeting', 'held')]),
    # "told the conference": the speaker addressed the gathering and attended it; "told reporters" is no meeting
    ('meeting.block.interview', 'en', '"We will not abandon Syria," Secretary-General Antonio Guterres told the conference in Brussels.', False,
     [(('org:un', 'person:antonio-guterres'), 'summit', 'held')]),
    ('meeting.block.interview', 'en', '"We will not abandon Syria," Secretary-General Antonio Guterres told reporters at the conference in Brussels.', True, []),
    # names in apposition to a noun after a preposition are no subjects (goods arrived from Qatar and Kuwait): one party is left
    ('meeting.block.lone_participant', 'de', 'Auch aus den Golfstaaten Katar und Kuwait trafen Hilfsgüter ein.', True, []),
    # a possessive near the cue is the subject's own, not the last person named before
    ('meeting.participants.pronoun', 'de', 'US-Präsident Donald Trump hat am Samstag mit Bundeskanzlerin Angela Merkel telefoniert. Sean Spicer bestätigte das. Trump telefonierte von seinem Schreibtisch im Oval Office aus.', False,
     [(('person:angela-merkel', 'person:donald-trump'), 'call', 'held')]),
    # a subject pronoun right at the verb takes part whatever the number of objects
    ('meeting.participants.pronoun', 'de', 'Olaf Scholz lobte den Handel. In Hanoi trifft er Regierungschef Pham Minh Chinh und Präsident Nguyen Xuan Phuc.', True, [(('person:nguyen-xuan-phuc', 'person:olaf-scholz', 'person:pham-minh-chinh'), 'meeting', 'held')]),
    ('meeting.participants.pronoun', 'de', 'Olaf Scholz lobte den Handel. In Hanoi trifft Regierungschef Pham Minh Chinh Präsident Nguyen Xuan Phuc.', False, [(('person:nguyen-xuan-phuc', 'person:pham-minh-chinh'), 'meeting', 'held')]),
    # German "sie" beside a singular auxiliary is "she" ("wollte sie ... reisen"); beside a plural one it is "they"
    ('meeting.participants.pronoun', 'de', 'Außenministerin Annalena Baerbock war in Amman. Anschließend wollte sie noch in den Libanon reisen.', True, [(('country:LB', 'person:annalena-baerbock'), 'visit', 'held')]),
    ('meeting.participants.pronoun', 'de', 'Die Außenminister trafen sich in Amman. Anschließend wollen sie noch in den Libanon reisen.', False, []),
    # welcome_object: welcoming is a meeting only with a person right after the verb (articles, titles, adjectives skipped)
    # met_need: meeting a need, a target or a cost, or German "treffen" with a decision (making it), is no meeting;
    # a decision named before a verb that does not end the clause is another phrase's
    ('meeting.block.met_need', 'de', 'Scholz und Macron haben am Montag in Paris eine Entscheidung getroffen.', True, []),
    ('meeting.block.met_need', 'en', 'USAID Administrator Samantha Power announced $171 million to meet humanitarian needs in Sudan.', True, []),
    ('meeting.block.met_need', 'de', 'Nach der Entscheidung traf Friedrich Merz Wolodymyr Selenskyj.', False, [(('person:friedrich-merz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.block.met_need', 'en', 'After the decision, Keir Starmer met Volodymyr Zelensky to discuss his needs.', False, [(('person:keir-starmer', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.block.welcome_object', 'de', 'Scholz begrüßte die Zusage von Macron.', True, []),
    ('meeting.block.welcome_object', 'en', 'Scholz welcomed the pledge by Macron.', True, []),
    ('meeting.block.welcome_object', 'de', 'Scholz begrüßte den ukrainischen Präsidenten Selenskyj im Kanzleramt.', False,
     [(('person:olaf-scholz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.block.welcome_object', 'en', 'Rishi Sunak welcomed Volodymyr Zelensky to Chequers on Monday.', False,
     [(('person:rishi-sunak', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # future_subject: a meeting noun as the subject of a future auxiliary after it
    ('meeting.status.future_subject', 'de', 'Das Gipfeltreffen zwischen Biden und Xi soll in San Francisco stattfinden.', True,
     [(('person:joe-biden', 'person:xi-jinping'), 'summit', 'planned')]),
    ('meeting.status.future_subject', 'en', 'The summit between Biden and Xi will take place in San Francisco.', True,
     [(('person:joe-biden', 'person:xi-jinping'), 'summit', 'planned')]),
    # (the trip after it is a planned visit; as is: a comma between two names reads as a list, so Xi counts among the travellers)
    ('meeting.status.future_subject', 'en', 'After the summit between Biden and Xi, Biden will fly to Tokyo.', False,
     [(('country:JP', 'person:joe-biden', 'person:xi-jinping'), 'visit', 'planned'), (('person:joe-biden', 'person:xi-jinping'), 'summit', 'held')]),
    ('meeting.status.future_subject', 'de', 'Nach dem Treffen zwischen Biden und Xi wird Biden nach Tokio fliegen.', False,
     [(('country:JP', 'person:joe-biden', 'person:xi-jinping'), 'visit', 'planned'), (('person:joe-biden', 'person:xi-jinping'), 'meeting', 'held')]),
    # a summit that names its own parties is no mere occasion
    ('meeting.block.occasion', 'en', 'Ahead of the summit between Biden and Xi, officials from both sides met in Vienna.', False,
     [(('person:joe-biden', 'person:xi-jinping'), 'summit', 'planned')]),
    # fronted_subject: the main clause's subject (a person) after a fronted meeting phrase with its own with-list
    ('meeting.participants.fronted_subject', 'de', 'Bei einem Treffen mit Scholz in Berlin sagte Selenskyj, die Ukraine brauche mehr Hilfe.', True,
     [(('person:olaf-scholz', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'During a joint press conference with Olaf Scholz in Berlin, Zelensky thanked Germany for its support.', True,
     [(('person:olaf-scholz', 'person:volodymyr-zelensky'), 'press_conference', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'At a meeting with Erdogan in Ankara on Tuesday, Hungarian Prime Minister Viktor Orban praised the deal.', True,
     [(('person:recep-tayyip-erdogan', 'person:viktor-orban'), 'meeting', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'After the talks with Xi, the sanctions will stay.', False, []),
    # the phrase may open a clause of what is said ("reports that during a trip to Kyiv, ..."), whose teller takes no part;
    # a country's name on a title ("U.S. Secretary of State") is neither the visitor's name nor a further stop
    ('meeting.participants.fronted_subject', 'en', 'The U.S. Department of State reports that during a trip to Kyiv, U.S. Secretary of State Antony Blinken and U.S. Secretary of Defense Lloyd Austin announced new military aid.', True,
     [(('country:UA', 'person:antony-blinken', 'person:lloyd-austin'), 'visit', 'held')]),
    ('meeting.participants.fronted_subject', 'de', 'Nach einem Gespräch mit Xi am Montag bleiben die Sanktionen bestehen.', False, []),
    # (the list after "mit" stops at the verb after a name; the subject after the verb takes part as the fronted phrase's)
    ('meeting.participants.fronted_subject', 'de', 'Bei dem Treffen mit Präsident Cyril Ramaphosa betonte Frank-Walter Steinmeier die Bedeutung der Partnerschaft.', True,
     [(('person:cyril-ramaphosa', 'person:frank-walter-steinmeier'), 'meeting', 'held')]),
    # the White House is a seat of government of its own: it hosts as a place, and drops out of a meeting its state's person attends
    ('meeting.place.locative', 'de', 'Biden empfing Scholz im Weißen Haus.', True,
     [(('person:joe-biden', 'person:olaf-scholz'), 'meeting', 'held')]),
    ('meeting.participants.subject', 'de', 'Das Weiße Haus bestätigte ein Treffen zwischen Biden und Scholz.', True,
     [(('person:joe-biden', 'person:olaf-scholz'), 'meeting', 'held')]),
    # gathered_object: gathering with an object is no meeting; gathering "in", "on Friday", "sich am Mittwoch" is
    ('meeting.block.gathered_object', 'de', 'Merz und Macron versammelten Unterstützer hinter dem Plan.', True, []),
    ('meeting.block.gathered_object', 'en', 'Merz and Macron gathered support for the plan.', True, []),
    ('meeting.block.gathered_object', 'en', 'Foreign ministers of the G20 gathered in Rio de Janeiro on Wednesday.', False, [(('org:g20',), 'meeting', 'held')]),
    ('meeting.block.gathered_object', 'de', 'Die Außenminister der G20 versammelten sich am Mittwoch in Rio de Janeiro.', False, [(('org:g20',), 'meeting', 'held')]),
    ('meeting.block.gathered_object', 'en', 'Qatar promised the largest package among donors gathered in Cairo.', True, []),
    # conference_speakers: the persons quoted after a held conference attended it (a planned one gains no speakers)
    ('meeting.participants.conference_speakers', 'de', 'Bei einer Geberkonferenz für den Jemen in Genf sagte Deutschland dem Jemen 120 Millionen Euro zu, Frankreich sagte dem Jemen 50 Millionen Euro zu. „Die Lage ist verzweifelt“, sagte UN-Generalsekretär António Guterres.', True,
     [(('country:DE', 'country:FR', 'person:antonio-guterres'), 'summit', 'held')]),
    ('meeting.participants.conference_speakers', 'en', 'At a pledging conference for Yemen in Geneva, Germany pledged €120 million to Yemen and France pledged €50 million to Yemen. "The situation is desperate," UN Secretary-General António Guterres said.', True,
     [(('country:DE', 'country:FR', 'person:antonio-guterres'), 'summit', 'held')]),
    ('meeting.participants.conference_speakers', 'en', 'The pledging conference for Yemen between Germany and France will take place in Geneva next week. "The situation is desperate," UN Secretary-General António Guterres said.', False,
     [(('country:DE', 'country:FR'), 'summit', 'planned')]),
    # "dialled" is a call with the person dialled
    ('meeting.type.hint', 'en', 'Modi dialled Putin on Thursday.', True, [(('person:narendra-modi', 'person:vladimir-putin'), 'call', 'held')]),
    ('meeting.type.hint', 'en', 'The minister dialled the wrong number.', True, []),
    # visitor_after: "des Besuchs von Modi": the visitor; a year after "von" is none
    ('meeting.participants.visitor_after', 'de', 'Während des Besuchs von Modi in Washington kündigte Biden neue Kooperationen an.', True,
     [(('country:US', 'person:narendra-modi'), 'visit', 'held')]),
    ('meeting.participants.visitor_after', 'de', 'Die Kosten des Besuchs von 2019 waren hoch.', False, []),
    # meeting.participants.addressee
    ('meeting.participants.addressee', 'de', 'Mauricio Macri richtete am Mittwoch in einem Telefonat eine Bitte an IWF-Chefin Christine Lagarde.', True,
     [(('person:christine-lagarde', 'person:mauricio-macri'), 'call', 'held')]),
    ('meeting.participants.addressee', 'de', 'Christine Lagarde sagte, Mauricio Macri habe am Mittwoch ein Telefonat geführt.', False,
     [(('person:christine-lagarde', 'person:mauricio-macri'), 'call', 'held')]),  # as is: the speaker joins the call by another rule
    # a visit after "nach"/"after" is another event than the clause's; a title compound names the visitor
    ('meeting.participants.visitor_after', 'de', 'Meloni war in Kiew eingetroffen, einen Tag nach dem überraschenden Besuch von US-Präsident Joe Biden in Kiew.', True,
     [(('country:UA', 'person:giorgia-meloni'), 'visit', 'held'), (('country:UA', 'person:joe-biden'), 'visit', 'held')]),
    # German genitive visitor: "beim Besuch des lettischen Regierungschefs Krišjānis Kariņš"
    ('meeting.participants.visitor_after', 'de', 'Beim Besuch des lettischen Regierungschefs Krišjānis Kariņš in Kiew sagte Lettland neue Hilfe zu.', True, [(('country:UA', 'person:krisjanis-karins'), 'visit', 'held')]),
    ('meeting.participants.visitor_after', 'de', 'Beim Besuch der Delegation in Kiew sagte Lettland neue Hilfe zu.', False, []),
    # a first name the lexicon did not join to the surname may stand between the title and the name
    ('meeting.participants.visitor_after', 'de', 'Beim Besuch der ukrainischen Regierungschefin Julia Swyrydenko in Bern ging es um Hilfe.', True, [(('country:CH', 'person:yulia-svyrydenko'), 'visit', 'held')]),
    # (English reads the visitor as the noun's object; "arrived" takes no object after "after")
    ('meeting.participants.verb_object', 'en', 'Meloni arrived in Kyiv a day after the surprise visit of US President Joe Biden.', True,
     [(('country:UA', 'person:giorgia-meloni'), 'visit', 'held'), (('country:UA', 'person:joe-biden'), 'visit', 'held')]),
    ('meeting.participants.verb_object', 'en', 'Meloni met Biden after the summit in Kyiv.', True,
     [(('person:giorgia-meloni', 'person:joe-biden'), 'meeting', 'held')]),
    # a role title before another title is no name's title: "der Bundeskanzler EU-Kommissionspräsidentin von der Leyen" is two persons
    ('meeting.participants.verb_object', 'de', 'Bundeskanzler Friedrich Merz ist in Kanada. Anschließend traf der Bundeskanzler EU-Kommissionspräsidentin Ursula von der Leyen.', True, [(('person:friedrich-merz', 'person:ursula-von-der-leyen'), 'meeting', 'held')]),
    ('meeting.participants.verb_object', 'en', 'Chancellor Friedrich Merz is in Canada. Later the chancellor met EU Commission President Ursula von der Leyen.', True, [(('person:friedrich-merz', 'person:ursula-von-der-leyen'), 'meeting', 'held')]),
    # a held conference of one party so far is attended by the persons quoted after it
    ('meeting.participants.conference_speakers', 'de', '"Wir eröffnen heute ein neues Kapitel", so Somalias Präsident zu Beginn der Geberkonferenz. "Dies ist ein historischer Tag", sagte auch EU-Ratspräsident Herman Van Rompuy.', True,
     [(('country:SO', 'person:herman-van-rompuy'), 'summit', 'held')]),
    ('meeting.participants.conference_speakers', 'de', '"Wir eröffnen heute ein neues Kapitel", so Somalias Präsident zu Beginn der Geberkonferenz.', False, []),
    # a fronted summit phrase needs no with-list: the main clause's subject took part
    ('meeting.participants.fronted_subject', 'de', 'Beim Gipfeltreffen in Brüssel kündigte unter anderem der britische Premierminister David Cameron mehr Geld an. Bundeskanzlerin Angela Merkel erklärte dazu: "Wir sind uns einig."', True,
     [(('person:angela-merkel', 'person:david-cameron'), 'summit', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'At the summit in Brussels, British Prime Minister David Cameron announced more money. "We agree," German Chancellor Angela Merkel said.', True,
     [(('person:angela-merkel', 'person:david-cameron'), 'summit', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'British Prime Minister David Cameron announced more money after the summit in Brussels.', False, []),
    # the speakers added to a conference may show two mentions of it to be one
    ('meeting.participants.conference_speakers', 'de', 'Japan hat der Ukraine bei einer bilateralen Konferenz über den Wiederaufbau langfristige Hilfe zugesichert. «Wir helfen», sagte Kishida am Montag in der Eröffnungsrede zur Konferenz in Tokio.', True,
     [(('country:JP', 'country:UA', 'person:fumio-kishida'), 'summit', 'held')]),
    ('meeting.block.occasion', 'en', 'Marles met with Zelensky on the sideline of the summit.', True, [(('person:richard-marles', 'person:volodymyr-zelensky'), 'meeting', 'held')]),
    # a meeting planned within a visit under way is part of it; a person of no known state met on a visit may be of the host
    ('meeting.merge.same_meeting', 'en', 'Pedro Sanchez arrived in Kyiv on Saturday to meet Volodymyr Zelensky. Pedro Sanchez is planning to meet with Volodymyr Zelensky later in the visit.', True,
     [(('country:UA', 'person:pedro-sanchez', 'person:volodymyr-zelensky'), 'visit', 'held')]),
    ('meeting.merge.same_meeting', 'en', 'Penny Wong announced aid during her visit to Tonga. Speaking alongside Prime Minister Dr.Aisake Eke, Wong emphasised trust as the cornerstone of the bilateral relationship.', True,
     [(('country:TO', 'person:aisake-eke', 'person:penny-wong'), 'visit', 'held')]),
    # meeting.type.invitation: an invitation to a country is a visit, planned
    ('meeting.type.invitation', 'de', 'Merkel dankte Präsident Obama für die Annahme der Einladung nach Deutschland.', True,
     [(('country:DE', 'person:angela-merkel', 'person:barack-obama'), 'visit', 'planned')]),
    ('meeting.type.invitation', 'en', 'Merkel thanked President Obama for accepting her invitation to Germany.', True,
     [(('country:DE', 'person:angela-merkel', 'person:barack-obama'), 'visit', 'planned')]),
    ('meeting.type.invitation', 'de', 'Merkel dankte Präsident Obama für die Einladung zur Konferenz.', False, [(('person:angela-merkel', 'person:barack-obama'), 'summit', 'planned')]),
    # a reporter of the sentence before is no subject for a possessive
    ('meeting.participants.possessive', 'de', 'Sean Spicer teilte mit, dass Präsident Trump und Kanzlerin Merkel miteinander sprachen. Anschließend begann sein Telefonat mit Präsident Putin.', True,
     [(('person:angela-merkel', 'person:donald-trump'), 'meeting', 'held'), (('person:donald-trump', 'person:vladimir-putin'), 'call', 'held')]),
    # meeting.participants.pair: "both leaders" opening the sentence are the two persons of the sentence before
    ('meeting.participants.pair', 'de', 'Merz empfing Macron in Berlin. Die beiden Politiker führten Gespräche über die Ukraine.', True,
     [(('person:emmanuel-macron', 'person:friedrich-merz'), 'meeting', 'held')]),
    ('meeting.participants.pair', 'en', 'Narendra Modi welcomed Gotabaya Rajapaksa in Delhi. Both the leaders held bilateral talks on trade.', True,
     [(('person:gotabaya-rajapaksa', 'person:narendra-modi'), 'meeting', 'held')]),
    ('meeting.participants.pair', 'en', 'Narendra Modi spoke in Delhi. Both the leaders held bilateral talks on trade.', False, []),
    # a conference of one party so far is also attended by the persons quoted just before it
    ('meeting.participants.conference_speakers', 'de', '«Wir brauchen Reformen», sagte Außenminister Guido Westerwelle vor den Delegierten. Entwicklungsminister Dirk Niebel sagte am Rande der Konferenz, die Hilfe sei an Bedingungen geknüpft.', True,
     [(('person:dirk-niebel', 'person:guido-westerwelle'), 'summit', 'held')]),
    ('meeting.participants.conference_speakers', 'en', '"We need reforms," Foreign Minister Guido Westerwelle told the delegates. Development Minister Dirk Niebel said on the sidelines of the conference that aid would depend on reforms.', True,
     [(('person:dirk-niebel', 'person:guido-westerwelle'), 'summit', 'held')]),
    # German "von" after a noun is an attribute, but not the agent of a passive nor a visit's visitor
    ('meeting.participants.subject', 'de', 'Am Donnerstag wird Kanzler Sebastian Kurz von Bundespräsident Frank-Walter Steinmeier empfangen.', True,
     [(('person:frank-walter-steinmeier', 'person:sebastian-kurz'), 'meeting', 'planned')]),
    # the author of a statement after "von" speaks for the meeting
    ('meeting.participants.subject', 'de', 'In einer Erklärung von Außenministerin Anita Anand hieß es nach dem Treffen in Oslo, man sei sich einig.', True,
     [(('country:NO', 'person:anita-anand'), 'meeting', 'held')]),
    # the place a visit noun goes to comes before any other "to X" of the clause
    ('meeting.place.visit_destination', 'en', 'Rishi Sunak will announce the largest-ever military aid package to Ukraine during a visit to Poland on Tuesday.', True,
     [(('country:PL', 'person:rishi-sunak'), 'visit', 'planned')]),
    # a pronoun after a sentence whose subject is an unnamed office holder ("Ghana's president") is that holder, known by the state
    ('meeting.participants.possessive', 'en', "Ghana's president has thanked India for its help after the floods. He thanked during his phone call to Prime Minister Narendra Modi on Tuesday.", True,
     [(('country:GH', 'person:narendra-modi'), 'call', 'held')]),
    ('meeting.participants.possessive', 'de', 'Der ghanaische Staatschef hat Indien für die Hilfe nach den Überschwemmungen gedankt. Er dankte in seinem Telefonat mit Premierminister Narendra Modi am Dienstag.', True,
     [(('person:john-mahama', 'person:narendra-modi'), 'call', 'held')]),
    ('meeting.participants.possessive', 'en', "Ghana's president has thanked India for its help after the floods. The thanks came in a phone call to Prime Minister Narendra Modi on Tuesday.", False, []),
    # meeting.place.described_city: a city after its description; the description's national adjective (past a compass word) hosts
    ('meeting.place.described_city', 'de', 'Der niederländische Regierungschef Mark Rutte ist in die ostukrainische Stadt Charkiw gereist.', True,
     [(('country:UA', 'person:mark-rutte'), 'visit', 'held')]),
    ('meeting.place.described_city', 'en', 'Dutch Prime Minister Mark Rutte travelled to the eastern Ukrainian city of Kharkiv.', True,
     [(('country:UA', 'person:mark-rutte'), 'visit', 'held')]),
    ('meeting.place.described_city', 'de', 'Der niederländische Regierungschef Mark Rutte ist in eine ostukrainische Stadt gereist.', False, []),
    ('meeting.place.described_city', 'en', 'Dutch Prime Minister Mark Rutte travelled to an eastern Ukrainian city.', False, []),
    # a capital with no name after it is its adjective's country's capital; a German compound on a common noun is no name
    ('meeting.place.described_city', 'de', 'Während des Besuchs der belgischen Delegation in der ukrainischen Hauptstadt gab es Luftalarm.', True,
     [(('country:BE', 'country:UA'), 'visit', 'held')]),
    ('meeting.place.described_city', 'en', 'Dutch Prime Minister Mark Rutte travelled to the Ukrainian capital on Monday.', True,
     [(('country:UA', 'person:mark-rutte'), 'visit', 'held')]),
    # a possessive's referent is no name in a later clause ("seit Kanzler Merz ...", "since Starmer took office"): the subject before
    ('meeting.participants.possessive', 'de', 'Verteidigungsminister Boris Pistorius ist in Kiew eingetroffen. Es ist sein erster Besuch in der ukrainischen Hauptstadt, seit Kanzler Friedrich Merz im Amt ist.', True,
     [(('country:UA', 'person:boris-pistorius'), 'visit', 'held')]),
    ('meeting.participants.possessive', 'en', 'Defence Secretary John Healey arrived in Kyiv. It is his first visit to the Ukrainian capital since Prime Minister Keir Starmer took office.', True,
     [(('country:UA', 'person:john-healey'), 'visit', 'held')]),
    # a fronted visit phrase: the main clause's subject is the visitor (a list of them too)
    ('meeting.participants.fronted_subject', 'en', 'During a trip to Kyiv, Secretary of State Antony Blinken and Defense Secretary Lloyd Austin announced new military aid.', True,
     [(('country:UA', 'person:antony-blinken', 'person:lloyd-austin'), 'visit', 'held')]),
    ('meeting.participants.fronted_subject', 'de', 'Bei einem Besuch in Kiew kündigte Außenministerin Annalena Baerbock neue Hilfe an.', True,
     [(('country:UA', 'person:annalena-baerbock'), 'visit', 'held')]),
    ('meeting.participants.fronted_subject', 'en', 'A trip to Kyiv is planned, Secretary of State Antony Blinken said.', False, []),
    # on the sidelines of a compound gathering ("am Rande einer EU-Videokonferenz"): the subject attends
    ('meeting.participants.attending_subject', 'de', 'Außenminister Johann Wadephul sprach sich am Rande einer EU-Videokonferenz für eine Waffenruhe aus.', True,
     [(('org:eu', 'person:johann-wadephul'), 'video', 'held')]),
    # a hyphenated name before the meeting noun ("G-8-Gipfel") is split off whole
    ('meeting.participants.compound', 'de', 'Der G-8-Gipfel in Heiligendamm endete am Freitag.', True, [(('org:g8',), 'summit', 'held')]),
    # "engaged with", "conferred with" a named person are talks; engaging with an issue is none
    ('meeting.participants.with_list', 'en', 'Foreign Minister Yoko Kamikawa further engaged with Prime Minister Denys Shmyhal in Kyiv.', True,
     [(('person:denys-shmyhal', 'person:yoko-kamikawa'), 'meeting', 'held')]),
    ('meeting.participants.with_list', 'en', 'The ministry engaged with the issue of energy aid.', False, []),
    # a word of the meeting's mode between the name and the noun: "an EU video conference"
    ('meeting.participants.noun_modifiers', 'en', 'Foreign Minister Johann Wadephul spoke on the sidelines of an EU video conference on Tuesday.', True,
     [(('org:eu', 'person:johann-wadephul'), 'video', 'held')]),
    # government consultations are a meeting of the two governments' heads
    ('meeting.type.compound', 'de', 'Der indische Premierminister Narendra Modi und Kanzler Friedrich Merz haben sich bei den deutsch-indischen Regierungskonsultationen geeinigt.', True,
     [(('person:friedrich-merz', 'person:narendra-modi'), 'meeting', 'held')]),
    # a meeting noun whose list of parties runs past the words around it is planned by a cue right after the list
    ('meeting.status.planned_cue', 'de', 'Ein Dreiertreffen zwischen Olaf Scholz, Emmanuel Macron und Giorgia Meloni ist für Freitag geplant.', True,
     [(('person:emmanuel-macron', 'person:giorgia-meloni', 'person:olaf-scholz'), 'meeting', 'planned')]),
    ('meeting.status.planned_cue', 'en', 'A three-way meeting between Antony Blinken, Emmanuel Macron and Giorgia Meloni took place on Friday, as planned.', False,
     [(('person:antony-blinken', 'person:emmanuel-macron', 'person:giorgia-meloni'), 'meeting', 'held')]),
    # German verb-second puts the visitor (and a title) right after the verb: the country after them is visited
    ('meeting.participants.visited_country', 'de', 'Danach besuchte Kanzler Scholz Senegal und den Niger.', True,
     [(('country:NE', 'person:olaf-scholz'), 'visit', 'held'), (('country:SN', 'person:olaf-scholz'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'en', 'Then Chancellor Scholz visited Senegal and Niger.', True,
     [(('country:NE', 'person:olaf-scholz'), 'visit', 'held'), (('country:SN', 'person:olaf-scholz'), 'visit', 'held')]),
    ('meeting.participants.visited_country', 'de', 'Am Montag besuchte Scholz den Präsidenten Macky Sall.', False,
     [(('person:macky-sall', 'person:olaf-scholz'), 'visit', 'held')]),
]


def _article(text: str, lang: str) -> Article:
    body = ("Nachrichten\n" if lang == "de" else "News\n") + text
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Article(id=digest[:16], title=body.splitlines()[0], text=body, lang=lang, source="test", sha256=digest, published=PUBLISHED)


@pytest.mark.parametrize(("rule_id", "lang", "text", "fires", "expected"), ROWS, ids=[f"{r[0]}-{r[1]}-{r[3]}" for r in ROWS])
def test_rule_row(rule_id, lang, text, fires, expected):
    article = _article(text, lang)
    chains = [d.chain for d in decisions(article)]
    assert any(rule_id in chain for chain in chains) is fires, chains
    got = sorted((tuple(sorted(m.participants)), m.type, m.status) for m in extract_article(article).meetings)
    assert got == expected


def test_every_meeting_rule_has_rows():
    from graph.extract.rules import registry

    for rule in registry().values():
        if rule.fact != "meeting":
            continue
        rows = [r for r in ROWS if r[0] == rule.id]
        assert any(not r[3] for r in rows), f"{rule.id}: no negative row"
        for lang in rule.langs:
            assert any(r[3] and r[1] == lang for r in rows), f"{rule.id}: no positive row in {lang}"
            assert (lang, next(r[2] for r in rows if r[3] and r[1] == lang)) in rule.examples, f"{rule.id}: example is not the row"
