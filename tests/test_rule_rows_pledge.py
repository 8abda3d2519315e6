"""Per-rule sentence table for the pledge rules (graph/data/rules/pledge.json).

Every row is ``(rule_id, lang, text, fires, expected)``: a sentence (or two or three) written for
this project; whether ``rule_id`` must appear in the decision chain of some candidate figure of the
text; and the pledges the text yields, sorted, as ``(donor, recipient, int(value), currency)``.

Every rule has a positive row in each of its languages and a near miss: the positive sentence
changed as little as possible so that the rule does not fire (the comment above a rule's rows
says what changed). A blocker fires when it refuses a figure.
"""
from __future__ import annotations

import hashlib
from datetime import date

import pytest

from graph.extract import decisions, extract_article
from graph.model import Article

PUBLISHED = date(2025, 8, 19)

ROWS = [
    # --- triggers ---------------------------------------------------------------------------
    # phrase: "zur Verfügung stellen", "make available" are phrases; "stellen ... bereit" is a separable verb, "spend ... on" no cue
    ("pledge.phrase", "de", "Die Niederlande stellen Jordanien 40 Millionen Euro für die Wasserversorgung zur Verfügung.", True,
     [("country:NL", "country:JO", 40_000_000, "EUR")]),
    # particle verbs of giving: "put up", "chipped in", "rolled out", "handed over"; not putting up tents
    ("pledge.phrase", "en", "Denmark will put up DKK 4.2 billion, mostly for Ukrainian-built long-range drones.", True,
     [("country:DK", "country:UA", 4_200_000_000, "DKK")]),
    ("pledge.phrase", "en", "Japan chipped in $50 million for Kenya.", True, [("country:JP", "country:KE", 50_000_000, "USD")]),
    ("pledge.phrase", "en", "Protesters put up tents worth $5 million in Kenya.", True, []),  # (the cue, but no giver)
    ("pledge.phrase", "en", "Ireland will make available €25 million for schools in Lebanon.", True,
     [("country:IE", "country:LB", 25_000_000, "EUR")]),
    ("pledge.phrase", "de", "Die Niederlande stellen Jordanien 40 Millionen Euro für die Wasserversorgung bereit.", False,
     [("country:NL", "country:JO", 40_000_000, "EUR")]),
    ("pledge.phrase", "en", "Ireland will spend €25 million on schools in Lebanon.", False, []),
    # an English verb with its object before the adjective: "make $50 million immediately available"
    ("pledge.phrase", "en", "The African Development Bank will make $50 million immediately available for Mozambique.", True,
     [("org:african-development-bank", "country:MZ", 50_000_000, "USD")]),
    ("pledge.phrase", "en", "The bank made its report on the $50 million loan available to Mozambique.", False, []),
    # receive: "erhält"/"will receive" is a cue; "investiert"/"will spend" is none
    ("pledge.receive", "de", "Ghana erhält 250 Millionen Dollar von der Afrikanischen Entwicklungsbank für den Ausbau des Stromnetzes.", True,
     [("org:african-development-bank", "country:GH", 250_000_000, "USD")]),
    ("pledge.receive", "en", "Bangladesh will receive $300 million from the World Bank for flood defences.", True,
     [("org:world-bank", "country:BD", 300_000_000, "USD")]),
    ("pledge.receive", "de", "Ghana investiert 250 Millionen Dollar von der Afrikanischen Entwicklungsbank in den Ausbau des Stromnetzes.", False, []),
    ("pledge.receive", "en", "Bangladesh will spend $300 million from the World Bank on flood defences.", False, []),
    # separable_verb: "sagte ... zu" with the particle at the clause end; the participle "zugesagt" is a plain verb
    ("pledge.separable_verb", "de", "Frankreich sagte Marokko am Dienstag 150 Millionen Euro für den Wiederaufbau zu.", True,
     [("country:FR", "country:MA", 150_000_000, "EUR")]),
    ("pledge.separable_verb", "de", "Frankreich hat Marokko am Dienstag 150 Millionen Euro für den Wiederaufbau zugesagt.", False,
     [("country:FR", "country:MA", 150_000_000, "EUR")]),
    # share: "Von den ... Geldern entfallen X auf Y" splits aid just announced; without the opener of a share no cue
    ("pledge.share", "de", "Deutschland stellt Syrien und Jordanien 50 Millionen Euro bereit. Von den zusätzlichen Geldern entfallen 40 Millionen Euro auf Syrien und 10 Millionen auf Jordanien.", True,
     [("country:DE", "country:JO", 10_000_000, "EUR"), ("country:DE", "country:SY", 40_000_000, "EUR"), ("country:DE", "country:SY", 50_000_000, "EUR")]),
    ("pledge.share", "de", "Deutschland stellt Syrien und Jordanien 50 Millionen Euro bereit. Nach Angaben des Ministeriums entfallen 40 Millionen Euro auf Syrien und 10 Millionen auf Jordanien.", False,
     [("country:DE", "country:SY", 50_000_000, "EUR")]),
    # listed_item: a bulleted item opening with its figure under a lead line that announces the list; a lead of speech is none
    ("pledge.listed_item", "de", "Deutschland sagte Moldau neue Hilfe zu. Das Paket umfasst:\n• 20 Millionen Euro für Schulen in Moldau.\n• 5 Millionen Euro für Straßen.", True,
     [("country:DE", "country:MD", 5_000_000, "EUR"), ("country:DE", "country:MD", 20_000_000, "EUR")]),
    ("pledge.listed_item", "en", "Australia announced new aid for Papua New Guinea. The announcements included:\n• $13 million for health clinics in Papua New Guinea.\n• $3 million for rural roads.", True,
     [("country:AU", "country:PG", 3_000_000, "AUD"), ("country:AU", "country:PG", 13_000_000, "AUD")]),
    ("pledge.listed_item", "en", "Australia announced new aid for Papua New Guinea. The minister said:\n• $13 million for health clinics in Papua New Guinea is a start.", False,
     [("country:AU", "country:PG", 13_000_000, "AUD")]),
    ("pledge.listed_item", "de", "Deutschland sagte Moldau neue Hilfe zu. Die Ministerin sagte:\n• 20 Millionen Euro für Schulen in Moldau sind ein Anfang.", False, []),
    # donor.list_lead: the actor first named before the list gives its items (a titled person for their state)
    ("pledge.donor.list_lead", "de", "In Moldau traf Außenministerin Annalena Baerbock die Präsidentin. Weitere Zusagen beim Besuch umfassen:\n• 20 Millionen Euro für Schulen in Moldau.", True,
     [("country:DE", "country:MD", 20_000_000, "EUR")]),
    ("pledge.donor.list_lead", "en", "In Solomon Islands Prime Minister Kevin Rudd held talks with Prime Minister Derek Sikua. Other announcements during the visit included:\n• $3 million for rural roads in Solomon Islands.", True,
     [("country:AU", "country:SB", 3_000_000, "AUD")]),
    ("pledge.donor.list_lead", "en", "Other announcements during the visit included:\n• $3 million for rural roads in Solomon Islands.", False, []),
    # recipient.list_lead: an item naming no receiver goes to the place its lead line names after "to"/"in"
    ("pledge.recipient.list_lead", "de", "Kevin Rudd besuchte die Salomonen. Weitere Zusagen beim Besuch in den Salomonen umfassen:\n• 3 Millionen Dollar für Landstraßen.", True,
     [("country:AU", "country:SB", 3_000_000, "AUD")]),
    ("pledge.recipient.list_lead", "en", "Kevin Rudd visited Solomon Islands. Other announcements during the visit to Solomon Islands included:\n• $3 million for rural roads.", True,
     [("country:AU", "country:SB", 3_000_000, "AUD")]),
    ("pledge.recipient.list_lead", "en", "Kevin Rudd visited Solomon Islands. Other announcements during the visit included:\n• $3 million for rural roads in Solomon Islands.", False,
     [("country:AU", "country:SB", 3_000_000, "AUD")]),
    # verb: "zugesagt"/"pledged" give; "ausgegeben"/"spent" do not
    ("pledge.verb", "de", "Italien hat Tunesien 60 Millionen Euro für die Grenzsicherung zugesagt.", True,
     [("country:IT", "country:TN", 60_000_000, "EUR")]),
    ("pledge.verb", "en", "Italy pledged €60 million to Tunisia for border security.", True,
     [("country:IT", "country:TN", 60_000_000, "EUR")]),
    ("pledge.verb", "de", "Italien hat in Tunesien 60 Millionen Euro für die Grenzsicherung ausgegeben.", False, []),
    ("pledge.verb", "en", "Italy spent €60 million in Tunisia on border security.", False, []),
    # add: "add another" is new money; "added" without a new-marker is not
    ("pledge.add", "en", "The Netherlands will add another 30 million euros for Ghana's cocoa farmers.", True,
     [("country:NL", "country:GH", 30_000_000, "EUR")]),
    ("pledge.add", "en", "The Netherlands added 30 million euros for Ghana's cocoa farmers.", False, []),
    # flow: "Weitere ... gehen an" is new money flowing on; without "Weitere" the figure may be old money
    ("pledge.flow", "de", "Weitere zwei Millionen Euro gehen an die Caritas im Libanon, teilte das Auswärtige Amt mit.", True,
     [("country:DE", "org:caritas", 2_000_000, "EUR")]),
    ("pledge.flow", "de", "Zwei Millionen Euro gehen an die Caritas im Libanon, teilte das Auswärtige Amt mit.", False, []),
    # (the goal may follow the figure, and a source after "aus" gives: "Aus der Friedensfazilität fließen weitere ...")
    ("pledge.flow", "de", "Aus der Europäischen Friedensfazilität fließen weitere 120 Millionen Euro an die Stabilisierungsmission der Afrikanischen Union.", True,
     [("org:eu", "org:african-union", 120_000_000, "EUR")]),
    ("pledge.flow", "de", "Aus der Europäischen Friedensfazilität fließen 120 Millionen Euro an die Stabilisierungsmission der Afrikanischen Union.", False, []),
    # support: "unterstützt ... mit"/"backed ... with" before the figure; support without the instrument names no sum
    ("pledge.support", "de", "Österreich unterstützt Moldau mit weiteren 15 Millionen Euro für die Energieversorgung.", True,
     [("country:AT", "country:MD", 15_000_000, "EUR")]),
    ("pledge.support", "en", "Finland backed Kenya with €20 million for drought relief.", True,
     [("country:FI", "country:KE", 20_000_000, "EUR")]),
    ("pledge.support", "de", "Österreich unterstützt Moldau bei der Energieversorgung, die 15 Millionen Euro kostet.", False, []),
    ("pledge.support", "en", "Finland backed Kenya's drought relief, which costs €20 million.", False, []),
    # total: an aid noun before a verb of reaching ("insgesamt seit", "total ... now" may add to it)
    ("pledge.total", "de", "Die finnische Hilfe für Kenia beläuft sich seit 2020 insgesamt auf 90 Millionen Euro.", True,
     [("country:FI", "country:KE", 90_000_000, "EUR")]),
    ("pledge.total", "en", "Japan's total aid to the Philippines now stands at ¥300 billion.", True,
     [("country:JP", "country:PH", 300_000_000_000, "JPY")]),
    # (German puts the verb last: "wird sich ... auf 126 Millionen Euro belaufen")
    ("pledge.total", "de", "Laut Ministerpräsident Luís Montenegro wird sich die portugiesische Unterstützung für die Ukraine dieses Jahr auf 126 Millionen Euro belaufen.", True,
     [("country:PT", "country:UA", 126_000_000, "EUR")]),
    # an aid noun before the verb of reaching says enough; costs are no aid
    ("pledge.total", "de", "Die finnische Hilfe für Kenia beläuft sich auf 90 Millionen Euro.", True,
     [("country:FI", "country:KE", 90_000_000, "EUR")]),
    ("pledge.total", "en", "Japan's aid to the Philippines stands at ¥300 billion.", True,
     [("country:JP", "country:PH", 300_000_000_000, "JPY")]),
    ("pledge.total", "de", "Die Kosten des Wiederaufbaus in Kenia belaufen sich auf 90 Millionen Euro.", False, []),
    ("pledge.total", "en", "The cost of rebuilding the Philippine port stands at ¥300 billion.", False, []),
    # noun: an aid noun next to the figure ("Hilfspaket", "aid package"); a trade agreement is none
    ("pledge.noun", "de", "Südkorea unterzeichnete ein Hilfspaket über 100 Millionen Dollar für Vietnam.", True,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    ("pledge.noun", "en", "South Korea signed a $100 million aid package for Vietnam.", True,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    ("pledge.noun", "de", "Südkorea unterzeichnete ein Handelsabkommen über 100 Millionen Dollar mit Vietnam.", False, []),
    ("pledge.noun", "en", "South Korea signed a $100 million trade agreement with Vietnam.", False, []),
    # a credit line is lending: "agreed to open a $4 billion credit line"
    ("pledge.noun", "en", "China agreed to open a $4 billion credit line for Venezuela.", True, [("country:CN", "country:VE", 4_000_000_000, "USD")]),
    # followup: the figure of a package announced just before; another state in the figure's sentence breaks the link
    ("pledge.followup", "de", "Österreich sagt Albanien ein neues Hilfspaket zu. Das Außenministerium bezifferte es auf 8 Millionen Euro.", True,
     [("country:AT", "country:AL", 8_000_000, "EUR")]),
    ("pledge.followup", "en", "Greece announced a new aid package for Libya on Friday. It is worth 15 million euros.", True,
     [("country:GR", "country:LY", 15_000_000, "EUR")]),
    ("pledge.followup", "de", "Österreich sagt Albanien ein neues Hilfspaket zu. Serbien bezifferte seinen Bedarf auf 8 Millionen Euro.", False, []),
    ("pledge.followup", "en", "Greece announced a new aid package for Libya on Friday. Egypt's is worth 15 million euros.", False, []),
    # --- amounts ----------------------------------------------------------------------------
    # conversion: the same donor's pledge restated after "umgerechnet"/"equivalent to"; another donor's figure is its own pledge
    ("pledge.conversion", "de", "Großbritannien sagte Kenia 100 Millionen Pfund zu. Die Zusage entspricht umgerechnet rund 115 Millionen Euro.", True,
     [("country:GB", "country:KE", 100_000_000, "GBP")]),
    ("pledge.conversion", "en", "Britain pledged £100 million to Kenya. The pledge is equivalent to about 130 million dollars.", True,
     [("country:GB", "country:KE", 100_000_000, "GBP")]),
    ("pledge.conversion", "de", "Großbritannien sagte Kenia 100 Millionen Pfund zu. Irland sagte umgerechnet rund 20 Millionen Euro zu.", False,
     [("country:GB", "country:KE", 100_000_000, "GBP"), ("country:IE", "country:KE", 20_000_000, "EUR")]),
    ("pledge.conversion", "en", "Britain pledged £100 million to Kenya. Ireland pledged the equivalent of 20 million euros.", False,
     [("country:GB", "country:KE", 100_000_000, "GBP"), ("country:IE", "country:KE", 20_000_000, "EUR")]),
    # --- blockers ---------------------------------------------------------------------------
    # no_money: a bare figure before a noun counts things ("2 Millionen Zelte"); with a currency it is money
    ("pledge.block.no_money", "de", "Deutschland sagte dem Tschad 2 Millionen Zelte zu.", True, []),
    ("pledge.block.no_money", "en", "The EU pledged 3 million vaccines to Nigeria.", True, []),
    ("pledge.block.no_money", "de", "Deutschland sagte dem Tschad 2 Millionen Euro für Zelte zu.", False,
     [("country:DE", "country:TD", 2_000_000, "EUR")]),
    ("pledge.block.no_money", "en", "The EU pledged 3 million euros to Nigeria.", False,
     [("org:eu", "country:NG", 3_000_000, "EUR")]),
    # negated: "keine"/"not" near the cue refuses; without it the pledge stands
    ("pledge.block.negated", "de", "Schweden hat Äthiopien keine neuen 300 Millionen Kronen zugesagt.", True, []),
    ("pledge.block.negated", "en", "Sweden has not pledged SEK 300 million to Ethiopia.", True, []),
    ("pledge.block.negated", "de", "Schweden hat Äthiopien neue 300 Millionen Kronen zugesagt.", False,
     [("country:SE", "country:ET", 300_000_000, "SEK")]),
    ("pledge.block.negated", "en", "Sweden has pledged SEK 300 million to Ethiopia.", False,
     [("country:SE", "country:ET", 300_000_000, "SEK")]),
    # hypothetical: "könnte ... wenn"/"could ... if" refuses; a decided pledge ("hat ... nachdem", reported "said it would") stands
    ("pledge.block.hypothetical", "de", "Belgien könnte Ruanda 80 Millionen Euro zusagen, wenn das Parlament zustimmt.", True, []),
    ("pledge.block.hypothetical", "en", "Belgium could pledge €80 million to Rwanda if parliament agrees.", True, []),
    ("pledge.block.hypothetical", "de", "Belgien hat Ruanda 80 Millionen Euro zugesagt, nachdem das Parlament zustimmte.", False,
     [("country:BE", "country:RW", 80_000_000, "EUR")]),
    ("pledge.block.hypothetical", "en", "Belgium said it would pledge €80 million to Rwanda.", False,
     [("country:BE", "country:RW", 80_000_000, "EUR")]),
    # definite: "die/the 3-billion-euro ..." names a known instrument; "eine/a ..." introduces a new one
    ("pledge.block.definite", "de", "Die EU verlängerte die 3-Milliarden-Euro schwere Hilfe für Kenia bis 2030.", True, []),
    ("pledge.block.definite", "en", "The EU extended the 3-billion-euro facility for Kenya until 2030.", True, []),
    # (German: the size of a fund in its attributive phrase; "freigemacht" releases money)
    ("pledge.block.definite", "de", "Die Bundesregierung hat drei Millionen Euro aus dem mit 35 Millionen Euro dotierten Katastrophenfonds für die Ukraine freigemacht.", True,
     [("country:DE", "country:UA", 3_000_000, "EUR")]),
    ("pledge.block.definite", "de", "Die EU verlängerte eine 3-Milliarden-Euro schwere Hilfe für Kenia bis 2030.", False,
     [("org:eu", "country:KE", 3_000_000_000, "EUR")]),
    ("pledge.block.definite", "en", "The EU extended a 3-billion-euro facility for Kenya until 2030.", False,
     [("org:eu", "country:KE", 3_000_000_000, "EUR")]),
    # request: "bittet um"/"asked ... to provide", verb-final "aufgerufen" refuse; thanks for money given do not
    ("pledge.block.request", "de", "Jordanien bittet Deutschland um Hilfe von 200 Millionen Euro für Flüchtlingslager.", True, []),
    ("pledge.block.request", "de", "Das Welternährungsprogramm hatte zu Spenden von 500 Millionen Dollar für Somalia aufgerufen.", True, []),
    # a participle of needing as the aid's own adjective is no request: "in urgently needed humanitarian assistance"
    ("pledge.block.request", "en", "The United States announced an additional $30 million in urgently needed humanitarian assistance for Pakistan.", False,
     [("country:US", "country:PK", 30_000_000, "USD")]),
    ("pledge.block.request", "de", "Die USA kündigten weitere 30 Millionen Dollar an dringend benötigter humanitärer Hilfe für Pakistan an.", False,
     [("country:US", "country:PK", 30_000_000, "USD")]),
    ("pledge.block.request", "en", "Jordan asked Germany to provide €200 million for refugee camps.", True, []),
    ("pledge.block.request", "de", "Jordanien dankt Deutschland für Hilfe von 200 Millionen Euro für Flüchtlingslager.", False,
     [("country:DE", "country:JO", 200_000_000, "EUR")]),
    ("pledge.block.request", "en", "Jordan thanked Germany for providing €200 million for refugee camps.", False,
     [("country:DE", "country:JO", 200_000_000, "EUR")]),
    # cancelled: "wurde gestrichen"/"was cancelled", "halted" refuse; "wurde bestätigt"/"was confirmed" does not
    ("pledge.block.cancelled", "de", "Die Zusage Kanadas über 40 Millionen Dollar für Haiti wurde gestrichen.", True, []),
    ("pledge.block.cancelled", "en", "Canada's C$40 million pledge to Haiti was cancelled.", True, []),
    ("pledge.block.cancelled", "en", "Canada halted its C$40 million aid to Haiti.", True, []),
    ("pledge.block.cancelled", "de", "Ungarn blockiert seit Monaten Militärhilfe der EU von 6 Milliarden Euro für die Ukraine.", True, []),
    ("pledge.block.cancelled", "en", "Hungary has blocked the release of €6 billion for Ukraine for months.", True, []),
    ("pledge.block.cancelled", "de", "Die Zusage Kanadas über 40 Millionen Dollar für Haiti wurde bestätigt.", False,
     [("country:CA", "country:HT", 40_000_000, "CAD")]),
    ("pledge.block.cancelled", "en", "Canada's C$40 million pledge to Haiti was confirmed.", False,
     [("country:CA", "country:HT", 40_000_000, "CAD")]),
    # collective: many givers ("Die Verbündeten", "Western allies", a conference as subject); one named state gives
    ("pledge.block.collective", "de", "Die Verbündeten sagten dem Sudan 1,2 Milliarden Euro zu.", True, []),
    ("pledge.block.collective", "de", "Bei der Geberkonferenz für den Sudan sind Hilfszusagen von 1,2 Milliarden Euro zusammengekommen.", True, []),
    ("pledge.block.collective", "en", "Western allies have committed $900 million to Sudan so far.", True, []),
    ("pledge.block.collective", "en", "A donor conference in London raised £800 million in aid for Sudan.", True, []),
    ("pledge.block.collective", "de", "Deutschland sagte dem Sudan 1,2 Milliarden Euro zu.", False,
     [("country:DE", "country:SD", 1_200_000_000, "EUR")]),
    ("pledge.block.collective", "en", "Britain has committed $900 million to Sudan so far.", False,
     [("country:GB", "country:SD", 900_000_000, "USD")]),
    # budget: a budget line ("Der Haushalt ... sieht vor", "budget sets aside"); money "aus dem Haushalt"/"from its budget" is given
    ("pledge.block.budget", "de", "Der Haushalt Norwegens sieht 5 Milliarden Kronen für Entwicklungshilfe in Malawi vor.", True, []),
    ("pledge.block.budget", "en", "New Zealand's budget sets aside NZ$80 million for climate aid to Fiji.", True, []),
    ("pledge.block.budget", "de", "Norwegen gibt aus dem Haushalt 5 Milliarden Kronen für Entwicklungshilfe in Malawi frei.", False,
     [("country:NO", "country:MW", 5_000_000_000, "NOK")]),
    ("pledge.block.budget", "en", "New Zealand will provide NZ$80 million from its budget for climate aid to Fiji.", False,
     [("country:NZ", "country:FJ", 80_000_000, "NZD")]),
    # deal: the price of a deal ("Waffendeal im Wert von", "contract worth"); aid or a loan of that size is a pledge
    ("pledge.block.deal", "de", "Frankreich kündigte einen Waffendeal im Wert von 2 Milliarden Euro mit den Philippinen an.", True, []),
    ("pledge.block.deal", "en", "France announced a contract worth €2 billion with the Philippines for patrol boats.", True, []),
    ("pledge.block.deal", "de", "Frankreich kündigte eine Militärhilfe im Wert von 2 Milliarden Euro für die Philippinen an.", False,
     [("country:FR", "country:PH", 2_000_000_000, "EUR")]),
    ("pledge.block.deal", "en", "France announced a loan worth €2 billion to the Philippines for patrol boats.", False,
     [("country:FR", "country:PH", 2_000_000_000, "EUR")]),
    # restated: "Die/the 50 million ..." after an article repeats an earlier figure; "Die Zusage über"/"the pledge of" is read and merged
    ("pledge.block.restated", "de", "Katar sagte dem Libanon 50 Millionen Dollar zu. Mit den 50 Millionen Dollar Hilfe sollen Soldaten bezahlt werden.", True,
     [("country:QA", "country:LB", 50_000_000, "USD")]),
    ("pledge.block.restated", "en", "Qatar pledged $50 million to Lebanon. The 50 million dollar pledge will pay soldiers' salaries.", True,
     [("country:QA", "country:LB", 50_000_000, "USD")]),
    ("pledge.block.restated", "de", "Katar sagte dem Libanon 50 Millionen Dollar zu. Mit der Zusage über 50 Millionen Dollar sollen Soldaten bezahlt werden.", False,
     [("country:QA", "country:LB", 50_000_000, "USD")]),
    ("pledge.block.restated", "en", "Qatar pledged $50 million to Lebanon. The pledge of 50 million dollars will pay soldiers' salaries.", False,
     [("country:QA", "country:LB", 50_000_000, "USD")]),
    # source_of_receipt: in a sentence of receiving, the figure after "aus"/"from" is the fund drawn on; a fund named without a figure refuses nothing
    ("pledge.block.source_of_receipt", "de", "Moldau erhält 300 Millionen Euro von der EU aus einem 5 Milliarden Euro schweren Fonds.", True,
     [("org:eu", "country:MD", 300_000_000, "EUR")]),
    ("pledge.block.source_of_receipt", "en", "Moldova will receive €300 million from the EU, drawn from a €5 billion facility.", True,
     [("org:eu", "country:MD", 300_000_000, "EUR")]),
    # a tranche received is a payout of money pledged before; the giver after "von" is no source
    ("pledge.block.source_of_receipt", "de", "Montenegro erhält aus der Fazilität der EU eine weitere Tranche von 68 Millionen Euro.", True, []),
    ("pledge.block.source_of_receipt", "en", "Pakistan will receive a $700 million tranche from the IMF next week.", True, []),
    ("pledge.block.source_of_receipt", "de", "Jordanien erhält von Deutschland 200 Millionen Euro für Flüchtlingslager.", False,
     [("country:DE", "country:JO", 200_000_000, "EUR")]),
    ("pledge.block.source_of_receipt", "en", "Pakistan received the last tranche of a $3 billion loan from the IMF.", False,
     [("org:imf", "country:PK", 3_000_000_000, "USD")]),
    ("pledge.block.source_of_receipt", "de", "Moldau erhält 300 Millionen Euro von der EU aus ihrem Fonds für die Nachbarschaft.", False,
     [("org:eu", "country:MD", 300_000_000, "EUR")]),
    ("pledge.block.source_of_receipt", "en", "Moldova will receive €300 million from the EU, drawn from its neighbourhood facility.", False,
     [("org:eu", "country:MD", 300_000_000, "EUR")]),
    # part_of_sum: "Davon"/"Of that total" after a collective sum gives nothing; a named donor's separate pledge does
    ("pledge.block.part_of_sum", "de", "Die Geberländer sagten Somalia 1,5 Milliarden Dollar zu. Davon sind 300 Millionen Dollar Nahrungsmittelhilfe.", True, []),
    ("pledge.block.part_of_sum", "en", "Western donors pledged $1.5 billion for Somalia on Monday. Of that total, $300 million is for food aid.", True, []),
    ("pledge.block.part_of_sum", "de", "Die Geberländer sagten Somalia 1,5 Milliarden Dollar zu. Großbritannien sagte 300 Millionen Dollar Nahrungsmittelhilfe zu.", False,
     [("country:GB", "country:SO", 300_000_000, "USD")]),
    ("pledge.block.part_of_sum", "en", "Western donors pledged $1.5 billion for Somalia on Monday. Separately, Britain pledged $300 million for food aid.", False,
     [("country:GB", "country:SO", 300_000_000, "USD")]),
    # sum_of_pledges: plural pledges reaching a sum ("Hilfszusagen von", "Pledges ... totalled"); one named giver's pledge is no sum
    ("pledge.block.sum_of_pledges", "de", "Bei der Konferenz in Nairobi sind Hilfszusagen von 1,5 Milliarden Dollar für Somalia eingegangen.", True, []),
    ("pledge.block.sum_of_pledges", "en", "Pledges for Somalia totalled $1.5 billion, the UN said.", True, []),
    ("pledge.block.sum_of_pledges", "de", "Bei der Konferenz in Nairobi hat Großbritannien eine Hilfszusage von 1,5 Milliarden Dollar für Somalia gemacht.", False,
     [("country:GB", "country:SO", 1_500_000_000, "USD")]),
    ("pledge.block.sum_of_pledges", "en", "Britain pledged $1.5 billion for Somalia, the UN said.", False,
     [("country:GB", "country:SO", 1_500_000_000, "USD")]),
    # plural pledges as the object of a light verb with a named subject are that giver's ("The US made pledges of")
    ("pledge.block.sum_of_pledges", "en", "At the conference, pledges of $17 million for Yemen came in.", True, []),
    ("pledge.block.sum_of_pledges", "en", "Switzerland also made pledges of $17 million for Yemen.", False,
     [("country:CH", "country:YE", 17_000_000, "USD")]),
    ("pledge.block.sum_of_pledges", "de", "Bei der Konferenz gingen Zusagen von 120 Millionen Euro für den Jemen ein.", True, []),
    ("pledge.block.sum_of_pledges", "de", "Deutschland machte Zusagen von 120 Millionen Euro für den Jemen.", False,
     [("country:DE", "country:YE", 120_000_000, "EUR")]),
    # "vonseiten der Bundesregierung", "seitens der EU": the side the money comes from gives (not a dative receiver)
    ("pledge.donor.subject", "de", "Vonseiten der Bundesregierung wurden weitere 50 Millionen Euro für die Türkei zur Verfügung gestellt.", True,
     [("country:DE", "country:TR", 50_000_000, "EUR")]),
    ("pledge.donor.subject", "de", "Seitens der EU wurden der Türkei weitere 50 Millionen Euro zugesagt.", True,
     [("org:eu", "country:TR", 50_000_000, "EUR")]),
    # a name in a clause of time opened by "since"/"seit" gives nothing, unless the cue is in that clause
    ("pledge.donor.subject", "en", "With more than $50 billion given to Ukraine since Russia invaded in 2022, the United States is its largest backer.", True,
     [("country:US", "country:UA", 50_000_000_000, "USD")]),
    ("pledge.donor.subject", "de", "Seit Russland die Ukraine angegriffen hat, hat Großbritannien der Ukraine 12 Milliarden Pfund gegeben.", True,
     [("country:GB", "country:UA", 12_000_000_000, "GBP")]),
    ("pledge.donor.subject", "en", "Since Britain pledged £12 billion to Ukraine, others have followed.", True,
     [("country:GB", "country:UA", 12_000_000_000, "GBP")]),
    # (so do "when" and "after" clauses: "since last year, when the Taliban took control")
    ("pledge.donor.subject", "en", "The new funding raises the total of aid that the Netherlands has given to Afghanistan since last year, when the Taliban took power, to more than €74 million.", True,
     [("country:NL", "country:AF", 74_000_000, "EUR")]),
    # an abbreviation on the aid after "of" owns it ("of U.S. humanitarian aid"), a national adjective past
    # one word of its kind ("British humanitarian aid"); with no owner no giver is left
    ("pledge.donor.subject", "en", "The total amount of U.S. humanitarian aid to Afghanistan has reached $774 million.", True,
     [("country:US", "country:AF", 774_000_000, "USD")]),
    ("pledge.donor.possessive", "en", "The total amount of British humanitarian aid to Afghanistan has reached £74 million.", True,
     [("country:GB", "country:AF", 74_000_000, "GBP")]),
    ("pledge.donor.subject", "en", "The total amount of humanitarian aid to Afghanistan has reached $774 million.", False, []),
    # no_donor: a passive with no agent names no giver; "von Saudi-Arabien"/"by Saudi Arabia" does
    # a region or a people receives and never gives: no donor is left for a figure that only names one
    ("pledge.block.no_donor", "en", "This also included around $61 million for the support of internally displaced Rohingya.", True, []),
    ("pledge.block.no_donor", "de", "Dazu kommen 61 Millionen Dollar zur Unterstützung vertriebener Rohingya.", True, []),
    ("pledge.block.no_donor", "de", "Ein neues Hilfspaket über 75 Millionen Dollar für den Jemen wurde am Dienstag angekündigt.", True, []),
    ("pledge.block.no_donor", "en", "A new aid package worth $75 million was announced for Yemen on Tuesday.", True, []),
    ("pledge.block.no_donor", "de", "Ein neues Hilfspaket über 75 Millionen Dollar für den Jemen wurde am Dienstag von Saudi-Arabien angekündigt.", False,
     [("country:SA", "country:YE", 75_000_000, "USD")]),
    ("pledge.block.no_donor", "en", "A new aid package worth $75 million was announced for Yemen by Saudi Arabia on Tuesday.", False,
     [("country:SA", "country:YE", 75_000_000, "USD")]),
    # no_recipient: a package for no one named; "für den Jemen"/"for Yemen" names the receiver
    ("pledge.block.no_recipient", "de", "Saudi-Arabien kündigte am Dienstag ein neues Hilfspaket über 75 Millionen Dollar an.", True, []),
    ("pledge.block.no_recipient", "en", "Saudi Arabia announced a new aid package worth $75 million on Tuesday.", True, []),
    ("pledge.block.no_recipient", "de", "Saudi-Arabien kündigte am Dienstag ein neues Hilfspaket über 75 Millionen Dollar für den Jemen an.", False,
     [("country:SA", "country:YE", 75_000_000, "USD")]),
    ("pledge.block.no_recipient", "en", "Saudi Arabia announced a new aid package worth $75 million for Yemen on Tuesday.", False,
     [("country:SA", "country:YE", 75_000_000, "USD")]),
    # no_currency: a bare "40 Millionen" from a bank with no currency of its own; "Dollar" settles it
    ("pledge.block.no_currency", "de", "Die Weltbank bewilligte 40 Millionen für die Fluthilfe in Pakistan.", True, []),
    ("pledge.block.no_currency", "en", "The World Bank approved 40 million for flood relief in Pakistan.", True, []),
    ("pledge.block.no_currency", "de", "Die Weltbank bewilligte 40 Millionen Dollar für die Fluthilfe in Pakistan.", False,
     [("org:world-bank", "country:PK", 40_000_000, "USD")]),
    ("pledge.block.no_currency", "en", "The World Bank approved $40 million for flood relief in Pakistan.", False,
     [("org:world-bank", "country:PK", 40_000_000, "USD")]),
    # --- donors -----------------------------------------------------------------------------
    # subject: the state opening the clause gives; in a passive the agent gives instead
    ("pledge.donor.subject", "de", "Polen sagte Moldau 10 Millionen Euro für Schulen zu.", True,
     [("country:PL", "country:MD", 10_000_000, "EUR")]),
    ("pledge.donor.subject", "en", "Poland pledged €10 million to Moldova for schools.", True,
     [("country:PL", "country:MD", 10_000_000, "EUR")]),
    ("pledge.donor.subject", "de", "Moldau wurden von Polen 10 Millionen Euro für Schulen zugesagt.", False,
     [("country:PL", "country:MD", 10_000_000, "EUR")]),
    ("pledge.donor.subject", "en", "Moldova was promised €10 million for schools by Poland.", False,
     [("country:PL", "country:MD", 10_000_000, "EUR")]),
    # thanked: the object of "dankte"/"thanked" gave; when the giver itself transfers, the subject gives
    ("pledge.donor.thanked", "de", "Jordanien dankte Japan für die Spende von 20 Millionen Dollar für Schulen.", True,
     [("country:JP", "country:JO", 20_000_000, "USD")]),
    ("pledge.donor.thanked", "en", "Jordan thanked Japan for its grant of $20 million for schools.", True,
     [("country:JP", "country:JO", 20_000_000, "USD")]),
    ("pledge.donor.thanked", "de", "Japan überwies Jordanien eine Spende von 20 Millionen Dollar für Schulen.", False,
     [("country:JP", "country:JO", 20_000_000, "USD")]),
    ("pledge.donor.thanked", "en", "Japan sent Jordan a grant of $20 million for schools.", False,
     [("country:JP", "country:JO", 20_000_000, "USD")]),
    # receive_from: with a verb of receiving, "von X"/"from X" before the figure gives; right after the figure it is from_after
    ("pledge.donor.receive_from", "de", "Ecuador erhält von der Interamerikanischen Entwicklungsbank 500 Millionen Dollar für den Straßenbau.", True,
     [("org:inter-american-development-bank", "country:EC", 500_000_000, "USD")]),
    ("pledge.donor.receive_from", "en", "Ecuador will receive from the Inter-American Development Bank a loan of $500 million.", True,
     [("org:inter-american-development-bank", "country:EC", 500_000_000, "USD")]),
    ("pledge.donor.from_after", "de", "Ghana erhält 250 Millionen Dollar vom IWF.", True, [("org:imf", "country:GH", 250_000_000, "USD")]),
    ("pledge.donor.receive_from", "de", "Ecuador erhält 500 Millionen Dollar von der Interamerikanischen Entwicklungsbank für den Straßenbau.", False,
     [("org:inter-american-development-bank", "country:EC", 500_000_000, "USD")]),
    ("pledge.donor.receive_from", "en", "Ecuador will receive a loan of $500 million from the Inter-American Development Bank.", False,
     [("org:inter-american-development-bank", "country:EC", 500_000_000, "USD")]),
    # passive_agent: "von Spanien ... zugesagt", "given ... by the Gates Foundation"; in the active the subject gives
    ("pledge.donor.passive_agent", "de", "Kolumbien wurden von Spanien 20 Millionen Euro für Friedensprojekte zugesagt.", True,
     [("country:ES", "country:CO", 20_000_000, "EUR")]),
    ("pledge.donor.passive_agent", "en", "Nigeria will be given $60 million for health clinics by the Gates Foundation.", True,
     [("org:gates-foundation", "country:NG", 60_000_000, "USD")]),
    ("pledge.donor.passive_agent", "de", "Spanien hat Kolumbien 20 Millionen Euro für Friedensprojekte zugesagt.", False,
     [("country:ES", "country:CO", 20_000_000, "EUR")]),
    ("pledge.donor.passive_agent", "en", "The Gates Foundation will give Nigeria $60 million for health clinics.", False,
     [("org:gates-foundation", "country:NG", 60_000_000, "USD")]),
    # reported_subject: the state after "sagte,"/"said" gives; with the state first and the speaker last the plain subject gives
    ("pledge.donor.reported_subject", "de", "Präsident Lula sagte, Brasilien werde 10 Millionen Dollar für die Brandbekämpfung in Bolivien bereitstellen.", True,
     [("country:BR", "country:BO", 10_000_000, "USD")]),
    ("pledge.donor.reported_subject", "en", "President Lula said Brazil would provide $10 million for fire fighting in Bolivia.", True,
     [("country:BR", "country:BO", 10_000_000, "USD")]),
    ("pledge.donor.reported_subject", "de", "Brasilien werde 10 Millionen Dollar für die Brandbekämpfung in Bolivien bereitstellen, sagte Präsident Lula.", False,
     [("country:BR", "country:BO", 10_000_000, "USD")]),
    ("pledge.donor.reported_subject", "en", "Brazil will provide $10 million for fire fighting in Bolivia, President Lula said.", False,
     [("country:BR", "country:BO", 10_000_000, "USD")]),
    # possessive: "Irlands Hilfe"/"Ireland's aid" gives (so does an adjective on the aid noun, "die irische Hilfe");
    # a plain or speaking subject is not possessive
    ("pledge.donor.possessive", "de", "Irlands Hilfe für Gaza beträgt insgesamt 15 Millionen Euro.", True,
     [("country:IE", "region:gaza", 15_000_000, "EUR")]),
    ("pledge.donor.possessive", "en", "Ireland's humanitarian aid to Gaza will total €15 million this year.", True,
     [("country:IE", "region:gaza", 15_000_000, "EUR")]),
    # a national adjective on the aid a receiver gets (after the verb of receiving) owns it, and gives
    ("pledge.donor.possessive", "de", "Die Ukraine erhält ein neues deutsches Waffenpaket im Umfang von 500 Millionen Euro.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.donor.possessive", "en", "Ukraine will receive a new German weapons package worth 500 million euros.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    # (the opponent of a fight neither gives nor receives)
    ("pledge.donor.possessive", "de", "Die Ukraine erhält für ihren Abwehrkampf gegen Russland ein neues deutsches Waffenpaket im Umfang von 500 Millionen Euro.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.donor.possessive", "de", "Irland hilft Gaza in diesem Jahr mit insgesamt 15 Millionen Euro.", False,
     [("country:IE", "region:gaza", 15_000_000, "EUR")]),
    ("pledge.donor.possessive", "en", "Ireland says humanitarian aid to Gaza will total €15 million this year.", False,
     [("country:IE", "region:gaza", 15_000_000, "EUR")]),
    # from_after: "30 Millionen Euro von der EU", "€30 million from the EU"; the agent before the figure is a passive agent
    ("pledge.donor.from_after", "de", "Für Marokko wurden 30 Millionen Euro von der EU und 10 Millionen Euro von Spanien zugesagt.", True,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("org:eu", "country:MA", 30_000_000, "EUR")]),
    ("pledge.donor.from_after", "en", "Pledges for Morocco include €30 million from the EU and €10 million from Spain.", True,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("org:eu", "country:MA", 30_000_000, "EUR")]),
    ("pledge.donor.from_after", "de", "Für Marokko wurden von der EU 30 Millionen Euro zugesagt.", False,
     [("org:eu", "country:MA", 30_000_000, "EUR")]),
    ("pledge.donor.from_after", "en", "For Morocco, the EU pledged €30 million and Spain €10 million.", False,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("org:eu", "country:MA", 30_000_000, "EUR")]),
    # since_last_figure: with two figures, the state named between them gives the second; with one figure it does not apply
    ("pledge.donor.since_last_figure", "de", "Kanada sagte Haiti 5 Millionen Dollar zu, während Mexiko 3 Millionen Dollar zusagte.", True,
     [("country:CA", "country:HT", 5_000_000, "CAD"), ("country:MX", "country:HT", 3_000_000, "USD")]),
    ("pledge.donor.since_last_figure", "en", "Canada pledged C$5 million for Haiti, while Mexico pledged $3 million.", True,
     [("country:CA", "country:HT", 5_000_000, "CAD"), ("country:MX", "country:HT", 3_000_000, "USD")]),
    ("pledge.donor.since_last_figure", "de", "Kanada sagte Haiti 5 Millionen Dollar zu, während Mexiko Lebensmittel zusagte.", False,
     [("country:CA", "country:HT", 5_000_000, "CAD")]),
    ("pledge.donor.since_last_figure", "en", "Canada pledged C$5 million for Haiti, while Mexico pledged food.", False,
     [("country:CA", "country:HT", 5_000_000, "CAD")]),
    # next_figure_giver: "Britain pledged X and Germany Y": Germany, named between X and Y, gives Y, not X;
    # with one figure there is no next figure and the rule is not asked
    ("pledge.donor.next_figure_giver", "de", "Großbritannien sagte Gavi 200 Millionen Pfund zu, Deutschland 600 Millionen Euro.", True,
     [("country:DE", "org:gavi", 600_000_000, "EUR"), ("country:GB", "org:gavi", 200_000_000, "GBP")]),
    ("pledge.donor.next_figure_giver", "en", "Britain pledged £200 million for Gavi and Germany €600 million.", True,
     [("country:DE", "org:gavi", 600_000_000, "EUR"), ("country:GB", "org:gavi", 200_000_000, "GBP")]),
    ("pledge.donor.next_figure_giver", "en", "Britain pledged £200 million for Gavi, Germany said.", False,
     [("country:GB", "org:gavi", 200_000_000, "GBP")]),
    # passive agents follow their own figure: the agent after the first figure gives it
    ("pledge.donor.passive_agent", "en", "$5 million for Haiti was pledged by Canada and $3 million by Mexico.", True,
     [("country:CA", "country:HT", 5_000_000, "CAD"), ("country:MX", "country:HT", 3_000_000, "USD")]),
    # total_of_many: a total that no giver owns, after several givers, is their sum; one giver's own total is kept
    ("pledge.block.total_of_many", "en", "Chile pledged $40 million to Haiti, Peru $10 million and Brazil $25 million, taking the total to $75 million.", True,
     [("country:BR", "country:HT", 25_000_000, "USD"), ("country:CL", "country:HT", 40_000_000, "USD"), ("country:PE", "country:HT", 10_000_000, "USD")]),
    ("pledge.block.total_of_many", "de", "Chile sagte Haiti 40 Millionen Dollar zu, Peru 10 Millionen Dollar und Brasilien 25 Millionen Dollar, womit sich die Hilfe insgesamt auf 75 Millionen Dollar beläuft.", True,
     [("country:BR", "country:HT", 25_000_000, "USD"), ("country:CL", "country:HT", 40_000_000, "USD"), ("country:PE", "country:HT", 10_000_000, "USD")]),
    ("pledge.block.total_of_many", "en", "Chile pledged $40 million to Haiti. Its aid so far now totals $75 million.", False,
     [("country:CL", "country:HT", 40_000_000, "USD"), ("country:CL", "country:HT", 75_000_000, "USD")]),
    # flow in English: "a further $5 million will go to ..." (new money flowing on); without a new-marker no pledge
    ("pledge.flow", "en", "Norway pledged $20 million for Yemen. A further $5 million will go to UNICEF in Yemen.", True,
     [("country:NO", "country:YE", 20_000_000, "USD"), ("country:NO", "org:unicef", 5_000_000, "USD")]),
    ("pledge.flow", "en", "Norway pledged $20 million for Yemen. The $5 million will go to UNICEF in Yemen.", False,
     [("country:NO", "country:YE", 20_000_000, "USD")]),
    # article_giver: five sentences on, no giver named: the article's only giver; with two givers in the article, none
    ("pledge.donor.article_giver", "en", "Australia will send Ukraine 30 Bushmaster vehicles worth A$100 million. The vehicles will arrive next year. Training will start in November. The army will also send instructors. The first crews are ready. Support to Ukraine now reaches A$655 million.", True,
     [("country:AU", "country:UA", 100_000_000, "AUD"), ("country:AU", "country:UA", 655_000_000, "AUD")]),
    ("pledge.donor.article_giver", "de", "Australien schickt der Ukraine Radpanzer im Wert von 100 Millionen australischen Dollar. Die Fahrzeuge sollen im nächsten Jahr ankommen. Die Ausbildung beginnt im November. Die Armee schickt auch Ausbilder. Die ersten Besatzungen sind bereit. Die Hilfe für die Ukraine beläuft sich damit insgesamt auf 655 Millionen australische Dollar.", True,
     [("country:AU", "country:UA", 100_000_000, "AUD"), ("country:AU", "country:UA", 655_000_000, "AUD")]),
    ("pledge.donor.article_giver", "en", "Australia will send Ukraine 30 Bushmaster vehicles worth A$100 million, and New Zealand will send Ukraine NZ$20 million. The vehicles will arrive next year. Training will start in November. The army will also send instructors. The first crews are ready. Support to Ukraine now reaches A$655 million.", False,
     [("country:AU", "country:UA", 100_000_000, "AUD"), ("country:NZ", "country:UA", 20_000_000, "NZD")]),
    # a plural pledge noun after the figure sums many givers
    ("pledge.block.sum_of_pledges", "en", "The new $115 billion package for Ukraine includes an IMF loan and $80 billion in pledges from other countries.", True,
     [("org:imf", "country:UA", 115_000_000_000, "USD")]),
    # a hypothetical word outside the cue's clause does not hold the pledge back
    ("pledge.block.hypothetical", "en", "Trudeau said he would stand with Ukraine, unveiling an additional C$650 million for Kyiv.", False,
     [("country:CA", "country:UA", 650_000_000, "CAD")]),
    # a German idiom of help with an instrument; a region as recipient
    ("pledge.phrase", "de", "China will den Staaten Afrikas mit 60 Milliarden US-Dollar unter die Arme greifen.", True,
     [("country:CN", "region:africa", 60_000_000_000, "USD")]),
    # a name after the figure in a trailing phrase is no subject: the country invested in receives
    ("pledge.recipient.article_recipient", "en", "Qatar announced plans to invest $7.5 billion in Egypt, following Egyptian President Abdel Fattah al-Sisi's visit.", True,
     [("country:QA", "country:EG", 7_500_000_000, "USD")]),
    # an English participle of asking after the figure is a request; "needs" as a noun is none
    ("pledge.block.request", "en", "The $4 billion in aid sought from donors for Gaza was exceeded.", True, []),
    ("pledge.block.request", "en", "The United States is pledging $171 million to meet humanitarian needs in Sudan.", False,
     [("country:US", "country:SD", 171_000_000, "USD")]),
    # donations that total a figure are many givers' sum
    ("pledge.block.sum_of_pledges", "en", "Intended donations for Gaza totalled $5.4 billion, Norway's foreign minister said.", True, []),
    ("pledge.block.sum_of_pledges", "de", "Die Spendenzusagen für Gaza summierten sich auf 5,4 Milliarden Dollar, sagte der norwegische Außenminister.", True, []),
    # petty: a figure under ten thousand units with no scale is no state's pledge
    ("pledge.block.petty", "de", "Davon sind 114 Franken für die Ukraine vorgesehen, sagte der Bundesrat.", True, []),
    ("pledge.block.petty", "en", "Canada will give each family in Haiti C$500 in aid.", True, []),
    ("pledge.block.petty", "en", "Canada will give Haiti C$500 million in aid.", False, [("country:CA", "country:HT", 500_000_000, "CAD")]),
    # the total of many: "the total amount promised", "international pledge", participants as givers
    ("pledge.block.collective", "en", "Von der Leyen said of the total amount that has been promised that there would be 950 million euros for Syria.", True, []),
    ("pledge.block.collective", "de", "Die Gesamtsumme der Zusagen für Syrien beläuft sich auf 950 Millionen Euro, sagte von der Leyen.", True, []),
    ("pledge.block.collective", "en", "Qatar leads $5.4bn international pledge to rebuild Gaza.", True, []),
    ("pledge.block.collective", "en", "Participants of a conference on the Sahel have committed $1.7 billion for Mali, Niger and Burkina Faso.", True, []),
    ("pledge.block.collective", "en", "Merz said Germany would add 30 million euros to an international fund that helps Ukraine.", False,
     [("country:DE", "country:UA", 30_000_000, "EUR")]),
    # passive_speaker: a passive with no agent, told by a state or organisation: the teller gives; an
    # active progressive ("is committing") is no passive; the place of telling receives nothing
    ("pledge.donor.passive_speaker", "de", "Für den Irak werden 500 Millionen Dollar bereitgestellt, wie die Weltbank in Jordanien mitteilte.", True,
     [("org:world-bank", "country:IQ", 500_000_000, "USD")]),
    ("pledge.donor.passive_speaker", "en", "Moldova will be given €300 million for its grid, the EU said on Monday.", True,
     [("org:eu", "country:MD", 300_000_000, "EUR")]),
    ("pledge.donor.passive_speaker", "en", "Canada is committing an additional C$30 million for Palestinians in Gaza, Anand announced.", False,
     [("country:CA", "country:PS", 30_000_000, "CAD")]),
    # the subject of a passive of giving with the money after it receives ("Jordan will be given $200
    # million"); with the money as the subject ("$200 million will be given to Jordan") the preposition decides
    ("pledge.recipient.passive_object", "en", "Jordan will be given $200 million in loans, the World Bank said on Monday.", True,
     [("org:world-bank", "country:JO", 200_000_000, "USD")]),
    ("pledge.recipient.passive_object", "en", "Kenya was promised more than $2 billion by Japan for its railways.", True,
     [("country:JP", "country:KE", 2_000_000_000, "USD")]),
    ("pledge.recipient.passive_object", "en", "$200 million will be given to Jordan in loans, the World Bank said on Monday.", False,
     [("org:world-bank", "country:JO", 200_000_000, "USD")]),
    # issuer: an unnamed government giving its national currency ("Franken", "NOK") is the issuer; euros or dollars name no state
    ("pledge.donor.issuer", "de", "Der Bundesrat gibt 20 Millionen Franken für die Wasserversorgung im Libanon frei.", True,
     [("country:CH", "country:LB", 20_000_000, "CHF")]),
    ("pledge.donor.issuer", "en", "The government will give NOK 500 million for flood relief in Bangladesh.", True,
     [("country:NO", "country:BD", 500_000_000, "NOK")]),
    ("pledge.donor.issuer", "de", "Der Bundesrat gibt 20 Millionen Euro für die Wasserversorgung im Libanon frei.", False, []),
    ("pledge.donor.issuer", "en", "The government will give $50 million for flood relief in Bangladesh.", False, []),
    # followup (donor): the giver of the package announced just before; "verhandelt über"/"discussed" announces no pledge
    ("pledge.donor.followup", "de", "Spanien sagt Marokko ein neues Hilfspaket zu. Die Ministerin bezifferte den Umfang auf 50 Millionen Euro.", True,
     [("country:ES", "country:MA", 50_000_000, "EUR")]),
    ("pledge.donor.followup", "en", "Australia announced a new aid package for Vanuatu on Monday. It is worth A$20 million.", True,
     [("country:AU", "country:VU", 20_000_000, "AUD")]),
    ("pledge.donor.followup", "de", "Spanien verhandelt mit Marokko über ein neues Hilfspaket. Die Ministerin bezifferte den Umfang auf 50 Millionen Euro.", False, []),
    ("pledge.donor.followup", "en", "Australia discussed a new aid package for Vanuatu on Monday. It is worth A$20 million.", False, []),
    # anaphor: "die Bank"/"the lender" is the bank named before; a pronoun is not resolved
    ("pledge.donor.anaphor", "de", "Die Asiatische Entwicklungsbank prüft Projekte in Nepal. Zuletzt hatte die Bank 200 Millionen Dollar für Straßen in Nepal bewilligt.", True,
     [("org:asian-development-bank", "country:NP", 200_000_000, "USD")]),
    ("pledge.donor.anaphor", "en", "The Asian Development Bank is reviewing projects in Nepal. The lender approved $200 million for roads in Nepal last year.", True,
     [("org:asian-development-bank", "country:NP", 200_000_000, "USD")]),
    ("pledge.donor.anaphor", "de", "Die Asiatische Entwicklungsbank prüft Projekte in Nepal. Zuletzt hatte sie 200 Millionen Dollar für Straßen in Nepal bewilligt.", False, []),
    # ("It" is no description; the pronoun stands for the subject of the sentence before: pledge.donor.pronoun_body)
    ("pledge.donor.anaphor", "en", "The Asian Development Bank is reviewing projects in Nepal. It approved $200 million for roads in Nepal last year.", False,
     [("org:asian-development-bank", "country:NP", 200_000_000, "USD")]),
    # previous (donor): no giver named, the last pledge's donor goes on; a named giver ("Tokio") is the subject
    ("pledge.donor.previous", "de", "Japan sagte Sri Lanka am Montag 300 Millionen Dollar zu. Zudem wurden 50 Millionen Dollar für die Fischerei versprochen.", True,
     [("country:JP", "country:LK", 50_000_000, "USD"), ("country:JP", "country:LK", 300_000_000, "USD")]),
    # a receiver's money from many givers is no one giver's: "received only $2.2 billion in donor support"
    # a state's ministry telling of money a receiver gets gives it for its state; a ministry of the receiver's own does not
    ("pledge.donor.state_teller", "de", "Die Republik Moldau erhält weitere 15 Millionen Franken für die Energieversorgung, wie das EDA mitteilte.", True, [("country:CH", "country:MD", 15_000_000, "CHF")]),
    ("pledge.donor.state_teller", "en", "Jordan will receive $50 million for water projects, the State Department said.", True, [("country:US", "country:JO", 50_000_000, "USD")]),
    ("pledge.donor.state_teller", "en", "Jordan will receive $50 million for water projects, the State Department's spokesman said in a report on the United States.", True, [("country:US", "country:JO", 50_000_000, "USD")]),
    ("pledge.donor.state_teller", "de", "Die Republik Moldau erhält weitere 15 Millionen Franken für die Energieversorgung, sagte ein Sprecher.", False, []),
    # "die Bundesregierung" of an Austrian article (Austria named, Germany never) is Austria's government
    ("pledge.donor.subject", "de", "Österreich hilft der Ukraine. Die Bundesregierung stellt 46 Millionen Euro aus dem Auslandskatastrophenfonds bereit.", True,
     [("country:AT", "country:UA", 46_000_000, "EUR")]),
    ("pledge.donor.subject", "de", "Deutschland hilft der Ukraine. Die Bundesregierung stellt 46 Millionen Euro bereit.", True,
     [("country:DE", "country:UA", 46_000_000, "EUR")]),
    ("pledge.donor.previous", "en", "Norway made pledges of $25 million for Yemen. Yemen received only $2.2 billion in donor support out of $4.27 billion.", False,
     [("country:NO", "country:YE", 25_000_000, "USD")]),
    ("pledge.donor.previous", "de", "Norwegen sagte dem Jemen 25 Millionen Dollar zu. Der Jemen erhielt von den Gebern nur 2,2 Milliarden Dollar.", False,
     [("country:NO", "country:YE", 25_000_000, "USD")]),
    ("pledge.donor.previous", "en", "Japan pledged $300 million to Sri Lanka on Monday. It also promised $50 million for fisheries.", True,
     [("country:JP", "country:LK", 50_000_000, "USD"), ("country:JP", "country:LK", 300_000_000, "USD")]),
    ("pledge.donor.previous", "de", "Japan sagte Sri Lanka am Montag 300 Millionen Dollar zu. Zudem versprach Tokio 50 Millionen Dollar für die Fischerei.", False,
     [("country:JP", "country:LK", 50_000_000, "USD"), ("country:JP", "country:LK", 300_000_000, "USD")]),
    ("pledge.donor.previous", "en", "Japan pledged $300 million to Sri Lanka on Monday. Tokyo also promised $50 million for fisheries.", False,
     [("country:JP", "country:LK", 50_000_000, "USD"), ("country:JP", "country:LK", 300_000_000, "USD")]),
    # component (donor): a part of the package spent by an agency is still the package donor's; outside the package the agency gives
    ("pledge.donor.component", "de", "Deutschland kündigte ein Hilfspaket von 40 Millionen Euro für Niger an. Davon sind 5 Millionen Euro Soforthilfe, die das Welternährungsprogramm verteilt.", True,
     [("country:DE", "country:NE", 5_000_000, "EUR"), ("country:DE", "country:NE", 40_000_000, "EUR")]),
    ("pledge.donor.component", "en", "Australia announced a A$30 million aid package for Papua New Guinea. The package includes A$5 million that UNICEF will spend on vaccines.", True,
     [("country:AU", "country:PG", 5_000_000, "AUD"), ("country:AU", "country:PG", 30_000_000, "AUD")]),
    ("pledge.donor.component", "de", "Deutschland kündigte ein Hilfspaket von 40 Millionen Euro für Niger an. Zudem gibt es 5 Millionen Euro Soforthilfe, die das Welternährungsprogramm verteilt.", False,
     [("country:DE", "country:NE", 40_000_000, "EUR"), ("org:wfp", "country:NE", 5_000_000, "EUR")]),
    ("pledge.donor.component", "en", "Australia announced a A$30 million aid package for Papua New Guinea. UNICEF will spend A$5 million in aid on vaccines.", False,
     [("country:AU", "country:PG", 30_000_000, "AUD"), ("org:unicef", "country:PG", 5_000_000, "AUD")]),
    # distributive: "jeweils"/"each" gives the figure from every giver named; without it only the first gives
    ("pledge.donor.distributive", "de", "Schweden und Finnland stellen Moldau jeweils 20 Millionen Euro zur Verfügung.", True,
     [("country:FI", "country:MD", 20_000_000, "EUR"), ("country:SE", "country:MD", 20_000_000, "EUR")]),
    ("pledge.donor.distributive", "en", "Kuwait and Qatar each pledged $40 million to Syria.", True,
     [("country:KW", "country:SY", 40_000_000, "USD"), ("country:QA", "country:SY", 40_000_000, "USD")]),
    ("pledge.donor.distributive", "de", "Schweden und Finnland stellen Moldau 20 Millionen Euro zur Verfügung.", False,
     [("country:SE", "country:MD", 20_000_000, "EUR")]),
    ("pledge.donor.distributive", "en", "Kuwait and Qatar pledged $40 million to Syria.", False,
     [("country:KW", "country:SY", 40_000_000, "USD")]),
    # --- recipients -------------------------------------------------------------------------
    # preposition: "für Somalia"/"to Cape Verde" receives; a bare object is read by bare_object
    ("pledge.recipient.preposition", "de", "Irland sagte 10 Millionen Euro für Somalia zu.", True,
     [("country:IE", "country:SO", 10_000_000, "EUR")]),
    ("pledge.recipient.preposition", "en", "Portugal pledged €15 million to Cape Verde for water supply.", True,
     [("country:PT", "country:CV", 15_000_000, "EUR")]),
    ("pledge.recipient.preposition", "de", "Irland sagte Somalia 10 Millionen Euro zu.", False,
     [("country:IE", "country:SO", 10_000_000, "EUR")]),
    ("pledge.recipient.preposition", "en", "Portugal gave Cape Verde €15 million for water supply.", False,
     [("country:PT", "country:CV", 15_000_000, "EUR")]),
    # an organisation named right before another's name only says whose it is ("the UN Green Climate Fund");
    # with a comma between them the first receives
    ("pledge.recipient.preposition", "en", "Sweden announced a $730 million contribution to the UN Green Climate Fund.", True,
     [("country:SE", "org:green-climate-fund", 730_000_000, "USD")]),
    ("pledge.recipient.preposition", "en", "Sweden announced a $730 million contribution to the UN, for its Green Climate Fund.", True,
     [("country:SE", "org:un", 730_000_000, "USD")]),
    # the owner of the noun the money goes to receives ("für die Stabilisierungsmission der Afrikanischen Union", "to the
    # mission of the African Union"); a possessor or an adjective there does not ("for the victims of Russia's war")
    ("pledge.recipient.preposition", "de", "Die Europäische Union sagte 120 Millionen Euro für die Stabilisierungsmission der Afrikanischen Union zu.", True,
     [("org:eu", "org:african-union", 120_000_000, "EUR")]),
    ("pledge.recipient.preposition", "en", "Japan pledged $50 million to the mission of the African Union in Somalia.", True,
     [("country:JP", "org:african-union", 50_000_000, "USD")]),
    ("pledge.recipient.destination", "en", "Japan pledged $50 million for the victims of Russia's war in Ukraine.", True,
     [("country:JP", "country:UA", 50_000_000, "USD")]),
    ("pledge.recipient.preposition", "de", "Die Europäische Union sagte 120 Millionen Euro für die Opfer des russischen Angriffs in der Ukraine zu.", False,
     [("org:eu", "country:UA", 120_000_000, "EUR")]),
    # the members or government named in a compound with the organisation give ("Die EU-Staats- und
    # Regierungschefs sagten Ankara ... zu"); a topic compound ("Nach dem EU-Gipfel") gives nothing
    ("pledge.donor.subject", "de", "Die EU-Staats- und Regierungschefs sagten Ankara drei Milliarden Euro für die Versorgung von Flüchtlingen zu.", True,
     [("org:eu", "country:TR", 3_000_000_000, "EUR")]),
    ("pledge.donor.subject", "de", "Nach dem EU-Gipfel sagte Deutschland Ankara 30 Millionen Euro für Flüchtlinge zu.", True,
     [("country:DE", "country:TR", 30_000_000, "EUR")]),
    # dative: "der Türkei" is a dative receiver; after "in" it is a place
    ("pledge.recipient.dative", "de", "Deutschland sagte der Türkei 50 Millionen Euro für Erdbebenopfer zu.", True,
     [("country:DE", "country:TR", 50_000_000, "EUR")]),
    ("pledge.recipient.dative", "de", "Deutschland sagte 50 Millionen Euro für Erdbebenopfer in der Türkei zu.", False,
     [("country:DE", "country:TR", 50_000_000, "EUR")]),
    # object_with: "provide Jordan with" receives; "for water projects in Jordan" is read from the article
    ("pledge.recipient.object_with", "en", "The United States will provide Jordan with $45 million for water projects.", True,
     [("country:US", "country:JO", 45_000_000, "USD")]),
    ("pledge.recipient.object_with", "en", "The United States will provide $45 million for water projects in Jordan.", False,
     [("country:US", "country:JO", 45_000_000, "USD")]),
    # thanker: who thanks received; the object of "gab"/"gave" receives as a bare object
    ("pledge.recipient.thanker", "de", "Kenia dankte Großbritannien für 40 Millionen Pfund Fluthilfe.", True,
     [("country:GB", "country:KE", 40_000_000, "GBP")]),
    ("pledge.recipient.thanker", "en", "Kenya thanked Britain for £40 million in flood aid.", True,
     [("country:GB", "country:KE", 40_000_000, "GBP")]),
    ("pledge.recipient.thanker", "de", "Großbritannien gab Kenia 40 Millionen Pfund Fluthilfe.", False,
     [("country:GB", "country:KE", 40_000_000, "GBP")]),
    ("pledge.recipient.thanker", "en", "Britain gave Kenya £40 million in flood aid.", False,
     [("country:GB", "country:KE", 40_000_000, "GBP")]),
    # receiver: the subject of "erhält"/"gets" receives; the object of "gibt"/"gives" is a bare object
    ("pledge.recipient.receiver", "de", "Ghana erhält 250 Millionen Dollar von der Afrikanischen Entwicklungsbank.", True,
     [("org:african-development-bank", "country:GH", 250_000_000, "USD")]),
    ("pledge.recipient.receiver", "en", "Kenya gets $300 million from the World Bank for its power grid.", True,
     [("org:world-bank", "country:KE", 300_000_000, "USD")]),
    ("pledge.recipient.receiver", "de", "Die Afrikanische Entwicklungsbank gibt Ghana 250 Millionen Dollar.", False,
     [("org:african-development-bank", "country:GH", 250_000_000, "USD")]),
    ("pledge.recipient.receiver", "en", "The World Bank gives Kenya $300 million for its power grid.", False,
     [("org:world-bank", "country:KE", 300_000_000, "USD")]),
    # population: "Geflüchtete aus Myanmar"/"refugees from Myanmar": their country receives; without "aus/from" the host country does
    ("pledge.recipient.population", "de", "Kanada stellt 30 Millionen Dollar für Geflüchtete aus Myanmar in Bangladesch bereit.", True,
     [("country:CA", "country:MM", 30_000_000, "CAD")]),
    ("pledge.recipient.population", "en", "Canada will provide C$30 million for refugees from Myanmar in Bangladesh.", True,
     [("country:CA", "country:MM", 30_000_000, "CAD")]),
    ("pledge.recipient.population", "de", "Kanada stellt 30 Millionen Dollar für Geflüchtete in Bangladesch bereit.", False,
     [("country:CA", "country:BD", 30_000_000, "CAD")]),
    ("pledge.recipient.population", "en", "Canada will provide C$30 million for refugees in Bangladesh.", False,
     [("country:CA", "country:BD", 30_000_000, "CAD")]),
    # the place where a people lives receives ("civilians in Gaza"); refugees in a country are not its people
    ("pledge.recipient.population", "de", "Deutschland verstärkt seine Unterstützung für die notleidende Zivilbevölkerung im Gazastreifen mit einer Soforthilfe von 50 Millionen Euro.", True,
     [("country:DE", "region:gaza", 50_000_000, "EUR")]),
    ("pledge.recipient.population", "en", "Germany is stepping up its support for civilians in Gaza with emergency aid of 50 million euros.", True,
     [("country:DE", "region:gaza", 50_000_000, "EUR")]),
    ("pledge.recipient.population", "de", "Deutschland verstärkt seine Unterstützung für syrische Flüchtlinge in der Türkei mit einer Soforthilfe von 50 Millionen Euro.", False, []),
    ("pledge.recipient.population", "en", "Germany is stepping up its support for Syrian refugees in Turkey with emergency aid of 50 million euros.", False, []),
    # aid_compound: "Moldau-Hilfe"/"Haiti-aid" receives; "Hilfe für Moldau" is a preposition
    ("pledge.recipient.aid_compound", "de", "Die Niederlande stocken ihre Moldau-Hilfe um 25 Millionen Euro auf.", True,
     [("country:NL", "country:MD", 25_000_000, "EUR")]),
    ("pledge.recipient.aid_compound", "en", "Washington approved a $95 million Haiti-aid package on Friday.", True,
     [("country:US", "country:HT", 95_000_000, "USD")]),
    ("pledge.recipient.aid_compound", "de", "Die Niederlande stocken ihre Hilfe für Moldau um 25 Millionen Euro auf.", False,
     [("country:NL", "country:MD", 25_000_000, "EUR")]),
    ("pledge.recipient.aid_compound", "en", "Washington approved a $95 million aid package for Haiti on Friday.", False,
     [("country:US", "country:HT", 95_000_000, "USD")]),
    # plan_modifier: "Moldova funding", "Sudan Humanitarian Response Plan": the country modifying the aid receives
    ("pledge.recipient.plan_modifier", "en", "The Netherlands announced €25 million in new Moldova funding for the winter.", True,
     [("country:NL", "country:MD", 25_000_000, "EUR")]),
    ("pledge.recipient.plan_modifier", "en", "Saudi Arabia gave $50 million to the UN's Sudan Humanitarian Response Plan.", True,
     [("country:SA", "country:SD", 50_000_000, "USD")]),
    ("pledge.recipient.plan_modifier", "en", "The Netherlands announced €25 million in new funding for Moldova for the winter.", False,
     [("country:NL", "country:MD", 25_000_000, "EUR")]),
    # (an abbreviation on the aid owns it instead: "US aid to Afghanistan")
    ("pledge.recipient.plan_modifier", "en", "The total amount of US aid to Afghanistan has reached $774 million.", False,
     [("country:US", "country:AF", 774_000_000, "USD")]),
    # passive_object: a state before the agent of a passive receives; "Für Kolumbien"/"to Nigeria" is a preposition
    ("pledge.recipient.passive_object", "de", "Kolumbien wurden von Spanien 20 Millionen Euro für Friedensprojekte zugesagt.", True,
     [("country:ES", "country:CO", 20_000_000, "EUR")]),
    ("pledge.recipient.passive_object", "en", "Nigeria will be given $60 million for health clinics by the Gates Foundation.", True,
     [("org:gates-foundation", "country:NG", 60_000_000, "USD")]),
    ("pledge.recipient.passive_object", "de", "Für Kolumbien wurden von Spanien 20 Millionen Euro für Friedensprojekte zugesagt.", False,
     [("country:ES", "country:CO", 20_000_000, "EUR")]),
    ("pledge.recipient.passive_object", "en", "$60 million will be given to Nigeria for health clinics by the Gates Foundation.", False,
     [("org:gates-foundation", "country:NG", 60_000_000, "USD")]),
    # issuer_object: the state named as object of an issuing government receives; after "in"/"to" other rules read it
    ("pledge.recipient.issuer_object", "de", "Der Bundesrat sagt Jordanien 20 Millionen Franken für die Wasserversorgung zu.", True,
     [("country:CH", "country:JO", 20_000_000, "CHF")]),
    ("pledge.recipient.issuer_object", "en", "The government will give Malawi NOK 300 million for schools.", True,
     [("country:NO", "country:MW", 300_000_000, "NOK")]),
    ("pledge.recipient.issuer_object", "de", "Der Bundesrat sagt 20 Millionen Franken für die Wasserversorgung in Jordanien zu.", False,
     [("country:CH", "country:JO", 20_000_000, "CHF")]),
    ("pledge.recipient.issuer_object", "en", "The government will give NOK 300 million to Malawi for schools.", False,
     [("country:NO", "country:MW", 300_000_000, "NOK")]),
    # bare_object: "gibt Hanoi"/"give Hanoi" receives; "an Hanoi"/"to Hanoi" is a preposition
    ("pledge.recipient.bare_object", "de", "Seoul gibt Hanoi 100 Millionen Dollar für den Hochwasserschutz.", True,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    ("pledge.recipient.bare_object", "en", "Seoul will give Hanoi $100 million for flood defences.", True,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    ("pledge.recipient.bare_object", "de", "Seoul gibt 100 Millionen Dollar an Hanoi für den Hochwasserschutz.", False,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    ("pledge.recipient.bare_object", "en", "Seoul will give $100 million to Hanoi for flood defences.", False,
     [("country:KR", "country:VN", 100_000_000, "USD")]),
    # followup (recipient): "für Äthiopien"/"for Mozambique" in the announcing sentence receives; a bare object there is not kept
    ("pledge.recipient.followup", "de", "Irland sagt ein neues Hilfspaket für Äthiopien zu. Das Außenministerium bezifferte es auf 12 Millionen Euro.", True,
     [("country:IE", "country:ET", 12_000_000, "EUR")]),
    ("pledge.recipient.followup", "en", "Portugal announced a new aid package for Mozambique on Friday. It is worth 40 million euros.", True,
     [("country:PT", "country:MZ", 40_000_000, "EUR")]),
    ("pledge.recipient.followup", "de", "Irland sagt Äthiopien ein neues Hilfspaket zu. Das Außenministerium bezifferte es auf 12 Millionen Euro.", False,
     [("country:IE", "country:ET", 12_000_000, "EUR")]),
    ("pledge.recipient.followup", "en", "Portugal gave Mozambique a new aid package on Friday. It is worth 40 million euros.", False,
     [("country:PT", "country:MZ", 40_000_000, "EUR")]),
    # fund_anaphor: "dem Programm"/"the fund's" is the programme or fund named before; its full name is read directly
    ("pledge.recipient.fund_anaphor", "de", "Das Welternährungsprogramm warnt vor einer Hungersnot im Jemen. Deutschland sagte dem Programm weitere 20 Millionen Euro zu.", True,
     [("country:DE", "org:wfp", 20_000_000, "EUR")]),
    ("pledge.recipient.fund_anaphor", "en", "The Green Climate Fund opened its replenishment in Bonn. Norway pledged $200 million for the fund's next cycle.", True,
     [("country:NO", "org:green-climate-fund", 200_000_000, "USD")]),
    ("pledge.recipient.fund_anaphor", "de", "Das Welternährungsprogramm warnt vor einer Hungersnot im Jemen. Deutschland sagte dem Welternährungsprogramm weitere 20 Millionen Euro zu.", False,
     [("country:DE", "org:wfp", 20_000_000, "EUR")]),
    ("pledge.recipient.fund_anaphor", "en", "The Green Climate Fund opened its replenishment in Bonn. Norway pledged $200 million for the Green Climate Fund's next cycle.", False,
     [("country:NO", "org:green-climate-fund", 200_000_000, "USD")]),
    # the head word of a giver's own name is no anaphor of a fund ("The Gates Foundation announced")
    ("pledge.recipient.fund_anaphor", "en", "The summit in Brussels raised money for Gavi. The Gates Foundation announced a commitment of $1.6 billion.", False,
     [("org:gates-foundation", "org:gavi", 1_600_000_000, "USD")]),
    ("pledge.recipient.fund_anaphor", "de", "Der Gipfel in Brüssel sammelte Geld für Gavi. Die Gates Foundation kündigte eine Zusage von 1,6 Milliarden Dollar an.", False,
     [("org:gates-foundation", "org:gavi", 1_600_000_000, "USD")]),
    # own_destination: with two figures each goes to the place named after it; with one figure the article's country is read
    ("pledge.recipient.own_destination", "de", "Italien sagte 50 Millionen Euro für den libyschen Wohnungsbau und 20 Millionen Euro für Schulen in Tunesien zu.", True,
     [("country:IT", "country:LY", 50_000_000, "EUR"), ("country:IT", "country:TN", 20_000_000, "EUR")]),
    ("pledge.recipient.own_destination", "en", "Italy pledged €50 million for housing in Libya and €20 million for schools in Tunisia.", True,
     [("country:IT", "country:LY", 50_000_000, "EUR"), ("country:IT", "country:TN", 20_000_000, "EUR")]),
    ("pledge.recipient.own_destination", "de", "Italien sagte 50 Millionen Euro für den libyschen Wohnungsbau zu.", False,
     [("country:IT", "country:LY", 50_000_000, "EUR")]),
    # a later figure whose only recipient follows the previous figure leaves it to that figure and goes where it says;
    # the agent of spending passes the money on and gives nothing ("will be spent in Ukraine by the Red Cross")
    ("pledge.recipient.own_destination", "en", "Ireland will give 2 million euros to the United Nations Humanitarian Fund, and 3 million euros will be spent in Ukraine by the Red Cross.", True,
     [("country:IE", "country:UA", 3_000_000, "EUR"), ("country:IE", "org:humanitarian-fund", 2_000_000, "EUR")]),
    ("pledge.recipient.own_destination", "de", "Irland gibt zwei Millionen Euro an UNICEF, und drei Millionen Euro werden in der Ukraine vom Roten Kreuz ausgegeben.", True,
     [("country:IE", "country:UA", 3_000_000, "EUR"), ("country:IE", "org:unicef", 2_000_000, "EUR")]),
    ("pledge.donor.passive_agent", "en", "Ireland announced that 3 million euros will be spent in Ukraine by the Red Cross.", False,
     [("country:IE", "country:UA", 3_000_000, "EUR")]),
    # a passive with no agent and no giver in its sentence gives the money of the article's one giver so far, however far back;
    # with two givers before, none is guessed
    ("pledge.donor.agentless_passive", "de", "Die EU-Kommission hat 282,5 Millionen Euro für humanitäre Hilfe im Tschad und im Sudan angekündigt. Die Kommissarin besuchte ein Lager. Sie sprach mit Helfern. Sie lobte ihre Arbeit. Sie sprach auch mit Flüchtlingen. Im Tschad werden 74,5 Millionen Euro für die Versorgung von Vertriebenen bereitgestellt.", True,
     [("org:european-commission", "country:TD", 282_500_000, "EUR"), ("org:european-commission", "country:TD", 74_500_000, "EUR")]),
    ("pledge.donor.agentless_passive", "en", "The European Commission announced €282.5 million in humanitarian aid for Chad and Sudan. The commissioner visited a camp. She spoke with aid workers. She praised their work. She also met refugees. In Chad, €74.5 million will be provided for displaced people.", True,
     [("org:european-commission", "country:TD", 282_500_000, "EUR"), ("org:european-commission", "country:TD", 74_500_000, "EUR")]),
    ("pledge.donor.agentless_passive", "en", "The European Commission announced €282.5 million for Chad and Japan pledged $10 million for Chad. The commissioner visited a camp. She spoke with aid workers. She praised their work. She also met refugees. In Chad, €74.5 million will be provided for displaced people.", False,
     [("country:JP", "country:TD", 10_000_000, "USD"), ("org:european-commission", "country:TD", 282_500_000, "EUR")]),
    # the agent of a participle describing a noun ("der von Russland zerstörten Infrastruktur") did something else than give;
    # one of a participle of giving gives ("die von Japan zugesagten 5 Milliarden Dollar"); the speaker's "sein Land" gives
    # in German also with a name between it and the verb at the end
    ("pledge.donor.passive_agent", "de", "Japan wird weitere 5,5 Milliarden Dollar für den Wiederaufbau der von Russland zerstörten Infrastruktur in der Ukraine bereitstellen.", False,
     [("country:JP", "country:UA", 5_500_000_000, "USD")]),
    ("pledge.donor.pronoun", "de", "Zudem sagte Kishida in Tokio, dass sein Land weitere 5,5 Milliarden Dollar für den Wiederaufbau der von Russland zerstörten Infrastruktur in der Ukraine bereitstellen wird.", True,
     [("country:JP", "country:UA", 5_500_000_000, "USD")]),
    ("pledge.donor.passive_agent", "en", "Ireland announced that 3 million euros will be given to Ukraine by the Red Cross.", True,
     [("org:icrc", "country:UA", 3_000_000, "EUR")]),
    ("pledge.recipient.own_destination", "en", "Italy pledged €50 million for housing in Libya.", False,
     [("country:IT", "country:LY", 50_000_000, "EUR")]),
    # article_recipient: the only country of the article, named in the sentence, receives; "an Jordanien"/"to Jordan" is a preposition
    ("pledge.recipient.article_recipient", "de", "Südkorea stellt 5 Millionen Dollar für Wasserprojekte in Jordanien bereit.", True,
     [("country:KR", "country:JO", 5_000_000, "USD")]),
    ("pledge.recipient.article_recipient", "en", "South Korea will provide $5 million for water projects in Jordan.", True,
     [("country:KR", "country:JO", 5_000_000, "USD")]),
    ("pledge.recipient.article_recipient", "de", "Südkorea stellt Jordanien 5 Millionen Dollar für Wasserprojekte bereit.", False,
     [("country:KR", "country:JO", 5_000_000, "USD")]),
    ("pledge.recipient.article_recipient", "en", "South Korea will provide $5 million to Jordan for water projects.", False,
     [("country:KR", "country:JO", 5_000_000, "USD")]),
    # destination: with two countries and no topic, the place after the figure ("im Tschad", "in Chad") receives
    ("pledge.recipient.destination", "de", "Kanada stellt 50 Millionen Dollar für Flüchtlinge im Tschad bereit, die vor dem Krieg im Sudan geflohen sind.", True,
     [("country:CA", "country:TD", 50_000_000, "CAD")]),
    ("pledge.recipient.destination", "en", "Canada will provide C$50 million for refugees in Chad who fled the war in Sudan.", True,
     [("country:CA", "country:TD", 50_000_000, "CAD")]),
    ("pledge.recipient.destination", "de", "Kanada stellt 50 Millionen Dollar für Flüchtlinge bereit, die vor dem Krieg im Sudan geflohen sind.", False,
     [("country:CA", "country:SD", 50_000_000, "CAD")]),
    ("pledge.recipient.destination", "en", "Canada will provide C$50 million for refugees who fled the war in Sudan.", False,
     [("country:CA", "country:SD", 50_000_000, "CAD")]),
    # previous (recipient): no receiver named, the last pledge's goes on; "in Marokko"/"in Morocco" names it again
    ("pledge.recipient.previous", "de", "Spanien sagte Marokko am Montag 40 Millionen Euro zu. Madrid versprach zudem 10 Millionen Euro für die Bewässerung.", True,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("country:ES", "country:MA", 40_000_000, "EUR")]),
    ("pledge.recipient.previous", "en", "Spain pledged €40 million to Morocco on Monday. Madrid also promised €10 million for irrigation.", True,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("country:ES", "country:MA", 40_000_000, "EUR")]),
    ("pledge.recipient.previous", "de", "Spanien sagte Marokko am Montag 40 Millionen Euro zu. Madrid versprach zudem 10 Millionen Euro für die Bewässerung in Marokko.", False,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("country:ES", "country:MA", 40_000_000, "EUR")]),
    ("pledge.recipient.previous", "en", "Spain pledged €40 million to Morocco on Monday. Madrid also promised €10 million for irrigation in Morocco.", False,
     [("country:ES", "country:MA", 10_000_000, "EUR"), ("country:ES", "country:MA", 40_000_000, "EUR")]),
    # most_frequent: the last pledge went to the donor itself, so the article's usual receiver is taken; without it the last pledge's
    ("pledge.recipient.most_frequent", "de", "Deutschland sagte der Ukraine 200 Millionen Euro zu. Brüssel sagte Deutschland 50 Millionen Euro für die Unterbringung von Flüchtlingen zu. Berlin versprach zudem 30 Millionen Euro für die Minenräumung.", True,
     [("country:DE", "country:UA", 30_000_000, "EUR"), ("country:DE", "country:UA", 200_000_000, "EUR"), ("org:eu", "country:DE", 50_000_000, "EUR")]),
    ("pledge.recipient.most_frequent", "en", "Germany pledged €200 million to Ukraine. Brussels pledged €50 million to Germany for housing refugees. Berlin also promised €30 million for demining.", True,
     [("country:DE", "country:UA", 30_000_000, "EUR"), ("country:DE", "country:UA", 200_000_000, "EUR"), ("org:eu", "country:DE", 50_000_000, "EUR")]),
    ("pledge.recipient.most_frequent", "de", "Deutschland sagte der Ukraine 200 Millionen Euro zu. Berlin versprach zudem 30 Millionen Euro für die Minenräumung.", False,
     [("country:DE", "country:UA", 30_000_000, "EUR"), ("country:DE", "country:UA", 200_000_000, "EUR")]),
    ("pledge.recipient.most_frequent", "en", "Germany pledged €200 million to Ukraine. Berlin also promised €30 million for demining.", False,
     [("country:DE", "country:UA", 30_000_000, "EUR"), ("country:DE", "country:UA", 200_000_000, "EUR")]),
    # topic: the one country the article is about receives; with two countries named once each there is no topic
    ("pledge.recipient.topic", "de", "Überschwemmungen haben in Pakistan Tausende Familien vertrieben. Kanada sagte am Dienstag 10 Millionen Dollar zu.", True,
     [("country:CA", "country:PK", 10_000_000, "CAD")]),
    ("pledge.recipient.topic", "en", "Floods have displaced thousands of families in Pakistan. Canada pledged C$10 million on Tuesday.", True,
     [("country:CA", "country:PK", 10_000_000, "CAD")]),
    ("pledge.recipient.topic", "de", "Überschwemmungen haben in Pakistan und Indien Tausende Familien vertrieben. Kanada sagte am Dienstag 10 Millionen Dollar zu.", False, []),
    # a country named as often as the region it lies in is the topic
    ("pledge.recipient.topic", "de", "Merkel ist auf Afrika-Reise in Kenia. Afrika leidet unter Dürre, auch Kenia. Merkel verspricht eine Million Euro Soforthilfe.", True,
     [("country:DE", "country:KE", 1_000_000, "EUR")]),
    ("pledge.recipient.topic", "en", "Merkel is touring Africa and visiting Kenya. Africa suffers from drought, Kenya too. Merkel promised one million euros in emergency aid.", True,
     [("country:DE", "country:KE", 1_000_000, "EUR")]),
    ("pledge.recipient.topic", "en", "Floods have displaced thousands of families in Pakistan and India. Canada pledged C$10 million on Tuesday.", False, []),
    # component (recipient): a part for the donor's own Red Cross goes to the package's receiver; for the Red Cross as such, to it
    ("pledge.recipient.component", "de", "Deutschland kündigte ein Hilfspaket von 40 Millionen Euro für Niger an. Darin enthalten sind Zuschüsse von 5 Millionen Euro an Deutschlands Rotes Kreuz.", True,
     [("country:DE", "country:NE", 5_000_000, "EUR"), ("country:DE", "country:NE", 40_000_000, "EUR")]),
    ("pledge.recipient.component", "en", "Germany announced a €40 million aid package for Niger. It includes €5 million in grants to Germany's Red Cross.", True,
     [("country:DE", "country:NE", 5_000_000, "EUR"), ("country:DE", "country:NE", 40_000_000, "EUR")]),
    ("pledge.recipient.component", "de", "Deutschland kündigte ein Hilfspaket von 40 Millionen Euro für Niger an. Darin enthalten sind Zuschüsse von 5 Millionen Euro an das Rote Kreuz.", False,
     [("country:DE", "country:NE", 40_000_000, "EUR"), ("country:DE", "org:icrc", 5_000_000, "EUR")]),
    ("pledge.recipient.component", "en", "Germany announced a €40 million aid package for Niger. It includes €5 million in grants to the Red Cross.", False,
     [("country:DE", "country:NE", 40_000_000, "EUR"), ("country:DE", "org:icrc", 5_000_000, "EUR")]),
    # --- amounts and flags ------------------------------------------------------------------
    # donor_currency: bare "Pesos"/"pesos" from Mexico are MXN; "mexikanische Pesos"/"Mexican pesos" are stated
    ("pledge.amount.donor_currency", "de", "Mexiko sagte Kuba 200 Millionen Pesos für Lebensmittel zu.", True,
     [("country:MX", "country:CU", 200_000_000, "MXN")]),
    # rupees the donor does not use are the receiver's ("Rs" from China to Nepal); a bare "$" stays the US dollar
    ("pledge.amount.donor_currency", "en", "China will provide more than Rs 11.40 billion in grant assistance to Nepal.", True,
     [("country:CN", "country:NP", 11_400_000_000, "NPR")]),
    ("pledge.amount.donor_currency", "de", "China stellt Nepal 11,4 Milliarden Rupien zur Verfügung.", True,
     [("country:CN", "country:NP", 11_400_000_000, "NPR")]),
    ("pledge.amount.donor_currency", "en", "Japan pledged $50 million to Fiji.", True, [("country:JP", "country:FJ", 50_000_000, "USD")]),
    ("pledge.amount.donor_currency", "en", "Mexico pledged 200 million pesos to Cuba for food.", True,
     [("country:MX", "country:CU", 200_000_000, "MXN")]),
    ("pledge.amount.donor_currency", "de", "Mexiko sagte Kuba 200 Millionen mexikanische Pesos für Lebensmittel zu.", False,
     [("country:MX", "country:CU", 200_000_000, "MXN")]),
    ("pledge.amount.donor_currency", "en", "Mexico pledged 200 million Mexican pesos to Cuba for food.", False,
     [("country:MX", "country:CU", 200_000_000, "MXN")]),
    # bracketed_conversion: "(rund 920 Millionen Euro)", "(£780 million)" restate the same pledge; without them one figure
    ("pledge.amount.bracketed_conversion", "de", "Indien sagte Sri Lanka eine Milliarde Dollar (rund 920 Millionen Euro) für Treibstoffimporte zu.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.amount.bracketed_conversion", "en", "India pledged $1 billion (£780 million) to Sri Lanka for fuel imports.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.amount.bracketed_conversion", "de", "Indien sagte Sri Lanka eine Milliarde Dollar für Treibstoffimporte zu.", False,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.amount.bracketed_conversion", "en", "India pledged $1 billion to Sri Lanka for fuel imports.", False,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    # cumulative: "seit 2022 insgesamt"/"since 2022" is a running total; "weitere"/"a further" marks new money
    ("pledge.flag.cumulative", "de", "Schweden hat Moldau seit 2022 insgesamt 2 Milliarden Kronen gegeben.", True,
     [("country:SE", "country:MD", 2_000_000_000, "SEK")]),
    ("pledge.flag.cumulative", "en", "Sweden has given Moldova SEK 2 billion in aid since 2022.", True,
     [("country:SE", "country:MD", 2_000_000_000, "SEK")]),
    # "New" in a name is no new-marker
    ("pledge.flag.cumulative", "en", "New Zealand has given Tonga NZ$120 million in aid since 2019.", True,
     [("country:NZ", "country:TO", 120_000_000, "NZD")]),
    ("pledge.flag.cumulative", "de", "Schweden hat Moldau seit dem Gipfel weitere 200 Millionen Kronen gegeben.", False,
     [("country:SE", "country:MD", 200_000_000, "SEK")]),
    ("pledge.flag.cumulative", "en", "Sweden has given Moldova a further SEK 200 million in aid since the summit.", False,
     [("country:SE", "country:MD", 200_000_000, "SEK")]),
    # part_of: "Davon"/"of which" makes the figure a component of the package; "Zudem"/"and a further" a pledge beside it
    ("pledge.flag.part_of", "de", "Australien kündigte ein Hilfspaket von 30 Millionen australischen Dollar für Papua-Neuguinea an. Davon sind 5 Millionen australische Dollar Soforthilfe.", True,
     [("country:AU", "country:PG", 5_000_000, "AUD"), ("country:AU", "country:PG", 30_000_000, "AUD")]),
    ("pledge.flag.part_of", "en", "Australia announced a A$30 million package for Papua New Guinea, of which A$5 million is for vaccines.", True,
     [("country:AU", "country:PG", 5_000_000, "AUD"), ("country:AU", "country:PG", 30_000_000, "AUD")]),
    ("pledge.flag.part_of", "de", "Australien kündigte ein Hilfspaket von 30 Millionen australischen Dollar für Papua-Neuguinea an. Zudem gibt es 5 Millionen australische Dollar Soforthilfe.", False,
     [("country:AU", "country:PG", 5_000_000, "AUD"), ("country:AU", "country:PG", 30_000_000, "AUD")]),
    # "composed of" lists the parts; a part with a giver of its own ("a grant from the United States") keeps it
    ("pledge.flag.part_of", "en", "The World Bank announced $1.75 billion for Ukraine. The financing is composed of a $500 million World Bank loan guaranteed by the United Kingdom, a $1.25 billion grant from the United States, and a $15 million grant from Finland.", True,
     [("org:world-bank", "country:UA", 1_750_000_000, "USD"), ("org:world-bank", "country:UA", 500_000_000, "USD"),
      ("country:US", "country:UA", 1_250_000_000, "USD"), ("country:FI", "country:UA", 15_000_000, "USD")]),
    ("pledge.flag.part_of", "de", "Die Weltbank kündigte 1,75 Milliarden Dollar für die Ukraine an. Das Paket setzt sich zusammen aus einem Kredit der Weltbank über 500 Millionen Dollar, einem Zuschuss von 1,25 Milliarden Dollar aus den USA und einem Zuschuss von 15 Millionen Dollar aus Finnland.", True,
     [("org:world-bank", "country:UA", 1_750_000_000, "USD"), ("country:US", "country:UA", 1_250_000_000, "USD"), ("country:FI", "country:UA", 15_000_000, "USD")]),
    ("pledge.flag.part_of", "en", "Australia announced a A$30 million package for Papua New Guinea, and a further A$5 million for vaccines.", False,
     [("country:AU", "country:PG", 5_000_000, "AUD"), ("country:AU", "country:PG", 30_000_000, "AUD")]),
    # a part given in a passive with an agent of its own keeps that giver ("will be provided by the United States",
    # "von den USA bereitgestellt"); an agent on a noun's participle ("a loan guaranteed by") is no giver
    ("pledge.flag.part_of", "en", "Ukraine will be given $50 billion in loans, the G7 said on Friday. Of the total, $20 billion will be provided by the United States.", True,
     [("country:US", "country:UA", 20_000_000_000, "USD"), ("org:g7", "country:UA", 50_000_000_000, "USD")]),
    ("pledge.flag.part_of", "de", "Der Ukraine werden 50 Milliarden Dollar an Krediten gewährt, teilte die G7 mit. Davon werden 20 Milliarden Dollar von den USA bereitgestellt.", True,
     [("country:US", "country:UA", 20_000_000_000, "USD"), ("org:g7", "country:UA", 50_000_000_000, "USD")]),
    ("pledge.flag.part_of", "en", "Ukraine will be given $50 billion in loans, the G7 said on Friday. Of the total, $20 billion is a loan guaranteed by the United States.", True,
     [("org:g7", "country:UA", 20_000_000_000, "USD"), ("org:g7", "country:UA", 50_000_000_000, "USD")]),
    # clause_subject: a separator and a conjunction open the cue's own clause, whose subject gives;
    # with only a separator (no conjunction) the first subject of the sentence stays the giver
    ("pledge.donor.clause_subject", "de", "Die UNO rief zu mehr Hilfe für den Sudan auf, während Norwegen 40 Millionen Dollar zusagte.", True,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    ("pledge.donor.clause_subject", "en", "The UN chief called on donors to do more for Sudan, as Norway promised $40 million.", True,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    ("pledge.donor.clause_subject", "de", "Norwegen sagte dem Sudan bei einem Treffen mit der UNO 40 Millionen Dollar zu.", False,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    ("pledge.donor.clause_subject", "en", "Norway promised $40 million for Sudan after the UN chief called on donors to do more.", False,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    # request in another clause: the appeal before ", as"/", while" does not block the cue's own figure,
    # but an appeal figure before the conjunction stays blocked
    ("pledge.block.request", "en", "The UN appealed for $4 billion for Yemen, while Germany pledged €100 million.", True,
     [("country:DE", "country:YE", 100_000_000, "EUR")]),
    ("pledge.block.request", "en", "The UN chief called on donors to do more for Sudan, as Norway promised $40 million.", False,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    ("pledge.block.request", "de", "Die UNO rief zu mehr Hilfe für den Sudan auf, während Norwegen 40 Millionen Dollar zusagte.", False,
     [("country:NO", "country:SD", 40_000_000, "USD")]),
    # possessive: the owner of the noun that triggered the figure gives ("India's offer of"), not the
    # country after "to accept"
    ("pledge.donor.possessive", "en", "The minister said Pakistan had agreed to accept India's initial offer of $5 million in flood aid.", True,
     [("country:IN", "country:PK", 5_000_000, "USD")]),
    ("pledge.donor.possessive", "en", "Kenya welcomed Japan's offer of $30 million in drought relief.", True,
     [("country:JP", "country:KE", 30_000_000, "USD")]),
    # debt: a debt owed is no promise; the same figure lent is one
    ("pledge.block.debt", "de", "Argentinien ist der größte Schuldner des IWF und steht beim Fonds mit mehr als 44 Milliarden Dollar in der Kreide.", True, []),
    ("pledge.block.debt", "en", "Argentina already owes the IMF more than $44 billion from an earlier loan.", True, []),
    ("pledge.block.debt", "de", "Der IWF gewährt Argentinien eine Kreditlinie von 20 Milliarden Dollar.", False,
     [("org:imf", "country:AR", 20_000_000_000, "USD")]),
    ("pledge.block.debt", "en", "The IMF lent Argentina more than $44 billion in an earlier loan.", False,
     [("org:imf", "country:AR", 44_000_000_000, "USD")]),
    # replaced: a figure that a newer one replaces ("statt", "instead of", "up from") is no pledge; the new one is
    ("pledge.block.replaced", "de", "Statt der geplanten 300 Millionen Euro erhält die Ukraine nun 500 Millionen Euro von Deutschland.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.block.replaced", "en", "Germany will give Ukraine 500 million euros instead of the 300 million euros planned.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.block.replaced", "de", "Deutschland gibt der Ukraine 500 Millionen Euro und stellt weitere 300 Millionen Euro bereit.", False,
     [("country:DE", "country:UA", 300_000_000, "EUR"), ("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.block.replaced", "en", "Germany will give Ukraine 500 million euros, and France will add 300 million euros.", False,
     [("country:DE", "country:UA", 500_000_000, "EUR"), ("country:FR", "country:UA", 300_000_000, "EUR")]),
    # running totals owned by one country's adjective: "der Gesamtbetrag der dänischen Hilfe" is Denmark's
    # total, not the sum of many; "including this package" looks back and makes no component
    ("pledge.donor.possessive", "de", "Der Gesamtbetrag der dänischen Hilfe für die Ukraine beläuft sich auf 33 Milliarden Kronen.", True,
     [("country:DK", "country:UA", 33_000_000_000, "DKK")]),
    ("pledge.donor.possessive", "en", "The total amount of British aid to Ukraine since 2022 has reached £12.8 billion.", True,
     [("country:GB", "country:UA", 12_800_000_000, "GBP")]),
    ("pledge.block.collective", "en", "The total amount pledged by donors to Ukraine reached $10 billion.", True, []),
    ("pledge.flag.part_of", "de", "Dänemark sagte der Ukraine ein Paket von 1,7 Milliarden Kronen zu. Einschließlich dieses Pakets beläuft sich die dänische Hilfe auf 33 Milliarden Kronen.", False,
     [("country:DK", "country:UA", 1_700_000_000, "DKK"), ("country:DK", "country:UA", 33_000_000_000, "DKK")]),
    # separable "beitragen": "trage ... bei" (reported speech) is a giving verb
    ("pledge.separable_verb", "de", "Deutschland trage 20 Millionen Euro zur Nothilfe im Libanon bei, sagte der Minister.", True,
     [("country:DE", "country:LB", 20_000_000, "EUR")]),
    # request noun right after the figure: "a $2 billion appeal" asks; "a $2 billion package" gives
    ("pledge.block.request", "en", "Ministers met to pledge more aid for Pakistan in response to a record $2 billion appeal from the UN.", True, []),
    ("pledge.block.request", "en", "Japan announced a $2 billion package for Pakistan in response to the floods.", False,
     [("country:JP", "country:PK", 2_000_000_000, "USD")]),
    # a conjunction is no national adjective of a currency: "USD 210 million or EUR 160 million" are two currencies
    ("pledge.amount.bracketed_conversion", "en", "Britain raised its aid to Pakistan to GBP 134 million (USD 210 million or EUR 160 million).", True,
     [("country:GB", "country:PK", 134_000_000, "GBP")]),
    # lender: the giver of a total refused for naming no recipient goes on to the loans listed next;
    # with a giver of its own in the second sentence the own giver stays
    ("pledge.donor.lender", "de", "Die Asiatische Entwicklungsbank genehmigte Kredite von insgesamt 400 Millionen Dollar für vier Länder. Sie vergibt einen Kredit von 150 Millionen Dollar für Straßen in Nepal und einen Kredit von 100 Millionen Dollar für Schulen in Laos.", True,
     [("org:asian-development-bank", "country:LA", 100_000_000, "USD"), ("org:asian-development-bank", "country:NP", 150_000_000, "USD")]),
    ("pledge.donor.lender", "en", "The Asian Development Bank approved loans totalling $400 million for four countries. They include a loan of $150 million for roads in Nepal and a loan of $100 million for schools in Laos.", True,
     [("org:asian-development-bank", "country:LA", 100_000_000, "USD"), ("org:asian-development-bank", "country:NP", 150_000_000, "USD")]),
    ("pledge.donor.lender", "de", "Die Asiatische Entwicklungsbank genehmigte Kredite von insgesamt 400 Millionen Dollar für vier Länder. Japan gibt einen Kredit von 150 Millionen Dollar für Straßen in Nepal.", False,
     [("country:JP", "country:NP", 150_000_000, "USD")]),
    ("pledge.donor.lender", "en", "The Asian Development Bank approved loans totalling $400 million for four countries. Japan gives a loan of $150 million for roads in Nepal.", False,
     [("country:JP", "country:NP", 150_000_000, "USD")]),
    # a bracketed acronym restating the name just read ("the Asian Development Bank (ADB)") is no second candidate
    ("pledge.donor.lender", "en", "The Asian Infrastructure Investment Bank approved loans totalling $509 million for four countries. They include a loan of $100 million for a motorway in Pakistan, co-financed with the Asian Development Bank (ADB), and a loan of $27 million for a road in Tajikistan.", True,
     [("org:asian-infrastructure-investment-bank", "country:PK", 100_000_000, "USD"),
      ("org:asian-infrastructure-investment-bank", "country:TJ", 27_000_000, "USD")]),
    # the giver of a gift told before its receivers, up to four sentences back, goes on to what they receive
    ("pledge.donor.lender", "en", "The relief effort was bolstered by a donation of $800,000 from the World Bank. The bank's president said the funds would help at once. The grant serves this emergency. Barbados and Jamaica will each receive $250,000.", True,
     [("org:world-bank", "country:BB", 250_000, "USD"), ("org:world-bank", "country:JM", 250_000, "USD")]),
    ("pledge.donor.lender", "de", "Die Weltbank hat eine Spende von 800.000 Dollar angekündigt. Der Präsident der Bank sagte, das Geld helfe sofort. Die Spende dient der Nothilfe. Barbados und Jamaika erhalten jeweils 250.000 Dollar.", True,
     [("org:world-bank", "country:BB", 250_000, "USD"), ("org:world-bank", "country:JM", 250_000, "USD")]),
    ("pledge.donor.lender", "en", "The relief effort was bolstered by a donation of $800,000 from the World Bank. Barbados and Jamaica will each need $250,000.", False, []),
    # recipient.distributive: "each"/"jeweils" with a verb of receiving gives every receiver named before the figure
    ("pledge.recipient.distributive", "de", "Die Weltbank sagte Hilfe zu. Lettland und Estland erhalten jeweils 5 Millionen Euro von der Weltbank.", True,
     [("org:world-bank", "country:EE", 5_000_000, "EUR"), ("org:world-bank", "country:LV", 5_000_000, "EUR")]),
    ("pledge.recipient.distributive", "en", "Barbados and Jamaica will each receive $250,000 from the World Bank.", True,
     [("org:world-bank", "country:BB", 250_000, "USD"), ("org:world-bank", "country:JM", 250_000, "USD")]),
    ("pledge.recipient.distributive", "en", "Grenada and Saint Lucia will all receive $100,000 from the World Bank.", True,
     [("org:world-bank", "country:GD", 100_000, "USD"), ("org:world-bank", "country:LC", 100_000, "USD")]),
    ("pledge.recipient.distributive", "en", "Barbados and Jamaica will receive $250,000 from the World Bank.", False,
     [("org:world-bank", "country:JM", 250_000, "USD")]),
    ("pledge.recipient.distributive", "de", "Lettland und Estland erhalten 5 Millionen Euro von der Weltbank.", False,
     [("org:world-bank", "country:EE", 5_000_000, "EUR")]),
    # replenished: a fund being replenished receives the pledges naming no recipient; without the
    # word of replenishing the fund is only named, and the figure finds no recipient
    ("pledge.recipient.replenished", "de", "Die Geberkonferenz sollte den Globalen Fonds wieder auffüllen. Frankreich versprach rund 1,6 Milliarden Euro.", True,
     [("country:FR", "org:global-fund", 1_600_000_000, "EUR")]),
    ("pledge.recipient.replenished", "en", "The conference was held to replenish the Global Fund. France promised about 1.6 billion euros.", True,
     [("country:FR", "org:global-fund", 1_600_000_000, "EUR")]),
    ("pledge.recipient.replenished", "de", "Die Konferenz würdigte die Arbeit des Globalen Fonds in Kenia und Uganda. Frankreich versprach rund 1,6 Milliarden Euro.", False, []),
    ("pledge.recipient.replenished", "en", "The conference praised the work of the Global Fund in Kenya and Uganda. France promised about 1.6 billion euros.", False, []),
    # a giver of an earlier figure, even one refused for naming no recipient, is no silent recipient
    ("pledge.recipient.replenished", "en", "Donors met to replenish the Global Fund. The United States pledged $6 billion. France promised about 1.6 billion euros, the United States said.", True,
     [("country:FR", "org:global-fund", 1_600_000_000, "EUR"), ("country:US", "org:global-fund", 6_000_000_000, "USD")]),
    # article_dollar: bare dollars given to a giver outside the dollar family make the article's bare
    # dollars US dollars; a Canadian article on Canada's aid alone keeps Canada's dollar
    ("pledge.amount.article_dollar", "de", "Die Europäische Union sagte Haiti 1,6 Milliarden Dollar zu. Kanada stellte Haiti etwa 390 Millionen Dollar bereit.", True,
     [("country:CA", "country:HT", 390_000_000, "USD"), ("org:eu", "country:HT", 1_600_000_000, "USD")]),
    ("pledge.amount.article_dollar", "en", "The European Union pledged $1.6 billion to Haiti. Canada provided about $390 million to Haiti.", True,
     [("country:CA", "country:HT", 390_000_000, "USD"), ("org:eu", "country:HT", 1_600_000_000, "USD")]),
    ("pledge.amount.article_dollar", "de", "Kanada stellte Haiti etwa 390 Millionen Dollar bereit.", False,
     [("country:CA", "country:HT", 390_000_000, "CAD")]),
    ("pledge.amount.article_dollar", "en", "Canada provided about $390 million to Haiti.", False,
     [("country:CA", "country:HT", 390_000_000, "CAD")]),
    # split phrase "legte ... auf den Tisch": money put on the table is given; a plan put there is not
    ("pledge.phrase", "de", "Brasilien legte für den Wiederaufbau Haitis 172 Millionen Dollar auf den Tisch.", True,
     [("country:BR", "country:HT", 172_000_000, "USD")]),
    ("pledge.phrase", "de", "Brasilien legte für den Wiederaufbau Haitis einen Plan über 172 Millionen Dollar vor.", False, []),
    # German inverted subject of many givers: "sagten die Teilnehmer einer Geberkonferenz ... zu"
    ("pledge.block.collective", "de", "Allein für die kommenden zwei Jahre sagten die Teilnehmer einer Geberkonferenz Haiti 5,3 Milliarden Dollar zu.", True, []),
    # helped: the object of a verb of helping receives, past "the government of"; without the verb
    # afflicted: the place of a disaster or of its victims after "in" receives, before or after the figure; a place of
    # fronted_country: a figure naming no recipient goes to the country the sentence opens in ("In the Solomon Islands,
    # worldwide: money for the whole world ("across the world", "weltweit") names no receiver and none is guessed;
    # a receiver named beside it still receives
    ("pledge.recipient.worldwide", "de", "Katar besuchte die Türkei. Katar wird in den kommenden zehn Jahren weltweit zehn Milliarden Dollar für humanitäre Programme geben.", True, []),
    ("pledge.recipient.worldwide", "en", "Qatar visited Turkey. Qatar will give US$10 billion to humanitarian programmes across the world in the coming decade.", True, []),
    ("pledge.recipient.worldwide", "en", "Qatar visited Turkey. Qatar will give US$10 billion to Turkey and to programmes across the world.", False,
     [("country:QA", "country:TR", 10_000_000_000, "USD")]),
    # she announced ..."); a city there is only where it was said ("In Honiara, she announced ...")
    ("pledge.recipient.fronted_country", "de", "Annalena Baerbock gab Fidschi fünf Millionen Euro und Schulen in Fidschi drei Millionen Euro. In Tonga kündigte Baerbock einen Fonds von 2,4 Millionen Euro für Schulen an.", True,
     [("country:DE", "country:FJ", 3_000_000, "EUR"), ("country:DE", "country:FJ", 5_000_000, "EUR"), ("country:DE", "country:TO", 2_400_000, "EUR")]),
    ("pledge.recipient.fronted_country", "en", "Penny Wong gave A$5 million to Fiji and A$3 million to schools in Fiji. In the Solomon Islands, she announced a A$2.4 million fund for schools.", True,
     [("country:AU", "country:FJ", 3_000_000, "AUD"), ("country:AU", "country:FJ", 5_000_000, "AUD"), ("country:AU", "country:SB", 2_400_000, "AUD")]),
    ("pledge.recipient.fronted_country", "en", "Penny Wong gave A$5 million to Fiji and A$3 million to schools in Fiji. In Honiara, she announced a A$2.4 million fund for schools.", False,
     [("country:AU", "country:FJ", 2_400_000, "AUD"), ("country:AU", "country:FJ", 3_000_000, "AUD"), ("country:AU", "country:FJ", 5_000_000, "AUD")]),
    # talks ("After talks in Turkey") does not
    ("pledge.recipient.afflicted", "de", "Nach seinem Besuch in Äthiopien kündigte Deutschland Hilfen zur Linderung der Dürre in Ostafrika in Höhe von 100 Millionen Euro an.", True,
     [("country:DE", "region:east-africa", 100_000_000, "EUR")]),
    ("pledge.recipient.afflicted", "en", "For the victims of the earthquake in Turkey, Greece pledged 5 million euros after talks with Bulgaria.", True,
     [("country:GR", "country:TR", 5_000_000, "EUR")]),
    ("pledge.recipient.afflicted", "de", "Nach dem Treffen in Äthiopien kündigte Deutschland 100 Millionen Euro für Kenia an.", False,
     [("country:DE", "country:KE", 100_000_000, "EUR")]),
    ("pledge.recipient.afflicted", "en", "After talks in Turkey, Greece pledged 5 million euros for Syria.", False,
     [("country:GR", "country:SY", 5_000_000, "EUR")]),
    # "the Government of Tonga" is the subject that gives
    ("pledge.recipient.helped", "de", "Australien gibt fünf Millionen Dollar, um die Regierung von Tonga beim Wiederaufbau zu unterstützen.", True,
     [("country:AU", "country:TO", 5_000_000, "AUD")]),
    ("pledge.recipient.helped", "en", "Australia will provide $5 million in budget support to assist the Government of Tonga.", True,
     [("country:AU", "country:TO", 5_000_000, "AUD")]),
    ("pledge.recipient.helped", "de", "Die Regierung von Tonga gibt fünf Millionen Dollar für den Wiederaufbau in Fidschi.", False,
     [("country:TO", "country:FJ", 5_000_000, "USD")]),
    ("pledge.recipient.helped", "en", "The Government of Tonga will provide $5 million for rebuilding in Fiji.", False,
     [("country:TO", "country:FJ", 5_000_000, "USD")]),
    # money paid into an organisation's fund to help a country goes to that country; paid to the organisation itself it stays there
    ("pledge.recipient.helped", "en", "Japan will provide $30 million to NATO trust funds to help Ukraine buy generators.", True,
     [("country:JP", "country:UA", 30_000_000, "USD")]),
    ("pledge.recipient.helped", "en", "Japan will provide $30 million to NATO to help Ukraine buy generators.", False,
     [("country:JP", "org:nato", 30_000_000, "USD")]),
    # a later figure takes the last giving verb before it: "X announced A, while Britain pledged B and C"
    ("pledge.donor.clause_subject", "en", "The European Commission announced 50 billion euros for Ukraine, while Britain pledged 240 million pounds in aid and 3 billion pounds in loan guarantees for Ukraine.", True,
     [("country:GB", "country:UA", 240_000_000, "GBP"), ("country:GB", "country:UA", 3_000_000_000, "GBP"),
      ("org:european-commission", "country:UA", 50_000_000_000, "EUR")]),
    # German reflexive receiving: "sichert sich von X" / "hat sich von X ... gesichert" receives from X;
    # "sichert ... zu" gives
    ("pledge.donor.receive_from", "de", "Sri Lanka sichert sich von Indien eine Kreditlinie in Höhe von einer Milliarde Dollar.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.donor.receive_from", "de", "Das angeschlagene Sri Lanka hat sich von Indien eine Kreditlinie über eine Milliarde Dollar gesichert.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.donor.receive_from", "de", "Indien sichert Sri Lanka eine Kreditlinie in Höhe von einer Milliarde Dollar zu.", False,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    # an abbreviation joined to the aid noun owns it ("EU-Budgethilfe"); a name joined to it receives ("Ukraine-Hilfe")
    ("pledge.donor.possessive", "de", "Er begrüßte die Zusage, der Ukraine 50 Milliarden Euro an EU-Budgethilfe zukommen zu lassen.", True,
     [("org:eu", "country:UA", 50_000_000_000, "EUR")]),
    ("pledge.recipient.aid_compound", "de", "Deutschland stockt die Ukraine-Hilfe um 500 Millionen Euro auf.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    # "we" at a gathering announcing a total is everyone there
    ("pledge.block.collective", "de", "Heute können wir auf dieser Konferenz insgesamt 60 Milliarden Euro an Unterstützung für die Ukraine ankündigen.", True, []),
    ("pledge.block.collective", "en", "Today we can announce at this conference a total of 60 billion euros in support for Ukraine.", True, []),
    ("pledge.block.collective", "en", "Today we can announce that Britain will give 60 million pounds in support for Ukraine.", False,
     [("country:GB", "country:UA", 60_000_000, "GBP")]),
    # foundations give: "die Gates-Stiftung", "Bill Gates ... zugesagt" (the person gives for the foundation)
    ("pledge.donor.subject", "de", "Die Gates-Stiftung gibt 1,55 Milliarden Dollar für Gavi.", True,
     [("org:gates-foundation", "org:gavi", 1_550_000_000, "USD")]),
    ("pledge.donor.subject", "en", "Bill Gates pledged $1.5 billion to Gavi.", True,
     [("org:gates-foundation", "org:gavi", 1_500_000_000, "USD")]),
    # the receiving subject before the figure receives, not a name nearest the figure in a later clause
    ("pledge.recipient.receiver", "de", "Sri Lanka erhält von Indien eine Kreditlinie über eine Milliarde Dollar, da der IWF zögert.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    ("pledge.recipient.receiver", "en", "Sri Lanka received a $1 billion credit line from India, as the IMF hesitated.", True,
     [("country:IN", "country:LK", 1_000_000_000, "USD")]),
    # a bare figure beside a count of things counts things too; beside money it is money
    ("pledge.block.no_money", "en", "About 500,000 shells were delivered from the EU to Ukraine by March, and this figure reached one million by the end of the year.", True, []),
    ("pledge.block.no_money", "en", "Germany gave Ukraine 500 million euros in March and another 300 million in May.", False,
     [("country:DE", "country:UA", 300_000_000, "EUR"), ("country:DE", "country:UA", 500_000_000, "EUR")]),
    # borrower: the owner of a loan with no receiver named after it borrows; with "to India" the owner lends
    ("pledge.recipient.borrower", "de", "Der IWF erklärte, Kenias Kreditprogramm von insgesamt 1,6 Milliarden Dollar stütze die Reformen.", True,
     [("org:imf", "country:KE", 1_600_000_000, "USD")]),
    ("pledge.recipient.borrower", "en", "The IMF said Kenya's loan arrangements for a total of $1.6 billion support its reforms.", True,
     [("org:imf", "country:KE", 1_600_000_000, "USD")]),
    # a name between the possessive and the loan noun; "to support Kenya's program" names no other receiver; a group lends
    ("pledge.recipient.borrower", "en", "Kenya's EFF/ECF arrangements for a total of SDR 1.655 billion aim to support Kenya's program to address the war in Ukraine, the IMF said.", True,
     [("org:imf", "country:KE", 1_655_000_000, "XDR")]),
    ("pledge.recipient.borrower", "en", "Canada will transfer the remaining C$2.3 billion of its share of the G7's Extraordinary Revenue Acceleration loans to Ukraine.", False,
     [("country:CA", "country:UA", 2_300_000_000, "CAD")]),
    ("pledge.recipient.borrower", "de", "Japans Kredit von einer Milliarde Dollar für Indien wurde unterzeichnet.", False,
     [("country:JP", "country:IN", 1_000_000_000, "USD")]),
    ("pledge.recipient.borrower", "en", "Japan's loan of $1 billion to India was signed.", False,
     [("country:JP", "country:IN", 1_000_000_000, "USD")]),
    # pronoun: "he promised" stands for the subject of the last sentence naming a person; a named
    # giver in the sentence needs no pronoun
    ("pledge.donor.pronoun", "de", "Der belgische Premierminister Alexander De Croo traf Selenskyj in Brüssel. Zudem sagte er der Ukraine 977 Millionen Euro an Militärhilfe zu.", True,
     [("country:BE", "country:UA", 977_000_000, "EUR")]),
    ("pledge.donor.pronoun", "en", "Belgian Prime Minister Alexander De Croo met Zelensky in Brussels. Additionally, he promised at least €977 million in military aid for Kyiv.", True,
     [("country:BE", "country:UA", 977_000_000, "EUR")]),
    ("pledge.donor.pronoun", "de", "Der belgische Premierminister Alexander De Croo traf Selenskyj in Brüssel. Zudem sagte Belgien der Ukraine 977 Millionen Euro an Militärhilfe zu.", False,
     [("country:BE", "country:UA", 977_000_000, "EUR")]),
    ("pledge.donor.pronoun", "en", "Belgian Prime Minister Alexander De Croo met Zelensky in Brussels. Additionally, Belgium promised at least €977 million in military aid for Kyiv.", False,
     [("country:BE", "country:UA", 977_000_000, "EUR")]),
    # a person of a body that is part of another gives for the whole (the Commission's president for the EU); the body
    # named itself gives for itself
    ("pledge.donor.subject", "de", "Ursula von der Leyen sagte der Ukraine 200 Millionen Euro zu.", True, [("org:eu", "country:UA", 200_000_000, "EUR")]),
    ("pledge.donor.subject", "en", "The European Commission pledged €200 million to Ukraine.", True, [("org:european-commission", "country:UA", 200_000_000, "EUR")]),
    # a name in a relative clause set off by commas that does not hold the verb neither gives nor receives; the same
    # name as the clause's subject gives
    ("pledge.donor.subject", "de", "Für den Libanon, der sich von dem Krieg zwischen der Hisbollah und Israel erholt, bewilligte die Weltbank 250 Millionen Dollar.", True,
     [("org:world-bank", "country:LB", 250_000_000, "USD")]),
    ("pledge.donor.subject", "en", "For Lebanon, which is recovering from the war between Hezbollah and Israel, the World Bank approved $250 million.", True,
     [("org:world-bank", "country:LB", 250_000_000, "USD")]),
    ("pledge.donor.subject", "de", "Für den Libanon bewilligte Israel 250 Millionen Dollar.", True, [("country:IL", "country:LB", 250_000_000, "USD")]),
    # German "sie" is a woman named before when the verb beside it is in the singular ("Sie sagte"); with a man
    # named before, or a verb in the plural ("Sie sagten": they), it stands for no giver
    ("pledge.donor.pronoun", "de", "Ursula von der Leyen reiste nach Kiew. Sie sagte der Ukraine 620 Millionen Euro zu.", True,
     [("org:eu", "country:UA", 620_000_000, "EUR")]),
    ("pledge.donor.pronoun", "de", "Olaf Scholz reiste nach Kiew. Sie sagte der Ukraine 620 Millionen Euro zu.", False, []),
    ("pledge.donor.pronoun", "de", "Ursula von der Leyen und Olaf Scholz reisten nach Kiew. Sie sagten der Ukraine 620 Millionen Euro zu.", False, []),
    # a country's name on its currency names no actor: "400 million US Dollars"
    ("pledge.donor.subject", "en", "The Indian government will provide 30 billion Indian rupees and 400 million US Dollars to the Maldives.", True,
     [("country:IN", "country:MV", 30_000_000_000, "INR"), ("country:IN", "country:MV", 400_000_000, "USD")]),
    ("pledge.donor.pronoun", "en", "During a meeting with Volodymyr Zelensky, Belgian Prime Minister Alexander De Croo announced new jets. Additionally, he promised €977 million in military aid for Kyiv.", True,
     [("country:BE", "country:UA", 977_000_000, "EUR")]),
    # respectively: as many givers as figures, each its own; without the marker both figures are the first giver's
    ("pledge.donor.respectively", "de", "Für die Ukraine hätten die Niederlande und Schweden 89 beziehungsweise 50 Millionen Dollar zugesagt.", True,
     [("country:NL", "country:UA", 89_000_000, "USD"), ("country:SE", "country:UA", 50_000_000, "USD")]),
    ("pledge.donor.respectively", "en", "The Netherlands and Sweden pledged $89 million and $50 million respectively to Ukraine.", True,
     [("country:NL", "country:UA", 89_000_000, "USD"), ("country:SE", "country:UA", 50_000_000, "USD")]),
    ("pledge.donor.respectively", "en", "The Netherlands and Sweden pledged 89 and 50 million dollars respectively to Ukraine.", True,
     [("country:NL", "country:UA", 89_000_000, "USD"), ("country:SE", "country:UA", 50_000_000, "USD")]),
    ("pledge.donor.respectively", "de", "Für die Ukraine hätten die Niederlande 89 Millionen Dollar und 50 Millionen Euro zugesagt.", False,
     [("country:NL", "country:UA", 50_000_000, "EUR"), ("country:NL", "country:UA", 89_000_000, "USD")]),
    ("pledge.donor.respectively", "en", "The Netherlands pledged $89 million and €50 million to Ukraine.", False,
     [("country:NL", "country:UA", 50_000_000, "EUR"), ("country:NL", "country:UA", 89_000_000, "USD")]),
    # a passive at a gathering with no giver named is everyone's; with a giver named it is the giver's
    ("pledge.block.collective", "de", "Zum Jahrestag des Kriegs im Sudan sind bei einer Konferenz in London neue Hilfen von mehr als 800 Millionen Pfund zugesagt worden.", True, []),
    ("pledge.block.collective", "en", "At a conference in London for Sudan, more than £800 million in new aid was pledged.", True, []),
    ("pledge.block.collective", "en", "At a conference in London, more than £800 million in new aid for Sudan was pledged by Britain.", False,
     [("country:GB", "country:SD", 800_000_000, "GBP")]),
    # shares of a many-giver total named with their givers ("Unter anderem hätten die Niederlande und Schweden ...") are pledges
    ("pledge.block.part_of_sum", "de", "Insgesamt kamen für die Ukraine 723 Millionen Dollar zusammen. Unter anderem hätten die Niederlande und Schweden 89 beziehungsweise 50 Millionen Dollar beigesteuert.", False,
     [("country:NL", "country:UA", 89_000_000, "USD"), ("country:SE", "country:UA", 50_000_000, "USD")]),
    # separable "steuert ... bei" and the participle "beigesteuert" give
    ("pledge.separable_verb", "de", "Die USA steuern eine Milliarde Dollar für Gavi bei.", True,
     [("country:US", "org:gavi", 1_000_000_000, "USD")]),
    # from_after past the figure's own noun and "the Government of": "a $15 million grant from the Government of Finland"
    ("pledge.donor.from_after", "en", "Ukraine gets a $1.25 billion grant from the United States and a $15 million grant from the Government of Finland.", True,
     [("country:FI", "country:UA", 15_000_000, "USD"), ("country:US", "country:UA", 1_250_000_000, "USD")]),
    ("pledge.donor.from_after", "de", "Die Ukraine bekommt einen Zuschuss über 15 Millionen Dollar von der Regierung von Finnland.", True,
     [("country:FI", "country:UA", 15_000_000, "USD")]),
    # the subject's own fund after "from its" is the money's source, not its giver
    ("pledge.donor.from_after", "en", "The Asian Development Bank approved a $3 million grant from its Asia Pacific Disaster Response Fund for Pakistan.", False,
     [("org:asian-development-bank", "country:PK", 3_000_000, "USD")]),
    # as_did: "as did X" right after the figure gives X the same figure; with its own figure X gives that one only
    ("pledge.donor.as_did", "de", "Die Emirate sagten dem Irak 500 Millionen Dollar zu, ebenso wie die Islamische Entwicklungsbank.", True,
     [("country:AE", "country:IQ", 500_000_000, "USD"), ("org:islamic-development-bank", "country:IQ", 500_000_000, "USD")]),
    ("pledge.donor.as_did", "en", "The United Arab Emirates pledged $500 million to Iraq, as did the Islamic Development Bank.", True,
     [("country:AE", "country:IQ", 500_000_000, "USD"), ("org:islamic-development-bank", "country:IQ", 500_000_000, "USD")]),
    ("pledge.donor.as_did", "de", "Die Emirate sagten dem Irak 500 Millionen Dollar zu, Kuwait eine Milliarde Dollar.", False,
     [("country:AE", "country:IQ", 500_000_000, "USD"), ("country:KW", "country:IQ", 1_000_000_000, "USD")]),
    ("pledge.donor.as_did", "en", "The UAE pledged $500 million to Iraq, as did Kuwait with $1 billion.", False,
     [("country:AE", "country:IQ", 500_000_000, "USD"), ("country:KW", "country:IQ", 1_000_000_000, "USD")]),
    # a figure in a clause opened after the cue ("..., während Rumänien ... aufstocken will") is that clause's subject's
    ("pledge.donor.clause_subject", "de", "Deutschland stellte Moldau einen Kredit von 50 Millionen Euro bereit, während Rumänien sein 100 Millionen Euro schweres Paket um weitere 10 Millionen Euro aufstocken will.", True,
     [("country:DE", "country:MD", 50_000_000, "EUR"), ("country:RO", "country:MD", 10_000_000, "EUR"),
      ("country:RO", "country:MD", 100_000_000, "EUR")]),
    # a fronted phrase before its comma holds no giver ("Since Russia's invasion, Britain ..."); a giving verb
    # before the first comma ends the phrase earlier ("At the conference the EU pledged ..., while ...")
    ("pledge.donor.subject", "en", "Since Russia's invasion, Britain has given Ukraine £12 billion.", True,
     [("country:GB", "country:UA", 12_000_000_000, "GBP")]),
    ("pledge.donor.subject", "en", "At the conference the EU pledged €1 billion for Syria, while France committed €500 million, Germany €300 million and Japan $200 million.", True,
     [("country:DE", "country:SY", 300_000_000, "EUR"), ("country:FR", "country:SY", 500_000_000, "EUR"),
      ("country:JP", "country:SY", 200_000_000, "USD"), ("org:eu", "country:SY", 1_000_000_000, "EUR")]),
    # channelling money through an agency to a country gives it to the country
    ("pledge.verb", "en", "The EU will channel €50 million through UNICEF to Yemen.", True,
     [("org:eu", "country:YE", 50_000_000, "EUR")]),
    ("pledge.verb", "de", "Deutschland überwies der Ukraine weitere 50 Millionen Euro.", True,
     [("country:DE", "country:UA", 50_000_000, "EUR")]),
    # a later figure with its own giver is not the gathering's sum
    ("pledge.block.collective", "en", "The conference raised $2 billion for Sudan, with Germany pledging $300 million.", True,
     [("country:DE", "country:SD", 300_000_000, "USD")]),
    ("pledge.block.collective", "en", "The UN said donors pledged $1.2 billion for Yemen, including $100 million from Saudi Arabia.", True,
     [("country:SA", "country:YE", 100_000_000, "USD")]),
    # quotation marks round the aid noun do not push it out of the figure's reach
    ("pledge.noun", "de", "Schweden unterstützt die Ukraine mit einem nicht-militärischen \"Winterpaket\" in Höhe von umgerechnet 120 Millionen Euro.", True,
     [("country:SE", "country:UA", 120_000_000, "EUR")]),
    # home_government: an unnamed government in an article where one state gives is that state's; where
    # no state gives, it stays without giver
    ("pledge.donor.home_government", "de", "Die Regierung stellt weitere 110 Millionen Euro für die Ukraine bereit. Die Niederlande investieren zudem 100 Millionen Euro in einen Fonds für die Ukraine.", True,
     [("country:NL", "country:UA", 100_000_000, "EUR"), ("country:NL", "country:UA", 110_000_000, "EUR")]),
    ("pledge.donor.home_government", "en", "The Cabinet is allocating an extra 110 million euros to help Ukraine. The Netherlands will also invest 100 million euros in a fund for Ukraine.", True,
     [("country:NL", "country:UA", 100_000_000, "EUR"), ("country:NL", "country:UA", 110_000_000, "EUR")]),
    ("pledge.donor.home_government", "de", "Die Regierung stellt weitere 110 Millionen Euro für die Ukraine bereit.", False, []),
    ("pledge.donor.home_government", "en", "The Cabinet is allocating an extra 110 million euros to help Ukraine.", False, []),
    # a national adjective on anything but people or aid is no destination: "due to Russian attacks"
    ("pledge.recipient.previous", "en", "The Netherlands gave 100 million euros to Ukraine. The Cabinet released 70 million euros for this, due to Russian attacks.", True,
     [("country:NL", "country:UA", 100_000_000, "EUR"), ("country:NL", "country:UA", 70_000_000, "EUR")]),
    # a passive total with no giver is everyone's, whoever reports it afterwards
    ("pledge.block.collective", "en", "More than $6 billion has been pledged for Syria at the conference, EU Commissioner Christos Stylianides said.", True, []),
    ("pledge.block.collective", "en", "A total of $6 billion was pledged for Syria, said EU Commissioner Christos Stylianides.", True, []),
    ("pledge.block.collective", "de", "Insgesamt wurden für Syrien sechs Milliarden Dollar zugesagt, sagte EU-Kommissar Christos Stylianides.", True, []),
    ("pledge.block.collective", "en", "The EU will provide €560 million for Syria, EU Commissioner Christos Stylianides said.", False,
     [("org:eu", "country:SY", 560_000_000, "EUR")]),
    # a target is asked for, not given ("der angestrebten 2,4 Milliarden Dollar"); targeted aid is given
    ("pledge.block.request", "de", "Statt der angestrebten 2,4 Milliarden Dollar für den Jemen sagte Saudi-Arabien nur 500 Millionen Dollar zu.", True,
     [("country:SA", "country:YE", 500_000_000, "USD")]),
    ("pledge.block.request", "en", "The EU gave targeted aid of €50 million to Gaza.", False,
     [("org:eu", "region:gaza", 50_000_000, "EUR")]),
    # converted_euro: a German figure with no currency after "umgerechnet" is in euros; with its currency it keeps it
    ("pledge.amount.converted_euro", "de", "Die USA sagten der Ukraine weitere Unterstützung im Umfang von umgerechnet rund 270 Millionen zu.", True,
     [("country:US", "country:UA", 270_000_000, "EUR")]),
    ("pledge.amount.converted_euro", "de", "Die USA sagten der Ukraine weitere Unterstützung im Umfang von 270 Millionen Dollar zu.", False,
     [("country:US", "country:UA", 270_000_000, "USD")]),
    # shared_scale: a bare number, "and"/"und" and the next giver's name share the next figure's scale and currency;
    # a year before "und" is never such a number
    ("pledge.amount.shared_scale", "de", "Für den Sudan sagte Deutschland 150 und Frankreich 100 Millionen Euro zu.", True,
     [("country:DE", "country:SD", 150_000_000, "EUR"), ("country:FR", "country:SD", 100_000_000, "EUR")]),
    ("pledge.amount.shared_scale", "en", "For Sudan, Germany pledged 150 and France 100 million euros.", True,
     [("country:DE", "country:SD", 150_000_000, "EUR"), ("country:FR", "country:SD", 100_000_000, "EUR")]),
    ("pledge.amount.shared_scale", "de", "In den Jahren 2020 und 2021 sagte Frankreich dem Sudan 100 Millionen Euro zu.", False,
     [("country:FR", "country:SD", 100_000_000, "EUR")]),
    ("pledge.amount.shared_scale", "en", "In 2020 and France pledged 100 million euros to Sudan.", False,
     [("country:FR", "country:SD", 100_000_000, "EUR")]),
    # a giver right after a later figure of the sentence ("... and $12 million from Brazil") never receives the earlier ones
    ("pledge.donor.from_after", "en", "The largest pledges for Haiti were $70 million from Japan, $30 million from the EU and $12 million from Brazil.", True,
     [("country:JP", "country:HT", 70_000_000, "USD"), ("org:eu", "country:HT", 30_000_000, "USD"), ("country:BR", "country:HT", 12_000_000, "USD")]),
    ("pledge.donor.from_after", "de", "Die größten Zusagen für Haiti waren 70 Millionen Dollar aus Japan, 30 Millionen Dollar von der EU und 12 Millionen Dollar aus Brasilien.", True,
     [("country:JP", "country:HT", 70_000_000, "USD"), ("org:eu", "country:HT", 30_000_000, "USD"), ("country:BR", "country:HT", 12_000_000, "USD")]),
    # the next figure's giver ("Germany committed $1.2 billion and Britain $300 million") never receives this figure
    ("pledge.donor.next_figure_giver", "en", "Donors pledged $2.3 billion for Syria on Wednesday. Germany committed $1.2 billion and Britain $300 million.", True,
     [("country:DE", "country:SY", 1_200_000_000, "USD"), ("country:GB", "country:SY", 300_000_000, "USD")]),
    ("pledge.donor.next_figure_giver", "de", "Die Geber sagten am Mittwoch 2,3 Milliarden Dollar für Syrien zu. Deutschland stellte 1,2 Milliarden Dollar bereit und Großbritannien 300 Millionen Dollar.", True,
     [("country:DE", "country:SY", 1_200_000_000, "USD"), ("country:GB", "country:SY", 300_000_000, "USD")]),
    # relative_subject: the head of a relative clause that holds the figure gives it (not the agent after it)
    ("pledge.donor.relative_subject", "en", "Other contributions for Yemen were made by the European Union that pledged $123 million and by the US, which announced $94 million.", True,
     [("org:eu", "country:YE", 123_000_000, "USD"), ("country:US", "country:YE", 94_000_000, "USD")]),
    ("pledge.donor.relative_subject", "de", "Weitere Beiträge für den Jemen kamen von der EU, die 123 Millionen Dollar zusagte, und von den USA, die 94 Millionen Dollar ankündigten.", True,
     [("org:eu", "country:YE", 123_000_000, "USD"), ("country:US", "country:YE", 94_000_000, "USD")]),
    ("pledge.donor.relative_subject", "en", "Germany pledged $123 million for Yemen, which the UN welcomed.", False,
     [("country:DE", "country:YE", 123_000_000, "USD")]),
    # with_figure: after "by" ("followed by X with A") or listed after such a figure; never the object of a verb of support
    ("pledge.donor.with_figure", "en", "The US remained the biggest donor to the Global Fund with $4.3 billion, followed by the United Kingdom with £1.1 billion and France with €1.08 billion.", True,
     [("country:US", "org:global-fund", 4_300_000_000, "USD"), ("country:GB", "org:global-fund", 1_100_000_000, "GBP"), ("country:FR", "org:global-fund", 1_080_000_000, "EUR")]),
    ("pledge.donor.with_figure", "de", "Für den Globalen Fonds sagten die USA 4,3 Milliarden Dollar zu, gefolgt von Großbritannien mit 1,1 Milliarden Pfund und Frankreich mit 1,08 Milliarden Euro.", True,
     [("country:US", "org:global-fund", 4_300_000_000, "USD"), ("country:GB", "org:global-fund", 1_100_000_000, "GBP"), ("country:FR", "org:global-fund", 1_080_000_000, "EUR")]),
    ("pledge.donor.with_figure", "en", "Germany supports Ukraine with €500 million.", False,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.donor.with_figure", "de", "China will den Staaten Afrikas mit 60 Milliarden Dollar unter die Arme greifen.", False,
     [("country:CN", "region:africa", 60_000_000_000, "USD")]),
    # a thanks in a clause after the figure's is not the cue's: the UN welcomed Germany's pledge
    ("pledge.donor.thanked", "de", "Deutschland sagte dem Jemen 123 Millionen Dollar zu, wofür die UN dankten.", False,
     [("country:DE", "country:YE", 123_000_000, "USD")]),
    # clause_subject without a comma: a conjunction, the giver, then its figure or verb ("rises as Australia pledges")
    ("pledge.donor.clause_subject", "en", "The toll in Vanuatu rose while Australia pledged $5m in aid.", True,
     [("country:AU", "country:VU", 5_000_000, "AUD")]),
    ("pledge.donor.clause_subject", "de", "Die Zahl der Toten in Vanuatu stieg während Australien 5 Millionen Dollar zusagte.", True,
     [("country:AU", "country:VU", 5_000_000, "AUD")]),
    ("pledge.donor.clause_subject", "en", "As the toll in Vanuatu rose, Australia pledged $5m in aid.", False,
     [("country:AU", "country:VU", 5_000_000, "AUD")]),
    ("pledge.donor.clause_subject", "de", "Als die Zahl der Toten in Vanuatu stieg, sagte Australien 5 Millionen Dollar zu.", False,
     [("country:AU", "country:VU", 5_000_000, "AUD")]),
    # a deposit in a central bank is a pledge to its state
    ("pledge.verb", "en", "Saudi Arabia deposited $3 billion in Pakistan's central bank.", True, [("country:SA", "country:PK", 3_000_000_000, "USD")]),
    ("pledge.verb", "de", "Saudi-Arabien hinterlegte drei Milliarden Dollar bei der Zentralbank Pakistans.", True, [("country:SA", "country:PK", 3_000_000_000, "USD")]),
    # a possessive owns aid in the figure's own clause only, and a German genitive owns a noun, not the verb after it
    ("pledge.donor.possessive", "en", "The United Arab Emirates pledged $100 million to the loss and damage fund, matching Germany's contribution.", False,
     [("country:AE", "org:loss-and-damage-fund", 100_000_000, "USD")]),
    ("pledge.donor.possessive", "de", "Für den Wiederaufbau Libyens sagte Italien 20 Millionen Euro zu.", False, [("country:IT", "country:LY", 20_000_000, "EUR")]),
    # "the Board" stands for the known organisation named last; a disbursement is a pledge noun
    ("pledge.donor.anaphor", "en", "The Executive Board of the International Monetary Fund completed the review. The Board decided to allow an immediate disbursement of $700 million to Kenya.", True,
     [("org:imf", "country:KE", 700_000_000, "USD")]),
    ("pledge.donor.anaphor", "de", "Das Exekutivdirektorium des Internationalen Währungsfonds schloss die Überprüfung ab. Das Direktorium gab eine sofortige Auszahlung von 700 Millionen Dollar an Kenia frei.", True,
     [("org:imf", "country:KE", 700_000_000, "USD")]),
    # a word of a name is no deal noun: the European Investment Bank's loan is a pledge
    ("pledge.block.deal", "en", "The European Investment Bank signed a €300 million loan agreement with Morocco.", False,
     [("org:eib", "country:MA", 300_000_000, "EUR")]),
    # "after" is a preposition before a comma: Germany gave, not the United States
    ("pledge.donor.clause_subject", "en", "Germany is the second-largest donor to Ukraine after the United States, having provided €28 billion in military aid.", False,
     [("country:DE", "country:UA", 28_000_000_000, "EUR")]),
    # a state listed with a lender as the subject borrows ("The IMF and Egypt agreed on ..."); two states both give
    ("pledge.recipient.bare_object", "en", "The IMF and Egypt agreed on an $8 billion loan programme.", True, [("org:imf", "country:EG", 8_000_000_000, "USD")]),
    ("pledge.recipient.bare_object", "de", "Der IWF und Ägypten einigten sich auf ein Kreditprogramm über acht Milliarden Dollar.", True, [("org:imf", "country:EG", 8_000_000_000, "USD")]),
    ("pledge.recipient.bare_object", "en", "Norway and Sweden pledged $50 million for Ukraine.", False, [("country:NO", "country:UA", 50_000_000, "USD")]),
    # supported: the protégé of a supporter noun receives when nothing else does
    ("pledge.recipient.supported", "de", "Deutschland ist nach den USA der zweitgrößte Unterstützer der Ukraine und hat bislang 28 Milliarden Euro geleistet.", True,
     [("country:DE", "country:UA", 28_000_000_000, "EUR")]),
    ("pledge.recipient.supported", "en", "Germany, the second-largest supporter of Ukraine after the United States, has provided €28 billion so far.", True,
     [("country:DE", "country:UA", 28_000_000_000, "EUR")]),
    ("pledge.recipient.supported", "en", "Germany, a long-time supporter of Ukraine, has provided €28 million to Moldova.", False,
     [("country:DE", "country:MD", 28_000_000, "EUR")]),
    # a plural pledge noun in the next sentence is no sum of this figure
    ("pledge.block.sum_of_pledges", "en", "Saudi Arabia pledged $150 million for Yemen, while Kuwait offered $100 million. Other contributions came from the EU.", False,
     [("country:SA", "country:YE", 150_000_000, "USD"), ("country:KW", "country:YE", 100_000_000, "USD")]),
    ("pledge.block.sum_of_pledges", "de", "Saudi-Arabien sagte dem Jemen 150 Millionen Dollar zu, Kuwait 100 Millionen Dollar. Weitere Zusagen kamen von der EU.", False,
     [("country:SA", "country:YE", 150_000_000, "USD"), ("country:KW", "country:YE", 100_000_000, "USD")]),
    # "the Kingdom", "das Königreich": the monarchy named last; opening the clause it is the subject
    ("pledge.donor.anaphor", "en", "The Saudi foreign minister spoke in Geneva. He said the new donation to Yemen comes as part of the total $8.2 billion committed by the Kingdom since 2015.", True,
     [("country:SA", "country:YE", 8_200_000_000, "USD")]),
    ("pledge.donor.anaphor", "de", "Der saudische Außenminister sprach in Genf. Das Königreich stellt dem Jemen weitere 500 Millionen Dollar bereit.", True,
     [("country:SA", "country:YE", 500_000_000, "USD")]),
    ("pledge.donor.anaphor", "en", "The French foreign minister spoke about Yemen in Geneva. The Kingdom will give a further $500 million.", False, []),
    # figures listed "with" their givers after a figure with a cue share it; "followed by" ranks, it is no passive agent
    ("pledge.donor.with_figure", "en", "For the Global Fund, the US remained the biggest donor with $4.3 billion, followed by the United Kingdom with £1.1 billion and France with €1.08 billion.", True,
     [("country:US", "org:global-fund", 4_300_000_000, "USD"), ("country:GB", "org:global-fund", 1_100_000_000, "GBP"), ("country:FR", "org:global-fund", 1_080_000_000, "EUR")]),
    ("pledge.donor.passive_agent", "en", "For the Global Fund, the US remained the biggest donor with $4.3 billion, followed by the United Kingdom with £1.1 billion.", False,
     [("country:US", "org:global-fund", 4_300_000_000, "USD"), ("country:GB", "org:global-fund", 1_100_000_000, "GBP")]),
    # a relative clause with a cue of its own after another cue: "Kuwait's pledge was followed by Turkey that announced $5 billion"
    ("pledge.donor.relative_subject", "en", "Kuwait's pledge was followed by Turkey that announced $5 billion in credit to Iraq.", True,
     [("country:TR", "country:IQ", 5_000_000_000, "USD")]),
    # "X's largest donor", "der wichtigste Geldgeber Y": the possessor receives
    ("pledge.recipient.supported", "en", "Australia is Papua New Guinea's largest donor and provides more than A$600 million in development assistance each year.", True,
     [("country:AU", "country:PG", 600_000_000, "AUD")]),
    ("pledge.donor.possessive", "en", "Australia is Papua New Guinea's largest donor and provides more than A$600 million in development assistance each year.", False,
     [("country:AU", "country:PG", 600_000_000, "AUD")]),
    # a speaking person who gives keeps the gift from a description opening the clause
    ("pledge.donor.anaphor", "de", "Saudi-Arabien sagte Syrien Hilfe zu. Wenige Stunden später zog Qatar nach. Das Emirat werde insgesamt zwei Milliarden Qatar-Riyal für Syrien bereitstellen, teilte Ministerpräsident Mohammed bin Abdulrahman Al Thani mit.", False,
     [("country:QA", "country:SY", 2_000_000_000, "QAR")]),
    # donor_list / bracketed_figure: givers listed with their figures in brackets, under a word for the givers
    ("pledge.donor_list", "en", "The main donors to the Haiti appeal were the United States ($100 million), Canada ($60 million) and the EU (€20 million).", True,
     [("country:US", "country:HT", 100_000_000, "USD"), ("country:CA", "country:HT", 60_000_000, "CAD"), ("org:eu", "country:HT", 20_000_000, "EUR")]),
    ("pledge.donor_list", "de", "Die größten Geber für Haiti waren die USA (100 Millionen Dollar), Kanada (60 Millionen Dollar) und die EU (20 Millionen Euro).", True,
     [("country:US", "country:HT", 100_000_000, "USD"), ("country:CA", "country:HT", 60_000_000, "CAD"), ("org:eu", "country:HT", 20_000_000, "EUR")]),
    ("pledge.donor_list", "en", "Haiti's budget (about $2 billion) was approved.", False, []),
    # a list of givers each joined to its figure by "with"/"mit" after a verb of listing ("included", "gehörten");
    # without the verb of listing "with" is no list ("Kenya supported the appeal with")
    ("pledge.donor_list", "en", "Japan pledged $10 million for refugees in Uganda. Other donors included Kenya with $200,000 and Sweden with $3 million.", True,
     [("country:JP", "country:UG", 10_000_000, "USD"), ("country:KE", "country:UG", 200_000, "USD"), ("country:SE", "country:UG", 3_000_000, "USD")]),
    ("pledge.donor_list", "de", "Japan sagte 10 Millionen Dollar für Flüchtlinge in Uganda zu. Zu den weiteren Gebern gehörten Kenia mit 200.000 Dollar und Schweden mit drei Millionen Dollar.", True,
     [("country:JP", "country:UG", 10_000_000, "USD"), ("country:KE", "country:UG", 200_000, "USD"), ("country:SE", "country:UG", 3_000_000, "USD")]),
    ("pledge.donor_list", "en", "Japan pledged $10 million for refugees in Uganda. The donors met Kenya with $200,000 in hand.", False,
     [("country:JP", "country:UG", 10_000_000, "USD")]),
    ("pledge.donor.bracketed_figure", "en", "Germany ($50 million) was among the donors to Haiti.", True, [("country:DE", "country:HT", 50_000_000, "USD")]),
    ("pledge.donor.bracketed_figure", "de", "Deutschland (50 Millionen Euro) gehörte zu den Gebern für Haiti.", True, [("country:DE", "country:HT", 50_000_000, "EUR")]),
    ("pledge.donor.bracketed_figure", "en", "Germany pledged $50 million (€46 million) to Haiti.", False, [("country:DE", "country:HT", 50_000_000, "USD")]),
    # pledge.donor.noun_agent: the agent of a pledge noun before its figure gives it; after the figure (no rule yet) the name
    # is taken for the receiver ("as is")
    ("pledge.donor.noun_agent", "de", "Die Regierung Tongas meldete eine zusätzliche Zusage von Japan über 20 Millionen Dollar.", True,
     [("country:JP", "country:TO", 20_000_000, "USD")]),
    ("pledge.donor.noun_agent", "en", "The Tonga government noted an additional pledge by Japan of $20 million.", True,
     [("country:JP", "country:TO", 20_000_000, "USD")]),
    ("pledge.donor.noun_agent", "en", "The Tonga government noted an additional pledge of $20 million by Japan.", False,
     [("country:TO", "country:JP", 20_000_000, "USD")]),
    # a sum a fund still works towards raising is its goal, no pledge
    ("pledge.block.request", "en", "Germany pledged $54 million to the Pandemic Fund as it works towards raising at least $2 billion.", True,
     [("country:DE", "org:pandemic-fund", 54_000_000, "USD")]),
    ("pledge.block.request", "de", "Deutschland sagte der Weltbank 54 Millionen Dollar zu, die für den Fonds mindestens zwei Milliarden Dollar einsammeln will.", True,
     [("country:DE", "org:world-bank", 54_000_000, "USD")]),
    # names that follow a giver after "from"/"von" in a list, with their figures in brackets or not, give too
    ("pledge.donor.bracketed_figure", "de", "Der Fonds der Weltbank hat neue Beiträge von den Regierungen Islands (3,6 Mio. USD), Lettlands (2 Mio. EUR) und der Niederlande (60 Mio. EUR) erhalten.", True,
     [("country:IS", "org:world-bank", 3_600_000, "USD"), ("country:LV", "org:world-bank", 2_000_000, "EUR"), ("country:NL", "org:world-bank", 60_000_000, "EUR")]),
    ("pledge.donor.bracketed_figure", "en", "The World Bank fund has received new contributions from the governments of Iceland ($3.6 million), Latvia (EUR 2 million) and the Netherlands (EUR 60 million).", True,
     [("country:IS", "org:world-bank", 3_600_000, "USD"), ("country:LV", "org:world-bank", 2_000_000, "EUR"), ("country:NL", "org:world-bank", 60_000_000, "EUR")]),
    ("pledge.donor.receive_from", "en", "The World Bank received new contributions from the governments of Iceland and Latvia worth EUR 60 million.", True,
     [("country:IS", "org:world-bank", 60_000_000, "EUR")]),
    # a list of names with their figures in brackets after a preposition of destination names receivers, not givers
    ("pledge.recipient.bracketed_figure", "en", "Japan allocated $30 million to relief efforts in Chad ($10 million) and the Democratic People’s Republic of Korea ($20 million).", True,
     [("country:JP", "country:TD", 30_000_000, "USD"), ("country:JP", "country:TD", 10_000_000, "USD"), ("country:JP", "country:KP", 20_000_000, "USD")]),
    ("pledge.recipient.bracketed_figure", "de", "Der UN-Nothilfefonds CERF stellt zudem für Projekte in Tschad (10 Millionen Dollar) und Haiti (6 Millionen Dollar) Geld bereit.", True,
     [("org:central-emergency-response-fund", "country:TD", 10_000_000, "USD"), ("org:central-emergency-response-fund", "country:HT", 6_000_000, "USD")]),
    # (nor of the total before them: with no giver named, there is none)
    ("pledge.recipient.bracketed_figure", "en", "The ERC allocated $30 million to Chad ($10 million) and Haiti ($20 million).", False, []),
    ("pledge.recipient.bracketed_figure", "en", "Pledges for Haiti came from Germany ($50 million) and Japan ($20 million).", False,
     [("country:DE", "country:HT", 50_000_000, "USD"), ("country:JP", "country:HT", 20_000_000, "USD")]),
    ("pledge.recipient.bracketed_figure", "de", "Die Gelder für Haiti kamen von Deutschland (50 Millionen Dollar) und Japan (20 Millionen Dollar).", False,
     [("country:DE", "country:HT", 50_000_000, "USD"), ("country:JP", "country:HT", 20_000_000, "USD")]),
    # a giver's own subject after a fronted phrase of givers, and a gapped list, escape the collective block
    ("pledge.block.collective", "en", "Among the donors, Saudi Arabia gave $200 million, Kuwait $150 million and Qatar $100 million for Yemen.", False,
     [("country:SA", "country:YE", 200_000_000, "USD"), ("country:KW", "country:YE", 150_000_000, "USD"), ("country:QA", "country:YE", 100_000_000, "USD")]),
    ("pledge.block.collective", "en", "Donors led by the US pledged $2 billion for Yemen.", True, []),
    # a committee of a parliament acts for it, and a parliament for its state; "Bundeskabinett" is the German government
    ("pledge.donor.subject", "de", "Der Haushaltsausschuss des Bundestages bewilligte 2 Milliarden Euro für die Ukraine.", True, [("country:DE", "country:UA", 2_000_000_000, "EUR")]),
    ("pledge.donor.subject", "en", "The appropriations committee of the US Congress approved $2 billion for Ukraine.", True, [("country:US", "country:UA", 2_000_000_000, "USD")]),
    ("pledge.donor.subject", "de", "Das Bundeskabinett beschloss am Mittwoch, der Ukraine weitere 500 Millionen Euro zur Verfügung zu stellen.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.verb", "de", "Frankreich will 100 Millionen Euro in den Globalen Fonds einzahlen.", True, [("country:FR", "org:global-fund", 100_000_000, "EUR")]),
    # raising a pledge to a figure gives the figure; "setting aside"; "Bereitstellung"; a conference that "raised" money is many givers
    ("pledge.verb", "de", "Auch Großbritannien erhöhte seine Hilfszusage für den Libanon von 5 auf 25 Millionen Pfund.", True, [("country:GB", "country:LB", 25_000_000, "GBP")]),
    ("pledge.verb", "en", "Britain increased its aid to Lebanon to £25 million.", True, [("country:GB", "country:LB", 25_000_000, "GBP")]),
    ("pledge.phrase", "en", "Norway is setting aside an additional NOK 1.7 billion (EUR 143 million) in civilian support for Ukraine.", True,
     [("country:NO", "country:UA", 1_700_000_000, "NOK")]),
    ("pledge.noun", "de", "Die Niederlande vereinbarten die Bereitstellung von weiteren drei Milliarden Euro für die Ukraine.", True,
     [("country:NL", "country:UA", 3_000_000_000, "EUR")]),
    ("pledge.verb", "en", "Jordan and Sweden hosted a donor conference on Tuesday that raised $130 million for UNRWA.", False, []),
    # lender_teller: a bank or fund that tells of money received lends it; a body that is no lender does not
    ("pledge.donor.lender_teller", "en", "Ghana will receive a loan of $1 billion, the IMF said on Monday.", True, [("org:imf", "country:GH", 1_000_000_000, "USD")]),
    ("pledge.donor.lender_teller", "de", "Ghana soll demnach einen Kredit von einer Milliarde US-Dollar bekommen, wie der IWF am Montag erklärte.", True,
     [("org:imf", "country:GH", 1_000_000_000, "USD")]),
    ("pledge.donor.lender_teller", "en", "Ghana will receive a loan of $1 billion, the African Union said on Monday.", False, []),
    # an IMF arrangement is a pledge noun; its possessive owner borrows
    ("pledge.noun", "en", "The IMF board completed reviews of Kenya's EFF/ECF arrangements for a total of SDR 1.655 billion.", True,
     [("org:imf", "country:KE", 1_655_000_000, "XDR")]),
    # comes_from: money that comes from a named giver; an adjective or a name in a later clause is no source
    ("pledge.comes_from", "de", "Für den Globalen Fonds sagten die USA sechs Milliarden Dollar zu. Von der EU sollen 715 Millionen Euro kommen.", True,
     [("country:US", "org:global-fund", 6_000_000_000, "USD"), ("org:eu", "org:global-fund", 715_000_000, "EUR")]),
    ("pledge.comes_from", "en", "The United States pledged $6 billion to the Global Fund. A further $715 million will come from the EU.", True,
     [("country:US", "org:global-fund", 6_000_000_000, "USD"), ("org:eu", "org:global-fund", 715_000_000, "USD")]),
    ("pledge.comes_from", "en", "Help is coming: Germany pledged $2 billion to Ukraine.", False, [("country:DE", "country:UA", 2_000_000_000, "USD")]),
    ("pledge.comes_from", "en", "Most of the $2 billion for Syria came from Germany.", True, [("country:DE", "country:SY", 2_000_000_000, "USD")]),
    # separable verbs with more particles: "bringt ... auf" (contributes), "zahlte ... ein"
    ("pledge.separable_verb", "de", "Norwegen bringt 600 Millionen Euro für die Impfallianz Gavi auf.", True,
     [("country:NO", "org:gavi", 600_000_000, "EUR")]),
    ("pledge.separable_verb", "de", "Schweden zahlte 50 Millionen Euro in den Fonds für die Ukraine ein.", True,
     [("country:SE", "country:UA", 50_000_000, "EUR")]),
    ("pledge.separable_verb", "de", "Die Regierung bringt ein Gesetz auf den Weg, das 50 Millionen Euro kostet.", False, []),
    # a share with its own giver named right after it is that giver's, not a part of the sum
    ("pledge.block.part_of_sum", "en", "Donors pledged $600 million for Bangladesh on Thursday. Other donations included $100,000 from the Philippines.", False,
     [("country:PH", "country:BD", 100_000, "USD")]),
    # shares of the pledge just made, among bodies of the same government, that add up to it; other givers' figures are their own
    ("pledge.block.part_of_sum", "de", "Die Bundesregierung stellt der Ukraine weitere 88,5 Millionen Euro bereit. Das Auswärtige Amt beteiligt sich mit 34,2 Millionen Euro und die KfW mit 54,3 Millionen Euro.", True,
     [("country:DE", "country:UA", 88_500_000, "EUR")]),
    ("pledge.block.part_of_sum", "en", "The German government is giving Ukraine a further 88.5 million euros. The Federal Foreign Office contributes 34.2 million euros and KfW 54.3 million euros.", True,
     [("country:DE", "country:UA", 88_500_000, "EUR")]),
    ("pledge.block.part_of_sum", "en", "Germany is giving Ukraine 88.5 million euros. France gives Ukraine 34.2 million euros and Italy 54.3 million euros.", False,
     [("country:DE", "country:UA", 88_500_000, "EUR"), ("country:FR", "country:UA", 34_200_000, "EUR"), ("country:IT", "country:UA", 54_300_000, "EUR")]),
    # a fund that collected money collected many givers' money
    ("pledge.block.collective", "de", "Deutschland zahlte 88 Millionen Euro in den Fonds ein. Insgesamt hat der Fonds seit 2022 etwa 400 Millionen Euro gesammelt.", True, []),
    ("pledge.block.collective", "en", "Germany paid 88 million euros into the fund. In total the fund has collected about 400 million euros since 2022.", True, []),
    # a bank or fund named with "with"/"mit" as the partner of an agreed loan lends it; the state that agreed borrows
    ("pledge.donor.lender_partner", "de", "Argentinien verständigte sich mit dem IWF auf einen Kredit in Höhe von 50 Milliarden Dollar.", True,
     [("org:imf", "country:AR", 50_000_000_000, "USD")]),
    ("pledge.donor.lender_partner", "en", "Argentina reached an agreement with the IMF on a $50 billion loan.", True,
     [("org:imf", "country:AR", 50_000_000_000, "USD")]),
    ("pledge.donor.lender_partner", "en", "Pakistan will build a $100 million motorway, co-financed with the Asian Development Bank.", False, []),
    ("pledge.donor.lender_partner", "de", "Argentinien verständigte sich mit Deutschland auf einen Kredit in Höhe von 50 Millionen Euro.", False,
     [("country:AR", "country:DE", 50_000_000, "EUR")]),  # as is: the subject is read as the giver
    # "respectively" shares out only the figures after the last giver: "The EU pledged X, while France and Germany committed Y and Z, respectively"
    ("pledge.donor.respectively", "en", "The EU pledged 350 million euros for Sudan, while France and Germany committed 110 million euros and 244 million euros, respectively.", True,
     [("org:eu", "country:SD", 350_000_000, "EUR"), ("country:FR", "country:SD", 110_000_000, "EUR"), ("country:DE", "country:SD", 244_000_000, "EUR")]),
    # a giver after the next figure gives this one too: "As well as $100 million in military aid, Australia will contribute ..."
    ("pledge.donor.next_figure_giver", "en", "Australia announced a package for Ukraine. As well as $100 million in military aid, Australia will contribute $10 million to Ukraine's humanitarian fund.", False,
     [("country:AU", "country:UA", 100_000_000, "AUD"), ("country:AU", "country:UA", 10_000_000, "AUD")]),
    # "mit Hilfsgütern im Wert von ...": support with goods of a value
    ("pledge.support", "de", "Die kanadische Regierung wird den Philippinen mit Hilfsgütern im Wert von fünf Millionen kanadischen Dollar helfen.", True,
     [("country:CA", "country:PH", 5_000_000, "CAD")]),
    # a share that comes from a giver is no figure of its own
    ("pledge.comes_from", "de", "Aus Deutschland kommen zudem etwa 20 Prozent des Beitrags der Kommission für Mali, der sich auf 520 Millionen Euro beläuft.", False, []),
    # "Mali kann mit Hilfe in Höhe von ... rechnen": counting on money is receiving it
    ("pledge.receive", "de", "Mali kann in diesem Jahr mit internationaler Hilfe in Höhe von 3,25 Milliarden Euro rechnen.", True, []),
    # a participle of need that qualifies a later figure leaves this one alone
    ("pledge.block.request", "en", "The African Union has so far pledged only $500,000 for Somalia of the needed $2.4 billion.", True,
     [("org:african-union", "country:SO", 500_000, "USD")]),
    # figures listed each with its giver after "from" share the first one's cue
    ("pledge.donor.from_after", "en", "Donors pledged $600 million for Bangladesh on Thursday. Other donations included $100,000 from the Philippines, $2.4 million from Finland and $591,000 from France.", True,
     [("country:PH", "country:BD", 100_000, "USD"), ("country:FI", "country:BD", 2_400_000, "USD"), ("country:FR", "country:BD", 591_000, "USD")]),
    ("pledge.donor.from_after", "en", "Donors pledged $600 million for Bangladesh on Thursday. Other costs included $100,000 for tents, $2.4 million for food and $591,000 for water.", False, []),
    # "genehmigen" approves money like "approve"
    ("pledge.verb", "de", "Die Weltbank hat ein 489 Millionen Dollar schweres Hilfspaket für die Ukraine genehmigt.", True,
     [("org:world-bank", "country:UA", 489_000_000, "USD")]),
    # a figure given elsewhere with its conversion is that pledge: one record, not two
    ("pledge.amount.bracketed_conversion", "de", "Die Weltbank genehmigt 450 Millionen Euro für die Ukraine. Die Weltbank hat ein 489 Millionen Dollar (450 Millionen Euro) schweres Hilfspaket für die Ukraine genehmigt.", True,
     [("org:world-bank", "country:UA", 489_000_000, "USD")]),
    # a bare figure listed after a figure with a currency takes that currency
    ("pledge.amount.listed_currency", "de", "Für Südsudan versprachen die USA 1,75 Milliarden Dollar, Großbritannien 545 Millionen.", True,
     [("country:US", "country:SS", 1_750_000_000, "USD"), ("country:GB", "country:SS", 545_000_000, "USD")]),
    ("pledge.amount.listed_currency", "en", "For South Sudan, the United States pledged $1.75 billion, Britain 545 million.", True,
     [("country:US", "country:SS", 1_750_000_000, "USD"), ("country:GB", "country:SS", 545_000_000, "USD")]),
    ("pledge.amount.listed_currency", "en", "For South Sudan, the United States pledged $1.75 billion. Britain pledged 545 million pounds.", False,
     [("country:US", "country:SS", 1_750_000_000, "USD"), ("country:GB", "country:SS", 545_000_000, "GBP")]),
    ("pledge.amount.listed_currency", "de", "Für Südsudan versprachen die USA 1,75 Milliarden Dollar. Großbritannien sagte 545 Millionen Pfund zu.", False,
     [("country:US", "country:SS", 1_750_000_000, "USD"), ("country:GB", "country:SS", 545_000_000, "GBP")]),
    # sentence_currency: the unit written at the sentence's earlier figure is left out at the later one;
    # a figure of another sentence that no pledge came from lends no unit
    ("pledge.amount.sentence_currency", "de", "Statt 150 Millionen Euro will Schweden nun 250 Millionen für Somalia geben.", True,
     [("country:SE", "country:SO", 250_000_000, "EUR")]),
    ("pledge.amount.sentence_currency", "en", "Sweden raised its pledge for Somalia from €150 million to 250 million.", True,
     [("country:SE", "country:SO", 250_000_000, "EUR")]),
    ("pledge.amount.sentence_currency", "de", "Die Dürre kostete Somalia 150 Millionen Euro. Schweden will nun 250 Millionen für Somalia geben.", False,
     [("country:SE", "country:SO", 250_000_000, "SEK")]),
    ("pledge.amount.sentence_currency", "en", "The drought cost Somalia €150 million. Sweden will now give 250 million to Somalia.", False,
     [("country:SE", "country:SO", 250_000_000, "SEK")]),
    # assisted: organisations named as receivers pass the money on to the people or country they help
    ("pledge.recipient.assisted", "en", "Germany will provide 300 million euros for the United Nations and other organisations assisting Syrians.", True,
     [("country:DE", "country:SY", 300_000_000, "EUR")]),
    ("pledge.recipient.assisted", "de", "Deutschland stellt 300 Millionen Euro für die Vereinten Nationen bereit, die Syrien unterstützen.", True,
     [("country:DE", "country:SY", 300_000_000, "EUR")]),
    ("pledge.recipient.assisted", "en", "Germany will provide 300 million euros for the United Nations, which works in Syria.", False,
     [("country:DE", "org:un", 300_000_000, "EUR")]),
    ("pledge.recipient.assisted", "de", "Deutschland stellt 300 Millionen Euro für die Vereinten Nationen bereit, die in Syrien arbeiten.", False,
     [("country:DE", "org:un", 300_000_000, "EUR")]),
    # a donor drive or appeal that raised money is everyone's, not a giver's
    ("pledge.block.collective", "en", "Last year's donor drive raised 7.5 billion euros in grants and loans to help the people of Syria.", True, []),
    ("pledge.block.collective", "de", "Die Geberrunde des Vorjahres sagte 7,5 Milliarden Euro für Syrien zu.", True, []),
    # a gathering as the subject of a reported clause gave everyone's money; "told a conference that X ..." names X
    ("pledge.block.collective", "en", "Aziz said an international donors' conference had pledged more than 5.8 billion dollars for Pakistan.", True, []),
    ("pledge.block.collective", "de", "Aziz sagte, eine internationale Geberkonferenz habe Pakistan 5,8 Milliarden Dollar zugesagt.", True, []),
    ("pledge.block.collective", "en", "Pistorius told a news conference that Germany would raise its aid for Ukraine to 11.5 billion euros.", False,
     [("country:DE", "country:UA", 11_500_000_000, "EUR")]),
    # a range "from X to Y": the figure it goes to is the pledge, the one it goes from is replaced
    ("pledge.block.replaced", "en", "Japan raised its aid to Kenya from $20 million to $50 million.", True,
     [("country:JP", "country:KE", 50_000_000, "USD")]),
    ("pledge.block.replaced", "de", "Japan erhöhte seine Hilfe für Kenia von 20 Millionen Dollar auf 50 Millionen Dollar.", True,
     [("country:JP", "country:KE", 50_000_000, "USD")]),
    ("pledge.block.replaced", "de", "Japan sagte Kenia 20 Millionen Dollar von seinem Etat zu.", False,
     [("country:JP", "country:KE", 20_000_000, "USD")]),
    # money pumped or injected into a place
    ("pledge.verb", "en", "Australia will pump an additional $262.5 million into development programs in Southeast Asia.", True,
     [("country:AU", "region:southeast-asia", 262_500_000, "AUD")]),
    ("pledge.verb", "de", "Australien pumpt weitere 262,5 Millionen Dollar in Entwicklungsprogramme in Südostasien.", True,
     [("country:AU", "region:southeast-asia", 262_500_000, "AUD")]),
    # a people without a state of its own receives as one region
    ("pledge.recipient.preposition", "en", "Britain pledged $60 million for the Rohingya.", True, [("country:GB", "region:rohingya", 60_000_000, "USD")]),
    ("pledge.recipient.preposition", "de", "Großbritannien sagte für die Rohingya 60 Millionen Dollar zu.", True, [("country:GB", "region:rohingya", 60_000_000, "USD")]),
    # the dative of a masculine name after no preposition ("dem Libanon") receives; after "mit" it does not
    ("pledge.recipient.dative", "de", "Deutschland sagte dem Libanon 50 Millionen Euro zu.", True, [("country:DE", "country:LB", 50_000_000, "EUR")]),
    ("pledge.recipient.dative", "de", "Deutschland vereinbarte mit dem Libanon ein Hilfspaket über 50 Millionen Euro für Syrien.", False,
     [("country:DE", "country:SY", 50_000_000, "EUR")]),
    # pronoun_body: "Sie"/"It" for the state or body that was the subject of the sentence before (no person named there)
    ("pledge.donor.pronoun_body", "de", "Den größten Einzelbetrag sagte die Weltbank zu. Sie will dem Libanon vier Milliarden Dollar zur Verfügung stellen.", True,
     [("org:world-bank", "country:LB", 4_000_000_000, "USD")]),
    ("pledge.donor.pronoun_body", "en", "The World Bank made the largest single pledge. It will provide Lebanon with $4 billion over five years.", True,
     [("org:world-bank", "country:LB", 4_000_000_000, "USD")]),
    ("pledge.donor.pronoun_body", "de", "Den größten Einzelbetrag sagte Merz zu. Sie will für den Libanon vier Milliarden Dollar zur Verfügung stellen.", False, []),
    ("pledge.donor.pronoun_body", "en", "The IMF gave Ukraine $1.4bn in March. It provided another $1.3bn in October.", False,
     [("org:imf", "country:UA", 1_300_000_000, "USD"), ("org:imf", "country:UA", 1_400_000_000, "USD")]),
    # an official of no named state gives in their own currency; a further restatement in the same brackets is no pledge
    ("pledge.donor.issuer", "en", "The foreign affairs minister, Murray McCully, announced an additional $NZ1.5m ($A1.44m; £750,000) for Vanuatu.", True,
     [("country:NZ", "country:VU", 1_500_000, "NZD")]),
    ("pledge.donor.issuer", "de", "Der Außenminister Murray McCully kündigte weitere 1,5 Millionen neuseeländische Dollar für Vanuatu an.", True,
     [("country:NZ", "country:VU", 1_500_000, "NZD")]),
    ("pledge.donor.issuer", "en", "The foreign affairs minister, Murray McCully, announced an additional $1.5m for Vanuatu.", False, []),
    # "to the Government of Tonga": the state whose government receives
    ("pledge.recipient.preposition", "en", "New Zealand has pledged an initial NZ$500,000 (AU$472,000) to the Government of Tonga to aid recovery.", True,
     [("country:NZ", "country:TO", 500_000, "NZD")]),
    ("pledge.recipient.preposition", "de", "Neuseeland sagte an die Regierung von Tonga 500.000 Dollar zu.", True, [("country:NZ", "country:TO", 500_000, "NZD")]),
    # central bank: money put into a state's central bank goes to that state
    ("pledge.recipient.central_bank", "en", "Saudi Arabia deposited $3 billion at Egypt's central bank.", True, [("country:SA", "country:EG", 3_000_000_000, "USD")]),
    ("pledge.recipient.central_bank", "de", "Saudi-Arabien hinterlegte drei Milliarden Dollar bei der Zentralbank Pakistans.", True,
     [("country:SA", "country:PK", 3_000_000_000, "USD")]),
    ("pledge.recipient.central_bank", "en", "Saudi Arabia deposited $3 billion with Egypt's finance ministry.", False, [("country:SA", "country:EG", 3_000_000_000, "USD")]),
    # private_person: a founder, billionaire or philanthropist of no state gives as themselves; a bare name does not
    ("pledge.donor.private_person", "de", "Facebook-Gründer Mark Zuckerberg versprach 25 Millionen Dollar für Westafrika.", True,
     [("person:mark-zuckerberg", "region:west-africa", 25_000_000, "USD")]),
    ("pledge.donor.private_person", "en", "Microsoft co-founder Paul Allen pledged $100 million for West Africa.", True,
     [("person:paul-allen", "region:west-africa", 100_000_000, "USD")]),
    ("pledge.donor.private_person", "en", "Paul Allen pledged $100 million for West Africa.", False, []),
    ("pledge.verb", "de", "Deutschland wird weiter 430 Millionen Euro pro Jahr zur Entwicklung Afghanistans aufbringen.", True,
     [("country:DE", "country:AF", 430_000_000, "EUR")]),
    # the one thanked gave, whatever preposition names it ("expressed gratitude to the United States for")
    ("pledge.donor.thanked", "en", "Zelensky expressed gratitude to the United States for the new defense package worth 425 million US dollars.", True,
     [("country:US", "country:UA", 425_000_000, "USD")]),
    ("pledge.donor.thanked", "de", "Selenskyj bedankte sich bei den USA für das neue Paket über 425 Millionen Dollar.", True,
     [("country:US", "country:UA", 425_000_000, "USD")]),
    # a possessive owns the giver after it: "from Pakistan's partners" names no giving Pakistan, which stays the topic
    ("pledge.donor.from_after", "en", "Floods hit Pakistan. Pakistan sought $8bn from Pakistan's international partners. Japan pledged $77m.", False,
     [("country:JP", "country:PK", 77_000_000, "USD")]),
    # loan guarantees are aid; a phrase of amount reaches further back to the aid noun; a German fronted phrase
    # before the finite verb holds no subject; a national adjective on the aid is no channel after "über"
    ("pledge.donor.possessive", "de", "In Gegenwart des ukrainischen Ministerpräsidenten Arsenij Jazenjuk wurde eine Vereinbarung über deutsche Kreditgarantien für die Ukraine in Höhe von 500 Millionen Euro unterzeichnet.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    ("pledge.verb", "en", "Britain provided loan guarantees for Ukraine worth $500 million.", True, [("country:GB", "country:UA", 500_000_000, "USD")]),
    ("pledge.donor.subject", "de", "Zum Hintergrund: Die EU hat die Ukraine mit fast 180 Milliarden Euro unterstützt.", True,
     [("org:eu", "country:UA", 180_000_000_000, "EUR")]),
    # a source of the news ("von der Leyen zufolge") neither gives nor receives; "Saudi Arabien" written apart
    ("pledge.recipient.receiver", "de", "Die Ukraine wird von der Leyen zufolge weitere EU-Hilfen im Umfang von 160 Millionen Euro erhalten.", True,
     [("org:eu", "country:UA", 160_000_000, "EUR")]),
    ("pledge.recipient.receiver", "de", "Laut der Ukraine erhält Kanada 160 Millionen Euro von der EU.", True, [("org:eu", "country:CA", 160_000_000, "EUR")]),
    ("pledge.donor.since_last_figure", "de", "Die USA versprachen mit 191 Millionen Dollar weniger als im Vorjahr für den Jemen, ebenso wie Saudi Arabien mit 430 Millionen.", True,
     [("country:SA", "country:YE", 430_000_000, "USD"), ("country:US", "country:YE", 191_000_000, "USD")]),
    # a pronoun after a colon stands for the subject before it
    ("pledge.donor.pronoun_body", "de", "Größter Geldgeber ist die EU: Sie erhöht ihre Zahlungen für Somalia um 650 Millionen Euro.", True,
     [("org:eu", "country:SO", 650_000_000, "EUR")]),
    ("pledge.donor.pronoun_body", "en", "The biggest donor was the EU: it pledged 650 million euros for Somalia.", True,
     [("org:eu", "country:SO", 650_000_000, "EUR")]),
    # previous currency: a figure with no currency word goes on in the currency of the pledge just before it
    ("pledge.amount.previous_currency", "en", "The World Bank approved $80 million for Kenya. For Uganda, the bank approved a further 40 million.", True,
     [("org:world-bank", "country:KE", 80_000_000, "USD"), ("org:world-bank", "country:UG", 40_000_000, "USD")]),
    ("pledge.amount.previous_currency", "de", "Die Weltbank sagte Kenia 80 Millionen Dollar zu. Für Uganda stellt die Bank weitere 40 Millionen bereit.", True,
     [("org:world-bank", "country:KE", 80_000_000, "USD"), ("org:world-bank", "country:UG", 40_000_000, "USD")]),
    ("pledge.amount.previous_currency", "en", "The World Bank approved $80 million for Kenya. For Uganda, the bank approved a further 40 million euros.", False,
     [("org:world-bank", "country:KE", 80_000_000, "USD"), ("org:world-bank", "country:UG", 40_000_000, "EUR")]),
    ("pledge.amount.previous_currency", "de", "Die Weltbank sagte Kenia 80 Millionen Dollar zu. Für Uganda stellt die Bank weitere 40 Millionen Euro bereit.", False,
     [("org:world-bank", "country:KE", 80_000_000, "USD"), ("org:world-bank", "country:UG", 40_000_000, "EUR")]),
    # a list of three or more names ending in ", and X" opens no clause: the subject before the verb gives
    ("pledge.donor.clause_subject", "en", "The IDB approved eight loans for Argentina, Brazil, Ecuador, and Uruguay worth $1.65 billion.", False,
     [("org:inter-american-development-bank", "country:AR", 1_650_000_000, "USD")]),
    ("pledge.donor.clause_subject", "de", "Die Weltbank sagte Kenia, Uganda, Ruanda, und Tansania insgesamt 1,65 Milliarden Dollar zu.", False,
     [("org:world-bank", "country:KE", 1_650_000_000, "USD")]),
    # the one country the article's donor conference is for receives what names no recipient
    ("pledge.recipient.conference_for", "de", "Die Geberkonferenz für Südsudan in Oslo ging zu Ende. Deutschland sprach mit Norwegen. Die USA versprachen 1,75 Milliarden Dollar.", True,
     [("country:US", "country:SS", 1_750_000_000, "USD")]),
    ("pledge.recipient.conference_for", "en", "The donor conference for South Sudan ended in Oslo. Germany spoke with Norway. The United States pledged $1.75 billion.", True,
     [("country:US", "country:SS", 1_750_000_000, "USD")]),
    ("pledge.recipient.conference_for", "en", "The donor conferences for South Sudan and for Yemen ended in Oslo. Germany spoke with Norway. The United States pledged $1.75 billion.", False, []),
    ("pledge.recipient.conference_for", "de", "Die Geberkonferenzen für Südsudan und für den Jemen gingen zu Ende. Deutschland sprach mit Norwegen. Die USA versprachen 1,75 Milliarden Dollar.", False, []),
    # a list of givers with their figures under a line that ends with a colon and names pledges
    ("pledge.list_item", "en", "Donor conference for Liberia\nThe largest pledges came from:\n- The World Bank — $650 million\n- Germany — $220 million", True,
     [("org:world-bank", "country:LR", 650_000_000, "USD"), ("country:DE", "country:LR", 220_000_000, "USD")]),
    ("pledge.list_item", "de", "Geberkonferenz für Liberia\nDie größten Zusagen kamen von:\n- Weltbank – 650 Millionen Dollar\n- Deutschland – 220 Millionen Dollar", True,
     [("org:world-bank", "country:LR", 650_000_000, "USD"), ("country:DE", "country:LR", 220_000_000, "USD")]),
    ("pledge.list_item", "en", "Trade with Liberia\nThe largest exports went to:\n- Germany — $650 million\n- France — $220 million", False, []),
    ("pledge.list_item", "de", "Handel mit Liberia\nDie größten Exporte gingen nach:\n- Deutschland – 650 Millionen Dollar\n- Frankreich – 220 Millionen Dollar", False, []),
    # a national adjective on the aid that another state's subject announces names the receiver
    ("pledge.donor.possessive", "en", "Pedro Sanchez used an appearance before the Rada to announce a fresh Ukrainian aid package worth 55 million euros.", False,
     [("country:ES", "country:UA", 55_000_000, "EUR")]),
    ("pledge.donor.possessive", "en", "Scholz announced a new German aid package worth 55 million euros for Ukraine.", True,
     [("country:DE", "country:UA", 55_000_000, "EUR")]),
    # a possessive owns the first noun after it: "Syriens Nachbarstaaten ... Hilfsmittel" is not Syria's aid
    ("pledge.donor.possessive", "de", "Auf der Konferenz in Berlin sichert die Bundesregierung Syriens Nachbarstaaten zusätzliche Hilfsmittel in Höhe von 500 Millionen Euro zu.", False,
     [("country:DE", "country:SY", 500_000_000, "EUR")]),
    ("pledge.donor.possessive", "en", "The German government promised Syria's neighbours additional aid of 500 million euros.", False,
     [("country:DE", "country:SY", 500_000_000, "EUR")]),
    # a national adjective on a contribution in the genitive ("des deutschen Beitrags"); without it, the pronoun's person gives
    ("pledge.donor.possessive", "de", "Entwicklungsminister Gerd Müller war in Kattowitz. Dort hatte er eine Verdoppelung des deutschen Beitrags zum Grünen Klimafonds auf 1,5 Milliarden Euro angekündigt.", True,
     [("country:DE", "org:green-climate-fund", 1_500_000_000, "EUR")]),
    ("pledge.donor.possessive", "de", "Entwicklungsminister Gerd Müller war in Kattowitz. Dort hatte er eine Verdoppelung des Beitrags zum Grünen Klimafonds auf 1,5 Milliarden Euro angekündigt.", False,
     [("country:DE", "org:green-climate-fund", 1_500_000_000, "EUR")]),
    # a region that says where a country lies is no destination
    ("pledge.recipient.destination", "de", "Der IWF erhöhte die Hilfe für Sambia auf 1,7 Milliarden Dollar. Der IWF genehmigte außerdem 300 Millionen Dollar, um das Land im südlichen Afrika bei der Bewältigung der Dürre zu unterstützen.", False,
     [("org:imf", "country:ZM", 1_700_000_000, "USD"), ("org:imf", "country:ZM", 300_000_000, "USD")]),
    ("pledge.recipient.article_recipient", "en", "Japan pledged $50 million for water projects in southern Africa.", True,
     [("country:JP", "region:africa", 50_000_000, "USD")]),
    # asking a parliament to approve spending is a request
    ("pledge.block.request", "de", "Sambias Finanzminister hat das Parlament gebeten, zusätzliche Ausgaben in Höhe von 41,9 Milliarden Kwacha zu genehmigen.", True, []),
    # "we" as the subject next to the cue is the speaker's state
    ("pledge.donor.we_speaker", "de", 'Scholz sagte: "Wir stellen der Ukraine 100 Millionen Euro bereit."', True,
     [("country:DE", "country:UA", 100_000_000, "EUR")]),
    ("pledge.donor.we_speaker", "en", 'Scholz said: "We are giving Ukraine another 100 million euros."', True,
     [("country:DE", "country:UA", 100_000_000, "EUR")]),
    # a quote of several sentences opened by the figure's sentence: its speaker is named right after it closes
    ("pledge.donor.we_speaker", "en", 'Jonas Gahr Støre met Volodymyr Zelensky in Kyiv. "We will donate one billion euros to Ukraine this year. You have the right to defend yourself", added Støre.', True,
     [("country:NO", "country:UA", 1_000_000_000, "EUR")]),
    ("pledge.donor.we_speaker", "de", 'Jonas Gahr Støre traf Wolodymyr Selenskyj in Kiew. „Wir geben der Ukraine in diesem Jahr eine Milliarde Euro. Sie haben das Recht, sich zu verteidigen“, fügte Støre hinzu.', True,
     [("country:NO", "country:UA", 1_000_000_000, "EUR")]),
    ("pledge.donor.we_speaker", "de", "Die Lage ist ernst. Wir geben der Ukraine 100 Millionen Euro.", False, []),
    ("pledge.donor.we_speaker", "en", "The situation is serious. We are giving Ukraine another 100 million euros.", False, []),
    # "stärken ... mit": strengthening with a sum supports
    ("pledge.support", "de", "Entwicklungsminister Gerd Müller besuchte Ruanda. Deutschland stärkt die Zusammenarbeit mit Ruanda jetzt mit 25 Millionen Euro.", True,
     [("country:DE", "country:RW", 25_000_000, "EUR")]),
    # money that flows with no giver, after a sentence a state opens as its subject
    ("pledge.donor.previous_subject", "de", "Österreich liefert keine Waffen. Seit Kriegsbeginn flossen aber 118 Millionen Euro Hilfsgelder an die Ukraine.", True,
     [("country:AT", "country:UA", 118_000_000, "EUR")]),
    ("pledge.donor.previous_subject", "en", "Austria sends no weapons. Since the start of the war, 118 million euros in aid have gone to Ukraine.", True,
     [("country:AT", "country:UA", 118_000_000, "EUR")]),
    ("pledge.donor.previous_subject", "de", "Im Krieg gegen Russland liefert Österreich keine Waffen. Seit Kriegsbeginn flossen aber 118 Millionen Euro Hilfsgelder an die Ukraine.", False, []),
    ("pledge.donor.previous_subject", "en", "In the war with Russia, Austria sends no weapons. Since the start of the war, 118 million euros in aid have gone to Ukraine.", False, []),
    # "beistehen ... mit", "mit ... fördern": standing by and funding with a sum support; without the sum no pledge
    ("pledge.support", "de", "Die EU-Kommission will dem hoch verschuldeten Ghana mit mindestens zwei Milliarden Euro beistehen.", True,
     [("org:european-commission", "country:GH", 2_000_000_000, "EUR")]),
    ("pledge.support", "de", "Zudem soll mit 400 000 Euro der Jugendaustausch mit Marokko gefördert werden, sagte der französische Außenminister.", True,
     [("country:FR", "country:MA", 400_000, "EUR")]),
    ("pledge.support", "de", "Die EU-Kommission will dem hoch verschuldeten Ghana beistehen, dessen Schulden zwei Milliarden Euro betragen.", False, []),
    ("pledge.support", "en", "The Commission wants to stand by Ghana, whose debt is two billion euros.", False, []),
    # a national adjective on any ministry is its state: "das dänische Entwicklungsministerium"; a ministry with no state gives nothing
    ("pledge.donor.subject", "de", "Um die Menschen in Syrien zu unterstützen, stellt das dänische Entwicklungsministerium 40 Millionen Kronen bereit.", True,
     [("country:DK", "country:SY", 40_000_000, "DKK")]),
    ("pledge.donor.subject", "en", "To help people in Syria, the Danish development ministry is providing 40 million kroner.", True,
     [("country:DK", "country:SY", 40_000_000, "DKK")]),
    ("pledge.donor.subject", "de", "Um die Menschen in Syrien zu unterstützen, stellt das im dänischen Entwicklungsministerium geplante Programm 40 Millionen Kronen bereit.", False, []),
    # the kind of aid may stand between the figure and its giver: "an Militärhilfe von", "in military aid from";
    # a population between them is where the people come from ("aid to refugees from Syria")
    ("pledge.donor.from_after", "de", "Der Präsident Moldaus sagte, das Abkommen sehe 300 Millionen Euro an Wirtschaftshilfe von den Niederlanden für Moldau vor.", True,
     [("country:NL", "country:MD", 300_000_000, "EUR")]),
    ("pledge.donor.from_after", "en", "Moldova's president said the plan provides for 300 million euros in economic aid from the Netherlands for Moldova.", True,
     [("country:NL", "country:MD", 300_000_000, "EUR")]),
    ("pledge.donor.from_after", "en", "Canada pledged $30 million in aid to refugees from Syria in Jordan.", False,
     [("country:CA", "country:SY", 30_000_000, "CAD")]),
    # UN regions as recipients, named as the news names them (UN M49: Sub-Saharan Africa, Pacific Islands ...)
    ("pledge.recipient.article_recipient", "de", "Die Weltbank will in afrikanischen Ländern südlich der Sahara 20 Milliarden Dollar bereitstellen.", True,
     [("org:world-bank", "region:sub-saharan-africa", 20_000_000_000, "USD")]),
    ("pledge.recipient.article_recipient", "en", "Japan pledged $20 million for climate projects in Pacific island nations.", True,
     [("country:JP", "region:pacific-islands", 20_000_000, "USD")]),
    # a possessive owner in apposition to another name does not give; the name does
    ("pledge.donor.apposition", "en", "Kuwait's Gulf neighbour Saudi Arabia promised an additional $60 million for Syria.", True,
     [("country:SA", "country:SY", 60_000_000, "USD")]),
    ("pledge.donor.apposition", "en", "That will bring Kuwait's financing portfolio in Jordan to over $1 billion.", False,
     [("country:KW", "country:JO", 1_000_000_000, "USD")]),
    # a gapped list after a cue: each giver's name and a comma before its figure
    ("pledge.donor.since_last_figure", "en", "At the conference for Syria, Japan pledged $95 million, the US, $67 million; and Belgium, $30.9 million.", True,
     [("country:BE", "country:SY", 30_900_000, "USD"), ("country:JP", "country:SY", 95_000_000, "USD"), ("country:US", "country:SY", 67_000_000, "USD")]),
    # "we ... a contribution": the speaker's state (named with a possessive on the title), recipients each before their figure
    ("pledge.donor.we_speaker", "en", "Dominica's Prime Minister Roosevelt Skerrit said: \"To Antigua we are making a direct contribution of US$250,000, to St Kitts and Nevis, EC$500,000 and to Cuba, US$150,000.\"", True,
     [("country:DM", "country:AG", 250_000, "USD"), ("country:DM", "country:CU", 150_000, "USD"), ("country:DM", "country:KN", 500_000, "XCD")]),
    # the speaker before the colon that opens the quote; "wir" anywhere in a German verb-final clause, "we" before a phrase
    ("pledge.donor.we_speaker", "de", 'Annalena Baerbock (Grüne), Außenministerin: "Daher haben wir heute weitere 50 Millionen Euro für die Türkei zur Verfügung gestellt."', True,
     [("country:DE", "country:TR", 50_000_000, "EUR")]),
    ("pledge.donor.we_speaker", "en", 'David Lammy, Foreign Secretary: "Today we are making a further £50 million available to Turkey."', True,
     [("country:GB", "country:TR", 50_000_000, "GBP")]),
    ("pledge.donor.we_speaker", "en", '"Today we are making a further £50 million available to Turkey."', False, []),
    # many givers after "from", past the kind of money
    ("pledge.block.collective", "en", "Besides $600 million in credit from multilateral lenders, Ecuador's President Rafael Correa announced new aid for Peru.", True, []),
    ("pledge.block.collective", "de", "Neben 600 Millionen Dollar an Krediten von multilateralen Banken kündigte Ecuadors Präsident Rafael Correa neue Hilfe für Peru an.", True, []),
    # the Gaza Strip is a territory of its own; with the West Bank it is Palestine
    ("pledge.recipient.preposition", "en", "Joe Biden announced $100 million in humanitarian aid to Gaza and the West Bank.", True,
     [("country:US", "country:PS", 100_000_000, "USD")]),
    ("pledge.recipient.preposition", "de", "Deutschland sagte 40 Millionen Euro für Gazastreifen und Westjordanland zu.", True,
     [("country:DE", "country:PS", 40_000_000, "EUR")]),
    ("pledge.recipient.preposition", "de", "Deutschland sagte 40 Millionen Euro für den Gazastreifen zu.", True,
     [("country:DE", "region:gaza", 40_000_000, "EUR")]),
    # a giver's aid to the territory, where the same giver gives to the state it belongs to, goes to the state
    ("pledge.recipient.preposition", "en", "Canada commits $30M more in Gaza aid.\nCanada is committing an additional $30 million in humanitarian assistance for Palestinians in Gaza.", True,
     [("country:CA", "country:PS", 30_000_000, "CAD")]),
    # co-givers listed with their articles ("Der IWF, die EU und die Weltbank") all give: none is the bare object
    ("pledge.recipient.bare_object", "de", "Der Internationale Währungsfonds, die Europäische Union und die Weltbank gewähren Ungarn einen Kredit in Höhe von 20 Milliarden Euro.", True,
     [("org:imf", "country:HU", 20_000_000_000, "EUR")]),
    ("pledge.recipient.bare_object", "en", "The IMF, the EU and the World Bank granted Hungary a loan of 20 billion euros.", True,
     [("org:imf", "country:HU", 20_000_000_000, "EUR")]),
    # "his country", "sein Land": the speaker's own state gives; a relative clause on a person is no gathering's
    ("pledge.donor.pronoun", "de", "Der kanadische Premierminister Mark Carney besuchte Kiew. Er sagte, sein Land werde der Ukraine 50 Millionen Euro bereitstellen.", True,
     [("country:CA", "country:UA", 50_000_000, "EUR")]),
    ("pledge.donor.pronoun", "en", "Canadian Prime Minister Mark Carney visited Kyiv on Monday. Speaking to reporters, the leader said his country would give Ukraine $50 million.", True,
     [("country:CA", "country:UA", 50_000_000, "CAD")]),
    ("pledge.donor.relative_subject", "en", "The donors meeting was hosted by President Emmanuel Macron of France, who announced his country would double its aid to Lebanon to $165 million.", True,
     [("country:FR", "country:LB", 165_000_000, "USD")]),
    # "1 million-plus refugees" counts people past the "-plus"
    ("pledge.block.no_money", "en", "Canada pledged $40 million for Jordan to help it cope with an estimated 1 million-plus refugees.", True,
     [("country:CA", "country:JO", 40_000_000, "CAD")]),
    # "part of the total $8.2 billion", "als Teil eines ... Pakets": the figure right after "part of" is the whole, no part
    ("pledge.flag.part_of", "en", "Japan pledged $50 million to Kenya. The new money comes as part of the total $500 million committed by Japan since 2015.", False,
     [("country:JP", "country:KE", 50_000_000, "USD"), ("country:JP", "country:KE", 500_000_000, "USD")]),
    ("pledge.flag.part_of", "de", "Japan sagte Kenia 50 Millionen Dollar zu, als Teil eines 500 Millionen Dollar schweren Pakets.", False,
     [("country:JP", "country:KE", 50_000_000, "USD"), ("country:JP", "country:KE", 500_000_000, "USD")]),
    # a country's description as the subject ("the Gulf state", "der Golfstaat") is the country of that group named last
    ("pledge.donor.anaphor", "en", "The United States promised $37.5 million to Gaza. Qatar has sent cash to the enclave for years. The Gulf state had already pledged $360 million in aid to Gaza in January.", True,
     [("country:US", "region:gaza", 37_500_000, "USD"), ("country:QA", "region:gaza", 360_000_000, "USD")]),
    ("pledge.donor.anaphor", "de", "Die USA sagten dem Gazastreifen 37,5 Millionen Dollar zu. Katar schleust seit Jahren Geld in das Gebiet. Der Golfstaat hatte bereits im Januar 360 Millionen Dollar für den Gazastreifen zugesagt.", True,
     [("country:US", "region:gaza", 37_500_000, "USD"), ("country:QA", "region:gaza", 360_000_000, "USD")]),
    # (a description elsewhere in the clause is no subject)
    ("pledge.donor.anaphor", "en", "India and Malawi signed three agreements. So far, the southern African state had utilised an Indian line of credit of $30 million for irrigation projects.", False, []),
    # (a clause of receiving makes the described country the receiver, never the giver)
    ("pledge.donor.anaphor", "de", "Norwegen und Kenia unterzeichneten ein Abkommen. Das afrikanische Land erhält 50 Millionen Dollar von der Weltbank.", False, []),
    # "informed X that Y is providing": the subject of the reported clause gives
    ("pledge.donor.reported_subject", "en", "\"I informed President Zelenskyy that the United States is providing another $1 billion in security assistance for Ukraine.\"", True,
     [("country:US", "country:UA", 1_000_000_000, "USD")]),
    ("pledge.donor.reported_subject", "de", "Scholz informierte Präsident Selenskyj, dass Deutschland der Ukraine weitere 500 Millionen Euro bereitstellt.", True,
     [("country:DE", "country:UA", 500_000_000, "EUR")]),
    # "people inside Ukraine": the place its people live receives
    ("pledge.recipient.population", "en", "Biden spoke with Zelensky. \"Today, I am also announcing an additional $225 million in humanitarian assistance to help people inside Ukraine,\" Biden said.", True,
     [("country:US", "country:UA", 225_000_000, "USD")]),
    # "I" of a body's head is the body: the speaker named after the quote
    ("pledge.donor.we_speaker", "en", "Ursula von der Leyen spoke in Kyiv. \"I can announce that a new payment of 3.5 billion euros in favour of Ukraine will arrive in March,\" she said.", True,
     [("org:eu", "country:UA", 3_500_000_000, "EUR")]),
    ("pledge.donor.we_speaker", "de", "Ursula von der Leyen sprach in Kiew. „Ich kann ankündigen, dass eine neue Zahlung von 3,5 Milliarden Euro für die Ukraine im März eintrifft“, sagte sie.", True,
     [("org:eu", "country:UA", 3_500_000_000, "EUR")]),
    # (the owner of the aid after "I announce" gives it)
    ("pledge.donor.possessive", "en", "The emir opened the conference. \"I announce the Kuwaiti donation of $300 million for the Syrian people,\" the emir said.", True,
     [("country:KW", "country:SY", 300_000_000, "USD")]),
    # a passive of thanks ("praised for pledging") names the givers as its subject
    ("pledge.donor.thanked", "en", "Saudi Arabia and the UAE praised for pledging $1 billion in aid to Yemen", False,
     [("country:SA", "country:YE", 1_000_000_000, "USD")]),
    ("pledge.donor.thanked", "en", "Zelensky thanked Norway for its pledge of $50 million.", True,
     [("country:NO", "country:UA", 50_000_000, "USD")]),
    # "charities supplying Ukrainians": the people the helpers serve receive
    ("pledge.recipient.assisted", "en", "Britain will send $41 million to the United Nations and charities supplying Ukrainians with shelter.", True,
     [("country:GB", "country:UA", 41_000_000, "USD")]),
    # a ranked giver ("the largest donor", "größter Geber") is one giver with its figure, not many; a name's word is no cue
    ("pledge.donor_list", "en", "The largest donor to the Global Fund is Japan with $417 million.", True,
     [("country:JP", "org:global-fund", 417_000_000, "USD")]),
    ("pledge.donor_list", "de", "Der größte Geber des Globalen Fonds ist Japan mit 417 Millionen Dollar.", True,
     [("country:JP", "org:global-fund", 417_000_000, "USD")]),
    ("pledge.block.collective", "de", "Die Geber sagten dem Globalen Fonds 417 Millionen Dollar zu.", True, []),
    # money that is to flow ("sollen ... fließen", "will go to") is new money too; German puts the goal before the verb
    ("pledge.flow", "de", "Österreich hilft der Ukraine im Winter. Zehn Millionen Euro aus dem Katastrophenfonds sollen in die Reparatur von Heizkraftwerken in der Ukraine fließen.", True,
     [("country:AT", "country:UA", 10_000_000, "EUR")]),
    ("pledge.flow", "en", "Norway pledged $20 million for Yemen. Another sum, $5 million, will go to UNICEF in Yemen.", True,
     [("country:NO", "country:YE", 20_000_000, "USD"), ("country:NO", "org:unicef", 5_000_000, "USD")]),
    ("pledge.flow", "de", "Österreich hilft der Ukraine im Winter. Zehn Millionen Euro aus dem Katastrophenfonds flossen in die Reparatur von Heizkraftwerken.", False, []),
    # (money that flows may give the figure of the pledge announced just before)
    ("pledge.donor.followup", "en", "Australia announced a new aid package for Pacific island nations on Monday. Some 900 million Australian dollars will go to the region.", True,
     [("country:AU", "region:pacific-islands", 900_000_000, "AUD")]),
    # a clause after the figure that reports it: "wie sie ... ankündigte", "as he said"
    ("pledge.donor.pronoun", "de", "Außenministerin Beate Meinl-Reisinger reiste nach Kiew. Zehn Millionen Euro sollen in die Reparatur von Heizkraftwerken in der Ukraine fließen, wie sie bei einer Pressekonferenz mit ihrem ukrainischen Amtskollegen Andrij Sybiha ankündigte.", True,
     [("country:AT", "country:UA", 10_000_000, "EUR")]),
    ("pledge.donor.pronoun", "en", "Foreign Minister Beate Meinl-Reisinger travelled to Kyiv. Ten million euros will go to repairing heating plants in Ukraine, as she announced at a press conference with her Ukrainian counterpart Andrii Sybiha.", True,
     [("country:AT", "country:UA", 10_000_000, "EUR")]),
    # the subject of the sentence before is neither a dateline's city nor one of two states acting together
    ("pledge.donor.previous_subject", "de", "Neu Delhi (dpa) - Indien und Japan haben Abkommen über Verkehrsprojekte besiegelt. So sollen in den kommenden fünf Jahren rund 4,5 Milliarden Dollar in eine Schnellstraße fließen.", False, []),
    ("pledge.donor.previous_subject", "de", "Österreich beteiligt sich nicht an Waffenlieferungen. Künftig sollen aber weitere 118 Millionen Euro an die Ukraine fließen.", True,
     [("country:AT", "country:UA", 118_000_000, "EUR")]),
    # an organisation that passes the money on is no giver, nor is its acronym in brackets or a name in apposition
    ("pledge.donor.previous", "en", "Britain announced a new £5.26 million package for the Rohingya. Of this, £4.26 million will go through the World Food Program (WFP) to the Rohingya and £1 million will go through the UN refugee agency, UNHCR, to the Rohingya in the camps.", True,
     [("country:GB", "region:rohingya", 5_260_000, "GBP"), ("country:GB", "region:rohingya", 4_260_000, "GBP"), ("country:GB", "region:rohingya", 1_000_000, "GBP")]),
    # German verb-second: after a fronted phrase that names no one, the name right after the verb of helping is its
    # subject; victims on islands are the islands' people ("die Flutopfer auf den Philippinen")
    ("pledge.recipient.population", "de", "Mit einem Gesamtbeitrag von 450'000 CHF unterstützt die Schweiz die Flutopfer auf den Philippinen.", True,
     [("country:CH", "country:PH", 450_000, "CHF")]),
    ("pledge.recipient.population", "en", "Switzerland is supporting flood victims in the Philippines with a contribution of 450,000 francs.", True,
     [("country:CH", "country:PH", 450_000, "CHF")]),
    ("pledge.recipient.helped", "de", "Mit einem Beitrag von 450'000 CHF unterstützt die Schweiz die Philippinen.", False,
     [("country:CH", "country:PH", 450_000, "CHF")]),
    # the agent that spends the money passes it on ("vom Roten Kreuz ... eingesetzt"); "des Bundes" is the issuing state's
    ("pledge.donor.issuer", "de", "Die Humanitäre Hilfe des Bundes hat einen Kredit von 250'000 CHF für die Philippinen gesprochen, der vom Philippinischen Roten Kreuz für die Linderung der Not eingesetzt wird.", True,
     [("country:CH", "country:PH", 250_000, "CHF")]),
    # "eine weitere Milliarde Euro", "another billion euros": an amount of one
    ("pledge.donor.apposition", "en", "The EU's foreign policy chief Josep Borrell announced another billion euros for Syria.", True,
     [("org:eu", "country:SY", 1_000_000_000, "EUR")]),
    ("pledge.donor.subject", "de", "Der Außenbeauftragte Josep Borrell kündigte allein für 2022 eine weitere Milliarde Euro für Syrien an.", True,
     [("org:eu", "country:SY", 1_000_000_000, "EUR")]),
    # a relative pronoun after a preposition is what it governs: the name after it is the clause's subject
    ("pledge.donor.subject", "en", "The two signed an agreement under which Japan will provide a grant of ¥2.8 billion to equip Fiji's weather service with new radar stations.", True,
     [("country:JP", "country:FJ", 2_800_000_000, "JPY")]),
    # a deal named right after its price is a price, not aid
    ("pledge.block.deal", "en", "The visit marked progress on a £1.6bn deal under which Thales will manufacture 5,000 missiles for Ukraine, financed through UK Export Finance.", True, []),
    ("pledge.block.deal", "de", "Der Besuch brachte Fortschritte bei einem Geschäft über 1,6 Milliarden Pfund, bei dem Thales 5000 Raketen für die Ukraine baut, finanziert von UK Export Finance.", True, []),
    # "weitere zwei Millionen Euro", "a further $2 million": more of the article's one giver, a while on too
    ("pledge.donor.previous", "de", "Österreich sagte der Ukraine zehn Millionen Euro zu. Das Geld fließt in Heizkraftwerke. Die Ministerin sprach lange. Sie war zufrieden. Sie reiste weiter. Sie traf Soldaten. Sie traf Bauern. Sie sprach mit Ärzten. Weitere zwei Millionen Euro gehen an ein Projekt zur Räumung von Minen in der Ukraine.", True,
     [("country:AT", "country:UA", 10_000_000, "EUR"), ("country:AT", "country:UA", 2_000_000, "EUR")]),
    ("pledge.donor.previous", "en", "Austria pledged ten million euros to Ukraine. The money goes to heating plants. The minister spoke at length. She was pleased. She travelled on. She met soldiers. She met farmers. She spoke with doctors. A further two million euros will go to a demining project in Ukraine.", True,
     [("country:AT", "country:UA", 10_000_000, "EUR"), ("country:AT", "country:UA", 2_000_000, "EUR")]),
    # "brings the total ... to", "bringt ... auf": a running total; a giver named after a participle of giving owns the total
    ("pledge.total", "en", "The United States announced $45 million for the Rohingya. This brings the total US contribution to the 2019 response plan to $105 million.", True,
     [("country:US", "region:rohingya", 45_000_000, "USD"), ("country:US", "region:rohingya", 105_000_000, "USD")]),
    ("pledge.total", "de", "Die USA sagten den Rohingya 45 Millionen Dollar zu. Das bringt den Gesamtbeitrag der USA auf 105 Millionen Dollar.", True,
     [("country:US", "region:rohingya", 45_000_000, "USD"), ("country:US", "region:rohingya", 105_000_000, "USD")]),
    ("pledge.block.collective", "en", "The EU gave €30 million to Lebanon. This brings the total amount of financial assistance offered by the European Commission to Lebanon to almost €75 million.", False,
     [("org:eu", "country:LB", 30_000_000, "EUR"), ("org:eu", "country:LB", 75_000_000, "EUR")]),
    ("pledge.block.collective", "en", "Donors met in Geneva. The new pledges bring the total amount promised by donors to $2 billion.", True, []),
]



def _article(text: str, lang: str) -> Article:
    body = ("Nachrichten\n" if lang == "de" else "News\n") + text
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Article(id=digest[:16], title=body.splitlines()[0], text=body, lang=lang, source="test", sha256=digest,
                   published=PUBLISHED)


def _ids() -> list[str]:
    seen: dict[tuple[str, str, bool], int] = {}
    out = []
    for rule_id, lang, _, fires, _ in ROWS:
        key = (rule_id, lang, fires)
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{rule_id}-{lang}-{'pos' if fires else 'neg'}-{seen[key]}")
    return out


@pytest.mark.parametrize(("rule_id", "lang", "text", "fires", "expected"), ROWS, ids=_ids())
def test_rule_row(rule_id, lang, text, fires, expected):
    article = _article(text, lang)
    chains = [d.chain for d in decisions(article)]
    assert any(rule_id in chain for chain in chains) is fires, chains
    got = sorted((p.donor, p.recipient, int(p.amount.value), p.amount.currency) for p in extract_article(article).pledges)
    assert got == sorted(expected)
