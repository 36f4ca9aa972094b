using System.Collections.Frozen;
using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// How staff sign notes, minutes, forms and lists, which is not how letters close: "Im Auftrag" with the name on the
/// next line but one and no closing before it, the clerk after a label ("Bearbeitet: S. Dobler", "Schriftführung: Lan
/// Nguyen", "Sachlich richtig: Öztürk, Standesamt"), and the clerk's surname alone as the last line of a note
/// ("Gerlach, 04.11.2025", "Stand: 14.10.2025, Y. Krasniqi"). The place is the evidence: one word the lexicons do not
/// know is a name there, unless it reads as a noun, a role, a street or a town.
/// </summary>
internal sealed partial class NameRecognizer
{
    /// <summary>Words that end notes without being a name ("Anlagen", "Verteiler", "WV").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoteEndWords = new[]
    {
        "Anlage", "Anlagen", "Verteiler", "Ende", "Hinweis", "Hinweise", "Wiedervorlage", "WV", "Kenntnisnahme", "Datum",
        "Ort", "Stempel", "Vermerk", "Erledigt", "Akte", "Entwurf", "Anhang", "Unterschrift", "Siegel", "Dienstsiegel",
        "Beglaubigt", "Ausdruck", "Kopie", "Original", "Zwischenstand", "Stand", "Fortsetzung", "Rückfragen", "Zusatz",
        "Nachtrag", "Tagesordnung", "Sitzungsende", "Gez", "Danke", "Gruß", "Grüße", "Ciao", "Tschüss", "Servus", "Anmerkung",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private void FindNoteSignOffs()
    {
        var covered = CoveredTokens();
        // Both rules need "Auftrag" or a colon right after the word.
        foreach (var k in TokensWith(TokenCue.NoteSignOffStart))
        {
            var word = Word(k);
            if (word is "Auftrag" && Word(k - 1) is "Im" or "im" && IsAloneOnLine(k - 1, k) && k + 1 < tokens.Count)
            {
                // "Im Auftrag\n\nWeißenborn": the name below, at most one blank line away.
                var gap = Gap(k, k + 1);
                if (gap.IsWhiteSpace() && gap.Count('\n') is 1 or 2)
                {
                    AddSignOffName(k + 1, covered, needsLineEnd: true);
                }
            }
            else if (tokens[k].End < text.Length && text[tokens[k].End] is ':' or '.' && (NameWords.SignOffLabels.Contains(word) || ContactLabelOpensLine(k))
                     && (IsLabelAtLineStart(k) || (NameWords.SignOffLabels.Contains(word) && (OpensSentence(k) || OpensColumn(k))))
                     && k + 1 < tokens.Count && Gap(k, k + 1) is ": " or ":\t" or ":  " or ".: ")
            {
                // "Bearbeitet: S. Dobler", "Sachlich richtig: Öztürk, Standesamt, 06.10.2025", "Ansprechpartnerin Wahlbüro: Thiede",
                // "Bearb.: Wübbena, 30.09.2026"; a team after the label is a slash list ("Sachbearbeitung: Gläser / Eichhorn /
                // Rößler", "Bearbeitung: Eulberg / Vertretung Hackenbroich").
                // In a row of such marks ("Eingangsstempel: 13.01.2025      geprüft: Rapp      Sollstellung veranlasst: Yıldız"),
                // the next column's gap or a separator ends the name as a line end does.
                var clerk = k + 1;
                // "sachlich richtig: Okafor     angewiesen: Rüsche-Kortmann": a row of marks that starts the line.
                var inRow = (!IsLabelAtLineStart(k) && !OpensSentence(k)) || ColumnGapLater(tokens[k].End);
                for (var listed = 0; listed < 6 && AddSignOffName(clerk, covered, needsLineEnd: false, slashListFollows: true, columnEnds: inRow); listed++)
                {
                    clerk = NextInSlashList(clerk);
                    if (clerk < 0)
                    {
                        break;
                    }
                }
            }
        }
        ReadLastLineName(covered);
        FindActorsAfterVon(covered);
        FindLoginsOfCreators(covered);
        FindCasesNamedAfterPeople(covered);
        FindInitialsAfterJobTitles(covered);
        FindGivenNamesWithSurnameInitials(covered);
        FindInitialsInBracketsAndAfterClerkLabels(covered);
        FindSurnamesBeforeJobTitles(covered);
        FindAttendanceLists(covered);
        FindSurnameFirstAfterLabels(covered);
        FindLowerCaseDoctorNames(covered);
        FindInitialNamesAtLineStart(covered);
        FindSurnameFirstFormFields();
        FindListSiblings();
        FindNamesBeforeBirthStars();
        FindSurnameFirstBeforeBirthCues();
        FindSurnameFirstInMailHeaders();
        FindGivenNamesBeforeAges(covered);
        FindUpperCaseNames(covered);
        FindCyrillicNames(covered);
        FindNamesWithNicknames(covered);
        FindHanNamesInBrackets(covered);
        FindNamesAfterDashes(covered);
        FindAddressedAndPossessedGivenNames(covered);
        FindUpperSurnameListRows(covered);
        FindSignaturesBeforeQuotedMessages(covered);
        FindDoubleInitialNames(covered);
        FindNicknamesAfterNames();
        FindQuotedNames(covered);
    }

    /// <summary>The next character after spaces at <paramref name="position"/> is <paramref name="c"/>.</summary>
    private bool NextOnLineIs(int position, char c)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && text[i] == c;
    }

