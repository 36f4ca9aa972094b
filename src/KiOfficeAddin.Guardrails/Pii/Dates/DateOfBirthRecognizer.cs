using System.Collections.Frozen;
using System.Buffers;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Identifiers;
using KiOfficeAddin.Guardrails.Pii.Names;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Dates;

/// <summary>
/// Dates of birth: a numeric or spelled date ("3. März 1975") with a birth context word before it (geb., geboren,
/// Geburtsdatum, *) or written right after a person's name ("Anna Weber (12.03.1980)", "Anna Weber, 12.03.1980").
/// Other dates (letter dates, deadlines) are not personal data and stay.
/// </summary>
internal static partial class DateOfBirthRecognizer
{
    public static void Find(string text, IReadOnlyList<Candidate> persons, List<Candidate> output) =>
        Find(text, persons, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, IReadOnlyList{Candidate}, List{Candidate})"/>, with the text's digit clusters found once for every recognizer.</summary>
    public static void Find(string text, IReadOnlyList<Candidate> persons, List<Candidate> output, List<DigitCluster>? clusters) =>
        Find(text, persons, output, clusters, tableCells: null);

    /// <summary>As above, with the text's table cells read already (by the name rules), so that the tables are not read again.</summary>
    public static void Find(string text, IReadOnlyList<Candidate> persons, List<Candidate> output, List<DigitCluster>? clusters,
        List<BarTable.Cell>? tableCells)
    {
        // Where person mentions end, collected once: scanning every person per date grew with the square of the text.
        HashSet<int>? personEnds = null;
        var latestYear = 0;
        List<(int Start, int End)>? birthColumnCells = null;
        var dates = new List<(int Index, int Length)>();
        DigitClusters.Matches(text, DateWindows, clusters, dates);
        var lastBirthDateEnd = -1;
        foreach (var m in dates)
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (ContextWindow.GluedBefore(text, start) || (end < text.Length && char.IsAsciiDigit(text[end])))
            {
                continue;
            }
            if ((BirthCueBefore(text, start) && !CueBelongsToEarlierDate(text, start)) || (FollowsPerson(text, start, persons, ref personEnds, ref latestYear) && !IsSignedLine(text, start))
                || BirthWordFollows(text, end) || InCell(birthColumnCells ??= BarTable.CellsUnder(text, tableCells ?? BarTable.Read(text), IsBirthColumnHeader), start, end)
                // "geb. 28.07.2013 und 05.09.2016": the next child's birth date joined to one.
                || (lastBirthDateEnd >= 0 && text.AsSpan(lastBirthDateEnd, start - lastBirthDateEnd) is " und " or " u. " or ", " or " and "))
            {
                output.Add(new(PiiCategory.DateOfBirth, start, end, CandidatePriority.DateOfBirth));
                lastBirthDateEnd = end;
            }
        }
        // "DOB: 05 Nov 1996", "born on April 9th, 2001", "né le 7 avril 1990", "nascida a 3 de março de 2017": students and
        // visitors write their own way.
        // (One search for the English words ignoring case rules out most texts before the exact searches.)
        var foreignLabel = text.AsSpan().IndexOfAny(ForeignBirthWords) >= 0
            ? text.Contains("born", StringComparison.OrdinalIgnoreCase) || text.Contains("DOB", StringComparison.Ordinal)
              || text.Contains("birth", StringComparison.OrdinalIgnoreCase) || text.Contains("né", StringComparison.Ordinal)
            : text.Contains("né", StringComparison.Ordinal) || text.Contains("nasc", StringComparison.Ordinal);
        // "nacida el 3 de agosto de 1979": Spanish.
        foreignLabel = foreignLabel || text.Contains("nacid", StringComparison.Ordinal);
        if (foreignLabel)
        {
            foreach (var m in ForeignBirthDate().EnumerateMatches(text))
            {
                var span = text.AsSpan(m.Index, m.Length);
                // "born 11/30/1986": a US date is all digits, whatever word stands before it.
                var date = span.IndexOfAnyInRange('0', '9') is var firstDigit && !span[firstDigit..].Contains('/') && IsMonthFirst(span[..firstDigit])
                    ? MonthStart(span, firstDigit) : firstDigit;
                output.Add(new(PiiCategory.DateOfBirth, m.Index + date, m.Index + m.Length, CandidatePriority.Layout));
            }
        }
        // "geb. 1942年5月3日": a Japanese or Chinese date after a birth word.
        if (text.Contains('年'))
        {
            foreach (var m in EastAsianDate().EnumerateMatches(text))
            {
                if (BirthCueBefore(text, m.Index))
                {
                    output.Add(new(PiiCategory.DateOfBirth, m.Index, m.Index + m.Length, CandidatePriority.Layout));
                }
            }
        }
        // "Geburtsdatum: 23 06 1988": forms filled in by hand space the digits; only right after a birth label.
        // (The day starts a cluster after a space, in the shape "dd dd dddd": the pattern runs only around such clusters.)
        DigitClusters.Matches(text, SpacedDateWindows, clusters, dates);
        foreach (var m in dates)
        {
            // The label decides: the digits also read as a phone number, which would otherwise win.
            output.Add(new(PiiCategory.DateOfBirth, m.Index + m.Length - "dd mm yyyy".Length, m.Index + m.Length, CandidatePriority.Layout));
        }
    }

    // The English words of the foreign-date rule's condition, all ignoring case: a text without any has none of them.
    private static readonly SearchValues<string> ForeignBirthWords =
        SearchValues.Create(["born", "dob", "birth"], StringComparison.OrdinalIgnoreCase);

    // SpacedBirthDate's date ("dd mm yyyy", then \b) starts a cluster of eight digits or more right after one of the
    // spaces that follow its label: before it at most "geburtsdatum" or "geboren am", ":" and three spaces (16
    // characters) and the character \b reads before the label; after the year the character \b reads.
    internal static readonly ClusterShape SpacedDateWindows = new(SpacedBirthDate(), MinimumDigits: 8, Before: 17, After: 1,
        Admits: static (text, cluster) => cluster.Start >= 1 && text[cluster.Start - 1] == ' ' && IsSpacedDate(text, cluster.Start));

    /// <summary>Whether "dd dd dddd" (digits and single spaces) stands at <paramref name="start"/>.</summary>
    private static bool IsSpacedDate(string text, int start)
    {
        if (start + 10 > text.Length || text[start + 2] != ' ' || text[start + 5] != ' ')
        {
            return false;
        }
        foreach (var offset in (ReadOnlySpan<int>)[0, 1, 3, 4, 6, 7, 8, 9])
        {
            if (!char.IsAsciiDigit(text[start + offset]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"born on April 9th": the label ends with a month name, so the date starts there.</summary>
    private static bool IsMonthFirst(ReadOnlySpan<char> labelAndMonth) =>
        labelAndMonth.TrimEnd().Length > 0 && char.IsLetter(labelAndMonth.TrimEnd()[^1])
        // "gave birth to her on 3rd February", "Date of Birth 10 JUL 1999": the label's last word is no month.
        && IsEnglishMonth(LastWord(labelAndMonth.TrimEnd().TrimEnd('.')))
        // "nascida a 3 de março": the Portuguese label ends with a preposition, and the day comes first.
        && !labelAndMonth.TrimEnd().EndsWith(" a", StringComparison.OrdinalIgnoreCase) && !labelAndMonth.TrimEnd().EndsWith(" em", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var i = text.Length;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return text[i..];
    }

    /// <summary>An English month or its abbreviation, in any case ("April", "sept", "DEC").</summary>
    private static bool IsEnglishMonth(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower is "jan" or "feb" or "mar" or "apr" or "may" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
            or "january" or "february" or "march" or "april" or "june" or "july" or "august" or "september" or "october" or "november"
            or "december";
    }

    private static int MonthStart(ReadOnlySpan<char> span, int firstDigit)
    {
        var i = span[..firstDigit].TrimEnd().Length;
        while (i > 0 && (char.IsLetter(span[i - 1]) || span[i - 1] == '.'))
        {
            i--;
        }
        return i;
    }

    /// <summary>"Name, Vorname | geb. | Anschrift": a column headed by a birth word holds dates of birth.</summary>
    private static bool IsBirthColumnHeader(ReadOnlySpan<char> header) =>
        header.Length <= 20 && (header.Equals("geb.", StringComparison.OrdinalIgnoreCase) || header.Equals("geb", StringComparison.OrdinalIgnoreCase)
            || header.Equals("geboren", StringComparison.OrdinalIgnoreCase) || header.Equals("geboren am", StringComparison.OrdinalIgnoreCase)
            || header.Equals("geb. am", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Geburts", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Geb.-", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Geb.dat", StringComparison.OrdinalIgnoreCase)
            || header.Equals("Date of birth", StringComparison.OrdinalIgnoreCase) || header.Equals("DOB", StringComparison.OrdinalIgnoreCase)
            // "geb_Kind", "geb. Kind", "GebDat": an export's short forms.
            || (header.Length > 3 && header.StartsWith("geb", StringComparison.OrdinalIgnoreCase) && header[3] is '_' or ' ' or '.' or '-' or '(')
            || header.StartsWith("GebDat", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether [start, end) lies inside one of the cells, which come in text order: a binary search.</summary>
    private static bool InCell(List<(int Start, int End)> cells, int start, int end)
    {
        int lo = 0, hi = cells.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cells[mid].Start <= start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && end <= cells[found].End;
    }

    /// <summary>"… ist am 15. November 2026 im Marienhospital zur Welt gekommen", "am 3.5.2019 in Soest geboren".</summary>
    private static bool BirthWordFollows(string text, int end)
    {
        // "kam am 02.09.2025 um 04:12 Uhr im Krankenhaus Friedberg zur Welt": the clause may be long.
        var rest = text.AsSpan(end, Math.Min(70, text.Length - end));
        // "am 11.08.1936 in Drama (Griechenland) geboren": a parenthesis inside the clause is read over.
        var sentenceEnd = rest.IndexOfAny("\n!?;");
        var stop = rest.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0 && (sentenceEnd < 0 || stop < sentenceEnd))
        {
            sentenceEnd = stop;
        }
        if (sentenceEnd >= 0)
        {
            rest = rest[..sentenceEnd];
        }
        // "… am 17.11.2026 verstorben (geboren am …)": the birth word belongs to another date.
        return rest.IndexOfAny(BirthAfterWords) >= 0 && BirthAfter().IsMatch(rest) && !rest.Contains("storben", StringComparison.OrdinalIgnoreCase)
            && !rest.Contains("(geb", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <c>ContextWindow.Before(text, start, 45, BirthContext())</c>: every match of <see cref="BirthContext"/> holds "*" or
    /// one of <see cref="BirthCueWords"/>, and most dates (a letter's date, deadlines) have none of them in the 45
    /// characters before them, so the pattern runs only where one is.
    /// </summary>
    private static bool BirthCueBefore(string text, int start)
    {
        // "– ur. 18.08.1992": the Polish abbreviation right before the date (not looked for in the window, whose cut could
        // make "EUR." a word of its own).
        if (start >= 4 && text.AsSpan(start - 4, 4) is "ur. " && (start == 4 || !char.IsLetter(text[start - 5])))
        {
            return true;
        }
        var from = Math.Max(0, start - 45);
        // The window starts at a word: a word cut in two would give the pattern a word start inside it ("Neu|geborene").
        while (from > 0 && from < start && char.IsLetter(text[from - 1]))
        {
            from++;
        }
        var window = text.AsSpan(from, start - from);
        return (window.Contains('*') || HasBirthCueWord(window)) && BirthContext().IsMatch(window);
    }

    // What every alternative of BirthContext holds but "*": "geb" (geb., geboren, Geburtsdatum, Geburtstag …), "dob",
    // "birth" (date of birth, gave birth), "jahrgang", "born", "né" (né le, née le), "nasc" (nascido, data de nascimento,
    // data di nascita), "naiss" (date de naissance), "nato il"/"nata il", "nacim" (fecha de nacimiento), "rođ" (datum
    // rođenja, rođena), "geboorte" (geboortedatum), "urodz" (data urodzenia). The pattern's case-insensitive letters here match no
    // character other than their two ASCII cases, and ignoring case ordinally matches those (and maybe more: the pattern
    // decides).
    private static readonly string[] BirthCueWords =
        ["geb", "dob", "birth", "jahrgang", "born", "né", "nasc", "naiss", "nato il", "nata il", "nacim", "rođ", "geboorte", "urodz"];

    /// <summary>
    /// Whether one of <see cref="BirthCueWords"/> stands in <paramref name="window"/>, ignoring case. A multi-string
    /// search ignoring case with a non-ASCII word ("né", "rođ") leaves the vectorised search for a character-by-character
    /// automaton (perf: ≈ 1 % of a pass here), so the ASCII words are searched by themselves and the two others only
    /// where their non-ASCII letter is: "é" and "đ" equal no other characters than their capitals ignoring case.
    /// </summary>
    internal static bool HasBirthCueWord(ReadOnlySpan<char> window) =>
        window.IndexOfAny(AsciiBirthCueWords) >= 0
        || (window.ContainsAny(NonAsciiBirthCueLetters)
            && (window.Contains("né", StringComparison.OrdinalIgnoreCase) || window.Contains("rođ", StringComparison.OrdinalIgnoreCase)));

    private static readonly SearchValues<string> AsciiBirthCueWords =
        SearchValues.Create(BirthCueWords.Where(word => word.All(char.IsAscii)).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> NonAsciiBirthCueLetters = SearchValues.Create("éÉđĐ");

    /// <summary>For the tests: the one multi-string search over all <see cref="BirthCueWords"/> that <see cref="HasBirthCueWord"/> replaces.</summary>
    internal static readonly SearchValues<string> AllBirthCueWords = SearchValues.Create(BirthCueWords, StringComparison.OrdinalIgnoreCase);

    // What every alternative of BirthAfter holds ("geboren", "zur welt", "auf die welt"), compared as above.
    private static readonly SearchValues<string> BirthAfterWords =
        SearchValues.Create(["geboren", "welt"], StringComparison.OrdinalIgnoreCase);

    private static HashSet<int> PersonEnds(IReadOnlyList<Candidate> persons)
    {
        var ends = new HashSet<int>(persons.Count);
        foreach (var p in persons)
        {
            ends.Add(p.End);
        }
        return ends;
    }

    /// <summary>"geb. 14.09.1971, wurde am 26.11.2026 eingewiesen": a date between the cue and this one took the cue.</summary>
    private static bool CueBelongsToEarlierDate(string text, int start)
    {
        var from = Math.Max(0, start - 45);
        var window = text.AsSpan(from, start - from);
        var cueEnd = -1;
        foreach (var m in BirthContext().EnumerateMatches(window))
        {
            cueEnd = m.Index + m.Length;
        }
        if (cueEnd < 0)
        {
            return false;
        }
        var earlierEnd = -1;
        foreach (var m in DateShape().EnumerateMatches(window[cueEnd..]))
        {
            earlierEnd = cueEnd + m.Index + m.Length;
        }
        // "Geburtsdatum von meinem Mann ist 1.12.1983, meins 28.02.1990", "my date of birth is 14/08/1989, Ngozi's is
        // 21/05/1992": one word after the earlier date names whose this one is, and the cue holds for both.
        return earlierEnd >= 0 && !NextBirthdayInList(window[earlierEnd..]);
    }

    /// <summary>", meins ", ", Ngozi's is ", ", seins ist ": the gap between two birthdays after one cue.</summary>
    private static bool NextBirthdayInList(ReadOnlySpan<char> gap)
    {
        if (gap.Length is < 4 or > 24 || !gap.StartsWith(", ", StringComparison.Ordinal) || gap[^1] != ' ')
        {
            return false;
        }
        var words = gap[2..^1];
        if (words.EndsWith(" is", StringComparison.Ordinal) || words.EndsWith(" ist", StringComparison.Ordinal))
        {
            words = words[..words.LastIndexOf(' ')];
        }
        if (words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("’s", StringComparison.Ordinal))
        {
            words = words[..^2];
        }
        if (words.IsEmpty || words.ContainsAnyExcept(NameLetters))
        {
            return false;
        }
        // Not a word of time or of another event ("wurde am …", "verstorben …", "since …").
        return words is not ("am" or "vom" or "seit" or "bis" or "ab" or "zum" or "zur" or "gültig" or "heute" or "verstorben"
            or "gestorben" or "verst" or "eingereist" or "on" or "since" or "until" or "died" or "married" or "verheiratet" or "heirat");
    }

    private static readonly SearchValues<char> NameLetters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜéèáàóòíìúùñçşğıİčćšžłńśźżąęőűâêîôû-");

    /// <summary>"gez. Tewes, 10.11.2026": the date a note was signed, not the signer's birthday.</summary>
    private static bool IsSignedLine(string text, int start)
    {
        // Only the 80 characters before the date matter: a signed line is short.
        var from = Math.Max(0, start - 80);
        var newline = start == 0 ? -1 : text.LastIndexOf('\n', start - 1, start - from);
        var lineStart = newline >= 0 ? newline + 1 : from;
        var line = text.AsSpan(lineStart, start - lineStart).TrimStart();
        if (line.StartsWith("gez.", StringComparison.OrdinalIgnoreCase) || line.StartsWith("gez ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // "Bearbeitet: Reinholz, 04.11.2025", "Sachlich richtig: Öztürk, Standesamt, 06.10.2025": a clerk's label.
        var colon = line.IndexOf(':');
        if (colon > 0 && line[..colon].LastIndexOf(' ') is var space && NameWords.SignOffLabels.Contains(line[(space + 1)..colon].TrimEnd('.')))
        {
            return true;
        }
        // "Gerlach, 04.11.2025" as the last line of a note: the day it was written.
        var rest = text.AsSpan(start);
        var lineEnd = rest.IndexOf('\n');
        var signer = line.TrimEnd().TrimEnd(',').TrimEnd();
        return !signer.IsEmpty && signer.Length <= 30 && signer.IndexOfAny(' ', ':') < 0 && (lineEnd < 0 || rest[lineEnd..].IsWhiteSpace());
    }

    /// <summary>
    /// Whether a person's mention ends right before the gap before <paramref name="start"/>. A letter names few persons:
    /// they are compared one by one, and only a text with many gets the set of their ends (made once, in
    /// <paramref name="personEnds"/>; comparing every person per date grew with the square of a long text).
    /// </summary>
    private static bool FollowsPerson(string text, int start, IReadOnlyList<Candidate> persons, ref HashSet<int>? personEnds, ref int latestYear)
    {
        // Person, then only ", " / " (" / " *" between the name and the date (or a CSV field's closing quote); in a table aligned by spaces, the spaces
        // up to the next column ("Doris Pöhlmann          28.04.1957").
        var i = start - 1;
        var gap = 0;
        while (i >= 0 && (gap < 4 || (text[i] == ' ' && gap < 40)) && text[i] is ' ' or ',' or '(' or '*' or '\t' or ';' or '|' or '"')
        {
            i--;
            gap++;
        }
        if (gap == 0 || i < 0)
        {
            return false;
        }
        // "0412-25-00861;Sultani;Mursal;12.05.1998;B1": in a semicolon export the field after the name may be any date
        // (an application's, a payment's); a birth date is one at least fourteen years before the text's latest year. So in
        // a table ruled by bars ("1 | de Groot, Femke | 02.02.1989 | Stübbeken 83 …").
        if (text.AsSpan(i + 1, start - i - 1).ContainsAny(';', '|') && !IsYearsBeforeLatest(text, start, 14, ref latestYear))
        {
            return false;
        }
        // "Wimmer, Korbinian⇥…⇥Loibl⇥14.11.2025" under "…⇥SB⇥Frist⇥…": a tab table's header says the column holds another date.
        if (text.AsSpan(i + 1, start - i - 1).Contains('\t') && TabHeaderNamesOtherDate(text, start))
        {
            return false;
        }
        // "Olena Kovalenko (Олена Коваленко), 07.12.1988": the name in another script, in brackets, between them.
        if (text[i] == ')' && gap <= 3)
        {
            var open = text.LastIndexOf('(', i, Math.Min(40, i + 1));
            if (open < 2 || text[open - 1] != ' ' || text.AsSpan(open, i - open).ContainsAnyInRange('0', '9'))
            {
                return false;
            }
            i = open - 2;
        }
        if (personEnds is null && persons.Count <= FewPersons)
        {
            for (var p = 0; p < persons.Count; p++)
            {
                if (persons[p].End == i + 1)
                {
                    return true;
                }
            }
            return false;
        }
        personEnds ??= PersonEnds(persons);
        return personEnds.Contains(i + 1);
    }

    private const int FewPersons = 16;

    /// <summary>
    /// Whether the date at <paramref name="start"/> stands in a tab table's column whose header names a date that is no
    /// birthday ("Frist", "Eingang", "Wiedervorlage", "gültig bis"). The header is the first line of the block of tab lines
    /// the date's line belongs to (walked up at most 200 lines).
    /// </summary>
    private static bool TabHeaderNamesOtherDate(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var column = text.AsSpan(lineStart, start - lineStart).Count('\t');
        var headerStart = lineStart;
        for (var lines = 0; headerStart > 0 && lines < 200; lines++)
        {
            var previous = headerStart - 1 == 0 ? 0 : text.LastIndexOf('\n', headerStart - 2) + 1;
            if (text.AsSpan(previous, headerStart - 1 - previous).Count('\t') < 2)
            {
                break;
            }
            headerStart = previous;
        }
        if (headerStart == lineStart)
        {
            return false;
        }
        var headerEnd = text.IndexOf('\n', headerStart);
        var header = text.AsSpan(headerStart, (headerEnd < 0 ? text.Length : headerEnd) - headerStart);
        foreach (var range in header.Split('\t'))
        {
            if (column-- == 0)
            {
                return IsOtherDateHeader(header[range].Trim());
            }
        }
        return false;
    }

    private static bool IsOtherDateHeader(ReadOnlySpan<char> header)
    {
        if (header.IsEmpty || header.Contains("geb", StringComparison.OrdinalIgnoreCase) || header.Contains("birth", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var space = header.IndexOfAny(' ', '/', '.');
        var first = space > 0 ? header[..space] : header;
        return OtherDateHeaderWords.Contains(first) || header.EndsWith(" bis", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherDateHeaderWords = new[]
    {
        "Frist", "Befristung", "Termin", "WV", "Wiedervorlage", "Eingang", "Stand", "Datum", "fällig", "Fälligkeit", "Ablauf",
        "gültig", "bewilligt", "Bescheid", "erledigt", "Zahlung", "Abgabe", "Ausgang", "Antrag", "Erfasst", "Anmeldung",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The date at <paramref name="start"/> ends with a four-digit year at least <paramref name="years"/> before the latest year (1900–2099) the text names.</summary>
    private static bool IsYearsBeforeLatest(string text, int start, int years, ref int latestYear)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or '/' or '-'))
        {
            end++;
        }
        // The text's latest year is read once per text (a table of thousands of rows asks for every row).
        if (latestYear == 0)
        {
            latestYear = LatestYear(text);
        }
        if (end - start == 8 && text[end - 3] == '.' && latestYear >= 2000 && int.TryParse(text.AsSpan(end - 2, 2), out var shortYear))
        {
            // "09.01.67", "14.03.00": a two-digit year is of this century up to the latest year's, else of the last.
            var century = shortYear <= latestYear % 100 ? latestYear / 100 * 100 : latestYear / 100 * 100 - 100;
            return century + shortYear <= latestYear - years;
        }
        // "1998-03-11", "2001/08/01": a date that starts with its year (exports, East Asian writers).
        var yearAt = end - start >= 10 && text[start + 4] is '-' or '.' or '/' ? start : end - 4;
        if (end - start < 4 || !int.TryParse(text.AsSpan(yearAt, 4), out var year))
        {
            return false;
        }
        return year >= 1900 && year <= latestYear - years;
    }

    private static int LatestYear(string text)
    {
        var latest = 1;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] is '1' && text[i + 1] is '9' || text[i] is '2' && text[i + 1] is '0') && (i == 0 || !char.IsAsciiDigit(text[i - 1]))
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                latest = Math.Max(latest, (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0'));
            }
        }
        return latest;
    }

    // DateShape runs only on windows around digit clusters (see DigitClusters.Matches; DigitClusterWindowTests pins the
    // pattern and compares with whole-text matches). A numeric date lies inside one cluster, with two of the same
    // separator in it ("12.03.1980", "2026-11-30", "30/11/2026", "30-11-2026"); a spelled date's day ends a cluster, before "." and
    // one or two spaces and a month, and the match reaches at most 1 + 2 + 9 + 2 + 4 = 18 characters past it. \b reads
    // the character before the match; nothing after it. The windows are read by hand (DateShapeReader), which
    // DigitClusterWindowTests and DateShapeReaderTests compare with the pattern.
    internal static readonly ClusterShape DateWindows = new(DateShape(), MinimumDigits: 1, Before: 1, After: 18,
        Admits: static (text, cluster) => HoldsNumericDateSeparators(text.AsSpan(cluster.Start, cluster.End - cluster.Start))
            || MonthFollows(text, cluster.End),
        Reader: DateShapeReader.TryRead);

    /// <summary>
    /// Whether a cluster has two dots, two hyphens or two slashes, as every numeric date has. Phone numbers
    /// ("0291 94-1234"), amounts ("1.250") and days without a year ("bis 12.03.") have one at most: their windows, most of
    /// those a letter has, are not searched.
    /// </summary>
    private static bool HoldsNumericDateSeparators(ReadOnlySpan<char> cluster)
    {
        var dots = 0;
        var hyphens = 0;
        var slashes = 0;
        foreach (var c in cluster)
        {
            dots += c == '.' ? 1 : 0;
            hyphens += c == '-' ? 1 : 0;
            slashes += c == '/' ? 1 : 0;
        }
        return dots >= 2 || hyphens >= 2 || slashes >= 2;
    }

    /// <summary>Whether an optional ".", one or two spaces and the first two letters of a month name stand at <paramref name="i"/>.</summary>
    private static bool MonthFollows(string text, int i)
    {
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }
        i++;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        // Januar, Jänner, Juni, Juli, Februar, März, Mai, April, August, September, Oktober, November, Dezember (and
        // their abbreviations), capitalised or in lower case ("21. märz 1987" in a mail written in lower case).
        return i + 1 < text.Length && (char.ToUpperInvariant(text[i]), char.ToLowerInvariant(text[i + 1])) is ('J', 'a' or 'ä' or 'u') or ('F', 'e')
            or ('M', 'ä' or 'a') or ('A', 'p' or 'u') or ('S', 'e') or ('O', 'k') or ('N', 'o') or ('D', 'e');
    }

    // Backtracking, but bounded: alternations of short fixed pieces; the context patterns see at most 45 characters.
    [GeneratedRegex(@"\b(?:(?:0?[1-9]|[12][0-9]|3[01])\.[ ]?(?:0?[1-9]|1[0-2])\.[ ]?(?:19|20)?[0-9]{2}|(?:0?[1-9]|[12][0-9]|3[01])\.?[ ]{1,2}(?:[Jj]anuar|[Jj]änner|[Ff]ebruar|[Mm]ärz|[Aa]pril|[Mm]ai|[Jj]uni|[Jj]uli|[Aa]ugust|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ezember|[Jj]an\.|[Ff]eb\.|[Mm]är\.|[Aa]pr\.|[Jj]un\.|[Jj]ul\.|[Aa]ug\.|[Ss]ep\.|[Ss]ept\.|[Oo]kt\.|[Nn]ov\.|[Dd]ez\.)[ ]{1,2}(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|(?:19|20)[0-9]{2}(?:\.(?:0[1-9]|1[0-2])\.|/(?:0[1-9]|1[0-2])/)(?:0[1-9]|[12][0-9]|3[01])|(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}|(?:0?[1-9]|[12][0-9]|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)[0-9]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"(?i:\bgeb\.|\bgeb\s|\bgeb:|\bgeboren|geburtsdatum|geburtstag|geb\.-?\s?dat|\bgeb\.\s?am|\bdob\b|date of birth|\*\s?$|\*\s?am|jahrgang|geburt|\bborn\b|gave birth|\bnée? le|\bnascid[oa]\b|data de nascimento|date de naissance|\bnat[oa] il|data di nascita|fecha de nacimiento|datum rođenja|\brođen[aeiu]?\b|geboortedatum|data urodzenia|birthday|birth date)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthContext();

    // An English or French birth label, then "05 Nov 1996", "April 9th, 2001" or "7 avril 1990"; bounded alternations.
    [GeneratedRegex(@"(?i)(?:\bdob\b|\bborn(?: on)?|\bborn in [\p{L}'-]{1,25}(?: [\p{L}'-]{1,25})? on|gave birth to (?:[\p{L}'-]{1,20} ){0,3}[\p{L}'-]{1,20} on|date of birth|\bnée? le|\bnascid[oa] (?:a|em)|data de nascimento|\bnacid[oa] el)[:]?[ ]{1,3}(?:[0-9]{1,2} de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre) de (?:19|20)[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th)?\.?[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.?,?[ -](?:19|20)[0-9]{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?[ ][0-9]{1,2}(?:st|nd|rd|th)?,?[ ](?:19|20)[0-9]{2}|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignBirthDate();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianDate();

    // The label, then exactly "dd mm yyyy"; the match's last ten characters are the date.
    [GeneratedRegex(@"(?i:\bgeburtsdatum|\bgeb\.|\bgeboren am)[:]?[ ]{1,3}(?:0[1-9]|[12][0-9]|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedBirthDate();

    [GeneratedRegex(@"(?i:\bgeboren|\bzur welt\b|\bauf die welt\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthAfter();
}
