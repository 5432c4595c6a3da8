"""Swedish municipal vocabulary and the sentences the generator builds from it.

The words are the ones real year-end reports use (Kalmar's reports in the seeds are the model),
with å, ä and ö where Swedish has them, so text-handling costs (ids, escaping, wrapping, collation)
are what they are on real data. Every function takes the caller's `random.Random`, so a seed
gives the same text every time.
"""

from __future__ import annotations

import random

BOARDS = [
    ("Kommunstyrelsen", "Kommunledningskontoret", "KS"),
    ("Barn- och ungdomsnämnden", "Barn- och ungdomsförvaltningen", "BUN"),
    ("Utbildningsnämnden", "Utbildningsförvaltningen", "UN"),
    ("Socialnämnden", "Socialförvaltningen", "SN"),
    ("Omsorgsnämnden", "Omsorgsförvaltningen", "ON"),
    ("Kultur- och fritidsnämnden", "Kultur- och fritidsförvaltningen", "KFN"),
    ("Samhällsbyggnadsnämnden", "Samhällsbyggnadskontoret", "SBN"),
    ("Miljö- och hälsoskyddsnämnden", "Miljö- och hälsoskyddsförvaltningen", "MHN"),
    ("Tekniska nämnden", "Tekniska förvaltningen", "TN"),
    ("Överförmyndarnämnden", "Överförmyndarenheten", "ÖFN"),
    ("Byggnadsnämnden", "Byggnadsförvaltningen", "BN"),
    ("Servicenämnden", "Serviceförvaltningen", "SEN"),
    ("Arbetsmarknadsnämnden", "Arbetsmarknadsförvaltningen", "AMN"),
    ("Räddningsnämnden", "Räddningstjänsten", "RN"),
    ("Fastighetsnämnden", "Fastighetsförvaltningen", "FN"),
]

FOCUS_AREAS = [
    ("Ordning och reda i ekonomin",
     ("Kommunens verksamheter ska bedrivas med god ekonomisk hushållning på både kort och lång "
      "sikt.")),
    ("Ett grönare Söderå",
     "Söderå ska vara en av Sveriges mest hållbara kommuner och ett föredöme inom miljöområdet."),
    ("Ett växande attraktivt Söderå",
     "Söderå ska växa med fler invånare, fler bostäder och ett starkt och mångsidigt näringsliv."),
    ("Hög kvalitet i välfärden",
     "Invånarna ska mötas av en likvärdig, trygg och tillgänglig välfärd med hög kvalitet."),
    ("Ett föredöme som arbetsgivare",
     "Kommunen ska vara en attraktiv arbetsgivare med friska medarbetare och ett gott ledarskap."),
]

FIRST_NAMES = [
    "Anna", "Björn", "Cecilia", "David", "Elin", "Fredrik", "Gunilla", "Håkan", "Ingrid", "Johan",
    "Karin", "Lars", "Maria", "Niklas", "Olof", "Pia", "Rasmus", "Sofia", "Torbjörn", "Ulrika",
    "Viktor", "Åsa", "Ängla", "Örjan", "Märta", "Göran", "Linnéa", "Jörgen", "Kjell", "Hanna",
]
LAST_NAMES = [
    "Andersson", "Berglund", "Carlsson", "Dahlström", "Ekström", "Forsberg", "Gustafsson",
    "Holmqvist", "Isaksson", "Johansson", "Karlsson", "Lindqvist", "Mårtensson", "Nordström",
    "Olsson", "Persson", "Sjöberg", "Svensson", "Törnqvist", "Wallin", "Åberg", "Ödman",
    "Öberg", "Lövgren", "Bäckström", "Sverkén", "Emrin", "Hägg", "Nyström", "Strömberg",
]
ROLES = [
    "Ekonomichef", "HR-chef", "IT-chef", "Kommundirektör", "Förvaltningschef", "Enhetschef",
    "Verksamhetschef", "Controller", "Upphandlingschef", "Kommunikationschef", "Säkerhetschef",
    "Miljöstrateg", "Planeringschef", "Näringslivschef", "Kanslichef", "Lönechef",
]

