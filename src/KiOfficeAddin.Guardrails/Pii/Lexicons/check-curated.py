#!/usr/bin/env python3
"""Checks the issue #3 sections of the curated name lists against the German word list. See SOURCES.md.

    apt-get install -y wngerman      # /usr/share/dict/ngerman, used only as a filter here (GPL; never shipped)
    python3 check-curated.py /usr/share/dict/ngerman

Some rules take a known given name alone inside a sentence for a person ("mit Nikos", "unsere Zeynep"), so a name that
is also a German word (Gang, Hai, Jura, Silvester, Wolf, davor, man) would raise false alarms in plain prose. Every
entry below the "---- Issue #3" marker line of curated-given-names.txt and curated-surnames.txt must not be an entry of
the German word list in any capitalisation, unless KEEP lists it: names the word list carries as proper names (it
lists many given names) or as a rare word next to a name people in Germany use. ASCII entries need three letters
(two-letter names such as Li, My, Yu are too often other words or abbreviations), and a surname must not be a town of
the city lexicons (Bielefeld, Meschede). The entries above the marker predate
this check and were chosen by hand. Prints the offending entries and exits 1 if there are any.
"""
import os
import sys

MARKER = "# ---- Issue #3"
HERE = os.path.dirname(os.path.abspath(__file__))

# Given names that the word list has, kept by hand: it lists them as proper names (Eberhard, Siegfried, Hubertus,
# Peggy, Uta) or the other word is rare in letters (Lore: a mine cart; Alba: the duke; Abel, Adonis: biblical/myth).
KEEP_GIVEN = {
    "Abel", "Adonis", "Alba", "Antonios", "Anwar", "Bert", "Brunhild", "Brunhilde", "Burchard", "Burghardt",
    "Dorothee", "Eberhard", "Francisco", "Gotthard", "Gretchen", "Grete", "Gunther", "Haider", "Hamed", "Harro",
    "Hedy", "Heidelinde", "Heino", "Heribert", "Hieronymus", "Hilde", "Hubertus", "Indira", "Ira", "Irmtraud",
    "Karsten", "Krishna", "Kunibert", "Lore", "Matthäus", "Peggy", "Riad", "Rudi", "Siegfried", "Sigmund", "Sigrun",
    "Uta", "Walther", "Wieland",
}

# Surnames that the word list has, kept by hand: genitives of given names (a person either way), proper names there
# (Schubert, Schäuble, Klöckner, Gandhi), or rare words next to frequent surnames (Löffler: the spoonbill).
KEEP_SURNAMES = {
    "Abels", "Adolphs", "Alberts", "Anwar", "Beckers", "Böhme", "Caruso", "Castro", "Cruz", "Ebert", "Eder",
    "Friedrichs", "Gandhi", "Gerhards", "Haider", "Heinrichs", "Hermanns", "Isaak", "Kirchhoff", "Klöckner", "Löffler",
    "Martins", "Milosevic", "Rainer", "Romano", "Sadat", "Schäuble", "Schubert", "Steffens", "Stöber", "Stoltenberg",
    "Ulrich",
}


def entries(path):
    """The words below the marker line, with their line numbers."""
    below = False
    for number, line in enumerate(open(os.path.join(HERE, path), encoding="utf-8"), 1):
        if line.startswith(MARKER):
            below = True
        elif below and not line.startswith("#"):
            for word in line.split():
                yield number, word


def main(german_words_path):
    german = {line.strip().lower() for line in open(german_words_path, encoding="utf-8") if line.strip()}
    towns = {line.split(" ")[0].split("(")[0].strip().lower()
             for line in open(os.path.join(HERE, "cities.faker.txt"), encoding="utf-8") if not line.startswith("#")}
    towns |= {word.lower() for line in open(os.path.join(HERE, "curated-cities.txt"), encoding="utf-8") if not line.startswith("#")
              for word in line.split()}
    bad = []
    for path, keep, avoid in (("curated-given-names.txt", KEEP_GIVEN, set()), ("curated-surnames.txt", KEEP_SURNAMES, towns)):
        for number, word in entries(path):
            too_short = len(word) < 3 and word.isascii()
            if word not in keep and (too_short or word.lower() in german or word.lower() in avoid):
                bad.append(f"{path}:{number}: {word}")
    print("\n".join(bad) if bad else "curated names: no German words, no short ASCII entries")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
