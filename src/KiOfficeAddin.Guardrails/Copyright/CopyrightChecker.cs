using System.Text.RegularExpressions;

namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>
/// Copyright hints for one request: third-party material in the input (§ 16 UrhG) and possible quotations of
/// registered texts in the answer (§§ 51, 63 UrhG). Official works (§ 5 UrhG: laws, ordinances, decisions) are free.
/// Thread-safe; create once.
/// </summary>
public sealed partial class CopyrightChecker(ProtectedTextLibrary library, CopyrightOptions options)
{
    /// <summary>Message of a <see cref="CopyrightNoticeCodes.PossibleQuotation"/> notice.</summary>
    public const string PossibleQuotationMessage = "Mögliches Zitat – Quelle angeben oder umformulieren";

    /// <summary>Message of a <see cref="CopyrightNoticeCodes.ThirdPartyMaterial"/> notice.</summary>
    public const string ThirdPartyMaterialMessage =
        "Der Text enthält offenbar fremdes, geschütztes Material (z. B. Presse- oder Agenturtext, ©-Vermerk oder ein " +
        "längeres Zitat). Das Hochladen ist eine Vervielfältigung (§ 16 UrhG): Bitte nur verwenden, wenn die Stadt " +
        "die Nutzungsrechte hat – oder den Inhalt selbst zusammenfassen. Amtliche Werke wie Gesetze, Satzungen und " +
        "Bescheide sind frei (§ 5 UrhG).";

    // Adjacent copied runs with at most this many changed words between them form one near-verbatim run.
    private const int MaxGapWords = 3;

