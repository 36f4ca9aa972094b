using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Names written the way their holder's papers or country write them, which the German-order rules miss: the family
/// name first in capitals ("ZHANG Yiran", "MBARGA ESSOMBA Ryan"), a card's capitals throughout ("RAFAEL A OLIVEIRA"),
/// a Vietnamese middle name between family and given name ("Ngô Văn Long"); and two list forms of German offices: a
/// child with its age ("(Elira, 6 und Dren, 3)") and an initialled name before its role ("J. Tesch, Protokollführerin").
/// </summary>
internal sealed partial class NameRecognizer
{
    /// <summary>
    /// Southern German speech puts the family name first after an article: "da Hund vom Gruber Sepp", "dem Kuhnlein
    /// Manfred sei Bu". An article, a capitalised word that is no common word, and a known given name: the given name
    /// vouches for the pair, the article for the order (a noun before a given name, "der Bürgermeister Manfred", is a
    /// word of the German list and is not read).
    /// </summary>
    private void FindSurnamesFirstAfterArticles()
    {
        foreach (var given in TokensWith(TokenCue.GivenNameWord))
        {
            var surname = given - 1;
            if (surname < 1 || tokens[given].Shape != WordShape.Capitalised || tokens[surname].Shape != WordShape.Capitalised
                || Gap(surname, given) is not " " || Gap(surname - 1, surname) is not " " || !IsArticleBeforeSurname(Word(surname - 1))
                || !IsPlainNameWord(surname) || !IsPlainNameWord(given)
                || Is(surname, WordClass.GivenName) || Is(given, WordClass.NotName) || tokens[surname].Length < 3
                // The family name must look like one: known, or with a family name's ending ("Marchenko"), or the
                // Franconian "-lein" ("Kuhnlein"); an unknown noun does not ("die Zeche Ewald", "der Grundstücksnachbarn
                // Gerd und Ilse").
                || !(Is(surname, WordClass.Surname) || NameWords.HasSurnameEnding(Word(surname))
                     || (tokens[surname].Length >= 7 && Word(surname).EndsWith("lein", StringComparison.Ordinal)))
                // "der Kindesvater Sven Becker", "dem Bezirksverordneten Hakan Demir": a role the word list lacks, then a
                // name in German order; the family name first ends at the given name.
                || (given + 1 < tokens.Count && Gap(given, given + 1) is " "
                    && (tokens[given + 1].Shape == WordShape.Capitalised || Word(given + 1) is "und" or "oder")))
            {
                continue;
            }
            mentions.Add(new PersonMention(tokens[surname].Start, tokens[given].End, surname, given, given, surname));
        }
    }

    private static bool IsArticleBeforeSurname(ReadOnlySpan<char> word) =>
        word is "der" or "die" or "dem" or "den" or "vom" or "beim" or "zum" or "da" or "Da" or "Der" or "Die" or "Dem" or "Vom" or "Beim";

