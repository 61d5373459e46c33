"""Dates in the languages known from dateparser's data alone (Russian, Japanese, Arabic…).

Each language gets day-month-year in its own order, month-year, marked years, numeric
dates, weekdays, relative words and "N units ago" from dateparser's lists, with a
derived surface and no hand-kept words; the traps (amounts, durations) give nothing.
"""

from __future__ import annotations

import re

import pytest

from tests.core.intl.mentions import found
from timeline_app.core.timex_intl import tag
from timeline_app.core.timex_intl.lexicon import lexicon
from timeline_app.core.timex_intl.longtail import codes
from timeline_app.core.timex_intl.surface import surface
from timeline_app.model import Day

REF = Day(2021, 6, 16)  # a Wednesday

#: Languages where a month cannot round-trip: its only name in dateparser has two
#: letters ("me", May, in Zarma and Koyra Chiini; "du", November, in Breton; "ut",
#: August), a word in other languages, so the precision rule leaves it out. Language ->
#: how many months are missing.
SHORT_MONTHS = {"bm": 1, "br": 1, "dje": 2, "dyo": 1, "khq": 2, "mfe": 1, "ses": 2, "to": 1,
                "twq": 2}  # fmt: skip


def _found(text: str, code: str) -> list[tuple[str, str]]:
    return [(text_, value) for text_, value, _ in found(text, code, REF)]


def _month_names(code: str) -> dict[int, str]:
    """The longest name of each month in the language's lexicon (its full name)."""
    best: dict[int, str] = {}
    for name, number in lexicon(code).months.items():
        if len(name) > len(best.get(number, "")):
            best[number] = name
    return best


def test_every_dateparser_language_is_supported() -> None:
    supported = codes()
    assert len(supported) >= 185
    assert {"ru", "ja", "zh", "ar", "hi", "ko", "vi", "de", "no", "fil", "sr"} <= supported
    assert "en" not in supported  # English has its own tagger
    assert len(SHORT_MONTHS) <= 10


@pytest.mark.parametrize("code", sorted(codes()))
def test_a_full_date_round_trips_in_the_locale_order(code: str) -> None:
    """ "17 <month> 2019" (or 2019 <month> 17, <month> 17, 2019) for every month, built
    from dateparser's own names, reads back as that day with exact offsets."""
    names = _month_names(code)
    assert 12 - len(names) == SHORT_MONTHS.get(code, 0)
    sf = surface(code)
    day = "17" if re.fullmatch(sf.day, "17") else "17."  # German "17. Mai"
    for number, name in names.items():
        if sf.order == "YMD":
            text = f"2019 {name} {day}"
        elif sf.order == "MDY":
            text = f"{name} {day}, 2019"
        else:
            text = f"{day} {name} 2019"
        mentions = tag(text, reference=REF, language=code)
        assert [(m.start, m.end, m.value) for m in mentions] == [
            (0, len(text), f"2019-{number:02d}-17")
        ], text


