#!/usr/bin/env python3
"""Derives the *.faker.txt lexicons from @faker-js/faker's locale data (MIT). See SOURCES.md.

    cd /tmp && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
    node -e "import('/tmp/package/dist/index.js').then(m=>{const o={};for(const l of ['de','de_AT','de_CH','tr','pl','ru'])o[l]={person:m[l].person,location:m[l].location};console.log(JSON.stringify(o))})" > /tmp/faker.json
    python3 derive-lexicons.py /tmp/faker.json
"""
import json
import sys

# German transliteration (Duden style) so that Дмитрий becomes Dmitri/Dmitrij as German offices write it.
CYR = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i",
       "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
       "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
       "ю": "ju", "я": "ja"}


def translit(word):
    lower = word.lower()
    out = "".join(CYR.get(c, c) for c in lower)
    variants = {out}
    if lower.endswith("ий"):
        variants.add(out[:-2] + "i")
        variants.add(out[:-2] + "ij")
    if out.startswith("e"):
        variants.add("je" + out[1:])
    return {v[:1].upper() + v[1:] for v in variants if v}


def flat(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from flat(v)
    elif isinstance(value, list):
        for v in value:
            yield from flat(v)
    elif isinstance(value, str):
        yield value


def clean(names):
    return sorted({n.strip() for n in names if n and " " not in n.strip() and len(n.strip()) >= 2 and "{" not in n})


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    given, surnames, cities, streets = set(), set(), set(), set()
    for loc in ("de", "de_AT", "de_CH", "tr", "pl"):
        given |= set(flat(data[loc]["person"]["first_name"]))
        surnames |= set(flat(data[loc]["person"]["last_name"]))
    for name in flat(data["ru"]["person"]["first_name"]):
        given |= translit(name)
    for name in flat(data["ru"]["person"]["last_name"]):
        surnames |= translit(name)
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
    main(sys.argv[1])
