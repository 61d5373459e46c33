"""The big long-tail languages' hand-kept facts: one class of date per test, in several
languages, with exact text, value and offset (sentences written for these tests).

Year words in their case forms, centuries, BCE and CE markers, decades, seasons and
quarters with a year, weekdays with modifiers and tense, month case forms, CJK relative
words and bare days, anaphora, ranges, sets, traps, and "published" lines and datelines.
"""

from __future__ import annotations

import pytest

from tests.core.intl.mentions import found
from timeline_app.core.reference import reference_from_text
from timeline_app.core.timex_intl import tag
from timeline_app.model import Day

REF = Day(2024, 3, 6)  # a Wednesday


def _found(text: str, code: str) -> list[tuple[str, str, int]]:
    return found(text, code, REF)


YEARS = [
    ("ru", "Музей построили в 1957 году, а в конце 2025 года его закроют.",
     [("1957 году", "1957", 18), ("в конце 2025 года", "2025", 31)]),
    ("ru", "Крепость основали около 880 года, город упоминается в XII веке.",
     [("около 880 года", "0880", 18), ("XII веке", "11", 54)]),
    ("uk", "Школу відкрили у 1911 році.", [("1911 році", "1911", 17)]),
    ("hu", "A hidat 1896-ban adták át, a 18. században még komp járt.",
     [("1896-ban", "1896", 8), ("18. században", "17", 29)]),
    ("hr", "Crkva je podignuta oko 1250. godine, a obnovljena u 17. stoljeću.",
     [("oko 1250. godine", "1250", 19), ("17. stoljeću", "16", 52)]),
    ("id", "Candi itu dibangun sekitar abad ke-9 dan dipugar pada tahun 1973.",
     [("sekitar abad ke-9", "08", 19), ("tahun 1973", "1973", 54)]),
    ("ar", "بني المسجد عام 1340 ووسع في القرن 19.", [("عام 1340", "1340", 11),
                                                   ("القرن 19", "18", 28)]),
    ("hi", "यह मंदिर 12वीं सदी में बना और 1956 में इसका जीर्णोद्धार हुआ।",
     [("12वीं सदी", "11", 9), ("1956", "1956", 30)]),
    ("ca", "El castell es va construir al segle XIII i es va restaurar a finals de 1995.",
     [("segle XIII", "12", 30), ("a finals de 1995", "1995", 59)]),
    ("vi", "Chùa được xây dựng vào thế kỷ 11 và trùng tu trong thập niên 1990.",
     [("thế kỷ 11", "10", 23), ("thập niên 1990", "199", 51)]),
]  # fmt: skip

ERAS_AND_DECADES = [
    ("ru", "Поход состоялся в 53 году до н. э., а в 1980-х годах раскопки возобновились.",
     [("53 году до н. э.", "BC0053", 18), ("1980-х годах", "198", 40)]),
    ("uk", "Фортецю зведено в XIV столітті, у 1960-х роках її відновили.",
     [("XIV столітті", "13", 18), ("1960-х роках", "196", 34)]),
    ("el", "Ο ναός χτίστηκε τον 5ο αιώνα π.Χ. και ανακαινίστηκε τον Μάρτιο του 1998.",
     [("5ο αιώνα π.Χ.", "BC04", 20), ("Μάρτιο του 1998", "1998-03", 56)]),
    ("ar", "وأسست المدينة عام 200 قبل الميلاد.", [("عام 200 قبل الميلاد", "BC0200", 14)]),
    ("hi", "लगभग 300 ईसा पूर्व में स्तूप बना।", [("लगभग 300 ईसा पूर्व", "BC0300", 0)]),
    ("ja", "紀元前3世紀の遺跡。紀元前221年に統一。1990年代に減少した。",
     [("紀元前3世紀", "BC02", 0), ("紀元前221年", "BC0221", 10), ("1990年代", "199", 21)]),
    ("zh", "该馆于18世纪建成，19世纪50年代重修。",
     [("18世纪", "17", 3), ("19世纪50年代", "185", 10)]),
    ("ko", "이 절은 8세기에 세워졌고 1980년대에 복원되었다. 기원전 57년에 나라가 세워졌다.",
     [("8세기", "07", 5), ("1980년대", "198", 15), ("기원전 57년", "BC0057", 30)]),
    ("hu", "A nyolcvanas években bővült a gyár.", [("A nyolcvanas években", "198", 0)]),
]  # fmt: skip