    /// <summary>
    /// One <see cref="CopyrightNoticeCodes.ThirdPartyMaterial"/> notice (span of the first evidence) when the input
    /// carries a © or rights notice or an agency marker; a source line or long quotation counts only when nothing
    /// marks the text as an official work.
    /// </summary>
    public IReadOnlyList<CopyrightNotice> CheckInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var evidence = FindStrongEvidence(text);
        if (evidence is null && !OfficialWorkPattern().IsMatch(text))
        {
            evidence = FindWeakEvidence(text);
        }
        return evidence is { } found
            ? [new CopyrightNotice(CopyrightNoticeCodes.ThirdPartyMaterial, ThirdPartyMaterialMessage,
                found.Start, found.End, Evidence: found.Kind)]
            : [];
    }

    /// <summary>
    /// A <see cref="CopyrightNoticeCodes.PossibleQuotation"/> notice for every verbatim or near-verbatim run of a
    /// registered text in <paramref name="answer"/> that is long enough and not part of <paramref name="userInput"/>.
    /// </summary>
    public IReadOnlyList<CopyrightNotice> CheckOutput(string answer, string? userInput)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var index = library.Current;
        // Without registered texts there is nothing to quote: no need to tokenise the answer.
        if (index.Count == 0)
        {
            return [];
        }
        var words = WordShingles.Tokenize(answer);
        if (words.Count < WordShingles.ShingleWords)
        {
            return [];
        }
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = words[i].Hash;
        }
        var runs = FindRuns(index, hashes);
        if (runs.Count == 0)
        {
            return [];
        }
        var fromInput = MarkWordsFromInput(hashes, userInput);
        var notices = new List<CopyrightNotice>();
        foreach (var run in MergeNearVerbatim(runs))
        {
            var text = index.Texts[run.Document];
            foreach (var (first, last) in SegmentsNotFromInput(run, fromInput))
            {
                var start = words[first].Start;
                var end = ExtendOverClosingPunctuation(answer, words[last].End);
                var wordCount = last - first + 1;
                var longEnough = end - start >= options.ProseMinimumCharacters
                    || (text.IsVerse && wordCount >= options.VerseMinimumWords);
                if (longEnough && !notices.Exists(n => n.Start < end && start < n.End))
                {
                    notices.Add(new CopyrightNotice(CopyrightNoticeCodes.PossibleQuotation, PossibleQuotationMessage,
                        start, end, Source: text.Name));
                }
            }
        }
        notices.Sort((a, b) => a.Start!.Value.CompareTo(b.Start!.Value));
        return notices;
    }

    // Every shared shingle is extended to the longest exact run around it; each alignment (text, offset) once.
    private static List<Run> FindRuns(ProtectedTextIndex index, ulong[] answer)
    {
        var runs = new List<Run>();
        var extendedTo = new Dictionary<(int Document, int Offset), int>();
        for (var i = 0; i + WordShingles.ShingleWords <= answer.Length; i++)
        {
            var at = i;
            index.ForEachPosting(WordShingles.ShingleHash(answer, i), (document, position) =>
            {
                var key = (document, position - at);
                if (extendedTo.TryGetValue(key, out var end) && end > at)
                {
                    return;
                }
                var source = index.Texts[document].Words;
                int start = at, sourceStart = position;
                while (start > 0 && sourceStart > 0 && answer[start - 1] == source[sourceStart - 1])
                {
                    start--;
                    sourceStart--;
                }
                int stop = at, sourceStop = position;
                while (stop < answer.Length && sourceStop < source.Length && answer[stop] == source[sourceStop])
                {
                    stop++;
                    sourceStop++;
                }
                extendedTo[key] = stop;
                if (stop - start >= WordShingles.ShingleWords)
                {
                    runs.Add(new Run(document, start, stop, sourceStart, sourceStop));
                }
            });
        }
        return runs;
    }

    // A few changed, inserted or dropped words between two copied runs of the same text still make one copy.
    private static List<Run> MergeNearVerbatim(List<Run> runs)
    {
        runs.Sort((a, b) => a.Document != b.Document ? a.Document.CompareTo(b.Document) : a.Start.CompareTo(b.Start));
        var merged = new List<Run>();
        foreach (var run in runs)
        {
            if (merged.Count > 0)
            {
                var previous = merged[^1];
                var sourceGap = run.SourceStart - previous.SourceEnd;
                if (previous.Document == run.Document && run.Start - previous.End <= MaxGapWords
                    && sourceGap >= -MaxGapWords && sourceGap <= MaxGapWords)
                {
                    merged[^1] = previous with
                    {
                        End = Math.Max(previous.End, run.End),
                        SourceEnd = Math.Max(previous.SourceEnd, run.SourceEnd),
                    };
                    continue;
                }
            }
            merged.Add(run);
        }
        return merged;
    }

    // Words of the answer covered by a shingle the user sent: the user's own material is no quotation of ours.
    private static bool[] MarkWordsFromInput(ulong[] answer, string? userInput)
    {
        var marked = new bool[answer.Length];
        if (string.IsNullOrEmpty(userInput))
        {
            return marked;
        }
        var input = WordShingles.WordHashes(userInput);
        if (input.Length < WordShingles.ShingleWords)
        {
            return marked;
        }
        var inputShingles = new HashSet<ulong>();
        for (var i = 0; i + WordShingles.ShingleWords <= input.Length; i++)
        {
            inputShingles.Add(WordShingles.ShingleHash(input, i));
        }
        for (var i = 0; i + WordShingles.ShingleWords <= answer.Length; i++)
        {
            if (inputShingles.Contains(WordShingles.ShingleHash(answer, i)))
            {
                Array.Fill(marked, true, i, WordShingles.ShingleWords);
            }
        }
        return marked;
    }

    private static IEnumerable<(int First, int Last)> SegmentsNotFromInput(Run run, bool[] fromInput)
    {
        var first = -1;
        for (var i = run.Start; i < run.End; i++)
        {
            if (!fromInput[i] && first < 0)
            {
                first = i;
            }
            else if (fromInput[i] && first >= 0)
            {
                yield return (first, i - 1);
                first = -1;
            }
        }
        if (first >= 0)
        {
            yield return (first, run.End - 1);
        }
    }

    private static int ExtendOverClosingPunctuation(string text, int end)
    {
        while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '“' or '”' or '«' or '»' or '\'')
        {
            end++;
        }
        return end;
    }

    private static Evidence? FindStrongEvidence(string text)
    {
        Evidence? first = null;
        Consider(ref first, CopyrightSignPattern().Match(text), CopyrightEvidence.CopyrightSign);
        Consider(ref first, RightsReservedPattern().Match(text), CopyrightEvidence.RightsReserved);
        Consider(ref first, AgencyPattern().Match(text), CopyrightEvidence.Agency);
        return first;
    }

    private Evidence? FindWeakEvidence(string text)
    {
        Evidence? first = null;
        Consider(ref first, SourceLinePattern().Match(text), CopyrightEvidence.SourceLine);
        if (FindLongQuotation(text, options.LongQuotationCharacters) is { } quotation
            && (first is null || quotation.Start < first.Value.Start))
        {
            first = quotation;
        }
        return first;
    }

    private static void Consider(ref Evidence? first, Match match, string kind)
    {
        if (match.Success && (first is null || match.Index < first.Value.Start))
        {
            first = new Evidence(match.Index, match.Index + match.Length, kind);
        }
    }

    // Quotation marks as German, English and French typography writes them; a quoted passage of minimum length.
    private static Evidence? FindLongQuotation(string text, int minimumCharacters)
    {
        var i = 0;
        while (i < text.Length)
        {
            var closing = text[i] switch
            {
                '„' => "“”\"",
                '“' => "”\"",
                '"' => "\"“”",
                '»' => "«",
                '«' => "»",
                _ => null,
            };
            if (closing is null)
            {
                i++;
                continue;
            }
            var close = text.AsSpan(i + 1).IndexOfAny(closing);
            if (close < 0)
            {
                return null;
            }
            if (close >= minimumCharacters)
            {
                return new Evidence(i, i + close + 2, CopyrightEvidence.LongQuotation);
            }
            i += close + 2;
        }
        return null;
    }

    [GeneratedRegex(@"©|\(c\)\s{0,3}\d{4}|\bcopyright\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CopyrightSignPattern();

    [GeneratedRegex(@"alle\s{1,3}rechte\s{1,3}vorbehalten|all\s{1,3}rights\s{1,3}reserved",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RightsReservedPattern();

    // Agency credits as press texts print them: "(dpa)", "(AFP/epd)", "dpa/lnw", "Reuters". Case-sensitive on
    // purpose: "AFP" and "dpa" are written exactly so, while lower-case "kna" or "ap" are no credits.
    [GeneratedRegex(@"\((?:dpa|AFP|epd|KNA|Reuters|AP|SID|dts|ddp|KNA)(?:/[A-Za-z]{2,8}){0,3}\)|\b(?:dpa|AFP|epd|KNA|Reuters)(?:/[a-z]{2,4}|\b)",
        RegexOptions.NonBacktracking)]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"\b(?:Quelle|Quellen|Bildquelle|Textquelle)\s{0,3}:", RegexOptions.NonBacktracking)]
    private static partial Regex SourceLinePattern();

    // Evidence of an official work (§ 5 UrhG): a cited norm or the name of an official act.
    [GeneratedRegex(@"§\s{0,3}\d|\bArt\.\s{0,3}\d|satzung|verordnung|bescheid|urteil|beschluss|gesetz|erlass|amtsblatt|allgemeinverfügung|bekanntmachung|\bBGBl\b|\bGV\.?\s{0,3}NRW\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex OfficialWorkPattern();

    private readonly record struct Evidence(int Start, int End, string Kind);

    private sealed record Run(int Document, int Start, int End, int SourceStart, int SourceEnd);
}
