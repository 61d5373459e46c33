"""The facts of the big long-tail languages in Europe: Russian, Ukrainian, Bulgarian,
Croatian, Serbian, Greek, Hungarian and Catalan (see :class:`~.longtail_facts.Facts`);
:mod:`.longtail_table_asia` has the others. Grammar facts only: case forms, era and
century words, modifiers; nothing here is taken from an annotated article's sentences.
"""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.timex_intl.extras import _periods
from timeline_app.core.timex_intl.longtail_facts import Facts, months, weekdays, x
from timeline_app.core.timex_intl.longtail_table_asia import ASIA

_DEC = r"(?P<dec>1\d\d|20\d)0"
_SLAVIC_ROMAN = r"(?P<roman>[IVXL]{1,6})"
#: A decade of the 1900s written with two digits ("90-х годах"), read as such.
_SHORT = r"(?P<sdec>[1-9])0"

RUSSIAN = Facts(
    extras=x(
        anaphoric={"на следующий день": 1, "накануне": -1, "на другой день": 1},
        last=("прошлый", "прошлую", "прошлое", "прошлой", "прошлым", "минувший", "минувшую",
              "минувшее", "минувшей", "минувшим"),
        next=("следующий", "следующую", "следующее", "следующей", "следующим", "будущий",
              "будущую", "будущей", "будущим"),
        approx=("около", "примерно", "приблизительно", "ориентировочно"),
        start=("в начале", "начале", "с начала"), mid=("в середине", "середине"),
        end=("в конце", "конце", "к концу"),
        bce=("до н. э.", "до н.э.", "до нашей эры", "до р. х.", "до р.х."),
        ce=("н. э.", "н.э.", "нашей эры"),
        future=("будет", "будут", "буду", "планирует", "планируют", "планируется",
                "намерен", "намерена", "намерены", "собирается", "собираются",
                "ожидается", "состоится", "предстоит"),
        every=("каждый", "каждую", "каждое", "каждого", "каждой", "ежегодно", "по"),
        range_words=(("с", "по"), ("с", "до"), ("от", "до"), ("между", "и")),
        periods=_periods(("i,1,1-м,1-й,первом,первый", "ii,2,2-м,2-й,втором,второй",
                          "iii,3,3-м,3-й,третьем,третий",
                          "iv,4,4-м,4-й,четвертом,четвёртом,четвертый,четвёртый"),
                         ("квартале", "квартал", "квартала", "кв."),
                         ("полугодии", "полугодие", "полугодия")),
        amount_approx=("около", "примерно", "приблизительно"),
    ),
    year_after=("году", "года", "год", "гг.", "-м году", "-го года", "-й год"),
    this_week=("этой", "этим", "эту", "этот", "это"),
    weekdays=weekdays("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы",
                      "воскресенья"),
    months=months("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                  "сентябре", "октябре", "ноябре", "декабре"),
    month_lead=("в", "во"),
    century=rf"{_SLAVIC_ROMAN}\s+(?:век[аеу]?|вв?\.)|(?P<num>[12]?\d)[-‑]?(?:м|го|й)?\s+век[аеу]?",
    decade=rf"{_DEC}[-‑](?:х|x|е)(?:\s+(?:годах|годов|годы|гг\.))?"
           rf"|{_SHORT}[-‑](?:х|x|е)\s+(?:годах|годов|годы|гг\.)",
    seasons={"весной": "SP", "весна": "SP", "весны": "SP", "летом": "SU", "лето": "SU",
             "лета": "SU", "осенью": "FA", "осень": "FA", "осени": "FA", "зимой": "WI",
             "зима": "WI", "зимы": "WI"},
    later=("спустя", "позже", "позднее"), earlier=("раньше", "ранее"),
    past_verb=r"\b\w+(?:л|ла|ло|ли|лся|лась|лось|лись)\b",
    published=("опубликовано", "дата публикации", "обновлено"),
    number_words=("номер", "номером", "маршрут", "рейс", "автобус", "модель", "серии"),
)  # fmt: skip

UKRAINIAN = Facts(
    extras=x(
        anaphoric={"наступного дня": 1, "напередодні": -1},
        anaphoric_years={"наступного року": 1, "попереднього року": -1},
        last=("минулого", "минулої", "минулий", "минулу", "минулої"),
        next=("наступного", "наступної", "наступний", "наступну"),
        approx=("близько", "приблизно", "орієнтовно"),
        start=("на початку", "початку"), mid=("в середині", "у середині"),
        end=("наприкінці", "в кінці", "у кінці", "кінці"),
        bce=("до н. е.", "до н.е.", "до нашої ери"), ce=("н. е.", "н.е.", "нашої ери"),
        future=("буде", "будуть", "планує", "планують", "планується", "відбудеться",
                "має", "мають", "мали б"),
        every=("кожного", "кожної", "кожен", "кожну", "щороку", "щотижня"),
        range_words=(("з", "по"), ("з", "до"), ("від", "до"), ("між", "і")),
        periods=_periods(("i,1,першому,перший", "ii,2,другому,другий", "iii,3,третьому,третій",
                          "iv,4,четвертому,четвертий"), ("кварталі", "квартал", "кварталу"),
                         ("півріччі", "півріччя")),
        amount_approx=("близько", "приблизно"),
    ),
    year_after=("році", "року", "рік", "рр.", "-му році", "-го року", "-й рік"),
    this_week=("цього", "цієї", "цей", "цю", "цим", "цієї"),
    months=months("січні", "лютому", "березні", "квітні", "травні", "червні", "липні",
                  "серпні", "вересні", "жовтні", "листопаді", "грудні"),
    month_lead=("в", "у"),
    weekdays=weekdays("понеділка", "вівторка", "середи", "четверга", "п'ятниці,п’ятниці",
                      "суботи", "неділі"),
    century=rf"{_SLAVIC_ROMAN}\s+(?:столітті|століття|ст\.)"
            r"|(?P<num>[12]?\d)[-‑]?(?:му|го|й)?\s+(?:столітті|століття)",
    decade=rf"{_DEC}[-‑](?:х|ті)(?:\s+(?:роках|років|роки|рр\.))?"
           rf"|{_SHORT}[-‑](?:х|ті)\s+(?:роках|років|роки|рр\.)",
    seasons={"навесні": "SP", "весною": "SP", "весна": "SP", "весни": "SP", "влітку": "SU",
             "літом": "SU", "літо": "SU", "літа": "SU", "восени": "FA", "осінь": "FA",
             "осені": "FA", "взимку": "WI", "зимою": "WI", "зима": "WI", "зими": "WI"},
    later=("потому", "пізніше", "згодом"), earlier=("раніше",),
    past_verb=r"\b\w+(?:в|ла|ло|ли|вся|лася|лося|лися)\b",
    published=("опубліковано", "дата публікації", "оновлено"),
    number_words=("номер", "номером", "маршрут", "рейс", "автобус", "модель", "серії"),
)  # fmt: skip

BULGARIAN = Facts(
    extras=x(
        last=("миналия", "миналата", "миналото"), next=("следващия", "следващата", "другия"),
        approx=("около", "приблизително"),
        start=("в началото на", "началото на"), end=("в края на", "края на"),
        bce=("пр. хр.", "пр.хр.", "пр. н. е.", "пр.н.е."), ce=("сл. хр.", "сл.хр."),
        future=("ще",),
        every=("всеки", "всяка", "всяко"), range_words=(("от", "до"), ("между", "и")),
    ),
    year_after=("година", "годината", "г."),
    month_lead=("през", "в"),
    seasons={"пролетта": "SP", "пролет": "SP", "лятото": "SU", "лято": "SU", "есента": "FA",
             "есен": "FA", "зимата": "WI", "зима": "WI"},
    joins=("на",),  # "пролетта на 2026", "пролетта на следващата година"
    century=rf"{_SLAVIC_ROMAN}\s+(?:век|в\.)",
    # "60-те години на XX век": two digits of the 20th century (other centuries unread)
    decade=rf"{_DEC}-те(?:\s+години)?|{_SHORT}-те\s+години(?:\s+на\s+XX\s+(?:век|в\.))?",
    published=("публикувано",),
)  # fmt: skip

_CROATIAN_EXTRAS = x(
    anaphoric={"sutradan": 1, "dan prije": -1, "dan ranije": -1, "dan poslije": 1},
    last=("prošli", "prošle", "prošlog", "prošlu"),
    next=("sljedeći", "sljedeće", "sljedećeg", "sljedeću", "idući", "iduće", "idućeg",
          "iduću", "sledeći", "sledeće"),
    approx=("oko", "otprilike", "približno", "cca", "cca."),
    start=("početkom",), mid=("sredinom",), end=("krajem",),
    bce=("pr. kr.", "pr.kr.", "prije krista", "pr. n. e.", "pr.n.e.", "p. n. e.", "p.n.e.",
         "pre nove ere", "prije nove ere"),
    ce=("po. kr.", "po kr.", "n. e.", "nove ere"),
    future=("će", "ćemo", "ćete", "ću", "planira", "planiraju"),
    every=("svake", "svaki", "svakog", "svaku", "svakoga"),
    range_words=(("od", "do"), ("između", "i")),
    periods=_periods(("prvom,prvo,prvoj", "drugom,drugo,drugoj", "trećem,treće",
                      "četvrtom,četvrto"),
                     ("tromjesečju", "tromjesečje", "kvartalu", "kvartal"),
                     ("polovici", "polugodištu")),
    amount_approx=("oko", "otprilike", "približno"),
)  # fmt: skip

CROATIAN = Facts(
    extras=_CROATIAN_EXTRAS,
    year_after=("godine", "godini", "god."), counting=("godina",),
    months=months("siječnju", "veljači", "ožujku", "travnju", "svibnju", "lipnju", "srpnju",
                  "kolovozu", "rujnu", "listopadu", "studenom,studenome", "prosincu"),
    month_lead=("u",),
    weekdays=weekdays("ponedjeljka", "utorka", "srijedu", "četvrtka", "petka", "subotu",
                      "nedjelju"),
    century=r"(?P<num>[12]?\d)\.\s+(?:stoljeću|stoljeća|stoljeće|st\.|vijeku|vijeka|vijek)",
    decade=rf"{_DEC}-ih(?:\s+godina)?|{_SHORT}-ih\s+godina",
    seasons={"proljeće": "SP", "proljeća": "SP", "ljeto": "SU", "ljeta": "SU", "ljeti": "SU",
             "jesen": "FA", "jeseni": "FA", "zima": "WI", "zimi": "WI", "zime": "WI"},
    later=("kasnije", "poslije", "nakon toga"), earlier=("ranije", "prije toga"),
    past_verb=r"\b\w+(?:ao|la|li|lo|le|io|eo|uo)\b",
    published=("objavljeno", "ažurirano"),
    number_words=("broj", "linija", "linije", "model", "let"),
)  # fmt: skip

_SERBIAN_MONTHS = months(
    "januara,januaru,јануара,јануару", "februara,februaru,фебруара,фебруару",
    "marta,martu,марта,марту", "aprila,aprilu,априла,априлу", "maja,maju,маја,мају",
    "juna,junu,јуна,јуну", "jula,julu,јула,јулу", "avgusta,avgustu,августа,августу",
    "septembra,septembru,септембра,септембру", "oktobra,oktobru,октобра,октобру",
    "novembra,novembru,новембра,новембру", "decembra,decembru,децембра,децембру")

SERBIAN = Facts(
    extras=_CROATIAN_EXTRAS, months=_SERBIAN_MONTHS, month_lead=("u", "у"),
    year_after=("godine", "godini", "године", "години", "god.", "год."),
    counting=("godina", "година"),
    century=r"(?P<num>[12]?\d)\.\s+(?:veku|veka|vek|vijeku|vijeka|веку|века|век)",
    decade=rf"{_DEC}-(?:ih|их)(?:\s+(?:godina|година))?",
    published=("objavljeno", "објављено"),
)  # fmt: skip

GREEK = Facts(
    extras=x(
        anaphoric={"την επόμενη μέρα": 1, "την επομένη": 1, "την προηγούμενη μέρα": -1},
        last=("την περασμένη", "περασμένη", "το περασμένο", "περασμένο",
              "την προηγούμενη", "προηγούμενη", "τον περασμένο", "περασμένο",
              "τον προηγούμενο"),
        next=("την επόμενη", "επόμενη", "την ερχόμενη", "ερχόμενη", "το επόμενο", "επόμενο",
              "το ερχόμενο", "ερχόμενο", "τον επόμενο", "τον ερχόμενο"),
        weekday_lead=("την", "τη", "το"),
        approx=("περίπου", "γύρω στο", "γύρω στα"),
        start=("αρχές", "στις αρχές", "αρχές του"), mid=("μέσα", "στα μέσα", "μέσα του"),
        end=("τέλη", "στα τέλη", "τέλη του", "τέλος"),
        bce=("π.χ.", "π. χ.", "προ χριστού"), ce=("μ.χ.", "μ. χ."),
        future=("θα",), year_lead=("το", "του", "από το", "έως το", "ως το", "στο", "μέχρι το"),
        every=("κάθε",),
        range_words=(("από το", "έως το"), ("από το", "ως το"), ("από το", "μέχρι το"),
                     ("από", "έως"), ("μεταξύ", "και")),
        periods=_periods(("πρώτο,α'", "δεύτερο,β'", "τρίτο,γ'", "τέταρτο,δ'"),
                         ("τρίμηνο", "τρίμηνο του"), ("εξάμηνο",)),
        amount_approx=("περίπου",),
    ),
    months=months("ιανουάριο", "φεβρουάριο", "μάρτιο", "απρίλιο", "μάιο", "ιούνιο", "ιούλιο",
                  "αύγουστο", "σεπτέμβριο", "οκτώβριο", "νοέμβριο", "δεκέμβριο"),
    month_lead=("τον", "το"), joins=("του",),
    century=r"(?P<num>[12]?\d)(?:ος|ο|ου)\s+αιώνα[ς]?",
    decade=rf"(?:τη\s+|στη\s+)?δεκαετία\s+του\s+{_DEC}",
    seasons={"την άνοιξη": "SP", "άνοιξη": "SP", "το καλοκαίρι": "SU", "καλοκαίρι": "SU",
             "το φθινόπωρο": "FA", "φθινόπωρο": "FA", "τον χειμώνα": "WI", "χειμώνα": "WI"},
    later=("αργότερα",), earlier=("νωρίτερα",),
    relative={"πέρυσι": ("year", -1), "προχθές": ("day", -2), "μεθαύριο": ("day", 2)},
    units={"μήνα": "month", "μήνες": "month", "εβδομάδα": "week", "εβδομάδες": "week",
           "χρόνο": "year", "χρόνια": "year", "ημέρες": "day", "μέρες": "day"},
    published=("δημοσιεύθηκε", "δημοσίευση", "ενημερώθηκε"),
    number_words=("αριθμός", "αριθμό", "λεωφορείο", "γραμμή", "πτήση"),
)  # fmt: skip

_HU_DECADES = ("tízes", "húszas", "harmincas", "negyvenes", "ötvenes", "hatvanas", "hetvenes",
               "nyolcvanas", "kilencvenes")

HUNGARIAN = Facts(
    extras=x(
        anaphoric={"másnap": 1, "előző nap": -1, "előző napon": -1},
        anaphoric_years={"egy évvel később": 1, "a következő évben": 1, "egy évvel korábban": -1},
        last=("múlt", "a múlt", "előző", "az előző"), next=("jövő", "a jövő", "következő",
                                                           "a következő"),
        approx=("körülbelül", "mintegy", "nagyjából", "kb.", "kb"),
        bce=("i. e.", "i.e.", "kr. e.", "kr.e.", "időszámításunk előtt"),
        ce=("i. sz.", "i.sz.", "kr. u.", "kr.u."),
        future=("fog", "fogják", "fogja", "fogjuk", "tervezik", "tervezi", "várhatóan"),
        every=("minden", "minden év", "minden évben", "minden héten", "évente", "hetente"),
        periods=_periods(("első,i.,1.", "második,ii.,2.", "harmadik,iii.,3.", "negyedik,iv.,4."),
                         ("negyedévében", "negyedévben", "negyedév", "negyedévére"),
                         ("félévében", "félévben", "félév", "félévére")),
    ),
    year_after=("-ben", "-ban", "-ig", "-től", "-tól", "évben"),
    month_suffixes=("ban", "ben", "ig", "tól", "től", "ra", "re", "ában", "ében", "jában"),
    year_trail=("óta",),
    day_marks=("-jén", "-jéig", "-jétől", "-jére", "-ján", "-jáig", "-jától", "-jára", "-én",
               "-án", "-ig", "-re", "-ra"),
    this_week=("ezen a", "ezen az", "e"),
    weekdays=weekdays("hétfőn,hétfőre,hétfőig", "kedden,keddre,keddig",
                      "szerdán,szerdára,szerdáig", "csütörtökön,csütörtökre,csütörtökig",
                      "pénteken,péntekre,péntekig", "szombaton,szombatra,szombatig",
                      "vasárnap,vasárnapra,vasárnapig"),
    century=r"(?:(?P<num>[12]?\d)|(?P<roman>[IVXL]{1,6}))\.\s+század(?:ban|ig|tól|ra|ot|i)?",
    decade=rf"{_DEC}-(?:as|es)\s+év(?:ek|ekben|eket|ekre|ektől|eiben)"
           rf"|(?:az?\s+)?(?P<dword>{'|'.join(_HU_DECADES)})\s+év(?:ek|ekben|eket|ekre|ektől|eiben)",
    decade_words={w: f"19{n}" for n, w in enumerate(_HU_DECADES, start=1)},
    pos_after={"elején": "START", "közepén": "MID", "végén": "END", "táján": "APPROX",
               "körül": "APPROX"},
    seasons={"tavaszán": "SP", "tavasszal": "SP", "nyarán": "SU", "nyáron": "SU",
             "őszén": "FA", "ősszel": "FA", "telén": "WI", "télen": "WI"},
    relative={"múlt héten": ("week", -1), "a múlt héten": ("week", -1),
              "jövő héten": ("week", 1), "a jövő héten": ("week", 1), "ezen a héten": ("week", 0),
              "múlt hónapban": ("month", -1), "jövő hónapban": ("month", 1),
              "tavaly": ("year", -1), "jövőre": ("year", 1), "idén": ("year", 0)},
    later=("később", "múlva"), earlier=("korábban",),
    published=("közzétéve", "megjelent", "publikálva", "frissítve"),
    number_words=("szám", "számú", "járat", "busz", "vonal"),
)  # fmt: skip

_CA_DECADES = ("vint", "trenta", "quaranta", "cinquanta", "seixanta", "setanta", "vuitanta",
               "noranta")

CATALAN = Facts(
    extras=x(
        anaphoric={"l'endemà": 1, "el dia següent": 1, "el dia anterior": -1},
        anaphoric_years={"l'any següent": 1, "l'any anterior": -1, "un any després": 1},
        last=("passat", "passada"), next=("el pròxim", "pròxim", "el proper", "proper",
                                          "la pròxima", "la propera", "vinent", "que ve"),
        weekday_lead=("el", "aquest"),
        approx=("cap al", "cap a", "vers al", "vers el", "prop del", "al voltant del",
                "aproximadament"),
        start=("a principis de", "principis de", "a inicis de", "inicis de", "a començaments de"),
        mid=("a mitjan", "mitjan", "a mitjans de"),
        end=("a finals de", "finals de", "a final de", "a la fi de"),
        bce=("ac", "a. c.", "a.c.", "abans de crist"), ce=("dc", "d. c.", "d.c."),
        future_endings=r"\w+(?:rà|ran|ré|rem|reu)",
        year_lead=("el", "al", "del", "l'any", "des del", "fins al"),
        every=("cada", "tots els", "totes les"),
        range_words=(("de", "a"), ("del", "al"), ("entre", "i"), ("entre el", "i el")),
        periods=_periods(("primer", "segon", "tercer", "quart"), ("trimestre",), ("semestre",)),
        amount_approx=("cap a", "aproximadament", "prop de"),
    ),
    year_before=("l'any", "any"),
    weekday_post_last=("passat",), weekday_post_next=("vinent", "que ve"),
    century=r"(?:el\s+)?segle\s+(?P<roman>[IVXL]{1,6})",
    decade=rf"(?:la\s+)?dècada\s+(?:de\s+|dels\s+)?(?:anys\s+)?{_DEC}"
           rf"|(?:els\s+)?anys\s+{_DEC.replace('dec', 'dec2')}"
           rf"|(?:els\s+)?anys\s+(?P<dword>{'|'.join(_CA_DECADES)})"
           r"|(?:els\s+)?anys\s+(?P<sdec>[1-9])0(?!\d)",
    decade_words={w: f"19{n}" for n, w in enumerate(_CA_DECADES, start=2)},
    seasons={"la primavera": "SP", "primavera": "SP", "l'estiu": "SU", "estiu": "SU",
             "la tardor": "FA", "tardor": "FA", "l'hivern": "WI", "hivern": "WI"},
    later=("després", "més tard"), earlier=("abans",),
    units={"dies": "day", "setmanes": "week", "mesos": "month", "anys": "year"},
    numbers={"dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6, "set": 7,
             "vuit": 8, "nou": 9, "deu": 10},
    published=("publicat", "publicada", "actualitzat", "data de publicació"),
    number_words=("número", "línia", "vol", "model", "autobús"),
)  # fmt: skip

FACTS: dict[str, Facts] = {
    "ru": RUSSIAN, "uk": UKRAINIAN, "bg": BULGARIAN, "hr": CROATIAN,
    "bs": replace(CROATIAN, months={**CROATIAN.months, **_SERBIAN_MONTHS}),
    "sr": SERBIAN, "el": GREEK, "hu": HUNGARIAN, "ca": CATALAN, **ASIA,
}  # fmt: skip