SEASONS_AND_PERIODS = [
    ("ru", "Мост откроют осенью 2026 года, во II квартале 2026 года начнут отделку.",
     [("осенью 2026 года", "2026-FA", 13), ("II квартале 2026 года", "2026-Q2", 34)]),
    ("hu", "A munkák 2027 második negyedévében kezdődnek.",
     [("2027 második negyedévében", "2027-Q2", 9)]),
    ("vi", "Công trình sẽ hoàn thành trong quý III năm 2026.",
     [("quý III năm 2026", "2026-Q3", 31)]),
    ("ca", "La primavera de 2023 va ploure molt.", [("La primavera de 2023", "2023-SP", 0)]),
    ("ja", "2025年上半期に回復し、来年秋に稼働させる。",
     [("2025年上半期", "2025-H1", 0), ("来年秋", "2025-FA", 13)]),
    ("zh", "明年上半年开放。", [("明年上半年", "2025-H1", 0)]),
]  # fmt: skip

WEEKDAYS_AND_RELATIVE = [
    # Wednesday 6 March 2024: the last, the coming and this week's weekdays
    ("ru", "В прошлую среду объявили тендер, в следующую среду подпишут договор.",
     [("прошлую среду", "2024-02-28", 2), ("следующую среду", "2024-03-13", 35)]),
    ("ru", "Договор подпишут в пятницу.", [("пятницу", "2024-03-08", 19)]),
    ("ru", "Договор подписали в пятницу.", [("пятницу", "2024-03-01", 20)]),
    ("uk", "Раду зберуть наступного четверга, минулого понеділка її скасували.",
     [("наступного четверга", "2024-03-07", 13), ("минулого понеділка", "2024-03-04", 34)]),
    ("el", "Η έκθεση θα ανοίξει την Παρασκευή. Τον περασμένο μήνα έκλεισε.",
     [("την Παρασκευή", "2024-03-08", 20), ("Τον περασμένο μήνα", "2024-02", 35)]),
    ("hu", "Jövő csütörtökön írják alá.", [("Jövő csütörtökön", "2024-03-07", 0)]),
    ("id", "Rapat digelar Selasa lalu.", [("Selasa lalu", "2024-03-05", 14)]),
    ("vi", "Dự án sẽ khởi công vào thứ Sáu tuần sau.", [("thứ Sáu tuần sau", "2024-03-08", 23)]),
    ("ca", "La fira obrirà el pròxim dimarts.", [("el pròxim dimarts", "2024-03-12", 15)]),
    ("zh", "上周五宣布，下个月开放。", [("上周五", "2024-03-01", 0), ("下个月", "2024-04", 6)]),
    ("ja", "同社は12日、今週金曜日に公表する。", [("12日", "2024-03-12", 3),
                                         ("今週金曜日", "2024-03-08", 7)]),
    ("ko", "지난 주에 발표했다.", [("지난 주", "2024-W09", 0)]),
    ("ca", "El 4 de maig de 1931 va arribar el tren i dos dies després es va inaugurar.",
     [("4 de maig de 1931", "1931-05-04", 3), ("dos dies després", "1931-05-06", 42)]),
]  # fmt: skip