# Noun phrases a goal, an activity or a comment is about.
TOPICS = [
    "budget i balans", "kostnadseffektiv verksamhet", "digitala tjänster", "e-tjänster",
    "invånardialog", "servicegrad i telefoni", "kompetensförsörjning", "friskvård",
    "sjukfrånvaro", "arbetsmiljö", "ledarskap", "medarbetarskap", "jämställdhet",
    "tillgänglighet", "trygghet i stadsmiljön", "brottsförebyggande arbete", "folkhälsa",
    "fossilbränslefri kommun", "klimatanpassning", "koldioxidbudget", "energieffektivisering",
    "solcellsanläggningar", "laddinfrastruktur", "cykelvägar", "kollektivtrafik", "vattenstatus",
    "dagvattenhantering", "grönytor", "biologisk mångfald", "avfallshantering", "matsvinn",
    "bostadsförsörjning", "detaljplaner", "villatomter", "verksamhetsmark", "näringslivsklimat",
    "etablering av företag", "besöksnäring", "evenemang", "föreningsliv", "idrottsanläggningar",
    "bibliotek", "kulturskola", "förskola", "grundskola", "gymnasieskola", "vuxenutbildning",
    "elevhälsa", "måltidsverksamhet", "hemtjänst", "särskilt boende", "äldreomsorg",
    "funktionsstöd", "individ- och familjeomsorg", "försörjningsstöd", "arbetsmarknadsinsatser",
    "integration", "ensamkommande ungdomar", "krisberedskap", "informationssäkerhet",
    "dataskydd", "upphandling", "avtalstrohet", "intern kontroll", "attesthantering",
    "lönehantering", "fakturahantering", "diarieföring", "arkivhantering", "ärendehantering",
    "lokalförsörjning", "fastighetsunderhåll", "gatubelysning", "snöröjning", "räddningstjänst",
]
PLACES = [
    "centrum", "Norra hamnen", "Söderåsen", "Västra industriområdet", "Ängö", "Österbro",
    "Björkängen", "landsbygden", "tätorterna", "skärgården", "Kvarnholmen", "Lindsdal",
    "Smedby", "Rinkabyholm", "Ljungbyholm", "Tvärskog", "Påryd", "Läckeby",
]
GROUPS = [
    "invånare", "barn och unga", "äldre", "personer med funktionsnedsättning", "nyanlända",
    "medarbetare", "chefer", "företagare", "föreningar", "besökare", "studenter",
    "vårdnadshavare", "elever", "brukare", "anhöriga", "hyresgäster",
]
ADJECTIVES = [
    "ökad", "förbättrad", "stärkt", "hållbar", "effektiv", "likvärdig", "trygg", "tillgänglig",
    "jämställd", "digital", "attraktiv", "ändamålsenlig", "god", "förebyggande", "samordnad",
]
GOAL_PATTERNS = [
    "{Adj} {topic}", "{Adj} {topic} för {group}", "{Topic} i hela kommunen",
    "{Adj} {topic} i {place}", "Fler {group} ska uppleva {adj} {topic}",
    "{Topic} med fokus på {group}", "Minskad negativ påverkan genom {topic}",
]
ACTIVITY_VERBS = [
    "Ta fram en handlingsplan för", "Genomföra en översyn av", "Utveckla", "Införa",
    "Kartlägga", "Genomlysa", "Utreda förutsättningarna för",
    "Implementera ett nytt arbetssätt för",
    "Följa upp", "Revidera riktlinjerna för", "Samordna", "Utbilda chefer i",
    "Genomföra en dialog med {group} om", "Upphandla ett nytt system för", "Digitalisera",
    "Ta fram en modell för", "Analysera behovet av", "Säkerställa",
]
ASSIGNMENT_VERBS = [
    "Uppdrag att utreda", "Uppdrag att ta fram en strategi för", "Uppdrag att samordna",
    "Uppdrag att se över organisationen för", "Uppdrag att genomföra en förstudie om",
]
INDICATORS = [
    ("Servicegrad telefoni", "%", True), ("Andel nöjda invånare", "%", True),
    ("Sjukfrånvaro", "%", False), ("Personalomsättning", "%", False),
    ("Andel förnybar energi", "%", True), ("Antal färdigställda bostäder", "st", True),
    ("Handläggningstid bygglov", "dagar", False), ("Nettokostnadsavvikelse", "mnkr", True),
    ("Andel elever med behörighet till gymnasiet", "%", True),
    ("Väntetid till särskilt boende", "dagar", False), ("Antal besökare", "st", True),
    ("Andel ekologiska livsmedel", "%", True), ("Matsvinn per portion", "gram", False),
    ("Andel heltidsanställda", "%", True), ("Hållbart medarbetarengagemang (HME)", "index", True),
    ("Andel hushåll med försörjningsstöd", "%", False), ("Utsläpp av växthusgaser", "ton", False),
    ("Andel e-tjänster av ärenden", "%", True), ("Antal nya företag", "st", True),
    ("Trygghetsindex", "index", True),
]
PROCESS_NAMES = [
    "Ekonomi", "Personal", "IT och digitalisering", "Upphandling och inköp", "Kansli",
    "Kommunikation", "Säkerhet och beredskap", "Lön", "Fastighet", "Myndighetsutövning",
    "Ärendehantering", "Verksamhetsstöd", "Kvalitet", "Måltid", "Lokalförsörjning",
    "Näringsliv", "Samhällsplanering",
]
SUBPROCESSES = [
    "Attestera", "Redovisa", "Budgetera", "Rekrytera", "Anställa", "Avsluta anställning",
    "Upphandla", "Beställa", "Diarieföra", "Arkivera", "Betala ut", "Fakturera", "Planera",
    "Följa upp", "Handlägga", "Besluta", "Delegera", "Informera",
]
RISK_PATTERNS = [
    "Risk för brister i {topic}", "Risk att {topic} inte följer lagen",
    "Risk för felaktig {topic}", "Risk att rutiner för {topic} saknas",
    "Risk för otillräcklig kontroll av {topic}", "Risk för jäv vid {topic}",
    "Risk att kompetens inom {topic} går förlorad", "Risk för förseningar i {topic}",
]
CONTROL_PATTERNS = [
    "Stickprov av {topic}", "Granskning av {topic}", "Uppföljning av rutiner för {topic}",
    "Kontroll av behörigheter inom {topic}", "Genomgång av avtal för {topic}",
    "Avstämning av {topic}",
]
FREQUENCIES = [
    "En gång per år", "En gång under tidig höst", "Varje kvartal", "Två gånger per år",
    "Månadsvis", "Vid bokslut", "Löpande under året",
]
SECTION_TITLES = [
    "Väsentliga händelser", "Utfall", "Investeringsredovisning",
    "Väsentliga personalförhållanden", "Sjukfrånvaro", "Kvalitet, styrning och kontroll",
    "Intern kontroll", "Strategiska framtidsfrågor", "Riskanalys",
]
CONTRACTOR_AREAS = [
    "Hemtjänst i privat regi", "Särskilt boende, entreprenad", "Skolskjuts", "Städtjänster",
    "Gatudrift och vinterväghållning", "Måltidsleveranser", "Personlig assistans",
    "Fritidsgårdar", "Parkskötsel", "Avfallsinsamling",
]
CONTRACTOR_ROWS = [
    "Avtalsuppföljning", "Kvalitetsuppföljning", "Kundnöjdhet", "Miljökrav", "Bemanning",
    "Rapportering av avvikelser", "Ekonomisk stabilitet", "Arbetsrättsliga villkor",
]

