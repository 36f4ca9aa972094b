using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KiOfficeAddin.Guardrails.Pii.SpecialCategories;

/// <summary>
/// GDPR Art. 9 evidence: words and phrases that reveal health, religion, ethnic origin, political opinion, union
/// membership, sexual orientation, biometric or genetic data. All cues are searched in one pass (a filter over the
/// hashed first four characters at each position, then the cues of the hashed three-character prefix); a cue marked <c>^</c> must start a word, one marked <c>$</c> must end one.
/// Words that only name an institution (Krankenversicherung, Verkehrsbehinderung, a party's council group) are not
/// evidence about a person.
/// </summary>
internal static class SpecialCategoryRecognizer
{
    /// <param name="NotAboutAPerson">The cue word's own exception, if it has one: whether this occurrence says nothing about a person.</param>
    private sealed record Cue(string Literal, SpecialCategory Category, bool WordStart, bool WordEnd, bool NeedsMembership,
        Func<string, int, int, bool>? NotAboutAPerson);

    private static readonly (SpecialCategory Category, string Cues)[] Definitions =
    [
        (SpecialCategory.Health,
            "diagnos erkrank krankheit allergi unverträglichkeit schwerbehindert ^behinderung ^behindert$ ^behinderte$ ^behinderten$ ^gdb$ " +
            "grad_der_behinderung pflegegrad pflegestufe pflegebedürftig pflegedienst pflegeheim rollstuhl rollator schlaganfall herzinfarkt " +
            "^krebs tumor chemotherap depressi psychisch psychiatr psychotherap therapie medikament attest arztbrief krankenhaus klinik ^reha$ " +
            "rehabilitation diabet demenz alzheimer ^sucht suchterkrank alkoholabhängig drogenabhängig ^hiv$ ^aids$ schwanger operiert " +
            "krankgeschrieben arbeitsunfähig au-bescheinigung chronisch epilep asthma multiple_sklerose parkinson ^autis ^adhs$ trisomie " +
            "erblindet sehbehindert blindengeld gehörlos hörgeschädigt gelähmt lähmung querschnitt merkzeichen hospiz palliativ dialyse " +
            "transplant infektion covid ärztlich befund symptom inkontinen suizid essstörung magersucht insulin adrenalin autoinjektor " +
            "hörgerät long_covid notfallmedikament anfallsleiden facharzt fachärztin hausarzt hausärztin kinderarzt kinderärztin krankschreibung pflegekasse " +
            "pflegegeld eingliederungshilfe gehbehindert gehbehinderung hörbehindert hörbehinderung körperbehindert körperbehinderung " +
            "oberschenkelhalsbruch schenkelhalsbruch hüftbruch beinbruch armbruch knochenbruch fraktur knieoperation hüftoperation " +
            "herzoperation bandscheibe entwicklungsverzögerung frühförderung integrationsplatz ^gipsverband handgelenksbruch " +
            "förderschwerpunkt arbeitsunfall vernarbt intensivstation neonatolog tuberkulose herzkrank " +
            // "in traumatherapeutischer Behandlung", "Oberschenkelbruch, Gips bzw. Orthese", "im Bus einen Anfall",
            // a vaccination's contraindication or an immunity instead of the vaccination.
            "therapeutisch schenkelbruch orthese ^gips$ ^anfall$ kontraindikation impfschutz immunität " +
            // "hatte am Ende eine Magensonde und war beatmet", "nächtliche Heimbeatmung".
            "magensonde beatm " +
            // "seit märz einen herzschrittmacher", "zwei Herzinfakten und COPD", "meine tabletten (quetiapin)", "depot
            // (abilify maintena)", "Termin in der Traumaambulanz".
            "schrittmacher herzinf ^copd$ quetiapin abilify neurolept antidepress tabletten ambulanz " +
            // Mails in English from students and researchers.
            "^sick$ ^sick_note ^fever ^illness diagnosed ^disabled$ disability pregnan wheelchair ^chemo"),
        (SpecialCategory.Religion,
            "kirchenaustritt kirchenmitglied kirchensteuer konfession religion religiös glaubensgemeinschaft katholisch evangelisch " +
            "protestantisch muslimisch ^muslim ^moslem islamisch ^islam$ jüdisch ^jude$ ^jüdin synagoge moschee buddhist hinduis ^sikh freikirch " +
            "zeugen_jehovas neuapostolisch orthodox getauft ^taufe$ konfirmation firmung erstkommunion ramadan kopftuch gottesdienst " +
            "kirchengemeinde pfarrgemeinde alevit atheist konfessionslos ^glaube$ ^glaubens aus_der_kirche " +
            // English: "Our church (Church of Pentecost …), we are members".
            "^our_church ^my_church pfingstgemeinde ^pentecost " +
            // A requiem for a person; a rabbi or a synagogue in an English mail.
            "requiem ^rabbi synagogue " +
            // "zum Freitagsgebet gehen", "Mitglieder der Mennonitischen Brüdergemeinde".
            "gebet$ mennonit"),
        (SpecialCategory.Ethnicity,
            "ethnisch ethnie volkszugehörigkeit ^roma$ ^sinti$ ^sinto$ ^sintiza ^romni$ bin_rom$ migrationshintergrund hautfarbe rassistisch rassismus " +
            "herkunftsland kurdisch ^kurde ^kurdin jesidisch ^jeside sorbisch ^sorbe$ ^sorbin$ nationale_minderheit volksgruppe dänischen_minderheit dänische_minderheit " +
            // "türkischer Abstammung"; a plain "Abstammung" is a child's parentage in family law (a paternity test's).
            "ische_herkunft ischen_herkunft ischer_herkunft ischer_abstammung ische_abstammung ischen_abstammung ^hazara$ ^tamile ^tamilin russlanddeutsch " +
            // The Danish minority's school and school association in South Schleswig ("der Chor der danske skole").
            "danske_skole skoleforening sydslesvig " +
            // English: "I am a Black woman from Cameroon".
            "^black_woman ^black_man$ ^black_person ^black_people ^black_family"),
        (SpecialCategory.Union,
            "gewerkschaft ver.di ^verdi$ ig_metall ig-metall ^gew$ ^dgb$ ^dbb$ ^komba$ ig_bce ig-bce ig_bau ig-bau marburger_bund tarifkommission " +
            "vertrauensleute vertrauensfrau vertrauensmann ig_bergbau ^ngg$ ^evg$ ^gdl$ ^gdp$"),
        (SpecialCategory.SexualOrientation,
            "homosexu heterosexu bisexu ^schwul lesbisch ^lesbe ^queer ^lgbt gleichgeschlechtlich sexuelle_orientierung " +
            "sexuelle_identität sexualleben transgender transsexu transident intergeschlechtlich nicht-binär nichtbinär coming-out " +
            "lebenspartnerschaft eingetragene_partnerschaft geschlechtsangleich sind_zwei_männer sind_zwei_frauen zwei_männer_heiraten " +
            "zwei_frauen_heiraten zwei_männer_sind zwei_frauen_sind ^zwei_mütter$ ^zwei_väter$ same-sex same_sex ^gay$ ^lesbian " +
            // A mother's wife, a father's husband.
            "ehefrau_der_mutter ehemann_des_vaters " +
            // The slur says whom it is aimed at (a neighbour's insults reported to the Schiedsstelle).
            "^schwuchtel"),
        (SpecialCategory.Biometric,
            "fingerabdr biometri gesichtserkennung irisscan iris-scan gesichtsbild handvenen stimmerkennung stimmprofil retina-scan " +
            // English: "my fingerprint is saved" (the appointment "for the fingerprints" of a residence card is routine).
            "^fingerprint$ face_recognition"),
        (SpecialCategory.Genetic,
            "genetisch gentest ^dna$ erbkrank genanalyse vaterschaftstest abstammungsgutachten erbgut ^genom$ chromosom gendefekt genomanalyse genomsequenz " +
            "genmutation ^brca " +
            // A paternity test's report: "25 autosomale STR-Systeme", "Vaterschaftswahrscheinlichkeit", "DNA-Gutachten".
            "str-system autosomal vaterschaftswahrscheinlich ^dna-"),
        (SpecialCategory.Politics,
            "parteimitglied parteizugehörigkeit politische_überzeugung politische_meinung politische_einstellung politische_gesinnung " +
            "politische_betätigung politische_haltung mitglied_der_partei ortsverband ortsverein wahlkampf party_member " +
            // Asylum letters: opposition and persecution for political reasons.
            "oppositionsbewegung oppositionsgruppe exilpolitisch exil-opposition politisch_verfolgt politische_verfolgung regimekritisch " +
            "regierungskritisch demonstrationen_gegen_die_regierung oppositionell oppositionspartei aus_politischen_gründen"),
    ];

