"""The facts of the big long-tail languages outside Europe: Indonesian, Malay,
Vietnamese, Japanese, Chinese, Korean, Arabic, Hindi, Persian and Hebrew (see
:class:`~.longtail_facts.Facts`). Grammar facts only, as in :mod:`.longtail_table`.
"""

from __future__ import annotations

from timeline_app.core.timex_intl.longtail_facts import Facts, weekdays, x

_DEC = r"(?P<dec>1\d\d|20\d)0"
_NUM = r"(?P<num>[12]?\d)"
_CJK_DAY = r"(?<![\d年月/.\-－])(?P<day>[1-9]|[12]\d|3[01])日(?![間间後后前目])"

_INDONESIAN_EXTRAS = x(
    anaphoric={"keesokan harinya": 1, "sehari sebelumnya": -1, "sehari kemudian": 1},
    anaphoric_years={"tahun berikutnya": 1, "setahun kemudian": 1, "setahun sebelumnya": -1},
    last=(), next=(), weekday_lead=("hari",),
    approx=("sekitar", "kira-kira", "sekira", "lebih kurang"),
    start=("awal",), mid=("pertengahan",), end=("akhir",),
    bce=("sm", "sebelum masehi", "sebelum masihi"), ce=("masehi", "masihi"),
    future=("akan", "direncanakan", "dijadwalkan", "rencananya"),
    year_lead=("pada", "sejak", "pada tahun", "tahun"),
    every=("setiap", "tiap", "saban"),
    range_words=(("dari", "hingga"), ("dari", "sampai"), ("antara", "dan"), ("sejak", "hingga")),
    periods={"kuartal i": "Q1", "kuartal ii": "Q2", "kuartal iii": "Q3", "kuartal iv": "Q4",
             "kuartal pertama": "Q1", "kuartal kedua": "Q2", "kuartal ketiga": "Q3",
             "kuartal keempat": "Q4", "triwulan i": "Q1", "triwulan ii": "Q2",
             "triwulan iii": "Q3", "triwulan iv": "Q4", "semester i": "H1", "semester ii": "H2",
             "semester pertama": "H1", "semester kedua": "H2", "suku pertama": "Q1"},
    amount_approx=("sekitar", "kira-kira"),
)  # fmt: skip

INDONESIAN = Facts(
    extras=_INDONESIAN_EXTRAS,
    year_before=("tahun",), counting=("tahun", "thn"),
    month_lead=("pada bulan", "bulan"),
    weekday_post_last=("lalu", "kemarin", "lepas"), weekday_post_next=("depan", "mendatang"),
    century=r"abad\s+(?:ke-?\s*)?(?:(?P<num>[12]?\d)|(?P<roman>[IVXL]{1,6}))",
    decade=rf"(?:tahun\s+|dekade\s+)?{_DEC}-an",
    seasons={"musim semi": "SP", "musim panas": "SU", "musim gugur": "FA",
             "musim dingin": "WI"},
    relative={"pekan lalu": ("week", -1), "pekan depan": ("week", 1), "pekan ini": ("week", 0),
              "minggu lepas": ("week", -1), "bulan lepas": ("month", -1),
              "tahun lepas": ("year", -1)},
    later=("kemudian", "setelahnya"), earlier=("sebelumnya",),
    numbers={"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
             "delapan": 8, "sembilan": 9, "sepuluh": 10},
    published=("diterbitkan", "dipublikasikan", "diperbarui", "diterbitkan pada"),
    number_words=("nomor", "no", "nombor", "rute", "koridor", "penerbangan", "model", "seri"),
)  # fmt: skip

