using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii.Identifiers;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The case-reference pattern runs only at its leads (a speed-up): these tests hold that this finds exactly what a scan
/// of the whole text finds, and that every context word of the pattern begins with a lead.
/// </summary>
public sealed class CaseReferenceLeadTests
{
    [Fact]
    public void EveryContextWordOfThePatternBeginsWithALead()
    {
        var words = ContextWordPrefixes(IdentifierRecognizer.CaseReferencePattern);
        Assert.True(words.Count > 40, $"parsed only {words.Count} context words");
        foreach (var word in words)
        {
            Assert.True(IdentifierRecognizer.IsLead(word, 0), $"no lead for \"{word}\"");
        }
    }

    private const string Word = "Abcdefghijklmnopqrst";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Aktenzeichen: 3 F 214/26, Ihr Zeichen: AB-12/2026, unser Az. 55-1234",
            "AKTENZEICHEN 12 K 3456/25 und mein\tZeichen 17/04; Kassenzeichen 5.1234.5678.9",
            "xaktenzeichen 12345 _Az. 4711 Az.4711 az 99 GZ: 12-34 Gesch.-Z. 2026/11 Geschäftszeichens ÄÖ 12345",
            // Umlauts where a lead has an ASCII letter and the other way round.
            "für Fall 12, Fäll 12, FÜR 12, Förder-Nr. 12, förder 12, Fórder 12, Zählernummer 12 ZÄHLERNUMMER 34 zahlernummer 56 Zàhlernummer 7",
            "BUSSGELDBESCHEID-Nr 7, Bußgeldbescheid-nr 88, BUẞGELDBESCHEID-NR 9, Bürger Büro möchten können müssen Vórgang 12",
            "Verwarnungsgeld-Nr. 2026.0815, Bußgeldbescheid-Nr 77/12, Förder-Nr. F-2026-01, Zählernummer 1APL0012345678",
            "Versicherungsscheinnummer Mein Vertrag Nummer Eins Zwei: VS-2026-4711 Vorgang Sozialhilfe Grundsicherung 12 K 3456/25",
            "meinzeichen 12345 mein zeichen 12345 unser  Az. 9 ihr\u00A0Zeichen 88/2026 Fallnummer: 2026-0001 Ticket-Nr. T-99",
            // Leads are looked for only in stretches with a digit: a line end after a possessive does not end one, a
            // comma, a bracket or another line end does.
            "Ihr\nZeichen: AB-12/2026, Unser\r\nZeichen 7, Vorgang, 12/26 (Referenz) 4711\nAz\n12 Kassenzeichen…5.1234 Zeichen\u00A0Ä 12",
            new string('x', 500) + " Aktenzeichen " + new string('A', 40) + " 12/34",
            "Referenz " + string.Join(" ", Enumerable.Repeat("Wort", 10)) + ": AZ-12345",
            // A lead without a digit in reach whose match hides a later lead with one: nothing is found.
            $"Referenz {Word} {Word} {Word} {Word}: Kassenzeichen {Word} {Word} {Word} {Word}: 4711",
            $"Referenz {Word}: Kassenzeichen {Word} {Word} {Word} {Word}: 4711 Fall {Word} Fall {Word}: 12",
            // Nothing but context words: past the window budget the whole-text scan takes over mid-text.
            string.Concat(Enumerable.Repeat("Az 12 ", 3000)),
            string.Concat(Enumerable.Repeat("Fall Akte Zeichen ", 2000)) + "Aktenzeichen 12/34",
            "Brief " + string.Concat(Enumerable.Repeat("Vorgang Vorgang 2026-1 mein Zeichen AB-7 ", 400)),
            string.Concat(Enumerable.Repeat("Referenz Kassenzeichen ", 500)) + string.Concat(Enumerable.Repeat("Referenz 12 ", 500)),
        };
        var fresh = Path.Combine(AppContext.BaseDirectory, "Pii", "Corpus", "fresh.jsonl");
        foreach (var line in File.ReadLines(fresh).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var text = (string)JsonNode.Parse(line)!["text"]!;
            data.Add(text);
            data.Add(text.ToUpperInvariant());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void MatchingAtLeadsFindsWhatTheWholeTextScanFinds(string text)
    {
        var atLeads = new List<Candidate>();
        var whole = new List<Candidate>();
        IdentifierRecognizer.FindCaseReferenceMatches(text, atLeads, atLeadsOnly: true);
        IdentifierRecognizer.FindCaseReferenceMatches(text, whole, atLeadsOnly: false);
        Assert.Equal(whole, atLeads);
    }

    [Fact]
    public void NoLatinOneLetterEqualsAnAsciiCharacterIgnoringCase()
    {
        // The lead comparison answers "not equal" for such a pair without asking the library.
        for (var c = '\u0080'; c <= '\u00FF'; c++)
        {
            for (var a = '\0'; a < '\u0080'; a++)
            {
                Assert.False(string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{(int)c:X4} and U+{(int)a:X4}");
            }
        }
    }

    /// <summary>The letters each alternative of the pattern's first group must begin with (optional letters dropped).</summary>
    private static List<string> ContextWordPrefixes(string pattern)
    {
        const string open = @"(?i:\b(?:";
        Assert.StartsWith(open, pattern);
        var i = open.Length;
        var depth = 0;
        var alternative = new System.Text.StringBuilder();
        var alternatives = new List<string>();
        for (; depth >= 0; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                alternative.Append(c).Append(pattern[++i]);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0 || (depth == 0 && c == '|'))
            {
                alternatives.Add(alternative.ToString());
                alternative.Clear();
                continue;
            }
            alternative.Append(c);
        }
        var prefixes = new List<string>();
        foreach (var a in alternatives)
        {
            // "(?:mein|unser|ihr)\s(...)": each word of a leading group is a start.
            var starts = a.StartsWith("(?:", StringComparison.Ordinal) ? a[3..a.IndexOf(')', StringComparison.Ordinal)].Split('|') : [a];
            foreach (var s in starts)
            {
                var n = 0;
                while (n < s.Length && char.IsLetter(s[n]) && !(n + 1 < s.Length && s[n + 1] is '?' or '*' or '{'))
                {
                    n++;
                }
                Assert.True(n >= 2, $"alternative \"{s}\" does not start with two letters");
                prefixes.Add(s[..n]);
            }
        }
        return prefixes;
    }
}
