"""Generate graph/data/lexicon/countries.json and normalise the hand-written lexicon files.

    .venv/bin/python tools/build_lexicon.py          # write countries.json, reformat the others
    .venv/bin/python tools/build_lexicon.py --check  # exit 1 if any file is not as generated

Country names start from Babel's CLDR territory names (the usual short names,
"Russia" / "Russland"), ISO codes from pycountry, currencies from
``babel.numbers.get_territory_currencies``; the hand tables below add what no
library has: adjectives, capitals in both languages, aliases, German grammatical
gender and irregular case forms, government metonyms, and the Wikidata ids we are
sure of. organizations.json, persons.json and roles.json are edited by hand; this
script only rewrites them in canonical form (entries sorted, keys sorted, UTF-8).

This is a development tool; the package never imports it.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import pycountry
from babel import Locale
from babel.numbers import get_territory_currencies

LEXICON = Path(__file__).resolve().parent.parent / "graph" / "data" / "lexicon"

# The 193 member states of the United Nations, ISO 3166-1 alpha-2.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB
LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG
MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
# States outside the UN (or observers) that news treats as countries.
OTHER_STATES = ["TW", "XK", "PS", "VA"]
# Kosovo has no ISO 3166 code; XK/XKX are the user-assigned codes the EU and the IMF use.
NOT_IN_PYCOUNTRY = {"XK": "XKX"}

# code | English adjectives | German adjective stems | English capital(s) | German capital(s)
# Several values are separated by ";", the first is the usual one. A German stem in
# lower case is inflected by the loader (kanadisch -> kanadische, -en, -er, -es, -em);
# a capitalised one without hyphen ("Schweizer") is invariable. Ambiguous demonyms
# (Congolese: both Congos; Dominican: Dominica and the Dominican Republic; Korean) are
# left out on purpose.
TABLE = """
AF | Afghan | afghanisch | Kabul | Kabul
AL | Albanian | albanisch | Tirana | Tirana
DZ | Algerian | algerisch | Algiers | Algier
AD | Andorran | andorranisch | Andorra la Vella | Andorra la Vella
AO | Angolan | angolanisch | Luanda | Luanda
AG | Antiguan | antiguanisch | St. John's | St. John's
AR | Argentine;Argentinian | argentinisch | Buenos Aires | Buenos Aires
AM | Armenian | armenisch | Yerevan | Eriwan;Jerewan
AU | Australian | australisch | Canberra | Canberra
AT | Austrian | österreichisch | Vienna | Wien
AZ | Azerbaijani;Azeri | aserbaidschanisch | Baku | Baku
BS | Bahamian | bahamaisch | Nassau | Nassau
BH | Bahraini | bahrainisch | Manama | Manama
BD | Bangladeshi | bangladeschisch | Dhaka | Dhaka
BB | Barbadian | barbadisch | Bridgetown | Bridgetown
BY | Belarusian | belarussisch;weißrussisch | Minsk | Minsk
BE | Belgian | belgisch | Brussels | Brüssel
BZ | Belizean | belizisch | Belmopan | Belmopan
BJ | Beninese | beninisch | Porto-Novo | Porto-Novo
BT | Bhutanese | bhutanisch | Thimphu | Thimphu
BO | Bolivian | bolivianisch | Sucre;La Paz | Sucre;La Paz
BA | Bosnian | bosnisch | Sarajevo | Sarajevo
BW | Botswanan | botsuanisch | Gaborone | Gaborone
BR | Brazilian | brasilianisch | Brasília;Brasilia | Brasília;Brasilia
BN | Bruneian | bruneiisch | Bandar Seri Begawan | Bandar Seri Begawan
BG | Bulgarian | bulgarisch | Sofia | Sofia
BF | Burkinabe;Burkinabé | burkinisch | Ouagadougou | Ouagadougou
BI | Burundian | burundisch | Gitega | Gitega
CV | Cape Verdean | kap-verdisch | Praia | Praia
KH | Cambodian | kambodschanisch | Phnom Penh | Phnom Penh
CM | Cameroonian | kamerunisch | Yaoundé;Yaounde | Jaunde;Yaoundé
CA | Canadian | kanadisch | Ottawa | Ottawa
CF | Central African | zentralafrikanisch | Bangui | Bangui
TD | Chadian | tschadisch | N'Djamena | N'Djamena
CL | Chilean | chilenisch | Santiago | Santiago de Chile;Santiago
CN | Chinese | chinesisch | Beijing;Peking | Peking;Beijing
CO | Colombian | kolumbianisch | Bogotá;Bogota | Bogotá;Bogota
KM | Comorian | komorisch | Moroni | Moroni
CG |  |  | Brazzaville | Brazzaville
CD |  |  | Kinshasa | Kinshasa
CR | Costa Rican | costa-ricanisch | San José | San José
CI | Ivorian | ivorisch | Yamoussoukro | Yamoussoukro
HR | Croatian | kroatisch | Zagreb | Zagreb
CU | Cuban | kubanisch | Havana | Havanna
CY | Cypriot | zypriotisch | Nicosia | Nikosia
CZ | Czech | tschechisch | Prague | Prag
DK | Danish | dänisch | Copenhagen | Kopenhagen
DJ | Djiboutian | dschibutisch | Djibouti | Dschibuti
DM |  |  | Roseau | Roseau
DO | Dominican | dominikanisch | Santo Domingo | Santo Domingo
EC | Ecuadorian | ecuadorianisch | Quito | Quito
EG | Egyptian | ägyptisch | Cairo | Kairo
SV | Salvadoran;Salvadorian | salvadorianisch | San Salvador | San Salvador
GQ | Equatorial Guinean;Equatoguinean | äquatorialguineisch | Malabo | Malabo
ER | Eritrean | eritreisch | Asmara | Asmara
EE | Estonian | estnisch | Tallinn | Tallinn
SZ | Swazi | swasiländisch | Mbabane | Mbabane
ET | Ethiopian | äthiopisch | Addis Ababa | Addis Abeba
FJ | Fijian | fidschianisch | Suva | Suva
FI | Finnish | finnisch | Helsinki | Helsinki
FR | French | französisch | Paris | Paris
GA | Gabonese | gabunisch | Libreville | Libreville
GM | Gambian | gambisch | Banjul | Banjul
GE | Georgian | georgisch | Tbilisi | Tiflis;Tbilissi
DE | German | deutsch;bundesdeutsch | Berlin | Berlin
GH | Ghanaian | ghanaisch | Accra | Accra
GR | Greek | griechisch | Athens | Athen
GD | Grenadian | grenadisch | St. George's | St. George's
GT | Guatemalan | guatemaltekisch | Guatemala City | Guatemala-Stadt
GN | Guinean | guineisch | Conakry | Conakry
GW | Bissau-Guinean | guinea-bissauisch | Bissau | Bissau
GY | Guyanese | guyanisch | Georgetown | Georgetown
HT | Haitian | haitianisch | Port-au-Prince | Port-au-Prince
HN | Honduran | honduranisch | Tegucigalpa | Tegucigalpa
HU | Hungarian | ungarisch | Budapest | Budapest
IS | Icelandic | isländisch | Reykjavík;Reykjavik | Reykjavík;Reykjavik
IN | Indian | indisch | New Delhi | Neu-Delhi
ID | Indonesian | indonesisch | Jakarta | Jakarta
IR | Iranian | iranisch | Tehran | Teheran
IQ | Iraqi | irakisch | Baghdad | Bagdad
IE | Irish | irisch | Dublin | Dublin
IL | Israeli | israelisch | Jerusalem | Jerusalem
IT | Italian | italienisch | Rome | Rom
JM | Jamaican | jamaikanisch | Kingston | Kingston
JP | Japanese | japanisch | Tokyo | Tokio
JO | Jordanian | jordanisch | Amman | Amman
KZ | Kazakh;Kazakhstani | kasachisch | Astana | Astana
KE | Kenyan | kenianisch | Nairobi | Nairobi
KI | I-Kiribati | kiribatisch | Tarawa;South Tarawa | Tarawa
KP | North Korean | nordkoreanisch | Pyongyang | Pjöngjang
KR | South Korean | südkoreanisch | Seoul | Seoul
KW | Kuwaiti | kuwaitisch | Kuwait City | Kuwait-Stadt
KG | Kyrgyz | kirgisisch | Bishkek | Bischkek
LA | Laotian;Lao | laotisch | Vientiane | Vientiane
LV | Latvian | lettisch | Riga | Riga
LB | Lebanese | libanesisch | Beirut | Beirut
LS | Basotho | lesothisch | Maseru | Maseru
LR | Liberian | liberianisch | Monrovia | Monrovia
LY | Libyan | libysch | Tripoli | Tripolis
LI | Liechtenstein | liechtensteinisch | Vaduz | Vaduz
LT | Lithuanian | litauisch | Vilnius | Vilnius;Wilna
LU | Luxembourgish | luxemburgisch | Luxembourg | Luxemburg
MG | Malagasy | madagassisch | Antananarivo | Antananarivo
MW | Malawian | malawisch | Lilongwe | Lilongwe
MY | Malaysian | malaysisch | Kuala Lumpur | Kuala Lumpur
MV | Maldivian | maledivisch | Malé | Malé
ML | Malian | malisch | Bamako | Bamako
MT | Maltese | maltesisch | Valletta | Valletta
MH | Marshallese | marshallisch | Majuro | Majuro
MR | Mauritanian | mauretanisch | Nouakchott | Nouakchott
MU | Mauritian | mauritisch | Port Louis | Port Louis
MX | Mexican | mexikanisch | Mexico City | Mexiko-Stadt
FM | Micronesian | mikronesisch | Palikir | Palikir
MD | Moldovan | moldauisch;moldawisch | Chișinău;Chisinau | Chișinău;Chisinau;Kischinau
MC | Monegasque | monegassisch | Monaco | Monaco
MN | Mongolian | mongolisch | Ulaanbaatar;Ulan Bator | Ulaanbaatar;Ulan Bator
ME | Montenegrin | montenegrinisch | Podgorica | Podgorica
MA | Moroccan | marokkanisch | Rabat | Rabat
MZ | Mozambican | mosambikanisch | Maputo | Maputo
MM | Burmese | myanmarisch;birmanisch | Naypyidaw;Naypyitaw | Naypyidaw
NA | Namibian | namibisch | Windhoek | Windhuk;Windhoek
NR | Nauruan | nauruisch | Yaren | Yaren
NP | Nepali;Nepalese | nepalesisch | Kathmandu | Kathmandu
NL | Dutch | niederländisch;holländisch | Amsterdam | Amsterdam
NZ | New Zealand | neuseeländisch | Wellington | Wellington
NI | Nicaraguan | nicaraguanisch | Managua | Managua
NE | Nigerien | nigrisch | Niamey | Niamey
NG | Nigerian | nigerianisch | Abuja | Abuja
MK | North Macedonian | nordmazedonisch | Skopje | Skopje
NO | Norwegian | norwegisch | Oslo | Oslo
OM | Omani | omanisch | Muscat | Maskat
PK | Pakistani | pakistanisch | Islamabad | Islamabad
PW | Palauan | palauisch | Ngerulmud | Ngerulmud
PA | Panamanian | panamaisch | Panama City | Panama-Stadt
PG | Papua New Guinean | papua-neuguineisch | Port Moresby | Port Moresby
PY | Paraguayan | paraguayisch | Asunción;Asuncion | Asunción
PE | Peruvian | peruanisch | Lima | Lima
PH | Filipino;Philippine | philippinisch | Manila | Manila
PL | Polish | polnisch | Warsaw | Warschau
PT | Portuguese | portugiesisch | Lisbon | Lissabon
QA | Qatari | katarisch | Doha | Doha
RO | Romanian | rumänisch | Bucharest | Bukarest
RU | Russian | russisch | Moscow | Moskau
RW | Rwandan | ruandisch | Kigali | Kigali
KN | Kittitian | | Basseterre | Basseterre
LC | Saint Lucian | lucianisch | Castries | Castries
VC | Vincentian | vincentisch | Kingstown | Kingstown
WS | Samoan | samoanisch | Apia | Apia
SM | Sammarinese | san-marinesisch | San Marino | San Marino
ST | Santomean | são-toméisch | São Tomé | São Tomé
SA | Saudi | saudisch;saudi-arabisch | Riyadh | Riad
SN | Senegalese | senegalesisch | Dakar | Dakar
RS | Serbian | serbisch | Belgrade | Belgrad
SC | Seychellois | seychellisch | Victoria | Victoria
SL | Sierra Leonean | sierra-leonisch | Freetown | Freetown
SG | Singaporean | singapurisch | Singapore | Singapur
SK | Slovak;Slovakian | slowakisch | Bratislava | Bratislava;Pressburg
SI | Slovenian;Slovene | slowenisch | Ljubljana | Ljubljana;Laibach
SB | Solomon Islander | salomonisch | Honiara | Honiara
SO | Somali | somalisch | Mogadishu | Mogadischu
ZA | South African | südafrikanisch | Pretoria | Pretoria
SS | South Sudanese | südsudanesisch | Juba | Juba
ES | Spanish | spanisch | Madrid | Madrid
LK | Sri Lankan | sri-lankisch | Colombo;Sri Jayawardenepura Kotte | Colombo
SD | Sudanese | sudanesisch | Khartoum | Khartum
SR | Surinamese | surinamisch | Paramaribo | Paramaribo
SE | Swedish | schwedisch | Stockholm | Stockholm
CH | Swiss | schweizerisch;Schweizer | Bern;Berne | Bern
SY | Syrian | syrisch | Damascus | Damaskus
TJ | Tajik;Tajikistani | tadschikisch | Dushanbe | Duschanbe
TZ | Tanzanian | tansanisch | Dodoma | Dodoma
TH | Thai | thailändisch | Bangkok | Bangkok
TL | Timorese;East Timorese | osttimoresisch | Dili | Dili
TG | Togolese | togoisch | Lomé;Lome | Lomé
TO | Tongan | tongaisch | Nuku'alofa | Nuku'alofa
TT | Trinidadian | trinidadisch | Port of Spain | Port of Spain
TN | Tunisian | tunesisch | Tunis | Tunis
TR | Turkish | türkisch | Ankara | Ankara
TM | Turkmen | turkmenisch | Ashgabat | Aschgabat
TV | Tuvaluan | tuvaluisch | Funafuti | Funafuti
UG | Ugandan | ugandisch | Kampala | Kampala
UA | Ukrainian | ukrainisch | Kyiv;Kiev | Kiew;Kyjiw;Kyiv
AE | Emirati | emiratisch | Abu Dhabi | Abu Dhabi
GB | British;UK;U.K. | britisch | London | London
US | American;US;U.S. | amerikanisch;US-amerikanisch | Washington;Washington, D.C. | Washington
UY | Uruguayan | uruguayisch | Montevideo | Montevideo
UZ | Uzbek | usbekisch | Tashkent | Taschkent
VU | Ni-Vanuatu | vanuatuisch | Port Vila | Port Vila
VE | Venezuelan | venezolanisch | Caracas | Caracas
VN | Vietnamese | vietnamesisch | Hanoi | Hanoi
YE | Yemeni | jemenitisch | Sanaa;Sana'a | Sanaa
ZM | Zambian | sambisch | Lusaka | Lusaka
ZW | Zimbabwean | simbabwisch | Harare | Harare
TW | Taiwanese | taiwanisch | Taipei | Taipeh;Taipei
XK | Kosovar;Kosovan | kosovarisch | Pristina;Prishtina | Pristina
PS | Palestinian | palästinensisch | Ramallah | Ramallah
VA | Vatican | vatikanisch | Vatican City | Vatikanstadt
"""

# The usual news names where CLDR's differ.
EN_NAMES = {
    "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina", "CG": "Republic of the Congo",
    "CD": "Democratic Republic of the Congo", "CI": "Ivory Coast", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines", "ST": "São Tomé and Príncipe",
    "TT": "Trinidad and Tobago", "TR": "Turkey", "MM": "Myanmar", "PS": "Palestine", "VA": "Vatican",
}
DE_NAMES = {
    "BN": "Brunei", "CG": "Republik Kongo", "CD": "Demokratische Republik Kongo", "CI": "Elfenbeinküste",
    "MD": "Moldau", "PS": "Palästina", "VA": "Vatikan", "TL": "Osttimor",
}
EN_ALIASES = {
    "US": ["USA", "US", "U.S.", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "DE": ["Federal Republic of Germany"], "NL": ["Holland"],
    "CZ": ["Czech Republic"], "TR": ["Türkiye"], "CI": ["Côte d'Ivoire", "Côte d’Ivoire"],
    "MM": ["Burma"], "SZ": ["Swaziland"], "CV": ["Cabo Verde"], "TL": ["East Timor"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "MD": ["Republic of Moldova"],
    "BA": ["Bosnia-Herzegovina", "Bosnia"], "AE": ["UAE", "Emirates"], "VN": ["Viet Nam"],
    "BN": ["Brunei Darussalam"], "LC": ["St. Lucia"],
    "VC": ["St. Vincent and the Grenadines"], "ST": ["Sao Tome and Principe"],
    "FM": ["Federated States of Micronesia"], "PS": ["State of Palestine", "Palestinian territories", "West Bank", "Gaza and the West Bank", "West Bank and Gaza", "Gaza Strip and the West Bank", "West Bank and the Gaza Strip"],
    "VA": ["Vatican City", "Holy See"], "AG": ["Antigua"], "TT": ["Trinidad"],
    "MK": ["North Macedonia"], "KG": ["Kyrgyz Republic"], "LA": ["Lao PDR", "Lao People's Democratic Republic"], "SY": ["Syrian Arab Republic"],
    "PG": ["PNG"], "NZ": ["NZ", "Aotearoa"], "SA": ["KSA"], "KN": ["St. Kitts and Nevis", "St Kitts and Nevis", "St Kitts"],
}
DE_ALIASES = {
    "US": ["USA", "US", "Amerika", "Vereinigte Staaten von Amerika"],
    "GB": ["Großbritannien", "Britannien", "UK"],
    "RU": ["Russische Föderation"], "DE": ["Bundesrepublik", "Bundesrepublik Deutschland", "BRD"],
    "NL": ["Holland"], "CZ": ["Tschechische Republik"], "TR": ["Türkiye"], "CI": ["Côte d'Ivoire", "Côte d’Ivoire"],
    "MM": ["Birma", "Burma"], "SZ": ["Swasiland"], "CV": ["Kap Verde", "Kapverden", "Cabo Verde"],
    "TL": ["Timor-Leste", "Ost-Timor"], "CD": ["DR Kongo", "Kongo-Kinshasa"], "CG": ["Kongo-Brazzaville"],
    "KR": ["Republik Korea"], "KP": ["Demokratische Volksrepublik Korea"], "MD": ["Republik Moldau", "Moldawien"], "BY": ["Weißrussland"],
    "BA": ["Bosnien-Herzegowina", "Bosnien"], "AE": ["VAE", "Emirate"], "BN": ["Brunei Darussalam"],
    "FM": ["Föderierte Staaten von Mikronesien"], "PS": ["Palästinensische Autonomiegebiete", "Palästinensergebiete", "Westjordanland", "Gazastreifen und Westjordanland", "Westjordanland und Gazastreifen", "Gaza und Westjordanland", "Westjordanland und Gaza", "Gazastreifen und im Westjordanland", "Westjordanland und im Gazastreifen"],
    "VA": ["Vatikanstadt", "Heiliger Stuhl"], "SA": ["Saudiarabien", "Saudi Arabien"], "TW": ["Republik China"],
    "XK": ["Kosova"], "AG": ["Antigua"], "KN": ["St. Kitts und Nevis"],
    # English spellings German outlets keep
    "QA": ["Qatar"], "OM": ["Oman"], "BH": ["Bahrain"],
}
# German grammatical gender where not neuter: m, f, or pl (plural). Neuter names take -s.
DE_GENDER = {
    "IR": "m", "IQ": "m", "LB": "m", "SD": "m", "SS": "m", "TD": "m", "YE": "m", "OM": "m", "NE": "m",
    "SN": "m", "VA": "m", "KG": "n",
    "CH": "f", "UA": "f", "TR": "f", "SK": "f", "MN": "f", "DO": "f", "CF": "f", "CG": "f", "CD": "f",
    "CI": "f", "GB": "n",
    "US": "pl", "NL": "pl", "AE": "pl", "PH": "pl", "MV": "pl", "SC": "pl", "BS": "pl", "SB": "pl",
    "KM": "pl", "MH": "pl",
}
# Names whose genitive is not name + s although neuter or masculine ("des Vereinigten Königreichs").
DE_IRREGULAR = {"GB", "VC"}
# German genitives the loader cannot derive: of multi-word and plural names, and of the
# aliases (whose gender may differ from the name's). "Kanadas" is made by the loader.
DE_GENITIVES = {
    "US": ["Vereinigten Staaten", "Vereinigten Staaten von Amerika", "Amerikas"],
    "GB": ["Vereinigten Königreichs", "Vereinigten Königreiches", "Großbritanniens", "Britanniens"],
    "BY": ["Weißrusslands"], "MM": ["Birmas", "Burmas"], "BA": ["Bosnien-Herzegowinas", "Bosniens"],
    "TL": ["Osttimors", "Ost-Timors"], "MD": ["Moldawiens"],
    "AE": ["Vereinigten Arabischen Emirate"], "DO": ["Dominikanischen Republik"],
    "CF": ["Zentralafrikanischen Republik"], "CD": ["Demokratischen Republik Kongo"],
    "RU": ["Russischen Föderation"], "CZ": ["Tschechischen Republik"], "NL": ["Hollands"],
    "VA": ["Vatikans", "Heiligen Stuhls"],
}
# Other German case forms of the name (after an article, dative): "das Vereinigte Königreich".
DE_INFLECTIONS = {
    "GB": ["Vereinigte Königreich", "Vereinigten Königreich"],
    "AE": ["Vereinigten Arabischen Emiraten", "Emiraten"], "NL": ["Niederlanden"],
    "DO": ["Dominikanischen Republik"], "CF": ["Zentralafrikanischen Republik"],
    "CD": ["Demokratischen Republik Kongo"], "PH": ["Philippinen"], "VA": ["Heiligen Stuhl"],
    "RU": ["Russischen Föderation"], "CZ": ["Tschechischen Republik"],
}
# Sovereign states whose head of state is a monarch: news calls them "the Kingdom" ("committed by the
# Kingdom", "das Königreich"), the Gulf emirates "the emirate". (Commonwealth realms are left out: news
# does not call Canada or Australia "the Kingdom".)
MONARCHIES = {"SA", "JO", "MA", "BH", "KW", "QA", "AE", "OM", "BN", "TH", "KH", "JP", "BT", "GB", "NL", "BE", "LU",
              "ES", "SE", "NO", "DK", "LI", "MC", "AD", "SZ", "LS", "TO", "MY"}
# Buildings and seats that stand for the government; every German case form listed. (The White
# House is an organisation of its own in organizations.json, affiliated to the United States, as the
# shared gold files treat it; the Kremlin there is an alias of Russia.)
EN_METONYMS = {
    "US": ["Pentagon"],
    "RU": ["Kremlin"],
    "GB": ["Downing Street", "Whitehall", "Number 10", "No 10"],
    "FR": ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay", "Matignon", "Hôtel Matignon"],
    "IT": ["Palazzo Chigi", "Farnesina", "Quirinale"], "ES": ["Moncloa"], "CN": ["Zhongnanhai"],
    "UA": ["Bankova"], "JP": ["Kantei"], "IN": ["South Block"], "AR": ["Casa Rosada"],
    "BR": ["Planalto Palace", "Palácio do Planalto", "Itamaraty"],
    "PH": ["Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"],
    "NG": ["Aso Rock"], "ZA": ["Union Buildings"], "VE": ["Miraflores Palace"],
}
DE_METONYMS = {
    "US": ["Pentagon", "Pentagons"],
    "RU": ["Kreml", "Kremls"],
    "FR": ["Élysée", "Elysée", "Élysée-Palast", "Elysée-Palast", "Élysée-Palasts", "Elysée-Palasts", "Quai d'Orsay",
           "Matignon", "Hôtel Matignon"],
    "DE": ["Kanzleramt", "Kanzleramts", "Kanzleramtes", "Bundeskanzleramt", "Bundeskanzleramts", "Bundeskanzleramtes",
           "Bendlerblock", "Bendlerblocks", "Bundesregierung", "Bundesregierungen", "Bundeskabinett", "Bundeskabinetts",
           "Bundesfinanzministerium", "Bundesfinanzministeriums", "Bundesministerium der Finanzen", "Bundesministeriums der Finanzen",
           "Bundesverteidigungsministerium", "Bundesverteidigungsministeriums",
           "Bundesministerium der Verteidigung", "Bundesministeriums der Verteidigung"],
    "GB": ["Downing Street"],
    "IT": ["Palazzo Chigi", "Farnesina", "Quirinal", "Quirinals", "Quirinalspalast", "Quirinalspalasts"],
    "ES": ["Moncloa"], "CN": ["Zhongnanhai"],
    "UA": ["Bankowa", "Bankova"], "JP": ["Kantei"], "AT": ["Ballhausplatz"], "AR": ["Casa Rosada"],
    "BR": ["Palácio do Planalto", "Planalto-Palast", "Itamaraty"], "PH": ["Malacañang", "Malacañang-Palast"],
    "NG": ["Aso Rock"], "VE": ["Miraflores-Palast"],
}
# German compound prefixes beyond acronyms (which the loader derives itself).
DE_PREFIXES = {"RU": ["Kreml-"], "US": ["Pentagon-"]}
# Forms a country gives up: another actor owns them in news ("Brussels" is the EU), or they
# mostly mean something else ("Victoria").
CEDED = {"BE": ["Brussels", "Brüssel"], "SC": ["Victoria"]}

# Wikidata items we are sure of; everything else stays null.
WIKIDATA = {
    "AF": "Q889", "AL": "Q222", "DZ": "Q262", "AD": "Q228", "AO": "Q916", "AR": "Q414", "AM": "Q399",
    "AU": "Q408", "AT": "Q40", "AZ": "Q227", "BH": "Q398", "BD": "Q902", "BY": "Q184", "BE": "Q31",
    "BA": "Q225", "BR": "Q155", "BG": "Q219", "CA": "Q16", "CL": "Q298", "CN": "Q148", "CO": "Q739",
    "HR": "Q224", "CU": "Q241", "CY": "Q229", "CZ": "Q213", "DK": "Q35", "EG": "Q79", "EE": "Q191",
    "ET": "Q115", "FI": "Q33", "FR": "Q142", "GE": "Q230", "DE": "Q183", "GR": "Q41", "HU": "Q28",
    "IS": "Q189", "IN": "Q668", "ID": "Q252", "IR": "Q794", "IQ": "Q796", "IE": "Q27", "IL": "Q801",
    "IT": "Q38", "JP": "Q17", "JO": "Q810", "KZ": "Q232", "KE": "Q114", "KP": "Q423", "KR": "Q884",
    "KW": "Q817", "KG": "Q813", "LV": "Q211", "LB": "Q822", "LY": "Q1016", "LI": "Q347", "LT": "Q37",
    "LU": "Q32", "MY": "Q833", "MT": "Q233", "MX": "Q96", "MD": "Q217", "MC": "Q235", "MN": "Q711",
    "ME": "Q236", "MA": "Q1028", "NP": "Q837", "NL": "Q55", "NZ": "Q664", "NG": "Q1033", "MK": "Q221",
    "NO": "Q20", "OM": "Q842", "PK": "Q843", "PE": "Q419", "PH": "Q928", "PL": "Q36", "PT": "Q45",
    "QA": "Q846", "RO": "Q218", "RU": "Q159", "SM": "Q238", "SA": "Q851", "RS": "Q403", "SG": "Q334",
    "SK": "Q214", "SI": "Q215", "ZA": "Q258", "ES": "Q29", "LK": "Q854", "SD": "Q1049", "SE": "Q34",
    "CH": "Q39", "SY": "Q858", "TJ": "Q863", "TH": "Q869", "TN": "Q948", "TR": "Q43", "TM": "Q874",
    "UA": "Q212", "AE": "Q878", "GB": "Q145", "US": "Q30", "UZ": "Q265", "VE": "Q717", "VN": "Q881",
    "YE": "Q805", "TW": "Q865", "XK": "Q1246", "VA": "Q237",
}


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(";") if v.strip()]


def parse_table() -> dict[str, tuple[list[str], list[str], list[str], list[str]]]:
    rows = {}
    for line in TABLE.strip().splitlines():
        code, en_adj, de_adj, en_cap, de_cap = (c.strip() for c in line.split("|"))
        if code in rows:
            raise SystemExit(f"duplicate row {code}")
        rows[code] = (split(en_adj), split(de_adj), split(en_cap), split(de_cap))
    return rows


def currency(code: str) -> str | None:
    today = date(2026, 1, 1)  # fixed, so the file does not change with the build day
    found = get_territory_currencies(code, start_date=today, end_date=today, tender=True)
    return found[0] if found else None


def saint_forms(names: list[str]) -> list[str]:
    """ "Saint Kitts and Nevis" is also written "St. Kitts and Nevis" and "St Kitts and Nevis"."""
    out = []
    for name in names:
        for prefix in ("Saint ", "St. ", "St "):
            if name.startswith(prefix):
                rest = name[len(prefix):]
                out += [f"{p}{rest}" for p in ("Saint ", "St. ", "St ") if f"{p}{rest}" not in out]
    return out


def build_countries() -> list[dict]:
    rows = parse_table()
    codes = UN_MEMBERS + OTHER_STATES
    if len(UN_MEMBERS) != 193 or len(set(codes)) != len(codes) or set(rows) != set(codes):
        raise SystemExit("country table and member list disagree: " + str(set(codes) ^ set(rows)))
    en_terr, de_terr = Locale("en").territories, Locale("de").territories
    entries = []
    for code in codes:
        en_adj, de_adj, en_cap, de_cap = rows[code]
        found = pycountry.countries.get(alpha_2=code)
        iso3 = found.alpha_3 if found else NOT_IN_PYCOUNTRY[code]
        en_name = EN_NAMES.get(code, en_terr[code])
        de_name = DE_NAMES.get(code, de_terr[code])
        de_block = {
            "name": de_name,
            "aliases": [a for a in DE_ALIASES.get(code, []) if a != de_name],
            "adjectives": de_adj,
            "capital": de_cap,
            "government_metonyms": DE_METONYMS.get(code, []),
            "gender": DE_GENDER.get(code, "n"),
            "regular_genitive": code not in DE_IRREGULAR,
            "genitives": DE_GENITIVES.get(code, []),
            "inflections": DE_INFLECTIONS.get(code, []),
            "prefixes": DE_PREFIXES.get(code, []),
        }
        en_aliases = [a for a in EN_ALIASES.get(code, []) if a != en_name]
        en_aliases += official_forms(found, [en_name, *en_aliases])
        en_block = {
            "name": en_name,
            "aliases": en_aliases + [a for a in saint_forms([en_name, *en_aliases]) if a != en_name and a not in en_aliases],
            "adjectives": en_adj,
            "capital": en_cap,
            "government_metonyms": EN_METONYMS.get(code, []),
        }
        entries.append({
            "key": f"country:{code}",
            "iso2": code,
            "iso3": iso3,
            "wikidata": WIKIDATA.get(code),
            "currency": currency(code),
            "un_member": code in UN_MEMBERS,
            "monarchy": code in MONARCHIES,
            "ceded_forms": CEDED.get(code, []),
            "en": en_block,
            "de": de_block,
        })
    return entries


def official_forms(found, taken: list[str]) -> list[str]:
    """ISO 3166's official name ("Democratic People's Republic of Korea"), also with the typographic
    apostrophe news sites print; an inverted name with a comma ("Taiwan, Province of China") is no
    form a text uses."""
    name = getattr(found, "official_name", None) if found else None
    forms = [name] if name and "," not in name else []
    forms += [f.replace("'", "\u2019") for f in [*taken, *forms] if "'" in f]
    return [f for f in dict.fromkeys(forms) if f not in taken]


def canonical(entries: list[dict]) -> str:
    ordered = sorted(entries, key=lambda e: e.get("key") or e.get("en", ""))
    return json.dumps(ordered, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the files are up to date")
    args = parser.parse_args(argv)
    wanted = {"countries.json": canonical(build_countries())}
    for name in ("organizations.json", "persons.json", "roles.json"):
        path = LEXICON / name
        if path.exists():
            wanted[name] = canonical(json.loads(path.read_text(encoding="utf-8")))
    stale = []
    for name, text in wanted.items():
        path = LEXICON / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            tmp = path.with_suffix(".json.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
    if args.check and stale:
        print("not in canonical form: " + ", ".join(stale), file=sys.stderr)
        return 1
    for name in stale:
        print(f"wrote {LEXICON / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
