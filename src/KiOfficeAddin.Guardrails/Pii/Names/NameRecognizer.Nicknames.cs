using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>Round 28: nicknames before the full name, names in a numbered list, names after an "i. A." at the end.</summary>
internal sealed partial class NameRecognizer
{
    /// <summary>
    /// "da Schorsch (Georg Fischer vom Lahnhof)", "der Wiggerl (Ludwig Brandl)": a capitalised word after an article,
    /// right before a bracket that opens with a found full name, is what the person is called (as southern German
    /// speaks of people: with the article). Runs after every other rule, over the mentions they found.
    /// </summary>
    private void FindNicknamesBeforeFullNames()
    {
        bool[]? covered = null;
        var found = mentions.Count;
        for (var i = 0; i < found; i++)
        {
            var k = mentions[i].FirstToken - 1;
            if (k < 1 || mentions[i].LastToken == mentions[i].FirstToken || Gap(k, k + 1) is not " (" || tokens[k].Shape != WordShape.Capitalised
                || tokens[k].Length > 10 || Word(k - 1) is not ("der" or "die" or "da" or "de" or "unser" or "unsere") || Gap(k - 1, k) is not " "
                || Is(k, WordClass.ChildWordCue) || !IsUnclaimedWord(k))
            {
                continue;
            }
            AddLoneMention(k, ref covered);
        }
    }

    /// <summary>
    /// Informal mails write a relative's whole name in lower case: "meine schwiegermutter irma schellenberg zieht …",
    /// "mein mitbewohner ahmad bin yusof". A lower-case given name found alone goes on over the next lower-case word
    /// (after a particle, if one stands there) when that word is a known surname or has a surname's ending. Runs after
    /// every other rule.
    /// </summary>
    private void ExtendLowerCaseGivenNames()
    {
        var found = mentions.Count;
        bool[]? covered = null;
        for (var i = 0; i < found; i++)
        {
            var m = mentions[i];
            var given = m.FirstToken;
            if (m.LastToken != given || tokens[given].Shape != WordShape.Lower || !Is(given, WordClass.GivenName))
            {
                continue;
            }
            var surname = given + 1;
            // Not the particles that are German articles too ("kann mein mann erkan den perso abholen").
            var particle = surname + 1 < tokens.Count && Word(surname) is "bin" or "ibn" or "bint" or "binti" or "abu" or "van" or "al" or "el" or "dos" or "del" or "della" or "di"
                && Gap(given, surname) is " ";
            if (particle)
            {
                surname++; // "ahmad bin yusof"
            }
            if (surname >= tokens.Count || Gap(surname - 1, surname) is not " " || tokens[surname].Shape != WordShape.Lower
                || tokens[surname].Length < 3 || Is(surname, WordClass.NotName | WordClass.GivenName | WordClass.Relation | WordClass.ClosingWord)
                || NameWords.HasNounEnding(Word(surname)) || PiiLexicons.Cities.Contains(Word(surname)) || NameWords.IsCalendarWord(Word(surname))
                // The word lists hold no verbs: in lower case a known surname, a surname's ending or a particle before
                // the word tells a family name from "lena kommt"; else a word of five letters or more that ends like no
                // verb form and is no adverb of an informal mail ("wieder", "vorbei").
                || !(particle || Is(surname, WordClass.Surname | WordClass.SurnameEnding) || MayBeLowerCaseSurname(Word(surname))))
            {
                continue;
            }
            covered ??= CoveredTokens();
            if (covered[surname])
            {
                continue;
            }
            mentions[i] = new PersonMention(m.Start, tokens[surname].End, given, surname, given, surname);
        }
    }