VIETNAMESE = Facts(
    extras=x(
        anaphoric={"ngày hôm sau": 1, "hôm sau": 1, "ngày hôm trước": -1},
        anaphoric_years={"năm sau đó": 1, "năm tiếp theo": 1, "năm trước đó": -1},
        approx=("khoảng", "chừng", "vào khoảng"), start=("đầu",), mid=("giữa",), end=("cuối",),
        bce=("tcn", "trước công nguyên"), ce=("scn", "sau công nguyên"),
        future=("sẽ", "dự kiến", "sắp"), year_lead=("vào",),
        every=("mỗi", "hằng", "hàng", "mỗi tối", "mỗi sáng"),
        range_words=(("từ", "đến"), ("từ", "tới"), ("từ năm", "đến năm")),
        periods={"quý i": "Q1", "quý ii": "Q2", "quý iii": "Q3", "quý iv": "Q4", "quý 1": "Q1",
                 "quý 2": "Q2", "quý 3": "Q3", "quý 4": "Q4"},
        amount_approx=("khoảng", "chừng"),
    ),
    year_before=("năm",),
    modified_weekdays=weekdays("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy",
                               "chủ nhật"),
    weekday_post_last=("trước", "tuần trước", "vừa qua"),
    weekday_post_next=("tới", "sau", "tuần sau", "tuần tới", "này"),
    week_weekdays={"tuần này": 0}, month_edge=True,
    century=r"thế\s+kỷ\s+(?:thứ\s+)?(?:(?P<num>[12]?\d)|(?P<roman>[IVXL]{1,6}))",
    decade=rf"(?:thập\s+(?:kỷ|niên)|những\s+năm)\s+{_DEC}",
    seasons={"mùa xuân": "SP", "mùa hè": "SU", "mùa hạ": "SU", "mùa thu": "FA",
             "mùa đông": "WI"},
    later=("sau", "sau đó"), earlier=("trước đó",),
    relative={"hôm kia": ("day", -2), "ngày kia": ("day", 2)},
    day_month=r"(?<![\w/])ngày\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![/\d])",
    published=("đăng ngày", "ngày đăng", "cập nhật", "xuất bản"),
    number_words=("số", "tuyến", "chuyến", "mẫu"),
    date_lead=("ngày",),
)  # fmt: skip

_CJK_SEASONS_JA = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}

JAPANESE = Facts(
    extras=x(
        anaphoric={"翌日": 1, "前日": -1, "同日": 0}, anaphoric_years={"翌年": 1, "前年": -1},
        last=("先週", "先週の"), next=("来週", "来週の"), approx=("約", "およそ"),
        start=("初め",), bce=(), future=(),
        every=("毎", "毎年", "毎週", "毎月"),
        periods={"上半期": "H1", "下半期": "H2", "第1四半期": "Q1", "第2四半期": "Q2",
                 "第3四半期": "Q3", "第4四半期": "Q4"},
    ),
    this_week=("今週", "今週の"),
    range_after=(("から", "まで"),),
    bce_before=("紀元前",),
    century=rf"{_NUM}世紀",
    decade=rf"{_DEC}年代",
    pos_after={"初め": "START", "初頭": "START", "半ば": "MID", "末": "END", "頃": "APPROX",
               "ごろ": "APPROX"},
    seasons={**_CJK_SEASONS_JA, "春季": "SP", "夏季": "SU", "秋季": "FA", "冬季": "WI"},
    relative={"昨年": ("year", -1), "今年": ("year", 0), "来年": ("year", 1)},
    later=("後", "後に"), earlier=("前",),
    published=("公開日", "公開", "更新日", "掲載日", "配信日", "投稿日"),
    bare_day=_CJK_DAY,
    eras={"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867},
)  # fmt: skip

CHINESE = Facts(
    extras=x(
        anaphoric={"次日": 1, "第二天": 1, "前一天": -1},
        anaphoric_years={"次年": 1, "第二年": 1, "前一年": -1},
        last=("上", "上个", "上個"), next=("下", "下个", "下個"), approx=("约", "約", "大约"),
        every=("每", "每年", "每周", "每天"),
        periods={"上半年": "H1", "下半年": "H2", "第一季度": "Q1", "第二季度": "Q2",
                 "第三季度": "Q3", "第四季度": "Q4", "一季度": "Q1", "二季度": "Q2",
                 "三季度": "Q3", "四季度": "Q4"},
    ),
    this_week=("本", "这", "這", "这个", "這個"),
    weekdays=weekdays("周一,週一", "周二,週二", "周三,週三", "周四,週四", "周五,週五",
                      "周六,週六", "周日,週日,周天,週天"),
    bce_before=("公元前", "西元前"),
    century=rf"{_NUM}世[纪紀]",
    decade=rf"(?P<cent>[12]?\d)世[纪紀](?P<tens>\d)0年代|{_DEC}年代"
           r"|(?:上世[纪紀]|上个世纪|上個世紀)(?P<sdec>[1-9])0年代",
    pos_after={"初": "START", "年初": "START", "中期": "MID", "末": "END", "年底": "END",
               "年末": "END", "左右": "APPROX", "前后": "APPROX"},
    seasons={"春天": "SP", "春季": "SP", "春": "SP", "夏天": "SU", "夏季": "SU", "夏": "SU",
             "秋天": "FA", "秋季": "FA", "秋": "FA", "冬天": "WI", "冬季": "WI", "冬": "WI"},
    relative={"前年": ("year", -2), "后年": ("year", 2)},
    later=("后", "後", "之后", "之後"), earlier=("前", "之前"),
    published=("发布时间", "發布時間", "发布日期", "發佈時間", "发表时间", "更新时间", "发布于",
               "发表于"),
    bare_day=_CJK_DAY,
)  # fmt: skip

KOREAN = Facts(
    extras=x(
        anaphoric={"다음날": 1, "이튿날": 1, "전날": -1}, anaphoric_years={"이듬해": 1},
        last=("지난",), next=("다음", "오는"), approx=("약",),
        every=("매주", "매년", "매일"),
        periods={"1분기": "Q1", "2분기": "Q2", "3분기": "Q3", "4분기": "Q4", "상반기": "H1",
                 "하반기": "H2"},
    ),
    this_week=("이번",),
    range_after=(("부터", "까지"),),
    week_weekdays={"지난주": -1, "지난 주": -1, "이번주": 0, "이번 주": 0, "다음주": 1,
                   "다음 주": 1},
    bce_before=("기원전",),
    century=rf"{_NUM}세기",
    decade=rf"{_DEC}년대",
    pos_after={"초": "START", "중반": "MID", "말": "END", "경": "APPROX"},
    relative={"지난해": ("year", -1), "지난 해": ("year", -1), "올해": ("year", 0)},
    bare_day=r"(?<![\d년월/.\-])(?P<day>[1-9]|[12]\d|3[01])일(?!\s*(?:간|동안|째))",
    seasons={"봄": "SP", "여름": "SU", "가을": "FA", "겨울": "WI"},
    later=("후", "뒤"), earlier=("전",),
    published=("입력", "수정", "게시일", "등록일"),
)  # fmt: skip

_AR_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر",
                "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر",
                "العشرين", "الحادي والعشرين")