    /// <summary>
    /// "Jupp (Josef) Thielen", "Tobias „Tobi“ Schmitt": a given name with the other form of it in brackets or quotes, then
    /// the surname: one person. One of the two given names must be known, unless the line is an address window's.
    /// </summary>
    private void FindNamesWithNicknames(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.NicknameOpens))
        {
            if (k + 2 >= tokens.Count || tokens[k].Shape != WordShape.Capitalised || tokens[k + 1].Shape != WordShape.Capitalised || tokens[k + 2].Shape != WordShape.Capitalised
                || Gap(k, k + 1) is not (" (" or " „" or " \"" or " »") || Gap(k + 1, k + 2) is not (") " or "“ " or "\" " or "« ")
                || !IsPlainNameWord(k) || !IsPlainNameWord(k + 1) || !IsPlainNameWord(k + 2) || NameWords.HasNounEnding(Word(k + 2)))
            {
                continue;
            }
            // In an address window the whole line is the name, whatever an earlier rule took of it.
            var addressWindow = UnderAddressBlockHonorific(k);
            if (!addressWindow && (covered[k + 2] || !(Is(k, WordClass.GivenName) || Is(k + 1, WordClass.GivenName))))
            {
                continue;
            }
            AddMention(k, k + 2);
        }
    }

    /// <summary>"Herrn\nDragoljub „Dragan“ Jovanović": the names line of an address window, where unknown given names are names too.</summary>
    private bool UnderAddressBlockHonorific(int k) => k > 0 && Is(k - 1, WordClass.Honorific) && IsAddressBlockHonorificLine(k - 1, k);

    /// <summary>"Liu Yuxuan (刘雨萱)": a name in Chinese characters in brackets, two to four of them.</summary>
    private void FindHanNamesInBrackets(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.InBrackets))
        {
            var start = tokens[k].Start;
            var end = tokens[k].End;
            if (tokens[k].Length is < 2 or > 4 || start == 0 || text[start - 1] != '(' || end >= text.Length || text[end] != ')' || covered[k])
            {
                continue;
            }
            var han = true;
            for (var i = start; i < end && han; i++)
            {
                han = text[i] is >= '\u4E00' and <= '\u9FFF';
            }
            if (han)
            {
                AddMention(k, k);
            }
        }
    }

    /// <summary>
    /// "mein Name ist Oleksandra Kovalenko (Олександра Коваленко)", "Geburtsurkunde: Коваленко Александр Викторович": in a
    /// German letter, two or three capitalised Cyrillic words in a row are a name written in its own script (a Russian
    /// or Ukrainian sentence would have lower-case words between them).
    /// </summary>
    private void FindCyrillicNames(bool[] covered)
    {
        if (!Anywhere(TokenCue.CapitalisedCyrillic))
        {
            return;
        }
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!IsCapitalisedCyrillic(k) || covered[k])
            {
                continue;
            }
            var last = k;
            while (last + 1 < tokens.Count && last - k < 2 && Gap(last, last + 1) is " " && IsCapitalisedCyrillic(last + 1))
            {
                last++;
            }
            if (last > k)
            {
                AddMention(k, last);
            }
            k = last;
        }
    }

    private bool IsCapitalisedCyrillic(int k) =>
        tokens[k].Shape == WordShape.Capitalised && tokens[k].Length >= 2 && text[tokens[k].Start] is >= 'Ѐ' and <= 'ӿ';

    /// <summary>
    /// "name on card ELENI PAPADOPOULOU", "Schreibweise im Pass: TRAN VAN MINH", "Nr. GA 736215: KOVALENKO OLEKSANDR":
    /// cards, passports and forms print names in capitals. Two to four capitalised words, one a known given name, the
    /// others known names, name particles or long unknown words, are a person; words of the word lists break the run.
    /// </summary>
    private void FindUpperCaseNames(bool[] covered)
    {
        const WordClass NotInName = WordClass.NotName | WordClass.Title | WordClass.Honorific | WordClass.Salutation | WordClass.ClosingWord
            | WordClass.HeaderLabel | WordClass.FieldLabel | WordClass.Relation | WordClass.Possessive;
        // A name needs two upper-case words in a row.
        if (!Anywhere(TokenCue.UpperCasePair))
        {
            return;
        }
        var k = 0;
        while (k < tokens.Count)
        {
            if (tokens[k].Shape != WordShape.Upper)
            {
                k++;
                continue;
            }
            var last = k;
            var given = 0;
            var fits = true;
            var lastIsParticle = false;
            while (true)
            {
                var t = last;
                var w = Word(t);
                var particle = IsUpperCaseParticle(w);
                fits &= tokens[t].Length >= 2 && !Is(t, NotInName) && !covered[t]
                    && (Is(t, WordClass.GivenName | WordClass.Surname | WordClass.SurnameEnding) || particle || tokens[t].Length >= 4);
                given += Is(t, WordClass.GivenName) && !particle ? 1 : 0;
                lastIsParticle = particle;
                if (last + 1 >= tokens.Count || tokens[last + 1].Shape != WordShape.Upper || Gap(last, last + 1) is not " ")
                {
                    break;
                }
                last++;
            }
            if (fits && last > k && last - k <= 3 && given > 0 && !lastIsParticle)
            {
                AddMention(k, last);
            }
            k = last + 1;
        }
    }

    /// <summary>
    /// A name particle in capitals ("VON", "DE"). Its buffer is on the stack here, not in the caller: a method with loops
    /// and a stackalloc is compiled once without the profile-guided second tier.
    /// </summary>
    private static bool IsUpperCaseParticle(ReadOnlySpan<char> w)
    {
        if (w.Length > 4)
        {
            return false;
        }
        Span<char> lower = stackalloc char[4];
        return w.ToLowerInvariant(lower) == w.Length && NameWords.Particles.Contains(lower[..w.Length]);
    }

    /// <summary>
    /// "Luka (ca. 7) und Mila (ca. 4)", "Mia-Sophie (4 J.)", "lara (12)", "Rania (74712873964)", "Mark (Kl. 1)": a known
    /// given name with an age, a school class or a number in brackets right after it is a child or a person in a list,
    /// whatever stands before it. Months ("August (2)") and towns are not.
    /// </summary>
    private void FindGivenNamesBeforeAges(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.SpaceBracketAfter))
        {
            var end = tokens[k].End;
            if (end + 3 >= text.Length || text[end] != ' ' || text[end + 1] != '(' || !Is(k, WordClass.GivenName) || covered[k]
                || tokens[k].Shape is not (WordShape.Capitalised or WordShape.Lower) || tokens[k].Length < 3
                || Is(k, WordClass.NotName | WordClass.Title | WordClass.Relation | WordClass.Honorific | WordClass.Salutation
                         | WordClass.ClosingWord | WordClass.HeaderLabel | WordClass.FieldLabel)
                || NameWords.IsCalendarWord(Word(k)) || PiiLexicons.Cities.Contains(Word(k)) || NameWords.GivenNamesAlsoNouns.Contains(Word(k)))
            {
                continue;
            }
            var inside = text.AsSpan(end + 2, Math.Min(8, text.Length - end - 2));
            if (char.IsAsciiDigit(inside[0]) || inside.StartsWith("ca. ", StringComparison.Ordinal) || inside.StartsWith("ca ", StringComparison.Ordinal)
                || inside.StartsWith("Kl. ", StringComparison.Ordinal) || inside.StartsWith("Klasse ", StringComparison.Ordinal))
            {
                AddMention(k, k);
            }
        }
    }

    /// <summary>
    /// "Danke dir!\nKorbi", "Die Standesbeamtin\nHaubold": a line that ends in an exclamation or names the signer's role
    /// sets the last line apart as a blank line would.
    /// </summary>
    private bool SignerLineAbove(int lineStart)
    {
        var aboveEnd = lineStart - 1;
        if (aboveEnd > 0 && text[aboveEnd - 1] == '\r')
        {
            aboveEnd--;
        }
        if (aboveEnd <= 0)
        {
            return false;
        }
        var aboveStart = LineStart(aboveEnd);
        var above = text.AsSpan(aboveStart, aboveEnd - aboveStart).TrimEnd();
        if (above.IsEmpty || above.Length > 40)
        {
            return false;
        }
        var lastWord = above[(above.LastIndexOf(' ') + 1)..];
        return above[^1] == '!' || (char.IsUpper(lastWord[0]) && NameWords.IsJobTitle(lastWord));
    }

    /// <summary>The last line of a note, or the line above a last line that names a role ("Wunderlich\nSachgebietsleiterin").</summary>
    private void ReadLastLineName(bool[] covered)
    {
        var last = tokens.Count - 1;
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (last < 0 || end == 0)
        {
            return;
        }
        var lineStart = LineStart(end - 1);
        var first = TokenAtOrAfter(lineStart);
        if (first < 0)
        {
            return;
        }
        if (tokens[first].Shape == WordShape.Capitalised && NameWords.IsJobTitle(Word(first)) && first > 0)
        {
            // A role line at the end: the name is on the line above it.
            var above = LineStart(tokens[first - 1].Start);
            var name = TokenAtOrAfter(above);
            if (name >= 0 && name < first && !Gap(first - 1, first).Contains("\n\n", StringComparison.Ordinal))
            {
                AddSignOffName(name, covered, needsLineEnd: true, wholeLine: true);
            }
            return;
        }
        if (end - lineStart > 60)
        {
            return;
        }
        // Only a line set apart by a blank line, or under a "place, date" line ("Glanstetten, 16.07.2025\nJung"), counts as
        // a whole: inside a paragraph the last line is text.
        var apart = lineStart >= 2 && (text[lineStart - 2] == '\n' || (text[lineStart - 2] == '\r' && lineStart >= 3 && text[lineStart - 3] == '\n')
                                       || (lineStart >= 6 && char.IsAsciiDigit(text[lineStart - 2]) && text.AsSpan(lineStart - 6, 4).Contains('.'))
                                       || SignerLineAbove(lineStart)
                                       // "Rückruf erbeten.\nObermüller", "Rückruf: 0 65 42 / 9 88 71\n– Lauer": a note's last
                                       // sentence or number, then a surname alone.
                                       || (first == last && tokens[first].Shape == WordShape.Capitalised && IsNoteSignerWord(first)
                                           && lineStart >= 2 && (text[lineStart - 2] is '.' or '!' || char.IsAsciiDigit(text[lineStart - 2]))
                                           && text.AsSpan(lineStart, tokens[first].Start - lineStart).Trim() is "" or "–" or "-"));
        if (char.IsAsciiDigit(text[lineStart]) && text.IndexOf(", ", lineStart, end - lineStart, StringComparison.Ordinal) is var dateComma && dateComma > 0
            && TokenAtOrAfter(dateComma) is var signer && signer >= 0 && signer < tokens.Count && tokens[signer].Start < end)
        {
            // "12.09.2025, Becker, Beiständin": the date first, then the clerk.
            AddSignOffName(signer, covered, needsLineEnd: false);
            return;
        }
        if (!apart || !AddSignOffName(first, covered, needsLineEnd: false, wholeLine: true))
        {
            // "Stand: 14.10.2025, Y. Krasniqi": after the last comma of the line.
            var comma = text.LastIndexOf(", ", tokens[last].Start, tokens[last].Start - lineStart, StringComparison.Ordinal);
            if (comma > lineStart && TokenAtOrAfter(comma) is var after && after >= 0
                && (IsInitial(after) || IsTwoLetterInitial(after) || (Is(after, WordClass.Surname) && after == tokens.Count - 1)))
            {
                AddSignOffName(after, covered, needsLineEnd: true);
            }
        }
    }

    /// <summary>
    /// The first word of the next member of a clerks' slash list after the name at <paramref name="k"/> ("Gläser / Eichhorn",
    /// "Eulberg / Vertretung Hackenbroich", "M. Trautmann / geprüft: D. Schulze"), or -1.
    /// </summary>
    private int NextInSlashList(int k)
    {
        var last = k;
        while (last + 1 < tokens.Count && Gap(last, last + 1) is " " or "-" or ". ")
        {
            last++;
        }
        if (last + 1 >= tokens.Count || Gap(last, last + 1) is not (" / " or "/"))
        {
            return -1;
        }
        var next = last + 1;
        // A deputy or a second reader named by their task before the name.
        if (Word(next) is "Vertretung" or "Vertreterin" or "Vertreter" or "geprüft" or "Geprüft" or "gesehen" or "Gesehen" or "Vertr"
            && next + 1 < tokens.Count && Gap(next, next + 1) is " " or ": " or ". " or ".: ")
        {
            next++;
        }
        return next;
    }

    /// <summary>
    /// Reads "S. Dobler", "M. Schäfer-Lang", "Dr. Lan Nguyen", "Weißenborn", "g. wiesenthal" from token
    /// <paramref name="k"/> on its line and adds it; the run must end the line or stop at a comma.
    /// </summary>
    private bool AddSignOffName(int k, bool[] covered, bool needsLineEnd, bool wholeLine = false, bool endsWithStop = false, bool slashListFollows = false,
        bool columnEnds = false)
    {
        var pos = k;
        var initials = 0;
        while (pos < tokens.Count && (IsInitial(pos) || IsTwoLetterInitial(pos) || Is(pos, WordClass.Title)
                                      || (tokens[pos].Length == 1 && char.IsLower(text[tokens[pos].Start]) && pos == k))
               && FollowedByDot(pos) && pos - k < 3)
        {
            initials += Is(pos, WordClass.Title) ? 0 : 1;
            pos++;
        }
        var firstWord = pos;
        var lowerAfterInitial = initials > 0 && char.IsLower(text[tokens[k].Start]);
        while (pos < tokens.Count && pos - firstWord < 3 && (pos == firstWord || Gap(pos - 1, pos) is " " or "-")
               && IsSignOffWord(pos, lowerAfterInitial, afterInitial: initials > 0))
        {
            pos++;
        }
        var lastWord = pos - 1;
        if (lastWord < firstWord || (pos > k && Gap(k, Math.Max(k, firstWord)).Contains('\n')))
        {
            return false;
        }
        for (var i = k; i <= lastWord; i++)
        {
            if (covered[i])
            {
                return false;
            }
        }
        // What may follow: the end of the line, or a comma or semicolon with a date, an office or a role after it
        // ("Bearbeitung: Brandhuber; Rückfragen an …").
        var next = tokens[lastWord].End;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }
        var endsLine = next >= text.Length || text[next] == '\n';
        // "T. Engelhardt (Baurechtsamt)": an office in brackets after an initial and a surname; "(Export, bearbeitet U.
        // Grellmann)": the end of a bracket after them.
        // "D. Meinhold – nur für den Dienstgebrauch": a dash after an initial and a surname ends the name too.
        // endsWithStop: a full stop or a slash after an initial and a surname ends the name too ("an S. Ketterer.").
        // "[Eingangsstempel … – Bearb.: Tölle]": a stamp's closing bracket ends its last column.
        var columnEnd = columnEnds && !endsLine && (next - tokens[lastWord].End >= 2 || text[next] is '–' or '·' or '|' or ']');
        if (!endsLine && !columnEnd && (needsLineEnd || (text[next] is not (',' or ';') && !(text[next] is '(' or ')' or '–' && initials > 0)
                                           && !(endsWithStop && initials > 0 && text[next] is '.' or '/')
                                           && !(slashListFollows && text[next] == '/'))))
        {
            return false;
        }
        if (initials == 0 && (lastWord == firstWord || wholeLine) && !IsPlausibleLoneSurname(firstWord))
        {
            return false;
        }
        if (wholeLine && initials == 0 && (IsPlaceOfThisText(firstWord) || SignatureFollowsDate(next)))
        {
            // "Adendorf, 22.11.2026          A. Kowalczyk": place and date of a signed form, not a clerk.
            return false;
        }
        if (wholeLine && initials == 0 && lastWord == firstWord && DateFollowsComma(next) && !Is(firstWord, WordClass.Surname)
            && !(IsNoteSignerWord(firstWord) && !Is(firstWord, WordClass.SurnameEnding)))
        {
            // "Hohenstetten, 01.12.2026" ends a form as often as "Gerlach, 04.11.2025" ends a note: only a surname the
            // lexicons know is taken for the clerk, or an unknown word without a place name's ending ("Lambertz").
            return false;
        }
        if (wholeLine && initials == 0 && lastWord > firstWord + 1)
        {
            return false;
        }
        AddMention(k, lastWord);
        return true;
    }

    /// <summary>The word stands after a postcode somewhere in the text ("21365 Adendorf"): a town.</summary>
    private bool IsPlaceOfThisText(int k)
    {
        var word = Word(k).ToString();
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (at >= 6 && text[at - 1] == ' ' && char.IsAsciiDigit(text[at - 2]) && char.IsAsciiDigit(text[at - 6]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>", 04.11.2025" or ", 4.11.": a date after the comma ("Heßeling, 50.2" is an office unit, not a date).</summary>
    private bool DateFollowsComma(int comma)
    {
        var (start, end) = DigitsAndDotsAfterComma(comma);
        return end > start && char.IsAsciiDigit(text[start]) && text.AsSpan(start, Math.Min(10, end - start)).Count('.') >= 2;
    }

    /// <summary>", 22.11.2026   A. Kowalczyk": after the comma a date, and after the date more words on the line.</summary>
    private bool SignatureFollowsDate(int comma)
    {
        var (start, i) = DigitsAndDotsAfterComma(comma);
        if (i - start < 6)
        {
            return false;
        }
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i < text.Length && char.IsLetter(text[i]);
    }

    /// <summary>The run of digits and full stops after ", " at <paramref name="comma"/>; empty when no comma stands there.</summary>
    private (int Start, int End) DigitsAndDotsAfterComma(int comma)
    {
        if (comma >= text.Length || text[comma] != ',')
        {
            return (0, 0);
        }
        var start = comma + 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }
        return (start, end);
    }

    private bool IsSignOffWord(int k, bool lowerAfterInitial, bool afterInitial)
    {
        var w = Word(k);
        var shapeFits = lowerAfterInitial ? tokens[k].Shape == WordShape.Lower : tokens[k].Shape is WordShape.Capitalised;
        // After an initial a surname that is also a word ("R. Ochs", "K. Vogel") is still the surname.
        var plain = afterInitial && tokens[k].Shape == WordShape.Capitalised
            ? !Is(k, WordClass.Honorific | WordClass.Title | WordClass.FieldLabel) && !NameWords.IsJobTitle(w)
            : IsPlainNameWord(k) && !NameWords.HasNounEnding(w);
        return shapeFits && w.Length >= 2 && plain && !NoteEndWords.Contains(w)
            && !PiiLexicons.Cities.Contains(w) && !NameWords.IsCalendarWord(w) && !NameWords.IsTradeWord(w);
    }

    /// <summary>One word alone: a known name, or a word that is no noun, role or office word the rules know.</summary>
    /// <summary>
    /// A surname the lexicons know or shaped like one, or an unknown capitalised word that is no common noun, office,
    /// place or given name and has no place name's ending: at a note's very end such a word is the clerk.
    /// </summary>
    private bool IsNoteSignerWord(int k)
    {
        if (Is(k, WordClass.NotName | WordClass.GivenName | WordClass.Title | WordClass.Relation | WordClass.FieldLabel | WordClass.Honorific))
        {
            return false;
        }
        if (Is(k, WordClass.Surname | WordClass.SurnameEnding))
        {
            return true;
        }
        var w = Word(k);
        // Longer unknown words are compound nouns ("Kostenvoranschlag"), not family names.
        return w.Length is >= 4 and <= 12 && !NameWords.HasTownEnding(w) && !NameWords.HasNounEnding(w) && !NameWords.IsOfficeWord(w)
            && !PiiLexicons.Cities.Contains(w) && !NameWords.IsCalendarWord(w) && !NameWords.IsRoleWord(w) && !NameWords.IsJobTitle(w);
    }

    private bool IsPlausibleLoneSurname(int k) =>
        Is(k, WordClass.Surname | WordClass.GivenName | WordClass.SurnameEnding) || Word(k).Length >= 4;

    /// <summary>"Ch. Oberkötter", "Th. Brand": a two-letter initial of a given name.</summary>
    private bool IsTwoLetterInitial(int k) =>
        tokens[k].Length == 2 && Word(k) is "Ch" or "Th" or "Kl" or "Fr" or "Hj" or "St" && FollowedByDot(k);

    private bool IsAloneOnLine(int first, int last)
    {
        var lineStart = LineStart(tokens[first].Start);
        return text.AsSpan(lineStart, tokens[first].Start - lineStart).IsWhiteSpace() && EndsLineStrictly(tokens[last].End);
    }

    private bool EndsLineStrictly(int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or ',')
        {
            i++;
        }
        return i >= text.Length || text[i] == '\n';
    }

    /// <summary>The label starts its line, maybe after a list mark or a word ("Sachlich richtig:", "Rechnerisch richtig und angeordnet:").</summary>
    private bool IsLabelAtLineStart(int k)
    {
        var lineStart = LineStart(tokens[k].Start);
        return tokens[k].Start - lineStart <= 40 && text.AsSpan(lineStart, tokens[k].Start - lineStart).IndexOfAny(':', '.', '|') < 0;
    }

    /// <summary>"… liegt vor. Bearbeitet: Hammes, 10.11.2025": the label opens a sentence inside the line.</summary>
    private bool OpensSentence(int k) => tokens[k].Start >= 2 && text[tokens[k].Start - 1] == ' ' && text[tokens[k].Start - 2] == '.';

    /// <summary>
    /// Whether the label at <paramref name="k"/> opens a column in a row of processing marks: after a column gap (a tab or
    /// two spaces) or a separator (" – ", " · ", " | "), the label alone or with one word before it ("geprüft:",
    /// "sachlich richtig:", "Sollstellung veranlasst:").
    /// </summary>
    private bool OpensColumn(int k) =>
        FollowsColumnBreak(tokens[k].Start)
        || (k > 0 && Gap(k - 1, k) is " " && tokens[k - 1].Start > 0 && text[tokens[k - 1].Start - 1] is ' ' or '\t' && FollowsColumnBreak(tokens[k - 1].Start));

    /// <summary>
    /// A column's gap (a tab, or two spaces before a word) later on the line from <paramref name="from"/>, within a row's
    /// width (a line of thousands of labels is read once per label only that far).
    /// </summary>
    private bool ColumnGapLater(int from)
    {
        var rest = text.AsSpan(from, Math.Min(MaxRowWidth, text.Length - from));
        var lineEnd = rest.IndexOf('\n');
        var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd();
        return line.Contains('\t') || line.Contains("  ", StringComparison.Ordinal);
    }

    private const int MaxRowWidth = 200;

    private bool FollowsColumnBreak(int start)
    {
        if (start < 3)
        {
            return false;
        }
        var before = text.AsSpan(0, start);
        return before[^1] == '\t' || before.EndsWith("  ") || before.EndsWith(" – ") || before.EndsWith(" · ") || before.EndsWith(" | ");
    }

    /// <summary>Only a list mark before the token on its line: "a) ", "b. ", "3. ", "– ", "• ", "- ".</summary>
    private bool IsAtListItemStart(int k) => IsAtListItemStart(k, LineStart(tokens[k].Start));

    private bool IsAtListItemStart(int k, int lineStart)
    {
        var lead = text.AsSpan(lineStart, tokens[k].Start - lineStart).Trim();
        return lead is "-" or "–" or "•" or "*" or "·"
            || (lead.Length is 2 or 3 && lead[^1] is ')' or '.' && (char.IsAsciiDigit(lead[0]) || (lead.Length == 2 && char.IsAsciiLetterLower(lead[0]))));
    }

    /// <summary>
    /// "– Ahmadi, Farid, Personalnr. 100482\n– Wagner-Schmitt, Benedikt, …\n– Kostova, Ralitsa, …": items of one list
    /// written the same way ("Surname, Given name" at the start) are people of one kind. Once a rule found one of them,
    /// the others are people too, known to the lexicons or not.
    /// </summary>
    private void FindListSiblings()
    {
        // Brought up to date even in a text without list items: the later passes of FindNoteSignOffs read the same array.
        var covered = CoveredTokens();
        if (!Anywhere(TokenCue.AfterListMark))
        {
            return;
        }
        var group = new List<int>();
        var anyFound = false;
        var previousLineStart = -1;
        var lineStarts = new LineStartsInOrder(text);
        // Only a token after a list mark can open an item; the others leave the scan's state as it is (the line starts
        // are asked in increasing order all the same).
        foreach (var k in TokensWith(TokenCue.AfterListMark))
        {
            if (k + 1 >= tokens.Count)
            {
                break;
            }
            var lineStart = lineStarts.Before(tokens[k].Start);
            if (lineStart == previousLineStart || !IsAtListItemStart(k, lineStart))
            {
                continue;
            }
            var isItem = tokens[k].Shape == WordShape.Capitalised && tokens[k + 1].Shape == WordShape.Capitalised && Gap(k, k + 1) is ", "
                && IsPlainNameWord(k) && IsPlainNameWord(k + 1) && !NameWords.HasNounEnding(Word(k)) && !NameWords.HasNounEnding(Word(k + 1))
                && !NameWords.IsCalendarWord(Word(k)) && !NameWords.IsCalendarWord(Word(k + 1))
                && tokens[k + 1].End < text.Length && text[tokens[k + 1].End] is ',' or '\n' or ' ' or '(' or '\r';
            var adjacent = previousLineStart >= 0 && lineStart > previousLineStart
                && text.AsSpan(previousLineStart, lineStart - previousLineStart).Count('\n') == 1;
            if (!isItem || !adjacent)
            {
                AddSiblings(group, anyFound, covered);
                group.Clear();
                anyFound = false;
            }
            if (isItem)
            {
                group.Add(k);
                anyFound |= covered[k] && covered[k + 1];
            }
            previousLineStart = lineStart;
        }
        AddSiblings(group, anyFound, covered);
    }

    private void AddSiblings(List<int> group, bool anyFound, bool[] covered)
    {
        if (!anyFound || group.Count < 2)
        {
            return;
        }
        foreach (var k in group)
        {
            if (!covered[k] || !covered[k + 1])
            {
                mentions.Add(new PersonMention(tokens[k].Start, tokens[k + 1].End, k, k + 1, k + 1, k));
            }
        }
    }

    /// <summary>"Name, Vorname: Mbeki-Schulte, Naledi": a form field whose label says surname first.</summary>
    private void FindSurnameFirstFormFields()
    {
        foreach (var k in TokensWith(TokenCue.FieldLabelWord))
        {
            if (k >= 1 && k + 2 < tokens.Count && Word(k) is "Vorname" or "Vornamen" && Gap(k - 1, k) is ", " && Word(k - 1) is "Name" or "Nachname" or "Familienname"
                && Gap(k, k + 1) is ": " or ":\t" && tokens[k + 1].Shape == WordShape.Capitalised && tokens[k + 2].Shape == WordShape.Capitalised
                && Gap(k + 1, k + 2) is ", " && IsPlainNameWord(k + 1) && IsPlainNameWord(k + 2))
            {
                var last = k + 2;
                if (last + 1 < tokens.Count && Gap(last, last + 1) is " " && tokens[last + 1].Shape == WordShape.Capitalised && IsPlainNameWord(last + 1))
                {
                    last++;
                }
                mentions.Add(new PersonMention(tokens[k + 1].Start, tokens[last].End, k + 1, last, k + 2, k + 1));
            }
        }
    }

    /// <summary>"– Lejla, * 7.1.2022": a list item with a star and a date of birth after the name.</summary>
    private void FindNamesBeforeBirthStars()
    {
        // Each ", * " found by its star, which few texts hold (a search for the four characters stopped at every comma).
        for (var mark = text.IndexOf('*'); mark >= 0; mark = mark + 1 < text.Length ? text.IndexOf('*', mark + 1) : -1)
        {
            var star = mark - 2;
            if (star < 0 || text[star] != ',' || text[star + 1] != ' ' || star + 3 >= text.Length || text[star + 3] != ' '
                || star + 4 >= text.Length || !char.IsAsciiDigit(text[star + 4]))
            {
                continue;
            }
            var k = TokenEndingAt(star);
            if (k >= 0 && tokens[k].Shape == WordShape.Capitalised && IsAtListItemStart(k) && IsPlainNameWord(k) && !NameWords.HasNounEnding(Word(k)))
            {
                AddMention(k, k);
            }
        }
    }

    /// <summary>
    /// "Nicht berücksichtigt: Esposito, Matteo (geb. 30.12.2023)": surname, comma, given name, then a birth cue, after a
    /// label's colon or at the start of a list item.
    /// </summary>
    private void FindSurnameFirstBeforeBirthCues()
    {
        foreach (var k in TokensWith(TokenCue.BirthCueWord))
        {
            if (k < 2 || (!(Word(k) is "geb" && FollowedByDot(k)) && Word(k) is not "geboren"))
            {
                continue;
            }
            var given = k - 1;
            var surname = k - 2;
            if (Gap(given, k) is not (" (" or ", ") || Gap(surname, given) is not ", "
                || tokens[given].Shape != WordShape.Capitalised || tokens[surname].Shape != WordShape.Capitalised
                || !IsPlainNameWord(given) || !IsPlainNameWord(surname) || NameWords.HasNounEnding(Word(surname)))
            {
                continue;
            }
            var lead = surname > 0 ? Gap(surname - 1, surname) : ReadOnlySpan<char>.Empty;
            if (lead.EndsWith(": ", StringComparison.Ordinal) || IsAtListItemStart(surname) || LineStart(tokens[surname].Start) == tokens[surname].Start)
            {
                mentions.Add(new PersonMention(tokens[surname].Start, tokens[given].End, surname, given, given, surname));
            }
        }
    }

    /// <summary>"Cc: Weißflog, Sindy &lt;sindy.weissflog@gmx.de&gt;": a mail header's "Surname, Given name" before the address.</summary>
    private void FindSurnameFirstInMailHeaders()
    {
        // Each " <" found by its angle bracket, which few texts hold (a search for the pair stopped at every space).
        for (var angle = text.IndexOf('<'); angle >= 0; angle = angle + 1 < text.Length ? text.IndexOf('<', angle + 1) : -1)
        {
            var at = angle - 1;
            if (at < 0 || text[at] != ' ')
            {
                continue;
            }
            var given = TokenEndingAt(at);
            if (given < 1 || Gap(given - 1, given) is not ", ")
            {
                continue;
            }
            var surname = given - 1;
            var lineStart = LineStart(tokens[surname].Start);
            var label = text.AsSpan(lineStart, tokens[surname].Start - lineStart).Trim();
            if (IsMailHeaderLabel(label)
                && tokens[surname].Shape == WordShape.Capitalised && tokens[given].Shape == WordShape.Capitalised
                && IsPlainNameWord(surname) && IsPlainNameWord(given))
            {
                mentions.Add(new PersonMention(tokens[surname].Start, tokens[given].End, surname, given, given, surname));
            }
        }
    }

    /// <summary>The token that ends exactly at <paramref name="end"/>, or -1.</summary>
    private int TokenEndingAt(int end)
    {
        var k = TokenAtOrAfter(end);
        k = k < 0 ? tokens.Count - 1 : k - 1;
        return k >= 0 && tokens[k].End == end ? k : -1;
    }

    /// <summary>"Trần Thị Mai", "Phạm Thu Hà": a month after a Vietnamese middle name is the given name.</summary>
    private bool IsMonthAfterVietnameseMiddleName(int k) =>
        k > 0 && NameWords.IsCalendarWord(Word(k)) && Word(k - 1) is "Thị" or "Thi" or "Văn" or "Ngọc" or "Thu" or "Kim" or "Minh" or "Thanh";

    // The quote line of a reply ("Am 21.10.2025 um 14:05 schrieb Hänel, Katrin <…>:") names the sender the same way.
    private static bool IsMailHeaderLabel(ReadOnlySpan<char> label) =>
        label is "Von:" or "An:" or "Cc:" or "CC:" or "Bcc:" or "From:" or "To:" or "Kopie:" or "Antwort an:"
        || (label.StartsWith("Am ") && label.EndsWith(" schrieb")) || (label.StartsWith("On ") && label.EndsWith(" wrote"));

    /// <summary>"angenommen von Kaya", "bearbeitet von T. Hauck": who took a call or wrote a note.</summary>
    private void FindActorsAfterVon(bool[] covered)
    {
        // "von" is a header label ("Von:") too: its row rules out other words before any comparison.
        foreach (var k in TokensWith(TokenCue.HeaderLabelWord))
        {
            if (k >= 1 && k + 1 < tokens.Count && Word(k) is "von" && Word(k - 1) is "angenommen" or "aufgenommen" or "bearbeitet" or "erstellt" or "notiert" or "verfasst"
                    or "geprüft" or "protokolliert" or "Angenommen" or "Aufgenommen" or "Bearbeitet" or "Erstellt" or "Notiert"
                && IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                AddSignOffName(k + 1, covered, needsLineEnd: false);
            }
        }
    }

    /// <summary>
    /// "TOP 1 – Fall Narayanan (Kd.-Nr. …)", "darunter Fall Reimer (SVA …)", "Fall Ghebremedhin als Beispiel besprochen":
    /// minutes and notes name a case after its person. The capitalised word after "Fall" is that person unless it is a
    /// word the lexicons know as no name or a noun by its ending ("im Fall Kündigung").
    /// </summary>
    private void FindCasesNamedAfterPeople(bool[] covered)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Length != 4 || Word(k) is not ("Fall" or "fall") || covered[k + 1] || tokens[k + 1].Shape != WordShape.Capitalised
                || Gap(k, k + 1) is not " " || Is(k + 1, WordClass.NotName | WordClass.FieldLabel | WordClass.Title) || NameWords.HasNounEnding(Word(k + 1)))
            {
                continue;
            }
            AddMention(k + 1, k + 1);
        }
    }

    /// <summary>
    /// "Erstellt von: thieme_k", "Erstellt: 27.10.2025 07:58 durch tkolb": who made an export or a printout, as the
    /// system names them, by a login made of the name. A lower-case word (or two joined by "_", "." or "-") after "von",
    /// "durch" or "by" on the line of a creation label, ending the line or its column.
    /// </summary>
    private void FindLoginsOfCreators(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.NoteSignOffStart))
        {
            var created = Word(k) is "Erstellt" or "erstellt" or "Gedruckt" or "gedruckt" or "Exportiert" or "exportiert" or "Angelegt" or "angelegt";
            if (!created && !(Word(k) is "von" or "by" && k > 0 && Word(k - 1) is "Erstellt" or "erstellt" or "Gedruckt" or "Exportiert" or "Angelegt" or "Created" or "created"
                              or "Printed" or "printed"))
            {
                continue;
            }
            // The agent word: the label's own "von:", or "durch"/"von" at most eight words on along the label's line.
            var login = created ? -1 : k + 1;
            for (var j = k + 1; created && j < tokens.Count && j <= k + 8 && !Gap(j - 1, j).Contains('\n'); j++)
            {
                if (Word(j) is "durch" or "von" or "by" && j + 1 < tokens.Count && Gap(j, j + 1) is " ")
                {
                    login = j + 1;
                    break;
                }
            }
            if (login < 0 || login >= tokens.Count || covered[login] || tokens[login].Shape != WordShape.Lower || tokens[login].Length < 3
                || Is(login, WordClass.NotName) || NameWords.HasNounEnding(Word(login)) || Gap(login - 1, login).Contains('\n'))
            {
                continue;
            }
            var last = login;
            if (last + 1 < tokens.Count && Gap(last, last + 1) is "_" or "." or "-" && tokens[last + 1].Shape == WordShape.Lower)
            {
                last++;
            }
            var end = tokens[last].End;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }
            if (next == text.Length || text[next] is '\n' or '\r' or '–' or ',' or ';' or '|' or ')' || next - end >= 2)
            {
                AddMention(login, last);
            }
        }
    }

    /// <summary>
    /// "Klassenlehrer M. Kieffer", "Sachbearbeiterin R. Osmani": a job title before an initial and a surname; "(Export,
    /// bearbeitet U. Grellmann)": who made a note or list, without "von" or a colon.
    /// </summary>
    private void FindInitialsAfterJobTitles(bool[] covered)
    {
        foreach (var initial in TokensWith(TokenCue.InitialWithDot))
        {
            var k = initial - 1;
            if (k >= 0 && k + 2 < tokens.Count && (IsInitial(k + 1) || IsTwoLetterInitial(k + 1)) && FollowedByDot(k + 1)
                && IsSpaceGap(Gap(k, k + 1), allowDot: false)
                && ((tokens[k].Shape == WordShape.Capitalised && (NameWords.IsJobTitle(Word(k)) || NameWords.IsRankWord(Word(k))))
                    || Word(k) is "bearbeitet" or "Bearbeitet" or "erstellt" or "Erstellt" or "geprüft" or "Geprüft" or "notiert" or "verfasst"))
            {
                AddSignOffName(k + 1, covered, needsLineEnd: false);
            }
        }
    }

    /// <summary>
    /// "mit einem Bekannten, Yusuf K., in einem Discounter", "der Wortführer der Gruppe, Steffen K.": a known given name and
    /// the initial of a surname, as reports about young people shorten it. The initial must be followed by a comma, a
    /// bracket, a line's end or the end of a sentence ("K. Die …"); not a month ("August B.").
    /// </summary>
    private void FindGivenNamesWithSurnameInitials(bool[] covered)
    {
        foreach (var initial in TokensWith(TokenCue.InitialWithDot))
        {
            var given = initial - 1;
            if (given < 0 || !IsInitial(initial) || !FollowedByDot(initial) || tokens[given].Shape != WordShape.Capitalised
                || Gap(given, initial) is not " " || !Is(given, WordClass.GivenName) || Is(given, WordClass.NotName)
                || NameWords.IsCalendarWord(Word(given)) || NameWords.GivenNamesAlsoNouns.Contains(Word(given)) || covered[given] || covered[initial])
            {
                continue;
            }
            var after = tokens[initial].End + 1;
            if (after < text.Length && text[after] is not (',' or ')' or ' ' or '\n' or '\r' or ';'))
            {
                continue;
            }
            // "Steffen K. Die …" ends a sentence; "Steffen K. Müller" is a full name another rule reads.
            if (after + 1 < text.Length && text[after] == ' ' && !char.IsUpper(text[after + 1]))
            {
                continue;
            }
            if (after + 1 < text.Length && text[after] == ' ' && initial + 1 < tokens.Count && Is(initial + 1, WordClass.Surname))
            {
                continue;
            }
            AddMention(given, initial);
        }
    }

    /// <summary>
    /// "Bemerkung Gewerbeamt (S. Brüning): …", "Notiz (S. Brüning, 02.03.)", "Sachbearbeitung: D. Meinhold – nur für den
    /// Dienstgebrauch": who wrote a remark, an initial and a surname in brackets or after a clerk's label.
    /// </summary>
    private void FindInitialsInBracketsAndAfterClerkLabels(bool[] covered)
    {
        foreach (var initial in TokensWith(TokenCue.InitialWithDot))
        {
            // "(U.S. Navy)": initials run together are an abbreviation, not a person's.
            if (initial + 1 >= tokens.Count || !IsInitial(initial) || !FollowedByDot(initial) || tokens[initial].Start == 0
                || Gap(initial, initial + 1) is not ". ")
            {
                continue;
            }
            var before = text[tokens[initial].Start - 1];
            var afterLabel = initial > 0 && Gap(initial - 1, initial) is ": "
                && Word(initial - 1) is "Sachbearbeitung" or "Bearbeitung" or "Sachbearbeiter" or "Sachbearbeiterin" or "Bearbeiter"
                    or "Bearbeiterin" or "Verfasser" or "Verfasserin" or "Ersteller" or "Erstellerin" or "Protokoll" or "Protokollführung"
                    or "bearbeitet" or "heute" or "Zuständig" or "zuständig" or "durch";
            // "Rückmeldung an S. Ketterer.", "durch Henrik Albers und D. Öztürk", "S. Pietsch / R. Ünal", "Gemeindeschreiberin
            // R. Frei": who is to act or acted, after "an", "durch", "und", a slash or a job title.
            var afterWord = initial > 0 && ((IsSpaceGap(Gap(initial - 1, initial), allowDot: false) && Word(initial - 1) is "an" or "durch" or "und")
                || Gap(initial - 1, initial) is " / " || (tokens[initial - 1].Shape == WordShape.Capitalised
                    && Gap(initial - 1, initial) is " " && NameWords.IsJobTitle(Word(initial - 1))));
            if (before == '(' || afterLabel || afterWord)
            {
                AddSignOffName(initial, covered, needsLineEnd: false, endsWithStop: afterWord || afterLabel);
            }
        }
    }

    /// <summary>
    /// "Beurkundet durch Schwalbe, Standesbeamter.", "F. Ebert      Krauß, Standesbeamtin": a surname, a comma, then the
    /// job title of the one who signs. The title is the evidence, so a surname that is also a word counts too. The title
    /// must end the line or sentence (in "Gewerbe, Sachbearbeiterin Frau Lenz" it belongs to the name after it), and an
    /// office after the comma ("Sozialpädagogin, Kreisjugendamt") is no title.
    /// </summary>
    private void FindSurnamesBeforeJobTitles(bool[] covered)
    {
        foreach (var title in TokensWith(TokenCue.CommaSpaceBefore))
        {
            var k = title - 1;
            if (k < 0 || covered[k] || tokens[k].Shape != WordShape.Capitalised || tokens[title].Shape != WordShape.Capitalised
                || !NameWords.IsJobTitle(Word(title)) || NameWords.IsOfficeWord(Word(title)) || !TitleEndsTheSignature(title) || !IsSurnameBeforeJobTitle(k))
            {
                continue;
            }
            var opener = SignatureOpener(k);
            if (!StartsSignature(k, opener))
            {
                continue;
            }
            AddMention(opener < k && !covered[opener] ? opener : k, k);
        }
    }

    /// <summary>A word that may be a surname before ", Standesbeamtin": no title, office, place, month or function word.</summary>
    private bool IsSurnameBeforeJobTitle(int k)
    {
        var w = Word(k);
        if (w.Length < 2 || Is(k, WordClass.Honorific | WordClass.Title | WordClass.FieldLabel | WordClass.Relation)
            || NameWords.IsJobTitle(w) || NameWords.IsRoleWord(w) || NameWords.IsOfficeWord(w) || NameWords.IsCalendarWord(w)
            || PiiLexicons.Cities.Contains(w))
        {
            return false;
        }
        // "aus Arnsberg, Sachbearbeiterin …", "im Gewerbe, …": a preposition makes the word a place or a field.
        return k == 0 || Word(k - 1) is not ("in" or "im" or "aus" or "bei" or "am" or "vom" or "zum" or "zur" or "für" or "und" or "der" or "die" or "das" or "den" or "dem" or "des");
    }

    /// <summary>The title ends the line or the sentence ("…, Standesbeamter.", "…, Standesbeamtin\n").</summary>
    private bool TitleEndsTheSignature(int title)
    {
        var i = tokens[title].End;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        if (i >= text.Length || text[i] is '\n' or '.' or ')')
        {
            return true;
        }
        // "Hansen, Richterin am Amtsgericht", "Krüger, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle": a
        // court's signature names the court or the function after the title, and nothing else follows on the line.
        var rest = text.AsSpan(i, Math.Min(70, text.Length - i));
        var lineEnd = rest.IndexOf('\n');
        return (rest.StartsWith("am ", StringComparison.Ordinal) || rest.StartsWith("als ", StringComparison.Ordinal)
                || rest.StartsWith("beim ", StringComparison.Ordinal))
            && (lineEnd >= 0 || i + rest.Length == text.Length) && rest[..(lineEnd >= 0 ? lineEnd : rest.Length)].IndexOfAny(',', ';', ':') < 0;
    }

    /// <summary>"F. Krauß", "Lena Krauß": the initial or known given name before the surname that belongs to it, or the surname.</summary>
    private int SignatureOpener(int k) =>
        k > 0 && IsSpaceGap(Gap(k - 1, k), allowDot: true)
            && ((IsInitial(k - 1) && FollowedByDot(k - 1)) || (tokens[k - 1].Shape == WordShape.Capitalised && Is(k - 1, WordClass.GivenName)))
            ? k - 1 : k;

    /// <summary>
    /// The surname <paramref name="k"/>, with its <paramref name="opener"/>, opens a signature: at a line's start, after a
    /// column gap (a tab or two spaces), after "durch" or "gez.".
    /// </summary>
    private bool StartsSignature(int k, int opener)
    {
        if (IsPlaceOfThisText(k))
        {
            return false;
        }
        if (opener == 0)
        {
            return text.AsSpan(0, tokens[0].Start).IsWhiteSpace();
        }
        var gap = Gap(opener - 1, opener);
        return gap.Contains('\n') || gap.Contains('\t') || gap.EndsWith("  ")
            || (Word(opener - 1) is "durch" or "gez" && gap is " " or ". ");
    }

    /// <summary>
    /// "Anwesend: die Ausschussmitglieder Aksoy-Brenner, Fuchs, Wintergerst sowie …", "Teilnehmende: Rektorin Petra
    /// Frankenberger, Klassenlehrer …": the attendance line of minutes. Each item ends in a name; once one of them is a
    /// person by the lexicons or another rule, the others on the line are people too.
    /// </summary>
    private void FindAttendanceLists(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.ColonAfter))
        {
            if (k + 1 >= tokens.Count)
            {
                break;
            }
            // "Anwesend:", and with a gender ending "Gemeindevertreter/innen:".
            var label = Word(k) is "innen" && k > 0 && text[tokens[k].Start - 1] == '/' ? Word(k - 1) : Word(k);
            if (tokens[k].End >= text.Length || text[tokens[k].End] != ':' || !AttendanceLabels.Contains(label))
            {
                continue;
            }
            var items = new List<(int First, int Last)>();
            var evidenced = false;
            var i = k + 1;
            while (i < tokens.Count && !Gap(i - 1, i).Contains('\n') && items.Count < 12)
            {
                // One item: the words up to the next comma, "und", "sowie" or the end of the line ("Dr." and "M." inside).
                var itemEnd = i;
                while (itemEnd + 1 < tokens.Count && (Gap(itemEnd, itemEnd + 1) is " " or "-" || (Gap(itemEnd, itemEnd + 1) is ". " && (IsInitial(itemEnd) || Is(itemEnd, WordClass.Title))))
                       && Word(itemEnd + 1) is not ("und" or "sowie"))
                {
                    itemEnd++;
                }
                var last = itemEnd;
                var first = last;
                while (first >= i && last - first < 3 && tokens[first].Shape == WordShape.Capitalised && IsPlainNameWord(first)
                       && !NameWords.HasNounEnding(Word(first)) && !NameWords.IsJobTitle(Word(first)) && !PiiLexicons.Cities.Contains(Word(first)))
                {
                    first--;
                }
                first++;
                // "M. Adler (GS Trebsitz)": after an initial any capitalised word is the surname, a noun's too.
                if (first > last && last - 1 >= i && IsInitial(last - 1) && FollowedByDot(last - 1) && tokens[last].Shape == WordShape.Capitalised)
                {
                    first = last;
                }
                // "Rektorin Petra Frankenberger": the name starts at a known given name; without one only the surname counts.
                var givenAt = -1;
                for (var t = first; t < last && givenAt < 0; t++)
                {
                    // "Frank-Michael Rohde": a double given name the lexicon lists only in parts.
                    givenAt = Is(t, WordClass.GivenName) || (t == first && Word(t).Contains('-')) ? t : -1;
                }
                first = first > last ? first : givenAt >= 0 ? givenAt : last;
                // "Klassenlehrer M. Kieffer": initials before the surname belong to it.
                while (first - 1 >= i && (IsInitial(first - 1) || IsTwoLetterInitial(first - 1)) && FollowedByDot(first - 1))
                {
                    first--;
                }
                // A single word the lexicons do not know counts only alone or after a job title ("die Ausschussmitglieder
                // Aksoy-Brenner"), not after another noun ("Gruppenleitung Füchse").
                var loneUnknown = first == last && !Is(last, WordClass.Surname | WordClass.GivenName) && !covered[last]
                    && ((last > i && !NameWords.IsJobTitle(Word(last - 1)) && !IsInitial(last - 1))
                        // "SpDi (Moderation)": a service's abbreviation; "Kinder- und Jugendpsychiatrie": a compound's second half.
                        || HasInnerCapital(Word(last)) || (last == i && i >= 2 && Word(i - 1) is "und" && Gap(i - 2, i - 1) is "- "));
                if (first <= last && !loneUnknown)
                {
                    items.Add((first, last));
                    for (var t = first; t <= last; t++)
                    {
                        evidenced |= covered[t] || Is(t, WordClass.Surname | WordClass.GivenName);
                    }
                }
                var next = itemEnd + 1;
                // "Kathrin Paschke (CDU), Ivana Nováková (WG Sierkow), …": a remark in brackets after the name.
                if (next < tokens.Count && Gap(itemEnd, next) is " (")
                {
                    while (next < tokens.Count && !Gap(next - 1, next).Contains(')') && !Gap(next - 1, next).Contains('\n') && next - itemEnd < 6)
                    {
                        next++;
                    }
                    itemEnd = next - 1;
                    // "Hengesbach (Ltg.), Dr. Kückelhaus": an abbreviation's full stop before the bracket.
                    if (next < tokens.Count && Gap(itemEnd, next).TrimStart('.').TrimStart(BracketEnd) is not (", " or " und " or "; "))
                    {
                        break;
                    }
                }
                if (next >= tokens.Count || Word(next) is "sowie" || Gap(itemEnd, next).Trim().TrimStart('.').TrimStart(BracketEnd) is not ("," or ";" or "") || Gap(itemEnd, next).Contains('\n'))
                {
                    if (next < tokens.Count && Word(next) is "und" && !Gap(itemEnd, next).Contains('\n'))
                    {
                        i = next + 1;
                        continue;
                    }
                    break;
                }
                i = next;
            }
            if (evidenced && items.Count >= 2)
            {
                foreach (var (first, last) in items)
                {
                    if (!covered[first] || !covered[last])
                    {
                        AddMention(first, last);
                    }
                }
            }
        }
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word) => !word.Contains('-') && word.Length > 1 && word[1..].IndexOfAnyInRange('A', 'Z') >= 0;

    // A remark's closing bracket, with a closing quotation mark before it ("(Oberschule „Johann Gottfried Seume“)").
    private static ReadOnlySpan<char> BracketEnd => ")“”\"»«";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttendanceLabels = new[]
    {
        "Anwesend", "anwesend", "Teilnehmende", "Teilnehmer", "Teilnehmerinnen", "Abwesend", "Entschuldigt", "entschuldigt",
        "Gäste", "Gast", "Beteiligte", "Anwesende", "Sitzungsteilnehmer", "Gemeindevertreter", "Stadtverordnete", "Mitglieder",
        "Ratsmitglieder", "Ausschussmitglieder",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "ermittelt: Reindl, Maximilian, Birkenweg 4", "ausgestellt auf Szabó, Réka, geb. …", "Von: Wiedemann, Sabine":
    /// surname, comma, a given name the lexicons know, after a label or "auf"/"für", and then a comma, a bracket or the end
    /// of the line.
    /// </summary>
    private void FindSurnameFirstAfterLabels(bool[] covered)
    {
        foreach (var given in TokensWith(TokenCue.CommaSpaceBefore))
        {
            var surname = given - 1;
            if (Gap(surname, given) is not ", " || covered[given] || tokens[given].Shape != WordShape.Capitalised
                || NameWords.IsCalendarWord(Word(surname)) || NameWords.IsCalendarWord(Word(given)) || Word(surname).EndsWith("day", StringComparison.Ordinal)
                || tokens[surname].Shape != WordShape.Capitalised || !Is(given, WordClass.GivenName) || !IsPlainNameWord(surname)
                || !IsPlainNameWord(given) || NameWords.HasNounEnding(Word(surname)))
            {
                continue;
            }
            // "Hoang, Thu Trang": a second given name.
            var last = given + 1 < tokens.Count && Gap(given, given + 1) is " " && tokens[given + 1].Shape == WordShape.Capitalised
                && Is(given + 1, WordClass.GivenName) && IsPlainNameWord(given + 1) ? given + 1 : given;
            var after = tokens[last].End < text.Length ? text[tokens[last].End] : '\n';
            if (after is not (',' or '\n' or '\r' or ' ' or '(' or ';' or ':' or '|' or '\t'))
            {
                continue;
            }
            var lead = surname > 0 ? Gap(surname - 1, surname) : ReadOnlySpan<char>.Empty;
            var lineStart = LineStart(tokens[surname].Start);
            var label = text.AsSpan(lineStart, tokens[surname].Start - lineStart).Trim();
            // A cell of its own: "| Kuhn, Wolfgang |", "Briefwahlvorsteherin\tHoang, Thu Trang\t", "Erstattung an Kadhim, Zainab:".
            var cellEnd = after is '|' or '\t' or ':' || (after == ' ' && NextOnLineIs(tokens[last].End, '|'));
            // "| Bäcker, Wilhelm; Bäcker, Agnes   |": a second person in the same cell.
            var ownCell = cellEnd && (lead.EndsWith("| ", StringComparison.Ordinal) || lead.EndsWith("\t", StringComparison.Ordinal) || lead.EndsWith("; ", StringComparison.Ordinal)
                || (surname > 0 && Word(surname - 1) is "an" && IsSpaceGap(lead, allowDot: false)));
            // "An: Matthiesen, Jörn; Tadsen, Silke": the next recipient of a header line.
            var nextRecipient = lead.EndsWith("; ", StringComparison.Ordinal) && label.IndexOf(':') is var colon and > 0
                && IsMailHeaderLabel(label[..(colon + 1)]);
            if (lead.EndsWith(": ", StringComparison.Ordinal) || IsMailHeaderLabel(label) || ownCell || nextRecipient
                || (surname > 0 && Word(surname - 1) is "auf" or "für" && IsSpaceGap(lead, allowDot: false)))
            {
                // "An: Lüders, Gesa, Dr.": a directory lists the title after the name.
                if (last + 1 < tokens.Count && Gap(last, last + 1) is ", " && Is(last + 1, WordClass.Title) && FollowedByDot(last + 1))
                {
                    last++;
                }
                mentions.Add(new PersonMention(tokens[surname].Start, tokens[last].End, surname, last, given, surname));
            }
        }
    }

    /// <summary>"der notfallplan von dr. weiland": in a lower-case mail the word after "dr." is the doctor's name.</summary>
    private void FindLowerCaseDoctorNames(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.DotAfter))
        {
            if (k + 1 < tokens.Count && Word(k) is "dr" && FollowedByDot(k) && Gap(k, k + 1) is ". " && tokens[k + 1].Shape is WordShape.Lower or WordShape.Capitalised
                && tokens[k + 1].Length >= 3 && !Is(k + 1, WordClass.NotName | WordClass.Title) && !covered[k + 1] && !NameWords.IsJobTitle(Word(k + 1)))
            {
                AddMention(k + 1, k + 1);
            }
        }
        // "die ärztin dr schönfeld hat gesagt", "kinderarzt ist dr wunderlich": mails written in lower case drop the full stop too.
        for (var at = text.IndexOf("dr ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("dr ", at + 3, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }
            var k = TokenAtOrAfter(at);
            // "mir wohnat in dr hindere Gass": after a preposition "dr" is a dialect's article.
            if (k > 0 && Word(k - 1) is "in" or "an" or "auf" or "uf" or "vo" or "von" or "mit" or "bei" or "zu" or "aus" or "vor" or "hinter" or "unter")
            {
                continue;
            }
            if (k >= 0 && k + 1 < tokens.Count && tokens[k].Start == at && Gap(k, k + 1) is " " && tokens[k + 1].Shape is WordShape.Lower
                && tokens[k + 1].Length >= 4 && !Is(k + 1, WordClass.NotName | WordClass.Title) && !covered[k + 1] && !NameWords.IsJobTitle(Word(k + 1))
                && !NameWords.HasNounEnding(Word(k + 1)))
            {
                AddMention(k + 1, k + 1);
            }
        }
    }

    /// <summary>"Ansprechpartnerin Wahlbüro:", "Zuständig im Bauamt:": a contact label opens the line, an office may follow it.</summary>
    private bool ContactLabelOpensLine(int colonToken)
    {
        // Every contact word below but "Rückfragen" is a field label, and it stands at most three tokens before the colon:
        // most colons ("Betreff:", "Telefon:") are ruled out by the classes before the line start is looked for.
        var mayOpen = false;
        for (var k = Math.Max(0, colonToken - 3); k <= colonToken && !mayOpen; k++)
        {
            mayOpen = Is(k, WordClass.FieldLabel) || Word(k) is "Rückfragen";
        }
        if (!mayOpen)
        {
            return false;
        }
        var lineStart = LineStart(tokens[colonToken].Start);
        var first = TokenAtOrAfter(lineStart);
        return first >= 0 && colonToken - first is >= 0 and <= 3
            && Word(first) is "Ansprechpartnerin" or "Ansprechpartner" or "Zuständig" or "Zuständige" or "Zuständiger" or "Kontakt"
                or "Kontaktperson" or "Sachbearbeitung" or "Sachbearbeiterin" or "Sachbearbeiter" or "Rückfragen";
    }

    /// <summary>"T. Engelhardt (Baurechtsamt)", "– K.-H. Brendel, Stadtkasse": a line that opens with initials and a surname.</summary>
    private void FindInitialNamesAtLineStart(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.InitialWithDot))
        {
            // Not the numbering of an outline ("I. Sachverhalt", "V. Begründung").
            if (k + 1 >= tokens.Count || !(IsInitial(k) || IsTwoLetterInitial(k)) || !FollowedByDot(k) || covered[k] || Word(k) is "I" or "V" or "X")
            {
                continue;
            }
            if ((LineStart(tokens[k].Start) == tokens[k].Start || IsAtListItemStart(k)) && BracketOrCommaAfterName(k))
            {
                AddSignOffName(k, covered, needsLineEnd: false);
            }
            else if (k > 0 && Gap(k - 1, k) is var lead && !lead.Contains('\n')
                     && (lead.EndsWith(": ", StringComparison.Ordinal) || Word(k - 1) is "geprüft" or "gez" or "durch" or "erstellt" or "bearbeitet"))
            {
                // "Verwaltung: K. Jacobsen (Protokoll)", "Angaben geprüft R. Ochs, 09.10.2025": initials after a label or the
                // word of whoever checked or did it.
                if (BracketOrCommaAfterName(k))
                {
                    AddSignOffName(k, covered, needsLineEnd: false);
                }
                else
                {
                    AddSignOffName(k, covered, needsLineEnd: true);
                }
            }
            else if (k > 0 && Gap(k - 1, k) is var quote && quote.EndsWith("„", StringComparison.Ordinal) && k + 1 < tokens.Count
                     && Gap(k, k + 1) is ". " && tokens[k + 1].End < text.Length && text[tokens[k + 1].End] is '“' or '"')
            {
                // "Auf dem Namensschild stand „D. Brenk“": initials and a surname quoted alone.
                if (tokens[k + 1].Shape == WordShape.Capitalised && IsPlainNameWord(k + 1) && !covered[k + 1])
                {
                    AddMention(k, k + 1);
                }
            }
        }
    }

    /// <summary>After the initials and one or two words, a bracket or a comma: "T. Engelhardt (Baurechtsamt)".</summary>
    private bool BracketOrCommaAfterName(int initial)
    {
        var k = initial + 1;
        while (k < tokens.Count && k - initial < 4 && !Gap(k - 1, k).Contains('\n'))
        {
            var next = tokens[k].End < text.Length ? text[tokens[k].End] : '\n';
            if (next is ',' || (next == ' ' && tokens[k].End + 1 < text.Length && text[tokens[k].End + 1] == '('))
            {
                return true;
            }
            k++;
        }
        return false;
    }
}