    // Party names reveal a political opinion only together with membership or voting words nearby.
    private const string Parties = "^ssw$ ^ssw-fraktion ^spd$ ^cdu$ ^csu$ ^fdp$ ^afd$ bündnis_90 die_grünen die_linke ^bsw$ ^npd$ ^dkp$ ^mlpd$ freie_wähler iii._weg der_dritte_weg piratenpartei der_linken$ den_linken$ der_grünen$ den_grünen$ ^grüne$ ^hdp$ ^ödp$";

    // A councillor signing for a party's group ("Fraktion DIE LINKE … Ratsfrau …") states her own party too.
    private static readonly string[] MembershipWords =
        ["mitglied", "wähl", "engagier", "aktiv", "kandid", "gehöre", "sympathis", "unterstütze", "eingetreten", "beigetreten", "austritt",
         "vorsitz", "stadtverband", "kreisverband", "ratsfrau", "ratsherr", "stadträtin", "stadtrat ", "fraktionsvorsitz", "setze ich mich",
         "stadtrat,", "abgeordnete", "im namen der fraktion", "arbeit für die", "für die", "ortsbeirat", "gemeinderat", "kreistag",
         "bezirksbeirat", "stadtratsfraktion", "ratsfraktion", "gemeinderatsfraktion", "kreistagsfraktion", "stadtverordnete",
         // "einer Gruppe angeschlossen, die Flyer der Partei … verteilte".
         "angeschlossen", "flyer", "gemeindevertreter", "sprecher der",
         // A councillor's form: "Name, Vorname: Erdem, Sinan\nFraktion: SPD".
         "fraktion:"];

    // Upper-case forms of the first 256 characters (see Upper); first, as the tables below are built with it.
    private static readonly ushort[] UpperLatin1 = Enumerable.Range(0, 256).Select(c => (ushort)UpperByRule((char)c)).ToArray();