# One sentence with a date and a relative word, and one trap, per language.
SENTENCES = [
    ("ru", "Завод открыли 29 сентября 2019 года, а вчера его закрыли.",
     [("29 сентября 2019 года", "2019-09-29"), ("вчера", "2021-06-15")]),
    ("ru", "В прошлом году и в 2015 году, 3 года назад.",
     [("В прошлом году", "2020"), ("2015 году", "2015"), ("3 года назад", "2018")]),
    # no past verb in the weekday's clause: the coming Friday (Russian's past-verb shape)
    ("ru", "В пятницу, 12.05.2017 и 2018 г. тоже.",
     [("пятницу", "2021-06-18"), ("12.05.2017", "2017-05-12"), ("2018 г.", "2018")]),
    ("ru", "Три года назад завод закрыли, две недели назад открыли.",
     [("Три года назад", "2018"), ("две недели назад", "2021-W22")]),
    ("uk", "Угоду підписали 24 серпня 1991 року, а вчора її оприлюднили.",
     [("24 серпня 1991 року", "1991-08-24"), ("вчора", "2021-06-15")]),
    ("el", "Η γέφυρα άνοιξε στις 12 Μαΐου 2004 και έκλεισε χθες.",
     [("12 Μαΐου 2004", "2004-05-12"), ("χθες", "2021-06-15")]),
    ("el", "ΑΘΗΝΑ, 12 ΜΑΪΟΥ 2004 – ΧΘΕΣ",  # capitals drop the tonos
     [("12 ΜΑΪΟΥ 2004", "2004-05-12"), ("ΧΘΕΣ", "2021-06-15")]),
    ("hu", "A hidat 2004. május 12-én adták át, és tegnap lezárták.",
     [("2004. május 12-én", "2004-05-12"), ("tegnap", "2021-06-15")]),
    ("id", "Jembatan itu dibuka pada 12 Mei 2004 dan ditutup kemarin.",
     [("12 Mei 2004", "2004-05-12"), ("kemarin", "2021-06-15")]),
    ("ca", "El pont es va inaugurar el 12 de maig de 2004 i ahir es va tancar.",
     [("12 de maig de 2004", "2004-05-12"), ("ahir", "2021-06-15")]),
    ("hr", "Most je otvoren 12. svibnja 2004., a jučer je zatvoren.",
     [("12. svibnja 2004", "2004-05-12"), ("jučer", "2021-06-15")]),
    ("ar", "افتتح الجسر في 12 مايو 2004 وأغلق أمس.",
     [("12 مايو 2004", "2004-05-12"), ("أمس", "2021-06-15")]),
    ("ar", "افتتح الجسر في ١٢ مايو ٢٠٠٤.", [("١٢ مايو ٢٠٠٤", "2004-05-12")]),
    ("hi", "पुल 12 मई 2004 को खोला गया और आज बंद किया गया।",
     [("12 मई 2004", "2004-05-12"), ("आज", "2021-06-16")]),
    ("hi", "पुल १२ मई २००४ को खोला गया।", [("१२ मई २००४", "2004-05-12")]),
    ("ja", "橋は2004年5月12日に開通し、昨日閉鎖された。",
     [("2004年5月12日", "2004-05-12"), ("昨日", "2021-06-15")]),
    ("ja", "計画は2019年9月に発表され、2018年に承認され、3年前に始まった。",
     [("2019年9月", "2019-09"), ("2018年", "2018"), ("3年前", "2018")]),
    ("zh", "大桥于2004年5月12日通车，昨天关闭。",
     [("2004年5月12日", "2004-05-12"), ("昨天", "2021-06-15")]),
    ("zh", "去年完工。", [("去年", "2020")]),
    ("ko", "다리는 2004년 5월 12일에 개통되었고 어제 폐쇄되었다.",
     [("2004년 5월 12일", "2004-05-12"), ("어제", "2021-06-15")]),
    ("vi", "Cây cầu được khánh thành ngày 12 tháng 5 năm 2004 và bị đóng cửa hôm qua.",
     [("12 tháng 5 năm 2004", "2004-05-12"), ("hôm qua", "2021-06-15")]),
    ("th", "เปิดเมื่อวันที่ 12 พฤษภาคม 2547", [("12 พฤษภาคม 2547", "2004-05-12")]),
    ("lt", "Tiltas atidarytas 2004 m. gegužės 12 d.", [("2004 m. gegužės 12 d.", "2004-05-12")]),
    ("fil", "Binuksan ang tulay noong Mayo 12, 2004.", [("Mayo 12, 2004", "2004-05-12")]),
    ("fa", "پل در ۱۲ مه ۲۰۰۴ افتتاح شد.", [("۱۲ مه ۲۰۰۴", "2004-05-12")]),
]  # fmt: skip


@pytest.mark.parametrize(("code", "text", "expected"), SENTENCES)
def test_dates_and_relative_words(code: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, code) == expected


TRAPS = [
    ("ru", "Цена выросла до 2000 рублей за две недели."),
    ("ru", "Этому городу более 1000 лет."),  # 1000 years (a plural that counts), not 1000
    ("ru", "Он работал там два года."),  # a duration: no "назад"
    ("uk", "Ремонт тривав 2 тижні і коштував 2000 гривень."),
    ("el", "Το έργο κόστισε 2000 ευρώ σε δύο εβδομάδες."),
    ("hu", "A felújítás 2000 forintba került."),
    ("id", "Perbaikan selama dua minggu menelan biaya 2000 rupiah."),  # minggu: week, Sunday
    ("ca", "Les obres van costar 2000 euros en dues setmanes."),
    ("hr", "Radovi su trajali dva tjedna i stajali 2000 kuna."),
    ("ar", "بلغت التكلفة 2000 دولار خلال أسبوعين."),
    ("ar", "ولد عام 1441 هـ في المدينة."),  # a Hijri year
    ("fa", "در سال ۱۳۹۸ افتتاح شد."),  # a Solar Hijri year (2019)
    ("hi", "मरम्मत पर 2000 रुपये खर्च हुए।"),
    ("ja", "費用は2000万円で、工事は2週間かかった。"),
    ("zh", "维修花费2000元，持续两周。"),
    ("ko", "공사비는 2000원이었고 2주가 걸렸다."),
    ("vi", "Chi phí là 2000 đồng trong hai tuần, lần thứ hai."),  # thứ hai: Monday, second
]


@pytest.mark.parametrize(("code", "text"), TRAPS)
def test_amounts_durations_and_other_calendars_give_nothing(code: str, text: str) -> None:
    assert _found(text, code) == []


def test_short_forms_are_left_out() -> None:
    """Two-letter Latin or Cyrillic forms are everyday words ("ma", Hungarian today;
    "пн", Monday); Roman numerals are no month names (Hungarian "IX")."""
    assert "ma" not in lexicon("hu").relative
    assert "ix" not in lexicon("hu").months
    assert "пн" not in lexicon("ru").weekdays
    assert "कल" not in lexicon("hi").relative  # both yesterday and tomorrow


def test_lexicons_are_built_on_first_use_only() -> None:
    from timeline_app.core.reference import reference_from_text
    from timeline_app.core.timex_intl.grammar import grammar
    from timeline_app.core.timex_intl.longtail import info

    for cached in (info, lexicon, grammar):
        cached.cache_clear()
    reference_from_text("BRUSSELS, 14 March 2023 – The council met on Tuesday.")
    tag("Am 3. Mai 1998 wurde gewählt.", reference=REF, language="de")
    assert info.cache_info().currsize == 0
    tag("Вчера.", reference=REF, language="ru")
    assert info.cache_info().currsize == 1