    private static bool MayBeLowerCaseSurname(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[^1] is not ('t' or 'e' or 'n' or 's' or 'h')
        && word is not ("wieder" or "immer" or "vorbei" or "schon" or "sowie" or "hier" or "wohl" or "ganz" or "nochmal" or "einfach"
            or "endlich" or "bereits" or "wirklich" or "deshalb" or "trotzdem" or "nämlich" or "eigentlich" or "zusammen" or "nachher"
            or "vielleicht" or "übrigens" or "ebenfalls" or "natürlich" or "wegen" or "später" or "früher" or "leider" or "aber"
            or "oder" or "weil" or "damit" or "ob" or "sehr" or "viel" or "mehr" or "weniger" or "sofort" or "jetzt" or "dabei" or "darum"
            or "dafür" or "daher" or "dazu" or "davor" or "danach" or "seither" or "weiter" or "zurück" or "allein" or "alleine");

    /// <summary>A capitalised word no class, lexicon or ending claims for something else than a name.</summary>
    private bool IsUnclaimedWord(int k) =>
        IsPlainNameWord(k)
        && !Is(k, WordClass.Salutation | WordClass.HeaderLabel | WordClass.ClosingWord)
        && !NameWords.HasNounEnding(Word(k)) && !PiiLexicons.Cities.Contains(Word(k)) && !NameWords.IsCalendarWord(Word(k));

    /// <summary>
    /// "a) Okonkwo, Chukwuemeka (Nigeria)", "3. van der Meulen, Hendrika – neue Bankverbindung": a list item that opens
    /// with a surname (its particles first), a comma and a known given name.
    /// </summary>
    private void FindSurnameFirstListItems()
    {
        foreach (var k in TokensWith(TokenCue.AfterListMark))
        {
            var surname = AfterParticles(k);
            var given = surname + 1;
            if (given >= tokens.Count || tokens[surname].Shape != WordShape.Capitalised || Gap(surname, given) is not ", "
                || tokens[given].Shape != WordShape.Capitalised || !Is(given, WordClass.GivenName) || !IsUnclaimedWord(surname)
                || !IsUnclaimedGivenName(given) || !ItemNameEnds(tokens[given].End))
            {
                continue;
            }
            // Surname first: the identity keys need to know which word is which (as in a table's name cell).
            mentions.Add(new PersonMention(tokens[k].Start, tokens[given].End, k, given, given, surname));
        }
    }

    /// <summary>
    /// The last token of a bracket that holds nothing but capitalised name words joined by ", ", " und " or " and ", at
    /// least one of them a known given name ("(Sofiia und Dimitris)"); or -1.
    /// </summary>
    private int BracketedNamesEnd(int first)
    {
        var known = false;
        for (var m = first; m < tokens.Count && m - first < 12; m++)
        {
            if (tokens[m].Shape != WordShape.Capitalised || !IsUnclaimedWord(m))
            {
                return -1;
            }
            known |= Is(m, WordClass.GivenName);
            if (tokens[m].End < text.Length && text[tokens[m].End] == ')')
            {
                return known ? m : -1;
            }
            if (m + 1 >= tokens.Count || Gap(m, m + 1) is not (", " or " "))
            {
                return -1;
            }
            // The joining word is a token of its own: step over it.
            if (Gap(m, m + 1) is " ")
            {
                if (Word(m + 1) is not ("und" or "and") || m + 2 >= tokens.Count || Gap(m + 1, m + 2) is not " ")
                {
                    return -1;
                }
                m++;
            }
        }
        return -1;
    }

    /// <summary>
    /// "account holder P. de Vries", "Kontoinhaber J. Brandt": an initial and a surname (its particles first) right
    /// after a field label written without a colon.
    /// </summary>
    private void FindInitialledNamesAfterLabels()
    {
        foreach (var k in TokensWith(TokenCue.InitialWithDot))
        {
            if (k < 1 || !Is(k - 1, WordClass.FieldLabel) || Gap(k - 1, k) is not " " || !IsInitial(k) || !FollowedByDot(k)
                || k + 1 >= tokens.Count || Gap(k, k + 1) is not ". ")
            {
                continue;
            }
            var surname = AfterParticles(k + 1);
            if (tokens[surname].Shape == WordShape.Capitalised && IsUnclaimedWord(surname)
                && (tokens[surname].End >= text.Length || !char.IsLetterOrDigit(text[tokens[surname].End])))
            {
                AddMention(k, surname);
            }
        }
    }

    /// <summary>
    /// "erstellt: T. Wiethoff", "von A. Brüggemann-Kordes an …", "|A. Tigges", "UBM J. Grüne": an initial with its dot and
    /// a capitalised word that is no noun, office, place or function word is how German offices write a colleague's name,
    /// wherever it stands. Initials run together ("U. S."), a heading's letter before a noun ("A. Sachverhalt") and a
    /// word that goes on in lower case are not taken.
    /// </summary>
    private void FindInitialledSurnames()
    {
        var covered = CoveredTokens();
        foreach (var k in TokensWith(TokenCue.InitialWithDot))
        {
            if (!IsInitial(k) || !FollowedByDot(k) || k + 1 >= tokens.Count || Gap(k, k + 1) is not ". " || covered[k]
                || (tokens[k].Start > 0 && (char.IsLetterOrDigit(text[tokens[k].Start - 1]) || text[tokens[k].Start - 1] is '.' or '-'))
                || (k > 0 && tokens[k - 1].Length == 1 && FollowedByDot(k - 1) && tokens[k].Start - tokens[k - 1].End <= 2)
                || IsSectionLetter(k))
            {
                continue;
            }
            var surname = AfterParticles(k + 1);
            // "M. La Rocca", "G. De Luca": an Italian, French or Dutch particle written with a capital.
            if (surname == k + 1 && Word(surname) is "La" or "Le" or "De" or "Di" or "Da" or "Del" or "Della" or "Van" or "Du" or "Dal" or "Lo"
                && surname + 1 < tokens.Count && Gap(surname, surname + 1) is " " && tokens[surname + 1].Shape == WordShape.Capitalised)
            {
                surname++;
            }
            if (covered[surname] || tokens[surname].Shape != WordShape.Capitalised || tokens[surname].Length < 3 || !IsUnclaimedWord(surname)
                || NameWords.IsOfficeWord(Word(surname)) || Is(surname, WordClass.FirmCue)
                || (tokens[surname].End < text.Length && (char.IsLetterOrDigit(text[tokens[surname].End]) || text[tokens[surname].End] is '.' && tokens[surname].End + 1 < text.Length && char.IsLetterOrDigit(text[tokens[surname].End + 1]))))
            {
                continue;
            }
            AddMention(k, surname);
        }
    }

    /// <summary>
    /// "A. Arbeitgeber⏎ … B. Arbeitnehmer⏎": a form's sections, lettered at the start of a line, where the letter before or
    /// after this one starts a line the same way.
    /// </summary>
    private bool IsSectionLetter(int k)
    {
        var start = tokens[k].Start;
        if (LineStart(start) != start)
        {
            return false;
        }
        if (sectionLetters < 0)
        {
            sectionLetters = 0;
            for (var i = 0; i + 2 < text.Length; i = text.IndexOf('\n', i) is var n and >= 0 ? n + 1 : text.Length)
            {
                if (text[i] is >= 'A' and <= 'Z' && text[i + 1] == '.' && text[i + 2] == ' ')
                {
                    sectionLetters |= 1 << (text[i] - 'A');
                }
                else if (text[i] is 'I' or 'V' && text[i + 1] is 'I' or 'V' && (text[i + 2] == '.' || (text[i + 2] is 'I' && i + 3 < text.Length && text[i + 3] == '.')))
                {
                    // "II.", "III.", "IV.", "VI.": the sections are numbered in Roman, so "I." and "V." are numbers too.
                    sectionLetters |= RomanSections;
                }
            }
        }
        var letter = text[start] - 'A';
        return letter is >= 0 and < 26 && (((sectionLetters >> (letter + 1)) & 1) != 0 || (letter > 0 && ((sectionLetters >> (letter - 1)) & 1) != 0)
            || ((sectionLetters & RomanSections) == RomanSections && text[start] is 'I' or 'V'));
    }

    // Bit n: some line starts with the (n+1)-th capital, a dot and a space; -1 until read.
    private int sectionLetters = -1;

    // Bit 30: some line starts with a Roman number of two or three letters.
    private const int RomanSections = 1 << 30;

    // How the closing lines of NameWords.ClosingLineEndWords begin.
    private static readonly string[] ClosingLineStarts = ["Thank", "God", "See", "Pfiad", "Pfiat", "Bless"];

    /// <summary>
    /// "God bless you\nAkosua", "Thank you\nLinh", "Pfiad di\nSchorsch": a short line that is a closing formula, then the
    /// signature.
    /// </summary>
    private void FindSignaturesAfterClosingLines()
    {
        // The closing word after one space, at the end of its line: a token of its class (a word after a space always
        // starts a token and, with no letter after it, ends one). One ending after the other, each in text order, as a
        // search of the text for " you", " bless" and " di" finds them (the order of mentions decides the keys).
        if (!Anywhere(TokenCue.ClosingLineEndWord))
        {
            return;
        }
        foreach (var ending in NameWords.ClosingLineEndWords)
        {
            foreach (var k in TokensWith(TokenCue.ClosingLineEndWord))
            {
                var at = tokens[k].Start - 1;
                if (at < 0 || text[at] != ' ' || !Word(k).SequenceEqual(ending))
                {
                    continue;
                }
                var end = tokens[k].End;
                var after = end < text.Length && text[end] is ',' or '!' ? end + 1 : end;
                if (after < text.Length && text[after] is not ('\n' or '\r'))
                {
                    continue;
                }
                var lineStart = at;
                while (lineStart > 0 && at - lineStart < 30 && text[lineStart - 1] != '\n')
                {
                    lineStart--;
                }
                if (lineStart > 0 && text[lineStart - 1] != '\n')
                {
                    continue;
                }
                foreach (var start in ClosingLineStarts)
                {
                    if (text.AsSpan(lineStart).StartsWith(start, StringComparison.OrdinalIgnoreCase))
                    {
                        ReadSignature(after);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// "steuer-id aya: 16637620585", "Steuer-ID Youssef: …": a known given name between an identifier's name and the
    /// colon before its value says whose it is.
    /// </summary>
    private void FindGivenNamesAfterIdentifierNames()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.ColonAfter))
        {
            if (k < 1 || !Is(k, WordClass.GivenName) || tokens[k].Shape is not (WordShape.Lower or WordShape.Capitalised) || Gap(k - 1, k) is not " "
                || !NamesAnIdentifier(Word(k - 1)) || !IsLoneGivenNameCandidate(k))
            {
                continue;
            }
            AddLoneMention(k, ref covered);
        }
    }

    /// <summary>"steuer-id", "Steuer-ID", "IdNr", "Kunden-Nr", "Steuernummer": the name of an identifier.</summary>
    private static bool NamesAnIdentifier(ReadOnlySpan<char> word) =>
        word is "ID" or "IdNr" || word.EndsWith("-id", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-nr", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("nummer", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first token from <paramref name="start"/> on that is not one of up to three lower-case particles, each followed
    /// by one space and another token ("van der Meulen": the token of "Meulen").
    /// </summary>
    private int AfterParticles(int start)
    {
        var k = start;
        while (k - start < 3 && k + 1 < tokens.Count && tokens[k].Shape == WordShape.Lower && NameWords.Particles.Contains(Word(k))
               && Gap(k, k + 1) is " ")
        {
            k++;
        }
        return k;
    }

    /// <summary>After the name of a list item: the line's end, a bracket, a dash, a comma or a colon.</summary>
    private bool ItemNameEnds(int end) =>
        end >= text.Length || text[end] is '\n' or '\r' or ',' or ':' or ';'
        || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] is '(' or '–' or '-' or '|');
}