    /// <summary>
    /// A run of capitalised-throughout words followed by a capitalised given name; the run must hold a known surname or
    /// the given name must be a known one, so that an acronym before a noun ("AOK Nordost", "DRK Kreisverband") is not.
    /// A run of capitals alone counts when it starts with a known given name and ends with a known surname.
    /// </summary>
    private void FindCapitalSurnamesFirst()
    {
        // Only an upper-case word of two letters or more can start a run (UpperWord); a run read ends the scan's turn at
        // its last word, so the scan resumes after it.
        var resumeAt = 0;
        foreach (var k in TokensWith(TokenCue.UpperWord))
        {
            if (k < resumeAt || tokens[k].Shape != WordShape.Upper || tokens[k].Length < 2 || Is(k, WordClass.NotName)
                || (k > 0 && tokens[k - 1].Shape == WordShape.Upper && IsSpaceGap(Gap(k - 1, k), allowDot: false)))
            {
                continue;
            }
            var last = k;
            var knownSurname = Is(k, WordClass.Surname);
            while (last + 1 < tokens.Count && last - k < 3 && tokens[last + 1].Shape == WordShape.Upper && Gap(last, last + 1) is " "
                   && (!Is(last + 1, WordClass.NotName) || tokens[last + 1].Length == 1))
            {
                last++;
                knownSurname |= tokens[last].Length >= 2 && Is(last, WordClass.Surname);
            }
            var given = last + 1;
            // A known given name alone vouches only for a longer run: a short one is a rank's abbreviation ("PHK Michael
            // Sedlmayr", "OFM Nils Pagel").
            var rank = Is(k, WordClass.RankAbbreviationCue) && NameWords.RankAbbreviations.Contains(Word(k));
            if (given < tokens.Count && tokens[given].Shape == WordShape.Capitalised && Gap(last, given) is " " && IsPlainNameWord(given)
                && !NameWords.HasNounEnding(Word(given)) && !rank
                && (knownSurname || (Is(given, WordClass.GivenName) && (last > k || tokens[k].Length >= 4))))
            {
                // A second given name ("NGUEMO TCHOUPO Arielle Flore").
                var end = given + 1 < tokens.Count && tokens[given + 1].Shape == WordShape.Capitalised && Gap(given, given + 1) is " "
                    && Is(given + 1, WordClass.GivenName) ? given + 1 : given;
                if (tokens[last].Length >= 2)
                {
                    AddMention(k, end);
                }
                resumeAt = end + 1;
                continue;
            }
            // "Karteninhaber RAFAEL A OLIVEIRA": a given name, perhaps an initial, and a surname, all in capitals.
            if (last > k && tokens[last].Length >= 3 && Is(k, WordClass.GivenName) && Is(last, WordClass.Surname))
            {
                AddMention(k, last);
            }
            resumeAt = last + 1;
        }
    }

    /// <summary>"Phạm Thị Mai", "Ngo Van Long": a known Vietnamese family name, the middle name Thị or Văn, a given name.</summary>
    private void FindVietnameseNames()
    {
        // The middle name's class (it holds for the four words ignoring case) has a row of its own.
        foreach (var k in TokensWith(TokenCue.VietnameseMiddleNameWord))
        {
            if (k < 1 || k + 1 >= tokens.Count)
            {
                continue;
            }
            var middle = Word(k);
            if (middle is not ("Thị" or "Thi" or "Văn" or "Van") || tokens[k - 1].Shape != WordShape.Capitalised
                || tokens[k + 1].Shape != WordShape.Capitalised || Gap(k - 1, k) is not " " || Gap(k, k + 1) is not " "
                || !Is(k - 1, WordClass.Surname) || !IsPlainNameWord(k + 1) || NameWords.HasNounEnding(Word(k + 1)))
            {
                continue;
            }
            var end = k + 2 < tokens.Count && tokens[k + 2].Shape == WordShape.Capitalised && Gap(k + 1, k + 2) is " " && IsPlainNameWord(k + 2)
                && !NameWords.HasNounEnding(Word(k + 2)) && (Is(k + 2, WordClass.GivenName) || EndsLine(tokens[k + 2].End)) ? k + 2 : k + 1;
            AddMention(k - 1, end);
        }
    }

    /// <summary>
    /// "bei der Gebäudereinigung Heckens", "Fa. Schepers", "auf dem Hof Brüsehaber", "Taxi Gröschel", "Steuerbüro Bünting":
    /// a one-person business named after its owner, the trade or "Firma" first. The owner's surname is a person, as in
    /// "Kaya Haustechnik" the other way round; a town, a noun or a word the lexicons call no name is not.
    /// </summary>
    private void FindOwnersAfterTrades()
    {
        // The capitalised words before another (the owner is one too), each ruled out by its last letter. (A pass over
        // every token cost ≈ 4 % of an analysis; a multi-string search for the trade words' ends as a filter first,
        // 13–17 %; every capitalised word, ≈ 1.4 %.)
        foreach (var k in PairsWith(TokenCue.Capitalised))
        {
            if (!IsTradeBeforeOwner(Word(k)) || !IsSpaceGap(Gap(k, k + 1), allowDot: Word(k) is "Fa")
                || (Word(k) is "Fa" && !FollowedByDot(k))
                || tokens[k + 1].Length < 3 || Is(k + 1, WordClass.NotName | WordClass.Title | WordClass.Honorific)
                || !IsPlainNameWord(k + 1) || NameWords.HasNounEnding(Word(k + 1)) || NameWords.IsTradeWord(Word(k + 1))
                || PiiLexicons.Cities.Contains(Word(k + 1)) || IsStreetWord(Word(k + 1)) || !HasSurnameEnding(Word(k + 1))
                // "Fa. Stoiber Reisen": the firm's own name goes on; whether its first word is a person is not told here.
                || (k + 2 < tokens.Count && Gap(k + 1, k + 2) is " " && tokens[k + 2].Shape == WordShape.Capitalised))
            {
                continue;
            }
            AddMention(k + 1, k + 1);
        }
    }

