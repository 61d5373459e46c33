"""The grammar's rules that read a long-tail language's hand-kept facts.

Same shapes in every language, words from :class:`~.longtail_facts.Facts`: a year with
its case word ("в 2010 году", "oko 295. godine", "عام 1989"), eras before or after the
year ("315 π.Χ.", "紀元前221年"), centuries, decades, seasons and quarters with a year,
a bare month after "in" ("у червні"), weekdays with their modifiers before or after
("наступного вівторка", "thứ Hai tới", "本周五"), amounts counted from the last date
("tres dies després"), year ranges ("od 1420. do 1797.") and, in Japanese and Chinese,
a bare day of the reference's month ("4日"). A rule whose words are missing is left out.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline_app.core.timex_intl.lexicon import Lexicon
from timeline_app.core.timex_intl.longtail_facts import Facts
from timeline_app.core.timex_intl.surface import Surface

_END = r"(?![\w-])"
_NONE = "(?!)"
_YEAR = r"(?P<year>[12]\d{3})(?![\d.,]\d)"


def fact_rules(
    lex: Lexicon, sf: Surface, f: Facts, alt: Callable[[object], str]
) -> dict[str, str]:
    """Rule name -> regex for the facts ``f`` of a derived language."""
    x = lex.extras
    gap = r"\s*" if sf.spaceless else r"\s+"
    pos_words = [*x.start, *x.mid, *x.end, *x.approx]
    pos = rf"(?:(?P<pos>{alt(pos_words)})\s*)?" if pos_words else rf"(?P<pos>{_NONE})?"
    after_words = [*sf.year_marks, *f.year_after]
    after = rf"(?:\s*(?:{alt(after_words)}))?" if after_words else ""
    before = rf"(?:(?:{alt(f.year_before)}){gap})?" if f.year_before else ""
    join = sf.join
    rules: dict[str, str] = {}
    if f.year_after:  # "2010 году", "oko 295. godine", "1952-ben"
        rules["lt_year"] = (rf"(?<![\w.,/-]){pos}{before}(?P<year>[12]\d{{3}}|[1-9]\d{{2}})\.?"
                            rf"\s*(?:{alt(f.year_after)}){_END}")  # fmt: skip
    if f.year_before:  # "عام 1989", "tahun 2019", "l'any 1714"
        rules["lt_year_before"] = (rf"(?<![\w-]){pos}(?:{alt(f.year_before)})\s+{_YEAR}"
                                   rf"{_END}(?!\s*%)")  # fmt: skip
    if pos_words:  # "akhir 2025", "cap al 2026"
        rules["lt_year_pos"] = rf"(?<![\w-])(?P<pos>{alt(pos_words)})\s+{_YEAR}{_END}(?!\s*%)"
    if f.year_trail:  # Hindi "1837 में"
        rules["lt_year_trail"] = (rf"(?<![\w.,/-])(?P<pos>{_NONE})?{_YEAR}"
                                  rf"(?=\s+(?:{alt(f.year_trail)}){_END})")  # fmt: skip
    if f.year_after and sf.order == "DMY" and not sf.spaceless:  # "1. svibnja 305."
        rules["lt_old_date"] = (rf"(?<![\w.-])(?P<wd>{_NONE})?{sf.day}\s*{join}"
                                rf"(?P<mon>{alt(lex.months)})\s+(?P<year>[1-9]\d{{2}})"
                                rf"(?:\.|\s*(?:{alt(f.year_after)}){_END})(?!\s*\d)")  # fmt: skip
    periods = alt(x.periods) if x.periods else ""
    year = rf"{before}{_YEAR}{after}"
    number = r"(?P<year>\d{1,4})\.?"
    if x.bce:
        rules["bce"] = rf"(?<![\w-]){pos}{before}{number}{after}\s*(?P<bce>{alt(x.bce)})(?!\w)"
    if f.bce_before:
        rules["bce_before"] = (rf"(?<![\w-]){pos}(?P<bce>{alt(f.bce_before)})\s*{number}"
                               rf"{after}(?!\d)")  # fmt: skip
    if x.ce:
        rules["ce"] = rf"(?<![\w-]){pos}{before}{number}{after}\s*(?P<ce>{alt(x.ce)})(?!\w)"
    bce = rf"(?:\s*(?P<bce>{alt(x.bce)}))?" if x.bce else rf"(?P<bce>{_NONE})?"
    if f.century and f.bce_before and not x.bce:  # "紀元前3世紀"
        before_era = rf"(?:(?P<bce>{alt(f.bce_before)})\s*)?"
        rules["lt_century"] = rf"(?<![\w-]){pos}{before_era}(?:{f.century}){_END}"
    elif f.century:
        rules["lt_century"] = rf"(?<![\w-]){pos}(?:{f.century}){bce}{_END}"
    if f.pos_after:  # "2025 végén", "19世紀末"
        post = rf"(?P<post>{alt(f.pos_after)})"
        rules["lt_year_post"] = rf"(?<![\w.,/-]){year}{gap}{post}{_END}"
        if f.century:
            rules["lt_century_post"] = (rf"(?<![\w-])(?P<bce>{_NONE})?(?:{f.century})\s*{post}"
                                        rf"{_END}")  # fmt: skip
    if f.decade:
        rules["lt_decade"] = rf"(?<![\w-]){pos}(?:{f.decade}){_END}"
    if f.seasons:
        seasons = alt(f.seasons)
        rules["lt_season"] = rf"(?<![\w-]){pos}(?P<season>{seasons}){gap}{join}{year}{_END}"
        rules["lt_season_after"] = rf"(?<![\w.,/-]){year}{gap}(?P<season>{seasons}){_END}"
    if periods:
        rules["period"] = rf"(?<![\w-])(?P<period>{periods}){gap}{join}{year}{_END}"
        rules["period_after"] = rf"(?<![\w.,/-]){year}{gap}(?P<period>{periods}){_END}"
    years_rel = [p for p, (unit, _) in lex.relative.items() if unit == "year"]
    if years_rel and (f.seasons or periods or sf.spaceless):  # "来年春", "明年下半年", "去年3月"
        season = rf"(?P<season>{alt(f.seasons)})" if f.seasons else ""
        period = rf"(?P<period>{periods})" if periods else ""
        days = rf"(?:\s*(?P<day>[0-3]?\d)\s*(?:{alt(sf.day_marks)})?)?" if sf.day_marks else ""
        mon = rf"(?P<mon>{alt(lex.months)}){days}"
        parts = "|".join(p for p in (season, period, mon if sf.spaceless else "") if p)
        rules["lt_rel_part"] = rf"(?<![\w-])(?P<phrase>{alt(years_rel)})\s*の?\s*(?:{parts}){_END}"
    if years_rel and f.seasons and not sf.spaceless:  # "пролетта на следващата година"
        rules["lt_season_rel"] = (rf"(?<![\w-])(?P<season>{alt(f.seasons)}){gap}{join}"
                                  rf"(?P<phrase>{alt(years_rel)}){_END}")  # fmt: skip
    pre = [*x.last, *x.next, *f.this_week]
    if f.seasons and pre:  # "прошлым летом", "наступної весни", "το περασμένο καλοκαίρι"
        rules["lt_rel_season"] = (rf"(?<![\w-])(?P<mod1>{alt(pre)}){gap}(?P<season>"
                                  rf"{alt(f.seasons)}){_END}(?!\s*\d)")  # fmt: skip
    if f.month_lead:  # "у червні", "в сентябре": a month of the year talked about
        rules["month"] = (rf"(?<![\w-])(?:{alt(f.month_lead)})\s+(?P<mon>{alt(lex.months)})"
                          rf"{_END}(?!\s*\d)")  # fmt: skip
    edges = [*x.start, *x.mid, *x.end]
    if f.month_edge and edges:  # "đầu tháng 9": the start of a month, no year
        rules["lt_month_pos"] = (rf"(?<![\w-])(?P<pos>{alt(edges)})\s+(?P<mon>{alt(lex.months)})"
                                 rf"{_END}(?!\s*[/.-]?\d)")  # fmt: skip
    rules.update(_weekday_rules(lex, f, alt, gap))
    if f.later and lex.units:  # "tres dies després", "три дня спустя"
        numbers = f"|{alt(lex.numbers)}" if lex.numbers else ""
        words = alt([*f.later, *f.earlier])
        amount = rf"(?P<num>\d{{1,3}}{numbers}){gap}(?P<unit>{alt(lex.units)})"
        rules["lt_later"] = rf"(?<![\w-]){amount}{gap}(?P<later>{words}){_END}"
    if f.bare_day:
        rules["lt_day"] = f.bare_day
    if f.day_month:
        rules["lt_day_month"] = f.day_month
    if f.eras:  # "令和6年", "平成31年4月30日"
        rules["lt_era"] = (rf"(?P<era>{alt(f.eras)})\s*(?P<eyear>\d{{1,2}}|元)年"
                           r"(?:\s*(?P<month>1[0-2]|0?[1-9])月(?:\s*(?P<day>[0-3]?\d)日)?)?")
    if x.range_words:  # "od 1420. do 1797.", "з 1941 по 1945"
        named = "|".join(
            rf"(?:{alt([a])})\s+(?P<y1_{i}>[12]\d{{3}})\.?\s+(?:{alt([b])})\s+"
            rf"(?P<y2_{i}>[12]\d{{3}})\.?"
            for i, (a, b) in enumerate(x.range_words)
        )
        rules["lt_range"] = rf"(?<![\w-])(?:{named}){_END}(?![.,]\d)"
    if f.range_after:  # "1956年から1964年まで": the range words after each year
        mark = rf"(?:\s*(?:{alt(sf.year_marks)}))?" if sf.year_marks else ""
        named = "|".join(
            rf"(?P<y1_a{i}>[12]\d{{3}}){mark}\s*(?:{alt([a])})\s*(?P<y2_a{i}>[12]\d{{3}})"
            rf"{mark}(?:\s*(?:{alt([b])}))?"
            for i, (a, b) in enumerate(f.range_after)
        )
        rules["lt_range_after"] = rf"(?<![\w.,/-])(?:{named})(?![\d.,]\d)"
    return rules


def _weekday_rules(
    lex: Lexicon, f: Facts, alt: Callable[[object], str], gap: str
) -> dict[str, str]:
    """Weekdays with modifiers before ("наступного вівторка", "本周五") or after ("thứ Hai
    tới", "Kamis lalu"), and a leading article ("την Πέμπτη", "hari Kamis")."""
    x = lex.extras
    pre = [*x.last, *x.next, *f.this_week, *f.week_weekdays]
    post = [*f.weekday_post_last, *f.weekday_post_next, *f.week_weekdays]
    lead = rf"(?:(?:{alt(x.weekday_lead)})\s+)?" if x.weekday_lead else ""
    mod1 = rf"(?:(?P<mod1>{alt(pre)})\s*)?" if pre else rf"(?P<mod1>{_NONE})?"
    mod2 = rf"(?:\s+(?P<mod2>{alt(post)}){_END})?" if post else rf"(?P<mod2>{_NONE})?"
    suffix = f"(?:{f.weekday_suffix})?" if f.weekday_suffix else ""
    rules = {}
    units = [w for w, u in lex.units.items() if u != "day"]
    if units and (pre or post):  # "την περασμένη εβδομάδα", "上个月", "tháng trước"
        forms = [rf"(?P<mod1>{alt(pre)})\s*(?P<unit1>{alt(units)})" if pre else "",
                 rf"(?P<unit2>{alt(units)}){gap}(?P<mod2>{alt(post)})" if post else ""]
        rules["lt_unit_shift"] = rf"(?<![\w-])(?:{'|'.join(p for p in forms if p)}){_END}"
    if lex.weekdays:
        rules["lt_weekday"] = (rf"(?<![\w-]){lead}{mod1}(?P<wd>{alt(lex.weekdays)}){suffix}"
                            rf"(?P<part>{_NONE})?{_END}{mod2}")  # fmt: skip
    if f.modified_weekdays and post:  # "thứ Hai tới": an ordinal, a weekday only so modified
        rules["lt_weekday_mod"] = (rf"(?<![\w-])(?P<mod1>{_NONE})?(?P<wd>"
                                   rf"{alt(f.modified_weekdays)})(?P<part>{_NONE})?\s+"
                                   rf"(?P<mod2>{alt(post)}){_END}")  # fmt: skip
    return rules
