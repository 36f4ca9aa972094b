using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Given names that the sentence around them marks as someone's, without a salutation or honorific: a colleague
/// addressed at the start of a sentence ("Ioana, du übernimmst bitte …"), a person's things in English ("Ngozi's
/// passport", "Sanne's is NW8T2LH06"), a birth ("Owen was born January 6, 2021"), and an upper-case surname before
/// a comma and the given name in a list of household members ("DIALLO, Mariama, 02.03.1990, Ehefrau").
/// </summary>
internal sealed partial class NameRecognizer
{
    private void FindAddressedAndPossessedGivenNames(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.Capitalised))
        {
            var end = tokens[k].End;
            if (covered[k] || end + 3 >= text.Length || text[end] is not (',' or ' '))
            {
                continue;
            }
            var word = Word(k);
            if (text[end] == ' ' && word.Length >= 5 && word[^1] == 's' && word[^2] is '\'' or '’')
            {
                // "Ngozi's passport", "Sanne's is NW8T2LH06": the tokenizer keeps the apostrophe inside the word.
                var name = word[..^2];
                if (k + 1 < tokens.Count && !Lexicons.PiiLexicons.Cities.Contains(name) && !NameWords.IsOfficeWord(name)
                    && (Lexicons.PiiLexicons.GivenNames.Contains(name) || IsPossessedThing(Word(k + 1))))
                {
                    AddMention(k, k);
                }
            }
            else if (text[end] == ',' && text[end + 1] == ' ' && k + 1 < tokens.Count && Word(k + 1) is "du" or "kannst" or "könntest" or "hast" or "magst"
                     or "bitte" or "übernimmst" && OpensSentenceOrLine(k) && Is(k, WordClass.GivenName) && IsGivenNameHere(k))
            {
                // "Ioana, du übernimmst bitte ab 11 Uhr": a colleague addressed by the given name.
                AddMention(k, k);
            }
            else if (text[end] == ',' && text[end + 1] == ' ' && AgeOrBirthStarAt(end + 2) && IsGivenNameHere(k)
                     && (Is(k, WordClass.GivenName) || IsAtListItemStart(k)))
            {
                // "(Andrei, ca. 8 Jahre, und Ioana, ca. 4 Jahre)", "– Denisa, *19.12.2009": a child with age or birth date.
                AddMention(k, k);
            }
            else if (text[end] == ' ' && k + 2 < tokens.Count && Word(k + 1) is "was" && Word(k + 2) is "born" && Is(k, WordClass.GivenName)
                     && IsGivenNameHere(k))
            {
                // "Owen was born January 6, 2021".
                AddMention(k, k);
            }
        }
    }

    /// <summary>"ca. 8 Jahre", "8 Jahre", "*19.12.2009", "* 19.12.2009" at <paramref name="i"/>.</summary>
    private bool AgeOrBirthStarAt(int i)
    {
        var rest = text.AsSpan(i, Math.Min(14, text.Length - i));
        if (rest.StartsWith("ca. ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }
        else if (rest.StartsWith("*", StringComparison.Ordinal))
        {
            rest = rest[1..].TrimStart(' ');
            return rest.Length >= 6 && char.IsAsciiDigit(rest[0]) && rest.Contains('.');
        }
        var digits = 0;
        while (digits < rest.Length && digits < 2 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }
        return digits > 0 && rest[digits..].StartsWith(" Jahre", StringComparison.Ordinal);
    }

    /// <summary>
    /// "… im Fach.\nFlo\n\n-----Ursprüngliche Nachricht-----": the given name that signs a reply stands on the last line
    /// before the quoted message, as a text's last line does at its end.
    /// </summary>
    private void FindSignaturesBeforeQuotedMessages(bool[] covered)
    {
        foreach (var separator in (ReadOnlySpan<string>)["-----Ursprüngliche Nachricht-----", "-----Original Message-----"])
        {
            for (var at = text.IndexOf(separator, StringComparison.Ordinal); at > 0; at = text.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
            {
                var end = at;
                while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
                var lineStart = end > 0 ? LineStart(end - 1) : -1;
                var k = lineStart >= 0 ? TokenAtOrAfter(lineStart) : -1;
                if (k < 0 || tokens[k].End != end || covered[k] || tokens[k].Shape != WordShape.Capitalised || !Is(k, WordClass.GivenName)
                    || !IsGivenNameHere(k) || !text.AsSpan(lineStart, tokens[k].Start - lineStart).IsWhiteSpace())
                {
                    continue;
                }
                AddMention(k, k);
            }
        }
    }

    /// <summary>
    /// "K.-D. Imhof", "Gez. K.-H. Brendel", "J.W. Hoogeveen", "H.-J. ter Veen": two initials joined by ".-" or "." (a
    /// double given name or two given names) before a surname, maybe with its particle. Two initials that way are a
    /// person's ("z.B. Montag", "u.a. Kosten" have lower-case letters); joined by a bare full stop they may be a degree or
    /// an abbreviation too, so the surname must be known there.
    /// </summary>
    private void FindDoubleInitialNames(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.InitialWithDot))
        {
            if (k + 2 >= tokens.Count || !IsInitial(k) || covered[k] || Gap(k, k + 1) is not (".-" or ".") || !IsInitial(k + 1)
                || Gap(k + 1, k + 2) is not ". " || IsLetterPairAbbreviation(text[tokens[k].Start], text[tokens[k + 1].Start]))
            {
                continue;
            }
            var surname = k + 2;
            if (NameWords.Particles.Contains(Word(surname)) && surname + 1 < tokens.Count && Gap(surname, surname + 1) is " ")
            {
                surname++;
            }
            if (tokens[surname].Shape is not (WordShape.Capitalised or WordShape.Upper) || tokens[surname].Length < 2 || !IsPlainNameWord(surname)
                || covered[surname] || PiiLexicons.Cities.Contains(Word(surname))
                // "T.C. Kimlik", "M.A. American": initials joined by a bare full stop are also degrees and abbreviations,
                // so there the surname must be one the lexicons know.
                || (Gap(k, k + 1) is "." && !Is(surname, WordClass.Surname)))
            {
                continue;
            }
            AddMention(k, surname);
        }
    }

    /// <summary>"U.S. Army", "U.K. Border Force", "E.U. Blue Card": country and union abbreviations, no initials.</summary>
    private static bool IsLetterPairAbbreviation(char first, char second) =>
        (first, second) is ('U', 'S') or ('U', 'K') or ('E', 'U') or ('U', 'N') or ('D', 'C') or ('G', 'B') or ('N', 'Y') or ('L', 'A');

    /// <summary>A capitalised word that is no common word, title, role or street here.</summary>
    private bool IsGivenNameHere(int k) => tokens[k].Shape == WordShape.Capitalised && Word(k).Length >= 3 && IsPlainNameWord(k);

    /// <summary>What a person has in an English mail to an office: "Ngozi's passport", "Emre's birthday".</summary>
    private static bool IsPossessedThing(ReadOnlySpan<char> word) =>
        word is "passport" or "birthday" or "details" or "papers" or "visa" or "residence" or "date" or "ID" or "name" or "address"
            or "school" or "phone" or "number" or "mother" or "father" or "wife" or "husband" or "son" or "daughter" or "is";

    /// <summary>The word opens its line or a sentence ("… für Donnerstag. Ioana, du …").</summary>
    private bool OpensSentenceOrLine(int k) => CharBeforeOnLine(k) is var i && (i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':');

    /// <summary>
    /// "  - DIALLO, Mariama, 02.03.1990, Ehefrau", "FERREIRA DA SILVA, Ana Luíza\t27.06.1999": one to three upper-case
    /// words, a comma, one to three capitalised words, then a date of birth after a comma, tab or semicolon. The date
    /// decides: a list of organisations ("AOK, Barmer") has none.
    /// </summary>
    private void FindUpperSurnameListRows(bool[] covered)
    {
        foreach (var k in TokensWith(TokenCue.UpperWord))
        {
            if (covered[k] || (k > 0 && tokens[k - 1].Shape == WordShape.Upper && Gap(k - 1, k) is " "))
            {
                continue; // not the first word of the surname
            }
            var last = k;
            while (last + 1 < tokens.Count && last - k < 2 && tokens[last + 1].Shape == WordShape.Upper && Gap(last, last + 1) is " ")
            {
                last++;
            }
            if (last + 1 >= tokens.Count || Gap(last, last + 1) is not ", " || tokens[last].Length < 2)
            {
                continue;
            }
            var given = last + 1;
            var givenEnd = given;
            while (givenEnd < tokens.Count && givenEnd - given < 3 && tokens[givenEnd].Shape == WordShape.Capitalised && IsPlainNameWord(givenEnd)
                   && (givenEnd == given || Gap(givenEnd - 1, givenEnd) is " " or "-"))
            {
                givenEnd++;
            }
            if (givenEnd == given || !DateOfBirthFollows(tokens[givenEnd - 1].End))
            {
                continue;
            }
            if (AllFreeNameWords(k, givenEnd, covered))
            {
                AddMention(k, givenEnd - 1);
            }
        }
    }

    /// <summary>No token in [<paramref name="first"/>, <paramref name="end"/>) is taken yet, a common word or a field label.</summary>
    private bool AllFreeNameWords(int first, int end, bool[] covered)
    {
        for (var i = first; i < end; i++)
        {
            if (covered[i] || Is(i, WordClass.NotName | WordClass.FieldLabel))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>", 02.03.1990", "\t27.06.1999", ";1968-12-02": a separator and a numeric date at <paramref name="i"/>.</summary>
    private bool DateOfBirthFollows(int i)
    {
        if (i + 11 > text.Length || text[i] is not (',' or '\t' or ';'))
        {
            return false;
        }
        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var rest = text.AsSpan(i, Math.Min(10, text.Length - i));
        return rest.Length == 10 && ((char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && rest[2] == '.' && rest[5] == '.' && char.IsAsciiDigit(rest[9]))
                                     || (rest[4] == '-' && rest[7] == '-' && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[9])));
    }
}
