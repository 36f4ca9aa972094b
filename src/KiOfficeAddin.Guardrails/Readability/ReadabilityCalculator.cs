using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Readability;

/// <summary>Counts and scores of one text. Percentages are of all words; scores are rounded to one decimal.</summary>
/// <param name="Words">Words, numbers and read-aloud symbols (§, %, €).</param>
/// <param name="Sentences">Sentences (., !, ?, … or a blank line; abbreviations and ordinals do not end one).</param>
/// <param name="Syllables">Spoken syllables of all words.</param>
/// <param name="PolysyllabicWords">Words of three or more syllables (MS of the Wiener Sachtextformel).</param>
/// <param name="LongWords">Words of more than six letters (IW).</param>
/// <param name="MonosyllabicWords">Words of one syllable (ES).</param>
/// <param name="FleschReadingEase">Amstad: 180 − ASL − 58.5 × ASW; higher is easier (0–100 for ordinary prose).</param>
/// <param name="WienerSachtextformel">First Wiener Sachtextformel: a school grade, 4 (easy) to 15 (very hard).</param>
/// <param name="Assessment">The Amstad band in German ("leicht", "mittelschwer", …), for the task pane.</param>
public sealed record ReadabilityResult(
    int Words,
    int Sentences,
    int Syllables,
    int PolysyllabicWords,
    int LongWords,
    int MonosyllabicWords,
    double FleschReadingEase,
    double WienerSachtextformel,
    string Assessment)
{
    /// <summary>Applies both formulas to counts (also used by tests that count by hand).</summary>
    public static ReadabilityResult FromCounts(
        int words, int sentences, int syllables, int polysyllabic, int longWords, int monosyllabic)
    {
        if (words == 0)
        {
            return new(0, 0, 0, 0, 0, 0, 0, 0, "kein Text");
        }
        sentences = Math.Max(sentences, 1);
        var asl = (double)words / sentences;
        var asw = (double)syllables / words;
        var fre = 180 - asl - (58.5 * asw);
        var ms = 100.0 * polysyllabic / words;
        var iw = 100.0 * longWords / words;
        var es = 100.0 * monosyllabic / words;
        var wstf = (0.1935 * ms) + (0.1672 * asl) + (0.1297 * iw) - (0.0327 * es) - 0.875;
        return new(words, sentences, syllables, polysyllabic, longWords, monosyllabic,
            Math.Round(fre, 1), Math.Round(wstf, 1), Assess(fre));
    }

    private static string Assess(double fre) => fre switch
    {
        >= 90 => "sehr leicht",
        >= 80 => "leicht",
        >= 70 => "mittelleicht",
        >= 60 => "mittel",
        >= 50 => "mittelschwer",
        >= 30 => "schwer",
        _ => "sehr schwer",
    };
}

