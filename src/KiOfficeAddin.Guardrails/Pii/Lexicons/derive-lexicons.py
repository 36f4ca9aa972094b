#!/usr/bin/env python3
"""Derives the *.faker.txt lexicons from @faker-js/faker's locale data (MIT). See SOURCES.md.

    cd /tmp && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
    node -e "import('/tmp/package/dist/index.js').then(m=>{const o={};for(const l of process.argv[1].split(','))o[l]={person:{first_name:m[l].person.first_name,last_name:m[l].person.last_name},location:l.startsWith('de')?m[l].location:undefined};console.log(JSON.stringify(o))})" de,de_AT,de_CH,tr,pl,ru,it,hr,sr_RS_latin,sl_SI,mk,cs_CZ,sk,ro,hu,el,uk,vi,fr,es,pt_PT,en,nl,sv,nb_NO,da,fi,lv,ku_kmr_latin > /tmp/faker.json
    apt-get install -y wngerman      # /usr/share/dict/ngerman, used only as a filter here (GPL; never shipped)
    python3 derive-lexicons.py /tmp/faker.json /usr/share/dict/ngerman

The German locales, tr, pl and ru are taken as they are (as before). Names from the other locales, which German
offices meet through migration (issue #3), are added only when they are at least three letters long (two with a
diacritic: Lê, Vũ), are not an
entry of the German word list in any capitalisation (so "Rose", "Art", "Hoffnung", "Mark" or "Rosa" never become
names) unless listed in KEEP below, and are not German function words. Non-Latin scripts are transliterated: Russian
and Macedonian as German offices write them (Duden) plus the passport (English-like) spelling, Ukrainian by its
national passport rules plus the German spelling, Greek by ELOT 743 with the usual German variants (ou/u). Arabic and
Persian are skipped: faker has them only in Arabic script without vowels, so no clean transliteration exists.
"""
import json
import sys
import unicodedata

BASE = ("de", "de_AT", "de_CH", "tr", "pl")
LATIN = ("it", "hr", "sr_RS_latin", "sl_SI", "cs_CZ", "sk", "ro", "hu", "fr", "es", "pt_PT", "en", "nl", "sv",
         "nb_NO", "da", "fi", "lv", "ku_kmr_latin")

# Names that the German word list also has (as a rare noun or because it lists some proper names) but that are
# mainly given names or surnames in letters; checked by hand from the filtered-out candidates.
KEEP = {"Milan", "Ivan", "Ivana", "Marko", "Dario", "Mario", "Maria", "Marta", "Nina", "Vera", "Olga", "Igor",
        "Boris", "Oskar", "Jana", "Lara", "Laura", "Lena", "Sara", "Sarah", "Tina", "Lucia", "Elena", "Adrian",
        "Daniel", "David", "Emil", "Eva", "Hana", "Irena", "Iris", "Jakob", "Julia", "Kevin", "Luka", "Mila",
        "Petra", "Silvia", "Sophia", "Tomas", "Viktor", "Zoran", "Goran", "Dragan", "Dejan", "Bojan", "Ana",
        "Achim", "Adele", "Adolf", "Andy", "Angelika", "Annette", "Attila", "Axel", "Birgit", "Carola", "Dagmar",
        "Dirk", "Egon", "Fernando", "Gerda", "Helga", "Herta", "Hertha", "Horst", "Ingeborg", "Kerstin", "Lothar",
        "Ralf", "Rolf", "Sigrid", "Silke", "Udo", "Ulla", "Pablo", "Pedro", "George", "Harold", "Johnson", "Jones",
        "Ronald", "Rupert", "Sepp", "Severin", "Raimund", "Otmar", "Gabriele", "Margarete", "Lisbeth", "Shirley",
        "Audrey", "Kasper", "Moore", "Roberts", "Robinson", "Davis", "Dionysios", "Perikles", "Isaac", "Tran", "Vu",
        "Khan", "Eleonore", "Augustin", "Aurel", "Clement", "Guillaume", "Maxime", "Quinten", "Sondre", "Thora",
        "Hedda", "Hanne", "Kellen", "Loren", "Marita", "Paulette", "Rochelle", "Jure", "Antun", "Domen", "Eduards",
        "Edgars", "Ion", "Dung", "Roberta", "Emanuela", "Alberte", "Delphine", "Violette", "Raimund"}

# Words of other languages that occur in German letters as words (Long Covid, Corona, Burger King) rather than names.
DROP = {"Long", "King", "Corona"}

CYR_DE = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i",
          "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
          "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
          "ю": "ju", "я": "ja"}
CYR_EN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
          "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
          "ю": "yu", "я": "ya"}
# Ukrainian: national passport transliteration (2010) and the German Duden spelling.
UK_PASS = dict(CYR_EN, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "є": "ie", "й": "i", "х": "kh",
                          "ю": "iu", "я": "ia", "'": "", "’": ""})
