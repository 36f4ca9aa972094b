using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Lexicons;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Addresses;

/// <summary>
/// Street + house number ("Bahnhofstraße 12", "Am Eichholz 3a", "Zur Feldmühle 12-14", "Mendener Straße 5") and
/// postcode + city ("59755 Arnsberg"). A bare street name without a number is not an address.
/// </summary>
internal static partial class AddressRecognizer
{
    public static void Find(string text, List<Candidate> output)
    {
        using var runs = DigitRuns.Find(text);
        Find(text, output, runs);
    }

    /// <summary>The addresses of <paramref name="text"/>, whose runs of digits are <paramref name="runs"/>.</summary>
    public static void Find(string text, List<Candidate> output, DigitRuns runs)
    {
        var first = output.Count;
        // The house-number loop and the postcode rules all visit the runs of digits: one scan finds them for all.
        FindStreets(text, runs, output);
        // Foreign streets are rare: one search for both rules' words tells most texts have none.
        if (text.AsSpan().IndexOfAny(AnyForeignStreetWord) is var foreignStreetWord && foreignStreetWord >= 0)
        {
            AddTurkishStreets(text, foreignStreetWord, output);
            AddEnglishStreets(text, foreignStreetWord, output);
        }
        AddFrenchStreets(text, runs, output);
        AddOtherNumbersOfFoundStreets(text, runs, output);
        foreach (var m in PostOfficeBox().EnumerateMatches(text))
        {
            output.Add(new(PiiCategory.Address, m.Index, m.Index + m.Length, CandidatePriority.Address));
        }
        AddCountryPrefixedPostcodes(text, runs, output);
        AddDutchPostcodes(text, runs, output);
        AddBritishPostcodes(text, runs, output);
        AddUnitedStatesCities(text, runs, output);
        AddHyphenatedPostcodes(text, runs, output);
        AddDistrictsAfterHouseNumbers(text, runs, output);
        AddPostcodeCities(text, runs, output);
        StreetsBeforePostcodes.Add(text, output, first);
        ForeignAddressBlocks.Add(text, output, first, runs);
        OrganisationAddresses.Drop(text, output, first);
    }

