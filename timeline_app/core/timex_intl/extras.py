"""The few date words dateparser's locale data does not list, per language.

dateparser knows month and weekday names and phrases such as "gestern" or "la semaine
dernière"; news prose also needs the anaphoric "la veille" and "am Vortag" (the day
before the date last talked about), approximation and era words, the words that make a
weekday future, year ranges and decades, and the nouns that turn a number into an
amount ("2019 euros"). They are kept here, small and per language, all in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Extras:
    """Hand-kept words of one language.

    Attributes:
        anaphoric: phrase -> day offset from the date last talked about ("la veille": -1).
        last / next: modifiers that put a weekday before or after the reference
            ("dernier", "pasado", "letzten"); the lexicon adds those it can read from
            dateparser's "last week" phrases.
        weekday_lead: articles before a weekday ("am", "le", "el").
        approx / start / mid / end: words before a year or month ("etwa", "début").
        bce: era markers after a year ("v. Chr.").
        future: words that make a bare weekday or day future ("wird", "va", "será").
        year_lead: words after which a four-digit number is a year ("im Jahr", "en").
        vetoes: words that, right before a relative word, make it something else
            ("am Morgen" is the morning, not tomorrow; "bis heute" is a duration).
        range_words: (before, between) pairs around two years ("zwischen", "und").
        decade: a regex with a ``dec`` group for "1980er Jahre", "années 1970".
        numbers: number words dateparser's "simplifications" lack ("dos", "diez").
        not_after_year: nouns after a number that make it an amount ("euros").
        today_parts: phrase -> part of the reference day ("ce matin": "MO").
        not_weekdays: weekday names that are mostly other words (Portuguese "quinta",
            the fifth, for "quinta-feira").
        every: words before a date or weekday that make it a repetition, a set
            ("jeden Montag", "chaque 1er mai", "cada 19 de marzo").
        habitual: frequency words that make "today" mean "nowadays" ("Heute besuchen
            jährlich 500.000 Menschen die Burg").
        periods: ordinal + quarter or half-year noun -> TIMEX3 suffix ("dritten
            quartal": "Q3", "premier semestre": "H1").
        ce: era markers after a year of the common era ("50 apr. J.-C.").
        amount_approx: approximation words that, before a number and a lower-case word,
            count something ("ongeveer 1200 woningen", "environ 1500 personnes").
        past_parts: one word for a part of the day before the reference ("anoche").
        future_endings: a regex of verb endings that only the future tense has
            ("comparecerá", "se tiendra"), besides the words in ``future``.
        day_ranges: (before, between) pairs around two days ("du", "au").
        anaphoric_years: phrase -> year offset from the date last talked about ("het jaar
            daarop": +1, "l'année précédente": -1).
        ago_before: "ago" words before the amount that dateparser does not list
            (Romanian "acum trei ani").
    """

    anaphoric: dict[str, int]
    last: tuple[str, ...]
    next: tuple[str, ...]
    weekday_lead: tuple[str, ...]
    approx: tuple[str, ...]
    start: tuple[str, ...]
    mid: tuple[str, ...]
    end: tuple[str, ...]
    bce: tuple[str, ...]
    future: tuple[str, ...]
    year_lead: tuple[str, ...]
    vetoes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    range_words: tuple[tuple[str, str], ...] = ()
    decade: str = ""
    numbers: dict[str, int] = field(default_factory=dict)
    not_after_year: tuple[str, ...] = ()
    today_parts: dict[str, str] = field(default_factory=dict)
    not_weekdays: tuple[str, ...] = ()
    every: tuple[str, ...] = ()
    habitual: tuple[str, ...] = ()
    periods: dict[str, str] = field(default_factory=dict)
    ce: tuple[str, ...] = ()
    amount_approx: tuple[str, ...] = ()
    past_parts: dict[str, str] = field(default_factory=dict)
    future_endings: str = ""
    day_ranges: tuple[tuple[str, str], ...] = ()
    anaphoric_years: dict[str, int] = field(default_factory=dict)
    ago_before: tuple[str, ...] = ()


def _periods(
    ordinals: tuple[str, ...], quarter: tuple[str, ...], half: tuple[str, ...]
) -> dict[str, str]:
    """ "dritten quartal" -> "Q3": each ordinal (first to fourth, comma-separated
    spellings) with each quarter noun, the first two with each half-year noun."""
    table = {}
    for n, spellings in enumerate(ordinals, start=1):
        for ordinal in spellings.split(","):
            for noun in quarter:
                table[f"{ordinal} {noun}"] = f"Q{n}"
            for noun in half if n <= 2 else ():
                table[f"{ordinal} {noun}"] = f"H{n}"
    return table


GERMAN = Extras(
    anaphoric_years={"im jahr darauf": 1, "im folgenden jahr": 1, "ein jahr später": 1,
                     "im jahr zuvor": -1},
    anaphoric={"am vortag": -1, "am tag davor": -1, "am nächsten tag": 1,
               "am folgenden tag": 1, "tags darauf": 1, "am tag darauf": 1},
    last=("letzten", "letzte", "letztes", "vergangenen", "vergangene", "vorigen", "vorige"),
    next=("nächsten", "nächste", "kommenden", "kommende"),
    weekday_lead=("am", "an einem", "diesen", "vom"),
    approx=("etwa", "um", "circa", "ca.", "rund", "gegen"),
    start=("anfang",), mid=("mitte",), end=("ende",),
    bce=("v. chr.", "v.chr.", "vor christus"),
    future=("wird", "werde", "werden", "soll", "sollen", "will", "wollen", "plant", "planen",
            "läuft"),
    year_lead=("im jahr", "im jahre", "in", "seit", "bis", "ab", "von", "anfang", "mitte",
               "ende", "etwa", "um", "circa", "ca."),
    vetoes={"morgen": ("am", "heute", "gestern", "jeden", "guten", "dem", "den", "der"),
            "heute": ("bis", "von", "seit")},
    range_words=(("zwischen", "und"), ("von", "bis")),
    decade=r"(?P<dec>1\d\d|20\d)0er(?:\s+Jahren?|-Jahren?)?",
    not_after_year=("euro", "dollar", "franken", "prozent", "menschen", "personen",
                    "kilometer", "meter", "stück", "einwohner", "besucher", "mitarbeiter"),
    today_parts={"heute morgen": "MO", "heute früh": "MO", "heute vormittag": "MO",
                 "heute nachmittag": "AF", "heute abend": "EV", "heute nacht": "NI"},
    every=("jeden", "jede", "jedes", "jeweils am", "alljährlich am"),
    habitual=("jährlich", "täglich", "jedes jahr", "pro jahr", "im jahr", "alljährlich"),
    periods=_periods(("ersten,erste,1.", "zweiten,zweite,2.", "dritten,dritte,3.",
                      "vierten,vierte,4."), ("quartal",), ("halbjahr", "jahreshälfte")),
    ce=("n. chr.", "n.chr.", "nach christus"),
    day_ranges=(("vom", "bis zum"), ("vom", "bis"), ("zwischen dem", "und dem")),
)  # fmt: skip

FRENCH = Extras(
    anaphoric_years={"l'année suivante": 1, "l'année d'après": 1, "un an plus tard": 1,
                     "l'année précédente": -1},
    anaphoric={"la veille": -1, "l'avant-veille": -2, "le lendemain": 1,
               "le surlendemain": 2, "le jour suivant": 1, "le jour précédent": -1},
    last=("dernier", "dernière", "passé", "passée"),
    next=("prochain", "prochaine"),
    weekday_lead=("le", "ce", "dès"),
    approx=("vers", "environ", "aux alentours de"),
    start=("début", "au début de"), mid=("mi-", "à la mi-", "milieu"),
    end=("fin", "à la fin de"),
    bce=("av. j.-c.", "av. j-c", "avant jésus-christ"),
    future=("va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent"),
    year_lead=("en", "l'an", "depuis", "dès", "jusqu'en", "vers", "fin", "début", "courant",
               "de"),
    vetoes={"aujourd'hui": ("jusqu'à", "d'", "depuis")},
    range_words=(("entre", "et"), ("de", "à")),
    decade=r"années\s+(?P<dec>1\d\d|20\d)0",
    numbers={"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "vingt": 20, "cent": 100},
    not_after_year=("euro", "euros", "dollars", "francs", "personnes", "habitants",
                    "kilomètres", "mètres", "visiteurs", "salariés", "voyageurs"),
    today_parts={"ce matin": "MO", "cet après-midi": "AF", "ce soir": "EV", "cette nuit": "NI"},
    every=("chaque", "tous les", "toutes les"),
    habitual=("chaque année", "par an", "tous les ans", "chaque jour", "par jour"),
    periods=_periods(("premier,1er", "deuxième,second,2e", "troisième,3e", "quatrième,4e"),
                     ("trimestre",), ("semestre",)),
    ce=("apr. j.-c.", "après j.-c.", "après jésus-christ", "ap. j.-c."),
    amount_approx=("environ", "près de", "quelque"),
    future_endings=r"[a-zàâçéèêëîïôûùü]{2,}(?:ront|dra|era|ira|vra|ura)",
    day_ranges=(("du", "au"), ("entre le", "et le")),
)  # fmt: skip

SPANISH = Extras(
    anaphoric_years={"al año siguiente": 1, "el año siguiente": 1, "un año después": 1,
                     "un año más tarde": 1, "el año anterior": -1},
    anaphoric={"el día anterior": -1, "la víspera": -1, "al día siguiente": 1,
               "el día siguiente": 1},
    last=("pasado", "pasada", "anterior"),
    next=("próximo", "próxima", "que viene"),
    weekday_lead=("el", "este", "desde el", "hasta el"),
    approx=("hacia", "alrededor de", "cerca de", "aproximadamente en"),
    start=("principios de", "inicios de", "comienzos de"),
    mid=("mediados de",), end=("finales de", "fines de"),
    bce=("a. c.", "a.c.", "a. de c.", "antes de cristo"),
    future=("va a", "van a", "será", "serán", "prevé", "planea", "tendrá", "deberá"),
    year_lead=("en", "el año", "desde", "hasta", "hacia", "del año", "de"),
    vetoes={"mañana": ("la", "esta", "cada", "media", "una", "toda"),
            "hoy": ("hasta", "de")},
    range_words=(("entre", "y"), ("de", "a"), ("del", "al"), ("desde", "hasta")),
    decade=r"(?:década\s+de(?:\s+los)?|años)\s+(?P<dec>1\d\d|20\d)0",
    numbers={"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
             "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20, "cien": 100},
    not_after_year=("euros", "dólares", "personas", "habitantes", "kilómetros", "metros",
                    "visitantes", "trabajadores", "votos"),
    today_parts={"esta mañana": "MO", "esta tarde": "AF", "esta noche": "NI"},
    every=("cada", "todos los", "todas las"),
    habitual=("al año", "cada año", "por año", "anualmente", "al día", "cada día"),
    periods=_periods(("primer,1er", "segundo,2º", "tercer,3er", "cuarto,4º"),
                     ("trimestre",), ("semestre",)),
    ce=("d. c.", "d.c.", "después de cristo"),
    amount_approx=("aproximadamente", "cerca de", "unos", "unas"),
    past_parts={"anoche": "NI"},
    future_endings=r"\w{2,}r(?:á|án)",
    day_ranges=(("del", "al"), ("entre el", "y el")),
)  # fmt: skip

ITALIAN = Extras(
    anaphoric_years={"l'anno seguente": 1, "l'anno successivo": 1, "l'anno dopo": 1,
                     "un anno dopo": 1, "l'anno precedente": -1},
    anaphoric={"il giorno prima": -1, "la vigilia": -1, "il giorno dopo": 1,
               "l'indomani": 1, "il giorno seguente": 1},
    last=("scorso", "scorsa", "passato", "passata"),
    next=("prossimo", "prossima"),
    weekday_lead=("il", "di", "lo", "da"),
    approx=("intorno al", "verso il", "circa", "attorno al"),
    start=("inizio", "all'inizio del", "agli inizi del"), mid=("metà", "a metà"),
    end=("fine", "alla fine del"),
    bce=("a.c.", "a. c.", "avanti cristo"),
    future=("sarà", "saranno", "dovrebbe", "dovranno", "verrà", "prevede", "andrà"),
    year_lead=("nel", "dal", "al", "fino al", "entro il", "nell'anno", "del", "inizio",
               "fine", "metà"),
    vetoes={"oggi": ("a", "ad", "di", "fino")},
    range_words=(("tra il", "e il"), ("fra il", "e il"), ("dal", "al"), ("tra", "e")),
    decade=r"anni\s+(?P<dec>1\d\d|20\d)0",
    numbers={"uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
             "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "venti": 20, "cento": 100},
    not_after_year=("euro", "dollari", "persone", "abitanti", "chilometri", "metri",
                    "visitatori", "voti", "lavoratori"),
    today_parts={"stamattina": "MO", "stamani": "MO", "oggi pomeriggio": "AF",
                 "stasera": "EV", "stanotte": "NI"},
    every=("ogni", "tutti i", "tutte le"),
    habitual=("ogni anno", "all'anno", "l'anno", "ogni giorno", "al giorno"),
    periods=_periods(("primo", "secondo", "terzo", "quarto"), ("trimestre",), ("semestre",)),
    ce=("d.c.", "d. c.", "dopo cristo"),
    amount_approx=("circa", "quasi"),
    future_endings=r"\w{2,}r(?:à|anno|emo)",
    day_ranges=(("dal", "al"), ("tra il", "e il")),
)  # fmt: skip

PORTUGUESE = Extras(
    anaphoric_years={"no ano seguinte": 1, "o ano seguinte": 1, "um ano depois": 1,
                     "no ano anterior": -1},
    anaphoric={"na véspera": -1, "no dia anterior": -1, "no dia seguinte": 1},
    last=("passado", "passada"),
    next=("próximo", "próxima", "que vem"),
    weekday_lead=("na", "no", "a", "o"),
    approx=("por volta de", "cerca de"),
    start=("início de", "no início de"), mid=("meados de",),
    end=("final de", "fins de", "no final de"),
    bce=("a.c.", "a. c.", "antes de cristo"),
    future=("vai", "vão", "será", "serão", "deverá", "deverão", "irá"),
    year_lead=("em", "no ano", "desde", "até", "de"),
    vetoes={"hoje": ("até", "de")},
    range_words=(("entre", "e"), ("de", "a"), ("desde", "até")),
    decade=r"(?:década\s+de|anos)\s+(?P<dec>1\d\d|20\d)0",
    numbers={"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
             "sete": 7, "oito": 8, "nove": 9, "dez": 10, "vinte": 20, "cem": 100},
    not_after_year=("euros", "reais", "dólares", "pessoas", "habitantes", "quilômetros",
                    "quilómetros", "metros", "visitantes", "votos"),
    today_parts={"hoje de manhã": "MO", "hoje à tarde": "AF", "hoje à noite": "NI",
                 "esta manhã": "MO", "esta tarde": "AF", "esta noite": "NI"},
    not_weekdays=("segunda", "terça", "quarta", "quinta", "sexta"),
    every=("cada", "todos os", "todas as"),
    habitual=("por ano", "todos os anos", "cada ano", "por dia", "todos os dias"),
    periods=_periods(("primeiro", "segundo", "terceiro", "quarto"), ("trimestre",),
                     ("semestre",)),
    ce=("d.c.", "d. c.", "depois de cristo"),
    amount_approx=("cerca de", "quase", "aproximadamente"),
    past_parts={"ontem à noite": "NI"},
    future_endings=r"\w{2,}r(?:á|ão)",
    day_ranges=(("de", "a"), ("entre", "e")),
)  # fmt: skip

DUTCH = Extras(
    anaphoric_years={"het jaar daarop": 1, "het jaar daarna": 1, "een jaar later": 1,
                     "het jaar ervoor": -1},
    anaphoric={"de dag ervoor": -1, "de dag daarvoor": -1, "de volgende dag": 1,
               "de dag erna": 1, "de dag daarna": 1, "een dag later": 1},
    last=("vorige", "afgelopen", "jongstleden"),
    next=("volgende", "komende", "aanstaande"),
    weekday_lead=("op", "sinds"),
    approx=("rond", "omstreeks", "circa", "ongeveer", "ca."),
    start=("begin",), mid=("midden", "half"), end=("eind", "einde", "eind van"),
    bce=("v.chr.", "v. chr.", "voor christus"),
    future=("zal", "zullen", "gaat", "gaan", "moet", "moeten"),
    year_lead=("in", "sinds", "tot", "vanaf", "rond", "omstreeks", "begin", "eind", "midden",
               "het jaar", "van"),
    vetoes={"morgen": ("de", "die", "deze", "'s", "elke", "goede", "van", "een")},
    range_words=(("tussen", "en"), ("van", "tot")),
    decade=r"jaren\s+(?P<dec>1\d\d|20\d)0",
    numbers={"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
             "negen": 9, "tien": 10, "twintig": 20, "honderd": 100},
    not_after_year=("euro", "mensen", "inwoners", "kilometer", "meter", "bezoekers",
                    "werknemers", "stemmen", "huizen"),
    today_parts={"vanochtend": "MO", "vanmorgen": "MO", "vanmiddag": "AF", "vanavond": "EV",
                 "vannacht": "NI"},
    every=("elke", "iedere"),
    habitual=("jaarlijks", "per jaar", "elk jaar", "dagelijks", "per dag"),
    periods=_periods(("eerste", "tweede", "derde", "vierde"), ("kwartaal",),
                     ("helft", "halfjaar")),
    ce=("n.chr.", "n. chr.", "na christus"),
    amount_approx=("ongeveer", "bijna", "zo'n"),
    past_parts={"gisteravond": "EV", "gisterochtend": "MO", "gistermiddag": "AF",
                "gisternacht": "NI"},
    day_ranges=(("van", "tot"), ("tussen", "en")),
)  # fmt: skip

POLISH = Extras(
    anaphoric_years={"rok później": 1, "w następnym roku": 1, "w kolejnym roku": 1,
                     "rok wcześniej": -1},
    anaphoric={"dzień wcześniej": -1, "dzień później": 1, "następnego dnia": 1,
               "poprzedniego dnia": -1, "nazajutrz": 1},
    last=("zeszły", "zeszłym", "zeszłą", "ubiegły", "ubiegłym", "ubiegłą", "ostatni",
          "ostatnią"),
    next=("przyszły", "przyszłym", "przyszłą", "najbliższy", "najbliższą"),
    weekday_lead=("w", "we"),
    approx=("około", "ok.", "mniej więcej"),
    start=("na początku", "początek"), mid=("w połowie", "połowa"),
    end=("pod koniec", "koniec", "na koniec"),
    bce=("p.n.e.", "p. n. e.", "przed naszą erą", "przed chrystusem"),
    future=("będzie", "będą", "ma", "mają", "planuje", "zostanie", "zostaną"),
    year_lead=("w", "od", "do", "około", "ok.", "na początku", "pod koniec", "z", "roku",
               "w roku"),
    vetoes={"dziś": ("do", "od"), "dzisiaj": ("do", "od")},
    range_words=(("między", "a"), ("od", "do"), ("w latach", "-")),
    decade=r"latach\s+(?P<dec>1\d\d|20\d)0",
    numbers={"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
             "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10},
    not_after_year=("zł", "złotych", "euro", "osób", "mieszkańców", "km", "metrów", "tys",
                    "głosów", "pracowników"),
    today_parts={"dziś rano": "MO", "dzisiaj rano": "MO", "dziś wieczorem": "EV",
                 "dzisiaj wieczorem": "EV", "dziś w nocy": "NI"},
    every=("co", "każdego", "każdy", "każdą"),
    habitual=("rocznie", "co roku", "każdego roku", "dziennie", "codziennie"),
    periods=_periods(("pierwszym,pierwszy", "drugim,drugi", "trzecim,trzeci",
                      "czwartym,czwarty"), ("kwartale", "kwartał"), ("półroczu", "półrocze")),
    ce=("n.e.", "n. e.", "naszej ery"),
    amount_approx=("około", "ok.", "prawie", "blisko"),
    day_ranges=(("od", "do"),),
)  # fmt: skip

SWEDISH = Extras(
    anaphoric_years={"året därpå": 1, "året efter": 1, "ett år senare": 1, "året innan": -1},
    anaphoric={"dagen innan": -1, "dagen före": -1, "dagen efter": 1, "följande dag": 1,
               "dagen därpå": 1},
    last=("förra", "senaste", "i förrgår"),
    next=("nästa", "kommande"),
    weekday_lead=("i", "på", "under", "den"),
    approx=("omkring", "cirka", "ca", "runt", "kring"),
    start=("början av", "i början av"), mid=("mitten av", "i mitten av"),
    end=("slutet av", "i slutet av"),
    bce=("f.kr.", "f. kr.", "före kristus"),
    future=("ska", "skall", "kommer att", "planerar", "väntas"),
    year_lead=("år", "sedan", "från", "till", "under", "omkring", "början av", "slutet av",
               "mitten av", "i"),
    vetoes={},
    range_words=(("mellan", "och"), ("från", "till")),
    decade=r"(?P<dec>1\d\d|20\d)0-talet",
    numbers={"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
             "nio": 9, "tio": 10, "tjugo": 20, "hundra": 100},
    not_after_year=("kronor", "kr", "personer", "invånare", "kilometer", "meter", "besökare",
                    "anställda", "röster"),
    today_parts={"i morse": "MO", "i eftermiddag": "AF", "i kväll": "EV", "i natt": "NI"},
    every=("varje", "var"),
    habitual=("varje år", "per år", "årligen", "om året", "dagligen"),
    periods=_periods(("första", "andra", "tredje", "fjärde"), ("kvartalet",), ("halvåret",)),
    ce=("e.kr.", "e. kr.", "efter kristus"),
    amount_approx=("ungefär", "nästan", "drygt", "cirka"),
    day_ranges=(("från", "till"), ("mellan", "och")),
)  # fmt: skip

EXTRAS = {"de": GERMAN, "fr": FRENCH, "es": SPANISH, "it": ITALIAN, "pt": PORTUGUESE,
          "nl": DUTCH, "pl": POLISH, "sv": SWEDISH}  # fmt: skip
