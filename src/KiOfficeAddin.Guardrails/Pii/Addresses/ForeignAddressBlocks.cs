using System.Buffers;
using System.Collections.Frozen;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Addresses;

/// <summary>
/// Postal addresses abroad that no street or postcode shape reads, found by how a letter sets them out:
/// <list type="bullet">
/// <item>the lines above a line that names only a country ("Εγνατίας 112 / 546 30 Θεσσαλονίκη / Griechenland",
/// "15 Seocho-daero 74-gil / Seocho-gu, Seoul 06620 / Republic of Korea");</item>
/// <item>what follows an address label on its line and the lines below it ("Home address (India): Flat 7B, Sai Leela
/// Residency, Baner Road, Pune 411045", "Previous address in Korea:", "Endereço atual: Rua Harmonia, 842 …");</item>
/// <item>a Japanese address after the postal mark ("〒158-0094 東京都世田谷区玉川2丁目14-6-503").</item>
/// </list>
/// Each line becomes one span; a line needs a digit (a house or postcode number) and a letter, and lines that the other
/// address rules found already keep their spans (the parts of the line beside them are added).
/// </summary>
internal static class ForeignAddressBlocks
{
    private const int MaxLineLength = 90;

    public static void Add(string text, List<Candidate> output, int first, DigitRuns runs)
    {
        if (text.Length < 8 || runs.Count == 0)
        {
            return; // every address line holds a digit
        }
        var found = output.Count;
        (int Start, int End)[]? spans = null;
        AddLinesAboveCountries(text, output, first, found, ref spans);
        AddAfterLabels(text, output, first, found, ref spans);
        AddSplitPostcodeAddresses(text, runs, output, first, found, ref spans);
        AddHungarianStreets(text, runs, output, first, found, ref spans);
    }