    /// <summary>Streets with a house number, and the postcodes and towns right after them.</summary>
    private static void FindStreets(string text, DigitRuns runs, List<Candidate> output)
    {
        // Anchor on house numbers (rarer than capital letters) and read the street name backwards from there. A house
        // number starts a run of digits with a digit other than 0 (a later digit of a run has a digit before it).
        var i = 0;
        for (var run = 0; run < runs.Count; run++)
        {
            var digit = runs.Start(run);
            // A run before i lies inside an address found already (the scan went on after it).
            if (digit < i || text[digit] == '0')
            {
                continue;
            }
            i = runs.End(run);
            if (digit < 2 || text[digit - 1] != ' ')
            {
                continue;
            }
            var numberEnd = ReadHouseNumber(text, digit);
            if (numberEnd == digit)
            {
                // No house number here (a date, an amount, a longer number): every rule below needs one.
                continue;
            }
            var wordsStart = ReadStreetWordsBackwards(text, digit);
            if (wordsStart >= 0 && TryStreet(text, wordsStart, numberEnd, out var start, out var end))
            {
                start = IncludeEstatePrefix(text, start);
                end = IncludeFlat(text, end);
                output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
                i = end;
                if (char.IsLower(text[start]))
                {
                    AddLowerCasePostcodeCity(text, end, output, allowNextLine: true);
                    // "ul. Han Asparuh 14, et. 3, 9000 Varna", "str. Florilor 12, 400123 Cluj": a street abroad whose
                    // abbreviated street word is written in lower case.
                    if (text.AsSpan(start).StartsWith("ul. ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("str. ", StringComparison.Ordinal)
                        || text.AsSpan(start).StartsWith("vul. ", StringComparison.Ordinal))
                    {
                        AddForeignPostcodeCity(text, end, output);
                    }
                }
                else
                {
                    AddFourDigitPostcodeCity(text, end, output);
                    AddForeignPostcodeCity(text, end, output);
                    AddLowerCasePostcodeCityLater(text, end, output);
                }
            }
            else if (LowerCaseWordBefore(text, digit) is var wordStart && wordStart >= 0
                     && IsLowerCaseStreetBeforePostcode(text, text.AsSpan(wordStart, digit - 1 - wordStart), numberEnd))
            {
                output.Add(new(PiiCategory.Address, ExtendOverLowerCaseLinkWords(text, wordStart), numberEnd, CandidatePriority.Address));
                i = numberEnd;
                AddLowerCasePostcodeCity(text, numberEnd, output);
            }
            else if (LowerCaseArticleStreet(text, digit, numberEnd) is var articleStart && articleStart >= 0)
            {
                output.Add(new(PiiCategory.Address, articleStart, numberEnd, CandidatePriority.Address));
                i = numberEnd;
                AddLowerCasePostcodeCity(text, numberEnd, output);
            }
            else if (LowerCasePlaceAdjectiveStreet(text, digit) is var adjectiveStart && adjectiveStart >= 0)
            {
                output.Add(new(PiiCategory.Address, adjectiveStart, numberEnd, CandidatePriority.Address));
                i = numberEnd;
                AddLowerCasePostcodeCity(text, numberEnd, output);
            }
            else if ((LowerCaseStreetLineStart(text, digit, numberEnd) is var ls && ls >= 0 ? ls
                         : LowerCaseWordBefore(text, digit) is var single && single >= 0 && PostcodeAfterNumber(text, numberEnd)
                             ? ExtendOverLowerCaseLinkWords(text, single) : -1)
                     is var lineStart && lineStart >= 0)
            {
                output.Add(new(PiiCategory.Address, lineStart, numberEnd, CandidatePriority.Address));
                i = numberEnd;
                AddLowerCasePostcodeCity(text, numberEnd, output);
            }
            else if (RomanianStreetStart(text, digit) is var romanian && romanian >= 0)
            {
                // "Str. Mihai Eminescu nr. 14, 550173 Sibiu".
                output.Add(new(PiiCategory.Address, romanian, numberEnd, CandidatePriority.Address));
                i = numberEnd;
                AddSixDigitPostcodeCity(text, numberEnd, output);
            }
            else if (EstateStreetStart(text, digit) is var estate && estate >= 0)
            {
                // "wohne … in einem Stallgebäude, Gut Wendorf 5 in 17398 …": an estate's name needs no street suffix.
                output.Add(new(PiiCategory.Address, estate, numberEnd, CandidatePriority.Address));
                i = numberEnd;
            }
            else if (ContactBlockStreetLine(text, digit, numberEnd) is var blockLine && blockLine >= 0)
            {
                output.Add(new(PiiCategory.Address, blockLine, numberEnd, CandidatePriority.Address));
                i = numberEnd;
            }
        }
    }

    /// <summary>
    /// "59755 Arnsberg", "D-59755 Arnsberg": every match of <see cref="PostcodeStart"/> that reads as a postcode and a town.
    /// </summary>
    /// <remarks>
    /// The pattern tried a match at every digit and every 'D' of the text. Each match holds a run of exactly five digits
    /// followed by one or two spaces and a capital, and starts at most three characters before that run ("D- "). So the
    /// pattern runs from the first such run after its previous match (three characters earlier): no match can start
    /// in between, and it finds the same matches in the same order as one scan over the whole text.
    /// </remarks>
    private static void AddPostcodeCities(string text, DigitRuns runs, List<Candidate> output)
    {
        // Where the previous match ended: the whole-text scan went on from there. A match ends with a capital, so no
        // run of digits straddles that point.
        var previousMatchEnd = 0;
        var i = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs.Start(r);
            if (run < i)
            {
                continue;
            }
            i = runs.End(r);
            if (i - run == 5 && i + 1 < text.Length && text[i] == ';' && run > 0 && text[run - 1] == ';')
            {
                AddSemicolonPostcodeCity(text, run, output);
                continue;
            }
            if (i - run != 5 || i + 1 >= text.Length || text[i] != ' '
                || !(char.IsUpper(text[i + 1]) || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]))))
            {
                continue;
            }
            var found = false;
            foreach (var m in PostcodeStart().EnumerateMatches(text, Math.Max(previousMatchEnd, run - 3)))
            {
                if (TryPostcodeCity(text, m.Index, out var start, out var end))
                {
                    output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
                }
                previousMatchEnd = m.Index + m.Length;
                i = previousMatchEnd;
                found = true;
                break;
            }
            if (!found)
            {
                return;
            }
        }
    }

    /// <summary>
    /// "Kirchplatz 2;84155;Bodenkirchen;…": an export with postcode and town in fields of their own, right after a field
    /// that ends with a house number. The postcode, its separator and the town are one address.
    /// </summary>
    private static void AddSemicolonPostcodeCity(string text, int postcode, List<Candidate> output)
    {
        var street = postcode - 1;
        if (street < 2 || !(char.IsAsciiDigit(text[street - 1]) || (char.IsAsciiLetterLower(text[street - 1]) && char.IsAsciiDigit(text[street - 2]))))
        {
            return;
        }
        var cityStart = postcode + 6;
        if (cityStart >= text.Length || !char.IsUpper(text[cityStart]))
        {
            return;
        }
        var wordEnd = ReadPlaceWord(text, cityStart);
        var cityEnd = ExtendCity(text, wordEnd, text.AsSpan(cityStart, wordEnd - cityStart));
        if (cityEnd > cityStart && (cityEnd == text.Length || text[cityEnd] is ';' or '\n' or '\r'))
        {
            output.Add(new(PiiCategory.Address, postcode, cityEnd, CandidatePriority.Address));
        }
    }

    /// <summary>"12", "12a", "12 a", "12-14", "12/14", "127-129": end of the number, or <paramref name="i"/> if none.</summary>
    private static int ReadHouseNumber(string text, int i)
    {
        var end = ReadDigits(text, i);
        if (end - i > 4)
        {
            return i;
        }
        end = ReadLetterSuffix(text, end);
        // "ul. Głogowska 112 m. 4": a Polish flat (mieszkanie) after the house number, read as its letter "m" so far.
        if (end >= 2 && text[end - 1] == 'm' && !char.IsAsciiDigit(text[end - 2]) && end + 1 < text.Length && text[end] == '.')
        {
            var flat = end + 1 < text.Length && text[end + 1] == ' ' ? end + 2 : end + 1;
            var flatEnd = ReadDigits(text, flat);
            if (flatEnd > flat && flatEnd - flat <= 4)
            {
                return flatEnd;
            }
        }
        // "vul. Zelena 112, kv. 5", "ул. Ленина 27, кв. 14": a flat (kvartira) after the house number.
        if (text.AsSpan(end).StartsWith(", kv. ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(", кв. ", StringComparison.Ordinal))
        {
            var flatEnd = ReadDigits(text, end + 6);
            if (flatEnd > end + 6 && flatEnd - end - 6 <= 4)
            {
                return flatEnd;
            }
        }
        // "Hauptstraße 104 1/2", "An der Leiten 3 1/2": the half numbers of Bavarian and Austrian houses.
        if (text.AsSpan(end).StartsWith(" 1/2", StringComparison.Ordinal) && (end + 4 >= text.Length || !char.IsAsciiDigit(text[end + 4])))
        {
            return end + 4;
        }
        var j = end;
        if (j < text.Length && text[j] == ' ')
        {
            j++;
        }
        if (j < text.Length && text[j] is '-' or '–' or '/')
        {
            j++;
            if (j < text.Length && text[j] == ' ')
            {
                j++;
            }
            var rangeEnd = ReadDigits(text, j);
            if (rangeEnd > j && rangeEnd - j <= 4 && text[j] != '0')
            {
                end = ReadLetterSuffix(text, rangeEnd);
                // "Quellenstraße 112/2/14": an Austrian house, its staircase and its door.
                if (text[j - 1] == '/' && end == rangeEnd && end + 1 < text.Length && text[end] == '/' && ReadDigits(text, end + 1) is var doorEnd
                    && doorEnd > end + 1 && doorEnd - end - 1 <= 3)
                {
                    end = doorEnd;
                }
            }
            else if (rangeEnd == j && text[j - 1] == '/' && j < text.Length && char.IsAsciiLetterUpper(text[j]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
            {
                // "Viale dei Mille 9/B": an Italian house's letter after a slash.
                end = j + 1;
            }
        }
        return end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))) ? i : end;
    }

    private static int ReadDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int ReadLetterSuffix(string text, int end)
    {
        var j = end < text.Length && text[end] == ' ' ? end + 1 : end;
        return j < text.Length && char.IsAsciiLetter(text[j]) && (j + 1 >= text.Length || !char.IsLetter(text[j + 1])) ? j + 1 : end;
    }

    /// <summary>Start of up to five words before the number that can form a street name, or -1.</summary>
    private static int ReadStreetWordsBackwards(string text, int digit)
    {
        var i = digit - 1;
        while (i > 0 && text[i] == ' ' && digit - i <= 2)
        {
            i--;
        }
        var start = -1;
        for (var words = 0; words < 5 && i >= 0; words++)
        {
            var end = i + 1;
            while (i >= 0 && end - i <= 60 && (char.IsLetter(text[i]) || text[i] is '-' or '.' or '\'' or '’'))
            {
                i--;
            }
            var wordStart = i + 1;
            while (wordStart < end && !char.IsLetter(text[wordStart]))
            {
                wordStart++;
            }
            if (wordStart >= end)
            {
                break;
            }
            var word = text.AsSpan(wordStart, end - wordStart);
            var capitalised = char.IsUpper(word[0]);
            if (words > 0 && word is "ul." or "vul." or "ул." or "вул." or "str." or "Rr.")
            {
                // "ul. Długa 14/3", "vul. Sumska 88": the Polish and Ukrainian street word opens the name.
                return wordStart;
            }
            if (words == 0 ? !capitalised && !IsLowerCaseStreet(word) && !IsShortLowerCaseStreetAfterLabel(text, wordStart, word)
                                 && !IsLowerCaseStreetBeforePunctuation(text, word, digit)
                    : !capitalised && !StreetLinkWords.Contains(word))
            {
                break;
            }
            if (!capitalised && words == 0)
            {
                // Informal mails write "sauerstr. 17" in lower case: the street word alone is the name.
                return wordStart;
            }
            start = wordStart;
            if (i < 0 || text[i] != ' ')
            {
                break;
            }
            i--;
        }
        return start;
    }

    /// <summary>
    /// "adresse: kampstr. 17", "(bahnstr. 3)": a shorter abbreviated street (four letters, "str.") where nothing but a
    /// label's colon, a bracket, a comma or the line's start stands before it. After another lower-case word ("wöhler
    /// dorfstr. 12") the line rule reads the whole name instead.
    /// </summary>
    private static bool IsShortLowerCaseStreetAfterLabel(string text, int wordStart, ReadOnlySpan<char> word)
    {
        if (word.Length != 8 || word[^1] != '.' || !word.EndsWith("str.", StringComparison.Ordinal))
        {
            return false;
        }
        var i = wordStart - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i < 0 || text[i] is ':' or '(' or ',' or '\n';
    }

    /// <summary>
    /// "(ortelsgasse 9)", "schleusenweg 14 a.": a long lower-case word ending in "gasse", "allee", "chaussee" or "weg",
    /// whose house number ends the phrase (a bracket, a comma, a full stop or the line's end follows): "auf dem gehweg
    /// 2 autos" goes on with a word.
    /// </summary>
    private static bool IsLowerCaseStreetBeforePunctuation(string text, ReadOnlySpan<char> word, int digit)
    {
        if (word.Length < 8 || !(word.EndsWith("gasse", StringComparison.Ordinal) || word.EndsWith("allee", StringComparison.Ordinal)
                || word.EndsWith("chaussee", StringComparison.Ordinal) || word.EndsWith("weg", StringComparison.Ordinal)))
        {
            return false;
        }
        // Paths that are no street: "am radweg 3.", "der schulweg 2,".
        foreach (var path in (ReadOnlySpan<string>)["gehweg", "radweg", "fußweg", "fussweg", "heimweg", "rückweg", "ausweg", "schulweg",
                     "arbeitsweg", "feldweg", "wanderweg", "dienstweg", "rechtsweg", "postweg", "seeweg", "landweg", "luftweg"])
        {
            if (word.EndsWith(path, StringComparison.Ordinal))
            {
                return false;
            }
        }
        var end = ReadHouseNumber(text, digit);
        return end > digit && (end == text.Length || text[end] is ')' or ',' or '.' or ';' or '\n' or '\r');
    }

    /// <summary>"sauerstr.", "kirchstraße": a lower-case word that can only be a street (a long word with a street ending).</summary>
    private static bool IsLowerCaseStreet(ReadOnlySpan<char> word)
    {
        var bare = word.TrimEnd('.');
        // "hauptstr 3": in a quick mail even the full stop of the abbreviation goes.
        return bare.Length >= 8 && (bare.EndsWith("straße", StringComparison.Ordinal) || bare.EndsWith("strasse", StringComparison.Ordinal)
            || (bare.EndsWith("str", StringComparison.Ordinal) && word.Length > bare.Length))
            || (bare.Length >= 7 && bare.EndsWith("str", StringComparison.Ordinal) && word.Length == bare.Length);
    }

    /// <summary>"14 b in 09437 wolkenau", "9, 58638 iserlohn": a five-digit postcode and a town right after the number.</summary>
    private static bool PostcodeAfterNumber(string text, int numberEnd) => PostcodeStartAfterNumber(text, numberEnd) >= 0;

    /// <summary>Where the five-digit postcode after a house number starts (after ", ", " " or " in "), a town following; else -1.</summary>
    private static int PostcodeStartAfterNumber(string text, int numberEnd, bool allowNextLine = false)
    {
        var i = numberEnd;
        while (i < text.Length && i - numberEnd < 3 && text[i] is ',' or ' ')
        {
            i++;
        }
        if (allowNextLine && i == numberEnd && i + 1 < text.Length && text[i] == '\n')
        {
            // "bahnhofstr. 5a\n09581 grünhainichen-wald": the next line of a signature, under a street known as one.
            i++;
        }
        if (text.AsSpan(i).StartsWith("in ", StringComparison.Ordinal))
        {
            i += 3;
        }
        else if (i > numberEnd && text[i - 1] == ' ' && FloorSegmentEnd(text, i) is var afterFloor and > 0)
        {
            // "heidrather str. 58, dachgeschoss, 44866 kaltenhövel": the floor or flat between number and postcode.
            i = afterFloor;
        }
        var postcode = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i - postcode == 5 && i + 1 < text.Length && text[i] == ' ' && char.IsLetter(text[i + 1]) ? postcode : -1;
    }

    /// <summary>
    /// After a house number's comma, a floor or flat ("dachgeschoss", "2. OG links", "Whg. 12") up to ", " and a five-digit
    /// number: where that number starts; else 0. Letters, digits, full stops and spaces only, at most 20 characters.
    /// </summary>
    private static int FloorSegmentEnd(string text, int start)
    {
        var i = start;
        var letters = 0;
        while (i < text.Length && i - start <= 20 && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or ' '))
        {
            letters += char.IsLetter(text[i]) ? 1 : 0;
            i++;
        }
        if (letters < 2 || i + 2 >= text.Length || text[i] != ',' || text[i + 1] != ' ' || !char.IsAsciiDigit(text[i + 2])
            || !IsFloorWord(text.AsSpan(start, i - start)))
        {
            return 0;
        }
        return i + 2;
    }

    /// <summary>The segment names a floor, a side or a flat.</summary>
    private static bool IsFloorWord(ReadOnlySpan<char> segment) =>
        segment.IndexOfAny(FloorWords) >= 0;

    private static readonly SearchValues<string> FloorWords = SearchValues.Create(
        ["geschoss", "og", "eg", "dg", "etage", "stock", "whg", "wohnung", "app", "apartment", "links", "rechts", "mitte",
         "hinterhaus", "vorderhaus", "seitenflügel", "souterrain", "zimmer"], StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseStreetArticles = new[]
    {
        "am", "im", "zum", "zur", "beim",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "wohne zum kiefernwald 11, 2. og links", "am sonnenhang 4": in a lower-case mail, a contracted article, one word
    /// and a house number at the end of a clause. Weekdays, months and units after the number ("am montag 12 uhr") are not.
    /// </summary>
    private static int LowerCaseArticleStreet(string text, int digit, int numberEnd)
    {
        var word = LowerCaseWordBefore(text, digit);
        if (word < 3 || digit - 1 - word < 5 || text[word - 1] != ' ' || FollowedByUnit(text, numberEnd)
            || (numberEnd < text.Length && text[numberEnd] is not (',' or '\n' or '\r' or ' ' or '.' or ';')))
        {
            return -1;
        }
        var name = text.AsSpan(word, digit - 1 - word);
        if (NotCityWords.Contains(name) || IsCalendarWord(name))
        {
            return -1;
        }
        var article = LowerCaseWordBefore(text, word);
        if (article < 0 || (article > 0 && char.IsLetterOrDigit(text[article - 1])))
        {
            return -1;
        }
        var articleWord = text.AsSpan(article, word - 1 - article);
        if (LowerCaseStreetArticles.Contains(articleWord))
        {
            return article;
        }
        // "von der kastanienallee 12", "in der untergasse 17": after a plain article only a word with a street's ending,
        // and the article stays outside the address.
        return articleWord is "der" or "die" or "den" && name.Length >= 7 && HasLowerCaseStreetEnding(name) ? word : -1;
    }

    private static bool HasLowerCaseStreetEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in LowerCaseStreetEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"allee", "damm": the word is one of the street endings by itself.</summary>
    private static bool IsLowerCaseStreetEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in LowerCaseStreetEndings)
        {
            if (word.SequenceEqual(ending))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        word is "montag" or "dienstag" or "mittwoch" or "donnerstag" or "freitag" or "samstag" or "sonntag" or "wochenende" or "januar"
            or "februar" or "märz" or "april" or "juni" or "juli" or "august" or "september" or "oktober" or "november" or "dezember"
            or "anfang" or "ende" or "morgen" or "abend" or "mittag" or "nachmittag" or "vormittag" or "tag";

    /// <summary>"schleswiger chaussee 112 b", "osterholmer weg 9": a lower-case place adjective and a street word; its start or -1.</summary>
    private static int LowerCasePlaceAdjectiveStreet(string text, int digit)
    {
        var street = LowerCaseWordBefore(text, digit);
        // "frankfurter str. 88a": the abbreviation's full stop ends the word before the number.
        if (street < 0 && digit >= 7 && text.AsSpan(digit - 6, 6) is " str. ")
        {
            street = digit - 5;
        }
        if (street < 2 || text[street - 1] != ' ')
        {
            return -1;
        }
        var word = text.AsSpan(street, digit - 1 - street);
        // "haunersdorfer str 14": the abbreviation without its full stop, as phones write it.
        var isStreet = word is "weg" or "str." or "str" or "straße" or "strasse" || word.Length >= 4 && IsLowerCaseStreetEnding(word);
        var adjective = LowerCaseWordBefore(text, street);
        return isStreet && adjective >= 0 && street - 1 - adjective >= 5 && text.AsSpan(adjective, street - 1 - adjective).EndsWith("er", StringComparison.Ordinal)
            ? adjective
            : -1;
    }

    /// <summary>The start of the lower-case word right before the space before <paramref name="digit"/>, or -1.</summary>
    private static int LowerCaseWordBefore(string text, int digit)
    {
        var start = digit - 1;
        while (start > 0 && char.IsLower(text[start - 1]))
        {
            start--;
        }
        return start < digit - 1 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? start : -1;
    }

    private static readonly string[] LowerCaseStreetEndings = ["weg", "gasse", "allee", "ring", "platz", "damm", "pfad", "stieg", "steig", "chaussee", "ufer", "wall", "kanal", "deich"];

    /// <summary>"am moorkanal 17 b": lower-case articles and prepositions in front of a lower-case street belong to it.</summary>
    private static int ExtendOverLowerCaseLinkWords(string text, int start)
    {
        for (var words = 0; words < 2 && start > 1 && text[start - 1] == ' '; words++)
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsAsciiLetterLower(text[wordStart - 1]) && start - wordStart < 8)
            {
                wordStart--;
            }
            var word = text.AsSpan(wordStart, start - 1 - wordStart);
            if (word.IsEmpty || !StreetLinkWords.Contains(word) || (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1])))
            {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /// <summary>"mühlenweg 7 in 21391 reppenstedt": weaker lower-case street words count when a postcode follows the number.</summary>
    private static bool IsLowerCaseStreetBeforePostcode(string text, ReadOnlySpan<char> word, int numberEnd) =>
        word.Length >= 7 && HasLowerCaseStreetEnding(word) && PostcodeAfterNumber(text, numberEnd);

    /// <summary>
    /// "auf der emst 9, 58638 iserlohn": a lower-case line of one to four words, a house number and a postcode with a
    /// town is an address even when no word of it is a street word; the postcode after the number is the evidence.
    /// Returns the start of the line's street part, or -1.
    /// </summary>
    private static int LowerCaseStreetLineStart(string text, int digit, int numberEnd)
    {
        if (!PostcodeAfterNumber(text, numberEnd))
        {
            return -1;
        }
        var start = digit - 1;
        var words = 0;
        while (start >= 0 && words < 4)
        {
            while (start >= 0 && text[start] == ' ')
            {
                start--;
            }
            var wordEnd = start + 1;
            while (start >= 0 && (char.IsLower(text[start]) || text[start] is '-' or '.'))
            {
                start--;
            }
            if (start + 1 == wordEnd)
            {
                break;
            }
            words++;
            if (start < 0 || text[start] == '\n')
            {
                return words > 0 ? start + 1 : -1;
            }
            if (text[start] != ' ')
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "7811 EP Emmen" at the start of a line, or after a house number and a comma ("Kerkstraat 112, 1621 BD Hoorn"): a
    /// Dutch postcode (four digits, two capitals) and its town.
    /// </summary>
    private static void AddDutchPostcodes(string text, DigitRuns runs, List<Candidate> output)
    {
        // The lines that start with a digit other than 0: the runs of digits at the text's start or after a line break
        // (a loop over every line break cost a search per line).
        for (var run = 0; run < runs.Count; run++)
        {
            var i = runs.Start(run);
            if (i > 0 && text[i - 1] != '\n' && !AfterHouseNumberAndComma(text, i))
            {
                continue;
            }
            if (i + 9 >= text.Length || !char.IsAsciiDigit(text[i]) || text[i] == '0')
            {
                continue;
            }
            var span = text.AsSpan(i, Math.Min(40, text.Length - i));
            if (span.Length < 10 || !char.IsAsciiDigit(span[1]) || !char.IsAsciiDigit(span[2]) || !char.IsAsciiDigit(span[3]) || span[4] != ' '
                || !char.IsAsciiLetterUpper(span[5]) || !char.IsAsciiLetterUpper(span[6]) || span[7] != ' ' || !char.IsUpper(span[8]))
            {
                continue;
            }
            var end = 9;
            while (end < span.Length && (char.IsLetter(span[end]) || span[end] == '-'))
            {
                end++;
            }
            if (end < span.Length && span[end] is not ('\n' or '\r' or ',' or ' ' or '.'))
            {
                continue;
            }
            output.Add(new(PiiCategory.Address, i, i + end, CandidatePriority.Address));
        }
    }

    // French street words, which follow the house number: "12 rue de la Gare", "4, rue Principale", "8 avenue Foch".
    private static readonly string[] FrenchStreetWords =
        [" rue ", " Rue ", " avenue ", " Avenue ", " boulevard ", " Boulevard ", " place ", " Place ", " allée ", " Allée ", " impasse ",
         " Impasse ", " chemin ", " Chemin ", " quai ", " Quai ", " cours ", " route ", " Route "];

    private static readonly SearchValues<char> FrenchStreetWordFirstLetters = SearchValues.Create(string.Concat(FrenchStreetWords.Select(word => word[1])));

    /// <summary>
    /// "12 rue de la Gare", "12bis rue …", "4, rue Principale", "3 place du Marché": a house number (one of the digit
    /// runs every address rule shares), a French street word and the street's name (capitalised words and the articles
    /// between them), up to a comma or the line's end.
    /// </summary>
    private static void AddFrenchStreets(string text, DigitRuns runs, List<Candidate> output)
    {
        for (var run = 0; run < runs.Count; run++)
        {
            var start = runs.Start(run);
            var numberEnd = runs.End(run);
            if (numberEnd - start > 4 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }
            var space = numberEnd;
            while (space < text.Length && space - numberEnd < 3 && char.IsAsciiLetterLower(text[space]))
            {
                space++; // "12bis"
            }
            if (space < text.Length && text[space] == ',')
            {
                space++;
            }
            // Every street word is a space and a word: most numbers are followed by none of the words' first letters.
            if (space + 1 >= text.Length || text[space] != ' ' || !FrenchStreetWordFirstLetters.Contains(text[space + 1])
                || !StartsWithAny(text.AsSpan(space), FrenchStreetWords))
            {
                continue;
            }
            // The name: capitalised words and the articles between them.
            var i = space + 1;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }
            var end = -1;
            for (var words = 0; words < 5 && i + 1 < text.Length && text[i] == ' '; words++)
            {
                var wordStart = i + 1;
                var wordEnd = wordStart;
                while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’'))
                {
                    wordEnd++;
                }
                var word = text.AsSpan(wordStart, wordEnd - wordStart);
                if (word.IsEmpty)
                {
                    break;
                }
                if (char.IsUpper(word[0]))
                {
                    end = wordEnd;
                }
                else if (word is not ("de" or "du" or "des" or "la" or "le" or "les") && !word.StartsWith("d'", StringComparison.Ordinal)
                         && !word.StartsWith("l'", StringComparison.Ordinal) && !word.StartsWith("d’", StringComparison.Ordinal))
                {
                    break;
                }
                i = wordEnd;
            }
            if (end > 0)
            {
                output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
            }
        }
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Chicago, IL 60647", "Austin, TX 78701-1234": a US town, its state's code and the ZIP code.</summary>
    private static void AddUnitedStatesCities(string text, DigitRuns runs, List<Candidate> output)
    {
        for (var run = 0; run < runs.Count; run++)
        {
            var zip = runs.Start(run);
            var end = runs.End(run);
            if (end - zip != 5 || zip < 7 || text[zip - 1] != ' ' || text[zip - 4] != ' ' || text[zip - 5] != ','
                || !UnitedStatesStates.Contains(text.AsSpan(zip - 3, 2)) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }
            if (end + 5 <= text.Length && text[end] == '-' && !text.AsSpan(end + 1, 4).ContainsAnyExceptInRange('0', '9'))
            {
                end += 5;
            }
            // One to three capitalised words of the town before the comma ("Salt Lake City").
            var start = zip - 5;
            var wordEnd = start;
            for (var words = 0; words < 3; words++)
            {
                var wordStart = wordEnd;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }
                if (wordStart == wordEnd || !char.IsUpper(text[wordStart]))
                {
                    break;
                }
                start = wordStart;
                if (wordStart < 2 || text[wordStart - 1] != ' ')
                {
                    break;
                }
                wordEnd = wordStart - 1;
            }
            if (start < zip - 5)
            {
                output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
            }
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitedStatesStates = new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>", " right before <paramref name="i"/>, after a house number ("112", "12a").</summary>
    private static bool AfterHouseNumberAndComma(string text, int i) =>
        i >= 4 && text[i - 1] == ' ' && text[i - 2] == ','
        && (char.IsAsciiDigit(text[i - 3]) || (char.IsAsciiLetterLower(text[i - 3]) && char.IsAsciiDigit(text[i - 4])));

    /// <summary>
    /// "ul. Ogrodowa 14/3, 61-821 Poznań", "ul. Świętojańska 41/3\n81-391 Gdynia", "Rua de Cedofeita 412, 4050-180 Porto":
    /// a Polish (two digits, hyphen, three) or Portuguese (four, hyphen, three) postcode after a comma or at the start of
    /// a line, and its town.
    /// </summary>
    private static void AddHyphenatedPostcodes(string text, DigitRuns runs, List<Candidate> output)
    {
        // A digit follows the hyphen: the hyphens right before a run of digits, in order (a search for every hyphen of
        // the text found mostly compound words).
        for (var run = 0; run < runs.Count; run++)
        {
            var h = runs.Start(run) - 1;
            if (h < 0 || text[h] != '-')
            {
                continue;
            }
            if (h + 6 >= text.Length || !char.IsAsciiDigit(text[h + 1]) || !char.IsAsciiDigit(text[h + 2]) || !char.IsAsciiDigit(text[h + 3])
                || text[h + 4] != ' ' || !char.IsUpper(text[h + 5]))
            {
                continue;
            }
            var i = h;
            while (i > 0 && h - i < 4 && char.IsAsciiDigit(text[i - 1]))
            {
                i--;
            }
            if (h - i is not (2 or 4) || (i > 0 && char.IsAsciiDigit(text[i - 1]))
                || !(i == 0 || text[i - 1] == '\n' || (i >= 2 && text[i - 2] is ',' or '>' && text[i - 1] == ' ')))
            {
                continue;
            }
            var end = h + 5;
            while (end < text.Length && end - h < 40 && (char.IsLetter(text[end]) || text[end] == '-'))
            {
                end++;
            }
            if (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                continue;
            }
            // "58-506 Jelenia Góra", "65-001 Zielona Góra", "33-300 Nowy Sącz": a second word that is capitalised.
            if (end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && char.IsLower(text[end + 2]))
            {
                var second = end + 1;
                while (second < text.Length && second - end < 20 && char.IsLetter(text[second]))
                {
                    second++;
                }
                if (second == text.Length || text[second] is '\n' or '\r' or ',' or '.' or ')' or ';')
                {
                    end = second;
                }
            }
            output.Add(new(PiiCategory.Address, i, end, CandidatePriority.Address));
        }
    }

    /// <summary>"er wohnt Dorfstraße 7, OT Groß Pümmelow": a village's district after a house number, without a postcode.</summary>
    private static void AddDistrictsAfterHouseNumbers(string text, DigitRuns runs, List<Candidate> output)
    {
        // ", OT " right after a run of digits or after one lower-case letter behind it ("7a, OT …"), in order. The search
        // for ", OT " through the whole text it replaces stopped at a match at the very start.
        if (text.StartsWith(", OT ", StringComparison.Ordinal))
        {
            return;
        }
        for (var run = 0; run < runs.Count; run++)
        {
            var at = runs.End(run);
            if (at < text.Length && char.IsAsciiLetterLower(text[at]))
            {
                at++;
            }
            if (!text.AsSpan(at).StartsWith(", OT ", StringComparison.Ordinal))
            {
                continue;
            }
            var start = at + 2;
            var end = ReadPlaceName(text, start + "OT ".Length);
            if (end > start + "OT ".Length)
            {
                output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
            }
        }
    }

    private static readonly string[] CountryPrefixes = ["DK-", "A-", "CH-", "NL-", "B-", "F-", "L-", "PL-", "CZ-", "I-", "S-", "N-", "FIN-",
        // The Baltic states, Slovakia, Hungary, Croatia, Slovenia, Spain, Portugal, Greece, Romania, Bulgaria.
        "LT-", "LV-", "EE-", "SK-", "H-", "HR-", "SLO-", "E-", "P-", "GR-", "RO-", "BG-",
        // Moldova ("MD-2001 Chișinău") and Ukraine write the country's code before the postcode too.
        "MD-", "UA-"];

    /// <summary>"DK-6200 Aabenraa", "A-1010 Wien", "CH-8001 Zürich": a postcode with its country letters, then a town.</summary>
    private static void AddCountryPrefixedPostcodes(string text, DigitRuns runs, List<Candidate> output)
    {
        // The hyphens right before a run of digits, in order. The search for every hyphen it replaces stopped at a hyphen
        // at the very start.
        if (text.StartsWith('-'))
        {
            return;
        }
        for (var run = 0; run < runs.Count; run++)
        {
            var at = runs.Start(run) - 1;
            if (at < 1 || text[at] != '-' || !char.IsAsciiLetterUpper(text[at - 1]))
            {
                continue;
            }
            var start = at - 1;
            while (start > 0 && at - start < 3 && char.IsAsciiLetterUpper(text[start - 1]))
            {
                start--;
            }
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || !CountryPrefixes.Contains(text.Substring(start, at - start + 1)))
            {
                continue;
            }
            var i = at + 1;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i - at - 1 is < 4 or > 5 || i + 2 >= text.Length || text[i] != ' ' || !char.IsUpper(text[i + 1]))
            {
                continue;
            }
            i++;
            // "CH-7013 Domat/Ems": a town of two names joined by a slash.
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' || (text[i] == '/' && i + 1 < text.Length && char.IsUpper(text[i + 1]))))
            {
                i++;
            }
            output.Add(new(PiiCategory.Address, start, i, CandidatePriority.Address));
        }
    }

    /// <summary>"Schönbrunner Straße 118/7, 1050 Wien": a four-digit postcode (Austria, Switzerland) right after a street.</summary>
    private static void AddFourDigitPostcodeCity(string text, int end, List<Candidate> output)
    {
        var i = end;
        // "Annenstraße 41/Top 3\n8020 Graz": an Austrian flat ("Top", "Stiege", "Tür") may end the street line.
        if (i + 4 < text.Length && text[i] is '/' or ',' && text.AsSpan(i, Math.Min(14, text.Length - i)).IndexOf('\n') is var lineEnd && lineEnd > 0
            && (text.AsSpan(i, lineEnd).Contains("Top", StringComparison.Ordinal) || text.AsSpan(i, lineEnd).Contains("Stiege", StringComparison.Ordinal)
                || text.AsSpan(i, lineEnd).Contains("Tür", StringComparison.Ordinal)))
        {
            i += lineEnd;
        }
        // "Annenstraße 32, Top 5, 8020 Graz": the flat on the street's own line, before the town.
        while (FlatPartEnd(text, i) is var flatEnd && flatEnd > i)
        {
            i = flatEnd;
        }
        // "Hauptplatz 12, 8010 Graz", or the next line of an address block ("Hauptplatz 12\n8010 Graz\nÖsterreich").
        var ownLine = i + 1 < text.Length && (text[i] == '\n' || (text[i] == '\r' && text[i + 1] == '\n'));
        // "Bahnhofstrasse 8;8001 Zürich;…": the next field of a semicolon export.
        var field = i + 1 < text.Length && text[i] == ';';
        if (!ownLine && !field && (i + 2 >= text.Length || text[i] != ',' || text[i + 1] != ' '))
        {
            return;
        }
        i += ownLine ? (text[i] == '\r' ? 2 : 1) : field ? 1 : 2;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i - start != 4 || text[start] == '0' || i + 2 >= text.Length || text[i] != ' ' || !char.IsUpper(text[i + 1]))
        {
            return;
        }
        var cityStart = ++i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }
        var city = text.AsSpan(cityStart, i - cityStart);
        var saint = city is "St" && i + 2 < text.Length && text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
        if ((city.Length < 3 && !saint) || i - cityStart == 0 || city.Equals("Euro", StringComparison.Ordinal) || city.Equals("EUR", StringComparison.Ordinal)
            || char.IsUpper(city[^1]) || (i < text.Length && char.IsAsciiDigit(text[i]))
            || (ownLine && i < text.Length && text[i] is not ('\n' or '\r') && !CountryFollows(text, i)))
        {
            return;
        }
        // "9000 St. Gallen": the saint's town read on.
        output.Add(new(PiiCategory.Address, start, saint ? ExtendCity(text, i, city) : i, CandidatePriority.Address));
    }

    /// <summary>
    /// After a street found by its shape, the postcode and town of another country's address on the same line after a
    /// comma or on the next line, past a flat ("Strada Florilor 12, 400123 Cluj-Napoca", "Masarykova 31, 602 00 Brno",
    /// "Vestergade 14, 2. th., 8000 Aarhus C", "Rua Padre Anchieta, 1142, apto 503\n80410-030 Curitiba"): six digits
    /// (Romania, India, Russia, China), three and two (Czechia, Slovakia, Sweden, Greece), five, a hyphen and three
    /// (Brazil), four (Denmark, Norway, Belgium, Hungary, Austria). German five-digit postcodes are read elsewhere.
    /// </summary>
    private static void AddForeignPostcodeCity(string text, int end, List<Candidate> output)
    {
        var i = ForeignFlatEnd(text, end);
        if (i + 8 >= text.Length)
        {
            return;
        }
        if (text[i] == ',' && text[i + 1] == ' ')
        {
            i += 2;
        }
        else if (text[i] is '\n' or ';')
        {
            i++;
        }
        else
        {
            return;
        }
        var postcode = i;
        var first = ReadDigits(text, i) - i;
        i += first;
        if (first == 3 && i + 3 < text.Length && text[i] == ' ' && ReadDigits(text, i + 1) == i + 3)
        {
            i += 3; // "602 00"
        }
        else if (first == 5 && i + 4 < text.Length && text[i] == '-' && ReadDigits(text, i + 1) == i + 4)
        {
            i += 4; // "80410-030"
        }
        else if (first is not (4 or 6))
        {
            return;
        }
        // (A Brazilian postcode may start with 0; the other forms do not.)
        if (i + 3 >= text.Length || text[i] != ' ' || !char.IsUpper(text[i + 1]) || (text[postcode] == '0' && first != 5))
        {
            return;
        }
        // The town: capitalised words, hyphens and single capitals ("Aarhus C") up to the line's or the part's end.
        var townEnd = i + 1;
        var k = townEnd;
        while (k < text.Length && k - i <= 40)
        {
            var wordEnd = k;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }
            if (wordEnd == k || !char.IsUpper(text[k]))
            {
                break;
            }
            townEnd = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || !char.IsUpper(text[wordEnd + 1]))
            {
                break;
            }
            k = wordEnd + 1;
        }
        var town = text.AsSpan(i + 1, townEnd - i - 1);
        if (town.Length >= 2 && (townEnd == text.Length || !char.IsDigit(text[townEnd])) && !StartsWithAmountUnit(town))
        {
            output.Add(new(PiiCategory.Address, postcode, townEnd, CandidatePriority.Address));
        }
    }

    /// <summary>"Bahnhofstraße 12, 2500 Euro Kaution": an amount or a count after the street, not a postcode.</summary>
    private static bool StartsWithAmountUnit(ReadOnlySpan<char> town)
    {
        foreach (var unit in AmountUnits)
        {
            if (town.StartsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] AmountUnits = ["Euro", "EUR", "Dollar", "USD", "Franken", "CHF", "Stück", "Person", "Einwohner", "Quadrat", "Meter", "Kilo", "Tonnen", "Liter"];

    /// <summary>
    /// ", 2. th.", ", ap. 4", ", apto 503", ", Whg. 0308": a flat or floor of up to twelve characters with a digit between two
    /// commas after the house number; the position of the second comma, or <paramref name="i"/>.
    /// </summary>
    private static int ForeignFlatEnd(string text, int i)
    {
        if (i + 4 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return i;
        }
        var k = i + 2;
        var digits = 0;
        while (k < text.Length && k - i <= 14 && text[k] is not (',' or '\n'))
        {
            digits += char.IsAsciiDigit(text[k]) ? 1 : 0;
            k++;
        }
        var flat = text.AsSpan(i + 2, k - i - 2);
        return k < text.Length && text[k] is ',' or '\n' && digits is > 0 and <= 4
            && (flat.Contains('.') || flat.StartsWith("apto", StringComparison.Ordinal) || flat.StartsWith("Apt", StringComparison.Ordinal))
            ? k
            : i;
    }

    /// <summary>
    /// "Max-Müller-Straße 17, Whg. 0308", "Hauptstraße 5, App. 12": the flat's number names the household as much as the
    /// house number; the end after it, or <paramref name="end"/>.
    /// </summary>
    private static int IncludeFlat(string text, int end)
    {
        // "Str. Observatorului 112 ap. 9": an abbreviated flat may follow the number after a space alone.
        var spaced = end + 6 < text.Length && text[end] == ' ' && FlatAfterSpace(text.AsSpan(end + 1));
        if (end + 6 >= text.Length || (!spaced && (text[end] != ',' || text[end + 1] != ' ')))
        {
            return end;
        }
        var i = end + (spaced ? 1 : 2);
        if (char.IsAsciiDigit(text[i]))
        {
            return IncludeFloor(text, end, i);
        }
        var word = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        if (!FlatWords.Contains(text.AsSpan(word, i - word)))
        {
            return end;
        }
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var digits = ReadDigits(text, i) - i;
        if (digits is < 1 or > 4)
        {
            return end;
        }
        i += digits;
        return i == text.Length || !char.IsLetterOrDigit(text[i]) ? i : end;
    }

    /// <summary>
    /// "Friedensstraße 29, 2. OG rechts", "…, 3. Etage", Danish "…, 1. th.", Portuguese "…, 3.º Esq.": a floor and its side
    /// after the house number name the household like a flat's number; the end after them, or <paramref name="end"/>.
    /// <paramref name="i"/> is the floor's first digit.
    /// </summary>
    private static int IncludeFloor(string text, int end, int i)
    {
        var digits = ReadDigits(text, i) - i;
        i += digits;
        // "3.º" or, in Spain also, "5º": the floor's ordinal sign with or without the full stop before it.
        var ordinal = digits <= 2 && i + 3 < text.Length && text[i] is 'º' or 'ª' ? 1
            : digits <= 2 && i + 4 < text.Length && text[i] == '.' && text[i + 1] is 'º' or 'ª' ? 2 : 0;
        if (ordinal > 0 && text[i + ordinal] == ' ')
        {
            // Portuguese: the floor and the side ("Rua da Liberdade 214, 3.º Esq.", "2.º Dto."); Spanish: the floor and the
            // door's side or letter ("Calle de Ruzafa 22, 4.º B", "5º izda.").
            var side = i + ordinal + 1;
            var sideEnd = side;
            while (sideEnd < text.Length && char.IsLetter(text[sideEnd]))
            {
                sideEnd++;
            }
            if (text.AsSpan(side, sideEnd - side) is not ("Esq" or "Dto" or "Dt" or "Frente" or "Fte" or "Esquerdo" or "Direito"
                    or "izda" or "izq" or "izquierda" or "dcha" or "drcha" or "derecha" or "centro" or "ctro" or "Izda" or "Dcha")
                && !(sideEnd - side == 1 && char.IsAsciiLetterUpper(text[side])))
            {
                return end;
            }
            sideEnd += sideEnd < text.Length && text[sideEnd] == '.' ? 1 : 0;
            return sideEnd == text.Length || !char.IsLetterOrDigit(text[sideEnd]) ? sideEnd : end;
        }
        if (digits > 2 || i + 3 >= text.Length || text[i] != '.' || text[i + 1] != ' ')
        {
            return end;
        }
        var word = i + 2;
        i = word;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        var floor = text.AsSpan(word, i - word);
        if (floor is "th" or "tv" or "mf")
        {
            // Danish: the floor, then the door to the right, left or middle ("Havnegade 7, 1. th.").
            i += i < text.Length && text[i] == '.' ? 1 : 0;
            return i == text.Length || !char.IsLetterOrDigit(text[i]) ? i : end;
        }
        if (floor is not ("OG" or "Etage" or "Stock" or "Obergeschoss"))
        {
            return end;
        }
        foreach (var side in (ReadOnlySpan<string>)[" links", " rechts", " Mitte", " li.", " re."])
        {
            if (text.AsSpan(i).StartsWith(side, StringComparison.Ordinal))
            {
                i += side.Length;
                break;
            }
        }
        return i == text.Length || !char.IsLetterOrDigit(text[i]) ? i : end;
    }

    // "ap": Romanian apartament; "et": Romanian and Bulgarian floor (etaj, etazh).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatWords = new[]
    {
        "Whg", "Wohnung", "App", "Apt", "Appartement", "Apartment", "Zi", "Zimmer", "WE", "ap", "apt", "et",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool FlatAfterSpace(ReadOnlySpan<char> rest) =>
        rest.StartsWith("ap. ", StringComparison.Ordinal) || rest.StartsWith("apt. ", StringComparison.Ordinal)
        || rest.StartsWith("Apt. ", StringComparison.Ordinal) || rest.StartsWith("Whg. ", StringComparison.Ordinal);

    /// <summary>", Top 5", "/Stiege 2", ", Tür 7": an Austrian flat after a house number; the position after it, or <paramref name="i"/>.</summary>
    private static int FlatPartEnd(string text, int i)
    {
        if (i + 6 >= text.Length || text[i] is not (',' or '/'))
        {
            return i;
        }
        var j = text[i + 1] == ' ' ? i + 2 : i + 1;
        foreach (var word in AustrianFlatWords)
        {
            if (text.AsSpan(j).StartsWith(word, StringComparison.Ordinal))
            {
                var k = j + word.Length;
                if (k < text.Length && text[k] == ' ')
                {
                    k++;
                }
                var digits = k;
                while (k < text.Length && char.IsAsciiDigit(text[k]))
                {
                    k++;
                }
                return k > digits && k - digits <= 3 ? k : i;
            }
        }
        return i;
    }

    private static readonly string[] AustrianFlatWords = ["Top", "Stiege", "Tür"];

    /// <summary>
    /// "Gut Wendorf 2", "Hofgut Dammühle 2": a farm or estate named like a street; the word for the estate belongs to the
    /// address. Returns the new start, or <paramref name="start"/>.
    /// </summary>
    private static int IncludeEstatePrefix(string text, int start)
    {
        if (start < 4 || text[start - 1] != ' ')
        {
            return start;
        }
        var wordStart = start - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        return (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1])) && EstateWords.Contains(text.AsSpan(wordStart, start - 1 - wordStart))
            ? wordStart
            : start;
    }

    private static readonly string[] RomanianStreetWords = ["Str. ", "Strada ", "Bd. ", "Bulevardul ", "Calea ", "Aleea ", "Șos. ", "Șoseaua "];

    /// <summary>
    /// "Str. Mihai Eminescu nr. 14": a Romanian street word, capitalised names and "nr." before the number at
    /// <paramref name="digit"/>, on one line; the start, or -1.
    /// </summary>
    private static int RomanianStreetStart(string text, int digit)
    {
        if (digit < 10 || !text.AsSpan(digit - 4, 4).SequenceEqual("nr. "))
        {
            return -1;
        }
        var window = text.AsSpan(Math.Max(0, digit - 60), Math.Min(60, digit) - 4);
        var lineBreak = window.LastIndexOf('\n');
        if (lineBreak >= 0)
        {
            window = window[(lineBreak + 1)..];
        }
        foreach (var word in RomanianStreetWords)
        {
            var at = window.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && char.IsLetterOrDigit(window[at - 1])))
            {
                continue;
            }
            var names = window[(at + word.Length)..];
            if (names.Length > 1 && char.IsUpper(names[0]) && !names.ContainsAny(',', ';', ':'))
            {
                return digit - 4 - window.Length + at;
            }
        }
        return -1;
    }

    /// <summary>", 550173 Sibiu": a Romanian postcode of six digits and a town after the house number.</summary>
    private static void AddSixDigitPostcodeCity(string text, int end, List<Candidate> output)
    {
        if (end + 10 < text.Length && text[end] == ',' && text[end + 1] == ' '
            && PostcodeTownEnd(text, end + 2, digits: 6, lowerCaseTown: false) is var townEnd and > 0)
        {
            output.Add(new(PiiCategory.Address, end + 2, townEnd, CandidatePriority.Address));
        }
    }

    /// <summary>"Gut Wendorf 5": an estate word, one capitalised name and the number at <paramref name="digit"/>; the start, or -1.</summary>
    private static int EstateStreetStart(string text, int digit)
    {
        var nameStart = digit - 1;
        while (nameStart > 0 && char.IsLetter(text[nameStart - 1]))
        {
            nameStart--;
        }
        if (nameStart >= digit - 2 || !char.IsUpper(text[nameStart]) || nameStart < 4 || text[nameStart - 1] != ' ')
        {
            return -1;
        }
        var start = IncludeEstatePrefix(text, nameStart);
        return start < nameStart ? start : -1;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EstateWords = new[]
    {
        "Gut", "Hofgut", "Rittergut", "Vorwerk", "Forsthaus", "Gehöft",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"6020 Innsbruck, Österreich": the country after the town of an address block's last line.</summary>
    private static bool CountryFollows(string text, int i) =>
        text.AsSpan(i).StartsWith(", Österreich", StringComparison.Ordinal) || text.AsSpan(i).StartsWith(", Schweiz", StringComparison.Ordinal)
        || text.AsSpan(i).StartsWith(", Austria", StringComparison.Ordinal) || text.AsSpan(i).StartsWith(", Switzerland", StringComparison.Ordinal)
        || text.AsSpan(i).StartsWith(", Liechtenstein", StringComparison.Ordinal);

    /// <summary>
    /// "in die Seestr. 45, hinterhaus 3.OG, 12459 berlin": a lower-case postcode line later in the same clause as a
    /// street (after the flat's details), within 40 characters.
    /// </summary>
    private static void AddLowerCasePostcodeCityLater(string text, int end, List<Candidate> output)
    {
        var window = text.AsSpan(end, Math.Min(40, text.Length - end));
        var stop = window.IndexOfAny('\n', '!', '?');
        if (stop >= 0)
        {
            window = window[..stop];
        }
        var comma = window.LastIndexOf(", ", StringComparison.Ordinal);
        // "Am Zollhafen 22, 26397 jadehafen": the comma may follow the house number at once.
        if (comma < 0 || EndsSentence(window[..comma]))
        {
            return;
        }
        AddLowerCasePostcodeLine(text, end + comma + 2, output);
    }

    /// <summary>A full stop after a word and a capital after it ("… 2. OG" is a floor, not a sentence's end).</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        for (var at = 1; at + 2 < s.Length; at++)
        {
            if (s[at] == '.' && s[at + 1] == ' ' && char.IsLetter(s[at - 1]) && char.IsUpper(s[at + 2]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A signature's address line: "gabi vogt\nachter de möhl 3\ntel 046 21 …", "r. kühnle\nuntergasse 21\n…". One to four
    /// words and a house number alone on a line, under a short line without digits (the name) and above a postcode or a
    /// phone line, is the sender's street, whatever its words. Rooms and floors ("Zimmer 204") are not. Its start or -1.
    /// </summary>
    private static int ContactBlockStreetLine(string text, int digit, int numberEnd)
    {
        var lineEnd = numberEnd;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\r')
        {
            lineEnd++;
        }
        if (lineEnd >= text.Length || text[lineEnd] != '\n')
        {
            return -1;
        }
        var lineStart = digit;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && digit - lineStart < 40)
        {
            lineStart--;
        }
        if (lineStart < 2 || text[lineStart - 1] != '\n')
        {
            return -1;
        }
        var words = 0;
        for (var i = lineStart; i < digit - 1; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                continue;
            }
            if (!char.IsLetter(c) && c is not ('.' or '-' or '\''))
            {
                return -1;
            }
            if (i == lineStart || text[i - 1] == ' ')
            {
                words++;
            }
        }
        var firstWordEnd = text.IndexOf(' ', lineStart, digit - lineStart);
        if (words is < 1 or > 4 || digit - 1 - lineStart < 4 || text[digit - 1] != ' '
            || IsNotStreetWord(text.AsSpan(lineStart, (firstWordEnd < 0 ? digit - 1 : firstWordEnd) - lineStart).TrimEnd('.'))
            || IsNotStreetWord(text.AsSpan(lineStart, digit - 1 - lineStart).TrimEnd('.')))
        {
            return -1;
        }
        // The line above: a name (short, no digits, not blank).
        var aboveEnd = lineStart - 1;
        var aboveStart = aboveEnd;
        while (aboveStart > 0 && text[aboveStart - 1] != '\n' && aboveEnd - aboveStart < 60)
        {
            aboveStart--;
        }
        var above = text.AsSpan(aboveStart, aboveEnd - aboveStart).TrimEnd('\r').Trim();
        if (above.Length < 4 || above.Length > 50 || above.ContainsAnyInRange('0', '9') || above.EndsWith(":", StringComparison.Ordinal)
            || IsOfficeLine(above))
        {
            return -1;
        }
        // The line below: a postcode or a phone.
        var below = text.AsSpan(lineEnd + 1, Math.Min(12, text.Length - lineEnd - 1));
        var digits = 0;
        while (digits < below.Length && char.IsAsciiDigit(below[digits]))
        {
            digits++;
        }
        var postcode = digits is 4 or 5 && digits < below.Length && below[digits] == ' ';
        var phone = below.StartsWith("tel", StringComparison.OrdinalIgnoreCase) || below.StartsWith("fon", StringComparison.OrdinalIgnoreCase)
            || below.StartsWith("mobil", StringComparison.OrdinalIgnoreCase) || below.StartsWith("handy", StringComparison.OrdinalIgnoreCase)
            || below.StartsWith("+", StringComparison.Ordinal) || (digits >= 3 && below[0] == '0');
        return postcode || phone ? lineStart : -1;
    }

    /// <summary>"Steueramt", "Fachdienst Wohngeld", "Stadt Haselbrück": a letterhead's office, whose address is no one's.</summary>
    private static bool IsOfficeLine(ReadOnlySpan<char> line)
    {
        foreach (var word in OfficeLineWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] OfficeLineWords =
        ["amt", "stelle", "fachdienst", "fachbereich", "abteilung", "referat", "dezernat", "büro", "verwaltung", "stadt", "gemeinde",
         "kreis", "bezirk", "behörde", "zentrum", "schule", "kita", "gmbh", "verein", "e.v."];

    // Turkish street words stand after the name, and "No:" before the house number: "Atatürk Cad. No: 45/3", "İnönü
    // Caddesi No: 45/3", "Gül Sokak No. 12".
    private static readonly string[] TurkishStreetWords = ["Caddesi", "Cad.", "Cd.", "Sokak", "Sokağı", "Sok.", "Sk.", "Bulvarı", "Blv."];

    // A Turkish street's " No" follows its street word: one search for the pairs decides whether a text has any, instead
    // of a look at every " No" ("Nord", "Notfall", "November") of a German text.
    private static readonly SearchValues<string> AnyTurkishStreetWordAndNumberSign =
        SearchValues.Create(TurkishStreetWords.Select(word => word + " No").ToArray(), StringComparison.Ordinal);

    /// <summary>"Atatürk Caddesi No: 12": <paramref name="from"/> is where the first word of either foreign street rule stands.</summary>
    private static void AddTurkishStreets(string text, int from, List<Candidate> output)
    {
        var found = text.AsSpan(from).IndexOfAny(AnyTurkishStreetWordAndNumberSign);
        if (found < 0)
        {
            return;
        }
        var first = from + found;
        for (var at = text.IndexOf(" No", first, StringComparison.Ordinal); at >= 0 && at + 5 < text.Length;
             at = text.IndexOf(" No", at + 3, StringComparison.Ordinal))
        {
            var i = at + 3;
            if (text[i] is ':' or '.')
            {
                i++;
            }
            while (i < text.Length && text[i] == ' ' && i - at < 6)
            {
                i++;
            }
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                continue;
            }
            var numberEnd = ReadHouseNumber(text, i);
            if (numberEnd == i)
            {
                continue;
            }
            var before = text.AsSpan(0, at);
            var streetWord = -1;
            foreach (var word in TurkishStreetWords)
            {
                if (before.EndsWith(word, StringComparison.Ordinal) && (at - word.Length == 0 || text[at - word.Length - 1] == ' '))
                {
                    streetWord = at - word.Length;
                    break;
                }
            }
            if (streetWord < 2)
            {
                continue;
            }
            // The name: one or two capitalised words before the street word ("Atatürk", "Cumhuriyet").
            var start = CapitalisedWordsBefore(text, streetWord, 2);
            // "1453. Sok.": a numbered street.
            if (start == streetWord && start > 2 && text[start - 1] == ' ' && text[start - 2] == '.' && char.IsAsciiDigit(text[start - 3]))
            {
                var digits = start - 3;
                while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
                {
                    digits--;
                }
                start = digits;
            }
            if (start < streetWord)
            {
                output.Add(new(PiiCategory.Address, TurkishQuarterStart(text, start), TurkishFlatEnd(text, numberEnd), CandidatePriority.Address));
            }
        }
    }

    /// <summary>
    /// Where up to <paramref name="maxWords"/> capitalised words right before <paramref name="start"/> (one space apart)
    /// begin: the name before a street word that follows it ("Atatürk Cad.", "Bartók Béla út"); <paramref name="start"/>
    /// when there is none.
    /// </summary>
    internal static int CapitalisedWordsBefore(string text, int start, int maxWords)
    {
        for (var words = 0; words < maxWords && start > 1 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]); words++)
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }
            if (!char.IsUpper(text[wordStart]))
            {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    /// <summary>"Cumhuriyet Mah. Gül Sok. …": the quarter (mahalle) named before the street belongs to the address.</summary>
    private static int TurkishQuarterStart(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var quarter in (ReadOnlySpan<string>)["Mah.", "Mh.", "Mahallesi"])
        {
            if (before.EndsWith(quarter, StringComparison.Ordinal) && before.Length > quarter.Length + 2 && before[^(quarter.Length + 1)] == ' ')
            {
                var nameEnd = before.Length - quarter.Length - 1;
                var nameStart = nameEnd;
                while (nameStart > 0 && char.IsLetter(text[nameStart - 1]))
                {
                    nameStart--;
                }
                return nameStart < nameEnd && char.IsUpper(text[nameStart]) ? nameStart : start;
            }
        }
        return start;
    }

    /// <summary>"No: 12 D: 4", "No: 7 Daire 3", "No: 5 Kat: 2": the flat (daire) or floor (kat) after the house number.</summary>
    private static int TurkishFlatEnd(string text, int end)
    {
        // (The house number's reader took the "D" of "12 D: 4" for a letter of the number.)
        if (end >= 2 && end < text.Length && text[end] == ':' && text[end - 1] == 'D' && text[end - 2] == ' ')
        {
            end -= 2;
        }
        foreach (var flat in (ReadOnlySpan<string>)[" D:", " D.", " Daire", " Kat", " Kat:", " Daire:"])
        {
            if (text.AsSpan(end).StartsWith(flat, StringComparison.Ordinal))
            {
                var i = end + flat.Length;
                while (i < text.Length && i - end - flat.Length < 2 && text[i] is ' ' or ':')
                {
                    i++;
                }
                var digits = i;
                while (i < text.Length && i - digits < 3 && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                if (i > digits && (i == text.Length || !char.IsLetterOrDigit(text[i])))
                {
                    return i;
                }
            }
        }
        return end;
    }

    // English addresses put the number first: "27 Fifth Main Road", "14 El-Nasr Street".
    // "St" and "Dr" are left out: in German text they are Sankt and Doktor.
    private static readonly string[] EnglishStreetWords = [" Street", " Road", " Avenue", " Lane", " Drive", " Boulevard", " Ave", " Blvd", " Rd",
        // British closes, crescents and terraces ("14 Larkspur Close", "7 Braid Hills Crescent").
        " Close", " Crescent", " Terrace", " Gardens", " Mews", " Grove"];

    // Most texts hold none of the words: one search for all of them instead of one per word decides that.
    private static readonly SearchValues<string> AnyEnglishStreetWord = SearchValues.Create(EnglishStreetWords, StringComparison.Ordinal);

    // The words of both foreign street rules, searched together first (declared after both word lists,
    // which static initialisation needs).
    private static readonly SearchValues<string> AnyForeignStreetWord = SearchValues.Create(
        [.. TurkishStreetWords.Select(word => word + " No"), .. EnglishStreetWords], StringComparison.Ordinal);

    /// <summary>"27 Fifth Main Road": <paramref name="from"/> is where the first word of either foreign street rule stands.</summary>
    private static void AddEnglishStreets(string text, int from, List<Candidate> output)
    {
        var found = text.AsSpan(from).IndexOfAny(AnyEnglishStreetWord);
        if (found < 0)
        {
            return;
        }
        var first = from + found;
        // Word by word from the first one found, as the candidates have always been added.
        foreach (var streetWord in EnglishStreetWords)
        {
            for (var at = text.IndexOf(streetWord, first, StringComparison.Ordinal); at >= 0; at = text.IndexOf(streetWord, at + streetWord.Length, StringComparison.Ordinal))
            {
                var end = at + streetWord.Length;
                if (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    continue;
                }
                // One to three capitalised words before the street word, read backwards, each after a space.
                var start = at;
                var words = 0;
                while (words < 3)
                {
                    var wordStart = start == at ? at : start - 1;
                    var wordEnd = wordStart;
                    while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
                    {
                        wordStart--;
                    }
                    if (wordStart == wordEnd || !char.IsUpper(text[wordStart]))
                    {
                        break;
                    }
                    start = wordStart;
                    words++;
                    if (start < 2 || text[start - 1] != ' ')
                    {
                        break;
                    }
                }
                if (words == 0 || start < 2 || text[start - 1] != ' ')
                {
                    continue;
                }
                var numberEnd = start - 1;
                var numberStart = numberEnd;
                while (numberStart > 0 && (char.IsAsciiDigit(text[numberStart - 1]) || (numberStart == numberEnd && char.IsAsciiLetter(text[numberStart - 1]))))
                {
                    numberStart--;
                }
                if (numberStart == numberEnd || !char.IsAsciiDigit(text[numberStart]) || numberEnd - numberStart > 5
                    || (numberStart > 0 && text[numberStart - 1] is not (' ' or '\n' or ',' or '(' or ':')))
                {
                    continue;
                }
                end = FlatAfterEnglishStreet(text, end);
                output.Add(new(PiiCategory.Address, numberStart, end, CandidatePriority.Address));
                AddCityBeforePostcode(text, end, output);
            }
        }
    }

    /// <summary>
    /// "Harrogate HG2 7QT", "Edinburgh EH10 6JX", "Oxford OX4 1HP": a British town and its postcode (outward code: one
    /// or two letters, a digit, maybe a letter or digit; inward code: a digit and two letters), in a text that names
    /// the country — no German word or number has that shape, but the search runs only where it can be.
    /// </summary>
    private static void AddBritishPostcodes(string text, DigitRuns runs, List<Candidate> output)
    {
        // The inward code is a single digit after a space and before two capitals: the runs of digits rule out almost
        // every text before the country's names are looked for.
        if (!AnyInwardCode(text, runs) || !(text.Contains("United Kingdom", StringComparison.Ordinal) || text.Contains("UK", StringComparison.Ordinal)
              || text.Contains("England", StringComparison.Ordinal) || text.Contains("Scotland", StringComparison.Ordinal)
              || text.Contains("Wales", StringComparison.Ordinal) || text.Contains("Britain", StringComparison.Ordinal)))
        {
            return;
        }
        foreach (var m in BritishTownAndPostcode().EnumerateMatches(text))
        {
            output.Add(new(PiiCategory.Address, m.Index, m.Index + m.Length, CandidatePriority.Address));
        }
    }

    /// <summary>Whether a British postcode's inward code ("7QT": a digit, two capitals) stands after a space somewhere.</summary>
    private static bool AnyInwardCode(string text, DigitRuns runs)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var start = runs.Start(r);
            var end = runs.End(r);
            if (end - start == 1 && start > 0 && text[start - 1] == ' ' && end + 1 < text.Length
                && char.IsAsciiLetterUpper(text[end]) && char.IsAsciiLetterUpper(text[end + 1]))
            {
                return true;
            }
        }
        return false;
    }

    // Bounded: a town of one or two capitalised words, then the two parts of the postcode.
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})? [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex BritishTownAndPostcode();

    /// <summary>"23 Fouad Street, Apt. 7": the flat after the street, its end, or <paramref name="end"/>.</summary>
    private static int FlatAfterEnglishStreet(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(20, text.Length - end));
        foreach (var flat in (ReadOnlySpan<string>)[", Apt. ", ", Apt ", ", Flat ", ", Suite ", ", Apartment ", ", Unit "])
        {
            if (rest.StartsWith(flat, StringComparison.Ordinal))
            {
                var numberEnd = ReadDigits(text, end + flat.Length);
                if (numberEnd > end + flat.Length && numberEnd - end - flat.Length <= 4)
                {
                    return ReadLetterSuffix(text, numberEnd);
                }
            }
        }
        return end;
    }

    /// <summary>
    /// "…, Alexandria 21599", "…, Karachi 75300": the town, then its postcode, after a street abroad — one or two
    /// capitalised words and four to six digits that end there.
    /// </summary>
    private static void AddCityBeforePostcode(string text, int end, List<Candidate> output)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return;
        }
        var i = end + 2;
        var cityStart = i;
        for (var words = 0; words < 2 && i < text.Length && char.IsUpper(text[i]); words++)
        {
            var wordEnd = ReadPlaceWord(text, i);
            if (wordEnd == i || wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                return;
            }
            i = wordEnd + 1;
            var digitsEnd = ReadDigits(text, i);
            if (digitsEnd - i is >= 4 and <= 6 && (digitsEnd == text.Length || !char.IsLetterOrDigit(text[digitsEnd])))
            {
                output.Add(new(PiiCategory.Address, cityStart, digitsEnd, CandidatePriority.Address));
                return;
            }
        }
    }

    /// <summary>
    /// "Baugrundstück Lüttenheid 21" … "Nachbar (Lüttenheid 19)": once a street is found with a house number, its
    /// other numbers in the same text are addresses too, even where the name alone would not tell.
    /// </summary>
    private static void AddOtherNumbersOfFoundStreets(string text, DigitRuns runs, List<Candidate> output)
    {
        var found = output.Count;
        // Each street is searched once, and at most 32 of them: a text of thousands of addresses stays linear. The
        // streets are kept as spans of the text (start, length), compared by their characters: no string per street.
        var streetBuffer = default(FixedBuffer32<(int Start, int Length)>);
        Span<(int Start, int Length)> streets = streetBuffer;
        var streetCount = 0;
        // The starts of every candidate found before this rule and of its own finds: made only when a number is added.
        HashSet<int>? starts = null;
        for (var c = 0; c < found; c++)
        {
            var address = output[c];
            if (address.Category != PiiCategory.Address || !char.IsUpper(text[address.Start]))
            {
                continue;
            }
            // The street name: everything before the house number.
            var span = text.AsSpan(address.Start, address.End - address.Start);
            var digit = span.IndexOfAnyInRange('0', '9');
            // Short words ("Feld 1", "Raum 2") repeat with numbers in forms: only names of five letters or more.
            if (digit < 6 || span[digit - 1] != ' ' || span[..(digit - 1)].ContainsAny('\n', ','))
            {
                continue;
            }
            var street = text.AsSpan(address.Start, digit);
            if (streetCount >= MaxSearchedStreets || IsSearchedAlready(text, streets[..streetCount], street))
            {
                continue;
            }
            streets[streetCount++] = (address.Start, digit);
            // The name ends with a space, so an occurrence followed by a digit ends where a run of digits starts: only those
            // are looked at, unless the name can overlap itself (the search skipped an occurrence that overlapped the last).
            if (OverlapsItself(street))
            {
                for (var at = text.AsSpan().IndexOf(street, StringComparison.Ordinal); at >= 0;)
                {
                    AddOtherNumber(text, address.Start, at, street.Length, found, ref starts, output);
                    var next = text.AsSpan(at + street.Length).IndexOf(street, StringComparison.Ordinal);
                    at = next < 0 ? -1 : at + street.Length + next;
                }
                continue;
            }
            for (var run = 0; run < runs.Count; run++)
            {
                var at = runs.Start(run) - street.Length;
                if (at >= 0 && text.AsSpan(at, street.Length).SequenceEqual(street))
                {
                    AddOtherNumber(text, address.Start, at, street.Length, found, ref starts, output);
                }
            }
        }
    }

    private const int MaxSearchedStreets = 32;

    private static bool IsSearchedAlready(string text, ReadOnlySpan<(int Start, int Length)> streets, ReadOnlySpan<char> street)
    {
        foreach (var (start, length) in streets)
        {
            if (text.AsSpan(start, length).SequenceEqual(street))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OverlapsItself(ReadOnlySpan<char> s)
    {
        for (var k = 1; k < s.Length; k++)
        {
            if (s[..k].SequenceEqual(s[^k..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The found street's name again at <paramref name="at"/>: an address if a house number ends the phrase there.</summary>
    private static void AddOtherNumber(string text, int foundStart, int at, int streetLength, int found, ref HashSet<int>? starts, List<Candidate> output)
    {
        var number = at + streetLength;
        if (at == foundStart || (at > 0 && char.IsLetterOrDigit(text[at - 1])) || number >= text.Length || !char.IsAsciiDigit(text[number]))
        {
            return;
        }
        var numberEnd = ReadHouseNumber(text, number);
        // Only where the number ends the phrase ("(Lüttenheid 19)", "Lüttenheid 21 ein"): "Feld 1 Name:" of a form is a
        // field, however often it repeats.
        var next = numberEnd + 1 < text.Length && text[numberEnd] == ' ' ? text[numberEnd + 1] : ' ';
        if (numberEnd <= number || ContextWindow.GluedAfter(text, numberEnd) || char.IsUpper(next) || char.IsAsciiDigit(next))
        {
            return;
        }
        if (starts is null)
        {
            starts = new HashSet<int>();
            for (var k = 0; k < found; k++)
            {
                starts.Add(output[k].Start);
            }
        }
        // Overlaps with other findings are left to the overlap resolution; only the street's own finds are skipped.
        if (starts.Add(at))
        {
            output.Add(new(PiiCategory.Address, at, numberEnd, CandidatePriority.Address));
        }
    }

    /// <summary>"kirchstraße 40 in 59759 arnsberg", "sauerstr. 17, 59821 arnsberg": the lower-case postcode and town after it.</summary>
    private static void AddLowerCasePostcodeCity(string text, int end, List<Candidate> output, bool allowNextLine = false)
    {
        if (PostcodeStartAfterNumber(text, end, allowNextLine) is var start && start >= 0)
        {
            AddLowerCasePostcodeLine(text, start, output);
        }
    }

    /// <summary>"59759 arnsberg": five digits at <paramref name="start"/>, a space and a lower-case town.</summary>
    private static void AddLowerCasePostcodeLine(string text, int start, List<Candidate> output)
    {
        if (PostcodeTownEnd(text, start, digits: 5, lowerCaseTown: true) is var end and > 0)
        {
            output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
        }
    }

    /// <summary>
    /// Exactly <paramref name="digits"/> digits at <paramref name="start"/>, one space and a town starting with a letter of
    /// the given case (letters and hyphens); the town's end, or -1.
    /// </summary>
    private static int PostcodeTownEnd(string text, int start, int digits, bool lowerCaseTown)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i - start != digits || i + 1 >= text.Length || text[i] != ' ' || (lowerCaseTown ? !char.IsLower(text[i + 1]) : !char.IsUpper(text[i + 1])))
        {
            return -1;
        }
        i++;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }
        return i;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetLinkWords = new[]
    {
        "der", "den", "dem", "des", "die", "am", "im", "zum", "zur", "von", "vom", "auf", "an", "in", "bei", "zu", "ob",
        "unter", "vor", "hinter", "auf'm",
        // Inside foreign street names after their street word: "Rue de la Loi", "Via del Corso", "Rua do Carmo".
        "de", "la", "le", "les", "du", "del", "della", "dei", "degli", "delle", "di", "da", "do", "dos", "das", "y",
        // Croatian and Serbian street names in the genitive: "Ulica grada Vukovara", "Trg kralja Tomislava".
        "grada", "kralja", "svetog", "svete",
        // Romanian and Moldovan: "str. Ștefan cel Mare 64", "Bulevardul lui Mihai".
        "cel", "lui",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryStreet(string text, int matchStart, int matchEnd, out int start, out int end)
    {
        start = matchStart;
        end = matchEnd;
        if (ContextWindow.GluedAfter(text, end) || FollowedByUnit(text, end))
        {
            return false;
        }
        // Split the match into words; the last word before the number is the street core.
        var wordBuffer = default(FixedBuffer8<(int Start, int End)>);
        Span<(int Start, int End)> words = wordBuffer;
        var count = 0;
        var i = matchStart;
        var numberStart = -1;
        while (i < matchEnd && count < words.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                numberStart = i;
                break;
            }
            var w = i;
            while (i < matchEnd && text[i] != ' ')
            {
                i++;
            }
            words[count++] = (w, i);
            while (i < matchEnd && text[i] == ' ')
            {
                i++;
            }
        }
        if (numberStart < 0 || count == 0)
        {
            return false;
        }
        var core = Word(text, words[count - 1]);
        var coreBare = core.TrimEnd('.');
        if (core.Length > coreBare.Length && !coreBare.EndsWith("str", StringComparison.OrdinalIgnoreCase) && coreBare.Length > 4
            && text.AsSpan(words[count - 1].End, numberStart - words[count - 1].End).Trim().IsEmpty && !IsAbbreviatedStreet(coreBare))
        {
            // "… auf der Hauptstraße. 312 Unterschriften …": a full stop after a whole word ends the sentence.
            return false;
        }
        // Asked once: a look-up ignoring case hashes the whole word.
        var coreIsCommonWord = IsNotStreetWord(coreBare);
        if (coreIsCommonWord && !(count >= 2 && IsPlaceAdjectiveStreet(Word(text, words[count - 2]), coreBare))
            && !(count >= 3 && IsPrepositionArticleStreet(Word(text, words[count - 3]), Word(text, words[count - 2])) && PostcodeFollows(text, end)))
        {
            return false;
        }
        // "Straße der Einheit 16", "Salzstraße am Wasser 11", "Siedlung am Wald 8": a street word, articles, then a name.
        for (var k = 0; k < count - 2; k++)
        {
            var head = Word(text, words[k]);
            if (!char.IsUpper(head[0]) || !char.IsUpper(core[0]) || !(HasStrongSuffix(head) || (HasWeakSuffix(head) && PostcodeFollows(text, end))))
            {
                continue;
            }
            var linked = true;
            for (var j = k + 1; j < count - 1 && linked; j++)
            {
                linked = StreetLinkWords.Contains(Word(text, words[j]));
            }
            if (linked && coreBare.Length >= 3 && !coreIsCommonWord)
            {
                start = words[k].Start;
                return true;
            }
        }
        // Where does the street name begin? At a capitalised preposition or an adjective (Mendener, Lange, Alte).
        var first = count - 1;
        var hasPreposition = false;
        var hasAdjective = false;
        for (var k = 0; k < count - 1; k++)
        {
            var w = Word(text, words[k]);
            // Polish and Ukrainian addresses abbreviate their street word in lower case: "ul. Długa 14/3", "vul. Sumska 88".
            if ((Prepositions.Contains(w) || ForeignStreetWords.Contains(w)) && char.IsUpper(w[0]) || w is "ul." or "vul." or "Ul." or "Vul." or "ул." or "вул." or "Ул." or "Вул."
                // Romanian and Moldovan "str. Ștefan cel Mare 64" (strada), Albanian "Rr. Adem Jashari 45" (rruga).
                or "str." or "Rr."
                // "Str. Republicii 45" with a name after it (in "Bahnhof Str. 5" it is the last word, which this loop skips).
                || w is "Str.")
            {
                first = k;
                hasPreposition = true;
                break;
            }
        }
        if (!hasPreposition)
        {
            for (var k = count - 2; k >= 0; k--)
            {
                var w = Word(text, words[k]);
                if (char.IsUpper(w[0]) && IsAdjective(w))
                {
                    first = k;
                    hasAdjective = true;
                }
                else
                {
                    break;
                }
            }
        }
        else
        {
            // "An der Ruhr": the lower-case article after the preposition belongs to the street.
            hasAdjective = false;
        }
        start = words[first].Start;
        var strong = HasStrongSuffix(coreBare) || (core.EndsWith('.') && coreBare.EndsWith("str", StringComparison.OrdinalIgnoreCase));
        if (strong)
        {
            return !coreBare.Equals("Straße", StringComparison.OrdinalIgnoreCase) || hasAdjective || hasPreposition || first < count - 1;
        }
        if (hasPreposition || hasAdjective)
        {
            return HasWeakSuffix(coreBare) || PostcodeFollows(text, end) || ContextWindow.Before(text, start, 40, AddressContext())
                || IsKnownStreet(text, start, words[count - 1].End) || (hasPreposition && char.IsUpper(coreBare[0]) && !coreIsCommonWord);
        }
        return IsKnownStreet(text, start, words[count - 1].End) || PostcodeFollows(text, end)
            || (HasWeakSuffix(coreBare) && ContextWindow.Before(text, start, 40, AddressContext()))
            || (char.IsUpper(coreBare[0]) && coreBare.Length >= 4 && PlotWordBefore(text, start))
            || (count == 1 && IsStandaloneWeakStreet(text, coreBare, start, end));
    }

    /// <summary>
    /// "Lukas Winterhalder, Kohlgrund 9", "Herr Kleespies (Rosenhang 9)", "Petra Faißt · Vogtsgrund 12 · 0151 …",
    /// "am Heringsgang 2": a compound with a landscape ending (grund, hang, rain, marsch …) and a house number that stand
    /// as a phrase of their own — after a comma, a bracket, a colon, a middle dot, a line start or "am"/"im", and before
    /// one of them or a line end — is a street, with no address word near. Inside a sentence ("im Grabfeld 12
    /// gewährleistet") the number may count anything; a cemetery's grave fields keep their numbers.
    /// </summary>
    private static bool IsStandaloneWeakStreet(string text, ReadOnlySpan<char> core, int start, int end)
    {
        if (core.Length < 7 || !char.IsUpper(core[0]) || !HasWeakSuffix(core) || HasWeakSuffix(core[1..^3])
            || core.StartsWith("Grab") || core.StartsWith("Gräber") || core.StartsWith("Urnen"))
        {
            return false;
        }
        // A house number of one to three digits and at most a letter joined to it: "Nabenhöhe 169 m" is a height,
        // "Rückblick 2025" a year.
        var digitsEnd = end;
        while (digitsEnd > start && char.IsLetter(text[digitsEnd - 1]))
        {
            digitsEnd--;
        }
        var digits = digitsEnd;
        while (digits > start && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }
        if (digitsEnd - digits is 0 or > 3 || end - digitsEnd > 1)
        {
            return false;
        }
        var after = end < text.Length ? text[end] : '\n';
        if (after == ' ' && end + 1 < text.Length && text[end + 1] is '·' or '|' or '–')
        {
            after = ',';
        }
        if (after is not (',' or ')' or ';' or '\n' or '\r') && !(after == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
        {
            return false;
        }
        var i = start;
        if (i == 0)
        {
            return true;
        }
        var before = text[i - 1];
        if (before is '(' or '\n' or '\t' or ';')
        {
            return true;
        }
        if (before != ' ' || i < 2)
        {
            return false;
        }
        var mark = text[i - 2];
        return mark is ',' or ':' or '·' or '|' or '–'
            || (i >= 3 && text.AsSpan(i - 3, 2) is "am" or "im" or "at" && (i == 3 || !char.IsLetter(text[i - 4])));
    }

    /// <summary>
    /// "Baugrundstück Lüttenheid 21", "Grundstück Alt-Biesdorf 19", "Nachbarin (Lüttenheid 23 a)": a plot or a neighbour
    /// named right before a word and a number makes a street of any name.
    /// </summary>
    private static bool PlotWordBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && start - i < 3 && text[i - 1] is ' ' or '(')
        {
            i--;
        }
        var end = i;
        while (i > 0 && end - i < 20 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return end > i && end < start && PlotWords.Contains(text.AsSpan(i, end - i));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlotWords = new[]
    {
        "Grundstück", "Baugrundstück", "Grundstücks", "Baugrundstücks", "Anwesen", "Bauvorhaben", "Vorhaben", "Nachbar",
        "Nachbarin", "Nachbarn", "Wohnhaus", "Einfamilienhaus", "Mehrfamilienhaus", "Hofstelle",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Auf der Höhe 17 b" before a postcode: a capitalised preposition and an article make a street of a common noun.</summary>
    private static bool IsPrepositionArticleStreet(ReadOnlySpan<char> preposition, ReadOnlySpan<char> article) =>
        char.IsUpper(preposition[0]) && Prepositions.Contains(preposition) && article is "der" or "dem" or "den";

    /// <summary>"Hellefelder Höhe 19", "Soester Tor 2": a place adjective makes a street of a word that usually is none ("in Höhe von 19 EUR").</summary>
    private static bool IsPlaceAdjectiveStreet(ReadOnlySpan<char> adjective, ReadOnlySpan<char> core) =>
        core is "Höhe" or "Tor" or "Platz" or "Zeile" && adjective.Length >= 5 && char.IsUpper(adjective[0]) && adjective.EndsWith("er", StringComparison.Ordinal)
        && !IsNotStreetWord(adjective) && !Ordinals.Contains(adjective);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ordinals = new[]
    {
        "Erster", "Zweiter", "Dritter", "Vierter", "Fünfter", "Letzter", "Neuer", "Nächster", "Anderer", "Unterer", "Oberer",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Street words of neighbouring languages that open the street name ("Via Roma 18", "Rue de la Paix 4", "ul. Długa 7").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignStreetWords = new[]
    {
        "Via", "Viale", "Piazza", "Corso", "Largo", "Rue", "Avenue", "Place", "Calle", "Avenida", "Plaza", "Rua", "Ulica",
        "Aleja", "Plac", "Strada", "Odos", "Ulitsa", "Sokak", "Caddesi", "Vulytsia", "Trg", "Bulevar", "Cesta",
        // Portuguese lanes, roads and squares ("Travessa dos Pescadores 9").
        "Travessa", "Estrada", "Praça", "Alameda", "Beco",
        // Romanian boulevards, roads, lanes and squares ("Calea Victoriei 12"); French, Catalan
        // and Spanish ways; the Russian and Ukrainian avenue.
        "Bulevardul", "Calea", "Aleea", "Piața", "Șoseaua", "Chemin", "Impasse", "Quai", "Carrer", "Paseo", "Camino",
        "Prospekt",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsAbbreviatedStreet(ReadOnlySpan<char> w) =>
        w.EndsWith("pl", StringComparison.OrdinalIgnoreCase) || w.EndsWith("Prom", StringComparison.Ordinal)
        || w.EndsWith("Ch", StringComparison.Ordinal);

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) w) => text.AsSpan(w.Start, w.End - w.Start);

    private static bool IsKnownStreet(string text, int start, int end) =>
        PiiLexicons.Streets.Contains(text.AsSpan(start, end - start));

    private static bool IsAdjective(ReadOnlySpan<char> w) =>
        w.Length >= 3 && (w.EndsWith("er") || w.EndsWith("e") || w.EndsWith("es") || w.EndsWith("en")) && !IsNotStreetWord(w);

    private static bool HasStrongSuffix(ReadOnlySpan<char> w) => EndsWithAny(w, StrongSuffixesByLastLetter, StrongSuffixes);

    private static bool HasWeakSuffix(ReadOnlySpan<char> w) => EndsWithAny(w, WeakSuffixesByLastLetter, WeakSuffixes);

    /// <summary>
    /// <paramref name="w"/> ends with one of <paramref name="suffixes"/>, ignoring case. Every suffix ends with an ASCII
    /// letter, so a word ending with an ASCII character is compared only with the suffixes ending with that letter (a
    /// handful instead of forty); any other last character is compared with all of them, as before.
    /// </summary>
    private static bool EndsWithAny(ReadOnlySpan<char> w, string[]?[] byLastLetter, string[] suffixes)
    {
        if (w.IsEmpty)
        {
            return false;
        }
        var last = w[^1];
        var candidates = char.IsAscii(last) ? byLastLetter[char.IsAsciiLetterUpper(last) ? last + 32 : last] : suffixes;
        if (candidates is null)
        {
            return false;
        }
        foreach (var suffix in candidates)
        {
            if (w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static string[]?[] GroupByLastLetter(string[] suffixes)
    {
        var groups = new string[]?[128];
        foreach (var group in suffixes.GroupBy(suffix => suffix[^1]))
        {
            if (!char.IsAsciiLetterLower(group.Key))
            {
                throw new InvalidOperationException("Street suffixes end with a lower-case ASCII letter.");
            }
            groups[group.Key] = group.ToArray();
        }
        return groups;
    }

    private static bool PostcodeFollows(string text, int end)
    {
        var i = end;
        // "Birkenleite 11 · 96328 Weißenrodach": a letterhead's middle dot or bar separates the parts too.
        while (i < text.Length && i < end + 4 && text[i] is ',' or ' ' or '\n' or '\r' or '\t' or '·' or '|')
        {
            i++;
        }
        if (i == end)
        {
            return false;
        }
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            digits++;
            i++;
        }
        return digits == 5;
    }

    private static bool FollowedByUnit(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i < text.Length && text[i] is '%' or '€' or '°' or '§')
        {
            return true;
        }
        var w = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i > w && Units.Contains(text.AsSpan(w, i - w));
    }

    private static bool TryPostcodeCity(string text, int matchStart, out int start, out int end)
    {
        start = matchStart;
        var i = matchStart;
        if (text[i] == 'D')
        {
            i++;
            while (text[i] is '-' or ' ')
            {
                i++;
            }
        }
        var postcodeStart = i;
        i += 5;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var cityStart = i;
        var cityEnd = ReadPlaceWord(text, i);
        end = cityEnd;
        if (cityEnd == cityStart || (postcodeStart > 0 && (char.IsLetterOrDigit(text[postcodeStart - 1]) && text[postcodeStart - 1] != 'D')))
        {
            return false;
        }
        var city = text.AsSpan(cityStart, cityEnd - cityStart);
        if (NotCityWords.Contains(city) || text.AsSpan(postcodeStart, 2) is "00")
        {
            return false;
        }
        // Multi-word towns: "Bad Sassendorf", "Frankfurt am Main", "Neustadt an der Weinstraße", "Menden (Sauerland)".
        end = ExtendCity(text, cityEnd, city);
        if (PiiLexicons.Cities.Contains(city))
        {
            return true;
        }
        var before = postcodeStart;
        while (before > 0 && text[before - 1] is ' ' or '\t' or '-' or 'D')
        {
            before--;
        }
        // A field of a semicolon-separated export ("Am Bahndamm 2a;15859 Storkow (Mark);…") starts as a line does.
        // So does a tab table's cell ("Kapellenstraße 28⇥59759 Arnsberg-Hüsten⇥…").
        var lineStart = before == 0 || text[before - 1] is '\n' or '\r' or ',' or ':' or '(' or '|' or '·' or ';' || text[postcodeStart - 1] == '\t';
        // "Wingertsweg 11 67493 Haardtbach": right after a house number, written without a comma.
        // (Read before the postcode itself: the spaces that `before` skipped are the ones this looks for.)
        var afterHouseNumber = postcodeStart > 1 && text[postcodeStart - 1] == ' ' && char.IsLetterOrDigit(text[postcodeStart - 2])
            && (char.IsAsciiDigit(text[postcodeStart - 2]) || (postcodeStart > 2 && char.IsAsciiDigit(text[postcodeStart - 3])));
        return lineStart || afterHouseNumber || ContextWindow.Before(text, postcodeStart, 12, PostcodeContext());
    }

    /// <summary>
    /// A place word, and a second one when the first is a prefix ("Groß Pümmelow", "Neu Zarnitz"): the end of the name,
    /// or <paramref name="i"/> if there is none.
    /// </summary>
    private static int ReadPlaceName(string text, int i)
    {
        var end = ReadPlaceWord(text, i);
        return end > i && CityPrefixes.Contains(text.AsSpan(i, end - i)) && end + 1 < text.Length && text[end] == ' '
            && ReadPlaceWord(text, end + 1) is var second && second > end + 1 ? second : end;
    }

    private static int ReadPlaceWord(string text, int i)
    {
        if (i >= text.Length || !char.IsUpper(text[i]))
        {
            return i;
        }
        var start = i;
        while (i < text.Length && i - start < 40 && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }
        return i - start >= 2 ? i : start;
    }

    private static int ExtendCity(string text, int end, ReadOnlySpan<char> first)
    {
        // "07318 Saalfeld/Saale", "27090 Şehitkamil/Gaziantep": a town and its river or province after a slash.
        if (end + 2 < text.Length && text[end] == '/' && char.IsUpper(text[end + 1]))
        {
            return ReadPlaceWord(text, end + 1);
        }
        // "39046 St. Ulrich in Gröden", "66386 St. Ingbert": a saint's town, and the valley or land it lies in.
        if (first is "St" && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text[end + 2]))
        {
            var saint = ReadPlaceWord(text, end + 2);
            if (saint == end + 2)
            {
                return end;
            }
            var valley = saint + 4 < text.Length && text.AsSpan(saint).StartsWith(" in ", StringComparison.Ordinal) && char.IsUpper(text[saint + 4])
                ? ReadPlaceWord(text, saint + 4) : saint + 4;
            return valley > saint + 4 ? valley : ExtendCity(text, saint, "");
        }
        var i = end;
        if (i + 1 < text.Length && text[i] == ' ')
        {
            var next = i + 1;
            if (CityPrefixes.Contains(first) && next < text.Length && char.IsUpper(text[next]))
            {
                // "17398 Groß Wiesenthal OT Kleeberg": the district may follow the prefixed town too.
                var prefixed = ReadPlaceWord(text, next);
                return prefixed > next ? ExtendCity(text, prefixed, "") : prefixed;
            }
            // "Spreewerda-Klein Loitz": a district joined by a hyphen whose first word is a town prefix.
            var hyphen = first.LastIndexOf('-');
            if (hyphen > 0 && CityPrefixes.Contains(first[(hyphen + 1)..]) && char.IsUpper(text[next]))
            {
                return ReadPlaceWord(text, next);
            }
            foreach (var joiner in CityJoiners)
            {
                if (text.AsSpan(next).StartsWith(joiner, StringComparison.Ordinal))
                {
                    var after = next + joiner.Length;
                    var nameEnd = ReadPlaceName(text, after);
                    if (nameEnd > after)
                    {
                        return nameEnd;
                    }
                }
            }
            if (text[next] == '(')
            {
                var close = text.IndexOf(')', next, Math.Min(30, text.Length - next));
                if (close > next && ReadPlaceWord(text, next + 1) == close)
                {
                    return close + 1;
                }
            }
        }
        return end;
    }

    private static readonly string[] StrongSuffixes =
    [
        "straße", "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
        "pfad", "stieg", "promenade", "wall", "graben", "markt", "kamp", "twiete", "stiege", "zeile", "gässchen",
        "passage", "boulevard", "brücke", "tor", "wende", "bogen", "redder", "trift", "stegen", "kai", "deich",
        // Neighbouring countries: Danish "Storegade", "Skovvej", "Kystvejen", "Smalle Stræde", Dutch "Hoofdstraat", "Kerklaan".
        "gade", "gaden", "vej", "vejen", "stræde", "straat", "laan", "gracht",
    ];

    private static readonly string[] WeakSuffixes =
    [
        "berg", "hof", "feld", "felde", "tal", "garten", "winkel", "höhe", "heide", "holz", "busch", "bach", "grund", "esch", "kanal",
        "aue", "au", "anger", "weide", "wiese", "wiesen", "siedlung", "mühle", "eck", "ecke", "hang", "hain", "kreuz",
        "kamp", "horst", "loh", "bruch", "rain", "acker", "äcker", "land", "haide", "park", "hütte", "stein", "born",
        "brunnen", "linden", "eichen", "buchen", "birken", "tannen", "gärten", "grün", "blick", "siepen", "mark", "twete",
        "marsch", "matte", "warft", "mole",
    ];

    private static readonly string[]?[] StrongSuffixesByLastLetter = GroupByLastLetter(StrongSuffixes);

    private static readonly string[]?[] WeakSuffixesByLastLetter = GroupByLastLetter(WeakSuffixes);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new[]
    {
        "Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Zu", "Unter", "Hinter", "Vor", "Über", "Beim", "Bei", "Ob",
        "Oberm", "Unterm", "Hinterm", "Vorm", "Ueber", "Alt", "Zwischen", "Neben", "Auf'm",
        // Low German street names of the north: "Achter de Möhl", "Op de Wurth", "Lütt Hörn", "Bi de Kark".
        "Achter", "Achtern", "Op", "Up", "Bi", "Över", "Vör", "Lütt", "Lütten", "Groot", "Groten", "Ole", "Olen",
        "Up'n", "Op'n", "An'n", "In'n", "Achter'n", "Bi'n", "Up'm", "Op'm",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <see cref="NotStreetWords"/> holds the word (ignoring case). Most words before a house number are ruled out by
    /// their length and first letter, one bit, before the set hashes the whole word ignoring case.
    /// </summary>
    private static bool IsNotStreetWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        // Every listed word starts with an ASCII letter (checked where the bits are made), so a word starting with
        // another ASCII character, or with a letter no listed word of its length starts with, is none of them.
        var first = word[0];
        if (char.IsAscii(first))
        {
            var letter = (first | 0x20) - 'a';
            if ((uint)letter >= 26 || word.Length >= 64 || (NotStreetWordLengthsByFirstLetter[letter] & (1UL << word.Length)) == 0)
            {
                return false;
            }
        }
        return NotStreetWords.Contains(word);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotStreetWords = new[]
    {
        "Jahr", "Jahre", "Jahren", "Jahres", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
        "Samstag", "Sonntag", "Wochenende", "Zeitraum", "Monat", "Monate", "Woche", "Wochen", "Tag", "Tage",
        "Höhe", "Betrag", "Wert", "Kapitel", "Absatz", "Abs", "Punkt", "Nummer", "Nr", "Hausnummer", "Seite", "Seiten", "Raum",
        "Zimmer", "Etage", "Stock", "Geschoss", "Flur", "Flurstück", "Gemarkung", "Artikel", "Art", "Paragraph",
        "Paragraf", "Anlage", "Anlagen", "Jahrgang", "KW", "Klasse", "Gruppe", "Stufe", "Pflegegrad", "Grad", "Teil",
        "Version", "Bus", "Buslinie", "Linie", "Gleis", "Tor", "Zeile", "Band", "Heft", "Ausgabe", "Position", "Pos",
        "Los", "Termin", "Uhr", "Minuten", "Stunden", "Euro", "EUR", "Prozent", "GdB", "Bebauungsplan", "Plan", "Az",
        "Aktenzeichen", "Fall", "Vorgang", "Antrag", "Bescheid", "Rechnung", "Schreiben", "Haus", "Block", "Gebäude",
        "Stadtteil", "Bezirk", "Ortsteil", "Ebene", "Platz", "Stelle", "Stellen", "Frist", "Quartal", "Halbjahr",
        "Dokument", "Seite", "Kosten", "Gebühr", "Gebühren", "Tarif", "Anzahl", "Summe", "Menge", "Mal", "Male",
        "Jahrhundert", "Ende", "Anfang", "Mitte", "Beginn", "Stand", "Frage", "Fragen", "Folge", "Richtung", "Kreis",
        "Landkreis", "Schule", "Grundschule", "Kita", "Klassen", "Kinder", "Personen", "Teilnehmer", "Plätze",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Per first letter (a to z, either case), a bit per length of the listed words that start with it.
    private static readonly ulong[] NotStreetWordLengthsByFirstLetter = BuildLengthsByFirstLetter(NotStreetWords.Set);

    private static ulong[] BuildLengthsByFirstLetter(IEnumerable<string> words)
    {
        var lengths = new ulong[26];
        foreach (var word in words)
        {
            if (!char.IsAsciiLetter(word[0]) || word.Length >= 64)
            {
                throw new InvalidOperationException("Words filtered by their first letter start with an ASCII letter and are shorter than 64.");
            }
            lengths[(word[0] | 0x20) - 'a'] |= 1UL << word.Length;
        }
        return lengths;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new[]
    {
        "Uhr", "EUR", "Euro", "Prozent", "m", "km", "qm", "cm", "mm", "kg", "t", "Jahre", "Jahren", "Monate",
        "Monaten", "Tage", "Tagen", "Wochen", "Minuten", "Stunden", "Std", "Min", "Personen", "Stück", "Mal", "l", "ha",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCityWords = new[]
    {
        "Euro", "EUR", "Einwohner", "Einwohnerinnen", "Menschen", "Personen", "Stück", "Mitglieder", "Besucher",
        "Kilometer", "Meter", "Exemplare", "Haushalte", "Fälle", "Anträge", "Kinder", "Jahre", "Tage", "Stunden",
        "Punkte", "Schüler", "Beschäftigte", "Mitarbeiter", "Mitarbeitende", "Bürger", "Bürgerinnen", "Wohnungen",
        "Fahrzeuge", "Unterschriften", "Stimmen", "Teilnehmer", "Euros", "Dollar", "Franken", "Zeichen", "Wörter",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CityPrefixes = new[]
    {
        "Bad", "Sankt", "St", "Neu", "Groß", "Klein", "Hohen", "Ober", "Unter", "Nieder", "Alt", "Königs", "Markt",
        // Seaside resorts carry their title in the town's name ("18225 Ostseebad Kühlungsborn").
        "Ostseebad", "Nordseebad", "Seebad", "Seeheilbad", "Ostseeheilbad", "Nordseeheilbad",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "OT": Ortsteil, the district of a town ("03138 Spreewerda OT Wjelnow").
    // "a. d. " before "a. ": the first joiner that matches is taken ("Murnau a. Staffelsee", "Landsberg b. Halle").
    // "73230 Kirchheim unter Teck" (not "bei": "35297 Lahnfels bei Familie Hellwig").
    private static readonly string[] CityJoiners = ["am ", "an der ", "im ", "in der ", "ob der ", "a. d. ", "a.d. ", "vor der ", "v. d. ", "OT ", "Ortsteil ", "a. ", "b. ", "unter "];


    // Backtracking, but bounded: small fixed quantifiers and literal alternations (the context patterns see at most a
    // 40-character window), so each start position costs a constant.
    [GeneratedRegex(@"\bPostfach:?[ ]{1,2}(?:Nr\.[ ]?)?[0-9]{1,6}(?:[ ][0-9]{1,4}){0,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostOfficeBox();

    [GeneratedRegex(@"(?:\bD-?[ ]?)?\b[0-9]{5}[ ]{1,2}\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeStart();

    [GeneratedRegex(@"(?i:wohnhaft|wohne|wohnen|wohnt|anschrift|adresse|wohnort|wohnsitz|haus|grundstück|betriebsstätte|sitz|in der|in die|ecke|straße|gelegen|zugezogen|umgezogen|umzug|postanschrift|erreichbar)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressContext();

    [GeneratedRegex(@"(?i:\bin\s|\bnach\s|wohnhaft|wohnort|anschrift|adresse|plz|postleitzahl|,\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeContext();
}