MONTHS_AND_RANGES = [
    ("ru", "В ноябре мост закрыли. В ноябре мост закроют.",
     [("ноябре", "2023-11", 2), ("ноябре", "2024-11", 25)]),
    ("uk", "У вересні її відремонтують.", [("вересні", "2024-09", 2)]),
    ("hr", "Grad je od 1808. do 1813. bio pod francuskom upravom.",
     [("od 1808. do 1813.", "1808/1813", 8)]),
    ("hr", "Car je umro 3. prosinca 311. u palači.", [("3. prosinca 311.", "0311-12-03", 12)]),
    ("hu", "1991. május 4-én alapították.", [("1991. május 4-én", "1991-05-04", 0)]),
]  # fmt: skip

NARROWED_AND_TWO_DIGIT = [
    ("ru", "В 90-х годах завод закрыли.", [("90-х годах", "199", 2)]),
    ("hr", "Tijekom 90-ih godina.", [("90-ih godina", "199", 8)]),
    ("ca", "Als anys noranta es va tancar.", [("anys noranta", "199", 4)]),
    ("ar", "في الثمانينيات من القرن الماضي.", [("الثمانينيات من القرن الماضي", "198", 3)]),
    ("zh", "上世纪80年代建成。去年3月5日宣布，今年5月开放。",
     [("上世纪80年代", "198", 0), ("去年3月5日", "2023-03-05", 10), ("今年5月", "2024-05", 19)]),
    ("ja", "昨年3月に発表。", [("昨年3月", "2023-03", 0)]),
    ("bg", "Мостът ще бъде открит през май. През 90-те години е ремонтиран.",
     [("май", "2024-05", 27), ("90-те години", "199", 37)]),
    ("sr", "Most je otvoren 12. jula 2010. godine.",
     [("12. jula 2010. godine", "2010-07-12", 16)]),
    ("hr", "Most je otvoren 12. srpnja 2010. godine.",
     [("12. srpnja 2010. godine", "2010-07-12", 16)]),
    ("th", "และในปี 2562 รัฐบาล", [("ปี 2562", "2019", 5)]),
    ("ar", "في القرن التاسع عشر.", [("القرن التاسع عشر", "18", 3)]),
    ("ko", "지난해 3월 발표했다. 5일 밝혔다.",
     [("지난해 3월", "2023-03", 0), ("5일", "2024-03-05", 13)]),
]  # fmt: skip

MORE_FORMS = [
    ("ru", "В 2019-м году завод закрыли.", [("2019-м году", "2019", 2)]),
    ("uk", "У 2020-му році.", [("2020-му році", "2020", 2)]),
    ("el", "Πέρυσι έκλεισε. Προχθές άνοιξε.",
     [("Πέρυσι", "2023", 0), ("Προχθές", "2024-03-04", 16)]),
    ("hu", "2019 szeptemberében nyitották meg, 2020 óta működik.",
     [("2019 szeptemberében", "2019-09", 0), ("2020", "2020", 35)]),
    ("vi", "Ngày 15/2, thành phố công bố. Hôm kia họp.",
     [("Ngày 15/2", "2024-02-15", 0), ("Hôm kia", "2024-03-04", 30)]),
    ("ca", "Dilluns passat va tancar. Als anys 90 va créixer.",
     [("Dilluns passat", "2024-03-04", 0), ("anys 90", "199", 30)]),
    ("ja", "平成31年4月30日に退位し、同日、発表した。令和元年に即位。",
     [("平成31年4月30日", "2019-04-30", 0), ("同日", "2019-04-30", 15),
      ("令和元年", "2019", 23)]),
]  # fmt: skip

RELATIVE_SEASONS = [
    ("ru", "Прошлым летом мост закрыли, этой весной откроют.",
     [("Прошлым летом", "2023-SU", 0), ("этой весной", "2024-SP", 28)]),
    ("uk", "Минулої зими було холодно.", [("Минулої зими", "2023-WI", 0)]),
    ("el", "Το περασμένο καλοκαίρι έκλεισε.", [("Το περασμένο καλοκαίρι", "2023-SU", 0)]),
    ("hu", "Tavaly nyáron zárt be.", [("Tavaly nyáron", "2023-SU", 0)]),
]  # fmt: skip