_AR_DECADES = ("العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات",
               "السبعينيات", "الثمانينيات", "التسعينيات")

ARABIC = Facts(
    extras=x(
        anaphoric={"في اليوم التالي": 1, "اليوم التالي": 1},
        anaphoric_years={"في العام التالي": 1, "العام التالي": 1},
        weekday_lead=("يوم",), approx=("حوالي", "نحو", "قرابة", "حوالى"),
        start=("أوائل", "مطلع", "بداية"), mid=("منتصف",), end=("أواخر", "نهاية"),
        bce=("قبل الميلاد", "ق.م", "ق. م"), ce=("للميلاد", "ميلادية", "ميلادي"),
        future=("سوف", "من المقرر", "من المتوقع"), year_lead=("في", "منذ", "حتى"),
        every=("كل",), range_words=(("من", "إلى"), ("بين", "و")),
        amount_approx=("حوالي", "نحو", "قرابة"),
    ),
    year_before=("عام", "سنة", "العام"),
    weekday_post_last=("الماضي", "الماضية"),
    weekday_post_next=("المقبل", "القادم", "المقبلة", "القادمة"),
    century=r"القرن\s+(?:ال)?(?P<num>[12]?\d)|القرن\s+(?P<cword>"
            + "|".join(sorted(_AR_ORDINALS, key=len, reverse=True)) + ")",
    century_words={w: n for n, w in enumerate(_AR_ORDINALS, start=1)},
    # "السبعينيات من القرن الماضي", "ثمانينيات القرن التاسع عشر" (of the 19th century)
    decade=r"(?P<dword>(?:ال)?(?:" + "|".join(d[2:] for d in _AR_DECADES) + "))"
           r"(?:\s+من\s+القرن\s+(?:الماضي|العشرين)|\s+(?:من\s+)?القرن\s+(?P<cword>"
           + "|".join(sorted(_AR_ORDINALS, key=len, reverse=True)) + "))?",
    decade_words={w: f"19{n}" for n, w in enumerate(_AR_DECADES, start=2)}
    | {w[2:]: f"19{n}" for n, w in enumerate(_AR_DECADES, start=2)},  # without "ال"
    relative={"العام الماضي": ("year", -1), "العام المقبل": ("year", 1),
              "العام القادم": ("year", 1), "هذا العام": ("year", 0),
              "الشهر الماضي": ("month", -1), "الشهر المقبل": ("month", 1),
              "الأسبوع المقبل": ("week", 1)},
    published=("نشر في", "تاريخ النشر", "نُشر في", "نشر بتاريخ"),
    number_words=("رقم", "الرحلة", "طراز"),
)  # fmt: skip