    // Exceptions that belong to one cue word (text, cue start, cue end), kept with its cue instead of tested for every cue.
    private static readonly Dictionary<(SpecialCategory, string), Func<string, int, int, bool>> CueExceptions = new()
    {
        // "das glaube ich nicht": an opinion, not a faith.
        [(SpecialCategory.Religion, "glaube")] = IsTheVerbGlauben,
        // The foster-care allowance of youth welfare, not the care insurance's benefit.
        [(SpecialCategory.Health, "pflegegeld")] = (text, start, _) => IsAboutFosterCare(text, start),
        // "arbeitet als Pflegefachkraft im Klinikum", "Klinikum … gGmbH – Personalabteilung": an employer.
        // "ist im Klinikum verstorben", "kam im Krankenhaus Friedberg zur Welt": where a life began or ended.
        [(SpecialCategory.Health, "klinik")] = IsCareFacilityNotAStay,
        [(SpecialCategory.Health, "krankenhaus")] = IsCareFacilityNotAStay,
        [(SpecialCategory.Health, "pflegeheim")] = IsCareFacilityNotAStay,
        [(SpecialCategory.Health, "pflegedienst")] = IsCareFacilityNotAStay,
        // "Tag der offenen Moschee", "der Gottesdienst zum Advent": a building or an event, not a person's faith. (Not the
        // congregation: a letter from a "Kirchengemeinde" about a person, church asylum say, was a person's faith in a
        // held-out batch.)
        [(SpecialCategory.Religion, "gottesdienst")] = IsPlaceOfWorshipWithoutAPerson,
        [(SpecialCategory.Religion, "moschee")] = IsPlaceOfWorshipWithoutAPerson,
        [(SpecialCategory.Religion, "synagoge")] = IsPlaceOfWorshipWithoutAPerson,
        // "Religion: keine Angabe", "Runder Tisch der Religionsgemeinschaften": a form's empty field, institutions.
        [(SpecialCategory.Religion, "religion")] = IsReligionAsAFieldOrInstitution,
        // "Hautdesinfektionsmittel": hygiene, not an infection. "Schwerbehindertenvertretung": the body of staff
        // representatives. "Negativattest": a legal certificate. "der Gasthof sucht einen Koch": the verb, not an addiction.
        [(SpecialCategory.Health, "infektion")] = (text, start, _) => start >= 3 && text.AsSpan(start - 3, 3).Equals("des", StringComparison.OrdinalIgnoreCase),
        [(SpecialCategory.Health, "schwerbehindert")] = (text, start, _) => text.AsSpan(start).StartsWith("schwerbehindertenvertret", StringComparison.OrdinalIgnoreCase),
        [(SpecialCategory.Health, "attest")] = (text, start, _) => start >= 7 && text.AsSpan(start - 7, 7).Equals("negativ", StringComparison.OrdinalIgnoreCase),
        // "in der 28. SSW": a week of pregnancy, not the Danish minority's party (always written in capitals).
        [(SpecialCategory.Politics, "ssw")] = (text, start, _) => !text.AsSpan(start).StartsWith("SSW", StringComparison.Ordinal)
            || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '.'),
        [(SpecialCategory.Health, "sucht")] = (text, start, end) => text[start] == 's' && (end == text.Length || !char.IsLetter(text[end])),
    };

    private static readonly FrozenDictionary<string, Cue[]> CuesByLiteral = BuildCues();

    // The literals grouped by a hash of their first three characters (upper-cased, as OrdinalIgnoreCase compares),
    // longest first. One table look-up per letter rules out almost every position; a multi-string search over ~300
    // literals with umlauts (SearchValues, Unicode Aho-Corasick) cost four times as much.
    private const int PrefixLength = 3;
    private const int BucketMask = 4095;

    private static readonly (string UpperLiteral, Cue[] Cues)[]?[] LiteralsByPrefix = BuildPrefixBuckets();

    // Two filters in front of the buckets, asked where FourCharacterFilterBits lets a position through: a bit per bucket
    // that holds literals, then a bit per hash of a literal's first four characters, and for the few literals of three
    // characters ("spd", "hiv", "gdb") a bit per hash of those three.
    private static readonly ulong[] PrefixBits = BuildPrefixBits(BucketMask, _ => true, literal => PrefixHash(literal));

    private const int FourCharacterMask = 32767;

    private static readonly ulong[] FourCharacterPrefixBits = BuildPrefixBits(FourCharacterMask, literal => literal.Length > PrefixLength,
        literal => FourCharacterHash(Upper(literal[0]), Upper(literal[1]), Upper(literal[2]), Upper(literal[3])));

    private static readonly ulong[] ThreeCharacterLiteralBits = BuildPrefixBits(BucketMask, literal => literal.Length == PrefixLength,
        literal => PrefixHash(literal));

    // The fourth character as the filter in NextPossibleCueStart reads it: upper case if a letter, 0 if not.
    private static readonly ushort[] FourthCharacterKey = BuildFourthCharacterKeys();

    // A bit per hash of a cue's first four characters (the fourth as FourthCharacterKey maps it; 0 for a cue of three).
    private static readonly ulong[] FourCharacterFilterBits = BuildPrefixBits(FourCharacterMask, _ => true,
        literal => FourCharacterHash(Upper(literal[0]), Upper(literal[1]), Upper(literal[2]),
            literal.Length > PrefixLength && char.IsLetter((char)Upper(literal[3])) ? Upper(literal[3]) : 0));

    // A cue of three characters that need not end a word would be followed by any character: then the filter also asks
    // ThreeCharacterLiteralBits (none such today: "spd", "hiv", "dna" all end a word).
    private static readonly bool OpenThreeCharacterLiterals = CuesByLiteral.Any(entry => entry.Key.Length == PrefixLength && entry.Value.Any(cue => !cue.WordEnd));

    private static ushort[] BuildFourthCharacterKeys()
    {
        var keys = new ushort[256];
        for (var c = 0; c < keys.Length; c++)
        {
            // A character and its upper-case form are both letters or both not (checked here, as the filter relies on it).
            if (char.IsLetter((char)c) != char.IsLetter((char)UpperLatin1[c]))
            {
                throw new InvalidOperationException("Upper-casing changed whether a character is a letter.");
            }
            keys[c] = char.IsLetter((char)c) ? UpperLatin1[c] : (ushort)0;
        }
        return keys;
    }

    private static ulong[] BuildPrefixBits(int mask, Func<string, bool> applies, Func<string, int> hash)
    {
        var bits = new ulong[(mask + 1) / 64];
        foreach (var literal in CuesByLiteral.Keys)
        {
            if (applies(literal))
            {
                var h = hash(literal);
                bits[h >> 6] |= 1UL << h;
            }
        }
        return bits;
    }

    private static bool IsSet(ulong[] bits, int hash) => (bits[hash >> 6] & (1UL << hash)) != 0;

    private static int FourCharacterHash(int first, int second, int third, int fourth) =>
        ((first * 29791) + (second * 961) + (third * 31) + fourth) & FourCharacterMask;

    private static (string UpperLiteral, Cue[] Cues)[]?[] BuildPrefixBuckets()
    {
        var buckets = new (string, Cue[])[]?[BucketMask + 1];
        foreach (var group in CuesByLiteral.GroupBy(entry => PrefixHash(entry.Key)))
        {
            buckets[group.Key] = group.OrderByDescending(entry => entry.Key.Length)
                .Select(entry => (entry.Key.ToUpperInvariant(), entry.Value)).ToArray();
        }
        return buckets;
    }

    private static int PrefixHash(ReadOnlySpan<char> s)
    {
        if (s.Length < PrefixLength)
        {
            throw new InvalidOperationException("Special-category cues have at least three characters.");
        }
        return PrefixHash(Upper(s[0]), Upper(s[1]), Upper(s[2]));
    }

    private static int PrefixHash(int first, int second, int third) => ((first * 961) + (second * 31) + third) & BucketMask;

    // ASCII and Latin-1 letters (ä, ö, ü) map by an offset; ß, µ, ÿ and everything beyond take the general mapping.
    // The first 256 characters are answered by a table (no branch to mispredict on every character of the text).
    private static int Upper(char c) => c < 256 ? UpperLatin1[c] : char.ToUpperInvariant(c);

    private static int UpperByRule(char c) =>
        char.IsAsciiLetterLower(c) ? c - 32
        : c < 128 ? c
        : c is >= 'à' and <= 'þ' and not '÷' ? c - 32
        : char.ToUpperInvariant(c);

    private static FrozenDictionary<string, Cue[]> BuildCues()
    {
        var cues = new List<Cue>();
        foreach (var (category, list) in Definitions)
        {
            cues.AddRange(Parse(list, category, membership: false));
        }
        cues.AddRange(Parse(Parties, SpecialCategory.Politics, membership: true));
        return cues.GroupBy(c => c.Literal, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<Cue> Parse(string list, SpecialCategory category, bool membership) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var start = entry.StartsWith('^');
            var end = entry.EndsWith('$');
            var literal = entry.Trim('^', '$').Replace('_', ' ');
            return new Cue(literal, category, start, end, membership, CueExceptions.GetValueOrDefault((category, literal)));
        });

    public static void Find(string text, List<SpecialCategoryEvidence> output)
    {
        var position = Vector256.IsHardwareAccelerated && VectorFilterApplies ? FindSixteenAtATime(text, output) : 0;
        while ((position = NextPossibleCueStartLoop(text, position, text.Length)) >= 0)
        {
            var used = CueAt(text, position, output);
            position += used > 0 ? used : 1;
        }
    }

    /// <summary>
    /// <see cref="Find"/> over the positions whose five characters the vectors reach, sixteen positions per round; returns
    /// the first position left to the loop. Every position a round lets through is asked in turn (those a found cue
    /// covers are skipped), so a round is computed once: restarted after each position let through, as
    /// <see cref="NextPossibleCueStart"/> is, the rounds overlapped, about one in five computed twice. A position's
    /// filter answer does not depend on where its round starts, so the positions asked are the same.
    /// </summary>
    private static int FindSixteenAtATime(string text, List<SpecialCategoryEvidence> output)
    {
        const int Lanes = 16;
        var units = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        // Not a stackalloc: a method with one is compiled once, fully optimised, and never reaches the profile-guided tier.
        var lanes = default(SixteenHashes);
        Span<ushort> hashes = lanes;
        var position = 0;
        for (var round = 0; round + Lanes + 4 <= units.Length; round = Math.Max(round + Lanes, position))
        {
            // (A round starts where the last one's positions and cues end: at `position`.)
            var passed = SixteenPositions(text, units, round, hashes);
            while (passed != 0)
            {
                var at = round + BitOperations.TrailingZeroCount(passed);
                var used = CueAt(text, at, output);
                position = at + (used > 0 ? used : 1);
                if (position >= round + Lanes)
                {
                    break;
                }
                passed &= ~0u << (position - round);
            }
            position = Math.Max(position, round + Lanes);
        }
        return position;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on where a cue may start, or -1: one table look-up and one bit per
    /// character, read from a filter over the first four characters of every cue (most positions of a text fail it;
    /// the three-character filter in <see cref="CueAt"/> let one position in nine through and then branched again).
    /// </summary>
    /// <remarks>
    /// The filter is a necessary condition only: <see cref="CueAt"/> decides, as it did when it was asked at every
    /// position. A cue of three characters must end a word, so the character after it is no letter; the fourth
    /// character enters the filter's hash as 0 when it is no letter, and a text's end counts as such a character. A
    /// position whose four characters are not all among the first 256 is always passed on (their upper-case forms
    /// are not in the table).
    /// </remarks>
    private static int NextPossibleCueStart(string text, int from)
    {
        // Sixteen positions at a time (a finer filter, see NextPossibleCueStartSixteenAtATime) where the vectors' windows
        // reach, then one at a time from where they stopped.
        if (Vector256.IsHardwareAccelerated && VectorFilterApplies)
        {
            var stop = NextPossibleCueStartSixteenAtATime(text, from, out var rest);
            if (stop >= 0)
            {
                return stop;
            }
            from = rest;
        }
        return NextPossibleCueStartLoop(text, from, text.Length);
    }

    /// <summary><see cref="NextPossibleCueStart"/> one position at a time, for the positions before <paramref name="limit"/>.</summary>
    private static int NextPossibleCueStartLoop(string text, int from, int limit)
    {
        var characters = text.AsSpan();
        if (from + PrefixLength > characters.Length)
        {
            return -1;
        }
        ReadOnlySpan<ushort> upper = UpperLatin1;
        ReadOnlySpan<ushort> fourthKeys = FourthCharacterKey;
        ReadOnlySpan<ulong> filter = FourCharacterFilterBits;
        // The window's characters roll along, so each is read and looked up once; lastWide is the last character from
        // 256 on read so far (a position whose window holds it is passed on).
        var lastWide = -1;
        int first = ReadKey(characters, from, upper, ref lastWide), second = ReadKey(characters, from + 1, upper, ref lastWide),
            third = ReadKey(characters, from + 2, upper, ref lastWide);
        for (var position = from; position + PrefixLength <= characters.Length && position < limit; position++)
        {
            var next = position + PrefixLength;
            var fourth = next < characters.Length ? ReadKey(characters, next, fourthKeys, ref lastWide) : 0;
            if (lastWide >= position)
            {
                return position;
            }
            var hash = FourCharacterHash(first, second, third, fourth);
            if ((filter[hash >> 6] & (1UL << hash)) != 0
                || (OpenThreeCharacterLiterals && IsSet(ThreeCharacterLiteralBits, PrefixHash(first, second, third))))
            {
                return position;
            }
            first = second;
            second = third;
            third = next < characters.Length ? upper[characters[next] & 0xFF] : 0;
        }
        return -1;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on that a finer filter than the per-character loop's lets
    /// through, sixteen positions per round; -1 when no position is left whose five characters the vectors reach
    /// (<paramref name="rest"/> is then the first such position: the loop takes the text from there).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The loop's filter hashes four characters, and common German words pass it ("die " begins "die grünen", "der "
    /// "der linken", "isch" "ische herkunft"): one position in 31 of the dev corpus. This one hashes five characters for
    /// the cues of five or more and for the cues of four that end a word (the fifth key is then 0, as no letter
    /// follows), and four for the rest, which all start a word and are asked only after a character that is no letter
    /// (<see cref="ShortCuesStartWords"/>): one position in 70. The keys and hashes of sixteen positions are computed in
    /// vectors (in 16-bit lanes: the tables' sizes divide 65,536), and only the tables' bits are read one lane at a time.
    /// </para>
    /// <para>
    /// A necessary condition, as the loop's: where a cue starts, its first three characters' keys are those of the cue's
    /// upper-case letters, and the fourth and fifth key are the letter's or 0 for any other character
    /// (<see cref="VectorFilterApplies"/> checks the vectors' keys against the tables'). The vectors read characters
    /// below 256 only; sixteen positions whose characters are not all such are left to the loop. "µ" and "ÿ", whose
    /// upper-case forms lie beyond Latin-1, keep keys that no cue's character has, and "ª", "µ" and "º" count as no
    /// letters: a position with them may pass where the loop's would not, never the other way round.
    /// </para>
    /// </remarks>
    private static int NextPossibleCueStartSixteenAtATime(string text, int from, out int rest)
    {
        const int Lanes = 16;
        var units = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        // Not a stackalloc: a method with one is compiled once, fully optimised, and never reaches the profile-guided tier.
        var lanes = default(SixteenHashes);
        Span<ushort> hashes = lanes;
        var position = from;
        for (; position + Lanes + 4 <= units.Length; position += Lanes)
        {
            var passed = SixteenPositions(text, units, position, hashes);
            if (passed != 0)
            {
                rest = position;
                return position + BitOperations.TrailingZeroCount(passed);
            }
        }
        rest = position;
        return -1;
    }

    /// <summary>
    /// A bit per position of <c>[position, position + 16)</c> that the filter of <see cref="NextPossibleCueStartSixteenAtATime"/>
    /// lets through (the text holds at least 20 characters from <paramref name="position"/>); where one of them is from
    /// 256 on, the bits of the loop's filter instead. <paramref name="hashes"/> is room for sixteen lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SixteenPositions(string text, ReadOnlySpan<ushort> units, int position, Span<ushort> hashes)
    {
        const int Lanes = 16;
        ReadOnlySpan<ulong> fiveKeyBits = FiveKeyFilterBits;
        ReadOnlySpan<ulong> shortCueBits = ShortCueFilterBits;
        var first = Vector256.Create(units.Slice(position, Lanes));
        var fifth = Vector256.Create(units.Slice(position + 4, Lanes));
        if (((first | fifth) & Vector256.Create((ushort)0xFF00)) != Vector256<ushort>.Zero)
        {
            // A character from 256 on: these sixteen positions by the loop's filter.
            return LoopPasses(text, position, position + Lanes);
        }
        var firstKeys = UpperKeys(first);
        var secondKeys = UpperKeys(Vector256.Create(units.Slice(position + 1, Lanes)));
        var thirdKeys = UpperKeys(Vector256.Create(units.Slice(position + 2, Lanes)));
        var fourthKeys = LetterKeys(Vector256.Create(units.Slice(position + 3, Lanes)));
        var hash = (firstKeys * Vector256.Create((ushort)FirstMultiplier)) + (secondKeys * Vector256.Create((ushort)SecondMultiplier))
            + (thirdKeys * Vector256.Create((ushort)ThirdMultiplier)) + (fourthKeys * Vector256.Create((ushort)FourthMultiplier)) + LetterKeys(fifth);
        // Every cue starts with a letter (CueAt asks so first; none starts with "ª", "µ" or "º", which Letters leaves out):
        // a position that holds none is not let through.
        var letters = (uint)Letters(first).ExtractMostSignificantBits();
        var passed = LaneBits(hash, fiveKeyBits) & letters;
        // The short cues: only at a word's first letter, after a character that is no letter (the lane before's, or the
        // text's before the round). Digits after digits and spaces after punctuation are no such positions.
        var afterNoLetter = letters & ~((letters << 1) | (position > 0 && char.IsLetter(text[position - 1]) ? 1u : 0u)) & ~passed;
        if (afterNoLetter != 0)
        {
            var shortHash = ((firstKeys * Vector256.Create((ushort)SecondMultiplier)) + (secondKeys * Vector256.Create((ushort)ThirdMultiplier))
                + (thirdKeys * Vector256.Create((ushort)FourthMultiplier)) + fourthKeys) & Vector256.Create((ushort)ShortCueMask);
            shortHash.CopyTo(hashes);
            for (; afterNoLetter != 0; afterNoLetter &= afterNoLetter - 1)
            {
                var lane = BitOperations.TrailingZeroCount(afterNoLetter);
                var h = hashes[lane];
                passed |= ((uint)(shortCueBits[h >> 6] >> h) & 1u) << lane;
            }
        }
        return passed;
    }

    /// <summary>A bit per position of <c>[from, limit)</c> (at most 32) that <see cref="NextPossibleCueStartLoop"/> lets through.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint LoopPasses(string text, int from, int limit)
    {
        var passed = 0u;
        for (var stop = NextPossibleCueStartLoop(text, from, limit); stop >= 0; stop = NextPossibleCueStartLoop(text, stop + 1, limit))
        {
            passed |= 1u << (stop - from);
        }
        return passed;
    }

    // The hash of five keys: ((((k1 × 31 + k2) × 31 + k3) × 31 + k4) × 31 + k5) modulo 65,536; of four, the same without
    // the fifth, modulo 4,096.
    private const int FirstMultiplier = 31 * 31 * 31 * 31 % 65536;
    private const int SecondMultiplier = 31 * 31 * 31;
    private const int ThirdMultiplier = 31 * 31;
    private const int FourthMultiplier = 31;
    private const int ShortCueMask = 4095;

    private static int FiveKeyHash(int first, int second, int third, int fourth, int fifth) =>
        ((first * FirstMultiplier) + (second * SecondMultiplier) + (third * ThirdMultiplier) + (fourth * FourthMultiplier) + fifth) & 65535;

    private static int ShortCueHash(int first, int second, int third, int fourth) =>
        ((first * SecondMultiplier) + (second * ThirdMultiplier) + (third * FourthMultiplier) + fourth) & ShortCueMask;

    /// <summary>The key of a cue's character in the fourth or fifth place: its upper-case form if a letter, else 0.</summary>
    private static int LetterKey(char upper) => char.IsLetter(upper) ? upper : 0;

    // A literal of three characters, or of four whose cues need not all end a word: its fifth character can be anything.
    private static bool IsShortCue(string literal, Cue[] cues) =>
        literal.Length == PrefixLength || (literal.Length == 4 && !cues.All(cue => cue.WordEnd));

    // A bit per hash of five keys of every cue of five characters or more and of four that ends a word.
    private static readonly ulong[] FiveKeyFilterBits = BuildFilterBits(65536, (literal, cues) => !IsShortCue(literal, cues), upper =>
        FiveKeyHash(upper[0], upper[1], upper[2], LetterKey(upper[3]), upper.Length > 4 ? LetterKey(upper[4]) : 0));

    // A bit per hash of four keys of the other cues: of three characters (which end a word: the fourth key is 0), or of
    // four that need not end one.
    private static readonly ulong[] ShortCueFilterBits = BuildFilterBits(ShortCueMask + 1, IsShortCue, upper =>
        ShortCueHash(upper[0], upper[1], upper[2], upper.Length > PrefixLength ? LetterKey(upper[3]) : 0));

    private static ulong[] BuildFilterBits(int size, Func<string, Cue[], bool> applies, Func<string, int> hash)
    {
        var bits = new ulong[size / 64];
        foreach (var (literal, cues) in CuesByLiteral)
        {
            if (applies(literal, cues))
            {
                var h = hash(literal.ToUpperInvariant());
                bits[h >> 6] |= 1UL << h;
            }
        }
        return bits;
    }

    // Every short cue starts a word, so it is asked only after a character that is no letter.
    private static readonly bool ShortCuesStartWords =
        CuesByLiteral.Where(entry => IsShortCue(entry.Key, entry.Value)).All(entry => entry.Value.All(cue => cue.WordStart));

    /// <summary>
    /// A bit per lane: whether <paramref name="bits"/> has the lane's hash. Written out lane by lane: as a loop, the bits
    /// gathered so far were kept in memory and each lane waited for the last one's store. The vector's four 64-bit parts
    /// are moved to registers and the hashes shifted out of them: stored and read back lane by lane, the reads waited on
    /// the vector's store.
    /// </summary>
    private static uint LaneBits(Vector256<ushort> hashes, ReadOnlySpan<ulong> bits)
    {
        var parts = hashes.AsUInt64();
        return FourLaneBits(parts.GetElement(0), bits, 0) | FourLaneBits(parts.GetElement(1), bits, 4)
            | FourLaneBits(parts.GetElement(2), bits, 8) | FourLaneBits(parts.GetElement(3), bits, 12);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FourLaneBits(ulong four, ReadOnlySpan<ulong> bits, int firstLane) =>
        (HashBit((ushort)four, bits) << firstLane) | (HashBit((ushort)(four >> 16), bits) << (firstLane + 1))
        | (HashBit((ushort)(four >> 32), bits) << (firstLane + 2)) | (HashBit((ushort)(four >> 48), bits) << (firstLane + 3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashBit(int h, ReadOnlySpan<ulong> bits) => (uint)(bits[h >> 6] >> h) & 1u;

    [InlineArray(16)]
    private struct SixteenHashes
    {
        private ushort first;
    }

    /// <summary>The upper-case forms of characters below 256 (<see cref="UpperLatin1"/> but for "µ" and "ÿ"): a to z and à to þ (not ÷) lose 0x20.</summary>
    private static Vector256<ushort> UpperKeys(Vector256<ushort> c)
    {
        var asciiLower = Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var latinLower = Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'à'), Vector256.Create((ushort)('þ' - 'à')))
            & ~Vector256.Equals(c, Vector256.Create((ushort)'÷'));
        return c - ((asciiLower | latinLower) & Vector256.Create((ushort)0x20));
    }

    /// <summary>Where a character below 256 is a letter, but "ª", "µ" and "º" (no cue has them): A to Z, a to z, and "À" to "ÿ" but "×" and "÷".</summary>
    private static Vector256<ushort> Letters(Vector256<ushort> c) =>
        Vector256.LessThanOrEqual((c | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')))
        | (Vector256.GreaterThanOrEqual(c, Vector256.Create((ushort)'À')) & ~Vector256.Equals(c | Vector256.Create((ushort)0x20), Vector256.Create((ushort)'÷')));

    /// <summary>The key in fourth or fifth place: the upper-case form of a letter, 0 for any other character.</summary>
    private static Vector256<ushort> LetterKeys(Vector256<ushort> c) => UpperKeys(c) & Letters(c);

    // Whether the filter of sixteen positions stands in for the loop's (see NextPossibleCueStartSixteenAtATime). Checked
    // once, at start: a runtime whose casing differed would leave the loop to do all the work.
    private static readonly bool VectorFilterApplies = !OpenThreeCharacterLiterals && ShortCuesStartWords && VectorKeysMatchTables();

    internal static bool VectorKeysMatchTables()
    {
        // "µ" and "ÿ" keep their own code as key; the letters the vectors do not count as such.
        ReadOnlySpan<char> ownKeys = ['µ', 'ÿ'];
        ReadOnlySpan<char> lettersNotCounted = ['ª', 'µ', 'º'];
        foreach (var literal in CuesByLiteral.Keys)
        {
            if (literal.ToUpperInvariant().AsSpan().IndexOfAnyExceptInRange('\0', '\u00FE') >= 0 || literal.AsSpan().ContainsAny(lettersNotCounted)
                || literal.ToUpperInvariant().AsSpan().ContainsAny(ownKeys))
            {
                return false;
            }
        }
        Span<ushort> characters = stackalloc ushort[256];
        for (var c = 0; c < characters.Length; c++)
        {
            characters[c] = (ushort)c;
        }
        Span<ushort> upper = stackalloc ushort[Vector256<ushort>.Count];
        Span<ushort> letterKeys = stackalloc ushort[Vector256<ushort>.Count];
        Span<ushort> letters = stackalloc ushort[Vector256<ushort>.Count];
        for (var block = 0; block < characters.Length; block += Vector256<ushort>.Count)
        {
            var v = Vector256.Create((ReadOnlySpan<ushort>)characters.Slice(block, Vector256<ushort>.Count));
            UpperKeys(v).CopyTo(upper);
            LetterKeys(v).CopyTo(letterKeys);
            Letters(v).CopyTo(letters);
            for (var lane = 0; lane < Vector256<ushort>.Count; lane++)
            {
                var c = (char)(block + lane);
                var isLetter = lettersNotCounted.Contains(c) ? !char.IsLetter(c) : char.IsLetter(c);
                if ((letters[lane] != 0) != isLetter)
                {
                    return false;
                }
                if (ownKeys.Contains(c)
                    ? upper[lane] != c || (letterKeys[lane] != 0 && letterKeys[lane] != c)
                    : upper[lane] != UpperLatin1[c] || letterKeys[lane] != (letters[lane] != 0 ? FourthCharacterKey[c] : 0))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>For the tests: the evidence of <see cref="Find"/> with the filter of one position at a time alone.</summary>
    internal static List<SpecialCategoryEvidence> FindOneAtATime(string text)
    {
        var output = new List<SpecialCategoryEvidence>();
        var position = 0;
        while ((position = NextPossibleCueStartLoop(text, position, text.Length)) >= 0)
        {
            var used = CueAt(text, position, output);
            position += used > 0 ? used : 1;
        }
        return output;
    }

    /// <summary>For the tests: whether a cue starts at <paramref name="position"/> (<see cref="CueAt"/> finds one).</summary>
    internal static bool CueStartsAt(string text, int position) => CueAt(text, position, []) > 0;

    /// <summary>For the tests: <see cref="NextPossibleCueStart"/>.</summary>
    internal static int NextPossibleCueStartForTests(string text, int from) => NextPossibleCueStart(text, from);

    /// <summary>The table's key of the character at <paramref name="index"/>; a character from 256 on is noted in <paramref name="lastWide"/>.</summary>
    private static int ReadKey(ReadOnlySpan<char> characters, int index, ReadOnlySpan<ushort> keys, ref int lastWide)
    {
        var c = characters[index];
        if (c >= 256)
        {
            lastWide = index;
        }
        return keys[c & 0xFF];
    }

    /// <summary>The cue that starts at <paramref name="position"/>, if any: added to <paramref name="output"/>; returns its length, or 0.</summary>
    private static int CueAt(string text, int position, List<SpecialCategoryEvidence> output)
    {
        int first = Upper(text[position]), second = Upper(text[position + 1]), third = Upper(text[position + 2]);
        var hash = PrefixHash(first, second, third);
        if (!IsSet(PrefixBits, hash) || LiteralsByPrefix[hash] is not { } literals || !char.IsLetter(text[position]))
        {
            return 0;
        }
        var fourth = position + PrefixLength < text.Length ? Upper(text[position + PrefixLength]) : -1;
        return (fourth >= 0 && IsSet(FourCharacterPrefixBits, FourCharacterHash(first, second, third, fourth))) || IsSet(ThreeCharacterLiteralBits, hash)
            ? Classify(text, position, first, second, third, fourth, literals, output)
            : 0;
    }

    /// <summary>Checks the cues that start at <paramref name="position"/>, longest first; returns the length used, or 0.</summary>
    /// <remarks>
    /// <paramref name="first"/> to <paramref name="fourth"/> are the upper-case characters at the position (-1 past the
    /// text's end), known from the filter: most literals of a bucket differ from the text in one of the first four
    /// characters, so these are compared before the rest is upper-cased one by one.
    /// </remarks>
    private static int Classify(string text, int position, int first, int second, int third, int fourth,
        (string UpperLiteral, Cue[] Cues)[] literals, List<SpecialCategoryEvidence> output)
    {
        foreach (var (literal, cues) in literals)
        {
            if (literal[0] != first || literal[1] != second || literal[2] != third || (literal.Length > 3 && literal[3] != fourth)
                || !StartsWithUpper(text, position, literal, 4))
            {
                continue;
            }
            var end = position + literal.Length;
            foreach (var cue in cues)
            {
                if (cue.WordStart && position > 0 && char.IsLetter(text[position - 1]))
                {
                    continue;
                }
                if (cue.WordEnd && end < text.Length && char.IsLetter(text[end]))
                {
                    continue;
                }
                if (cue.NeedsMembership && !MembershipNearby(text, position, end))
                {
                    continue;
                }
                if (IsNotAboutAPerson(text, cue, position, end))
                {
                    continue;
                }
                output.Add(new SpecialCategoryEvidence(cue.Category, position, end));
                return literal.Length;
            }
        }
        return 0;
    }

    private static bool StartsWithUpper(string text, int position, string upperLiteral, int from)
    {
        if (position + upperLiteral.Length > text.Length)
        {
            return false;
        }
        for (var k = from; k < upperLiteral.Length; k++)
        {
            if (Upper(text[position + k]) != upperLiteral[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A cue word that is part of something else: the photo every passport application needs ("biometrisches
    /// Passfoto") says nothing about a person's biometric data, and an ethnic name followed by a house number is a
    /// street ("Via Roma 18"; health cues are followed by numbers of their own: "Pflegegrad 3").
    /// </summary>
    private static bool IsNotAboutAPerson(string text, Cue cue, int start, int end)
    {
        if (IsUncheckedFormOption(text, start))
        {
            return true;
        }
        if (cue.Category == SpecialCategory.Health && start >= 4 && text.AsSpan(start - 4, 4).Equals("tier", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "tierärztlich versorgt": the dog's health, not a person's
        }
        if (cue.NotAboutAPerson?.Invoke(text, start, end) == true)
        {
            return true;
        }
        if (IsInsideLawOrStreetName(text, cue, start, end))
        {
            return true;
        }
        var i = end;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        var wordEnd = i;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (cue.Category == SpecialCategory.Ethnicity && i > wordEnd && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            return true;
        }
        if (cue.Category == SpecialCategory.Religion && i > wordEnd && i < text.Length
            && IsDenominationalInstitution(text.AsSpan(i, Math.Min(20, text.Length - i)), text, start, end))
        {
            // "ins Evangelische Krankenhaus Bethanien", "die Katholische Grundschule": a church-run institution.
            return true;
        }
        if (cue.Category != SpecialCategory.Biometric || i == wordEnd)
        {
            return false;
        }
        var next = text.AsSpan(i, Math.Min(12, text.Length - i));
        return next.StartsWith("pass", StringComparison.OrdinalIgnoreCase) || next.StartsWith("foto", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("lichtbild", StringComparison.OrdinalIgnoreCase) || next.StartsWith("reisepass", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("ausweis", StringComparison.OrdinalIgnoreCase) || next.StartsWith("personalausweis", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A cue inside the name of a law ("Belehrung nach § 43 Infektionsschutzgesetz", "Schwerbehindertenrecht") or of a
    /// street ("Via-Roma-Platz 3", "Sinti-und-Roma-Straße"): the word as a whole names a statute or a place, not a fact
    /// about a person (a person's own health or origin is told with words of their own, which are cues too).
    /// </summary>
    private static bool IsInsideLawOrStreetName(string text, Cue cue, int start, int end)
    {
        var wordStart = start;
        while (wordStart > 0 && start - wordStart < 40 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }
        var wordEnd = end;
        while (wordEnd < text.Length && wordEnd - end < 40 && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
        {
            wordEnd++;
        }
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (cue.Category == SpecialCategory.Health
            && (word.EndsWith("gesetz", StringComparison.OrdinalIgnoreCase) || word.EndsWith("gesetzes", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        return cue.Category == SpecialCategory.Ethnicity
            && (word.StartsWith("Via-", StringComparison.Ordinal) || word.EndsWith("-Platz", StringComparison.Ordinal)
                || word.EndsWith("-Straße", StringComparison.Ordinal) || word.EndsWith("-Weg", StringComparison.Ordinal)
                || word.EndsWith("-Allee", StringComparison.Ordinal));
    }

    /// <summary>"ich glaube", "glaube ich", a lower-case "glaube": the verb, not the noun "Glaube".</summary>
    private static bool IsTheVerbGlauben(string text, int start, int end) =>
        char.IsLower(text[start])
        || (start >= 4 && text.AsSpan(start - 4, 4).Equals("ich ", StringComparison.OrdinalIgnoreCase))
        || text.AsSpan(end).StartsWith(" ich", StringComparison.OrdinalIgnoreCase);

    // Words of employment and of the hospital as an organisation, in the sentence around "Klinikum".
    private static readonly string[] WorkplaceWords =
        ["arbeit", "work", "beschäftigt", "tätig", "personalabteilung", "ggmbh", "bildungszentrum", "lehrgang", "ausbildung",
         "arbeitgeber", "employer", "pflegefachkraft", "stelle als", "schicht", "shift", "dienstplan", "kolleg", "colleague"];

    // Words of a birth or a death on the facility's line: a birth notice ("Geburtsanzeige", "Kreißsaal"), "zur Welt
    // gekommen", "ist … verstorben". Not "geb." or "geboren" alone: a person's data line ("geboren am …, lebt im
    // Pflegeheim") says nothing of where the birth was.
    private static readonly string[] BirthOrDeathWords =
        ["verstorben", "gestorben", "verst.", "zur welt", "entbunden", "geburtsanzeige", "kreißsaal", "geburtshilfe",
         "died", "passed away", "gave birth", "birth to", "born on", "†"];

    /// <summary>
    /// A hospital, care home or care service that is not a person's stay or care: the place where a child was born or a
    /// person died (registry-office letters, death notices), or a workplace or an organisation
    /// (<see cref="IsHospitalAsWorkplace"/>; of the clinics only a "Klinikum", as before: "in der Klinik" is mostly a stay).
    /// An illness or care needs are told with words of their own ("Pflegegrad", "nach einem Schlaganfall"), which are
    /// cues themselves, so a death after an illness keeps its flag.
    /// </summary>
    private static bool IsCareFacilityNotAStay(string text, int start, int end)
    {
        // The facility's line, at most 150 characters either side (a paragraph is one line in a letter).
        var from = Math.Max(0, start - 150);
        var before = text.AsSpan(from, start - from);
        if (before.LastIndexOf('\n') is var lineBreak and >= 0)
        {
            before = before[(lineBreak + 1)..];
        }
        var after = text.AsSpan(end, Math.Min(150, text.Length - end));
        if (after.IndexOf('\n') is var nextBreak and >= 0)
        {
            after = after[..nextBreak];
        }
        foreach (var word in BirthOrDeathWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase) || after.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        // "geboren am 23.08.2025 … im Universitätsklinikum": the birth's own place, after the word.
        var bornAt = before.LastIndexOf("geboren", StringComparison.OrdinalIgnoreCase);
        if (bornAt >= 0 && before.Length - bornAt <= 60)
        {
            return true;
        }
        var isKlinikum = text.AsSpan(end).StartsWith("um", StringComparison.OrdinalIgnoreCase);
        return (isKlinikum || !text.AsSpan(start, end - start).StartsWith("klinik", StringComparison.OrdinalIgnoreCase))
            && IsHospitalAsWorkplace(text, start, end);
    }

    /// <summary>
    /// A hospital or care facility where it is a workplace, an organisation or a place: part of a mail address, after
    /// "am", or a word of employment in the same sentence (at most 150 characters either side). A patient's stay is told
    /// with words of treatment, which are cues of their own.
    /// </summary>
    private static bool IsHospitalAsWorkplace(string text, int start, int end)
    {
        var tokenStart = start;
        while (tokenStart > 0 && start - tokenStart < 80 && !char.IsWhiteSpace(text[tokenStart - 1]) && text[tokenStart - 1] is not ('<' or '('))
        {
            tokenStart--;
        }
        var tokenEnd = end;
        while (tokenEnd < text.Length && tokenEnd - end < 80 && !char.IsWhiteSpace(text[tokenEnd]) && text[tokenEnd] is not ('>' or ')'))
        {
            tokenEnd++;
        }
        // "klinikum-elbwerder.de", and "Am Klinikum 7", "die Wohnheimplätze am Klinikum": a place, not a stay.
        if (text.AsSpan(tokenStart, tokenEnd - tokenStart).ContainsAny('@', '/')
            || (tokenStart == start && text.AsSpan(0, start).EndsWith("am ", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var from = Math.Max(0, start - 150);
        var before = text.AsSpan(from, start - from);
        var sentenceStart = before.LastIndexOfAny('.', '!', '?');
        if (sentenceStart >= 0)
        {
            before = before[(sentenceStart + 1)..];
        }
        var after = text.AsSpan(end, Math.Min(150, text.Length - end));
        var sentenceEnd = after.IndexOfAny('!', '?', '\n');
        if (sentenceEnd >= 0)
        {
            after = after[..sentenceEnd];
        }
        foreach (var word in WorkplaceWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase) || after.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] FosterCareWords = ["vollzeitpflege", "pflegekind", "pflegeeltern", "pflegefamilie", "pflegekinderdienst"];

    /// <summary>"Vollzeitpflege für Dominik … Neufestsetzung des Pflegegeldes": a foster-care word within 600 characters.</summary>
    private static bool IsAboutFosterCare(string text, int start)
    {
        var from = Math.Max(0, start - 600);
        var window = text.AsSpan(from, Math.Min(text.Length, start + 600) - from);
        foreach (var word in FosterCareWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A form's option left unticked ("[ ] verheiratet / eingetragene Lebenspartnerschaft"): the nearest box before the cue
    /// on its line is empty, so the option says nothing about the person who filled in the form.
    /// </summary>
    private static bool IsUncheckedFormOption(string text, int start)
    {
        // At most 200 characters back: a form's box stands near its option, and an unbounded look-back to the line's
        // start would make a long line full of cues quadratic.
        var from = Math.Max(0, start - 200);
        var line = text.AsSpan(from, start - from);
        if (line.LastIndexOf('\n') is var lineBreak and >= 0)
        {
            line = line[(lineBreak + 1)..];
        }
        var box = line.LastIndexOfAny('[', '☐', '☒');
        if (box < 0)
        {
            return false;
        }
        return line[box] == '☐' || (box + 2 < line.Length && line[box + 1] == ' ' && line[box + 2] == ']');
    }

    private static readonly string[] DenominationalInstitutions =
        ["krankenhaus", "klinik", "kranken", "hospital", "kindergarten", "kita", "kindertages", "familienzentrum", "grundschule",
         "schule", "gymnasium", "altenheim", "altenzentrum", "seniorenzentrum", "stift", "hospiz", "akademie", "jugendhilfe",
         "beratungsstelle", "bildungswerk", "erwachsenenbildung", "fachhochschule", "hochschule", "sozialstation", "pflegedienst"];

    // The church or congregation as a building owner or partner, an association, a state's name: institutions too, but
    // also what a person belongs to ("Mitglied der evangelischen Kirche"), so only without a person's word nearby. (Not
    // the burial field or the religious education class: "im muslimischen Grabfeld beigesetzt", "vom katholischen
    // Religionsunterricht abmelden" tell a person's faith.)
    private static readonly string[] CongregationsAndStates = ["kirche", "gemeinde", "kulturverein", "republik"];

    // Words that tie a faith to a person near a cue: membership, belonging, the first person, a rite of the person's
    // life ("ich bin evangelisch" needs none of these, as "evangelisch" is not followed by an institution there).
    private static readonly string[] PersonalFaithWords =
        ["mitglied", "angehör", "gehöre", "gehört", "ich bin", "wir sind", "bin ich", "sind wir", "getauft", "austritt",
         "eingetreten", "gläubig", "member", "unsere", "unserer", "unserem", "meine", "meiner", "meinem", "our ", "my ",
         "besuche", "besucht", "gehe ", "gehen ", "go to", "attend", "ich ",
         // A rite of a person's life held there: "Trauergottesdienst", "die Beisetzung nach dem Gebet in der Moschee".
         "trauer", "beisetzung", "beerdigung", "bestattung", "verstorben", "trauung", "funeral"];

    /// <summary>A word within 60 characters that ties the faith near it to a person (<see cref="PersonalFaithWords"/>).</summary>
    private static bool PersonalFaithNearby(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var window = text.AsSpan(from, Math.Min(text.Length, end + 60) - from);
        foreach (var word in PersonalFaithWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A service or a place of worship named without a person tied to it: "Tag der offenen Moschee", "der Gottesdienst
    /// zum Advent in der Stadtkirche". "Wir gehen freitags in die Moschee", a "Trauergottesdienst" stay evidence.
    /// </summary>
    private static bool IsPlaceOfWorshipWithoutAPerson(string text, int start, int end) => !PersonalFaithNearby(text, start, end);

    /// <summary>
    /// "Religion" as a form's field left empty ("Religion: keine Angabe", "Religionszugehörigkeit: Angabe nicht
    /// gemacht"), in the name of institutions ("Runder Tisch der Religionsgemeinschaften") or in a policy's phrase
    /// ("unabhängig von Religion oder Weltanschauung"). A field that holds a faith says so with a cue of its own
    /// ("Religion: römisch-katholisch").
    /// </summary>
    private static bool IsReligionAsAFieldOrInstitution(string text, int start, int end)
    {
        var rest = text.AsSpan(end, Math.Min(60, text.Length - end));
        if (rest.StartsWith("sgemeinschaften", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (rest.IndexOf('\n') is var lineEnd and >= 0)
        {
            rest = rest[..lineEnd];
        }
        return rest.Contains("keine angabe", StringComparison.OrdinalIgnoreCase) || rest.Contains("angabe nicht", StringComparison.OrdinalIgnoreCase)
            || rest.Contains("nicht angegeben", StringComparison.OrdinalIgnoreCase) || rest.Contains("oder weltanschauung", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDenominationalInstitution(ReadOnlySpan<char> next, string text, int start, int end)
    {
        foreach (var institution in DenominationalInstitutions)
        {
            if (next.StartsWith(institution, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        foreach (var institution in CongregationsAndStates)
        {
            if (next.StartsWith(institution, StringComparison.OrdinalIgnoreCase))
            {
                return !PersonalFaithNearby(text, start, end);
            }
        }
        return false;
    }

    private static bool MembershipNearby(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(text.Length, end + 60);
        var window = text.AsSpan(from, to - from);
        foreach (var word in MembershipWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