    /// <summary>
    /// Endings of the surnames firms are named after ("Heckens", "Brüsehaber", "Gröschel", "Bünting", "Kaspari"), which the
    /// place-derived names of firms lack ("Lahntal", "Weserblick", "Elektro", "Ilmenau").
    /// </summary>
    private static bool HasSurnameEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["s", "er", "en", "el", "ing", "i", "mann", "ke", "tz", "ert", "dt", "ek", "ić", "ic", "ov", "ova",
                     "ski", "ska", "cki", "oğlu"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Firma", "Fa", "Taxi", "Hof", "Autohaus" or a compound ending in a one-person trade ("Gebäudereinigung",
    /// "Hausverwaltung", "Abschleppdienst", "Malerbetrieb", "Dachdeckerei", "Steuerbüro", "Fahrschule" …). Every
    /// capitalised word of a text comes here: its last letter rules most out before any comparison.
    /// </summary>
    private static bool IsTradeBeforeOwner(ReadOnlySpan<char> word) => word[^1] switch
    {
        'a' => word is "Firma" or "Fa",
        'f' => word is "Hof",
        's' => word is "Autohaus",
        'g' => word.EndsWith("reinigung", StringComparison.Ordinal) || word is "Reinigung" || word.EndsWith("hausverwaltung", StringComparison.Ordinal)
            || word is "Hausverwaltung",
        'n' => word.EndsWith("estattungen", StringComparison.Ordinal),
        't' => word.EndsWith("schleppdienst", StringComparison.Ordinal) || word.EndsWith("pflegedienst", StringComparison.Ordinal)
            || word.EndsWith("erkstatt", StringComparison.Ordinal),
        'b' => word.EndsWith("betrieb", StringComparison.Ordinal),
        'i' => word is "Taxi" || (word.Length >= 8 && word.EndsWith("erei", StringComparison.Ordinal)
            && (word.EndsWith("deckerei", StringComparison.Ordinal) || word.EndsWith("schlosserei", StringComparison.Ordinal)
                || word.EndsWith("ischlerei", StringComparison.Ordinal) || word.EndsWith("ärtnerei", StringComparison.Ordinal)
                || word.EndsWith("etzgerei", StringComparison.Ordinal) || word.EndsWith("äckerei", StringComparison.Ordinal))),
        'o' => word.EndsWith("steuerbüro", StringComparison.OrdinalIgnoreCase) || word.EndsWith("rchitekturbüro", StringComparison.Ordinal)
            || word is "Reisebüro",
        'e' => word.EndsWith("ahrschule", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// "Đỗ Quang Minh", "Lê Bảo An", "Đặng Thu Trang": a Vietnamese family name written with its diacritics (which no
    /// German or other word shares) before one or two capitalised names, without the middle name Thị or Văn.
    /// </summary>
    private void FindVietnameseNamesByFamilyName()
    {
        // Most texts hold no letter of the Vietnamese alphabet beyond Latin-1: one vectorised search rules them out.
        if (text.AsSpan().IndexOfAny(VietnameseLetters) < 0)
        {
            return;
        }
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Shape != WordShape.Capitalised || !VietnameseFamilyNames.Contains(Word(k)) || Gap(k, k + 1) is not " "
                || tokens[k + 1].Shape != WordShape.Capitalised || !IsPlainNameWord(k + 1) || NameWords.HasNounEnding(Word(k + 1))
                || (Word(k) is "Hồ" && Word(k + 1) is "Chí")) // the city, Hồ Chí Minh
            {
                continue;
            }
            // A third name, short as Vietnamese names are; "An" of "Lê Bảo An" is a German word too, so a short one that
            // ends the phrase (before a bracket, a comma, a line's end) counts whatever it is.
            var third = k + 2;
            var end = third < tokens.Count && tokens[third].Shape == WordShape.Capitalised && Gap(k + 1, third) is " " && tokens[third].Length <= 6
                && !NameWords.HasNounEnding(Word(third))
                && (IsPlainNameWord(third) || (tokens[third].Length <= 4 && (tokens[third].End == text.Length || text[tokens[third].End] is ' ' or ',' or '\n' or '\r' or ')' or '.' or ';')
                    && (tokens[third].End + 1 >= text.Length || text[tokens[third].End] != ' ' || text[tokens[third].End + 1] == '(')))
                ? third : k + 1;
            AddMention(k, end);
            k = end;
        }
    }

    // Đ, đ, Ơ, ơ, Ư, ư and the letters with a hook or a dot below (U+1EA0–U+1EF9): Vietnamese, and no other language
    // people here write.
    private static readonly System.Buffers.SearchValues<char> VietnameseLetters = System.Buffers.SearchValues.Create(
        "ĐđƠơƯư" + string.Concat(Enumerable.Range(0x1EA0, 0x1EF9 - 0x1EA0 + 1).Select(c => (char)c)));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VietnameseFamilyNames =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
             "Trương", "Đoàn", "Lương", "Phùng", "Triệu", "Đào", "Tạ", "Trịnh", "Mạc", "Quách", "Tăng"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "mit meinen zwei Kindern (Elira, 6 und Dren, 3)": after a word for children, capitalised words each followed by
    /// a comma and an age are the children's names.
    /// </summary>
    private void FindChildrenWithAges()
    {
        // Only a relation word or "Kindern", "children" and "kids" (the child words outside that class) can start it.
        foreach (var k in TokensWith(TokenCue.RelationOrChildWord))
        {
            if (!NameWords.IsChildWord(Word(k)))
            {
                continue;
            }
            // The names follow within a few words ("Kindern (", "Kinder: ", "children (").
            for (var n = k + 1; n < tokens.Count && n <= k + 8 && tokens[n].Start - tokens[k].End < 60; n++)
            {
                if (tokens[n].Shape == WordShape.Capitalised && IsPlainNameWord(n) && !NameWords.HasNounEnding(Word(n))
                    && !PiiLexicons.Cities.Contains(Word(n)) && AgeFollows(tokens[n].End))
                {
                    AddMention(n, n);
                }
                // "wo beide kinder drauf sind (Sofiia und Dimitris)": a bracket of names only, one of them known.
                else if (text[tokens[n].Start - 1] == '(' && BracketedNamesEnd(n) is var last and >= 0)
                {
                    for (var m = n; m <= last; m++)
                    {
                        if (tokens[m].Shape == WordShape.Capitalised)
                        {
                            AddMention(m, m);
                        }
                    }
                    break;
                }
            }
        }
    }

    /// <summary>", 6" or " (6" then a bracket, a comma, "und" or "Jahre": an age after a name.</summary>
    private bool AgeFollows(int end)
    {
        var i = end;
        if (i + 2 >= text.Length || text[i] is not (',' or ' ') || text[i + 1] is not (' ' or '('))
        {
            return false;
        }
        i += 2;
        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i - digits is 1 or 2 && (i >= text.Length || text[i] is ')' or ',' or ';' || text.AsSpan(i).StartsWith(" und", StringComparison.Ordinal)
            || text.AsSpan(i).StartsWith(" J", StringComparison.Ordinal));
    }

    /// <summary>
    /// "J. Tesch, Protokollführerin", "(Vermerk T. Rathke)": an initial and a surname the lexicons need not know, before
    /// a comma and a role, after "Vermerk", or alone on the text's last line.
    /// </summary>
    private void FindInitialledNamesWithRoles()
    {
        // An initial with its full stop is marked (InitialWithDot) when the text is read.
        foreach (var k in TokensWith(TokenCue.InitialWithDot))
        {
            if (k + 1 >= tokens.Count || !IsInitial(k) || !FollowedByDot(k) || Gap(k, k + 1) is not ". " || tokens[k + 1].Shape != WordShape.Capitalised
                || !IsPlainNameWord(k + 1) || NameWords.HasNounEnding(Word(k + 1)))
            {
                continue;
            }
            // "i. A. S. Kaatz, Große Milower Straße 25": who signs for an office, wherever the line stands ("S." is a
            // page and "Z." a line elsewhere).
            var afterLead = SignatureLeadBefore(tokens[k].Start);
            if (!afterLead && Word(k) is "S" or "Z" or "St")
            {
                continue;
            }
            var surnameEnd = tokens[k + 1].End;
            var roleAfter = k + 2 < tokens.Count && Gap(k + 1, k + 2) is ", " && tokens[k + 2].Shape == WordShape.Capitalised
                && (Is(k + 2, WordClass.FieldLabel) || NameWords.IsRoleWord(Word(k + 2)) || NameWords.IsRoleCompoundLabel(Word(k + 2)));
            var noteBefore = k > 0 && Word(k - 1) is "Vermerk" && Gap(k - 1, k) is " ";
            // "Lahnfels, 26.11.2025\nSchäfer-Lindner / M. Vogel": the note's last line names who signed it.
            // "i. A. M. Tenhagen", "Gebühr 26,30 EUR bar. V. Grasegger": or after a signature's lead or a sentence's end.
            var signsLast = text.AsSpan(surnameEnd).IsWhiteSpace()
                && (tokens[k].Start == 0 || text[tokens[k].Start - 1] == '\n' || text.AsSpan(0, tokens[k].Start).EndsWith("/ ", StringComparison.Ordinal)
                    || SignatureLeadBefore(tokens[k].Start) || (k > 0 && Gap(k - 1, k) is ". " && tokens[k - 1].Shape == WordShape.Lower));
            if ((roleAfter || noteBefore || signsLast || afterLead) && (surnameEnd >= text.Length || !char.IsLetterOrDigit(text[surnameEnd])))
            {
                AddMention(k, k + 1);
            }
        }
    }

    /// <summary>"i. A. ", "i.A. ", "Im Auftrag ", "gez. " right before <paramref name="start"/>.</summary>
    private bool SignatureLeadBefore(int start)
    {
        var before = text.AsSpan(0, start);
        return before.EndsWith("i. A. ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("i.A. ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("Im Auftrag ", StringComparison.Ordinal) || before.EndsWith("gez. ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Heizungsbau Winter e.K.", "Bäckerei Sommer e. K.": a registered merchant's firm carries the merchant's own name,
    /// the capitalised word before "e.K." (or before the trade word in front of it: "Winter Haustechnik e.K.").
    /// </summary>
    private void FindMerchantNames()
    {
        // "e" needs a full stop after it (the gap to "K" is "." or ". ").
        foreach (var k in TokensWith(TokenCue.DotAfter))
        {
            if (k < 1 || k + 1 >= tokens.Count || Word(k) is not "e" || Word(k + 1) is not "K" || Gap(k, k + 1) is not ("." or ". ") || !FollowedByDot(k + 1)
                || Gap(k - 1, k) is not " ")
            {
                continue;
            }
            var name = k - 1;
            if (NameWords.IsTradeWord(Word(name)) && name > 0 && Gap(name - 1, name) is " ")
            {
                name--;
            }
            if (tokens[name].Shape == WordShape.Capitalised && !NameWords.IsTradeWord(Word(name)) && !Is(name, WordClass.Title | WordClass.Honorific)
                && !PiiLexicons.Cities.Contains(Word(name)) && !NameWords.HasNounEnding(Word(name)))
            {
                AddMention(name, name);
            }
        }
    }

    /// <summary>"(an Bord nur „Jun-Jun“ genannt)": a quoted capitalised word right before "genannt" is what the person is called.</summary>
    private void FindQuotedCallNames()
    {
        // The capitalised word needs a closing quote right after it.
        foreach (var k in TokensWith(TokenCue.CapitalisedBeforeQuote))
        {
            var t = tokens[k];
            if (t.Shape != WordShape.Capitalised || t.Start == 0 || text[t.Start - 1] is not ('„' or '"' or '“') || t.End + 9 > text.Length
                || text[t.End] is not ('“' or '"' or '”') || !text.AsSpan(t.End + 1).StartsWith(" genannt", StringComparison.Ordinal))
            {
                continue;
            }
            AddMention(k, k);
        }
    }

    /// <summary>
    /// "Niko hat sich gut eingelebt", "Leonie hat sie auch gesehen": a known given name that starts a clause and is its
    /// subject, before a finite verb (the lone-given-name rule needs a lower-case word in front); in a lower-case mail
    /// ("… aus Kosova. elvis will nicht mehr in schule gehen") only right after a sentence's end.
    /// </summary>
    private void FindGivenNamesBeforeVerbs()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.GivenNameWord))
        {
            if (k + 1 >= tokens.Count || !Is(k, WordClass.GivenName) || Gap(k, k + 1) is not " " || !IsSubjectVerb(Word(k + 1))
                || (tokens[k].Shape != WordShape.Capitalised && !(tokens[k].Shape == WordShape.Lower && IsLowerCaseKnownGivenName(k) && AfterSentenceEnd(k)))
                || !IsLoneGivenNameCandidate(k) || !StartsClause(k) || NamesAnAnimal(k))
            {
                continue;
            }
            AddLoneMention(k, ref covered);
        }
    }

    /// <summary>
    /// The token opens a clause: the text's start, or a sentence end, colon or line break before it, or a lower-case
    /// word ("Addis Abeba hat", "St. Nikolai wird" are places).
    /// </summary>
    private bool StartsClause(int k)
    {
        if (k == 0)
        {
            return true;
        }
        var gap = Gap(k - 1, k);
        return tokens[k - 1].Shape == WordShape.Lower && IsSpaceGap(gap, allowDot: false)
            || (gap.ContainsAny('.', '!', '?') || gap.Contains(':') || gap.Contains('\n')) && !Is(k - 1, WordClass.Title) && Word(k - 1) is not ("St" or "Sankt");
    }

    /// <summary>A full stop, question or exclamation mark, or a line break between the previous token and this one.</summary>
    private bool AfterSentenceEnd(int k) => k == 0 || Gap(k - 1, k).ContainsAny('.', '!', '?') || Gap(k - 1, k).Contains('\n');

    /// <summary>"unser Hund Bruno ist", "unsere Hündin Mila ist am 20.11. gestorben": a pet named within three words back.</summary>
    private bool NamesAnAnimal(int k)
    {
        for (var b = k - 1; b >= 0 && b >= k - 3; b--)
        {
            if (NameWords.IsAnimal(Word(b)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSubjectVerb(ReadOnlySpan<char> word) =>
        word is "hat" or "hatte" or "ist" or "war" or "wird" or "kann" or "konnte" or "soll" or "sollte" or "muss" or "musste" or "will"
            or "wollte" or "möchte" or "darf" or "geht" or "ging" or "kommt" or "kam" or "wohnt" or "lebt" or "besucht" or "spielt"
            or "fehlt" or "fehlte" or "arbeitet" or "schläft" or "weint" or "sagt" or "sagte" or "erzählt" or "erzählte";

    /// <summary><see cref="IsUnclaimedGivenName"/>, and no month: neither a month's name nor a word after a day's number.</summary>
    private bool IsLoneGivenNameCandidate(int k) =>
        IsUnclaimedGivenName(k) && !NameWords.IsCalendarWord(Word(k))
        && Word(k) is not ("April" or "May" or "June" or "July" or "August")
        // "appointment 14 May": a day before it makes the word a month.
        && (tokens[k].Start < 2 || !char.IsAsciiDigit(text[tokens[k].Start - 2]))
        && (tokens[k].End >= text.Length || text[tokens[k].End] is not ('-' or '\'' or '’'));

    /// <summary>
    /// "Betreff: Beistandschaft Zofia – Az. …", "Betreff: kita beiträge sofia – ermäßigung": a known given name that
    /// closes a part of a mail's subject line (before a dash, slash, colon or the line's end) names the person the
    /// mail is about.
    /// </summary>
    private void FindGivenNamesInSubjectLines()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.GivenNameWord))
        {
            if (tokens[k].Shape is not (WordShape.Capitalised or WordShape.Lower) || !ClosesSubjectPart(tokens[k].End)
                || !IsLoneGivenNameCandidate(k))
            {
                continue;
            }
            var line = text.AsSpan(LineStart(tokens[k].Start));
            if (!line.StartsWith("Betreff", StringComparison.OrdinalIgnoreCase) && !line.StartsWith("Subject", StringComparison.OrdinalIgnoreCase)
                && !line.StartsWith("Betr.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            AddLoneMention(k, ref covered);
        }
    }

    private bool ClosesSubjectPart(int end) =>
        end >= text.Length || text[end] is '\n' or '\r' or ':'
        || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] is '–' or '-' or '/');
}

