using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>Closed word classes the name rules rely on (titles, particles, honorifics, words that are never names).</summary>
internal static class NameWords
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(StringComparer comparer, params string[] words) =>
        words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Academic and professional titles written with a full stop ("Dr.", "Prof.", "Dipl.-Ing.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Set(StringComparer.OrdinalIgnoreCase,
        "Dr", "Prof", "Dipl", "Ing", "Dipl-Ing", "Dipl-Kfm", "Dipl-Päd", "Mag", "med", "dent", "vet", "jur", "rer",
        "nat", "phil", "pol", "oec", "habil", "PD", "Dres", "Prof-Dr", "RA", "StR", "OStR");

    /// <summary>Name particles (lower case) that sit between given name and surname.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Set(StringComparer.Ordinal,
        "von", "van", "de", "der", "den", "zu", "zur", "zum", "vom", "ten", "ter", "da", "di", "del", "della", "du",
        "le", "la", "al", "el", "bin", "ibn", "abu", "op", "vander", "dos", "das",
        // Portuguese "Maria do Céu Ferreira", Filipino "dela Cruz".
        "do", "dela");

    /// <summary>Honorifics that introduce a name ("Frau", "Herrn", "Fr.").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = Set(StringComparer.OrdinalIgnoreCase,
        "Herr", "Herrn", "Frau", "Fr", "Hr", "Familie", "Fam", "Eheleute", "Mr", "Mrs", "Ms", "Frl", "Fräulein",
        // "Vorschlag: Pflegefamilie Yılmaz": a family named as the carer of a child.
        "Pflegefamilie", "Gastfamilie",
        // French, Italian and Spanish mails from neighbours across the border.
        "Madame", "Monsieur", "Mme", "Mlle", "Mademoiselle", "Signora", "Signor", "Señora", "Señor",
        // Mails from Romanian, Polish, Dutch, Portuguese and Turkish writers address staff the way they would at home
        // ("hello domnule cristian", "Sayın Ahmet Yılmaz", "Pani Zofia").
        "domnule", "doamna", "doamnă", "Pani", "Mevrouw", "Meneer", "Senhor", "Senhora", "Signore", "Doña", "Sayın",
        // Dutch address lines abbreviate them: "Dhr. J.W. van der Veen", "Mevr. A. de Boer".
        "Dhr", "Mevr", "Mw",
        // "bei der Bereitschaftspflegefamilie Kießling": the foster families of the youth office.
        "Bereitschaftspflegefamilie");

    /// <summary>Salutations that may be followed directly by a name ("Hallo Anna", "Liebe Frau Weber").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Salutations = Set(StringComparer.OrdinalIgnoreCase,
        "Hallo", "Hi", "Hey", "Moin", "Servus", "Liebe", "Lieber", "Liebes", "Dear", "Hallöchen", "Tag", "Morgen",
        "Abend", "geehrte", "geehrter", "geehrtes", "Werte", "Werter", "Salut", "Grüezi", "Ciao", "Hola", "Bonjour", "Hej", "Merhaba",
        // Danish, Norwegian and Swedish letters: "Kære Kerrin", "Kjære Ola", "Kära Elin", "Hei Sindre".
        "Kære", "Kjære", "Kära", "Käre", "Hei");

    // Plurals after "mit" and "unsere" ("mit den Zwillingen Awa und Oumar", "unsere Freunde Tomasz und Beate"): relation
    // words after which several people follow, given names only. Declared before Relations, which holds them too.
    private static readonly string[] PluralRelationWords =
        ["Kindern", "Zwillingen", "Freunde", "Freunden", "Freundinnen", "Töchtern", "Söhnen", "Enkeln", "Enkelkindern", "Geschwistern"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralRelations = Set(StringComparer.Ordinal, PluralRelationWords);

    /// <summary>The plurals among <see cref="Relations"/> (as written): several people follow, given names only.</summary>
    public static bool IsPluralRelation(ReadOnlySpan<char> word) => PluralRelations.Contains(word);

    /// <summary>Relatives and roles after which a name follows ("meine Nachbarin Olga Koch", "Mein Architekt, Dr. …").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relations = Set(StringComparer.OrdinalIgnoreCase,
    [
        "Nachbarin", "Nachbar", "Nachbarn", "Mutter", "Vater", "Sohn", "Tochter", "Mann", "Ehemann", "Ehefrau", "Gattin",
        "Gatte", "Partner", "Partnerin", "Lebensgefährte", "Lebensgefährtin", "Bruder", "Schwester", "Oma", "Opa",
        "Großmutter", "Großvater", "Enkel", "Enkelin", "Kind", "Kinder", "Söhne", "Töchter", "Enkelkinder", "Geschwister", "Zwillinge", "Pflegeeltern",
        "Brüder", "Brüdern", "Schwestern", "Mama", "Papa", .. PluralRelationWords,
        "Pflegemutter", "Pflegevater", "Großeltern", "Tante", "Onkel", "Cousin", "Cousine", "Schwager",
        "Schwägerin", "Schwiegermutter", "Schwiegervater", "Schwiegersohn", "Schwiegertochter", "Nichte", "Neffe",
        "Architekt", "Architektin", "Anwalt", "Anwältin", "Rechtsanwalt", "Rechtsanwältin", "Betreuer", "Betreuerin",
        "Vermieter", "Vermieterin", "Mieter", "Mieterin", "Kollege", "Kollegin", "Arzt", "Ärztin", "Hausarzt",
        "Hausärztin", "Steuerberater", "Steuerberaterin", "Chef", "Chefin", "Freund", "Freundin", "Bekannte",
        "Bekannter", "Mitbewohner", "Mitbewohnerin", "Pflegerin", "Pfleger", "Tagesmutter", "Vormund", "Bevollmächtigte",
        "Bevollmächtigter", "Ehegatte", "Ehegattin", "Stiefsohn", "Stieftochter", "Pflegekind", "Sachbearbeiterin",
        "Sachbearbeiter", "Vertreterin", "Vertreter", "Zeugin", "Zeuge", "Inhaberin", "Inhaber", "Eigentümer",
        "Eigentümerin", "Hauseigentümer", "Antragstellerin", "Antragsteller",
        // Elected and civic roles: "Stadträtin Hanka Šołćina", "Ortsvorsteher Jens Mägdefrau".
        "Stadträtin", "Ratsherr", "Ratsfrau", "Ratsmitglied", "Bürgermeister", "Bürgermeisterin",
        "Oberbürgermeister", "Oberbürgermeisterin", "Ortsvorsteher", "Ortsvorsteherin", "Ortsbürgermeister",
        "Ortsbürgermeisterin", "Landrätin", "Kreisrätin", "Beigeordnete", "Beigeordneter",
        "Abgeordnete", "Abgeordneter", "Pfarrer", "Pfarrerin", "Witwe", "Witwer", "Trauzeuge", "Trauzeugin",
        "Verlobter", "Verlobte", "Verlobten", "Stiefvater", "Stiefmutter", "Halbbruder", "Halbschwester", "Urenkel",
        "Urenkelin", "Patenkind", "Patin", "Pate", "Schwiegereltern", "Bauherr", "Bauherrin", "Bauherren", "Bauherrn",
        "Standesbeamtin", "Standesbeamter", "Standesbeamten", "Dolmetscherin", "Dolmetscher", "Sozialarbeiterin",
        "Sozialarbeiter", "Erzieherin", "Erzieher", "Lehrerin", "Lehrer", "Klassenlehrerin", "Klassenlehrer",
        "Gutachterin", "Gutachter", "Notarin", "Notar", "Bewohnerin", "Bewohner", "Patientin", "Patient",
        "Kindes", "Enkelsohn", "Enkeltochter", "Mitarbeiter", "Mitarbeiterin", "Mandant", "Mandantin", "Praktikant",
        "Praktikantin", "Auszubildende", "Auszubildender",
        // A craftsman's journeyman and apprentice ("mein Geselle Jarne"); grandchildren in the dative ("meinen Enkeln Pau und …").
        "Geselle", "Gesellin", "Lehrling", "Azubi", "Enkeln", "Enkelkindern",
        // A birth name named as such ("Geburtsname Nassar", "née El Ouafi").
        "Geburtsname", "Geburtsnamen", "Mädchenname", "née", "geborene",
        // Genitives ("die Urne unseres Vaters, Konstantinos …") and English relatives in English mails.
        "Vaters", "Bruders", "Sohnes", "Mannes", "Ehemannes", "Großvaters", "Onkels", "Neffen", "Enkels", "Opas", "Omas",
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "uncle", "aunt", "grandmother", "grandfather",
        "fiancé", "fiancée", "Namens", "namens", "heiße", "heisse", "heißt", "heisst", "genannt",
    ]);

    /// <summary>
    /// The first word after "Name, " when a colleague is addressed informally ("Wiebke, kannst du …", "Bernd, zur
    /// Kenntnis"): the informal pronouns and verbs, and the words a request or a note to a colleague opens with.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InformalAddressWords = Set(StringComparer.Ordinal,
        "kannst", "könntest", "magst", "hast", "hättest", "würdest", "bist", "weißt", "schaust", "machst", "gibst", "du", "dir", "dich",
        "bitte", "zur", "anbei", "hier", "danke", "kurze", "kurz", "schau", "sag", "wie", "was", "wo");

    /// <summary>Words for a person's children, before their names and ages ("Kindern (Elira, 6 und Dren, 3)").</summary>
    public static bool IsChildWord(ReadOnlySpan<char> word) =>
        word is "Kind" or "Kinder" or "Kindern" or "Kindes" or "Tochter" or "Töchter" or "Töchtern" or "Sohn" or "Söhne" or "Söhnen"
            or "kinder" or "kindern" or "tochter" or "sohn"
            or "Enkel" or "Enkelkinder" or "Enkelkindern" or "children" or "kids" or "daughters" or "sons";

    /// <summary>The last word of a closing formula; a signature follows ("Mit freundlichen Grüßen", "LG", "Bis bald").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingWords = Set(StringComparer.OrdinalIgnoreCase,
        "Grüße", "Grüßen", "Gruß", "Grüsse", "Grüssen", "Gruss", "lg", "vg", "mfg", "bg", "sg", "Hochachtungsvoll",
        "Cheers", "Best", "Tschüss", "Tschüs", "Ciao", "regards", "thanks", "Danke", "Dank", "bald", "dann", "Servus", "Gruesse", "Herzlichst",
        // "Thanks a lot!!", Rhineland "Tschö". ("Thank you" is not: "you" opens too many sentences, "You can …", where
        // the next word may be a given name.)
        "lot", "Tschö", "Tschau",
        // A colleague's wish as the closing ("schönen feierabend\nronny", "Schönes Wochenende!").
        "Feierabend", "Wochenende",
        // Closings in the writer's own language: Polish, Croatian/Serbian, Spanish, French, Italian, Dutch, Danish/Norwegian,
        // Swedish, Turkish, Portuguese.
        "Pozdrawiam", "Pozdrowienia", "Pozdrav", "Saludos", "Cordialement", "Saluti", "Groetjes", "groet", "hilsen",
        "Hälsningar", "Saygılarımla", "Selamlar", "Cumprimentos",
        // A thanks in the writer's own language as the last line before the name ("multumesc\nvasile"), and English
        // closings ("Thank you so much", "Yours sincerely", "Best wishes"). Not "Grazie": in "grazie mille" the name
        // would be "mille"; that closing ends with "mille".
        "Merci", "mille", "Gracias", "Obrigado", "Obrigada", "multumesc", "mulțumesc", "Hvala", "Dziękuję", "Dziekuje",
        "Teşekkürler", "Spasibo", "Dyakuyu", "Faleminderit", "Shukran", "Bedankt", "Atentamente", "Atenciosamente",
        "Sincerely", "faithfully", "wishes", "much",
        // The last word of a thanks that closes a mail (see ThanksEndings).
        "Hilfe", "Mühe", "Unterstützung", "Verständnis", "Geduld", "Bemühungen", "Voraus", "Rückmeldung", "dir", "euch");

    /// <summary>The last word of a thanks that closes a mail when it ends its line: "Vielen Dank für Ihre Hilfe", "Danke im Voraus".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThanksEndings = Set(StringComparer.OrdinalIgnoreCase,
        "Hilfe", "Mühe", "Unterstützung", "Verständnis", "Geduld", "Bemühungen", "Voraus", "Rückmeldung",
        // "Danke dir", "Danke euch".
        "dir", "euch");

    /// <summary>Words in front of a signature that are not the name ("Im Auftrag", "i. A.", "Ihre").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SignatureLeads = Set(StringComparer.Ordinal,
        "Im", "im", "Auftrag", "i", "I", "A", "iA", "IA", "Ihr", "Ihre", "Dein", "Deine", "Euer", "Eure", "gez", "Gez",
        "Namens", "In", "Vertretung", "iV", "V", "ppa", "Herzlichst", "Ihr", "Ihre");

    /// <summary>Mail header labels followed by a display name in any spelling.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeaderLabels = Set(StringComparer.OrdinalIgnoreCase,
        "Von", "From", "An", "To", "Cc", "Bcc", "Kopie", "Absender", "Empfänger");

    /// <summary>Name plates and door bells: the next word is the name on it ("laut Klingelschild Petrović").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamePlates = Set(StringComparer.OrdinalIgnoreCase,
        "Klingelschild", "Klingelschildern", "Namensschild", "Türschild", "Briefkastenschild", "Klingelbrett", "Türklingel",
        "Briefkasten", "Klingel");

    /// <summary>Possessives before a child's or relative's given name ("unseren Mischa", "meine Ena").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = Set(StringComparer.OrdinalIgnoreCase,
        "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer", "dein", "deine",
        "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem", "eurer", "sein", "seine", "seinen", "seinem",
        "seiner");

    /// <summary>Given names that are also German nouns ("orthodoxe Christin", "die Luke"): alone inside a sentence they are nouns.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNamesAlsoNouns = Set(StringComparer.Ordinal,
        "Christin", "Heide", "Kader", "Roman", "Flora", "Viola", "Ellen", "Gloria", "Kai", "Luke", "Ion", "Engel", "Horst",
        "Jack", "Mine", "Fee", "Marine", "Salome", "Stella", "Helena", "Diva", "Nixe", "Kurt", "Bill", "Bob", "Reha",
        "German", "English");

    /// <summary>
    /// Nouns that follow a relative as the object of a sentence, not as the relative's name ("meinem Mann Bescheid
    /// geben", "der Vater Unterhalt zahlt"): after a relation word, a capitalised word the lexicons do not know is a
    /// name unless it is one of these or has the ending of a German noun (<see cref="HasNounEnding"/>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationObjects = Set(StringComparer.OrdinalIgnoreCase,
        "Bescheid", "Geld", "Hilfe", "Zeit", "Arbeit", "Auskunft", "Zugang", "Recht", "Anspruch", "Einsicht", "Vollmacht",
        "Post", "Nachricht", "Unterhalt", "Kindergeld", "Wohngeld", "Elterngeld", "Miete", "Essen", "Termin", "Termine",
        "Schaden", "Schuld", "Sorge", "Sorgen", "Angst", "Mut", "Ruhe", "Ärger", "Probleme", "Schwierigkeiten", "Kontakt",
        "Besuch", "Zutritt", "Unterlagen", "Papiere", "Dokumente", "Briefe", "Bilder", "Fotos", "Platz", "Hausaufgaben",
        "Nachhilfe", "Fieber", "Schmerzen", "Glück", "Pech", "Unrecht", "Dank", "Grüße", "Abitur", "Urlaub",
        "Schule", "Kita", "Kindergarten", "Betreuung", "Pflege", "Medikamente", "Arzt", "Ärztin", "Krankenhaus", "Konto");

    private static readonly string[] NounEndings =
        ["ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis", "ment", "ismus", "chen", "lein", "geld", "zeit",
         "amt", "recht", "gabe", "nahme", "stand", "gang", "werk", "platz", "stelle", "schein", "brief", "karte",
         "antrag", "bescheid", "termin", "unterlagen", "kosten", "gebühr", "schule", "gruppe", "ei", "tag", "jahr"];

    /// <summary>An office that signs a letter before its clerk does ("Ihre Familienkasse", "Ihr Bürgerbüro", "Ihr Jobcenter").</summary>
    public static bool IsOfficeWord(ReadOnlySpan<char> word) => OfficeEndingSet.IsEndOf(word);

    private static readonly WordEndings OfficeEndingSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 2,
        ["kasse", "behörde", "büro", "center", "verwaltung", "amt", "stelle", "abteilung", "team", "service", "werke",
         // "Hafenmeisterei", "Straßenmeisterei", "Bundespolizei", "Kirchengemeinde".
         "meisterei", "polizei", "gemeinde"]);

    /// <summary>
    /// An ending most German place names have ("Hohenstetten", "Lüdinghausen", "Adendorf", "Kronach"): a word alone at a
    /// note's end with one of them is as likely the place of a "place, date" line as the clerk, so it is not taken.
    /// </summary>
    public static bool HasTownEnding(ReadOnlySpan<char> word) => TownEndingSet.IsEndOf(word);

    private static readonly WordEndings TownEndingSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 2,
        ["stetten", "hausen", "dorf", "ingen", "stadt", "burg", "berg", "heim", "feld", "felde", "bach", "furt", "hofen",
         "au", "rode", "hagen", "horst", "kirchen", "born", "brück", "brücken", "leben", "wald", "walde", "tal", "thal",
         "see", "beck", "büttel", "stedt", "weiler", "lingen", "ach", "ow", "itz", "witz", "zig", "en", "ern"]);

    /// <summary>A German noun ending (Bescheinigung, Freiheit, Kindergeld …), which names rarely have ("-haus" is left out: Tüshaus, Niehaus).</summary>
    public static bool HasNounEnding(ReadOnlySpan<char> word) => NounEndingSet.IsEndOf(word);

    private static readonly WordEndings NounEndingSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 2, NounEndings);

    private static readonly string[] JoinedArticles = ["al-", "el-", "as-", "ash-", "ad-", "ar-", "an-", "at-", "az-", "abu-", "bin-", "ibn-", "ben-"];

    /// <summary>A surname with a joined Arabic article or kinship word: "al-Hamwi", "el-Masri", "abu-Zaid".</summary>
    public static bool HasJoinedArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in JoinedArticles)
        {
            if (word.Length > article.Length + 1 && word.StartsWith(article, StringComparison.Ordinal) && char.IsUpper(word[article.Length]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The noun ending of a firm's second word ("Müller Holzbau", "Yılmaz Autohaus", "Fensterwerk"). Unlike
    /// <see cref="HasNounEnding"/> it counts "-haus" and "-bau": after a surname in a firm name they are the trade, while
    /// alone they end surnames (Tüshaus, Niehaus) too often to rule a name out.
    /// </summary>
    public static bool HasFirmNounEnding(ReadOnlySpan<char> w) =>
        w.EndsWith("ung", StringComparison.Ordinal) || w.EndsWith("heit", StringComparison.Ordinal) || w.EndsWith("keit", StringComparison.Ordinal)
        || w.EndsWith("schaft", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("bau", StringComparison.Ordinal)
        || w.EndsWith("haus", StringComparison.Ordinal) || w.EndsWith("werk", StringComparison.Ordinal);

    /// <summary>Rank abbreviations of police and civil service before a surname ("Zeuge PHK Brandt", "KOK'in Yıldız").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RankAbbreviations = Set(StringComparer.Ordinal,
        "PHK", "PHKin", "POK", "POKin", "PK", "PKin", "PM", "PMin", "POM", "POMin", "PHM", "PHMin", "EPHK", "EPHKin", "KHK",
        "KHKin", "KOK", "KOKin", "KK", "KKin", "KHM", "KOM", "KOR", "PR", "PD", "LPD", "OStR", "OStRin", "StR", "StRin",
        "RAin", "RA", "VA", "VAe", "ROI", "RAR", "VI", "AI", "OAR", "Koll", "Kolln");

    /// <summary>Prepositions before a lone known given name in running text ("für Milan", "mit Jonas").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonPrepositions = Set(StringComparer.OrdinalIgnoreCase,
        "für", "mit", "bei", "ohne", "über", "gegen", "an");

    private static readonly string[] AnimalEndings = ["hund", "hündin", "katze", "kater", "pferd", "kaninchen", "welpe", "vogel"];

    /// <summary>An animal ("Blindenführhund", "Katze", "Haustier"): a name after "heißt" next to one is a pet's.</summary>
    public static bool IsAnimal(ReadOnlySpan<char> word)
    {
        if (word.Equals("Tier", StringComparison.OrdinalIgnoreCase) || word.Equals("Haustier", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var ending in AnimalEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // Endings that, in a capitalised word the lexicons do not know, mark a surname of Slavic, Romanian, Greek, Turkish or
    // Armenian origin. No German word ends so (checked against the ngerman word list when they were chosen).
    private static readonly string[] SurnameEndings =
        ["ović", "ević", "ovič", "evič", "ovic", "evic", "vić", "ić", "ski", "ska", "cki", "cka", "dzki", "wicz",
         "czyk", "enko", "oğlu", "oglu", "escu", "poulos", "opoulou", "akis", "idis", "yan", "ová", "ák", "ík"];

    // Endings that need a longer word (short German words end in -ov/-ev/-ova/-eva rarely, but loans like "Nova" exist).
    // "-ow" (Iwanow) is left out: German place names end so (Pankow, Teltow, Güstrow).
    private static readonly string[] LongSurnameEndings = ["ova", "eva", "ov", "ev"];

    private static readonly WordEndings SurnameEndingSet = new(StringComparison.Ordinal, minimumStem: 0, SurnameEndings);

    /// <summary>A capitalised word whose ending marks it as a surname ("Petrović", "Kowalczyk", "Popescu", "Dvořák").</summary>
    public static bool HasSurnameEnding(ReadOnlySpan<char> word)
    {
        // Every ending closes on one of these letters; most German words (-e, -r, -t, -g, -h …) are out after one test.
        if (word.Length < 5 || word[^1] is not ('ć' or 'č' or 'c' or 'i' or 'a' or 'o' or 'u' or 's' or 'n' or 'k' or 'á' or 'z' or 'v')
            || word.EndsWith("aska", StringComparison.Ordinal) || !char.IsUpper(word[0]))
        {
            return false;
        }
        if (SurnameEndingSet.IsEndOf(word))
        {
            return true;
        }
        // Every long ending closes on 'a' or 'v'.
        if (word.Length >= 6 && word[^1] is 'a' or 'v')
        {
            foreach (var ending in LongSurnameEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Trades and firm words: a given name in front of one is a firm name ("Kaya Haustechnik"), the name is the word alone.
    private static readonly string[] TradeEndings =
        ["technik", "bau", "service", "handel", "reinigung", "logistik", "immobilien", "beratung", "transporte",
         "gastronomie", "elektrik", "sanitär", "design", "planung", "consulting", "montage", "dienste", "moden", "grill",
         "imbiss", "bäckerei", "café", "restaurant", "pizzeria", "kiosk", "shop", "salon", "studio", "bestattungen"];

    /// <summary>A trade word that forms a firm name after a person's name ("Haustechnik", "Gebäudereinigung").</summary>
    public static bool IsTradeWord(ReadOnlySpan<char> word) => TradeEndingSet.IsEndOf(word);

    private static readonly WordEndings TradeEndingSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 0, TradeEndings);

    /// <summary>
    /// Labels of a field that holds nothing but a person's name: "Familienname:", "Geburtsname:", and the same fields of
    /// foreign forms and certificates (Polish "Nazwisko", "Imię"; Turkish "Soyadı"; Spanish "Apellidos"; French "Prénom";
    /// Italian "Cognome"). Not "Name:", which names a dog, a firm or a school as often.
    /// </summary>
    public static bool IsNameFieldLabel(ReadOnlySpan<char> word) => NameFieldLabels.Contains(word);

    private static readonly string[] NameFieldLabelWords =
        ["Vorname", "Vornamen", "Nachname", "Familienname", "Geburtsname", "Surname", "Nazwisko", "Imię", "Imiona",
         "Soyadı", "Soyadi", "Apellido", "Apellidos", "Prénom", "Prénoms", "Cognome"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFieldLabels = Set(StringComparer.OrdinalIgnoreCase, NameFieldLabelWords);

    /// <summary>Form and note labels followed by a name ("Antragstellerin:", "Bearbeitung:", "Kind:"), the name fields among them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldLabels = Set(StringComparer.OrdinalIgnoreCase,
    [
        .. NameFieldLabelWords,
        "Name", "Unterschrift", "Inhaber", "Inhaberin", "Antragsteller",
        // English forms of the same fields ("Parents: Daniel J. Whitfield and Maren Whitfield").
        "Parents", "Parent", "Mother", "Father", "Applicant", "Tenant", "Landlord", "Landlady", "Spouse", "Husband", "Wife", "holder",
        "Haushaltsvorstand", "signature", "Adı", "Nombre", "Nom",
        "Antragstellerin", "Bearbeitung", "Bearbeiter", "Bearbeiterin", "Sachbearbeitung", "Sachbearbeiter",
        "Sachbearbeiterin", "Ansprechpartner", "Ansprechpartnerin", "Absenderin", "Empfängerin", "Mieter", "Mieterin",
        "Vermieter", "Vermieterin", "Halter", "Halterin", "Fahrzeughalter", "Fahrzeughalterin", "Eigentümer",
        "Eigentümerin", "Kontoinhaber", "Kontoinhaberin", "Erziehungsberechtigte", "Erziehungsberechtigter", "Mutter",
        "Vater", "Kind", "Ehemann", "Ehefrau", "Ehegatte", "Ehegattin", "Lebenspartner", "Lebenspartnerin", "Zeuge",
        "Zeugin", "Betroffene", "Betroffener", "Verfasser", "Verfasserin", "Unterzeichner", "Unterzeichnerin",
        "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Schüler", "Schülerin", "Patient", "Patientin", "Bewohner",
        "Bewohnerin", "Kunde", "Kundin", "Beschuldigte", "Beschuldigter", "Vertreter", "Vertreterin", "Bevollmächtigte",
        "Bevollmächtigter", "Unterschrift", "Verantwortlich", "Protokoll", "Protokollführer", "Protokollführerin", "Schriftführer",
        "Schriftführerin", "Sprachmittlung", "Sprachmittler", "Sprachmittlerin", "Dolmetscher", "Dolmetscherin", "Interpreter",
        "Karteninhaber", "Karteninhaberin", "Cardholder",
        "Anwesend", "Geschäftsführer", "Geschäftsführerin", "Ansprechperson", "Kontaktperson", "Person", "Begünstigter",
        "Begünstigte", "Zahlungsempfänger", "Schuldner", "Schuldnerin", "Gläubiger", "Gläubigerin", "Pflegeperson",
        "Betreuer", "Betreuerin", "Bezugsperson", "Antragsteller*in", "Sorgeberechtigte", "Sorgeberechtigter",
        "Hinweisgeber", "Hinweisgeberin", "Melder", "Melderin", "Beschwerdeführer", "Beschwerdeführerin", "Bürger",
        "Bürgerin", "Anrufer", "Anruferin", "Besucher", "Besucherin", "Rückruf", "Kontakt", "Mündel", "Pächter", "Pächterin", "Zuständig", "Zuständige", "Zuständiger",
    ]);

    /// <summary>
    /// Capitalised words that are never (part of) a person's name where the rules look for one: function words at a
    /// sentence start, salutation and closing words, roles, organisations, months and weekdays.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = Set(StringComparer.OrdinalIgnoreCase,
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber",
        "ich", "wir", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "mein", "meine", "meinen", "meinem", "meiner",
        "unser", "unsere", "dein", "deine", "euer", "eure", "es", "er", "man", "jemand", "niemand", "Partner", "Partners", "bitte", "danke", "vielen", "dank",
        "mit", "von", "für", "im", "am", "zum", "zur", "bei", "auf", "in", "an", "nach", "vor", "seit", "bis", "ab",
        "wenn", "da", "so", "auch", "noch", "nur", "hallo", "liebe", "lieber", "sehr", "geehrte", "geehrter", "herr",
        "frau", "herrn", "damen", "herren", "familie", "team", "stadt", "gemeinde", "amt", "kollegen", "kolleginnen",
        // Heirs named by their role: "mit meinem Cousin Frank Vollrath Erbin bin".
        "Erbe", "Erbin", "Erben", "Miterbe", "Miterbin", "Miterben", "Alleinerbe", "Alleinerbin",
        "zusammen", "alle", "allerseits", "leute", "freunde", "nachbarn", "eltern", "kinder", "mitbürger",
        "mitbürgerinnen", "bürgerinnen", "bürger", "grüße", "gruß", "grüßen", "freundliche", "freundlichen", "viele",
        "beste", "besten", "herzliche", "herzlichen", "auftrag", "namen", "vertretung", "gez", "bürgermeister",
        "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat", "landrätin", "kämmerer",
        "kämmerin", "vorsitzende", "vorsitzender", "präsident", "präsidentin", "direktor", "direktorin", "minister",
        "ministerin", "pfarrer", "pfarrerin", "doktor", "professor", "professorin", "abgeordnete", "abgeordneter",
        "ratsmitglied", "ratsfrau", "ratsherr", "stadtrat", "stadträtin", "kollege", "kollegin", "sachbearbeiter",
        "sachbearbeiterin", "bürgerbüro", "bürgerservice", "fachdienst", "fachbereich", "abteilung", "verwaltung",
        "stadtverwaltung", "kreisverwaltung", "rathaus", "standesamt", "ordnungsamt", "bauamt", "sozialamt",
        "jugendamt", "jobcenter", "gmbh", "ag", "kg", "ev", "firma", "praxis", "kanzlei", "schule", "kita", "verein",
        "kreis", "hausverwaltung", "service", "support", "redaktion", "geschäftsführung", "vorstand", "büro",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "betreff",
        "anlage", "anlagen", "datum", "telefon", "tel", "fax", "mobil", "handy", "mail", "email", "e-mail",
        "internet", "web", "www", "iban", "bic", "bank", "sparkasse", "volksbank", "postbank", "kundenservice",
        "hinweis", "hinweise", "rechtsbehelfsbelehrung", "antrag", "bescheid", "widerspruch", "information",
        "informationen", "kenntnis", "rückfragen", "fragen", "frage", "ihnen", "dir", "euch", "uns", "mich", "mir",
        "sich", "was", "wie", "wo", "wer", "warum", "wann", "dies", "diese", "dieser", "dieses", "jetzt", "heute",
        "gestern", "morgen", "leider", "gerne", "gern", "hiermit", "anbei", "außerdem", "zudem", "deshalb", "daher",
        "dann", "doch", "ja", "nein", "nicht", "kein", "keine", "ok", "okay", "gut", "schön", "schöne", "schönen",
        "tag", "abend", "wochenende", "woche", "alles", "gute", "guten", "lg", "vg", "mfg", "bg", "sg", "cheers",
        "neheim", "hüsten", "sankt", "st", "kirche", "gott", "christi", "himmelfahrt", "deutschland", "germany",
        "europa", "nrw", "polizei", "gericht", "verwaltungsgericht", "amtsgericht", "landgericht", "finanzamt",
        "krankenkasse", "versicherung", "rente", "rentenversicherung", "agentur", "arbeit", "ausländerbehörde",
        "empfänger", "absender", "name", "vorname", "nachname", "anschrift", "adresse", "straße", "ort", "plz",
        "kontakt", "ansprechpartner", "ansprechpartnerin", "zeichen", "aktenzeichen", "unterschrift", "sachgebiet",
        "dienststelle", "zimmer", "raum", "sprechzeiten", "öffnungszeiten", "persönlich", "vertraulich", "eilt",
        "dringend", "wichtig", "entwurf", "vermerk", "protokoll", "notiz", "aktennotiz", "gesprächsvermerk",
        "hausmeister", "hausmeisterin", "mitarbeiter", "mitarbeiterin", "mitarbeitende", "beschäftigte", "personalrat",
        "im", "i", "a", "v", "iv", "ia", "ppa", "pp", "mitglied",
        // Document labels that follow a name in lists ("Elena Popa (Mutter), Reisepass Nr. …").
        "nr", "reisepass", "personalausweis", "ausweis", "pass", "geburtsdatum", "staatsangehörigkeit",
        // Nations' adjectives in English ("Your Danish qualification", "the Danish registration").
        "danish", "polish", "dutch", "lithuanian", "latvian", "estonian", "portuguese", "turkish", "spanish", "swedish",
        "finnish", "norwegian", "british", "ukrainian", "russian", "romanian", "bulgarian", "hungarian", "croatian",
        "serbian", "albanian", "italian", "greek", "syrian", "afghan", "ghanaian", "nigerian", "filipino", "vietnamese",
        // Countries by their German names, which close foreign address blocks ("80410-030 Curitiba (PR), Brasilien")
        // and are nobody's name (ambiguous ones, "Israel" or "Jordan", are left out).
        "afghanistan", "ägypten", "albanien", "algerien", "argentinien", "armenien", "aserbaidschan", "äthiopien",
        "australien", "bangladesch", "belgien", "bosnien", "brasilien", "bulgarien", "dänemark", "eritrea", "estland",
        "finnland", "frankreich", "georgien", "griechenland", "großbritannien", "indien", "indonesien", "irak", "iran",
        "irland", "italien", "jemen", "jordanien", "kamerun", "kanada", "kasachstan", "kenia", "kolumbien", "kosovo",
        "kroatien", "lettland", "libanon", "libyen", "litauen", "marokko", "mazedonien", "nordmazedonien", "mexiko",
        "moldawien", "montenegro", "niederlande", "nigeria", "norwegen", "österreich", "pakistan", "philippinen", "polen",
        "portugal", "rumänien", "russland", "schweden", "schweiz", "senegal", "serbien", "slowakei", "slowenien",
        "somalia", "spanien", "sudan", "südafrika", "syrien", "tschechien", "tunesien", "türkei", "ukraine", "ungarn",
        "usbekistan", "venezuela", "vietnam");

    private static readonly string[] RoleSuffixes =
        ["rätin", "leiterin", "direktorin", "präsidentin", "beauftragte", "beauftragter", "meisterin", "ministerin", "vorsteherin",
         "inspektor", "inspektorin", "leitung", "sekretärin", "richterin",
         // Institutions in a signature or list ("Grundschule Herdringen"):
         "schule", "verein", "verband", "behörde", "gericht", "zentrum", "sekretariat", "verwaltung",
         // Services and offices ("Bernd vom Pflegekinderdienst", "Frau Lenz vom Ordnungsamt"):
         "dienst", "amt", "büro", "stelle"];

    private static readonly string[] RoleLabelSuffixes =
        ["inhaber", "inhaberin", "halter", "halterin", "mieter", "mieterin", "eigentümer", "eigentümerin", "antragsteller",
         "antragstellerin", "mutter", "vater", "betreuer", "betreuerin", "vertreter", "vertreterin"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = Set(StringComparer.Ordinal,
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag");

    /// <summary>Months and weekdays that are also surnames ("Frau Freitag", "Herr Mai") right after an honorific.</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> word) => CalendarWords.Contains(word);

    /// <summary>Labels before a colon that introduce who did something to a note ("Bearbeitet: S. Dobler", "Sachlich richtig: Öztürk").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SignOffLabels = new[]
    {
        "Bearbeitet", "bearbeitet", "Bearbeiter", "Bearbeiterin", "Bearbeitung", "Sachbearbeitung", "Sachbearbeiter",
        "Sachbearbeiterin", "Erfasst", "erfasst", "Notiert", "notiert", "Aufgenommen", "aufgenommen", "Schriftführung",
        "Schriftführer", "Schriftführerin", "Protokollführung", "Protokollführer", "Protokollführerin", "Protokoll",
        "Geprüft", "geprüft", "Gesehen", "gesehen", "Verfasst", "verfasst", "Verfasser", "Verfasserin", "richtig",
        "angeordnet", "Festgestellt", "festgestellt", "Zeichnung", "Gezeichnet", "gezeichnet", "Ausgefertigt", "ausgefertigt",
        "Vermerk von", "Entwurf", "Diktat", "Kassenanordnung", "Unterschrift", "Sachbearbeitende", "Ausgewertet",
        "ausgewertet", "Kontrolliert", "kontrolliert", "Ermittelt", "ermittelt", "Erstellt", "erstellt", "Zugestellt", "Bearb",
        "bearb", "Sachbearb", "veranlasst", "Veranlasst", "aufgestellt", "Aufgestellt", "Erstprüfung", "Zweitprüfung",
        "freigegeben", "Freigegeben", "abgezeichnet", "Abgezeichnet", "angewiesen", "Angewiesen", "angenommen", "Angenommen",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Headers of table columns that hold people: "Name, Vorname", "Nachname", "Name des Kindes", and the person nouns
    /// lists use ("Verstorbene/r", "Nutzungsberechtigte/r", "Erziehungsberechtigte", "Antragsteller/in", "Halter").
    /// "Name der Einrichtung" and "Straßenname" name things, not people.
    /// </summary>
    public static bool IsNameColumnHeader(ReadOnlySpan<char> header)
    {
        // "SB": the clerk's column of an office's export (Sachbearbeiter/in).
        if (header is "SB")
        {
            return true;
        }
        if (header.Length is < 4 or > 40)
        {
            return false;
        }
        if (header.StartsWith("Name", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Nachname", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Vorname", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Vor- und", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Familienname", StringComparison.OrdinalIgnoreCase)
            // "Geburtsname", "Mädchenname": a former surname; empty where it is the same.
            || header.StartsWith("Geburtsname", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Mädchenname", StringComparison.OrdinalIgnoreCase)
            // A crew or guest list in English: "Family name | Given names".
            || header.StartsWith("Family name", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Surname", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Last name", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Given name", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("First name", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Full name", StringComparison.OrdinalIgnoreCase))
        {
            return !header.StartsWith("Name der ", StringComparison.OrdinalIgnoreCase) && !header.StartsWith("Name of ", StringComparison.OrdinalIgnoreCase);
        }
        // "Antragsteller/in", "Verstorbene/r", "Teilnehmer(in)", "Halter laut Abfrage": the first word before a gender
        // ending or a remark is what counts.
        var word = header;
        var ending = word.IndexOfAny("/(*: ");
        if (ending > 0)
        {
            word = word[..ending].TrimEnd();
        }
        // "Standesbeamt.": an abbreviated header.
        return PersonColumnWords.Contains(word) || (word.Length > 6 && word[^1] == '.' && PersonColumnStems.Contains(word[..^1]));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonColumnWords = Set(StringComparer.OrdinalIgnoreCase,
        "Verstorbene", "Verstorbener", "Nutzungsberechtigte", "Nutzungsberechtigter", "Erziehungsberechtigte", "Erziehungsberechtigter",
        "Antragsteller", "Antragstellerin", "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Unterzeichner", "Unterzeichnerin",
        "Halter", "Halterin", "Fahrzeughalter", "Fahrzeughalterin", "Betroffene", "Betroffener", "Eigentümer", "Eigentümerin",
        "Mieter", "Mieterin", "Kind", "Schüler", "Schülerin", "Eltern", "Mutter", "Vater", "Person", "Inhaber", "Inhaberin",
        "Bewerber", "Bewerberin", "Beschäftigte", "Mitarbeiter", "Mitarbeiterin", "Verantwortliche", "Ansprechpartner",
        "Ansprechpartnerin", "Zeuge", "Zeugin", "Empfänger", "Empfängerin", "Kontoinhaber", "Kontoinhaberin", "Bevollmächtigte",
        "Bevollmächtigter", "Abholer", "Abholberechtigte", "Schuldner", "Schuldnerin", "Einzahler", "Einzahlerin",
        "Zahlungspflichtige", "Zahlungspflichtiger", "Gläubiger", "Gläubigerin", "Steuerpflichtige", "Steuerpflichtiger",
        // The staff a row is assigned to, and the couples of a wedding list.
        "Bearbeitung", "Bearbeiter", "Bearbeiterin", "Sachbearbeitung", "Sachbearbeiter", "Sachbearbeiterin", "Standesbeamter",
        "Standesbeamtin", "Standesbeamte", "Prüfer", "Prüferin", "Kursleitung", "Kursleiter", "Kursleiterin", "Lehrkraft", "Betreuer",
        "Betreuerin", "Kontaktperson", "Brautpaar", "Eheleute", "Verlobte",
        // A pension office's insured people, a harbour's boat owners.
        "Versicherte", "Versicherter", "Eigner", "Eignerin");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonColumnStems = Set(StringComparer.OrdinalIgnoreCase,
        "Standesbeamt", "Sachbearb", "Bearb");

    /// <summary>A job title on the line below a signature ("Standesbeamtin", "Sachgebietsleiterin Gewerbe").</summary>
    public static bool IsJobTitle(ReadOnlySpan<char> word) => IsRoleWord(word) || JobTitleEndingSet.IsEndOf(word);

    private static readonly string[] JobTitleEndings =
        ["beamtin", "beamter", "leiterin", "leiter", "referentin", "referent", "bearbeiterin", "bearbeiter", "führerin",
         "meisterin", "angestellte", "beauftragte", "beauftragter", "sekretärin", "assistentin", "assistent", "inspektorin",
         "inspektor", "sachbearbeitung", "verwaltungsfachangestellte", "kraft", "lehrer", "lehrerin", "rektor", "rektorin",
         "erzieher", "erzieherin", "mitglied", "mitglieder", "vorsitzender", "vorsitzende", "kassierer", "kassiererin", "wart",
         "wartin", "sprecher", "sprecherin", "pfleger", "pflegerin", "berater", "beraterin", "betreuer", "betreuerin", "zeichner",
         "zeichnerin", "zeichnende", "verfasser", "verfasserin", "beschäftigte", "beschäftigter"];

    // Filed by their last letters: a note's last line and every word of an attendance list are asked, and a loop over
    // fifty endings cost more than the rest of those rules. (Below the endings: static fields are set in textual order.)
    private static readonly WordEndings JobTitleEndingSet = new(StringComparison.Ordinal, minimumStem: 3, JobTitleEndings);

    /// <summary>
    /// Words of a law or tax firm that is named after its partners: "Rechtsanwälte Ullrich &amp; Okafor", "Kunkel Sauer
    /// Sikora Rechtsanwälte PartG mbB".
    /// </summary>
    public static bool IsLawFirmWord(ReadOnlySpan<char> word) => LawFirmWordSet.Contains(word);

    private static readonly string[] LawFirmWords = ["Rechtsanwälte", "Rechtsanwältinnen", "Anwaltskanzlei", "Rechtsanwaltskanzlei", "Kanzlei", "Steuerberater"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LawFirmWordSet = Set(StringComparer.Ordinal, LawFirmWords);

    /// <summary>Office and role words that follow "Frau"/"Herr" in place of a name ("Frau Schulrätin", "Herr Amtsleiter").</summary>
    public static bool IsRoleWord(ReadOnlySpan<char> word) => RoleSuffixSet.IsEndOf(word);

    private static readonly WordEndings RoleSuffixSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 0, RoleSuffixes);

    private static readonly string[] RankWordSuffixes = ["meister", "kommissar", "kommissarin", "inspektor", "sekretär", "sekretärin", "wachtmeister", "rat", "amtsrat", "direktor",
        // The court's officers: "Obergerichtsvollzieherin Beckmann-Nwosu", "Amtsrichterin Hansen", "Rechtspfleger Lutz".
        "vollzieher", "vollzieherin", "richter", "richterin", "rechtspfleger", "rechtspflegerin"];

    private static readonly string[] OwnerFirmSuffixes =
        ["bestattungshaus", "bestattungen", "autohaus", "malerbetrieb", "steuerbüro", "fahrschule", "zahnarztpraxis", "arztpraxis",
         "physiotherapie", "pflegedienst", "pflegedienstes", "pflegedienst", "pietät", "architekturbüro", "ingenieurbüro",
         "planungsbüro", "hausverwaltung", "elektro", "elektrotechnik", "haustechnik", "sanitär", "dachdeckerei",
         "schreinerei", "tischlerei", "gärtnerei", "metzgerei", "bäckerei", "werkstatt", "friseursalon", "bestattungsinstitut"];

    /// <summary>A firm named after its owner ("Bestattungshaus Claußen", "Fahrschule Petersen"): the name after it is a person's.</summary>
    public static bool IsOwnerFirmWord(ReadOnlySpan<char> word) =>
        OwnerFirmSuffixSet.IsEndOf(word) || (word.Length > 5 && word[^1] == 's' && OwnerFirmSuffixSet.IsEndOf(word[..^1])); // "des Bestattungsinstituts Aigner"

    private static readonly WordEndings OwnerFirmSuffixSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 0, OwnerFirmSuffixes);

    /// <summary>
    /// Words that open an organisation's display name in a mail header ("Von: Hotel Alpenrose – …", "Von: Stadtwerke
    /// Kochelsried &lt;info@…&gt;", "Von: PI Kochelsried – Sachbearbeitung"): the words after them name no person.
    /// </summary>
    public static bool IsOrganisationHead(ReadOnlySpan<char> word) =>
        OrganisationHeads.Contains(word) || OrganisationHeadEndings.IsEndOf(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeads = new[]
    {
        "Hotel", "Gasthof", "Gasthaus", "Pension", "Restaurant", "Café", "Cafe", "Praxis", "Kanzlei", "Apotheke", "Autohaus",
        "Firma", "Team", "Büro", "Kita", "Schule", "Verein", "Stadt", "Gemeinde", "Markt", "Kreis", "Landkreis", "PI",
        "Polizei", "Jobcenter", "Info", "Service", "Sekretariat", "Hausverwaltung", "Immobilien", "Stadtwerke",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordEndings OrganisationHeadEndings = new(StringComparison.Ordinal, minimumStem: 3,
        ["amt", "verwaltung", "werke", "inspektion", "präsidium", "zentrale", "behörde", "stelle", "genossenschaft", "abteilung",
         "eingang"]);

    /// <summary>Ranks and offices before a surname ("Stadtbrandmeister Lehmann", "Polizeikommissar Brandt", "Amtsrat Weber").</summary>
    /// A given name of that shape is a name ("Frau Mebrat Haile": an Eritrean name, not a "…rat").
    public static bool IsRankWord(ReadOnlySpan<char> word) => RankWordSuffixSet.IsEndOf(word) && !PiiLexicons.GivenNames.Contains(word);

    private static readonly WordEndings RankWordSuffixSet = new(StringComparison.Ordinal, minimumStem: 3, RankWordSuffixes);

    /// <summary>Compound form labels that end in a person's role ("Betriebsinhaber", "Kindesmutter", "Fahrzeugeigentümerin").</summary>
    public static bool IsRoleCompoundLabel(ReadOnlySpan<char> word) => RoleLabelSuffixSet.IsEndOf(word);

    private static readonly WordEndings RoleLabelSuffixSet = new(StringComparison.OrdinalIgnoreCase, minimumStem: 3, RoleLabelSuffixes);
    // ClosingWords cannot hold these: "you" and "di" open or fill too many lines ("You can call me …", Italian "di"), so
    // only the whole short line counts.
    /// <summary>The words a closing line ends in ("Thank you", "God bless", "Pfiad di"), each compared as written.</summary>
    public static readonly string[] ClosingLineEndWords = ["you", "bless", "di"];

    private static readonly Lazy<WordClassTable> Classes = new(BuildClasses, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The classes of every token: one look-up per word instead of one per class or cue word the rules ask about. The
    /// array is the tokens' <see cref="WordTokens.ClassBuffer"/> (valid while they are; it may be longer than the tokens).
    /// </summary>
    public static WordClass[] Classify(string text, WordTokens tokens)
    {
        var table = ClassTable;
        var result = tokens.ClassBuffer();
        var all = tokens.AsSpan();
        for (var k = 0; k < all.Length; k++)
        {
            result[k] = ClassOf(table, text, all[k], tokens.Hash(k));
        }
        tokens.ClassesFilled();
        return result;
    }

    /// <summary>The table <see cref="ClassOf"/> asks (built on first use).</summary>
    public static WordClassTable ClassTable => Classes.Value;

    /// <summary>The classes of one token, whose <see cref="WordHash"/> is <paramref name="hash"/> (see <see cref="Classify"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordClass ClassOf(WordClassTable table, string text, WordToken token, uint hash)
    {
        var word = text.AsSpan(token.Start, token.Length);
        var c = table.Find(word, hash);
        if ((c & WordClass.Lexical) == 0 && token.Shape == WordShape.Capitalised && HasSurnameEnding(word))
        {
            // An unknown word with a surname's ending counts as a surname, and is evidence of a name by itself.
            c |= WordClass.Surname | WordClass.SurnameEnding;
        }
        else if ((c & WordClass.GivenName) == 0 && token.Shape == WordShape.Capitalised && token.HasHyphen && IsDoubleGivenName(table, word))
        {
            c |= WordClass.GivenName;
        }
        else if ((c & (WordClass.GivenName | WordClass.Surname)) != 0 && token.Shape == WordShape.Lower && EnglishWordsNamedInLexicons.Contains(word))
        {
            // "the manager can sign", "Lars Høgh, will work", "the fine may be paid": in English mails these lower-case
            // words are verbs; capitalised ("Can Yılmaz", "May Ahmadi") they stay names.
            c = (c & ~(WordClass.GivenName | WordClass.Surname)) | WordClass.NotName;
        }
        return c;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWordsNamedInLexicons = Set(StringComparer.Ordinal,
        "will", "can", "may", "fine", "has", "with", "must", "shall", "did", "does", "done", "look", "hope", "see");

    /// <summary>
    /// "Lea-Marie", "Mia-Sophie", "Jan-Ole": parents combine given names freely, so no lexicon lists every double name;
    /// two known given names joined by one hyphen are one. Street and school names ("Paul-Gerhardt-Straße") have three parts.
    /// </summary>
    private static bool IsDoubleGivenName(WordClassTable table, ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 3 || word[(hyphen + 1)..].Contains('-') || !char.IsUpper(word[hyphen + 1]))
        {
            return false;
        }
        var first = word[..hyphen];
        var second = word[(hyphen + 1)..];
        return IsPlainGivenName(table.Find(first, WordHash.Of(first))) && IsPlainGivenName(table.Find(second, WordHash.Of(second)));

        static bool IsPlainGivenName(WordClass c) => (c & (WordClass.GivenName | WordClass.NotName)) == WordClass.GivenName;
    }

    // Every set merged here compares ignoring case, so a class in the union holds exactly when the set contains the word.
    // The cue classes come from rules that compare exact spellings; for them the class is a cheap necessary condition.
    private static WordClassTable BuildClasses()
    {
        var merged = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                merged[word] = merged.GetValueOrDefault(word) | wordClass;
            }
        }
        Add(Titles.Set, WordClass.Title);
        Add(Honorifics.Set, WordClass.Honorific);
        Add(Salutations.Set, WordClass.Salutation);
        Add(Relations.Set, WordClass.Relation);
        Add(ClosingWords.Set, WordClass.ClosingWord);
        Add(HeaderLabels.Set, WordClass.HeaderLabel);
        Add(FieldLabels.Set, WordClass.FieldLabel);
        Add(NotNames.Set, WordClass.NotName);
        Add(Possessives.Set, WordClass.Possessive);
        Add(NamePlates.Set, WordClass.NamePlate);
        Add(PersonPrepositions.Set, WordClass.PersonPreposition);
        Add(PiiLexicons.GivenNames.Set, WordClass.GivenName);
        Add(PiiLexicons.Surnames.Set, WordClass.Surname);
        foreach (var surname in PiiLexicons.Surnames.Set)
        {
            // Known surnames with a surname's ending are names on their own too ("Popescu"), decided here once.
            if (HasSurnameEnding(surname) && (merged[surname] & WordClass.NotName) == 0)
            {
                merged[surname] |= WordClass.SurnameEnding;
            }
        }
        Add(["c"], WordClass.CareOfCue);
        Add(["bei"], WordClass.BeiCue);
        Add(RankAbbreviations.Set, WordClass.RankAbbreviationCue);
        Add(["vormals", "geborene", "geborener", "verwitwete", "geschiedene", "verw", "gesch", "geb", "geboren", "vorher", "früher", "née"], WordClass.BirthCue);
        Add(["Partner", "Partnerin", "Partnern", "Co", "Söhne", "Sohn", "Töchter", "Kollegen"], WordClass.FirmCue);
        Add(LawFirmWords, WordClass.FirmCue);
        Add(["und", "oder"], WordClass.ConjunctionCue);
        Add(["gez", "schrieb", "wrote", "ist", "bin", "ich", "erschien", "erschienen", "vorsprach", "is", "am"], WordClass.SignatureOrIntroductionCue);
        Add(ThanksEndings.Set, WordClass.ThanksEnding);
        Add(["Thị", "Thi", "Văn", "Van"], WordClass.VietnameseMiddleName);
        Add(["Kindern", "children", "kids"], WordClass.ChildWordCue);
        Add(ClosingLineEndWords, WordClass.ClosingLineEnd);
        Add(PersonIdentities.Articles, WordClass.ArticleBeforeForm);
        // The name lexicons are most of the table but rarer in a letter than the closed lists' words.
        return new WordClassTable(merged, frontClasses: ~(WordClass.GivenName | WordClass.Surname | WordClass.SurnameEnding));
    }
}

/// <summary>The closed word classes (and name lexicons) a word belongs to, compared ignoring case.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Title = 1 << 0,
    Honorific = 1 << 1,
    Salutation = 1 << 2,
    Relation = 1 << 3,
    ClosingWord = 1 << 4,
    HeaderLabel = 1 << 5,
    FieldLabel = 1 << 6,
    NotName = 1 << 7,
    GivenName = 1 << 8,
    Surname = 1 << 9,
    SurnameEnding = 1 << 10,
    Possessive = 1 << 11,
    NamePlate = 1 << 12,
    PersonPreposition = 1 << 13,

    /// <summary>The classes above: the word lists and lexicons (a word with none of them is unknown to them).</summary>
    Lexical = (1 << 14) - 1,

    // Cue words of single rules, so that a rule's scan skips a word by one bit test. Equal ignoring case only: the rule
    // still compares the spelling it wants ("c" of "c/o", "Partner" of "Kowalski & Partner").
    CareOfCue = 1 << 14,
    BeiCue = 1 << 15,
    RankAbbreviationCue = 1 << 16,
    BirthCue = 1 << 17,
    FirmCue = 1 << 18,
    ConjunctionCue = 1 << 19,
    SignatureOrIntroductionCue = 1 << 20,

    /// <summary>A word of <see cref="NameWords.ThanksEndings"/>: the closing rule asks it of every closing word.</summary>
    ThanksEnding = 1 << 21,

    /// <summary>"Thị", "Văn" and their spellings without diacritics: the middle names FindVietnameseNames starts at.</summary>
    VietnameseMiddleName = 1 << 22,

    /// <summary>"Kindern", "children", "kids": the child words FindChildrenWithAges asks for besides the relation words.</summary>
    ChildWordCue = 1 << 23,

    /// <summary>"you", "bless", "di": the last words of the closing lines FindSignaturesAfterClosingLines reads.</summary>
    ClosingLineEnd = 1 << 24,

    /// <summary>An article or a preposition joined to one ("der", "einem", "vom"): PersonIdentities covers no form right after one.</summary>
    ArticleBeforeForm = 1 << 25,
}