/// <summary>
/// Readability of German text: Flesch reading ease after Amstad and the first Wiener Sachtextformel.
/// Thread-safe and allocation-light; the text never leaves this method.
/// </summary>
public static class ReadabilityCalculator
{
    // Abbreviations read as their expansion; their dot does not end a sentence. Keys are lower case, without dot.
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["z"] = "zum", ["b"] = "Beispiel", ["d"] = "das", ["h"] = "heißt", ["u"] = "und", ["a"] = "anderem",
        ["s"] = "siehe", ["t"] = "Teil", ["r"] = "Regel", ["o"] = "oben", ["g"] = "genannt", ["i"] = "in",
        ["v"] = "Vertretung", ["nr"] = "Nummer", ["dr"] = "Doktor", ["str"] = "Straße", ["abs"] = "Absatz",
        ["ca"] = "circa", ["ggf"] = "gegebenenfalls", ["bzw"] = "beziehungsweise", ["usw"] = "undsoweiter",
        ["etc"] = "etcetera", ["vgl"] = "vergleiche", ["tel"] = "Telefon", ["hr"] = "Herr", ["fr"] = "Frau",
        ["inkl"] = "inklusive", ["zzgl"] = "zuzüglich", ["gem"] = "gemäß", ["lt"] = "laut", ["evtl"] = "eventuell",
        ["mio"] = "Millionen", ["mrd"] = "Milliarden", ["bzgl"] = "bezüglich", ["kap"] = "Kapitel",
        ["std"] = "Stunden", ["jh"] = "Jahrhundert", ["st"] = "Sankt", ["prof"] = "Professor", ["geb"] = "geboren",
        ["az"] = "Aktenzeichen", ["fa"] = "Firma", ["ff"] = "folgende", ["f"] = "folgende", ["sog"] = "sogenannt",
        ["max"] = "maximal", ["min"] = "mindestens", ["bspw"] = "beispielsweise", ["allg"] = "allgemein",
        ["zz"] = "zurzeit", ["einschl"] = "einschließlich", ["abt"] = "Abteilung", ["mwst"] = "Mehrwertsteuer",
        ["tsd"] = "tausend", ["ziff"] = "Ziffer", ["lfd"] = "laufend", ["ggü"] = "gegenüber",
        ["insb"] = "insbesondere", ["uvm"] = "undvielesmehr", ["zt"] = "zumTeil",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Counts words, sentences and syllables of <paramref name="text"/> and applies both formulas.</summary>
    public static ReadabilityResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Counts();
        var wordsInSentence = 0;
        var previousWord = Range.StartAt(0);
        var i = 0;
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lowerBuffer = stackalloc char[16];
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var end = ReadWord(text, i);
                var word = text.AsSpan(i, end - i);
                if (end < text.Length && text[end] == '.' && word.Length <= lowerBuffer.Length)
                {
                    var lower = lowerBuffer[..word.Length];
                    word.ToLowerInvariant(lower);
                    if (lookup.TryGetValue(lower, out var expansion))
                    {
                        counts.Add(GermanSyllableCounter.CountWord(expansion), LetterCount(expansion));
                        wordsInSentence++;
                        i = end + 1; // the abbreviation's dot
                        continue;
                    }
                    if (word.Length == 1)
                    {
                        // An initial ("K. Weber") or a letter in an enumeration: no sentence end.
                        counts.Add(1, 1);
                        wordsInSentence++;
                        i = end + 1;
                        continue;
                    }
                }
                counts.Add(GermanSyllableCounter.CountWord(word), LetterCount(word));
                wordsInSentence++;
                previousWord = new Range(i, end);
                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = ReadNumber(text, i);
                var number = text.AsSpan(i, end - i);
                // An ordinal ("vom 3. März", "die 2. Stufe") keeps its dot; "Raum 12. Danke." ends a sentence. A
                // numeral has no letters, so it never counts as a long word.
                var ordinal = end < text.Length && text[end] == '.' && IsOrdinal(text, previousWord, end + 1);
                counts.Add(ordinal ? GermanSyllableCounter.CountOrdinal(number) : GermanSyllableCounter.CountNumber(number), 0);
                wordsInSentence++;
                i = ordinal ? end + 1 : end;
            }
            else if (c is '§' or '%' or '€' or '&')
            {
                var spoken = c switch { '§' => "Paragraf", '%' => "Prozent", '€' => "Euro", _ => "und" };
                counts.Add(GermanSyllableCounter.CountWord(spoken), LetterCount(spoken));
                wordsInSentence++;
                i++;
            }
            else if (c is '.' or '!' or '?' or '…' && IsSentenceEnd(text, i))
            {
                if (wordsInSentence > 0)
                {
                    counts.Sentences++;
                    wordsInSentence = 0;
                }
                i++;
            }
            else if (c == '\n' && IsBlankLineAfter(text, i))
            {
                // Headings, salutations without punctuation and list items separated by blank lines.
                if (wordsInSentence > 0)
                {
                    counts.Sentences++;
                    wordsInSentence = 0;
                }
                i++;
            }
            else
            {
                i++;
            }
        }
        if (wordsInSentence > 0)
        {
            counts.Sentences++;
        }
        return ReadabilityResult.FromCounts(counts.Words, counts.Sentences, counts.Syllables,
            counts.Polysyllabic, counts.Long, counts.Monosyllabic);
    }

    private static int ReadWord(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int ReadNumber(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // A dot inside "www.stadt.de" or "z.B." is followed by a letter: only a dot before space, a quote, a bracket
    // or the end of the text closes a sentence.
    private static bool IsSentenceEnd(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '…')
        {
            next++;
        }
        return next >= text.Length || char.IsWhiteSpace(text[next]) || text[next] is '"' or '“' or '”' or '«' or '»' or ')' or '\'';
    }

    private static bool IsOrdinal(string text, Range previousWord, int afterDot)
    {
        var i = afterDot;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }
        if (i >= text.Length || !char.IsLetter(text[i]))
        {
            return false;
        }
        var next = text.AsSpan(i, ReadWord(text, i) - i);
        if (char.IsLower(next[0]) || Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
        {
            return true;
        }
        var (start, length) = previousWord.GetOffsetAndLength(text.Length);
        return length > 0 && start + length <= afterDot
            && OrdinalLeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, length));
    }

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez");

    // Words that put an ordinal before a noun: "der 2. Bürgermeister", "zum 1. Mal", "ab dem 3. Tag".
    private static readonly FrozenSet<string> OrdinalLeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "ab", "bis", "seit", "ihr",
        "ihre", "ihrem", "ihren", "ihres", "sein", "seine", "seinem", "seinen", "unser", "unsere", "jeder", "jede");

    private static bool IsBlankLineAfter(string text, int newline)
    {
        var i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        return i < text.Length && text[i] == '\n';
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters;
    }

    private sealed class Counts
    {
        public int Words { get; private set; }

        public int Sentences { get; set; }

        public int Syllables { get; private set; }

        public int Polysyllabic { get; private set; }

        public int Monosyllabic { get; private set; }

        public int Long { get; private set; }

        public void Add(int syllables, int letters)
        {
            Words++;
            Syllables += syllables;
            if (syllables >= 3)
            {
                Polysyllabic++;
            }
            if (syllables == 1)
            {
                Monosyllabic++;
            }
            if (letters > 6)
            {
                Long++;
            }
        }
    }
}