TRAPS = [
    ("ru", "Около 2000 человек пришли на митинг."),
    ("ru", "Цена выросла до 2000 рублей за две недели."),
    ("id", "Sekitar 1500 orang hadir."),
    ("hu", "Minden év március 15-én ünnepelnek."),
    ("vi", "Chợ mở cửa mỗi sáng thứ Bảy và Chủ nhật."),
    ("zh", "每年5月1日举行。乘坐地铁2号线。每周五开放。"),
    ("ja", "毎週金曜日に開く。"),
    # a year word after a number that counts years, and a Hungarian "to 2000"
    ("hr", "Grad je star više od 1700 godina."),
    ("id", "Candi itu berusia 1200 tahun."),
    ("hi", "यह किला 2000 साल पुराना है।"),
    ("hu", "A létszám 2000-re nőtt."),
    ("vi", "Món quà được chia giữa 2000 người."),
    # approximation words before an amount in caseless scripts; a number named a number
    ("ko", "약 2000명이 방문했다."),
    ("ar", "حضر حوالي 2000 شخص."),
    ("hi", "लगभग 2000 लोग आए।"),
    ("id", "Penumpang naik bus nomor 1990."),
    ("vi", "Hành khách đi xe buýt số 1990."),
    ("ko", "축제는 3일간 열린다."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "text", "expected"),
                         [*YEARS, *ERAS_AND_DECADES, *SEASONS_AND_PERIODS,
                          *WEEKDAYS_AND_RELATIVE, *MONTHS_AND_RANGES,
                          *NARROWED_AND_TWO_DIGIT, *MORE_FORMS,
                          *RELATIVE_SEASONS])  # fmt: skip
def test_dates_of_the_hand_kept_facts(code: str, text: str,
                                      expected: list[tuple[str, str, int]]) -> None:  # fmt: skip
    assert _found(text, code) == expected


@pytest.mark.parametrize(("code", "text", "value", "mod"), [
    ("hu", "A gyár 2025 végén zár.", "2025", "END"),
    ("hu", "A 19. század végén épült.", "18", "END"),
    ("ja", "19世紀末に建てられた。", "18", "END"),
    ("zh", "2010年底完工。", "2010", "END"),
    ("id", "Peresmian dijadwalkan pertengahan 2026.", "2026", "MID"),
])  # fmt: skip
def test_words_after_a_year_or_century_narrow_it(code: str, text: str, value: str,
                                                 mod: str) -> None:  # fmt: skip
    [mention] = tag(text, reference=REF, language=code)
    assert (mention.value, mention.mod) == (value, mod)


@pytest.mark.parametrize(("code", "text"), TRAPS)
def test_amounts_and_sets_give_nothing(code: str, text: str) -> None:
    assert _found(text, code) == []


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("vi", "HÀ NỘI, ngày 3 tháng 5 năm 2023 – Sở Giao thông hôm qua công bố kế hoạch.",
     (Day(2023, 5, 3), "dateline")),
    ("ca", "Un nou museu\n\nPublicat: divendres, 9 de juny de 2023\n\nEl museu obrirà demà.",
     (Day(2023, 6, 9), "published-line")),
    ("ja", "新しい橋\n\n公開日：2023年7月14日（金）\n\n市は13日に発表した。",
     (Day(2023, 7, 14), "published-line")),
    ("zh", "新桥通车\n\n发布时间：2022年9月1日\n\n昨天通车。",
     (Day(2022, 9, 1), "published-line")),
    ("ru", "Новый мост\n\nОпубликовано: 5 мая 2022 года\n\nВчера мост открыли.",
     (Day(2022, 5, 5), "published-line")),
])  # fmt: skip
def test_published_lines_and_datelines_give_the_reference(
    code: str, text: str, expected: tuple[Day, str]
) -> None:
    assert reference_from_text(text, language=code) == expected
