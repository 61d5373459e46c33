"""English names of the languages the date rules know, for the UI and ``--language``.

One entry per base locale of dateparser's date data (``dateparser/data/
date_translation_data``, no region variants), keyed by the code the engine uses: "no"
for Norwegian (dateparser's "nb"; "nn" is read as Norwegian too) and "fil" for Filipino
(dateparser also has "tl"). The names are the ISO 639 / CLDR English names; the standard
library has no such table and a dependency for 190 strings is not worth its weight.
"""

from __future__ import annotations

#: Code -> English name.
LANGUAGE_NAMES = {
    "af": "Afrikaans", "agq": "Aghem", "ak": "Akan", "am": "Amharic", "ar": "Arabic",
    "as": "Assamese", "asa": "Asu", "ast": "Asturian", "az": "Azerbaijani", "bas": "Basaa",
    "be": "Belarusian", "bem": "Bemba", "bez": "Bena", "bg": "Bulgarian", "bm": "Bambara",
    "bn": "Bengali", "bo": "Tibetan", "br": "Breton", "brx": "Bodo", "bs": "Bosnian",
    "ca": "Catalan", "ce": "Chechen", "cgg": "Chiga", "chr": "Cherokee",
    "ckb": "Central Kurdish", "cs": "Czech", "cy": "Welsh", "da": "Danish", "dav": "Taita",
    "de": "German", "dje": "Zarma", "dsb": "Lower Sorbian", "dua": "Duala", "dyo": "Jola-Fonyi",
    "dz": "Dzongkha", "ebu": "Embu", "ee": "Ewe", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "ewo": "Ewondo",
    "fa": "Persian", "ff": "Fula", "fi": "Finnish", "fil": "Filipino", "fo": "Faroese",
    "fr": "French", "fur": "Friulian", "fy": "Western Frisian", "ga": "Irish",
    "gd": "Scottish Gaelic", "gl": "Galician", "gsw": "Swiss German", "gu": "Gujarati",
    "guz": "Gusii", "gv": "Manx", "ha": "Hausa", "haw": "Hawaiian", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hsb": "Upper Sorbian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "ii": "Sichuan Yi", "is": "Icelandic",
    "it": "Italian", "ja": "Japanese", "jgo": "Ngomba", "jmc": "Machame", "ka": "Georgian",
    "kab": "Kabyle", "kam": "Kamba", "kde": "Makonde", "kea": "Kabuverdianu",
    "khq": "Koyra Chiini", "ki": "Kikuyu", "kk": "Kazakh", "kl": "Kalaallisut",
    "kln": "Kalenjin", "km": "Khmer", "kn": "Kannada", "ko": "Korean", "kok": "Konkani",
    "ks": "Kashmiri", "ksb": "Shambala", "ksf": "Bafia", "ksh": "Colognian", "kw": "Cornish",
    "ky": "Kyrgyz", "lag": "Langi", "lb": "Luxembourgish", "lg": "Ganda", "lkt": "Lakota",
    "ln": "Lingala", "lo": "Lao", "lrc": "Northern Luri", "lt": "Lithuanian",
    "lu": "Luba-Katanga", "luo": "Luo", "luy": "Luyia", "lv": "Latvian", "mas": "Masai",
    "mer": "Meru", "mfe": "Morisyen", "mg": "Malagasy", "mgh": "Makhuwa-Meetto", "mgo": "Meta'",
    "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay",
    "mt": "Maltese", "mua": "Mundang", "my": "Burmese", "mzn": "Mazanderani", "naq": "Nama",
    "nd": "North Ndebele", "ne": "Nepali", "nl": "Dutch", "nmg": "Kwasio", "nnh": "Ngiemboon",
    "no": "Norwegian", "nus": "Nuer", "nyn": "Nyankole", "om": "Oromo", "or": "Odia",
    "os": "Ossetic", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese",
    "qu": "Quechua", "rm": "Romansh", "rn": "Rundi", "ro": "Romanian", "rof": "Rombo",
    "ru": "Russian", "rw": "Kinyarwanda", "rwk": "Rwa", "sah": "Yakut", "saq": "Samburu",
    "sbp": "Sangu", "se": "Northern Sami", "seh": "Sena", "ses": "Koyraboro Senni",
    "sg": "Sango", "shi": "Tachelhit", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian",
    "smn": "Inari Sami", "sn": "Shona", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "teo": "Teso",
    "th": "Thai", "ti": "Tigrinya", "to": "Tongan", "tr": "Turkish", "twq": "Tasawaq",
    "tzm": "Central Atlas Tamazight", "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "vun": "Vunjo", "wae": "Walser", "xog": "Soga",
    "yav": "Yangben", "yi": "Yiddish", "yo": "Yoruba", "yue": "Cantonese",
    "zgh": "Standard Moroccan Tamazight", "zh": "Chinese", "zu": "Zulu",
}  # fmt: skip