# Sentences: {x} slots are filled from the lists above (see _fill).
SENTENCES = [
    "Under året har {org} arbetat vidare med {topic} i nära samverkan med {partner}.",
    ("Arbetet med {topic} har fortsatt enligt plan och bedöms vara klart under första kvartalet "
     "{next}."),
    "Utfallet för {year} blev {num} procent, vilket är {cmp} än målet på {num2} procent.",
    "Det totala utfallet visar ett {sign} motsvarande {money} mnkr jämfört med budget.",
    ("Med anledning av pandemins efterverkningar och kostnadsökningar har delar av arbetet fått "
     "skjutas fram till {next}."),
    ("En kartläggning av {topic} genomfördes under hösten och resultatet har redovisats för "
     "{board}."),
    "Inom {topic} har {count} åtgärder genomförts och ytterligare {count2} planeras till nästa år.",
    "Medarbetarenkäten visar att {group} upplever en förbättring jämfört med föregående år.",
    ("Målet bedöms som {assess} uppfyllt eftersom de flesta aktiviteter är genomförda men "
     "effekterna ännu inte syns fullt ut."),
    "Samverkan med {partner} har stärkts och ett gemensamt forum för {topic} har startats.",
    ("Handlingsplanens aktiviteter är genomförda med undantag av {topic}, som flyttas med till "
     "nästa års plan."),
    ("Rapporten är färdig och utfallet visar att det behöver jobbas vidare med metodstöd inom "
     "{topic}."),
    "Arbetet har försenats på grund av vakanser och svårigheter att rekrytera rätt kompetens.",
    ("Uppföljningen visar att {percent} av ärendena handläggs inom utsatt tid, vilket är en "
     "ökning från föregående år."),
    "Åtgärderna riktas särskilt mot {group} i {place} där behoven är störst.",
    "Ett nytt ärendehanteringssystem har upphandlats och driftsätts under våren {next}.",
    ("Kontrollen genomfördes genom stickprov av {count} ärenden; inga väsentliga avvikelser "
     "upptäcktes."),
    "Vid granskningen noterades att rutinen för {topic} inte är fullt känd i hela organisationen.",
    ("Dialogmöten med {group} har hållits i {place} och synpunkterna tas med i det fortsatta "
     "arbetet."),
    ("Kostnaderna för {topic} har ökat med {num} procent, främst till följd av högre "
     "energipriser och inflation."),
    ("Förvaltningen bedömer att arbetssättet är väl förankrat och att det ger förutsättningar "
     "för en budget i balans."),
    ("Sjukfrånvaron har minskat till {dec} procent, men korttidsfrånvaron är fortsatt hög inom "
     "{topic}."),
    "Översynen av {topic} visar på behov av tydligare ansvarsfördelning mellan förvaltningarna.",
    "Under årets sista kvartal påbörjades ett utvecklingsarbete tillsammans med {partner}.",
]
PARTNERS = [
    "Region Kalmar län", "Länsstyrelsen", "Polisen", "näringslivet", "civilsamhället",
    "de kommunala bolagen", "Linnéuniversitetet", "Arbetsförmedlingen", "Försäkringskassan",
    "grannkommunerna", "Sveriges Kommuner och Regioner (SKR)", "Trafikverket",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def responsible(rng: random.Random) -> str:
    return person(rng) if rng.random() < 0.75 else rng.choice(ROLES)


class _Slots(dict):
    """Fills a template's {slots} on demand: only the slots a sentence uses draw random numbers."""

    def __init__(self, rng: random.Random, org: str, year: int) -> None:
        super().__init__(org=org, year=year, next=year + 1)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "num2":
            value = str(min(100, int(self["num"]) + rng.choice((-6, -3, 2, 5, 8))))
        else:
            value = _SLOTS[key](rng)
        self[key] = value
        return value


_SLOTS = {
    "topic": lambda r: r.choice(TOPICS),
    "Topic": lambda r: r.choice(TOPICS).capitalize(),
    "partner": lambda r: r.choice(PARTNERS),
    "num": lambda r: str(r.randint(40, 99)),
    "cmp": lambda r: r.choice(("högre", "lägre")),
    "sign": lambda r: r.choice(("underskott", "överskott")),
    "money": lambda r: f"{r.choice(('-', ''))}{r.randint(0, 60)},{r.randint(0, 9)}",
    "board": lambda r: r.choice(BOARDS)[0].lower() if r.random() < 0.3 else "kommunstyrelsen",
    "count": lambda r: str(r.randint(2, 40)),
    "count2": lambda r: str(r.randint(1, 12)),
    "group": lambda r: r.choice(GROUPS),
    "assess": lambda r: r.choice(("helt", "delvis")),
    "percent": lambda r: f"{r.randint(50, 99)} %",
    "place": lambda r: r.choice(PLACES),
    "dec": lambda r: f"{r.randint(3, 9)},{r.randint(0, 9)}",
}


def _fill(template: str, rng: random.Random, org: str = "förvaltningen", year: int = 2025) -> str:
    return template.format_map(_Slots(rng, org, year))


def sentence(rng: random.Random, org: str = "förvaltningen", year: int = 2025) -> str:
    return _fill(rng.choice(SENTENCES), rng, org, year)


def paragraph(rng: random.Random, length: int, org: str = "förvaltningen",
              year: int = 2025) -> str:
    """Sentences until the paragraph is about `length` characters."""
    parts = [sentence(rng, org, year)]
    size = len(parts[0])
    while True:
        s = sentence(rng, org, year)
        if size + len(s) / 2 > length:  # stop nearest the length, not always past it
            return " ".join(parts)
        parts.append(s)
        size += len(s) + 1


def comment(rng: random.Random, org: str = "förvaltningen", year: int = 2025,
            mean: int = 300) -> str:
    """A comment of realistic length (about `mean` characters); some have two or three
    paragraphs, a few a bullet list, as officers write them."""
    length = max(60, int(rng.gauss(mean, mean / 4)))
    roll = rng.random()
    if roll < 0.15:
        n = rng.choice((2, 3))
        return "\n\n".join(paragraph(rng, length // n, org, year) for _ in range(n))
    if roll < 0.20:
        head = paragraph(rng, length // 2, org, year)
        bullets = "\n".join(f"- {rng.choice(TOPICS).capitalize()}: {rng.randint(2, 40)} insatser"
                            for _ in range(rng.randint(2, 4)))
        return f"{head}\n\n{bullets}"
    return paragraph(rng, length, org, year)


def goal_title(rng: random.Random) -> str:
    pattern = rng.choice(GOAL_PATTERNS)
    title = pattern.format(Adj=rng.choice(ADJECTIVES).capitalize(), adj=rng.choice(ADJECTIVES),
                           topic=rng.choice(TOPICS), Topic=rng.choice(TOPICS).capitalize(),
                           group=rng.choice(GROUPS), place=rng.choice(PLACES))
    return title


def activity_title(rng: random.Random, year: int) -> str:
    verb = rng.choice(ACTIVITY_VERBS).format(group=rng.choice(GROUPS))
    tail = rng.choice(("", "", f" i {rng.choice(PLACES)}", f" under {year}",
                       f" för {rng.choice(GROUPS)}", f" {year}-{(year + 1) % 100:02d}"))
    return f"{verb} {rng.choice(TOPICS)}{tail}"


def assignment_title(rng: random.Random) -> str:
    return f"{rng.choice(ASSIGNMENT_VERBS)} {rng.choice(TOPICS)} i {rng.choice(PLACES)}"


def risk_title(rng: random.Random) -> str:
    return rng.choice(RISK_PATTERNS).format(topic=rng.choice(TOPICS))


def control_title(rng: random.Random) -> str:
    return rng.choice(CONTROL_PATTERNS).format(topic=rng.choice(TOPICS))


def description(rng: random.Random, mean: int = 150) -> str:
    return paragraph(rng, max(40, int(rng.gauss(mean, mean / 4))))
