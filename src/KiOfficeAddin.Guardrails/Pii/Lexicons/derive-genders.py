#!/usr/bin/env python3
"""Derives given-names-female.faker.txt and given-names-male.faker.txt from @faker-js/faker's female and male first
names (MIT; see SOURCES.md), for the one rule that needs a person's gender (SameSexPartners: "mein Mann" written by
a man). Run after derive-lexicons.py, from this folder:

    cd /tmp && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
    node -e "import('/tmp/package/dist/index.js').then(m=>{const o={};for(const l of process.argv[1].split(',')){const f=m[l].person.first_name;o[l]={female:f.female||[],male:f.male||[]}};console.log(JSON.stringify(o))})" de,de_AT,de_CH,tr,pl,ru,it,hr,sr_RS_latin,sl_SI,mk,cs_CZ,sk,ro,hu,el,uk,vi,fr,es,pt_PT,en,nl,sv,nb_NO,da,fi,lv,ku_kmr_latin > /tmp/faker-genders.json
    python3 derive-genders.py /tmp/faker-genders.json

A name is kept only when given-names.faker.txt has it (so the German word filter of derive-lexicons.py applies) and
no locale lists it for the other gender ("Andrea" is female in German and male in Italian: left out, as is "Kim").
Vietnamese is left out: its given names are compounds whose syllables are family names too ("Lê", "Nguyễn"); the rule
reads a Vietnamese name's gender from its middle name (Thị, Văn) instead.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("derive_lexicons", os.path.join(HERE, "derive-lexicons.py"))
lexicons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lexicons)

TRANSLITERATED = {"ru": lexicons.translit_ru, "uk": lexicons.translit_uk, "mk": lexicons.translit_mk, "el": lexicons.translit_el}


def names(locale, values):
    if locale in TRANSLITERATED:
        out = set()
        for name in lexicons.words(values):
            out |= TRANSLITERATED[locale](name)
        return out
    return set(lexicons.words(values))


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    known = {line.strip() for line in open(os.path.join(HERE, "given-names.faker.txt"), encoding="utf-8")
             if line.strip() and not line.startswith("#")}
    female, male = set(), set()
    for locale, genders in data.items():
        if locale == "vi":
            continue
        female |= names(locale, genders["female"])
        male |= names(locale, genders["male"])
    header = "# Derived from @faker-js/faker (MIT, (c) Faker contributors) by derive-genders.py; see SOURCES.md.\n"
    for file, own, other in (("given-names-female.faker.txt", female, male), ("given-names-male.faker.txt", male, female)):
        rows = sorted((own - other) & known)
        with open(os.path.join(HERE, file), "w", encoding="utf-8") as f:
            f.write(header + "\n".join(rows) + "\n")
        print(f"{file}: {len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1])