HINDI = Facts(
    extras=x(
        anaphoric={"अगले दिन": 1}, last=("पिछले", "पिछला", "पिछली"),
        next=("अगले", "अगला", "अगली", "आने वाले"),
        approx=("लगभग", "करीब", "क़रीब", "तकरीबन", "क़रीबन"),
        start=("शुरुआत में",), bce=("ईसा पूर्व", "ई.पू.", "ई. पू.", "ईसापूर्व"),
        ce=("ईस्वी", "ई."),
        future=("होगा", "होगी", "होंगे", "जाएगा", "जाएगी", "जाएंगे", "करेगा", "करेगी", "करेंगे"),
        year_lead=("सन", "वर्ष", "साल"), every=("हर", "प्रत्येक"),
        amount_approx=("लगभग", "करीब"),
    ),
    year_trail=("में", "से", "तक"), counting=("साल", "वर्ष"),
    this_week=("इस",),
    century=rf"{_NUM}\s*(?:वीं|वी|वें)\s+(?:सदी|शताब्दी)",
    decade=rf"{_DEC}\s*के\s+दशक",
    published=("प्रकाशित", "प्रकाशन तिथि", "अपडेट"),
    number_words=("संख्या", "नंबर", "मॉडल", "उड़ान"),
)  # fmt: skip

PERSIAN = Facts(
    extras=x(bce=("پیش از میلاد", "قبل از میلاد"), year_lead=("در", "سال"),
             approx=("حدود", "حدودا")),
    year_before=("سال",),
    published=("تاریخ انتشار", "منتشر شده"),
)  # fmt: skip

#: In, from, to (and with "and" or "that" before them), glued to a year by a hyphen or
#: maqaf: "ב-1948", "ומ־1967".
_HE_GLUED = tuple(f"{a}{b}{dash}" for a in ("", "ו", "ש") for b in "בלמ" for dash in "-־")

HEBREW = Facts(
    extras=x(bce=("לפני הספירה", "לפנה״ס", 'לפנה"ס'), year_lead=(*_HE_GLUED, "בשנת"),
             approx=("בערך", "כ-"), start=("תחילת",), mid=("אמצע",), end=("סוף",),
             weekday_lead=("יום",), every=("כל",),
             periods={f"{noun} {n}": f"{p}{i}" for noun, p in (("רבעון", "Q"), ("חציון", "H"))
                for i, n in enumerate(("הראשון", "השני", "השלישי", "הרביעי"), start=1)
                if p == "Q" or i <= 2}),
    year_before=("שנת",),
    # a one-letter preposition, article or conjunction is written glued to the next word
    # ("ב-1265", "בחודש", "ו-2024"): ב in, ל to, מ from, ה the, ו and, כ as, ש that
    prefixes="בלמהוכש",
    century=r"המאה\s+ה-?(?P<num>[12]?\d)",
    # "שנות ה-50 של המאה ה-20": the fifties of the 20th century
    decade=r"שנות\s+ה[-־]?(?P<tens>[1-9])0\s+של\s+המאה\s+ה[-־]?(?P<cent>[12]\d)|שנות\s+ה[-־]?"
           r"(?P<dec>1\d\d|20\d)0",
    seasons={"אביב": "SP", "קיץ": "SU", "סתיו": "FA", "חורף": "WI"},
    joins=("של", "ב", "ב-", "ל", "ל-"),  # "12 במרץ": the 12th in March
    weekday_post_last=("שעבר", "הקודם"), weekday_post_next=("הבא", "הקרוב"),
    relative={"חודש שעבר": ("month", -1), "חודש הבא": ("month", 1),
              "שבוע שעבר": ("week", -1), "שבוע הבא": ("week", 1),
              "שנה שעברה": ("year", -1), "שנה הבאה": ("year", 1), "שלשום": ("day", -2),
              "מחרתיים": ("day", 2)},
    published=("פורסם",),
)  # fmt: skip

THAI = Facts(extras=x(), year_before=("ปี", "พ.ศ."))

ASIA: dict[str, Facts] = {
    "th": THAI,
    "id": INDONESIAN, "ms": INDONESIAN, "vi": VIETNAMESE, "ja": JAPANESE, "zh": CHINESE,
    "ko": KOREAN, "ar": ARABIC, "hi": HINDI, "fa": PERSIAN, "he": HEBREW,
}  # fmt: skip
