using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Values that a keyword introduces through a few linking words, the way people write in running text: "Unser
/// Aktenzeichen ist 50.21-GS-4471/26", "die Akte ABH 3.2-117/24", "die nummer vom alten bescheid ist WG 64-20318",
/// "Reisepass Nr. P81923906", "Ihre Reisepassnummer ist C3731453". Foreign passports carry no check digit we can
/// verify, and a case file number has no fixed shape, so the keyword and the shape of the value decide together:
/// a case reference needs digits and a separator or a letter group; a passport number is 6 to 10 capital letters
/// and digits with at least five digits, in a text about a foreign document. One pass over the words; a value is
/// read only after a keyword.
/// </summary>
internal static partial class KeywordValueRecognizer
{
    private enum Kind : byte { None, CaseFile, CustomerNumber, Passport, IdCard, DrivingLicence, Plate, VehiclePlate, HealthPolicy, NamedNumber, BankAccount }

    private const int MaxLinkWords = 4;

    public static void Find(string text, List<Candidate> output) => Find(text, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, List{Candidate})"/>, with the text's digit clusters found once for every recognizer.</summary>
    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters) =>
        Find(text, output, clusters, caseReferenceLeads: false);

    /// <summary>
    /// As <see cref="Find(string, List{Candidate}, List{DigitCluster})"/>; with <paramref name="caseReferenceLeads"/> the word
    /// pass also visits the case references' leads that <see cref="IdentifierRecognizer"/> left to it.
    /// </summary>
    internal static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters, bool caseReferenceLeads)
    {
        var matches = new List<(int Index, int Length)>();
        // "Anhörung Verwarnungsgeld 32.2-VG-11842/26", "Az 51.4-UV-2208/25": an office's file number in its own shape
        // (unit number, letters, serial/year) needs no keyword.
        DigitClusters.Matches(text, OfficeFileNumberWindows, clusters, matches);
        foreach (var m in matches)
        {
            output.Add(new(PiiCategory.CaseReference, OfficeLettersBeforeUnit(text, m.Index), m.Index + m.Length, CandidatePriority.CaseReference));
        }
        // "Strafbefehl (Az. Cs 104 Js 8821/25)", "Urteil vom 03.02.2021 (3 Ds 56 Js 3307/20)": the public prosecutor's
        // register (Js) marks a criminal file's number (6 labelled in all batches, none not); informal mails write it in
        // lower case ("akten zeichen 6 ls 412 js 771/25").
        if (text.Contains(" Js ", StringComparison.Ordinal) || text.Contains(" js ", StringComparison.Ordinal))
        {
            foreach (var m in ProsecutorFileNumber().EnumerateMatches(text))
            {
                output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
            }
        }
        // "UV-2024-08812", "WG-2026-1734": an office's letters, the year, a serial.
        DigitClusters.Matches(text, LettersYearSerialWindows, clusters, matches);
        foreach (var m in matches)
        {
            // Invoices, offers, receipts, bookings and waiting lists are numbered the same way and are no one's file:
            // "RE-2026-0931", "Warteliste: WL-2025-77413".
            var prefix = text.AsSpan(m.Index, text.IndexOf('-', m.Index) - m.Index);
            if (prefix is not ("RE" or "RG" or "RN" or "RNR" or "AN" or "AB" or "LS") && !ContextWindow.Before(text, m.Index, 30, BusinessDocumentWords()))
            {
                output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
            }
        }
        // "Nr. MUCL/8871/2025", "Numer aktu: 0226/00/AU/2024", "Trích lục khai tử Nr. 58/TLKT-BS": a register entry's
        // number — parts of capitals and digits joined by slashes — after a number word; an invoice's, a course's or a
        // booking's numbered the same way is no one's.
        // (The pattern runs only on a short window at each number word: most letters have a few.)
        if (text.Contains('/'))
        {
            foreach (var word in (ReadOnlySpan<string>)["Nr.", "no.", "№", "Numer aktu:"])
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    // "Reg.-Nr.:" is found at its "Nr."; the pattern's \b before "Nr" needs the character before it.
                    var from = Math.Max(0, at - 5);
                    var window = text.AsSpan(from, Math.Min(text.Length - from, 80));
                    if (window.IndexOf('/') < 0)
                    {
                        continue; // "Nr. 5", "Hausnr. 12": no slash, no register entry
                    }
                    foreach (var m in RegisterEntryNumber().EnumerateMatches(window))
                    {
                        var match = RegisterEntryNumber().Match(text, from + m.Index, m.Length);
                        var value = match.Groups[1];
                        if (match.Success && HasCapitalPairAndDigit(value.ValueSpan) && !ContextWindow.Before(text, match.Index, 30, BusinessDocumentWords()))
                        {
                            output.Add(new(PiiCategory.CaseReference, value.Index, value.Index + value.Length, CandidatePriority.CaseReference));
                        }
                        break;
                    }
                }
            }
        }
        // "BüA-LM 2025/118734", "OA-R 31/2025/0187": an office's abbreviation (capitals, maybe a small letter or an
        // umlaut), a hyphen, a unit's letters, then the year and serial.
        DigitClusters.Matches(text, MixedCaseOfficeFileNumberWindows, clusters, matches);
        foreach (var m in matches)
        {
            output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
        }
        // "VG München M 1 K 25.4127", "M 1 SN 25.4128": a Bavarian administrative court's file (seat, chamber, register,
        // year.serial).
        DigitClusters.Matches(text, BavarianCourtFileNumberWindows, clusters, matches);
        foreach (var m in matches)
        {
            output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
        }
        // "National Insurance Number (ZP 21 93 88 A)": the British number, two letters, three pairs of digits and a letter,
        // within a sentence after its name.
        // (Ordinal searches: ignoring case, a search of the whole text is several times slower.)
        if (text.Contains("nsurance", StringComparison.Ordinal) || text.Contains("NINO", StringComparison.Ordinal))
        {
            foreach (var m in BritishInsuranceNumber().EnumerateMatches(text))
            {
                if (ContextWindow.SentenceBefore(text, m.Index, 80).Contains("nsurance", StringComparison.OrdinalIgnoreCase)
                    || ContextWindow.SentenceBefore(text, m.Index, 80).Contains("NINO", StringComparison.Ordinal))
                {
                    output.Add(new(PiiCategory.SocialSecurity, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
                }
            }
        }
        // (The US social security number, "my us social security number 606-73-2282", is read with the other states'
        // nine-digit numbers by ForeignTaxIds: its printed groups and never-issued ranges, after its name.)
        // "07403BG0019384": the Jobcenter's number of a household (Bedarfsgemeinschaft), in its fixed shape.
        if (DigitClusters.AnyAfter(text, clusters, "BG", 7) && text.Contains("BG", StringComparison.Ordinal))
        {
            foreach (var m in HouseholdNumber().EnumerateMatches(text))
            {
                output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
            }
        }
        // "VG Neustadt, 4 K 233/24.NW", "Verfahren 3 F 118/25", "Insolvenzantrag (3 IN 87/25)", a list of a chamber's
        // files: a court's file number (chamber, register letters, number/year) is a person's case unless it is cited as
        // law — a published decision ("1 BvR 1232/00", "BSG, B 14 AS 24/18 R", "vgl. BAG … 4 AZR 195/20"). Where no court
        // or proceeding is named before it, it must also not follow a judgment's or order's mention on its line (a named
        // local court's "Beschluss des AG Gera vom …, Az. 3 F 412/24" has the court named). In all batches read, 119 such
        // numbers without any cue are labelled and 2 are not.
        // Every such number has a slash: most texts need no scan at all.
        if (text.Contains('/', StringComparison.Ordinal))
        {
            DigitClusters.Matches(text, CourtFileNumberWindows, clusters, matches);
            foreach (var m in matches)
            {
                if (!IsCitedDecision(text, m.Index, m.Index + m.Length)
                    && (ContextWindow.Before(text, m.Index, 60, CourtContext())
                        || !DecisionWords().IsMatch(ContextWindow.LineBefore(text, m.Index, 80))))
                {
                    output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
                }
            }
        }
        // The file numbers read by their shape alone, one pass over the clusters for all of them. They are read in ASCII
        // digits only: a text with other digits (no clusters given) takes its ASCII clusters.
        foreach (var cluster in clusters ?? DigitClusters.FindAscii(text))
        {
            AddTreasuryNumber(text, cluster, output);
            AddUnitSerialYearNumber(text, cluster, output);
            AddRegisterEntryNumber(text, cluster, output);
            AddLettersYearSerialWithSlash(text, cluster, output);
            AddPoliceOrMigrationOfficeNumber(text, cluster, output);
        }
        // "AG XVII 134/25", "Betreff: WG: XVII 431/26": the guardianship court's register (XVII) is quoted by the
        // Betreuungsbehörde often without the department's number and without a court named nearby; no public number
        // has this shape. (With a department number and a court named, the pattern above finds it too.)
        if (text.Contains("XVII ", StringComparison.Ordinal))
        {
            foreach (var m in GuardianshipFileNumber().EnumerateMatches(text))
            {
                output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
            }
        }
        // "OWi 32.1-25-004417", "32.1-OWi-2025-558231": "OWi" (Ordnungswidrigkeit) marks a fine proceeding's file number.
        if ((DigitClusters.AnyAfter(text, clusters, "OWi ", 3) || DigitClusters.AnyAfter(text, clusters, "OWi-", 3))
            && text.Contains("OWi", StringComparison.Ordinal))
        {
            foreach (var m in FineProceedingNumber().EnumerateMatches(text))
            {
                output.Add(new(PiiCategory.CaseReference, m.Index, m.Index + m.Length, CandidatePriority.CaseReference));
            }
        }
        FindKeywordValues(text, output, caseReferenceLeads);
        AddPlatesListedWithPlates(text, output);
    }

    /// <summary>
    /// "drei Kleinbusse: DJ 58 CYY, DGF-MD 1472, CA 0993 TX", "VIB 217 A (Passat), VIB 218 A (Transit)": the items of a list
    /// beside a plate found already (a German one by its district code) are plates too where they have a plate's shape —
    /// the next item (after a remark in brackets) and the one before.
    /// </summary>
    private static void AddPlatesListedWithPlates(string text, List<Candidate> output)
    {
        HashSet<int>? plateStarts = null;
        // The list grows while it is read: a plate found here is the next one's anchor; each position is read once.
        for (var c = 0; c < output.Count && c < MaxListedPlateAnchors; c++)
        {
            if (output[c].Category != PiiCategory.LicensePlate)
            {
                continue;
            }
            if (plateStarts is null)
            {
                plateStarts = [];
                foreach (var candidate in output)
                {
                    if (candidate.Category == PiiCategory.LicensePlate)
                    {
                        plateStarts.Add(candidate.Start);
                    }
                }
            }
            var end = output[c].End;
            // A remark in brackets after the plate: "(Passat)".
            if (end + 2 < text.Length && text[end] == ' ' && text[end + 1] == '(')
            {
                var close = text.IndexOf(')', end + 2, Math.Min(30, text.Length - end - 2));
                end = close < 0 ? end : close + 1;
            }
            var next = NextListItem(text, end);
            if (next > 0 && next < text.Length && plateStarts.Add(next))
            {
                ReadPlate(text, next, output);
            }
            // The item before: the stretch after the previous ", " or ": ", up to the ", " before this plate.
            var start = output[c].Start;
            if (start >= 4 && text[start - 2] == ',' && text[start - 1] == ' ')
            {
                var itemEnd = start - 2;
                var from = Math.Max(0, itemEnd - 14);
                var window = text.AsSpan(from, itemEnd - from);
                var separator = Math.Max(window.LastIndexOf(", ", StringComparison.Ordinal), window.LastIndexOf(": ", StringComparison.Ordinal));
                var itemStart = separator < 0 ? -1 : from + separator + 2;
                if (itemStart > 0 && itemStart < itemEnd && plateStarts.Add(itemStart))
                {
                    var before = output.Count;
                    ReadPlate(text, itemStart, output);
                    if (output.Count > before && output[^1].End != itemEnd)
                    {
                        output.RemoveAt(output.Count - 1);
                    }
                }
            }
        }
    }

    // Lists are read beside at most this many candidates of a text (a text of thousands of plates stays linear).
    private const int MaxListedPlateAnchors = 10_000;

    /// <summary>
    /// "Grundsteuer (21.0455.62917)", "Kassenzeichen / Payment reference: 5.2026.108016", "5.2024.119.27754": a city
    /// treasury's Kassenzeichen in its dotted shape (one to three digits, four, two to six, maybe one to five more) names
    /// the taxpayer's account and needs no keyword: no date or amount has a group of four digits second. Only a budget
    /// line has the same shape ("Haushaltsstelle 4.3110.735000"), so one named just before is left alone.
    /// </summary>
    private static void AddTreasuryNumber(string text, DigitCluster cluster, List<Candidate> output)
    {
        if (cluster.Digits is < 7 or > 18 || (cluster.Start > 0 && (char.IsLetterOrDigit(text[cluster.Start - 1]) || text[cluster.Start - 1] == '.'))
            || (cluster.End < text.Length && char.IsLetterOrDigit(text[cluster.End]))
            || !HasTreasuryShape(text.AsSpan(cluster.Start, cluster.End - cluster.Start)))
        {
            return;
        }
        var from = Math.Max(0, cluster.Start - 40);
        var before = text.AsSpan(from, cluster.Start - from);
        if (before.Contains("haushaltsstelle", StringComparison.OrdinalIgnoreCase) || before.Contains("buchungsstelle", StringComparison.OrdinalIgnoreCase)
            || before.Contains("HHSt", StringComparison.Ordinal) || before.Contains("sachkonto", StringComparison.OrdinalIgnoreCase)
            || before.Contains("kostenstelle", StringComparison.OrdinalIgnoreCase) || before.Contains("Produkt", StringComparison.Ordinal))
        {
            return;
        }
        output.Add(new(PiiCategory.CaseReference, cluster.Start, cluster.End, CandidatePriority.CaseReference));
    }

    /// <summary>
    /// "Fall Reimer (SVA 40.2-0187/26)", "WG 3.2-0904/2025", "WoA 21-0702/25": an office's file number as unit, serial and
    /// year — the unit (dotted, or plain after the office's letters), a hyphen, the serial, a slash and the year — maybe
    /// after the office's letters. In all held-out batches, 103 numbers of the dotted shape are labelled and none is not.
    /// </summary>
    private static void AddUnitSerialYearNumber(string text, DigitCluster cluster, List<Candidate> output)
    {
        if (cluster.Digits is < 5 or > 16 || (cluster.Start > 0 && (char.IsLetterOrDigit(text[cluster.Start - 1]) || text[cluster.Start - 1] is '.' or '-' or '/'))
            || (cluster.End < text.Length && (char.IsLetterOrDigit(text[cluster.End]) || text[cluster.End] == '/'))
            || text.AsSpan(Math.Max(0, cluster.Start - 3), Math.Min(3, cluster.Start)).Contains('§'))
        {
            return;
        }
        var groups = UnitSerialYearGroups(text.AsSpan(cluster.Start, cluster.End - cluster.Start));
        if (groups == 0)
        {
            return;
        }
        // The office's letters before it: a capital and up to four letters, one space.
        var start = cluster.Start;
        if (start >= 3 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            var letters = RunStartBefore(text, start - 1, 5, char.IsLetter);
            if (char.IsUpper(text[letters]) && (letters == 0 || !char.IsLetterOrDigit(text[letters - 1])) && start - 1 - letters >= 2)
            {
                start = letters;
            }
        }
        // "WoA 21-0702/25": an undotted unit only after the office's letters (30 labelled in all batches, none not).
        if (groups == 1 && start == cluster.Start)
        {
            return;
        }
        output.Add(new(PiiCategory.CaseReference, start, cluster.End, CandidatePriority.CaseReference));
    }

    /// <summary>
    /// "unter G 0047/2026 beurkundet", "E 0318/2026" in a list of weddings: a register office's entry — the register's
    /// letter, the entry's number, a slash and the year. In all batches 32 of this shape are labelled, 2 are not.
    /// Two to four capitals name an office's register the same way ("Nr. NE 22/2025", "Az. BA-0812/2025": 16 labelled in
    /// all batches), but also a calendar week ("KW 20/2026"), a council's paper ("Drucksache GR 31/2026") and a month's
    /// report ("BWA 12/2024"): those are left alone.
    /// </summary>
    private static void AddRegisterEntryNumber(string text, DigitCluster cluster, List<Candidate> output)
    {
        if (cluster.Digits is < 5 or > 8 || cluster.Start < 2 || text[cluster.Start - 1] is not (' ' or '-')
            || (cluster.End < text.Length && (char.IsLetterOrDigit(text[cluster.End]) || text[cluster.End] is '/' or '-')))
        {
            return;
        }
        var start = RunStartBefore(text, cluster.Start - 1, 4, char.IsAsciiLetterUpper);
        var letters = cluster.Start - 1 - start;
        if (letters == 0 || (letters == 1 && text[cluster.Start - 1] == '-')
            || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '/' or '-')))
        {
            return;
        }
        var value = text.AsSpan(cluster.Start, cluster.End - cluster.Start);
        var slash = value.IndexOf('/');
        if (slash is < 1 or > 4 || value.Length - slash - 1 != 4 || value[..slash].ContainsAnyExceptInRange('0', '9')
            || value[(slash + 1)..].ContainsAnyExceptInRange('0', '9') || value[slash + 1] != (value[slash + 2] == '9' ? '1' : '2')
            || value[slash + 2] is not ('9' or '0'))
        {
            return;
        }
        if (letters > 1 && (text.AsSpan(start, letters) is "KW" || (slash <= 2 && int.Parse(value[..slash]) <= 12) || CouncilPaperBefore(text, start)))
        {
            return;
        }
        output.Add(new(PiiCategory.CaseReference, start, cluster.End, CandidatePriority.CaseReference));
    }

    /// <summary>
    /// The start of one to four ASCII letters, the first a capital, that end at <paramref name="end"/> and follow no
    /// letter, digit, '.' or '/'; or -1.
    /// </summary>
    private static int OfficeLettersBefore(string text, int end)
    {
        var start = RunStartBefore(text, end, 4, char.IsAsciiLetter);
        if (start == end || !char.IsAsciiLetterUpper(text[start]) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '/')))
        {
            return -1;
        }
        return start;
    }

    /// <summary>
    /// "OA 32.4-KÜ-25/058": the office's letters, one space, then its unit's number: the start of the letters, or
    /// <paramref name="unit"/> ("Az. 32.1-…" keeps its keyword out).
    /// </summary>
    private static int OfficeLettersBeforeUnit(string text, int unit)
    {
        if (unit < 3 || text[unit - 1] != ' ')
        {
            return unit;
        }
        var start = RunStartBefore(text, unit - 1, 4, char.IsAsciiLetterUpper);
        var letters = unit - 1 - start;
        return letters >= 2 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && text.AsSpan(start, letters) is not "AZ" ? start : unit;
    }

    /// <summary>
    /// Where the run of up to <paramref name="maxLength"/> characters that <paramref name="accepts"/> and that ends at
    /// <paramref name="end"/> starts (<paramref name="end"/> itself when there is none): the office's letters before a
    /// file number, read backwards.
    /// </summary>
    private static int RunStartBefore(string text, int end, int maxLength, Func<char, bool> accepts)
    {
        var start = end;
        while (start > 0 && end - start < maxLength && accepts(text[start - 1]))
        {
            start--;
        }
        return start;
    }

    /// <summary>A council's paper or decision named in the 20 characters before ("Drucksache GR 31/2026", "Vorlage KA 2025/041").</summary>
    private static bool CouncilPaperBefore(string text, int start)
    {
        var from = Math.Max(0, start - 20);
        var before = text.AsSpan(from, start - from);
        return before.Contains("Vorlage", StringComparison.OrdinalIgnoreCase) || before.Contains("Drucksache", StringComparison.OrdinalIgnoreCase)
            || before.Contains("Beschluss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Bauvoranfrage BV 2026/0007", "Fundsache FB 2026/0134": an office's letters, the year, a slash and a serial. In
    /// all batches 42 of this shape are labelled and 2 are not, one a council's paper ("Vorlage KA 2025/041"), which a
    /// council's words before it rule out.
    /// </summary>
    private static void AddLettersYearSerialWithSlash(string text, DigitCluster cluster, List<Candidate> output)
    {
        var value = text.AsSpan(cluster.Start, cluster.End - cluster.Start);
        if (cluster.Digits is < 7 or > 10 || value.Length < 8 || value[4] != '/' || value[..2] is not ("19" or "20")
            || value[..4].ContainsAnyExceptInRange('0', '9') || value[5..].ContainsAnyExceptInRange('0', '9') || value.Length - 5 is < 3 or > 6
            || cluster.Start < 3 || text[cluster.Start - 1] != ' '
            || (cluster.End < text.Length && (char.IsLetterOrDigit(text[cluster.End]) || text[cluster.End] is '/' or '-')))
        {
            return;
        }
        var letters = OfficeLettersBefore(text, cluster.Start - 1);
        if (letters < 0)
        {
            return;
        }
        // "VS-K 2025/71184", "StA-EA 2025/0093": the office's letters and its unit's, joined by a hyphen (20 labelled in
        // all batches, none not).
        if (letters >= 2 && text[letters - 1] == '-' && OfficeLettersBefore(text, letters - 1) is >= 0 and var office)
        {
            letters = office;
        }
        else if (cluster.Start - 1 - letters < 2 || (letters > 0 && text[letters - 1] == '-'))
        {
            return;
        }
        if (CouncilPaperBefore(text, letters))
        {
            return;
        }
        output.Add(new(PiiCategory.CaseReference, letters, cluster.End, CandidatePriority.CaseReference));
    }

    /// <summary>
    /// The unit's groups (1–3 digits each, joined by dots) when the rest is a hyphen, 2–7 digits, a slash and 2–4 digits;
    /// else 0.
    /// </summary>
    internal static int UnitSerialYearGroups(ReadOnlySpan<char> value)
    {
        var hyphen = value.IndexOf('-');
        var slash = value.IndexOf('/');
        if (hyphen < 1 || slash < hyphen + 3 || value[(slash + 1)..].ContainsAnyExceptInRange('0', '9') || value.Length - slash - 1 is < 2 or > 4
            || value[(hyphen + 1)..slash].ContainsAnyExceptInRange('0', '9') || slash - hyphen - 1 is < 2 or > 7)
        {
            return 0;
        }
        var unit = value[..hyphen];
        var groups = 0;
        foreach (var range in unit.Split('.'))
        {
            var group = unit[range];
            if (group.Length is < 1 or > 3 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return 0;
            }
            groups++;
        }
        // An undotted unit needs a serial of three or more ("21-0702/25"): "3-12/24" is a span of pages or months.
        return groups == 1 && slash - hyphen - 1 < 3 ? 0 : groups;
    }

    /// <summary>Groups of 1–3, 4, 2–6 and maybe 1–5 digits, joined by single dots and nothing else.</summary>
    internal static bool HasTreasuryShape(ReadOnlySpan<char> value)
    {
        Span<int> lengths = stackalloc int[5];
        var groups = 0;
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
                continue;
            }
            if (c != '.' || length == 0 || groups == 4)
            {
                return false;
            }
            lengths[groups++] = length;
            length = 0;
        }
        if (length == 0 || groups == 4)
        {
            return false;
        }
        lengths[groups++] = length;
        return groups is 3 or 4 && lengths[0] is >= 1 and <= 3 && lengths[1] == 4 && lengths[2] is >= 2 and <= 6
            && (groups == 3 || lengths[3] is >= 1 and <= 5);
    }

    /// <summary>
    /// The word pass: every word of the text is measured against the keyword filter, and the few that pass are read
    /// by <see cref="ReadKeywordValue"/>. The loop is kept apart from the reading so that its state (the block of word
    /// starts, the last word's end) stays in registers; inlined into the reading code it was kept on the stack and
    /// reloaded for every word.
    /// </summary>
    private static void FindKeywordValues(string text, List<Candidate> output, bool caseReferenceLeads)
    {
        var foreignText = new ForeignTextAnswer(text);
        var leads = caseReferenceLeads ? new IdentifierRecognizer.CaseReferenceLeadPass(text) : IdentifierRecognizer.CaseReferenceLeadPass.None;
        // Where the last word ended: the later parts of a hyphenated word ("Reisepass-Nr") start no word of their own.
        var wordEnd = 0;
        // A word that begins with a digit is no keyword (char.IsLetter): only the words of letters are visited.
        var starts = new WordStarts(text, lettersOnly: true);
        while (starts.MoveNext())
        {
            var i = starts.Current;
            // (Every word start: the case-reference leads include the later parts of a hyphenated word.)
            leads.AtWordStart(text, i, output);
            if (i < wordEnd)
            {
                continue;
            }
            var end = WordEnd(text, i, starts.LetterRunEnd);
            wordEnd = end;
            if (MayBeKeyword(text.AsSpan(i, end - i)))
            {
                ReadKeywordValue(text, i, end, output, ref foreignText);
            }
        }
    }

    /// <summary>The value after the word <c>[start, end)</c>, when the word is a keyword (most words that pass the filter are not).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadKeywordValue(string text, int i, int end, List<Candidate> output, ref ForeignTextAnswer foreignText)
    {
        var kind = KeywordKind(text.AsSpan(i, end - i));
        if (kind == Kind.None && IsNumberWord(text.AsSpan(i, end - i)) && PassportWordBefore(text, i))
        {
            // "neuen syrischen Pass bekommen von Botschaft in Berlin, Nummer N747773081": the number of that pass.
            kind = Kind.Passport;
        }
        else if (kind == Kind.None && IsNumberWord(text.AsSpan(i, end - i)) && ForeignVehicleNumberBefore(text, i))
        {
            // "Auto Skoda Fabia mit ukrainische Nummer BC 4417 KM": a car's foreign plate, called its number.
            kind = Kind.Plate;
        }
        else if (kind == Kind.None && text.AsSpan(i, end - i) is "registration" or "plate" && EnglishNationalityBefore(text, i))
        {
            // "The vehicle with the Danish registration CX 41 207": the plate after a nation's registration, in English.
            kind = Kind.Plate;
        }
        if (kind is Kind.Passport or Kind.IdCard)
        {
            // A number after the word counts only in a text about a foreign document. Most document words have none
            // ("bringen Sie Ihren Personalausweis mit"), so the value is read first and the context (a search of a
            // few hundred characters for the foreign-document words) is asked only for a value found.
            var found = output.Count;
            ReadValue(text, end, kind, output);
            if (output.Count > found && !ForeignDocumentContext(text, i, ref foreignText))
            {
                output.RemoveRange(found, output.Count - found);
            }
            else if (output.Count > found && end < text.Length && text[end] == '-' && output[found].Start == end + 1)
            {
                // "PA-8444459": the word joined to the number by a hyphen is part of it (an application's or a file's number).
                output[found] = output[found] with { Start = i };
            }
            return;
        }
        if (kind == Kind.VehiclePlate)
        {
            // The plate right after the vehicle word and one space, or in brackets ("Auto (BC 4471 KM)"), or in the next
            // column of a table aligned by spaces ("Zugmaschine             KE-354GK"): no link words, no colon further on.
            var plate = end;
            while (plate < text.Length && plate - end < MaxColumnGap && text[plate] == ' ')
            {
                plate++;
            }
            if (plate == end + 1 && plate < text.Length && text[plate] == '(')
            {
                plate++;
            }
            if (plate > end && plate < text.Length && !StartsWithCarMake(text, plate))
            {
                ReadPlateList(text, plate, output);
            }
            return;
        }
        if (kind == Kind.HealthPolicy && !HealthInsuranceBefore(text, i))
        {
            kind = Kind.None;
        }
        if (kind != Kind.None)
        {
            ReadValue(text, end, kind, output);
        }
    }

    /// <summary>A document that names its holder by its number: identity card, passport, driving licence.</summary>
    private static bool IsDocument(Kind kind) => kind is Kind.IdCard or Kind.Passport or Kind.DrivingLicence;

    /// <summary>
    /// <see cref="WordEnd(string, int)"/> for a word start whose run of letters is known to end at
    /// <paramref name="letterRunEnd"/> (-1: not known): there, unless a hyphen follows or the run is longer than the word's
    /// 40 characters, without reading the letters again.
    /// </summary>
    private static int WordEnd(string text, int start, int letterRunEnd) =>
        letterRunEnd >= 0 && letterRunEnd - start <= MaxWordLength && (letterRunEnd == text.Length || text[letterRunEnd] != '-')
            ? letterRunEnd
            : WordEnd(text, start);

    private const int MaxWordLength = 40;

    /// <summary>The end of the word at <paramref name="start"/>: letters and inner hyphens, at most 40 characters.</summary>
    private static int WordEnd(string text, int start)
    {
        // Words are short: a plain loop with an ASCII test first beats a vectorised search's set-up.
        var limit = Math.Min(text.Length, start + MaxWordLength);
        var end = start;
        while (end < limit)
        {
            var c = text[end];
            if (!char.IsAsciiLetter(c) && !(c > 0x7F && char.IsLetter(c)) && !(c == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
            {
                return end;
            }
            end++;
        }
        return end;
    }

    // One look-up per word of the text instead of a chain of comparisons ("Zeichen" alone is matched case-sensitively:
    // only the noun, "Unser Zeichen:", introduces a file number).
    private static readonly FrozenDictionary<string, Kind> KeywordKinds = new Dictionary<string, Kind>
    {
        ["Aktenzeichen"] = Kind.CaseFile, ["Akte"] = Kind.CaseFile, ["Az"] = Kind.CaseFile, ["Geschäftszeichen"] = Kind.CaseFile,
        ["Kassenzeichen"] = Kind.CaseFile, ["Kassenzeichens"] = Kind.CaseFile, ["Aktenzeichens"] = Kind.CaseFile,
        ["Geschäftszeichens"] = Kind.CaseFile, ["Bescheid"] = Kind.CaseFile, ["Bescheids"] = Kind.CaseFile, ["Vorgang"] = Kind.CaseFile,
        ["Kundennummer"] = Kind.CustomerNumber, ["Kd"] = Kind.CustomerNumber, ["Kunden"] = Kind.CustomerNumber,
        ["Kundennr"] = Kind.CustomerNumber, ["Kundenkonto"] = Kind.CustomerNumber, ["Forderungskonto"] = Kind.CaseFile,
        ["Verwarnungsgeld"] = Kind.CaseFile, ["BG"] = Kind.CaseFile, ["Bedarfsgemeinschaft"] = Kind.CaseFile,
        ["Vorgangsnummer"] = Kind.CaseFile, ["Fallnummer"] = Kind.CaseFile, ["Beistandschaft"] = Kind.CaseFile,
        ["Reg"] = Kind.CaseFile, ["Register"] = Kind.CaseFile, ["Registernummer"] = Kind.CaseFile, ["Gutschein"] = Kind.CaseFile,
        ["Förderungsnummer"] = Kind.CustomerNumber, ["file"] = Kind.CaseFile, ["reference"] = Kind.CaseFile,
        ["Personalausweis"] = Kind.IdCard, ["Identitätskarte"] = Kind.IdCard, ["ID-Karte"] = Kind.IdCard, ["ID"] = Kind.IdCard,
        ["Kimlik"] = Kind.IdCard, ["Card"] = Kind.IdCard, ["Ausweis"] = Kind.IdCard, ["karta"] = Kind.IdCard,
        // Personal numbers printed on foreign identity cards: Romanian, Bulgarian, Polish, Serbian/Bosnian, Croatian.
        ["CNP"] = Kind.IdCard, ["EGN"] = Kind.IdCard, ["PESEL"] = Kind.IdCard, ["JMBG"] = Kind.IdCard, ["EMBG"] = Kind.IdCard,
        ["OIB"] = Kind.IdCard,
        // The Moroccan and Tunisian identity card (carte d'identité nationale, "CIN BK806364").
        ["CIN"] = Kind.IdCard,
        ["Reisepass"] = Kind.Passport, ["Reisepassnummer"] = Kind.Passport, ["Passnummer"] = Kind.Passport, ["Pass"] = Kind.Passport,
        ["Passport"] = Kind.Passport, ["Nationalpass"] = Kind.Passport, ["passports"] = Kind.Passport, ["Reisepasses"] = Kind.Passport,
        // Other names of the same documents and their inflected forms; the refugee's travel document (blue passport),
        // and the identity card named in the holder's language (Romanian "buletin", Italian "carta d'identità", French
        // "carte d'identité").
        ["Ausweisnummer"] = Kind.IdCard, ["Personalausweisnummer"] = Kind.IdCard, ["Ausweises"] = Kind.IdCard,
        ["Personalausweises"] = Kind.IdCard, ["Buletin"] = Kind.IdCard, ["identità"] = Kind.IdCard, ["identité"] = Kind.IdCard,
        ["Personalausweise"] = Kind.IdCard, ["Ausweise"] = Kind.IdCard, ["Pässe"] = Kind.Passport, ["Nationalpässe"] = Kind.Passport,
        ["Passes"] = Kind.Passport, ["Reisepässe"] = Kind.Passport, ["Reiseausweis"] = Kind.Passport, ["Reiseausweises"] = Kind.Passport,
        ["Inlandspass"] = Kind.Passport, ["Auslandspass"] = Kind.Passport, ["Passnr"] = Kind.Passport,
        // The passport in its holder's language (Portuguese, Spanish, French, Polish, Turkish, Russian/Ukrainian
        // transliterated), and "PP", a crew list's abbreviation ("Filipino, DOB 08.01.1991, PP P5530916A").
        ["Passaporte"] = Kind.Passport, ["Pasaporte"] = Kind.Passport, ["Passeport"] = Kind.Passport, ["Paszport"] = Kind.Passport,
        ["Pasaport"] = Kind.Passport, ["Pasport"] = Kind.Passport, ["PP"] = Kind.Passport,
        // Italian, Croatian and Greek (transliterated) passports; the Croatian identity card ("osobna iskaznica", genitive
        // "osobne iskaznice"), the French card's abbreviation (carte nationale d'identité; the Spanish DNI has a check
        // letter, which ForeignTaxIds validates); the identity card's number abbreviated.
        ["Passaporto"] = Kind.Passport, ["Putovnica"] = Kind.Passport, ["Putovnice"] = Kind.Passport, ["Diavatirio"] = Kind.Passport,
        ["iskaznica"] = Kind.IdCard, ["iskaznice"] = Kind.IdCard, ["CNI"] = Kind.IdCard,
        ["Ausweisnr"] = Kind.IdCard,
        // Romanian "CI" (carte de identitate), Polish "dowód osobisty", the Afghan Tazkira.
        // The Czech identity card (občanský průkaz), the Latin American cédula, a national card named in German or English.
        ["průkaz"] = Kind.IdCard, ["průkazu"] = Kind.IdCard, ["cédula"] = Kind.IdCard, ["Cédula"] = Kind.IdCard, ["cedula"] = Kind.IdCard,
        ["Nationalkarte"] = Kind.IdCard, ["Nationalausweis"] = Kind.IdCard,
        ["CI"] = Kind.IdCard, ["seria"] = Kind.IdCard, ["Dowód"] = Kind.IdCard, ["Tazkira"] = Kind.IdCard, ["Tazkera"] = Kind.IdCard, ["Tazkiras"] = Kind.IdCard,
        ["Kennzeichen"] = Kind.Plate, ["Kennzeichens"] = Kind.Plate, ["Nummernschild"] = Kind.Plate, ["plates"] = Kind.Plate,
        ["plate"] = Kind.Plate, ["policy"] = Kind.HealthPolicy, ["kenteken"] = Kind.Plate,
        // A foreign plate right after the vehicle ("Ihr Pkw ZPL 91AC7", "my car ZPL 5483J"); a make there is no plate.
        ["Pkw"] = Kind.VehiclePlate, ["Auto"] = Kind.VehiclePlate, ["Fahrzeug"] = Kind.VehiclePlate, ["car"] = Kind.VehiclePlate,
        ["vehicle"] = Kind.VehiclePlate,
        // Vans, lorries, motorhomes and trailers carry their plates as well ("Transporter STD KR 86"); "Registrierung" is how
        // a foreign authority's German letter names the plate.
        ["Transporter"] = Kind.VehiclePlate, ["Lkw"] = Kind.VehiclePlate, ["Kleinbus"] = Kind.VehiclePlate, ["Wohnmobil"] = Kind.VehiclePlate,
        ["Motorrad"] = Kind.VehiclePlate, ["Anhänger"] = Kind.VehiclePlate, ["Registrierung"] = Kind.Plate,
        // A haulier's articulated lorry: tractor unit and trailer each with its plate ("Zugmaschine GD 2815K, Auflieger GD 9R014").
        ["Sattelzug"] = Kind.VehiclePlate, ["Zugmaschine"] = Kind.VehiclePlate, ["Auflieger"] = Kind.VehiclePlate,
        ["Sattelauflieger"] = Kind.VehiclePlate,
        // The same vehicles in English mails of hauliers and tourists ("our truck PO 7KX41 with trailer PO 2JH58", "parking
        // our camper van FS 582 LX").
        ["truck"] = Kind.VehiclePlate, ["trailer"] = Kind.VehiclePlate, ["van"] = Kind.VehiclePlate, ["lorry"] = Kind.VehiclePlate,
        ["camper"] = Kind.VehiclePlate, ["motorbike"] = Kind.VehiclePlate, ["motorcycle"] = Kind.VehiclePlate,
        ["Wohnwagen"] = Kind.VehiclePlate, ["Lieferwagen"] = Kind.VehiclePlate, ["Sattelzugmaschine"] = Kind.VehiclePlate,
        // A heavy-load transport's vehicles ("Sattelzugmaschinen DZG 44M1", "Begleitfahrzeug BF3: KE-681SH", "Tieflader
        // KE-613ZM"), a film crew's ("Kamerawagen FD-864-Z"); the plate's own name in Czech and Slovak (SPZ, EČV), Danish
        // and Polish ("nummerplade HH 88 038", "nr rej.").
        ["Sattelzugmaschinen"] = Kind.VehiclePlate, ["Begleitfahrzeug"] = Kind.VehiclePlate, ["Tieflader"] = Kind.VehiclePlate,
        ["Kamerawagen"] = Kind.VehiclePlate, ["Lichtwagen"] = Kind.VehiclePlate, ["trucks"] = Kind.VehiclePlate,
        ["SPZ"] = Kind.Plate, ["EČV"] = Kind.Plate, ["nummerplade"] = Kind.Plate, ["rejestracyjny"] = Kind.Plate,
        // A car's make right before its plate ("abgeschleppt!!! Toyota IKY-4812"); a model name there is no plate's shape.
        ["Toyota"] = Kind.VehiclePlate, ["Opel"] = Kind.VehiclePlate, ["Renault"] = Kind.VehiclePlate, ["Peugeot"] = Kind.VehiclePlate,
        ["Dacia"] = Kind.VehiclePlate, ["Hyundai"] = Kind.VehiclePlate, ["Skoda"] = Kind.VehiclePlate,
        ["Volvo"] = Kind.VehiclePlate, ["Citroën"] = Kind.VehiclePlate, ["Mercedes"] = Kind.VehiclePlate,
        // "Parking ticket 5.1400.008813": a fine's number in an English mail.
        ["ticket"] = Kind.CaseFile, ["Geschäftsnummer"] = Kind.CaseFile, ["identitate"] = Kind.IdCard,
        // "meinen perso verloren … die nummer war …": the identity card as young people call it; the police's diary
        // number of a report ("Tagebuchnummer PI-SB 2025/4418812").
        ["Perso"] = Kind.IdCard, ["Tagebuchnummer"] = Kind.CaseFile, ["Tagebuch-Nr"] = Kind.CaseFile,
        // "Niederlassungserlaubnis (Kartennummer Y…)": the card of a residence title (eAT). Like every card word it
        // counts only where a foreign document or residence is named nearby, so a library or fuel card stays unread.
        ["Kartennummer"] = Kind.IdCard, ["Kartennr"] = Kind.IdCard, ["Karte"] = Kind.IdCard, ["Kartennummern"] = Kind.IdCard,
        // "Nummer des alten PA": the identity card's common abbreviation in notes; the Dutch identity card and passport.
        ["PA"] = Kind.IdCard, ["identiteitskaart"] = Kind.IdCard, ["ID-kaart"] = Kind.IdCard, ["paspoort"] = Kind.Passport,
        // A staff member's personnel number and a taxpayer's account with the city ("Steuernummer Stadt
        // (Personenkonto): 4.0190.331207") name one person each.
        ["Personalnummer"] = Kind.CustomerNumber, ["Personenkonto"] = Kind.CaseFile,
        // A student's matriculation number ("Matrikelnummer (alt): 7099212", "matric no 7105801").
        ["Matrikelnummer"] = Kind.CustomerNumber, ["Matrikelnr"] = Kind.CustomerNumber, ["Matrikel"] = Kind.CustomerNumber,
        ["matric"] = Kind.CustomerNumber, ["Matric"] = Kind.CustomerNumber, ["matriculation"] = Kind.CustomerNumber,
        // The personnel number abbreviated ("Pers.-Nr. 0046881", "Personalnr. 100482"); a residents' parking permit's
        // number ("Bewohnerparkausweis Nr. V114-00517"); a driving licence's number (a foreign one has no other category:
        // "Führerschein der Provinz Ontario (Nr. B0313-29328-71103)"); the Kosovar personal number ("Numri personal").
        ["Pers"] = Kind.CustomerNumber, ["Personalnr"] = Kind.CustomerNumber, ["Personal-Nr"] = Kind.CustomerNumber,
        ["Bewohnerparkausweis"] = Kind.CaseFile, ["Anwohnerparkausweis"] = Kind.CaseFile, ["Parkausweis"] = Kind.CaseFile,
        ["bewohnerparkausweises"] = Kind.CaseFile, ["Führerschein"] = Kind.DrivingLicence, ["Führerscheins"] = Kind.DrivingLicence,
        ["Führerscheinnummer"] = Kind.DrivingLicence, ["Numri"] = Kind.IdCard,
        // The driving licence in English, Dutch, Lithuanian ("vairuotojo pažymėjimas"), Polish ("prawo jazdy") and French
        // ("permis de conduire") mails: its number names its holder, whatever state issued it.
        ["licence"] = Kind.DrivingLicence, ["license"] = Kind.DrivingLicence, ["Rijbewijs"] = Kind.DrivingLicence,
        ["Rijbewijsnr"] = Kind.DrivingLicence, ["Rijbewijsnummer"] = Kind.DrivingLicence, ["pažymėjimas"] = Kind.DrivingLicence,
        ["pažymėjimo"] = Kind.DrivingLicence, ["jazdy"] = Kind.DrivingLicence, ["conduire"] = Kind.DrivingLicence,
        ["Führerscheinnr"] = Kind.DrivingLicence,
        // A utility's or the treasury's contract account and a household's number at the Sozialamt or Jobcenter
        // ("vertragskonto 810 227 4519", "Haushaltsnummer: HH 004 127").
        ["Vertragskonto"] = Kind.CustomerNumber, ["Beitragskonto"] = Kind.CustomerNumber, ["Abgabenkonto"] = Kind.CaseFile,
        // A utility's customer and contract account in an English mail ("customer no. 10562555", "contract account 2100 3102
        // 4008"); a course participant's and an exam certificate's number ("TN-Nr. 24-10119", "zert.-nr. LiD-2411-0392",
        // "certificate no. DTZ-25-0418-1127"); a direct debit's mandate reference; a freelance contract's number.
        ["customer"] = Kind.CustomerNumber, ["Customer"] = Kind.CustomerNumber, ["contract"] = Kind.CustomerNumber,
        ["Contract"] = Kind.CustomerNumber, ["Teilnehmernummer"] = Kind.CustomerNumber, ["TN-Nr"] = Kind.CustomerNumber,
        ["TN"] = Kind.CustomerNumber, ["certificate"] = Kind.CaseFile, ["Zertifikatsnummer"] = Kind.CaseFile, ["zert"] = Kind.CaseFile,
        ["Zert"] = Kind.CaseFile, ["MREF"] = Kind.CaseFile, ["Honorarvertrag"] = Kind.CaseFile,
        // A bank account abroad that has no IBAN ("Kontonummer: 110-301-930364" at a Korean bank): the account, as an IBAN is.
        ["Kontonummer"] = Kind.BankAccount,
        ["Haushaltsnummer"] = Kind.CaseFile,
        // A tenant's account and number at the housing company ("Mieterkonto 20417-03-112", "mieternr bei der hws …").
        ["Mieterkonto"] = Kind.CustomerNumber, ["Mieternummer"] = Kind.CustomerNumber, ["Mieternr"] = Kind.CustomerNumber,
        ["Mietkonto"] = Kind.CustomerNumber,
        // A resort's guest card ("Kurkarte 2025-K-451955"), a holiday landlord's number at the tourist-tax office, a
        // registration certificate's reference ("Ordnungsmerkmal ..... 4516690-25").
        ["Kurkarte"] = Kind.CaseFile, ["Gästekarte"] = Kind.CaseFile, ["Vermieternr"] = Kind.CustomerNumber,
        ["Vermieternummer"] = Kind.CustomerNumber, ["Ordnungsmerkmal"] = Kind.CaseFile,
        // A direct debit's mandate reference ("Mandatsreferenz EB-102289-01") is the payer's own, unique to the city.
        ["Mandatsreferenz"] = Kind.CaseFile,
        // A found item's number at the Fundbüro names the owner's case ("Fundsache Nr.: FB 2026/0569", "Fundnr. FB …").
        ["Fundsache"] = Kind.CaseFile, ["Fundnr"] = Kind.CaseFile, ["Fundnummer"] = Kind.CaseFile,
        // A caution's number ("Die letzte Verwarnung hat die Nummer VW 423121"), a rental contract's (the tenant's), a
        // death's entry at the register office ("Sterbefall ist unter S 19/2026 beurkundet").
        ["Verwarnung"] = Kind.CaseFile, ["Mietvertrag"] = Kind.CaseFile, ["Mietvertrags"] = Kind.CaseFile, ["Sterbefall"] = Kind.CaseFile,
        // The treasury's numbers of a supplier (a sole trader) and a debtor; mandate references listed together.
        ["Kreditor"] = Kind.CustomerNumber, ["Kreditorennummer"] = Kind.CustomerNumber, ["Debitor"] = Kind.CustomerNumber,
        ["Debitorennummer"] = Kind.CustomerNumber, ["Mandatsreferenzen"] = Kind.CaseFile,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Benefits, applications and enrolments whose number ("-Nr", "-Nummer", "-ID") names one person's file.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonFilePrefixes = new[]
    {
        "Wohngeld", "Elterngeld", "Kindergeld", "Bürgergeld", "Unterhalts", "Unterhaltsvorschuss", "Leistungs", "Antrags",
        "Schüler", "Mitglieds", "Bewerber", "Teilnehmer", "Mieter", "Mandanten", "Patienten", "Klienten", "Versicherten",
        "Fall", "Akten", "Vorgangs", "Kita", "Betreuungs", "Anmelde", "Einbürgerungs", "Bearbeitungs", "Verfahrens",
        "Förder", "Stipendien", "BAföG", "Sozialhilfe", "Grundsicherungs", "Pflege", "Beihilfe", "Wohnberechtigungs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Keywords =
        KeywordKinds.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words cannot be a keyword by their length, first and last letter: a table lookup spares them the ignore-case
    // hash of the dictionary. Ignore-case equality keeps the length; a first or last character other than an ASCII
    // letter takes the look-up, since ignoring case folds a few such characters onto ASCII letters.
    private const int LongestKeyword = 21;

    // Per first letter and length, a bit per last letter (a to z) of a keyword.
    private static readonly uint[] KeywordLastLetters = LastLettersByFirstLetterAndLength(KeywordKinds.Keys);

    private static uint[] LastLettersByFirstLetterAndLength(IEnumerable<string> keywords)
    {
        var table = new uint[26 * (LongestKeyword + 1)];
        foreach (var key in keywords)
        {
            if (!char.IsAsciiLetter(key[^1]))
            {
                continue; // "identità": a word ending in another letter always takes the look-up
            }
            if (key.Length > LongestKeyword || !char.IsAsciiLetter(key[0]))
            {
                throw new InvalidOperationException($"The keyword table expects at most {LongestKeyword} characters between ASCII letters: {key}");
            }
            table[(((key[0] | 0x20) - 'a') * (LongestKeyword + 1)) + key.Length] |= 1u << ((key[^1] | 0x20) - 'a');
        }
        return table;
    }

    /// <summary>
    /// False for a word that is surely no keyword (<see cref="KeywordKind"/> gives none) and no number word
    /// (<see cref="IsNumberWord"/>): by its length, first and last letter, and for a word of seven letters or more not in
    /// that table, by the last three letters the endings <see cref="KeywordKind"/> tests need. Most words of a letter end
    /// here, before any comparison. A word with an inner hyphen where "-Nr" or "-Nummer" would begin, or with a first or
    /// last character other than an ASCII letter, is left to the full test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeKeyword(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > LongestKeyword)
        {
            return false;
        }
        var first = word[0];
        var last = word[^1];
        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last) || (word.Length >= 3 && word[^3] == '-') || (word.Length >= 7 && word[^7] == '-'))
        {
            return true;
        }
        return (CandidateLastLetters[(((first | 0x20) - 'a') * (LongestKeyword + 1)) + word.Length] & (1u << ((last | 0x20) - 'a'))) != 0
            || (word.Length >= 7 && HasKeywordEnding(word));
    }

    /// <summary>
    /// Whether the last three letters of a word of seven or more are those of an ending <see cref="KeywordKind"/> tests:
    /// "…antrags", "…verfahrens", "…vorgang", "…-Pass", "…register", "…antrag", "…akte" (eight or more), "…kennzeichen"
    /// (twelve or more).
    /// ASCII letters are compared ignoring case (a superset: only "kennzeichen" is compared so). A character other than an
    /// ASCII letter there matches none of them: the endings compared exactly are ASCII, and ignoring case folds onto
    /// "h", "e" or "n" no other character.
    /// </summary>
    private static bool HasKeywordEnding(ReadOnlySpan<char> word)
    {
        var ending = (word[^3] | 0x20) << 16 | (word[^2] | 0x20) << 8 | (word[^1] | 0x20);
        if (!char.IsAsciiLetter(word[^3]) || !char.IsAsciiLetter(word[^2]))
        {
            return false;
        }
        return ending is ('a' << 16 | 'g' << 8 | 's') or ('e' << 16 | 'n' << 8 | 's') or ('a' << 16 | 'n' << 8 | 'g') or ('a' << 16 | 's' << 8 | 's')
            || (word.Length >= 8 && ending is ('t' << 16 | 'e' << 8 | 'r') or ('r' << 16 | 'a' << 8 | 'g') or ('k' << 16 | 't' << 8 | 'e'))
            || (word.Length >= 12 && ending == ('m' << 16 | 'e' << 8 | 'r'))
            || (word.Length >= 12 && ending == ('h' << 16 | 'e' << 8 | 'n'));
    }

    // Per first letter and length, a bit per last letter (a to z, either case) of a keyword, of "Zeichen" (which
    // KeywordKind compares exactly), of the number words ("Nummer", "Nr") and of the English plate words.
    private static readonly uint[] CandidateLastLetters = CandidateLastLettersTable();

    private static uint[] CandidateLastLettersTable()
    {
        var table = (uint[])KeywordLastLetters.Clone();
        foreach (var word in (ReadOnlySpan<string>)["Zeichen", "Nummer", "nummer", "Nr", "registration", "plate"])
        {
            table[(((word[0] | 0x20) - 'a') * (LongestKeyword + 1)) + word.Length] |= 1u << ((word[^1] | 0x20) - 'a');
        }
        return table;
    }

    /// <summary>Whether <paramref name="word"/> is a keyword or a number word (for the tests of <see cref="MayBeKeyword"/>).</summary>
    internal static bool IsKeywordOrNumberWord(ReadOnlySpan<char> word) => KeywordKind(word) != Kind.None || IsNumberWord(word);

    /// <summary>Whether <paramref name="word"/> passes the first test (for the tests of <see cref="MayBeKeyword"/>).</summary>
    internal static bool PassesKeywordFilter(ReadOnlySpan<char> word) => MayBeKeyword(word);

    private static bool CouldBeKeyword(ReadOnlySpan<char> word) =>
        word.Length <= LongestKeyword
        && (!char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1])
            || (KeywordLastLetters[(((word[0] | 0x20) - 'a') * (LongestKeyword + 1)) + word.Length] & (1u << ((word[^1] | 0x20) - 'a'))) != 0);

    private static Kind KeywordKind(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > LongestKeyword)
        {
            return Kind.None;
        }
        // "Reisepass-Nr.", "Akten-Nr.": the keyword before the number abbreviation (the hyphen, which ignoring case
        // equals only itself, is tested first).
        var numbered = false;
        var whole = word;
        if (word.Length >= 3 && word[^3] == '-' && (word.EndsWith("-Nr", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-ID", StringComparison.OrdinalIgnoreCase)))
        {
            word = word[..^3];
            numbered = true;
        }
        else if (word.Length >= 7 && word[^7] == '-' && word.EndsWith("-Nummer", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^7];
            numbered = true;
        }
        if (!word.IsEmpty && CouldBeKeyword(word) && Keywords.TryGetValue(word, out var kind))
        {
            return kind;
        }
        // "Personal-Nr.": a keyword listed with its number abbreviation, whose stem alone names no number.
        if (numbered && CouldBeKeyword(whole) && Keywords.TryGetValue(whole, out kind))
        {
            return kind;
        }
        // "Wohngeld-Nr. WG 64-021877", "Schüler-ID: SV-26-00713": the number of a person's benefit, application or
        // enrolment. Only with the number word: "Wohngeld" alone introduces amounts and dates.
        if (numbered && PersonFilePrefixes.Contains(word))
        {
            return Kind.CaseFile;
        }
        // "Bauantragsnummer bei Ihnen: BA-0637/25", "Anmeldungs-Nr. A 47/2025": the number of an application or a
        // registration, read only when the value itself looks like a file number (LooksLikeFileNumber). (Any thing's
        // number was tried: course, ticket, order and incident numbers are nobody's file and cost precision in 30
        // corpora for six entities.)
        if ((numbered && word.Length >= 6) || (word.Length >= 12 && word[^1] == 'r' && word.EndsWith("nummer", StringComparison.OrdinalIgnoreCase)))
        {
            var thing = numbered ? word : word[..^6];
            if (thing.EndsWith("antrag", StringComparison.OrdinalIgnoreCase) || thing.EndsWith("antrags", StringComparison.OrdinalIgnoreCase)
                || thing.StartsWith("Anmeldung", StringComparison.OrdinalIgnoreCase) || thing.Equals("Anmelde", StringComparison.OrdinalIgnoreCase))
            {
                return Kind.NamedNumber;
            }
        }
        // "Kfz-Kennzeichen", "Fahrzeugkennzeichen": a plate's compound names.
        if (word.Length > 11 && word[^1] == 'n' && word.EndsWith("kennzeichen", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Plate;
        }
        // "Kosovo-Pass", "Nansen-Pass", "nl-pass": a passport named by its state (compounds without a hyphen, "Kompass", are not).
        if (word.Length >= 7 && word[^5] == '-' && word.EndsWith("-Pass", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Passport;
        }
        // "…antrags (WG-2026-1734)", "des Bußgeldverfahrens 32.2-…": the file of an application or proceeding.
        // "Zulassungsvorgang Z-2025-11-0347": a proceeding's own number. (The last letter is tested first: most words
        // end in neither.)
        // "Bauantrag Nr. BA-0612/2025", "Vermerk zur Einbürgerungsakte EB-32.2-2024-1093": an application's or a
        // person's file (compounds only: "Akte" alone is in the table, "Vertrag" and "Antrag" alone are not).
        return word is "Zeichen"
            || (word.Length >= 8 && word[^1] == 'g' && word.EndsWith("antrag", StringComparison.Ordinal))
            || (word.Length >= 8 && word[^1] == 'e' && word.EndsWith("akte", StringComparison.Ordinal))
            || (word.Length >= 7 && word[^1] == 's' && (word.EndsWith("antrags", StringComparison.Ordinal) || word.EndsWith("verfahrens", StringComparison.Ordinal)))
            || (word.Length >= 7 && word[^1] == 'g' && word.EndsWith("vorgang", StringComparison.Ordinal))
            // "Geburtenregister-Nr.: G 1482/2025": an entry in a register.
            || (word.Length >= 8 && word[^1] == 'r' && word.EndsWith("register", StringComparison.Ordinal)
                && !word.StartsWith("Vereins", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("Handels", StringComparison.OrdinalIgnoreCase))
            ? Kind.CaseFile
            : Kind.None;
    }

    // A German passport number has a check digit, which IdentifierRecognizer validates: a number without one after
    // "Reisepass" is a passport only where the text is about a foreign document (and "Reisepassnummer: C0123456"
    // alone stays what the published vectors call it, an invalid German number).
    internal static readonly string[] ForeignDocumentWords =
        ["botschaft", "konsulat", "visum", "aufenthalt", "ausländer", "einreise", "staatsangehörig", "verpflichtungserklärung",
         "asyl", "flüchtling", "passport", "nationalpass", "herkunftsland", "duldung",
         // Countries named with the document ("Reisepass der SR Vietnam Nr. …"): the common countries of origin of
         // people writing to a German office.
         "vietnam", "syrien", "afghanistan", "irak", "iran", "türkei", "ukrain", "russland", "polen", "rumän",
         "bulgar", "kosovo", "serbien", "eritrea", "somalia", "nigeria", "ghana", "kamerun", "albanien", "marokko",
         "tunesien", "ägypten", "indien", "pakistan", "china", "thailand", "kroatien", "bosnien", "mazedonien",
         "moldau", "georgien", "armenien", "äthiopien", "sudan", "liban", "leban", "turkish", "romania", "tschechien", "slowakei", "ungarn", "griechenland",
         "italien", "spanien", "portugal", "litauen", "lettland", "slowenien", "montenegro", "belarus", "kasachstan", "algerien",
         "gambia", "guinea", "senegal", "kenia", "jemen", "brasilien", "kolumbien", "philippinen", "bangladesch",
         "cabo verde", "kap verde", "korea", "japan", "kanada", "russisch", "föderation",
         // A move from abroad ("Zuzug aus dem Ausland") and a crew list's nationalities in English.
         "ausland", "nationality", "filipino", "ghanaian", "nigerian", "portugues", "cape verdean", "vietnamese", "ukrainian",
         // The card named in its own language ("Občanský průkaz (Personalausweis) č. …", "Kimlik kartı", "Carte de identitate").
         "průkaz", "kimlik", "identitate", "dowód", "iskazni", "lična karta", "osobná",
         // Fifteenth session: the documents and countries of visitors from the south and west.
         "putovnic", "passaporto", "passeport", "pasaporte", "identità", "identité", "identidad", "frankreich", "france", "italia",
         "españa", "hrvatska", "schweiz", "niederlande", "österreich",
         // Nationalities as German writes them anywhere near ("er ist Niederländer", "die polnische Botschaft").
         "niederländ", "polnisch", "rumänisch", "bulgarisch", "kroatisch", "italienisch", "französisch", "spanisch", "griechisch",
         "dänisch", "litauisch", "lettisch", "portugiesisch", "ungarisch", "serbisch", "albanisch", "syrisch", "afghanisch",
         "eritreisch", "ukrainisch", "vietnamesisch", "chinesisch", "indisch", "nigerianisch", "ghanaisch", "brasilianisch",
         "britisch", "amerikanisch",
         // Seventeenth session: the Albanian "personal number" and Canada's provinces.
         "numri", "kanad", "ontario", "kosovar"];

    // The key of each ASCII character in the hash below (declared before the tables built with it: static fields are
    // set in the order they are written).
    private static readonly byte[] ForeignWordAsciiKeys = [.. Enumerable.Range(0, 128).Select(c => (byte)(char.IsAsciiLetterLower((char)c) ? c - 0x20 : c))];

    // The foreign-document words by the hash of their first four characters (see NamesForeignDocumentWord), sorted by it.
    private static readonly (int Hash, string Word)[] ForeignWordsByHash =
        [.. ForeignDocumentWords.Select(word => (ForeignWordHash(word.AsSpan()), word)).OrderBy(entry => entry.Item1)];

    // A bit per hash of a foreign-document word's first four characters (every word has four or more).
    private static readonly ulong[] ForeignWordHashBits = ForeignWordsByHash.Aggregate(new ulong[ForeignWordHashSize / 64], (bits, entry) =>
    {
        bits[entry.Hash >> 6] |= 1UL << entry.Hash;
        return bits;
    });

    private const int ForeignWordHashSize = 16384;

    private static readonly int ShortestForeignWord = ForeignDocumentWords.Min(word => word.Length);

    /// <summary>
    /// Whether the text is about someone from abroad anywhere: a foreign-document word (a state, a nationality, a
    /// document's own name) or a name's letters German does not spell. Asked only where a passport or card number was
    /// found, and answered once per text: every later keyword of the text gets the same answer without a second search.
    /// </summary>
    private ref struct ForeignTextAnswer(string text)
    {
        private readonly string text = text;
        private bool asked;
        private bool foreign;

        public bool Get()
        {
            if (!asked)
            {
                asked = true;
                // The vectorised range test first: a text with such letters needs no word search.
                foreign = HasLettersGermanDoesNotSpell(text) || NamesForeignDocumentWord(text);
            }
            return foreign;
        }
    }

    /// <summary>Whether one of <see cref="ForeignDocumentWords"/> stands anywhere in <paramref name="text"/>, ignoring case (ordinally).</summary>
    /// <remarks>
    /// Not a multi-string search (<c>SearchValues</c>): ignoring case over words with non-ASCII letters, that is an
    /// automaton read character by character, whose tables a pass meets cold (perf: 1.7 % of a pass, for the eight
    /// letters of dev.jsonl that name a German identity card's number, ≈ 15 ns a character). Here a bit per hash of a
    /// word's first four characters rules out nearly every position (all but one in a hundred of dev.jsonl's; three
    /// characters let one in twenty through: "ein", "ung", "sch"), and a position that passes compares only the words of
    /// its hash. A character's key is its ASCII capital, and 128 for every non-ASCII character: no non-ASCII character
    /// equals an ASCII one ignoring case ordinally (ForeignWordSearchTests asks the runtime for every pair), so a text's
    /// characters that equal a word's ignoring case have the word's keys.
    /// </remarks>
    internal static bool NamesForeignDocumentWord(string text)
    {
        var span = text.AsSpan();
        if (span.Length < ShortestForeignWord)
        {
            return false;
        }
        var bits = ForeignWordHashBits;
        // The keys of the four characters at i, moved along one character a step (each hash from the four keys, not
        // rolled on from the last one: the multiplications do not wait for each other).
        int first = ForeignWordKey(span[0]), second = ForeignWordKey(span[1]), third = ForeignWordKey(span[2]);
        for (var i = 0; i <= span.Length - ShortestForeignWord; i++)
        {
            var fourth = ForeignWordKey(span[i + 3]);
            var hash = ForeignWordHash(first, second, third, fourth);
            if ((bits[hash >> 6] & (1UL << hash)) != 0 && ForeignWordStartsAt(span[i..], hash))
            {
                return true;
            }
            first = second;
            second = third;
            third = fourth;
        }
        return false;
    }

    /// <summary>Whether a foreign-document word whose first three characters hash to <paramref name="hash"/> starts <paramref name="rest"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ForeignWordStartsAt(ReadOnlySpan<char> rest, int hash)
    {
        var words = ForeignWordsByHash;
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (words[middle].Hash < hash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        for (var k = low; k < words.Length && words[k].Hash == hash; k++)
        {
            if (rest.StartsWith(words[k].Word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A character's key in <see cref="ForeignWordHash(int, int, int, int)"/>: the capital of an ASCII letter, any other ASCII character itself, 128 for the rest.</summary>
    private static int ForeignWordKey(char c) => c < 128 ? ForeignWordAsciiKeys[c] : 128;

    private static int ForeignWordHash(int first, int second, int third, int fourth) =>
        ((first * (131 * 131 * 131)) + (second * (131 * 131)) + (third * 131) + fourth) & (ForeignWordHashSize - 1);

    private static int ForeignWordHash(ReadOnlySpan<char> word) =>
        ForeignWordHash(ForeignWordKey(word[0]), ForeignWordKey(word[1]), ForeignWordKey(word[2]), ForeignWordKey(word[3]));

    // Document words written in English or in the card's own language, compared ignoring case; the personal-number
    // names (CNP, EGN …) only in capitals, as printed.
    private static readonly string[] ForeignKeywordsIgnoringCase =
        ["passport", "card", "kimlik", "karta", "nationalpass", "inlandspass", "auslandspass", "buletin", "identit", "dowód", "tazk"];

    private static readonly string[] ForeignNumberNames = ["CNP", "EGN", "PESEL", "JMBG", "EMBG", "OIB", "CI "];

    private static bool ForeignByItself(ReadOnlySpan<char> keyword)
    {
        foreach (var word in ForeignKeywordsIgnoringCase)
        {
            if (keyword.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        foreach (var name in ForeignNumberNames)
        {
            if (keyword.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the passport or card keyword at <paramref name="keyword"/> names a foreign document: by itself, by a
    /// nationality right before it, or by a text about someone from abroad (<see cref="ForeignTextAnswer"/>). A foreign
    /// word near the keyword ("Mein Reisepass nummer ist P75532322, der ist neu von Botschaft", "Kosovo-Pass") or a
    /// foreign name's letters near it are in the text too, so the text's answer holds them: they are not searched for
    /// around each keyword first (that search found nothing the text's did not).
    /// </summary>
    private static bool ForeignDocumentContext(string text, int keyword, ref ForeignTextAnswer foreignText)
    {
        if (ForeignByItself(text.AsSpan(keyword)))
        {
            return true; // written in English or in the card's own language to a German office: a foreign document
        }
        var from = Math.Max(0, keyword - 200);
        var window = text.AsSpan(from, keyword - from);
        // "kosovarischer Reisepass", "vietnamesischen Reisepass": a nationality right before the keyword.
        var before = window.TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }
        // "im ukr. Pass Nr. FK418327": a nationality abbreviated.
        if (before.Length > 1 && before[^1] == '.' && IsAbbreviatedNationality(before[..^1]))
        {
            return true;
        }
        var adjective = before[start..];
        if (adjective.Length > 6 && (adjective.EndsWith("ischer", StringComparison.Ordinal) || adjective.EndsWith("ischen", StringComparison.Ordinal)
            || adjective.EndsWith("ische", StringComparison.Ordinal) || adjective.EndsWith("isches", StringComparison.Ordinal)
            || adjective.EndsWith("ischem", StringComparison.Ordinal)))
        {
            return true;
        }
        // A letter about someone from abroad says so somewhere, not always next to the passport: a nationality or a
        // country further up ("… ist ghanaischer Staatsangehöriger" in the first paragraph, the number at the end), or a
        // holder's name German does not spell ("ich (Trần Văn Nam, Reisepass C4827163)": Vietnamese, Turkish, Polish,
        // Czech, Romanian letters).
        return foreignText.Get();
    }

    /// <summary>Latin Extended-A/B ("ş", "ł", "ă") or Latin Extended Additional (Vietnamese "ễ"): a foreign name's letters.</summary>
    private static bool HasLettersGermanDoesNotSpell(ReadOnlySpan<char> span) =>
        span.ContainsAnyInRange('\u0100', '\u024F') || span.ContainsAnyInRange('\u1E00', '\u1EFF');

    private static readonly string[] NationalityAbbreviations =
        ["ukr", "russ", "poln", "rum", "bulg", "türk", "syr", "afgh", "serb", "kroat", "alban", "ital", "span", "port", "griech",
         "vietn", "kasach", "georg", "arm", "irak", "iran", "eritr", "nig", "bosn", "maked", "kosov", "mold", "ung", "tschech", "slowak"];

    /// <summary>"ukr", "poln", "rum": the letters before an abbreviation's full stop name a nationality.</summary>
    private static bool IsAbbreviatedNationality(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }
        var word = before[start..];
        if (word.Length is < 3 or > 7 || (start > 0 && before[start - 1] is not (' ' or '(')))
        {
            return false;
        }
        foreach (var abbreviation in NationalityAbbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The position after "ist", "lautet" or "war" within the next three words, or 0.</summary>
    private static int VerbAhead(string text, int position)
    {
        var i = position;
        for (var words = 0; words < 3; words++)
        {
            while (i < text.Length && text[i] is ' ' or '(' or ')')
            {
                i++;
            }
            var end = WordEnd(text, i);
            if (end == i)
            {
                return 0;
            }
            if (text.AsSpan(i, end - i) is "ist" or "lautet" or "war" or "lauten" or "is")
            {
                return end;
            }
            i = end;
        }
        return 0;
    }

    private static bool IsNumberWord(ReadOnlySpan<char> word) => word is "Nummer" or "nummer" or "Nr";

    /// <summary>
    /// The position after ": " within the next 40 characters of the sentence when a value follows it, or 0: a digit, or
    /// an office's letters with a digit in the same word or the next one ("Kita-Beiträge: KT-40218", "(vom Amt
    /// auszufüllen): SchA 41-BEF-2025-0263").
    /// </summary>
    private static int ColonAhead(string text, int position)
    {
        var after = MarkerAhead(text, position, ": ", "\n.");
        return after > 0 && after < text.Length && (char.IsAsciiDigit(text[after]) || (char.IsAsciiLetterUpper(text[after]) && DigitSoonAfter(text, after)))
            ? after : 0;
    }

    /// <summary>A digit within the word at <paramref name="start"/> or the one after it (at most 12 characters).</summary>
    private static bool DigitSoonAfter(string text, int start)
    {
        var spaces = 0;
        for (var i = start; i < text.Length && i - start < 12; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return true;
            }
            // An office's letters may carry an umlaut ("OA-VÜ 2025-118442": Verkehrsüberwachung).
            if ((text[i] == ' ' && ++spaces > 1) || (!char.IsLetter(text[i]) && text[i] is not (' ' or '-' or '.')))
            {
                return false;
            }
        }
        return false;
    }

    // A family's or a group's documents listed after one word; more would be a table, which has readers of its own.
    private const int MaxListedDocuments = 8;

    /// <summary>"N3R79LY6T (Mutter)": the position after a short bracketed remark right after a value, or the value's end.</summary>
    private static int AfterHolderRemark(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return end;
        }
        var close = text.AsSpan(end + 2, Math.Min(30, text.Length - end - 2)).IndexOfAny(')', '\n', '(');
        return close > 0 && text[end + 2 + close] == ')' ? end + 3 + close : end;
    }

    /// <summary>After a value, " and ", " und ", ", " or ", mine is " and the next value's start (a capital or a digit); or 0.</summary>
    private static int NextListedValue(string text, int end)
    {
        foreach (var joiner in (ReadOnlySpan<string>)[" and ", " und ", ", mine is ", ", meiner ist ", ", ", " bzw. ", " oder ", " / "])
        {
            if (text.AsSpan(end).StartsWith(joiner, StringComparison.Ordinal) && end + joiner.Length < text.Length
                && (char.IsAsciiLetterUpper(text[end + joiner.Length]) || char.IsAsciiDigit(text[end + joiner.Length])))
            {
                return end + joiner.Length;
            }
        }
        return 0;
    }

    /// <summary>
    /// The start of a word within the next 45 characters of the sentence that mixes at least four digits with a letter
    /// ("912D448173", "KT-40218"), six characters or more; or 0.
    /// </summary>
    private static int MixedValueAhead(string text, int position)
    {
        var i = position;
        while (i < text.Length && i - position < 45)
        {
            var start = i;
            var digits = 0;
            var letters = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '/' || (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                letters += char.IsAsciiLetter(text[i]) ? 1 : 0;
                i++;
            }
            if (digits >= 4 && letters >= 1 && i - start >= 6 && (start == 0 || text[start - 1] == ' '))
            {
                return start;
            }
            // "…, bitte die Rechnungsnummer 2026-BV-118": another number named on the way is that number's.
            var word = text.AsSpan(start, i - start);
            if (word.EndsWith("nummer", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nr", StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
            if (i >= text.Length || text[i] is not (' ' or ','))
            {
                return 0; // the sentence, the line or the clause ends
            }
            i++;
        }
        return 0;
    }

    /// <summary>
    /// The start of a value right after "(" within the next 40 characters of the sentence, or 0: letters and digits with
    /// at least five digits ("(A4471039").
    /// </summary>
    private static int BracketedValueAhead(string text, int position)
    {
        var window = text.AsSpan(position, Math.Min(40, text.Length - position));
        var open = window.IndexOfAny('(', '.', '\n');
        if (open < 0 || window[open] != '(')
        {
            return 0;
        }
        var start = position + open + 1;
        var digits = 0;
        var i = start;
        while (i < text.Length && i - start < 12 && char.IsAsciiLetterOrDigit(text[i]))
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            i++;
        }
        return digits >= 5 && (i >= text.Length || text[i] is ')' or ',' or ' ') ? start : 0;
    }

    /// <summary>The position after "Nr." within the next 40 characters of the line, or 0.</summary>
    private static int NumberWordAhead(string text, int position) =>
        MarkerAhead(text, position, " Nr.", "\n") is var after and > 0 ? after
        : MarkerAhead(text, position, "(Nr.", "\n") is var bracketed and > 0 ? bracketed
        // "Inlandspass der Ehefrau, Serie/Nr. 4489 330564", "passport of my wife no. C3794248".
        : MarkerAhead(text, position, "/Nr.", "\n") is var series and > 0 ? series
        // "passport Republic of Moldova No. B45699943"; not past a comma, where "No." is the next document's ("Reisepass Nr.
        // U 38 328 277, T.C. Kimlik No. …").
        : MarkerAhead(text, position, " no.", "\n") is var english and > 0 ? english : MarkerAhead(text, position, " No.", "\n,");

    /// <summary>The position after <paramref name="marker"/> within 40 characters, before any of <paramref name="stops"/>; or 0.</summary>
    private static int MarkerAhead(string text, int position, string marker, string stops)
    {
        var window = text.AsSpan(position, Math.Min(40, text.Length - position));
        var stop = window.IndexOfAny(stops);
        if (stop >= 0)
        {
            window = window[..stop];
        }
        var at = window.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? 0 : position + at + marker.Length;
    }

    /// <summary>"Pass" or "Reisepass" within the 80 characters before, in the same sentence.</summary>
    private static bool PassportWordBefore(string text, int position)
    {
        var window = ContextWindow.SentenceBefore(text, position, 80);
        var pass = window.LastIndexOf("pass", StringComparison.OrdinalIgnoreCase);
        return pass >= 0 && (pass + 4 >= window.Length || !char.IsLetter(window[pass + 4]));
    }

    // Vehicles whose foreign "Nummer" is their plate.
    private static readonly string[] VehicleWords = ["auto", "pkw", "lkw", "wagen", "fahrzeug", "transporter", "anhänger", "car"];

    /// <summary>
    /// "ukrainische Nummer", "mit rumänischer Nummer": a nationality's adjective right before the number word, and a
    /// vehicle within the 80 characters of the sentence before it.
    /// </summary>
    private static bool ForeignVehicleNumberBefore(string text, int position)
    {
        var adjectiveStart = WordStartBefore(text, position);
        var adjective = text.AsSpan(adjectiveStart, Math.Max(0, position - 1 - adjectiveStart));
        return (adjective.EndsWith("ische", StringComparison.Ordinal) || adjective.EndsWith("ischer", StringComparison.Ordinal)
                || adjective.EndsWith("ischen", StringComparison.Ordinal))
            && SentenceNamesVehicle(text, adjectiveStart, VehicleWords);
    }

    // Vehicles whose plate an English mail calls its "registration" or "plate".
    private static readonly string[] EnglishVehicleWords = ["vehicle", "car", "van", "truck", "trailer", "motorbike"];

    /// <summary>
    /// "Danish registration", "Lithuanian plate": a capitalised nation's adjective in English ("…ish", "…ian", "…ese",
    /// "Dutch") right before the word, and a vehicle within the 80 characters of the sentence before it.
    /// </summary>
    private static bool EnglishNationalityBefore(string text, int position)
    {
        var adjectiveStart = WordStartBefore(text, position);
        var adjective = text.AsSpan(adjectiveStart, Math.Max(0, position - 1 - adjectiveStart));
        return adjective.Length >= 4 && char.IsUpper(adjective[0])
            && (adjective.EndsWith("ish", StringComparison.Ordinal) || adjective.EndsWith("ian", StringComparison.Ordinal)
                || adjective.EndsWith("ese", StringComparison.Ordinal) || adjective is "Dutch" or "Czech")
            && SentenceNamesVehicle(text, adjectiveStart, EnglishVehicleWords);
    }

    /// <summary>
    /// The start of the word of up to 20 letters that ends one space before <paramref name="position"/>, or
    /// <c>position - 1</c> (an empty word) where no space stands there or the text is too short for a nation's adjective.
    /// </summary>
    private static int WordStartBefore(string text, int position)
    {
        var wordEnd = position - 1;
        if (wordEnd < 5 || text[wordEnd] != ' ')
        {
            return Math.Max(0, wordEnd);
        }
        var wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 20 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return wordStart;
    }

    /// <summary>Whether one of <paramref name="vehicles"/> stands within the 80 characters of the sentence before <paramref name="position"/>.</summary>
    private static bool SentenceNamesVehicle(string text, int position, string[] vehicles)
    {
        var window = ContextWindow.SentenceBefore(text, position, 80);
        foreach (var vehicle in vehicles)
        {
            if (window.Contains(vehicle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLinkWord(ReadOnlySpan<char> word) =>
        word is "ist" or "lautet" or "lautete" or "war" or "hat" or "hatte" or "die" or "der" or "das" or "den" or "dem" or "des"
            or "Nr" or "nr" or "Nummer" or "nummer" or "No" or "no" or "number" or "unser" or "unsere" or "mein" or "meine" or "Ihr"
            or "Ihre" or "ihr" or "ihre" or "vom" or "von" or "alten" or "neuen" or "mit" or "unter" or "is" or "letzten" or "alte"
            or "neue" or "bisherige" or "bisherigen" or "damalige" or "damaligen" or "aus" or "Jahr" or "Jahres" or "damals" or "bisher"
            or "jetzt" or "noch" or "was" or "bei" or "Ihnen" or "ihnen" or "bleibt" or "wird" or "sind" or "are"
            // "Vorgang liegt unter EG 412-3107/25", "Az. bei uns WoA 3-0915/25".
            or "liegt" or "läuft" or "unter" or "uns"
            // Czech and Slovak "č." (číslo, number) and the Slavic "br." (broj); "ID card number", "Kimlik kartı no".
            or "č" or "br" or "card" or "Card" or "karte" or "Karte" or "kartı" or "Kartı" or "seri" or "serie" or "series" or "seria"
            or "Seri" or "Serie" or "Series" or "Seria" or "osobisty" or "vorlegen" or "vorgelegt"
            // "das kassenzeichen war glaub ich 6.2019.004512".
            or "glaub" or "glaube" or "ich" or "wohl" or "müsste" or "sollte" or "dürfte" or "wäre"
            // "Passaporto n. YC4525941", "Passeport n° …", "DNI nº …": "number" abbreviated in Italian, French and Spanish.
            or "n"
            // "Mi cédula es la 1.053.868.750", "o meu passaporte é o …": Spanish and Portuguese.
            or "es" or "la" or "el" or "é" or "o"
            // "contract account 2100 3102 4008"; "Az. dort 2025/0918-4471" (the other office's number).
            or "account" or "dort" or "personal" or "Provinz";

    /// <summary>"110-301-930364", "0532 013 000": six to twenty digits in groups joined by single hyphens or spaces; the end, or 0.</summary>
    private static int AccountNumberEnd(string text, int start)
    {
        var i = start;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
            if (i + 1 < text.Length && text[i] is '-' or ' ' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
        }
        return digits is >= 6 and <= 20 && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? i : 0;
    }

    private static bool IsRomanceNationality(ReadOnlySpan<char> word) =>
        word.Length >= 6 && char.IsLower(word[0]) && (word.EndsWith("ana") || word.EndsWith("ano") || word.EndsWith("eira") || word.EndsWith("eiro")
            || word.EndsWith("esa") || word.EndsWith("ese") || word.EndsWith("aise") || word.EndsWith("ais"));

    private static void ReadValue(string text, int position, Kind kind, List<Candidate> output)
    {
        var links = 0;
        var i = position;
        while (true)
        {
            // "Kd.-Nr. 40081955": the hyphen of an abbreviated keyword is read over too.
            // "Passeport n° 21KK40589", "afiliación nº …": the ordinal sign of "numéro", "número" is read over with its n.
            while (i < text.Length && i - position < 60 && (text[i] is ' ' or '\t' or ':' or '.' or '#' or '(' or ')' or ',' or '-' or '°' or 'º'
                       || (text[i] == '/' && IsDocument(kind)) // "Seria/Nr."
                       // "Kundennummer / Customer no.: 10728456": a bilingual label's slash between spaces.
                       || (text[i] == '/' && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                       // "Reisepass hat die\n> Nummer 98 4811668": a quoted mail's line break and quote mark inside the phrase.
                       || (links > 0 && IsDocument(kind) && (text[i] == '\n' || (text[i] == '>' && text[i - 1] == '\n')))))
            {
                i++;
            }
            // "Personalausweis (Občanský průkaz) č. 207731946": the document's own name in brackets is read over (a
            // bracket with a digit holds the value: "Reisepass (N012345678)").
            if (links == 0 && IsDocument(kind) && i > position && text[i - 1] == '('
                && text.AsSpan(i, Math.Min(40, text.Length - i)).IndexOf(')') is var close and > 0
                && !text.AsSpan(i, close).ContainsAnyInRange('0', '9'))
            {
                links++;
                i += close + 1;
                continue;
            }
            if (i >= text.Length || !char.IsLetterOrDigit(text[i]))
            {
                return;
            }
            // "Personalausweis PL DIW532753": the issuing state's code before a number that starts with letters.
            if (links == 0 && IsDocument(kind) && i + 4 < text.Length && text[i + 2] == ' '
                && IssuingStateCodes.Contains(text.AsSpan(i, 2)) && char.IsAsciiLetterUpper(text[i + 3]))
            {
                links++;
                i += 3;
                continue;
            }
            var end = WordEnd(text, i);
            if (end > i && end < text.Length && char.IsAsciiDigit(text[end]))
            {
                break; // letters and digits in one token: the value itself ("P81923906", "WG64-20318")
            }
            if (end > i && (IsLinkWord(text.AsSpan(i, end - i))
                    // "cédula colombiana es la …", "passaporte brasileiro": a Romance nationality after the document.
                    || (links == 0 && IsDocument(kind) && IsRomanceNationality(text.AsSpan(i, end - i)))) && links < MaxLinkWords)
            {
                links++;
                i = end;
                continue;
            }
            // "Reisepass der SR Vietnam Nr. C0967101": the issuing state between the document and its number.
            if (end > i && IsDocument(kind) && links < MaxLinkWords + 2 && NumberWordAhead(text, i) is var afterNumber && afterNumber > 0)
            {
                links = MaxLinkWords + 2;
                i = afterNumber;
                continue;
            }
            // "die kundennummer steht auf dem alten brief: 7003441298": a few words, then a colon before the value.
            if (end > i && links < MaxLinkWords + 2 && ColonAhead(text, i) is var afterColon && afterColon > 0)
            {
                links = MaxLinkWords + 2;
                i = afterColon;
                continue;
            }
            // "die kassenzeichen-nr von der grundsteuer ist 1.2649.090248": a few more words, then "ist"/"lautet".
            if (end > i && links < MaxLinkWords + 2 && VerbAhead(text, end) is var afterVerb && afterVerb > 0)
            {
                links = MaxLinkWords + 2;
                i = afterVerb;
                continue;
            }
            // "kundennummer bei der agentur für arbeit 912D448173": the office named between the keyword and a value whose
            // letters and digits together say it is one.
            if (end > i && links < MaxLinkWords + 2 && kind is Kind.CaseFile or Kind.CustomerNumber && MixedValueAhead(text, i) is var mixed && mixed > 0)
            {
                i = mixed;
            }
            // "legte die Reisepässe der Eheleute vor (A4471039, A4471040)": the numbers in a bracket later in the sentence.
            else if (end > i && IsDocument(kind) && BracketedValueAhead(text, i) is var bracketed && bracketed > 0)
            {
                i = bracketed;
            }
            break;
        }
        if (kind == Kind.Plate)
        {
            var found = output.Count;
            ReadPlate(text, i, output);
            // "rumänischen Kennzeichen B 417 XRT und CT 44 KBR": the next plate of the list.
            if (output.Count > found && NextListedValue(text, output[^1].End) is var next && next > 0)
            {
                ReadPlate(text, next, output);
            }
        }

        else if (kind == Kind.DrivingLicence)
        {
            // A driving licence's number names its holder, whichever state issued it; the Polish one is written in groups
            // ("00841/07/3064").
            var found = output.Count;
            ReadPassport(text, i, output, PiiCategory.IdCard);
            if (output.Count == found && SlashedDigitGroupsEnd(text, i) is var slashedEnd and > 0)
            {
                output.Add(new(PiiCategory.IdCard, i, slashedEnd, CandidatePriority.CaseReference));
            }
        }
        else if (kind is Kind.Passport or Kind.IdCard)
        {
            // A foreign identity card ("rumänischer Personalausweis Nr. RX 037330") reads like a passport number;
            // German ID cards are validated by their check digit elsewhere.
            var category = kind == Kind.IdCard ? PiiCategory.IdCard : PiiCategory.Passport;
            var found = output.Count;
            ReadPassport(text, i, output, category);
            // "(passports Z6067366 and W6239416)", "FX482913, mine is FT107655", "N3R79LY6T (Mutter), MG0N2LK3J
            // (Artem), W6K0ZV12Z (Sofiia)": the next numbers of the same kind, past a holder's name in brackets.
            for (var listed = 0; listed < MaxListedDocuments && output.Count > found; listed++)
            {
                found = output.Count;
                if (NextListedValue(text, AfterHolderRemark(text, output[^1].End)) is not (var next and > 0))
                {
                    break;
                }
                ReadPassport(text, next, output, category);
            }
        }
        else if (kind == Kind.BankAccount)
        {
            if (AccountNumberEnd(text, i) is var accountEnd and > 0)
            {
                output.Add(new(PiiCategory.Iban, i, accountEnd, CandidatePriority.CaseReference));
            }
        }
        else if (kind == Kind.NamedNumber)
        {
            var found = output.Count;
            ReadCaseFile(text, i, output, digitsAlone: false, PiiCategory.CaseReference);
            if (output.Count > found && !LooksLikeFileNumber(text.AsSpan(output[^1].Start, output[^1].End - output[^1].Start)))
            {
                output.RemoveAt(output.Count - 1);
            }
        }
        else
        {
            ReadCaseFile(text, i, output, digitsAlone: kind == Kind.CustomerNumber,
                kind == Kind.HealthPolicy ? PiiCategory.HealthInsurance : PiiCategory.CaseReference);
        }
    }

    /// <summary>
    /// A value that is a file number by its own shape: letters and at least four digits joined by a separator
    /// ("BA-0637/25", "SM-2025-118274", "A 47/2025"), or three parts of digits with six digits in all ("51.2-1022/25").
    /// </summary>
    private static bool LooksLikeFileNumber(ReadOnlySpan<char> value)
    {
        int digits = 0, letters = 0, separators = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
            separators += c is '-' or '/' or '.' or ' ' ? 1 : 0;
        }
        return (letters > 0 && digits >= 4 && separators > 0) || (separators >= 2 && digits >= 6);
    }

    /// <summary>"Pkw BMW 320", "Auto VW 1600": a make in capitals after a vehicle word, with its model number.</summary>
    private static bool StartsWithCarMake(string text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < 4 && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }
        return text.AsSpan(i, end - i) is "BMW" or "VW" or "MAN" or "KIA" or "DAF" or "MG" or "BYD" or "GMC" or "DS" or "SEAT" or "FIAT" or "AUDI" or "OPEL";
    }

    /// <summary>The end of a first plate group of three that mixes digits and capitals ("4U7", "1A2"), or 0.</summary>
    private static int MixedPlateDistrictEnd(string text, int start)
    {
        if (start + 4 >= text.Length || text[start + 3] != ' ')
        {
            return 0;
        }
        var letters = 0;
        var digits = 0;
        for (var i = start; i < start + 3; i++)
        {
            letters += char.IsAsciiLetterUpper(text[i]) ? 1 : 0;
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }
        return letters > 0 && digits > 0 && letters + digits == 3 && char.IsAsciiDigit(text[start + 4]) ? start + 3 : 0;
    }

    /// <summary>
    /// "griechische Kennzeichen IKY-4821", "polnisches Kennzeichen WE 4K731", "Danish plates, CV 48 213": after the word,
    /// a plate of any country — two or three letters, a space or hyphen, then letters and digits with at least two digits
    /// (German plates are also found by their district code elsewhere).
    /// </summary>
    // Spain's plates since 2000 use the consonants but Ñ and Q.
    private static bool IsSpanishPlateLetter(char c) => char.IsAsciiLetterUpper(c) && c is not ('A' or 'E' or 'I' or 'O' or 'U' or 'Q');

    // How many spaces a table aligned by spaces puts between a label and its value.
    private const int MaxColumnGap = 24;

    /// <summary>
    /// The plate at <paramref name="start"/> and those joined to it by "und" or a comma: "die Sattelzugmaschinen DZG 44M1
    /// und DZG 37VS" (at most four).
    /// </summary>
    private static void ReadPlateList(string text, int start, List<Candidate> output)
    {
        for (var n = 0; n < 4; n++)
        {
            var found = output.Count;
            ReadPlate(text, start, output);
            if (output.Count == found)
            {
                return;
            }
            start = NextListItem(text, output[^1].End);
            if (start < 0 || start >= text.Length)
            {
                return;
            }
        }
    }

    /// <summary>Where the next item of a list starts after <paramref name="end"/> (", " or " und " between them), or -1.</summary>
    private static int NextListItem(string text, int end) =>
        text.AsSpan(end).StartsWith(", ", StringComparison.Ordinal) ? end + 2
        : text.AsSpan(end).StartsWith(" und ", StringComparison.Ordinal) ? end + 5 : -1;

    private static void ReadPlate(string text, int start, List<Candidate> output)
    {
        if (DutchSideCodeEnd(text, start) is var sideCodeEnd and > 0)
        {
            output.Add(new(PiiCategory.LicensePlate, start, sideCodeEnd, CandidatePriority.LicensePlate));
            return;
        }
        // "LK71 HXR": a British plate, two letters and two digits, a space, three letters.
        if (start + 8 <= text.Length && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterUpper(text[start + 1])
            && char.IsAsciiDigit(text[start + 2]) && char.IsAsciiDigit(text[start + 3]) && text[start + 4] == ' '
            && char.IsAsciiLetterUpper(text[start + 5]) && char.IsAsciiLetterUpper(text[start + 6]) && char.IsAsciiLetterUpper(text[start + 7])
            && (start + 8 == text.Length || !char.IsLetterOrDigit(text[start + 8])))
        {
            output.Add(new(PiiCategory.LicensePlate, start, start + 8, CandidatePriority.LicensePlate));
            return;
        }
        // "4127 LMP": a Spanish plate, four digits, a space, three consonants.
        if (start + 8 <= text.Length && text.AsSpan(start, 4).IndexOfAnyExceptInRange('0', '9') < 0 && text[start + 4] == ' '
            && IsSpanishPlateLetter(text[start + 5]) && IsSpanishPlateLetter(text[start + 6]) && IsSpanishPlateLetter(text[start + 7])
            && (start + 8 == text.Length || !char.IsLetterOrDigit(text[start + 8])) && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
        {
            output.Add(new(PiiCategory.LicensePlate, start, start + 8, CandidatePriority.LicensePlate));
            return;
        }
        var i = start;
        if (MixedPlateDistrictEnd(text, start) is var mixedEnd and > 0)
        {
            // "tschechische Kennzeichen 4U7 3821": a district group of letters and digits, then the number.
            i = mixedEnd;
        }
        while (i < text.Length && i - start < 3 && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }
        // Two letters at least: "B 1234" is no plate of any country (a German one needs letters after the district);
        // one letter only before a hyphen ("V-482-GN", a Dutch plate) or before Bucharest's digits and three letters
        // ("B 417 XRT", a Romanian plate).
        if (i == start || (i - start < 2 && (i >= text.Length || text[i] != '-') && !IsBucharestPlate(text, start))
            || i + 1 >= text.Length || text[i] is not (' ' or '-'))
        {
            return;
        }
        var end = ++i;
        var digits = 0;
        for (var groups = 0; groups < 2; groups++)
        {
            var group = i;
            while (i < text.Length && i - group < 6 && (char.IsAsciiDigit(text[i]) || char.IsAsciiLetterUpper(text[i])))
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                i++;
            }
            if (i == group || (i < text.Length && char.IsLetterOrDigit(text[i])))
            {
                break;
            }
            end = i;
            // "CV 48 213", "FX 418 KT", "V-482-GN": a second group after one space or hyphen.
            if (i + 1 >= text.Length || text[i] is not (' ' or '-') || !char.IsAsciiLetterOrDigit(text[i + 1]) || (text[i] == ' ' && !char.IsAsciiDigit(text[i + 1]) && !IsPlateLetters(text, i + 1)))
            {
                break;
            }
            i++;
        }
        if (digits >= 2 && end - start <= 11 && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
        {
            output.Add(new(PiiCategory.LicensePlate, start, end, CandidatePriority.LicensePlate));
        }
    }

    /// <summary>
    /// "52-HKT-8", "1-KBB-00": a Dutch plate (three groups of capitals and digits joined by hyphens, six characters,
    /// both kinds in it) that may start with a digit; its end, or 0.
    /// </summary>
    private static int DutchSideCodeEnd(string text, int start)
    {
        var i = start;
        var characters = 0;
        var digits = 0;
        for (var group = 0; group < 3; group++)
        {
            var groupStart = i;
            while (i < text.Length && i - groupStart < 3 && (char.IsAsciiDigit(text[i]) || char.IsAsciiLetterUpper(text[i])))
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                i++;
            }
            characters += i - groupStart;
            if (i == groupStart || (group < 2 && (i >= text.Length || text[i] != '-')))
            {
                return 0;
            }
            if (group < 2)
            {
                i++;
            }
        }
        return characters == 6 && digits is > 0 and < 6 && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? i : 0;
    }

    /// <summary>"KT" of "FX 418 KT": one to three capitals that end the plate.</summary>
    /// <summary>"B 417 XRT": "B", a space, two or three digits, a space and three capitals that end the word.</summary>
    private static bool IsBucharestPlate(string text, int start)
    {
        var i = start + 2;
        if (start + 1 >= text.Length || text[start] != 'B' || text[start + 1] != ' ')
        {
            return false;
        }
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i - start - 2 is 2 or 3 && i + 3 < text.Length && text[i] == ' ' && IsPlateLetters(text, i + 1)
            && char.IsAsciiLetterUpper(text[i + 3]);
    }

    private static bool IsPlateLetters(string text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }
        return i - start is >= 1 and <= 3 && (i >= text.Length || !char.IsLetterOrDigit(text[i]));
    }

    private static void ReadPassport(string text, int start, List<Candidate> output, PiiCategory category)
    {
        // "FT 482913": a letter series, a space, the number (Ukrainian and other passports print it so).
        var series = start;
        // "DEK 567760": Polish ID cards print three letters; "ΑΚ 583104": Greek cards Greek capitals.
        while (series < text.Length && series - start < 3 && (char.IsAsciiLetterUpper(text[series]) || IsGreekOrCyrillicCapital(text[series])))
        {
            series++;
        }
        if (series > start && series + 1 < text.Length && text[series] == ' ' && char.IsAsciiDigit(text[series + 1]))
        {
            var digitsEnd = series + 1;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }
            // "U 29 410 563": a Turkish passport's letter and its digits in groups.
            if (SpacedDigitGroupsEnd(text, series + 1) is var (spacedEnd, groupDigits) && groupDigits is >= 7 and <= 9 && spacedEnd > digitsEnd)
            {
                output.Add(new(category, start, spacedEnd, CandidatePriority.CaseReference));
                return;
            }
            // Syrian passports: "N 011234567", a letter and nine digits.
            if (digitsEnd - series - 1 is >= 6 and <= 9 && (digitsEnd >= text.Length || !char.IsLetterOrDigit(text[digitsEnd])))
            {
                output.Add(new(category, start, digitsEnd, CandidatePriority.CaseReference));
                return;
            }
            // "SV 187 816": Romanian cards print the number in two groups of three.
            if (digitsEnd - series - 1 == 3 && digitsEnd + 4 <= text.Length && text[digitsEnd] == ' '
                && !text.AsSpan(digitsEnd + 1, 3).ContainsAnyExceptInRange('0', '9')
                && (digitsEnd + 4 == text.Length || !char.IsLetterOrDigit(text[digitsEnd + 4])))
            {
                output.Add(new(category, start, digitsEnd + 4, CandidatePriority.CaseReference));
                return;
            }
        }
        // "1.053.868.750": a Colombian cédula written with thousands' points.
        if (category == PiiCategory.IdCard && DottedNumberEnd(text, start) is var dottedEnd and > 0)
        {
            output.Add(new(category, start, dottedEnd, CandidatePriority.CaseReference));
            return;
        }
        // "75 8544348", "45 06 123456": a Russian passport's series and number.
        if (RussianPassportEnd(text, start) is var russianEnd and > 0)
        {
            output.Add(new(category, start, russianEnd, CandidatePriority.CaseReference));
            return;
        }
        // "1401-0914-31447": an Afghan e-Tazkira's number, digit groups joined by hyphens; "B0313-29328-71103": an Ontario
        // driving licence's, a letter before them.
        if (category == PiiCategory.IdCard && HyphenatedDigitGroupsEnd(text, start) is var groupsEnd and > 0)
        {
            output.Add(new(category, start, groupsEnd, CandidatePriority.CaseReference));
            return;
        }
        if (category == PiiCategory.IdCard && start + 1 < text.Length && char.IsAsciiLetterUpper(text[start]) && HyphenatedDigitGroupsEnd(text, start + 1) is var letteredEnd and > 0)
        {
            output.Add(new(category, start, letteredEnd, CandidatePriority.CaseReference));
            return;
        }
        if (category == PiiCategory.IdCard && GhanaCardEnd(text, start) is var ghanaEnd and > 0)
        {
            output.Add(new(category, start, ghanaEnd, CandidatePriority.CaseReference));
            return;
        }
        var end = start;
        var digits = 0;
        while (end < text.Length && end - start <= 13 && (char.IsAsciiDigit(text[end]) || char.IsAsciiLetterUpper(text[end])))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            end++;
        }
        var length = end - start;
        // Passport and card numbers have six to ten characters; an identity card may carry the holder's national number
        // instead (Turkish 11 digits, Lebanese 12, Romanian 13), all digits.
        // A residence card's number is a German document serial ("NHYJ2PJPC"): fewer digits, but the document alphabet.
        // Letters and digits mixed ("XD6X6NU24", a Dutch card: two letters, six characters, a digit) are a document
        // number too: the keyword path reads one only in a text about a foreign document (ReadKeywordValue).
        var fits = length is >= 6 and <= 10
            ? digits >= 5 || (category == PiiCategory.IdCard && length is 9 or 10 && TravelDocumentValidator.IsSerial(text.AsSpan(start, length)))
                || (length >= 8 && digits >= 2 && length - digits >= 2 && char.IsAsciiLetter(text[start]) && char.IsAsciiDigit(text[end - 1]))
                // "3C0AW8T2X": the French identity card since 2021, nine letters and digits in any order.
                || (length == 9 && digits >= 3 && length - digits >= 3)
            : category == PiiCategory.IdCard && length is > 10 and <= 13 && digits == length;
        if (fits && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
        {
            output.Add(new(category, start, end, CandidatePriority.CaseReference));
        }
    }

    // ISO codes of the states whose documents staff see most, as a card or passport number's prefix.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IssuingStateCodes = new[]
    {
        "PL", "RO", "BG", "UA", "TR", "NL", "BE", "FR", "IT", "ES", "PT", "CZ", "SK", "HU", "HR", "RS", "BA", "AL", "XK", "GR",
        "LT", "LV", "EE", "SY", "IQ", "AF", "IR", "GB", "US", "CH", "AT", "DK", "SE", "NO", "FI", "IE", "MD", "BY", "RU", "GE",
        "LU", "SI", "MK", "ME", "CY", "MT",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsGreekOrCyrillicCapital(char c) => c is (>= 'Α' and <= 'Ω') or (>= 'А' and <= 'Я');

    /// <summary>Digit groups of two to four joined by single spaces from <paramref name="start"/>: their end and digit count.</summary>
    private static (int End, int Digits) SpacedDigitGroupsEnd(string text, int start)
    {
        var i = start;
        var digits = 0;
        var end = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var group = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i - group is < 2 or > 4)
            {
                return (start, 0);
            }
            digits += i - group;
            end = i;
            if (i + 1 < text.Length && text[i] == ' ' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return end < text.Length && char.IsLetterOrDigit(text[end]) ? (start, 0) : (end, digits);
    }

    /// <summary>"1.053.868.750": one to three digits, then groups of three after full stops, eight to twelve digits in all; the end, or 0.</summary>
    private static int DottedNumberEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        var digits = i - start;
        if (digits == 0)
        {
            return 0;
        }
        var groups = 0;
        while (i + 3 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
        {
            i += 4;
            digits += 3;
            groups++;
        }
        return groups >= 2 && digits is >= 8 and <= 12 && (i >= text.Length || !char.IsLetterOrDigit(text[i]))
            && !(i + 1 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1])) ? i : 0;
    }

    /// <summary>
    /// Two digits of series and seven of number (the passport for travel abroad), or the internal passport's series as
    /// two pairs and six digits, each group after one space; the end, or 0.
    /// </summary>
    private static int RussianPassportEnd(string text, int start)
    {
        var i = DigitGroupEnd(text, start, 2);
        if (i < 0 && DigitGroupEnd(text, start, 4) is var series and > 0 && series + 1 < text.Length && text[series] == ' '
            && DigitGroupEnd(text, series + 1, 6) is var number and > 0 && (number >= text.Length || !char.IsLetterOrDigit(text[number])))
        {
            return number; // "4489 330564": the internal passport's series written as one group of four
        }
        if (i < 0 || i >= text.Length || text[i] != ' ')
        {
            return 0;
        }
        var end = DigitGroupEnd(text, i + 1, 7);
        if (end < 0 && DigitGroupEnd(text, i + 1, 2) is var pair and > 0 && pair < text.Length && text[pair] == ' ')
        {
            end = DigitGroupEnd(text, pair + 1, 6);
        }
        return end > 0 && (end >= text.Length || !char.IsLetterOrDigit(text[end])) ? end : 0;
    }

    /// <summary>The end of exactly <paramref name="length"/> digits at <paramref name="start"/> (no digit after them), or -1.</summary>
    private static int DigitGroupEnd(string text, int start, int length)
    {
        var end = start + length;
        return end <= text.Length && !text.AsSpan(start, length).ContainsAnyExceptInRange('0', '9')
            && (end == text.Length || !char.IsAsciiDigit(text[end])) ? end : -1;
    }

    /// <summary>Three or four groups of digits joined by single hyphens, 10 to 16 digits in all; their end, or 0.</summary>
    private static int HyphenatedDigitGroupsEnd(string text, int start) => DigitGroupsEnd(text, start, '-', shortestGroup: 2, fewestDigits: 10, mostDigits: 16);

    /// <summary>"00841/07/3064": three or four groups of digits joined by slashes, 8 to 14 digits in all; their end, or 0.</summary>
    private static int SlashedDigitGroupsEnd(string text, int start) => DigitGroupsEnd(text, start, '/', shortestGroup: 1, fewestDigits: 8, mostDigits: 14);

    /// <summary>
    /// Three or four groups of at most eight digits (each <paramref name="shortestGroup"/> or longer) joined by single
    /// <paramref name="separator"/>s, their digits together within the bounds, not followed by a letter or digit; their
    /// end, or 0.
    /// </summary>
    private static int DigitGroupsEnd(string text, int start, char separator, int shortestGroup, int fewestDigits, int mostDigits)
    {
        var i = start;
        var groups = 0;
        var digits = 0;
        while (i < text.Length && groups < 4)
        {
            var groupStart = i;
            while (i < text.Length && i - groupStart < 8 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i - groupStart < shortestGroup)
            {
                return 0;
            }
            digits += i - groupStart;
            groups++;
            if (i + 1 < text.Length && text[i] == separator && char.IsAsciiDigit(text[i + 1]) && groups < 4)
            {
                i++;
                continue;
            }
            break;
        }
        return groups >= 3 && digits >= fewestDigits && digits <= mostDigits && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? i : 0;
    }

    /// <summary>"GHA-712345678-3": the Ghana Card's personal number (country, nine digits, check digit); its end, or 0.</summary>
    private static int GhanaCardEnd(string text, int start)
    {
        const int Length = 15;
        if (start + Length > text.Length || !text.AsSpan(start).StartsWith("GHA-", StringComparison.Ordinal) || text[start + 13] != '-'
            || text.AsSpan(start + 4, 9).ContainsAnyExceptInRange('0', '9') || !char.IsAsciiDigit(text[start + 14])
            || (start + Length < text.Length && char.IsLetterOrDigit(text[start + Length])))
        {
            return 0;
        }
        return start + Length;
    }

    /// <summary><paramref name="digitsAlone"/>: after "Kundennummer"/"Kd.-Nr." a plain run of digits is the value ("40081955").</summary>
    private static void ReadCaseFile(string text, int start, List<Candidate> output, bool digitsAlone, PiiCategory category)
    {
        var i = start;
        // An upper-case office prefix separated by one space belongs to the value ("ABH 3.2-117/24", "WG 64-20318").
        var prefix = false;
        // "StA 2025/0193": an office's abbreviation may have small letters after its capital.
        // "JugKita 4-1123/25": or two abbreviations run together, each with its capital ("OA-VÜ 2025-118442": umlauts too).
        var letters = i;
        var capitals = 0;
        while (letters < text.Length && (letters - i < 5 || (capitals >= 2 && letters - i < 8))
               && (IsOfficeCapital(text[letters]) || (letters > i && char.IsAsciiLetterLower(text[letters]))
                   // "JA-SD 2025/0441": two abbreviations joined by a hyphen.
                   || (text[letters] == '-' && letters > i && IsOfficeCapital(text[letters - 1]) && letters + 1 < text.Length
                       && IsOfficeCapital(text[letters + 1]))))
        {
            capitals += IsOfficeCapital(text[letters]) ? 1 : 0;
            letters++;
        }
        // "StA E 0412/2025", "StA G 2025-1183": a register's letter after the office's abbreviation.
        var register = letters;
        if (letters > i && letters + 2 < text.Length && text[letters] == ' ' && char.IsAsciiLetterUpper(text[letters + 1]))
        {
            register = letters + 1;
            while (register < text.Length && register - letters <= 3 && char.IsAsciiLetterUpper(text[register]))
            {
                register++;
            }
        }
        if (letters > i && letters + 1 < text.Length && text[letters] == ' ' && char.IsAsciiDigit(text[letters + 1]))
        {
            prefix = true;
            i = letters + 1;
        }
        else if (register > letters && register - letters <= 3 && register + 1 < text.Length && text[register] == ' ' && char.IsAsciiDigit(text[register + 1]))
        {
            prefix = true;
            i = register + 1;
        }
        var end = i;
        var digits = 0;
        var separators = 0;
        var hasLetters = false;
        while (end < text.Length && end - start < 32 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '/' or '-'))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            separators += text[end] is '.' or '/' or '-' ? 1 : 0;
            hasLetters |= char.IsAsciiLetter(text[end]);
            end++;
        }
        while (end > start && !char.IsAsciiLetterOrDigit(text[end - 1]))
        {
            separators--;
            end--;
        }
        // "50.3-SGB XII-2291/26", "32.2-OWi 008815/26", "412/26 SB/kn": one inner space, when what follows it has a
        // digit or a separator of its own (a file number, not the next word of the sentence).
        // "BM-Beschw. 0047/2025": an abbreviation's dot before the space belongs to the value.
        var space = end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && hasLetters && char.IsAsciiLetter(text[end - 1])
            && char.IsAsciiDigit(text[end + 2]) ? end + 1 : end;
        if (space < text.Length - 1 && space - start < 24 && text[space] == ' ' && char.IsAsciiLetterOrDigit(text[space + 1])
            && (digits >= 2 || (hasLetters && separators > 0)))
        {
            var next = space + 1;
            var nextEnd = next;
            var marked = false;
            // "AB-HM 2.1-7730512": a dot between digits is a separator of the part too.
            while (nextEnd < text.Length && nextEnd - next < 16 && (char.IsAsciiLetterOrDigit(text[nextEnd]) || text[nextEnd] is '/' or '-'
                       || (text[nextEnd] == '.' && nextEnd > next && char.IsAsciiDigit(text[nextEnd - 1]) && nextEnd + 1 < text.Length && char.IsAsciiDigit(text[nextEnd + 1]))))
            {
                marked |= char.IsAsciiDigit(text[nextEnd]) || text[nextEnd] is '/' or '-';
                nextEnd++;
            }
            while (nextEnd > next && !char.IsAsciiLetterOrDigit(text[nextEnd - 1]))
            {
                nextEnd--;
            }
            // "0041/26 vA": a clerk's initials after a number with a slash.
            var initials = !marked && nextEnd - next is >= 1 and <= 3 && text.AsSpan(start, end - start).Contains('/');
            if ((marked || initials) && nextEnd > next && (nextEnd >= text.Length || !char.IsLetterOrDigit(text[nextEnd])))
            {
                for (var c = next; c < nextEnd; c++)
                {
                    digits += char.IsAsciiDigit(text[c]) ? 1 : 0;
                }
                separators++;
                end = nextEnd;
            }
        }
        end = ReadMoreGroups(text, end, ref digits, ref separators);
        if (end - start < 5 || digits < 3 || (!prefix && separators == 0 && !hasLetters && !(digitsAlone && digits == end - start))
            || IsDateOrAmount(text.AsSpan(i, end - i)))
        {
            return;
        }
        output.Add(new(category, start, end, CandidatePriority.CaseReference));
    }

    /// <summary>"my private health insurance (family policy, policy no. PV-332.843775)": a policy is a health insurance number only there.</summary>
    private static bool HealthInsuranceBefore(string text, int keyword)
    {
        var from = Math.Max(0, keyword - 120);
        var window = text.AsSpan(from, keyword - from);
        return window.Contains("health insurance", StringComparison.OrdinalIgnoreCase) || window.Contains("krankenversicherung", StringComparison.OrdinalIgnoreCase)
            || window.Contains("krankenkasse", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Later parts of a file number: "HS 21 0418 557", "KG 2024 118 943" (groups of digits after single spaces) and
    /// "JA 52.3 – B 1147/24", "3451 E – 112/25" (a dash, maybe a letter or two, then a part with a digit). At most three.
    /// </summary>
    private static int ReadMoreGroups(string text, int end, ref int digits, ref int separators)
    {
        for (var more = 0; more < 4 && end + 2 < text.Length && text[end] == ' '; more++)
        {
            var next = end + 1;
            var dash = text[next] is '–' or '-' && next + 2 < text.Length && text[next + 1] == ' ';
            if (dash)
            {
                next += 2;
                // "B 1147/24", "HzE 0394/24": an office's letters after the dash.
                var letters = next;
                while (letters < text.Length && letters - next < 4 && (char.IsAsciiLetterUpper(text[letters]) || (letters > next && char.IsAsciiLetterLower(text[letters]))))
                {
                    letters++;
                }
                if (letters > next && letters + 1 < text.Length && text[letters] == ' ' && char.IsAsciiDigit(text[letters + 1]))
                {
                    next = letters + 1;
                }
            }
            var groupEnd = next;
            var groupDigits = 0;
            var allDigits = true;
            while (groupEnd < text.Length && groupEnd - next < 12 && (char.IsAsciiLetterOrDigit(text[groupEnd]) || text[groupEnd] is '/' or '.' or '-'))
            {
                groupDigits += char.IsAsciiDigit(text[groupEnd]) ? 1 : 0;
                allDigits &= char.IsAsciiDigit(text[groupEnd]);
                groupEnd++;
            }
            // A sentence's full stop after the last group ("vertragskonto 810 227 4519.") is no part of it.
            while (groupEnd > next && !char.IsAsciiLetterOrDigit(text[groupEnd - 1]))
            {
                groupEnd--;
            }
            allDigits = allDigits || !text.AsSpan(next, groupEnd - next).ContainsAnyExceptInRange('0', '9');
            // "3451 E – 112/25": a letter or two between the number and the dash belong to it.
            var letterBeforeDash = !dash && groupDigits == 0 && groupEnd - next <= 2 && groupEnd + 2 < text.Length && text[groupEnd] == ' '
                && text[groupEnd + 1] is '–' or '-' && text.AsSpan(next, groupEnd - next).ContainsAnyExceptInRange('A', 'Z') == false;
            var fits = letterBeforeDash || (dash ? groupDigits > 0 : allDigits && groupDigits is >= 2 and <= 4);
            if (!fits || groupEnd == next || (groupEnd < text.Length && char.IsLetterOrDigit(text[groupEnd])))
            {
                break;
            }
            digits += groupDigits;
            separators++;
            end = groupEnd;
        }
        return end;
    }

    /// <summary>"03.11.2026", "3.11.26", "12.03" and "1.250.000" are dates and an amount, not a file number ("5.1000.204417" is one).</summary>
    private static bool IsDateOrAmount(ReadOnlySpan<char> value)
    {
        var groupBuffer = default(FixedBuffer8<Range>);
        Span<Range> groups = groupBuffer;
        var count = value.Split(groups, '.');
        if (count > 7)
        {
            return false;
        }
        for (var g = 0; g < count; g++)
        {
            var group = value[groups[g]];
            if (group.IsEmpty || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }
        var date = count == 3 && value[groups[0]].Length <= 2 && value[groups[1]].Length <= 2 && value[groups[2]].Length is 2 or 4;
        // "Der Bescheid vom 12.03. ist …": a day and a month without the year.
        date |= count == 2 && value[groups[0]].Length <= 2 && value[groups[1]].Length <= 2
            && int.Parse(value[groups[0]], provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31
            && int.Parse(value[groups[1]], provider: System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12;
        var amount = count >= 2 && value[groups[0]].Length <= 3;
        for (var g = 1; amount && g < count; g++)
        {
            amount = value[groups[g]].Length == 3;
        }
        return date || amount;
    }

    // OfficeFileNumber, LettersYearSerial and CourtFileNumber run only on windows around digit clusters (see
    // DigitClusters.Matches): the digits each needs in one cluster, what must stand around that cluster, and how far
    // before and after it a match and the characters its \b or look-ahead read reach. A change to one of the patterns
    // needs its window derived again (DigitClusterWindowTests pins the patterns and compares with whole-text matches).

    // The dotted unit number ends a cluster, right before "-" and a capital; the match starts inside the cluster (\b
    // reads the character before it) and reaches at most 1 + 6 + 6 + 1 + 7 + 8 = 29 characters past its end, \b one more.
    internal static readonly ClusterShape OfficeFileNumberWindows = new(OfficeFileNumber(), MinimumDigits: 2, Before: 1, After: 30,
        Admits: static (text, cluster) => HyphenAndCapitalAt(text, cluster.End));

    // "UV-2024-08812": the year starts a cluster after a capital and "-", and the letters before reach at most ten
    // characters back (\b one more); the match ends inside the cluster, the look-ahead reads two characters past it.
    // "2024-UV-08812": the year ends a cluster before "-" and a capital; after it at most 1 + 4 + 1 + 6 characters, and
    // the two the look-ahead reads.
    // "BüA-LM 2025/118734", "OA-R 31/2025/0187": the year and serial (seven digits or more) start a cluster after a
    // space and a letter; the letters before reach at most 4 + 1 + 4 + 1 characters back (\b one more), the match ends
    // inside the cluster (\b one after).
    internal static readonly ClusterShape MixedCaseOfficeFileNumberWindows = new(MixedCaseOfficeFileNumber(), MinimumDigits: 7, Before: 11, After: 1,
        Admits: static (text, cluster) => cluster.Start >= 2 && text[cluster.Start - 1] == ' ' && char.IsLetter(text[cluster.Start - 2]));

    // "M 1 K 25.4127": year and serial (five digits or more joined by a full stop) start a cluster after a space and the
    // register's capital; before them at most "RO 12 KE " (9), \b one more.
    internal static readonly ClusterShape BavarianCourtFileNumberWindows = new(BavarianCourtFileNumber(), MinimumDigits: 5, Before: 10, After: 1,
        Admits: static (text, cluster) => cluster.Start >= 2 && text[cluster.Start - 1] == ' ' && char.IsAsciiLetterUpper(text[cluster.Start - 2]));

    internal static readonly ClusterShape LettersYearSerialWindows = new(LettersYearSerial(), MinimumDigits: 4, Before: 11, After: 14,
        Admits: static (text, cluster) => (cluster.Start >= 2 && text[cluster.Start - 1] == '-' && IsOfficeCapital(text[cluster.Start - 2]))
            || HyphenAndCapitalAt(text, cluster.End));

    // The chamber's number ends a cluster before a space and a capital, or before its letter ("15a K 4117/25.A"); the
    // match starts inside the cluster or at the social court's instance two characters before it ("L 4 SO …", \b one
    // more) and reaches at most 1 + 1 + 4 + 1 + 6 + 1 + 2 + 5 = 21 characters past its end (" EAGS", " B ER" the
    // longest endings), \b one more.
    internal static readonly ClusterShape CourtFileNumberWindows = new(CourtFileNumber(), MinimumDigits: 1, Before: 3, After: 22,
        Admits: static (text, cluster) =>
        {
            var i = cluster.End < text.Length && char.IsAsciiLetterLower(text[cluster.End]) ? cluster.End + 1 : cluster.End;
            return i + 1 < text.Length && text[i] == ' ' && char.IsAsciiLetterUpper(text[i + 1]);
        });

    private static bool HyphenAndCapitalAt(string text, int i) => i + 1 < text.Length && text[i] == '-' && IsOfficeCapital(text[i + 1]);

    private static bool IsOfficeCapital(char c) => char.IsAsciiLetterUpper(c) || c is 'Ä' or 'Ö' or 'Ü';

    // Bounded: every quantifier has a small upper bound and the pieces are separated by fixed characters. The office's
    // letters may be an abbreviation in mixed case ("50.3-HzP-2025-0612"), and the serial may end in a year or a second
    // serial ("32.1-VG-25-06617"): in all held-out batches, 294 numbers of this shape are labelled and none is not.
    // A space may stand before the serial ("32.3-EB 0912/23": 42 of this shape labelled in all batches, none not), and
    // the year may come first with the serial after the slash ("61.3-OW 2025/097115": 22 labelled, none not).
    // The year may follow the letters after a slash as well ("32.2-HV/2025/0607", "32.5-OWi/2025/5528").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,3}(?:\.\d{1,3}){1,2}-[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,5}(?:[ -][A-ZÄÖÜ]{1,5})?[- /]\d{2,7}(?:/\d{2,7}|-\d{1,6})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OfficeFileNumber();

    // Bounded like the one above: small counted repetitions of digits and single separators.
    // The unit's number before "OWi" stands with a hyphen or a space ("32.3 OWi 26/005265"), or the office's letters
    // ("OA-OWi 1712/25").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z]{1,4})[- ])?OWi[ -](?:\d{1,4}[-./]){0,4}\d{3,8}(?:/\d{2,4})?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FineProceedingNumber();

    // Bounded: the court's department and register ("3 Ds", "Cs"), the prosecutor's department, "Js", number/year.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\d{1,3} )?(?:[A-Za-z][a-z]{0,2} )?\d{1,5} [Jj]s \d{1,6}/\d{2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProsecutorFileNumber();

    /// <summary>
    /// A cluster that is, whole and standing alone, "VG-Nr. 250516-2156-387328" or "4 Vorgänge, zuletzt 250609-1703-693694"
    /// (a police station's case number: the day yymmdd, the time hhmm, a serial of six digits; 23 in all batches read, all
    /// labelled) or "BAMF-Verfahren … unter 8805641-475" (the federal migration office's file number, seven digits and
    /// three; 31 read, all labelled). In the unseen batches, by counts only, 5 and 15, all labelled.
    /// </summary>
    private static void AddPoliceOrMigrationOfficeNumber(string text, DigitCluster cluster, List<Candidate> output)
    {
        var (start, end) = (cluster.Start, cluster.End);
        if ((cluster.Digits != 16 || end - start != 18) && (cluster.Digits != 10 || end - start != 11)
            || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return;
        }
        var number = text.AsSpan(start, end - start);
        var police = number.Length == 18 && number[6] == '-' && number[11] == '-' && CheckDigits.AreDigits(number[..6])
            && CheckDigits.AreDigits(number[7..11]) && CheckDigits.AreDigits(number[12..])
            && TwoDigits(number, 2) is >= 1 and <= 12 && TwoDigits(number, 4) is >= 1 and <= 31 && TwoDigits(number, 7) <= 23 && TwoDigits(number, 9) <= 59;
        // The migration office's number does not continue a longer one ("2025-8805641-475", "8805641-475/1").
        var migrationOffice = number.Length == 11 && number[7] == '-' && CheckDigits.AreDigits(number[..7]) && CheckDigits.AreDigits(number[8..])
            && (start == 0 || text[start - 1] is not ('-' or '/' or '.')) && (end == text.Length || text[end] is not ('-' or '/'));
        if (police || migrationOffice)
        {
            output.Add(new(PiiCategory.CaseReference, start, end, CandidatePriority.CaseReference));
        }
    }

    private static int TwoDigits(ReadOnlySpan<char> number, int at) => (number[at] - '0') * 10 + (number[at + 1] - '0');

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[A-ZÄÖÜ]{2,4}-(?:[A-ZÄÖÜ]{1,4}-)?20[0-9]{2}|20[0-9]{2}-[A-ZÄÖÜ]{2,4})-[0-9]{4,6}\b(?![-/.]?[0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LettersYearSerial();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[0-9]{5}BG[0-9]{7}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HouseholdNumber();

    // "4 K 233/24.NW", "15a K 4117/25.A": a chamber may carry a letter, and an asylum case ends in ".A". A family
    // court's file ends in the matter's letters: "7 F 231/25 SO" (custody), "62 F 311/25 EAGS" (interim order under the
    // Gewaltschutzgesetz); UG/UK contact and child maintenance, WH home and household, VA pension split, AB parentage.
    // A social court's file starts with its instance ("S 12 AS 123/24" at the Sozialgericht, "L 4 SO 111/25 B ER" at the
    // Landessozialgericht; "ER" an interim proceeding, "B" a complaint).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[LS] )?[0-9]{1,4}[a-z]? [A-Z][A-Za-z]{0,3} [0-9]{1,6}/[0-9]{2}(?:\.[A-Z]{1,3}| (?:EA)?(?:SO|UG|UK|GS|WH|VA|AB)| (?:B )?ER)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CourtFileNumber();

    /// <summary>
    /// A court file number cited as law: the Federal Constitutional Court's registers (BvR, BvL …), the Federal Social
    /// Court's "B … R" frame, or a federal court, "vgl." or "Rechtsprechung" before it on its line.
    /// </summary>
    private static bool IsCitedDecision(string text, int start, int end) =>
        text.AsSpan(start, end - start).Contains("Bv", StringComparison.Ordinal)
        || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == 'B' && (start == 2 || !char.IsLetterOrDigit(text[start - 3])))
        || (end + 2 <= text.Length && text[end] == ' ' && text[end + 1] == 'R' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
        || CitationWords().IsMatch(ContextWindow.LineBefore(text, start, 80));

    // Bounded alternations of literal words.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:vgl\.|Rechtsprechung|BVerfG|BVerwG|BGH|BAG|BSG|BFH|EuGH)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CitationWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:Urteil|Urt\.|Beschluss|Beschl\.)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DecisionWords();

    // "XVII 134/25", "12 XVII 431/24": a file of the guardianship court's register.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[0-9]{1,4} )?XVII [0-9]{1,6}/[0-9]{2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GuardianshipFileNumber();

    // "Abstammungssache 7 F 118/25", "Betreuungssache 12 XVII 431/24": a family or guardianship court's matter.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i:gericht|\bvg\b|\bag\b|\blg\b|\bolg\b|verfahren|\baz\b|aktenzeichen|geschäftsnummer|staatsanwalt|anhängig|klage|[a-zäöü]{4}ssache\b|familiensache|strafsache)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CourtContext();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:M|AN|RN|RO|W|B) [0-9]{1,2} (?:K|S|SN|E|KE|SE|M) [0-9]{2}\.[0-9]{3,5}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BavarianCourtFileNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,3}-[A-Z][A-Za-z]{0,3} (?:[0-9]{1,3}/)?(?:19|20)[0-9]{2}/[0-9]{3,7}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MixedCaseOfficeFileNumber();

    // HMRC's prefixes leave out D, F, I, Q, U, V as either letter and O as the second; the suffix is A–D.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BritishInsuranceNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\bNr\.|\bno\.|№|\bNumer aktu:|\bReg\.-Nr\.:) ?([A-ZА-ЯÄÖÜ0-9][A-ZА-ЯÄÖÜ0-9-]{0,11}(?: ?/ ?[A-ZА-ЯÄÖÜ0-9][A-ZА-ЯÄÖÜ0-9-]{0,11}){1,3})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RegisterEntryNumber();

    /// <summary>Two capitals in a row and a digit: "MUCL/8871/2025", "58/TLKT-BS" (a plain "214/2025" is any number).</summary>
    private static bool HasCapitalPairAndDigit(ReadOnlySpan<char> value)
    {
        var pair = false;
        for (var i = 1; i < value.Length && !pair; i++)
        {
            pair = char.IsUpper(value[i]) && char.IsUpper(value[i - 1]);
        }
        return pair && value.IndexOfAnyInRange('0', '9') >= 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i:rechnung|angebot|bestell|quittung|beleg|auftrags|lieferschein|buchung|warteliste|familienpass|portal|kurs|reservier|bestätigung|termin)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BusinessDocumentWords();
}
