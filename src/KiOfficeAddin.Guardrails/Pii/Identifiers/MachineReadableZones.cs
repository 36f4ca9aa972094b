using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// The machine-readable zone of a passport or identity card (ICAO 9303) pasted as text, as a scan's OCR gives it:
/// "P&lt;PAKQURESHI&lt;&lt;MUHAMMAD&lt;USMAN&lt;&lt;&lt;…" over "BN19495121PAK9907102M3202218…", or an ID card's three lines of 30
/// ("IDD&lt;&lt;X2NNLY8H38&lt;&lt;&lt;…", "9006142&lt;3109214D&lt;&lt;&lt;…", "KARAMANLIDOU&lt;&lt;ELENI&lt;&lt;&lt;…"). The document's number,
/// the holder's date of birth, a national number in the optional field and the holder's names are all personal data;
/// none of them looks like itself here, so the zone is read by its layout, and each data line must carry a valid ICAO
/// check digit (weights 7, 3, 1) before anything in it or beside it is taken.
/// </summary>
internal static class MachineReadableZones
{
    // TD1 lines have 30 characters, TD2 36, TD3 44; OCR and retyping add or lose a filler or two.
    private const int MinLine = 28;
    private const int MaxLine = 46;

    public static void Find(string text, List<Candidate> output)
    {
        // Every zone has a name line with "<<" between surname and given names.
        if (!text.Contains("<<", StringComparison.Ordinal))
        {
            return;
        }
        var earlier = output.Count;
        var zoneStart = -1;
        var zoneEnd = -1;
        // The previous line's kind: the names line of TD1 comes after its data line, the names of TD2/TD3 before theirs.
        var previous = LineKind.Other;
        var previousStart = 0;
        var previousEnd = 0;
        var documentIsPassport = false;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = Trim(text, lineStart, lineEnd);
            var kind = LineKind.Other;
            if (end - start is >= MinLine and <= MaxLine && IsZoneLine(text.AsSpan(start, end - start)))
            {
                var line = text.AsSpan(start, end - start);
                if (AddCardNumberLine(line, start, output))
                {
                    kind = LineKind.CardNumber;
                    documentIsPassport = false;
                }
                else if (AddCardDataLine(line, start, output))
                {
                    kind = LineKind.CardData;
                }
                else if (AddPassportDataLine(line, start, documentIsPassport || previous != LineKind.DocumentNames, output))
                {
                    kind = LineKind.PassportData;
                    if (previous == LineKind.DocumentNames)
                    {
                        AddNames(text, previousStart + 5, previousEnd, output);
                    }
                }
                // Asked before the first line of TD2/TD3: "ARSLAN<<ROJDA" after a card's data line is its holder, though
                // it starts with "A" as a document's type may.
                else if (previous == LineKind.CardData && IsNamesOnly(line))
                {
                    AddNames(text, start, end, output);
                }
                else if (IsDocumentNamesLine(line))
                {
                    kind = LineKind.DocumentNames;
                    documentIsPassport = line[0] == 'P';
                }
            }
            if (kind is LineKind.CardNumber or LineKind.CardData or LineKind.PassportData)
            {
                zoneStart = zoneStart < 0 ? start : zoneStart;
                zoneEnd = end;
            }
            previous = kind;
            previousStart = start;
            previousEnd = end;
            lineStart = lineEnd + 1;
        }
        if (zoneStart >= 0)
        {
            DropEarlierGuesses(output, earlier, zoneStart, zoneEnd);
        }
    }

    /// <summary>
    /// What the recognizers before this one read into the zone's data lines ("3109214D", the expiry and nationality, as
    /// a document number by its shape): the layout says what each field is. From the first data line to the last; a
    /// text with two documents keeps the guesses between them only if no zone line lies between.
    /// </summary>
    private static void DropEarlierGuesses(List<Candidate> output, int earlier, int zoneStart, int zoneEnd)
    {
        var kept = 0;
        for (var i = 0; i < output.Count; i++)
        {
            var c = output[i];
            if (i < earlier && c.Start < zoneEnd && c.End > zoneStart && c.Priority < CandidatePriority.CheckDigit)
            {
                continue;
            }
            output[kept++] = c;
        }
        output.RemoveRange(kept, output.Count - kept);
    }

    private enum LineKind
    {
        Other,
        CardNumber,
        CardData,
        PassportData,
        DocumentNames,
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }
        while (end > start && text[end - 1] is ' ' or '\t' or '\r')
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Only capitals, digits and fillers, with at least one filler.</summary>
    private static bool IsZoneLine(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '<'))
            {
                return false;
            }
        }
        return line.Contains('<');
    }

    private static bool IsCheck(ReadOnlySpan<char> field, char check) =>
        char.IsAsciiDigit(check) && CheckDigits.Icao(field) == check - '0';

    private static bool IsDigits(ReadOnlySpan<char> field) => CheckDigits.AreDigits(field);

    /// <summary>TD1's first line: "IDD&lt;&lt;X2NNLY8H38&lt;&lt;&lt;…" — type, state, the card's number and its check digit.</summary>
    private static bool AddCardNumberLine(ReadOnlySpan<char> line, int start, List<Candidate> output)
    {
        if (line[0] is not ('I' or 'A' or 'C') || !IsCheck(line[5..14], line[14]) || line[5..14].Trim('<').Length < 6)
        {
            return false;
        }
        var numberEnd = 5 + line[5..14].TrimEnd('<').Length;
        output.Add(new(PiiCategory.IdCard, start + 5, line[14] == '<' ? start + numberEnd : start + 15, CandidatePriority.CheckDigit));
        return true;
    }

    /// <summary>TD1's second line: "9006142&lt;3109214D&lt;&lt;…" — birth date and expiry, each with its check digit, then the nationality.</summary>
    private static bool AddCardDataLine(ReadOnlySpan<char> line, int start, List<Candidate> output)
    {
        if (!IsDigits(line[..6]) || !IsCheck(line[..6], line[6]) || line[7] is not ('M' or 'F' or 'X' or '<')
            || !IsDigits(line[8..14]) || !IsCheck(line[8..14], line[14]))
        {
            return false;
        }
        output.Add(new(PiiCategory.DateOfBirth, start, start + 6, CandidatePriority.CheckDigit));
        return true;
    }

    /// <summary>
    /// The data line of TD2 and TD3: "BN19495121PAK9907102M3202218…" — number and check digit, nationality, birth date
    /// and check digit, sex, expiry; in TD3 the optional personal number follows (a national identity number).
    /// </summary>
    private static bool AddPassportDataLine(ReadOnlySpan<char> line, int start, bool passport, List<Candidate> output)
    {
        if (line.Length < 36 || !IsCheck(line[..9], line[9]) || line[..9].Trim('<').Length < 6 || !IsDigits(line[13..19])
            || !IsCheck(line[13..19], line[19]) || line[20] is not ('M' or 'F' or 'X' or '<'))
        {
            return false;
        }
        var numberEnd = line[..9].TrimEnd('<').Length;
        output.Add(new(passport ? PiiCategory.Passport : PiiCategory.IdCard, start, start + (line[9] == '<' ? numberEnd : 10), CandidatePriority.CheckDigit));
        output.Add(new(PiiCategory.DateOfBirth, start + 13, start + 19, CandidatePriority.CheckDigit));
        if (line.Length >= 43)
        {
            var personal = line[28..42];
            var digits = personal.TrimEnd('<');
            if (digits.Length >= 6 && IsCheck(personal, line[42]))
            {
                output.Add(new(PiiCategory.IdCard, start + 28, start + 28 + digits.Length, CandidatePriority.CheckDigit));
            }
        }
        return true;
    }

    /// <summary>TD2's and TD3's first line: "P&lt;PAKQURESHI&lt;&lt;MUHAMMAD&lt;USMAN&lt;&lt;&lt;…" — type, state, then the names.</summary>
    private static bool IsDocumentNamesLine(ReadOnlySpan<char> line) =>
        line[0] is 'P' or 'I' or 'A' or 'C' && IsNamesOnly(line[5..]) && !line[1..5].ContainsAnyInRange('0', '9');

    /// <summary>Letters and fillers only, with "&lt;&lt;" between two letters' runs.</summary>
    private static bool IsNamesOnly(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!(char.IsAsciiLetterUpper(c) || c == '<'))
            {
                return false;
            }
        }
        var names = line.TrimEnd('<');
        var separator = names.IndexOf("<<", StringComparison.Ordinal);
        return separator > 0 || (names.Length >= 2 && !names.Contains('<'));
    }

    /// <summary>The names from the first letter to the last, fillers inside kept: one person.</summary>
    private static void AddNames(string text, int start, int end, List<Candidate> output)
    {
        while (start < end && text[start] == '<')
        {
            start++;
        }
        while (end > start && text[end - 1] == '<')
        {
            end--;
        }
        if (end - start < 2)
        {
            return;
        }
        var names = text.AsSpan(start, end - start);
        var separator = names.IndexOf("<<", StringComparison.Ordinal);
        var surname = separator < 0 ? names : names[..separator];
        var given = separator < 0 ? default : names[(separator + 2)..];
        // The identity key as the name rules write one: the first given name, then the surname, in lower case.
        var firstGiven = given.IndexOf('<') is var space and >= 0 ? given[..space] : given;
        var key = (firstGiven.IsEmpty ? surname.ToString() : $"{firstGiven} {surname.ToString().Replace('<', ' ')}").ToLowerInvariant();
        output.Add(new(PiiCategory.Person, start, end, CandidatePriority.Layout, key));
    }
}
