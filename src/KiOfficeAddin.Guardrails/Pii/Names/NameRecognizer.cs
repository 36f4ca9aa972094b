using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Lexicons;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>One mention of a person: the span (titles included) and the token indices of given name and surname.</summary>
internal readonly record struct PersonMention(int Start, int End, int FirstToken, int LastToken, int GivenToken, int SurnameToken);

/// <summary>
/// Finds people the way German letters and mails show them: after honorifics and salutations, in signatures after a
/// closing, after field labels and relation words, in quoted mail headers, as a known given name followed by a
/// surname, and as a name line above an address. Every later mention of a found surname or given name is covered too.
/// </summary>
internal sealed partial class NameRecognizer(string text, List<WordToken> tokens)
{
    private readonly List<PersonMention> mentions = [];

    public IReadOnlyList<PersonMention> Mentions => mentions;

    public void FindByCues()
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var word = Word(k);
            if (NameWords.Honorifics.Contains(word) && (t.Shape is WordShape.Capitalised or WordShape.Lower))
            {
                var next = k + 1;
                if (word.Length <= 3 && !FollowedByDot(k))
                {
                    continue;
                }
                if (next < tokens.Count && Gap(k, next) is var g && IsSpaceGap(g, allowDot: word.Length <= 3))
                {
                    var informal = t.Shape == WordShape.Lower;
                    TryAdd(next, requireEvidence: false, allowLower: informal, allowUpper: true);
                }
            }
            else if (t.Shape == WordShape.Capitalised && NameWords.Titles.Contains(word) && FollowedByDot(k) && !PreviousIsHonorific(k))
            {
                TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: true);
            }
            else if (NameWords.Salutations.Contains(word) && k + 1 < tokens.Count && IsSpaceGap(Gap(k, k + 1), allowDot: false)
                     && IsLineStartOrAfterSentence(k, word))
            {
                if (!NameWords.Honorifics.Contains(Word(k + 1)))
                {
                    TryAdd(k + 1, requireEvidence: true, allowLower: t.Shape == WordShape.Lower, allowUpper: false);
                }
            }
            else if (NameWords.Relations.Contains(word) && k + 1 < tokens.Count)
            {
                var g = Gap(k, k + 1);
                if (g.Trim().IsEmpty || g.Trim() is "," or ":")
                {
                    if (!g.Contains('\n'))
                    {
                        TryAdd(k + 1, requireEvidence: true, allowLower: false, allowUpper: false);
                    }
                }
            }
            else if (t.Shape == WordShape.Capitalised && PiiLexicons.GivenNames.Contains(word) && k + 1 < tokens.Count
                     && !PrecededBySaint(k) && IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                var nextShape = tokens[k + 1].Shape;
                if (nextShape == WordShape.Capitalised || (nextShape == WordShape.Lower && NameWords.Particles.Contains(Word(k + 1))))
                {
                    TryAdd(k, requireEvidence: true, allowLower: false, allowUpper: false, minimumTokens: 2);
                }
            }
        }
        FindAfterPatterns();
    }

    private void FindAfterPatterns()
    {
        foreach (var m in Closing().EnumerateMatches(text))
        {
            ReadSignature(m.Index + m.Length);
        }
        foreach (var m in FieldLabel().EnumerateMatches(text))
        {
            var k = TokenAtOrAfter(m.Index + m.Length);
            if (k >= 0 && !TextBetween(m.Index + m.Length, tokens[k].Start).Contains('\n'))
            {
                var added = TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: true, singleNeedsEvidence: true);
                if (added)
                {
                    TryAddInvertedGivenName();
                }
            }
        }
        foreach (var m in Introduction().EnumerateMatches(text))
        {
            var k = TokenAtOrAfter(m.Index + m.Length);
            if (k >= 0 && !TextBetween(m.Index + m.Length, tokens[k].Start).Contains('\n'))
            {
                TryAdd(k, requireEvidence: true, allowLower: true, allowUpper: false);
            }
        }
        foreach (var m in QuotedHeader().EnumerateMatches(text))
        {
            var k = TokenAtOrAfter(m.Index + m.Length);
            if (k >= 0 && !TextBetween(m.Index + m.Length, tokens[k].Start).Contains('\n'))
            {
                var before = mentions.Count;
                TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: true, singleNeedsEvidence: false, lowerNeedsLexicon: false, stopAt: '<');
                if (mentions.Count > before && !NextNonSpaceIs(mentions[^1].End, '<') && !NextNonSpaceIs(mentions[^1].End, ':')
                    && !IsEvidenced(mentions[^1]))
                {
                    mentions.RemoveAt(mentions.Count - 1);
                }
            }
        }
        foreach (var m in NameBeforeAngle().EnumerateMatches(text))
        {
            // "Anna Weber <anna.weber@web.de>": read the words before the angle bracket on the same line.
            var angle = text.IndexOf('<', m.Index, m.Length);
            var k = TokenEndingBefore(angle);
            var first = k;
            while (first > 0 && first > k - 3 && IsSpaceGap(Gap(first - 1, first), allowDot: false)
                   && IsNameWord(first - 1))
            {
                first--;
            }
            if (k >= 0 && first <= k && IsNameWord(first) && IsNameWord(k))
            {
                AddMention(first, k);
            }
        }
    }

    /// <summary>A name line right above a street line ("Anna Weber\nHauptstraße 5") is the addressee or sender.</summary>
    public void FindNameLineAbove(int lineStart)
    {
        if (lineStart < 2)
        {
            return;
        }
        var prevEnd = lineStart - 1;
        while (prevEnd > 0 && text[prevEnd - 1] == '\r')
        {
            prevEnd--;
        }
        var prevStart = text.LastIndexOf('\n', Math.Max(0, prevEnd - 1)) + 1;
        if (prevEnd - prevStart is < 3 or > 60)
        {
            return;
        }
        var k = TokenAtOrAfter(prevStart);
        if (k < 0 || tokens[k].Start >= prevEnd)
        {
            return;
        }
        if (NameWords.Honorifics.Contains(Word(k)))
        {
            return;
        }
        var before = mentions.Count;
        TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: false, minimumTokens: 2);
        if (mentions.Count > before && mentions[^1].End != TrimEnd(prevStart, prevEnd))
        {
            mentions.RemoveAt(mentions.Count - 1);
        }
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private void ReadSignature(int after)
    {
        var k = TokenAtOrAfter(after);
        var lines = 0;
        while (k >= 0 && k < tokens.Count && lines < 3)
        {
            var gap = TextBetween(after, tokens[k].Start);
            lines += gap.Count('\n');
            if (lines > 2 || gap.Contains("\n\n\n", StringComparison.Ordinal))
            {
                return;
            }
            var word = Word(k);
            // Skip "Im Auftrag", "i. A.", "Ihr", "Ihre", "Dein" … in front of the signature.
            if (SignatureLead().IsMatch(word))
            {
                after = tokens[k].End;
                k++;
                continue;
            }
            if (!gap.Trim().IsEmpty && gap.Trim() is not ("," or "." or "-" or "–" or "!"))
            {
                return;
            }
            if (TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: true, singleNeedsEvidence: true, lowerNeedsLexicon: true))
            {
                AddConjoined();
            }
            return;
        }
    }

    /// <summary>"Birgit Voß und Ahmet Voß", "Anna & Tom Weber": a second person joined to the last one found.</summary>
    private void AddConjoined()
    {
        var last = mentions[^1];
        var k = last.LastToken + 1;
        if (k + 1 >= tokens.Count)
        {
            return;
        }
        var gap = Gap(k - 1, k);
        var word = Word(k);
        if (word is "und" or "u" && IsSpaceGap(gap, allowDot: false))
        {
            TryAdd(k + 1, requireEvidence: false, allowLower: true, allowUpper: false, singleNeedsEvidence: true);
        }
        else if (gap.Trim() is "&" or "," or "/")
        {
            TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: false, singleNeedsEvidence: true);
        }
    }

    /// <summary>"Name: Weber, Anna" — the given name after the comma belongs to the same person.</summary>
    private void TryAddInvertedGivenName()
    {
        var last = mentions[^1];
        var k = last.LastToken + 1;
        if (k < tokens.Count && Gap(k - 1, k).Trim() is "," && !Gap(k - 1, k).Contains('\n')
            && tokens[k].Shape == WordShape.Capitalised && PiiLexicons.GivenNames.Contains(Word(k)))
        {
            mentions[^1] = last with { End = tokens[k].End, LastToken = k, GivenToken = k, SurnameToken = last.LastToken };
        }
    }

    private bool TryAdd(int k, bool requireEvidence, bool allowLower, bool allowUpper, int minimumTokens = 1,
        bool singleNeedsEvidence = false, bool lowerNeedsLexicon = true, char stopAt = '\0')
    {
        var first = k;
        var pos = k;
        // Titles: "Dr.", "Prof. Dr.", "Dipl.-Ing."
        while (pos < tokens.Count && NameWords.Titles.Contains(Word(pos)) && FollowedByDot(pos))
        {
            if (pos + 1 >= tokens.Count || !IsSpaceGap(Gap(pos, pos + 1), allowDot: true))
            {
                return false;
            }
            pos++;
        }
        var names = 0;
        var givenToken = -1;
        var lastName = -1;
        var firstName = -1;
        while (pos < tokens.Count && names < 4)
        {
            if (names > 0 || pos > first)
            {
                var gap = Gap(pos - 1, pos);
                if (!IsSpaceGap(gap, allowDot: pos > first && names == 0) || (stopAt != '\0' && gap.Contains(stopAt)))
                {
                    break;
                }
            }
            var t = tokens[pos];
            var w = Word(pos);
            if (t.Shape == WordShape.Lower && NameWords.Particles.Contains(w) && names > 0 && pos + 1 < tokens.Count)
            {
                // "von der Heide", "van Dyk", "al-Hassan": particles only between name words.
                var next = pos + 1;
                if (next < tokens.Count && NameWords.Particles.Contains(Word(next)) && tokens[next].Shape == WordShape.Lower)
                {
                    next++;
                }
                if (next < tokens.Count && tokens[next].Shape == WordShape.Capitalised && IsSpaceGap(Gap(pos, next), allowDot: false)
                    && !NameWords.NotNames.Contains(Word(next)))
                {
                    pos = next;
                    continue;
                }
                break;
            }
            var ok = t.Shape switch
            {
                WordShape.Capitalised => !NameWords.NotNames.Contains(w) && !IsStreetWord(w),
                WordShape.Upper => allowUpper && w.Length >= 2 && !NameWords.NotNames.Contains(w),
                WordShape.Lower => allowLower && !NameWords.NotNames.Contains(w) && !NameWords.Particles.Contains(w)
                    && (!lowerNeedsLexicon || PiiLexicons.GivenNames.Contains(w) || PiiLexicons.Surnames.Contains(w)),
                _ => false,
            };
            if (!ok || (names > 0 && tokens[pos].Shape != tokens[lastName].Shape && tokens[pos].Shape == WordShape.Lower))
            {
                break;
            }
            if (firstName < 0)
            {
                firstName = pos;
            }
            lastName = pos;
            names++;
            pos++;
        }
        if (names < minimumTokens || names == 0)
        {
            return false;
        }
        if (names >= 2 && (PiiLexicons.GivenNames.Contains(Word(firstName)) || names >= 2))
        {
            givenToken = firstName;
        }
        var evidenced = names >= 2 || PiiLexicons.GivenNames.Contains(Word(firstName)) || PiiLexicons.Surnames.Contains(Word(firstName));
        if ((requireEvidence || singleNeedsEvidence) && !evidenced)
        {
            // A single unknown capitalised word ends a line in a signature: still a name.
            if (!(singleNeedsEvidence && !requireEvidence && EndsLine(tokens[lastName].End)))
            {
                return false;
            }
        }
        mentions.Add(new PersonMention(tokens[first].Start, tokens[lastName].End, first, lastName, givenToken, lastName));
        return true;
    }

    private void AddMention(int first, int last)
    {
        var given = last > first ? first : -1;
        mentions.Add(new PersonMention(tokens[first].Start, tokens[last].End, first, last, given, last));
    }

    /// <summary>A capitalised non-stop word, or a lower-case one the lexicons know as a name (informal mails).</summary>
    private bool IsNameWord(int k)
    {
        var w = Word(k);
        return tokens[k].Shape switch
        {
            WordShape.Capitalised => !NameWords.NotNames.Contains(w),
            WordShape.Lower => !NameWords.NotNames.Contains(w) && (PiiLexicons.GivenNames.Contains(w) || PiiLexicons.Surnames.Contains(w)),
            _ => false,
        };
    }

    private bool IsEvidenced(PersonMention m) =>
        m.LastToken > m.FirstToken || PiiLexicons.GivenNames.Contains(Word(m.FirstToken)) || PiiLexicons.Surnames.Contains(Word(m.FirstToken));

    private static bool IsStreetWord(ReadOnlySpan<char> w) =>
        w.EndsWith("straße", StringComparison.OrdinalIgnoreCase) || w.EndsWith("strasse", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("weg", StringComparison.Ordinal) || w.EndsWith("platz", StringComparison.Ordinal)
        || w.EndsWith("allee", StringComparison.Ordinal) || w.EndsWith("gasse", StringComparison.Ordinal);

    private bool EndsLine(int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or ',' or '\r')
        {
            i++;
        }
        return i >= text.Length || text[i] == '\n';
    }

    private bool NextNonSpaceIs(int end, char c)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && text[i] == c;
    }

    private bool FollowedByDot(int k) => tokens[k].End < text.Length && text[tokens[k].End] == '.';

    private bool PreviousIsHonorific(int k) => k > 0 && NameWords.Honorifics.Contains(Word(k - 1));

    private bool PrecededBySaint(int k)
    {
        if (k == 0)
        {
            return false;
        }
        var prev = Word(k - 1);
        return prev is "St" or "Sankt" or "Hl" or "Heilige" or "Heiliger" or "heilige" or "heiligen" or "Heiligen";
    }

    private bool IsLineStartOrAfterSentence(int k, ReadOnlySpan<char> word)
    {
        if (word is "geehrte" or "geehrter" or "geehrtes" or "Tag" or "Morgen" or "Abend")
        {
            // "Sehr geehrte …", "Guten Tag …": the phrase itself is the cue.
            return k > 0 && Word(k - 1) is "Sehr" or "sehr" or "Guten" or "guten" or "Schönen" or "schönen";
        }
        var i = tokens[k].Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '>' or ':';
    }

    private ReadOnlySpan<char> Word(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length);

    private ReadOnlySpan<char> Gap(int a, int b) => text.AsSpan(tokens[a].End, Math.Max(0, tokens[b].Start - tokens[a].End));

    private static bool IsSpaceGap(ReadOnlySpan<char> gap, bool allowDot)
    {
        if (gap.Length is 0 or > 3)
        {
            return allowDot && gap is "." or ".-";
        }
        var dots = 0;
        foreach (var c in gap)
        {
            if (c == '.')
            {
                dots++;
                if (!allowDot || dots > 1)
                {
                    return false;
                }
            }
            else if (c is not (' ' or '\u00A0'))
            {
                return false;
            }
        }
        return true;
    }

    private int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start >= position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return found;
    }

    private int TokenEndingBefore(int position)
    {
        var k = TokenAtOrAfter(position);
        k = k < 0 ? tokens.Count - 1 : k - 1;
        if (k < 0)
        {
            return -1;
        }
        var gap = text.AsSpan(tokens[k].End, position - tokens[k].End);
        return gap.Trim().IsEmpty && !gap.Contains('\n') ? k : -1;
    }

    private ReadOnlySpan<char> TextBetween(int from, int to) => text.AsSpan(from, Math.Max(0, to - from));

    [GeneratedRegex(@"(?i:(?:mit\s)?(?:freundlichen|freundliche|besten|beste|vielen|viele|lieben|liebe|herzlichen|herzliche|schönen|schöne|sonnigen|sonnige|netten|nette|kollegialen|kollegiale|freundlichem|mit\sbesten|mit\sfreundlichem)\s(?:grüßen|grüße|gruß|grüssen|grüsse|gruss)|(?:danke\sund\s|und\s|mit\s)?(?:gruß|grüße|gruss|grüsse)|\blg\b|\bvg\b|\bmfg\b|\bbg\b|\bsg\b|hochachtungsvoll|\bcheers\b|\btschüss\b|\bciao\b|bis\sbald|bis\sdann|\bdanke\b|vielen\sdank|best\sregards|kind\sregards|regards)[ \t]*[,!.]?", RegexOptions.NonBacktracking)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:Im|im|Auftrag|i|I|A|iA|IA|Ihr|Ihre|Dein|Deine|Euer|Eure|gez|Gez|Namens|In|Vertretung|iV|V)$", RegexOptions.NonBacktracking)]
    private static partial Regex SignatureLead();

    [GeneratedRegex(@"(?:\b(?:Name|Vorname|Nachname|Familienname|Geburtsname|Inhaber|Inhaberin|Antragsteller|Antragstellerin|Bearbeitung|Bearbeiter|Bearbeiterin|Sachbearbeitung|Sachbearbeiter|Sachbearbeiterin|Ansprechpartner|Ansprechpartnerin|Absender|Absenderin|Empfänger|Empfängerin|Mieter|Mieterin|Vermieter|Vermieterin|Halter|Halterin|Fahrzeughalter|Fahrzeughalterin|Eigentümer|Eigentümerin|Kontoinhaber|Kontoinhaberin|Erziehungsberechtigte|Erziehungsberechtigter|Mutter|Vater|Kind|Ehemann|Ehefrau|Ehegatte|Ehegattin|Lebenspartner|Lebenspartnerin|Zeuge|Zeugin|Betroffene|Betroffener|Verfasser|Verfasserin|Unterzeichner|Unterzeichnerin|Teilnehmer|Teilnehmerin|Schüler|Schülerin|Patient|Patientin|Bewohner|Bewohnerin|Kunde|Kundin|Beschuldigte|Beschuldigter|Vertreter|Vertreterin|Bevollmächtigte|Bevollmächtigter|Von|An|Cc|Kopie|From|To|Gez|gez|Unterschrift|Verantwortlich|Protokoll|Protokollführer|Protokollführerin|Anwesend|Teilnehmende|Geschäftsführer|Geschäftsführerin|Ansprechperson|Kontaktperson|Person|Begünstigter|Begünstigte|Zahlungsempfänger|Schuldner|Schuldnerin|Gläubiger|Gläubigerin|Pflegeperson|Betreuer|Betreuerin|Bezugsperson)(?:\(in\)|/in|\*in|:in)?[ \t]{0,3}(?:\([^)\n]{1,20}\))?[ \t]{0,2}:|\bgez\.)", RegexOptions.NonBacktracking)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"(?i:mein\sname\sist|ich\sheiße|ich\sheisse|mein\sname:|ich\sbin|bin\sich,|wir\ssind|ich,|heißt|heisst|namens|genannt)[ \t]{1,3}", RegexOptions.NonBacktracking)]
    private static partial Regex Introduction();

    [GeneratedRegex(@"(?i:\bschrieb|\bwrote|\bvon:|\bfrom:|\ban:|\bto:|\bcc:|\bkopie:|\bgesendet\svon)[ \t]{1,3}""?", RegexOptions.NonBacktracking)]
    private static partial Regex QuotedHeader();

    [GeneratedRegex(@"\p{L}[""]?[ \t]{0,2}<[\w.+\-]{1,64}@", RegexOptions.NonBacktracking)]
    private static partial Regex NameBeforeAngle();
}