UK_DE = dict(CYR_DE, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "є": "je", "'": "", "’": ""})
MK = {"ѓ": "gj", "ќ": "kj", "џ": "dž", "ј": "j", "љ": "lj", "њ": "nj", "ѕ": "dz", "ц": "c", "ч": "č", "ш": "š",
      "ж": "ž", "х": "h", "в": "v", "з": "z", "с": "s"}
GREEK = [("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "mp"), ("ντ", "nt"), ("γκ", "gk"),
         ("γγ", "ng"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps"), ("ξ", "x"), ("α", "a"), ("β", "v"), ("γ", "g"),
         ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"),
         ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("ω", "o")]


def cap(v):
    return v[:1].upper() + v[1:]


def mapped(lower, table):
    return "".join(table.get(c, c) for c in lower)


def translit_ru(word):
    lower = word.lower()
    out = mapped(lower, CYR_DE)
    variants = {out, mapped(lower, CYR_EN)}
    if lower.endswith("ий"):
        variants.add(out[:-2] + "i")
        variants.add(out[:-2] + "ij")
    if out.startswith("e"):
        variants.add("je" + out[1:])
    return {cap(v) for v in variants if v}


def translit_uk(word):
    lower = word.lower()
    return {cap(v) for v in (mapped(lower, UK_PASS), mapped(lower, UK_DE)) if v}


def translit_mk(word):
    lower = word.lower()
    out = mapped(lower, dict(CYR_EN, **MK))
    return {cap(out), cap(mapped(lower, CYR_DE))}


def translit_el(word):
    lower = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
    out = lower
    for greek, latin in GREEK:
        out = out.replace(greek, latin)
    return {cap(out), cap(out.replace("ou", "u"))}


def flat(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from flat(v)
    elif isinstance(value, list):
        for v in value:
            yield from flat(v)
    elif isinstance(value, str):
        yield value


def words(values):
    # Vietnamese and some Croatian entries hold two words ("Anh Vũ", "Adam Perl"): each word is a name part.
    for v in values:
        for part in v.replace("-", " ").split():
            if part and "{" not in part and part.isalpha():
                yield cap(part) if part[:1].islower() else part


def clean(names):
    return sorted({n.strip() for n in names if n and " " not in n.strip() and len(n.strip()) >= 2 and "{" not in n})


def main(path, german_words_path):
    data = json.load(open(path, encoding="utf-8"))
    german = {line.strip().lower() for line in open(german_words_path, encoding="utf-8") if line.strip()}
    given, surnames, cities, streets = set(), set(), set(), set()
    for loc in BASE:
        given |= set(flat(data[loc]["person"]["first_name"]))
        surnames |= set(flat(data[loc]["person"]["last_name"]))
    for name in flat(data["ru"]["person"]["first_name"]):
        given |= translit_ru(name)
    for name in flat(data["ru"]["person"]["last_name"]):
        surnames |= translit_ru(name)

    extra_given, extra_surnames = set(), set()
    for loc in LATIN + ("vi",):
        extra_given |= set(words(flat(data[loc]["person"]["first_name"])))
        extra_surnames |= set(words(flat(data[loc]["person"]["last_name"])))
    for loc, translit in (("uk", translit_uk), ("mk", translit_mk), ("el", translit_el)):
        for name in words(flat(data[loc]["person"]["first_name"])):
            extra_given |= translit(name)
        for name in words(flat(data[loc]["person"]["last_name"])):
            extra_surnames |= translit(name)

    def admissible(name):
        # Two letters only with a diacritic: Vietnamese surnames such as Lê, Vũ, Hồ, Đỗ.
        long_enough = len(name) >= 3 or (len(name) == 2 and not name.isascii())
        return name not in DROP and (name in KEEP or (long_enough and name.lower() not in german and name[:1].isupper()))

    dropped = sorted({n for n in extra_given | extra_surnames if not admissible(n)} - given - surnames)
    given |= {n for n in extra_given if admissible(n)}
    surnames |= {n for n in extra_surnames if admissible(n)}
    with open("/tmp/lexicon-dropped.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(dropped) + "\n")

    for loc in ("de", "de_AT"):
        cities |= set(flat(data[loc]["location"]["city_name"]))
    streets |= set(flat(data["de"]["location"]["street_name"]))
    header = "# Derived from @faker-js/faker (MIT, (c) Faker contributors) by derive-lexicons.py; see SOURCES.md.\n"
    for name, values, keep_spaces in (("given-names", given, False), ("surnames", surnames, False),
                                      ("cities", cities, True), ("streets", streets, True)):
        rows = sorted(v.strip() for v in values if v.strip()) if keep_spaces else clean(values)
        with open(f"{name}.faker.txt", "w", encoding="utf-8") as f:
            f.write(header + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