    /// <summary>
    /// "Fő utca 12, 2092 Budakeszi", "Bartók Béla út 52": a Hungarian street puts its word (utca, út, tér, körút) after
    /// the name; the name's capitalised words, the word and the house number are the address, and a four-digit postcode
    /// with its town after a comma too.
    /// </summary>
    private static void AddHungarianStreets(string text, DigitRuns runs, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        for (var r = 0; r < runs.Count; r++)
        {
            var number = runs.Start(r);
            var numberEnd = runs.End(r);
            if (numberEnd - number > 4 || number < 6 || text[number - 1] != ' ')
            {
                continue;
            }
            var wordEnd = number - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }
            if (text.AsSpan(wordStart, wordEnd - wordStart) is not ("utca" or "út" or "tér" or "körút" or "útja" or "sétány"))
            {
                continue;
            }
            // The name: one to three capitalised words before the street word.
            var start = AddressRecognizer.CapitalisedWordsBefore(text, wordStart, 3);
            if (start == wordStart)
            {
                continue;
            }
            AddUncovered(text, start, numberEnd, output, first, found, ref spans);
            // ", 2092 Budakeszi": the postcode and the town.
            if (numberEnd + 8 < text.Length && text[numberEnd] == ',' && text[numberEnd + 1] == ' ' && r + 1 < runs.Count
                && runs.Start(r + 1) == numberEnd + 2 && runs.End(r + 1) == numberEnd + 6 && text[numberEnd + 6] == ' ' && char.IsUpper(text[numberEnd + 7]))
            {
                var townEnd = numberEnd + 7;
                while (townEnd < text.Length && char.IsLetter(text[townEnd]))
                {
                    townEnd++;
                }
                AddUncovered(text, numberEnd + 2, townEnd, output, first, found, ref spans);
            }
        }
    }

    /// <summary>The lines above a country line, and a line after the Japanese postal mark.</summary>
    private static void AddLinesAboveCountries(string text, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        // The last three lines above, nearest first in the order 1, 2, 3; a blank line clears them.
        (int Start, int End) line1 = default, line2 = default, line3 = default;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end - start is >= 4 and <= 30 && (char.IsUpper(text[start]) || text[start] == '(') && IsCountryLine(text, start, end))
            {
                foreach (var (s, e) in (ReadOnlySpan<(int, int)>)[line1, line2, line3])
                {
                    if (e <= s || !IsAddressLine(text, s, e))
                    {
                        break;
                    }
                    AddUncovered(text, s, e, output, first, found, ref spans);
                }
            }
            else if (end - start > 9 && text[start] == '〒' && char.IsAsciiDigit(text[start + 1]))
            {
                AddUncovered(text, start, end, output, first, found, ref spans);
            }
            if (end == start)
            {
                line1 = line2 = line3 = default;
            }
            else
            {
                (line3, line2, line1) = (line2, line1, (start, end));
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>What follows an address label on its line, or the lines below a label that ends its line.</summary>
    private static void AddAfterLabels(string text, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            if (char.IsAsciiDigit(text[colon - 1]) || text[colon - 1] == ' ')
            {
                continue; // "10:30", "Hinweis :" — a time or a spaced colon, no label of an address
            }
            // (Both searches are bounded: a long text without line breaks stays linear.)
            var reach = Math.Max(0, colon - 80);
            var lineStart = text.LastIndexOf('\n', colon - 1, colon - reach) + 1;
            if (lineStart == 0)
            {
                lineStart = reach; // a long line: the label is found from its sentence's start below
            }
            // "… (Einzug 22.09.2025). Bisherige Anschrift: HaShikma St 17": the label starts after the sentence before it.
            var sentence = text.LastIndexOf(". ", colon - 1, colon - lineStart, StringComparison.Ordinal);
            var (labelStart, labelEnd) = Trim(text, sentence > lineStart ? sentence + 2 : lineStart, colon);
            if (labelEnd - labelStart is < 3 or > 60 || !IsAddressLabel(text.AsSpan(labelStart, labelEnd - labelStart)))
            {
                continue;
            }
            var ahead = Math.Min(text.Length - colon, MaxLineLength + 30);
            var lineEnd = text.IndexOf('\n', colon, ahead);
            lineEnd = lineEnd < 0 ? colon + ahead : lineEnd;
            var (restStart, restEnd) = Trim(text, colon + 1, lineEnd);
            // A long line ("Current address: Flat 402, Prestige Sunrise Apartments, 7th Cross, …, Bengaluru 560102") is
            // cut at its last digit's part: what follows it is a region or a country.
            if (restEnd - restStart > MaxLineLength && LastPartWithDigit(text, restStart, restEnd) is var cut && cut > restStart)
            {
                restEnd = cut;
            }
            while (restEnd > restStart && text[restEnd - 1] is '.' or ',' or ';')
            {
                restEnd--;
            }
            if (restEnd > restStart && IsAddressLine(text, restStart, restEnd))
            {
                AddUncovered(text, restStart, restEnd, output, first, found, ref spans);
            }
            else if (restEnd == restStart)
            {
                AddLinesBelow(text, lineEnd, output, first, found, ref spans);
            }
        }
    }

    /// <summary>
    /// "Jablonecká 1187/14, 460 01 Liberec", "Husova 412/7, 434 01 Most", "Εγνατίας 102\n546 30 Θεσσαλονίκη": Czech,
    /// Slovak and Greek postcodes are three digits, a space and two; after a comma or a line break that follows a
    /// capitalised street name and its number (a Czech one may be "conscription/orientation"), street and town are both
    /// an address.
    /// </summary>
    private static void AddSplitPostcodeAddresses(string text, DigitRuns runs, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            // Three digits, one space, two digits, a space and a capital.
            var i = runs.End(r);
            if (i - runs.Start(r) != 3 || runs.Start(r + 1) != i + 1 || runs.End(r + 1) != i + 3 || text[i] != ' '
                || i + 4 >= text.Length || text[i + 3] != ' ' || !char.IsUpper(text[i + 4]) || i < 5)
            {
                continue;
            }
            var postcode = i - 3;
            var separator = postcode - 1;
            if (separator < 3 || (char.IsAsciiDigit(text[separator])))
            {
                continue;
            }
            int numberEnd;
            if (text[separator] == '\n')
            {
                numberEnd = separator;
            }
            else if (text[separator] == ' ' && text[separator - 1] == ',')
            {
                numberEnd = separator - 1;
            }
            else
            {
                continue;
            }
            // The house number: digits, maybe "/digits" and a letter.
            var n = numberEnd;
            while (n > 0 && (char.IsAsciiDigit(text[n - 1]) || text[n - 1] == '/' || char.IsAsciiLetterLower(text[n - 1])) && numberEnd - n < 9)
            {
                n--;
            }
            if (n == numberEnd || !char.IsAsciiDigit(text[n]) || n < 3 || text[n - 1] != ' ')
            {
                continue;
            }
            // The street: one to three words, the first capitalised, all letters.
            var streetStart = n - 1;
            var words = 0;
            while (streetStart > 0 && words < 3)
            {
                var w = streetStart;
                while (w > 0 && char.IsLetter(text[w - 1]))
                {
                    w--;
                }
                if (w == streetStart)
                {
                    break;
                }
                words++;
                streetStart = w;
                if (streetStart > 0 && text[streetStart - 1] == ' ' && streetStart > 1 && char.IsLetter(text[streetStart - 2]) && char.IsUpper(text[streetStart]))
                {
                    streetStart--;
                    continue;
                }
                break;
            }
            if (words == 0 || !char.IsUpper(text[streetStart]) || n - 1 - streetStart < 4)
            {
                continue;
            }
            // "Adresse Jablonecká 1187/14": the label before the street is no part of it.
            var firstWordEnd = text.IndexOf(' ', streetStart, n - streetStart);
            if (firstWordEnd > streetStart && firstWordEnd < n - 1 && IsAddressLabelWord(text.AsSpan(streetStart, firstWordEnd - streetStart)))
            {
                streetStart = firstWordEnd + 1;
            }
            var townEnd = i + 4;
            while (townEnd < text.Length && (char.IsLetter(text[townEnd]) || (text[townEnd] is ' ' or '-' && townEnd + 1 < text.Length && char.IsUpper(text[townEnd + 1]))))
            {
                townEnd++;
            }
            AddUncovered(text, streetStart, numberEnd, output, first, found, ref spans);
            AddUncovered(text, postcode, townEnd, output, first, found, ref spans);
        }
    }

    private static int LowerCaseWords(ReadOnlySpan<char> part)
    {
        var words = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsLower(part[i]) && (i == 0 || !char.IsLetter(part[i - 1])))
            {
                var end = i;
                while (end < part.Length && char.IsLetter(part[end]))
                {
                    end++;
                }
                words += end - i >= 3 ? 1 : 0;
                i = end;
            }
        }
        return words;
    }

    /// <summary>The end of the comma-separated part that holds the line's last digit, or -1.</summary>
    private static int LastPartWithDigit(string text, int start, int end)
    {
        var digit = text.AsSpan(start, end - start).LastIndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return -1;
        }
        var comma = text.IndexOf(',', start + digit, end - start - digit);
        return comma < 0 ? end : comma;
    }

    /// <summary>The lines under a label that ends its line ("Previous address in Korea:"), up to a blank or a country line.</summary>
    private static void AddLinesBelow(string text, int labelLineEnd, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        var lineStart = labelLineEnd + 1;
        for (var n = 0; n < 4 && lineStart < text.Length; n++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end == start || IsCountryLine(text, start, end) || !IsAddressLine(text, start, end))
            {
                return;
            }
            AddUncovered(text, start, end, output, first, found, ref spans);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The span, or where address candidates of the other rules lie inside it, the parts before and after them.</summary>
    private static void AddUncovered(string text, int start, int end, List<Candidate> output, int first, int found, ref (int Start, int End)[]? spans)
    {
        var coveredStart = int.MaxValue;
        var coveredEnd = -1;
        // The other rules' spans, sorted by start once a line asks: a window of them around the line is enough, and keeps
        // a text of thousands of address lines linear (address candidates are short).
        spans ??= SortedSpans.Of(output, first, found - first, static c => (c.Start, c.End));
        for (var c = SortedSpans.FirstAtOrAfter(spans, start - MaxCandidateLength); c < spans.Length && spans[c].Start < end; c++)
        {
            if (spans[c].End > start)
            {
                coveredStart = Math.Min(coveredStart, spans[c].Start);
                coveredEnd = Math.Max(coveredEnd, spans[c].End);
            }
        }
        if (coveredEnd < 0)
        {
            output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
            return;
        }
        AddPart(text, start, Math.Max(start, coveredStart), output);
        AddPart(text, Math.Min(end, coveredEnd), end, output);
    }

    private const int MaxCandidateLength = 200;

    private static void AddPart(string text, int start, int end, List<Candidate> output)
    {
        (start, end) = TrimPart(text, start, end);
        // A part beside another rule's span continues the address in its own words, not a sentence ("ich bin Inhaberin
        // (Einzelunternehmen seit 2022)"): at most one lower-case word of three letters or more ("bis", "utca").
        if (end - start >= 3 && LowerCaseWords(text.AsSpan(start, end - start)) < 2 && IsAddressLine(text, start, end))
        {
            output.Add(new(PiiCategory.Address, start, end, CandidatePriority.Address));
        }
    }

    /// <summary>A digit and a letter, no mail address, no label of a phone, an account or a date; short as an address line is.</summary>
    private static bool IsAddressLine(string text, int start, int end)
    {
        if (end - start > MaxLineLength || end - start < 4)
        {
            return false;
        }
        var line = text.AsSpan(start, end - start);
        if (line.IndexOfAnyInRange('0', '9') < 0 || line.Contains('@') || line[0] is '+' or '(' or '>' || !HasWord(line))
        {
            return false;
        }
        var colon = line.IndexOf(':');
        if (colon >= 0 && !(colon + 1 < line.Length && char.IsAsciiDigit(line[colon + 1])))
        {
            // "Tel.: 0151 …", "IBAN: GR74 …", "Passport no.: Z4221191": a label line (but "No:12" inside a Turkish address is part of it).
            return false;
        }
        // "wie Ehegatte 1", "Hauptwohnung seit 01.03.2025", "3. OG rechts", "Zimmer 12": a form's remark, no address.
        return !StartsWithAny(line, NotAddressLineStarts) && !ContainsDate(line)
            && !(line.Length > 3 && char.IsAsciiDigit(line[0]) && line[1] == '.' && line[2] == ' ');
    }

    /// <summary>"01.03.2025", "1.4.2014": a date, which an address line abroad does not hold (its postcode has no full stops).</summary>
    private static bool ContainsDate(ReadOnlySpan<char> line)
    {
        for (var i = 0; i + 5 < line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]) && (line[i + 1] == '.' || (char.IsAsciiDigit(line[i + 1]) && line[i + 2] == '.')))
            {
                var j = line[i + 1] == '.' ? i + 2 : i + 3;
                if (j + 2 < line.Length && char.IsAsciiDigit(line[j]) && (line[j + 1] == '.' || (char.IsAsciiDigit(line[j + 1]) && line[j + 2] == '.')))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HasWord(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            letters = char.IsLetter(c) ? letters + 1 : 0;
            if (letters >= 2)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] starts)
    {
        foreach (var start in starts)
        {
            if (line.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] NotAddressLineStarts =
    [
        "Tel", "Fax", "Mobil", "Mobile", "Phone", "Handy", "Celular", "IBAN", "BIC", "SWIFT", "Konto", "Account", "Datum", "Date",
        "Az", "Aktenzeichen", "Ref", "Kundennummer", "Customer", "Vertragskonto", "Contract", "Steuer", "Tax", "Betrag", "Summe",
        "wie ", "seit ", "bis ", "ab ", "Zimmer", "Raum ", "Hauptwohnung", "Nebenwohnung", "Einzug", "Auszug",
    ];

    /// <summary>The line is one country's name, maybe in brackets ("Griechenland", "Republic of Korea", "(CZ)" is not).</summary>
    private static bool IsCountryLine(string text, int start, int end)
    {
        if (end - start < 4 || end - start > 30)
        {
            return false;
        }
        var line = text.AsSpan(start, end - start).Trim("()");
        return Countries.Contains(line);
    }

    /// <summary>"Neue Anschrift", "Home address (India)", "Endereço atual": a label without digits that names an address.</summary>
    private static bool IsAddressLabel(ReadOnlySpan<char> label)
    {
        return label.IndexOfAnyInRange('0', '9') < 0 && label.IndexOfAny(AddressLabelWordValues) >= 0;
    }

    /// <summary>"Adresse", "Anschrift", "Home"-less labels: a word that starts with an address label's stem.</summary>
    private static bool IsAddressLabelWord(ReadOnlySpan<char> word) => word.Length <= 12 && word.IndexOfAny(AddressLabelWordValues) == 0;

    // (ASCII stems, so that the search stays vectorised: "adres" is in adresse, adresa, adresă, adressen; "direcci" in
    // dirección and direccion; "endere" in endereço; "domic" in domicilio and domicílio.)
    private static readonly string[] AddressLabelWords =
    [
        "anschrift", "adres", "address", "direcci", "endere", "indirizzo", "wohnung", "wohnort", "wohnsitz", "wohnhaft",
        "domic", "morada", "hausnummer",
        // A form's field for postcode and town ("PLZ, Ort: 1180 Uccle").
        "plz", "postleitzahl",
    ];

    private static readonly SearchValues<string> AddressLabelWordValues = SearchValues.Create(AddressLabelWords, StringComparison.OrdinalIgnoreCase);

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static (int Start, int End) TrimPart(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '–' or '-' or '·' or ';'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '–' or '-' or '·' or ';' or '('))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Country names as an address's last line gives them: German, English and the country's own.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Countries = new[]
    {
        "Griechenland", "Greece", "Ελλάδα", "Ελλάς", "Korea", "Südkorea", "South Korea", "Republic of Korea", "대한민국", "Japan", "日本",
        "Kolumbien", "Colombia", "Brasilien", "Brazil", "Brasil", "Indien", "India", "Türkei", "Turkey", "Türkiye", "Polen", "Poland",
        "Polska", "Rumänien", "Romania", "România", "Bulgarien", "Bulgaria", "България", "Ukraine", "Україна", "Russland", "Russia",
        "Россия", "Italien", "Italy", "Italia", "Spanien", "Spain", "España", "Portugal", "Frankreich", "France", "Niederlande",
        "Netherlands", "Nederland", "Belgien", "Belgium", "België", "Belgique", "Österreich", "Austria", "Schweiz", "Switzerland",
        "Suisse", "Svizzera", "USA", "United States", "United States of America", "United Kingdom", "Vereinigtes Königreich",
        "Großbritannien", "Vietnam", "Việt Nam", "China", "中国", "Volksrepublik China", "Syrien", "Syria", "Afghanistan", "Iran",
        "Irak", "Iraq", "Marokko", "Morocco", "Maroc", "Tunesien", "Tunisia", "Tunisie", "Ägypten", "Egypt", "Nigeria", "Ghana",
        "Kenia", "Kenya", "Eritrea", "Äthiopien", "Ethiopia", "Somalia", "Pakistan", "Bangladesch", "Bangladesh", "Sri Lanka",
        "Philippinen", "Philippines", "Thailand", "Indonesien", "Indonesia", "Mexiko", "Mexico", "México", "Argentinien", "Argentina",
        "Chile", "Peru", "Perú", "Kroatien", "Croatia", "Hrvatska", "Serbien", "Serbia", "Srbija", "Bosnien und Herzegowina",
        "Bosnia and Herzegovina", "Kosovo", "Albanien", "Albania", "Shqipëri", "Nordmazedonien", "North Macedonia", "Moldau",
        "Republik Moldau", "Moldova", "Republic of Moldova", "Georgien", "Georgia", "Armenien", "Armenia", "Kasachstan", "Kazakhstan",
        "Litauen", "Lithuania", "Lietuva", "Lettland", "Latvia", "Latvija", "Estland", "Estonia", "Eesti", "Finnland", "Finland",
        "Suomi", "Schweden", "Sweden", "Sverige", "Norwegen", "Norway", "Norge", "Dänemark", "Denmark", "Danmark", "Tschechien",
        "Czech Republic", "Czechia", "Česká republika", "Slowakei", "Slovakia", "Slovensko", "Ungarn", "Hungary", "Magyarország",
        "Slowenien", "Slovenia", "Slovenija", "Luxemburg", "Luxembourg", "Irland", "Ireland", "Kanada", "Canada", "Australien",
        "Australia", "Kamerun", "Cameroon", "Cameroun", "Senegal", "Sénégal", "Algerien", "Algeria", "Libanon", "Lebanon", "Jordanien",
        "Jordan", "Israel", "Kap Verde", "Cabo Verde", "Venezuela", "Ecuador", "Kuba", "Cuba", "Dominikanische Republik",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
