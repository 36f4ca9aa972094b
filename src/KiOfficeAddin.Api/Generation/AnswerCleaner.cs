using System.Text;
using System.Text.RegularExpressions;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Strips a model's chatter so the user gets only the text: a leading "Gerne! Hier ist der umformulierte Text:" line,
/// code fences, and trailing meta paragraphs ("Ich hoffe, das hilft."). Works on a stream: it holds back the first
/// word, and the rest of the first line only when that word can open chatter ("Gerne", "Hier"); a trailing paragraph
/// is held only while it looks like chatter.
/// A letter's own closing ("Bei Fragen stehe ich Ihnen gerne zur Verfügung.") is content and stays.
/// </summary>
internal sealed partial class AnswerCleaner
{
    private const int FirstLineDecisionLength = 200;
    private const int ParagraphDecisionLength = 48;

    private readonly StringBuilder pending = new();
    private bool leadDecided;
    private bool bodyStarted;
    private bool holdingTail;

    /// <summary>Takes the next piece of the answer; returns what can be released now.</summary>
    public string Push(string chunk)
    {
        if (bodyStarted && !holdingTail && pending.Length == 0)
        {
            // The usual step once the body flows: nothing is pending, so the chunk is all ReleaseBody would read. Deciding
            // on the chunk itself releases it (or its beginning) without copying it into the builder and out again.
            var decidable = Decidable(chunk, out var holdTail);
            holdingTail |= holdTail;
            if (decidable == chunk.Length)
            {
                return chunk;
            }
            pending.Append(chunk, decidable, chunk.Length - decidable);
            return chunk[..decidable];
        }
        pending.Append(chunk);
        if (!leadDecided)
        {
            if (!TryDecideLead())
            {
                return "";
            }
        }
        return ReleaseBody();
    }

    /// <summary>The end of the answer: releases what is left, without trailing chatter.</summary>
    public string Complete()
    {
        if (!leadDecided)
        {
            DropLeadingChatter(pending.ToString(), force: true);
            leadDecided = true;
        }
        var rest = pending.ToString();
        pending.Clear();
        return StripTrailing(rest);
    }

    /// <summary>
    /// Cleans a whole answer at once (the JSON path): the same steps as <see cref="Push"/> of the whole answer and
    /// <see cref="Complete"/>, read from the answer itself. Going through the builder copied a 4 KB answer four to five
    /// times; here an answer without chatter comes back as it is, otherwise as one substring.
    /// </summary>
    public static string Clean(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        // Push: the lead is decided at once unless the answer is one short line that could be chatter; then Complete
        // decides it on the whole answer and releases nothing but what StripTrailing keeps.
        var trimmed = answer.AsSpan().TrimStart();
        var firstWordEnd = trimmed.IndexOfAnyExcept(WordCharacters);
        var undecided = !(firstWordEnd > 0 && !ChatterOpenerSpans.Contains(trimmed[..firstWordEnd]))
            && trimmed.IndexOf('\n') < 0 && trimmed.Length < FirstLineDecisionLength;
        var start = LeadingChatterEnd(answer, force: undecided);
        if (undecided)
        {
            return StripTrailing(start == 0 ? answer : answer[start..]);
        }
        // ReleaseBody (blank lines after the lead are already skipped by LeadingChatterEnd), then Complete.
        var released = Decidable(answer.AsSpan(start), out _);
        var restStart = start + released;
        var rest = restStart == answer.Length ? "" : answer[restStart..];
        var kept = StripTrailing(rest);
        // StripTrailing only ever keeps a beginning of what it gets.
        if (!rest.StartsWith(kept, StringComparison.Ordinal))
        {
            return string.Concat(answer.AsSpan(start, released), kept);
        }
        var length = released + kept.Length;
        return start == 0 && length == answer.Length ? answer : answer.Substring(start, length);
    }

    private bool TryDecideLead()
    {
        var text = pending.ToString();
        var trimmed = text.TrimStart();
        // Most answers start with their text: once the first word shows it, nothing needs holding back. Waiting for the
        // whole first line would delay the first byte by a line of generation (seconds on a real model).
        var firstWordEnd = trimmed.AsSpan().IndexOfAnyExcept(WordCharacters);
        if (firstWordEnd > 0 && !ChatterOpenerSpans.Contains(trimmed.AsSpan(0, firstWordEnd)))
        {
            DropLeadingChatter(text, force: false); // only leading blank lines: the first line is text
            leadDecided = true;
            return true;
        }
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 && trimmed.Length < FirstLineDecisionLength)
        {
            return false;
        }
        DropLeadingChatter(text, force: false);
        leadDecided = true;
        return true;
    }

    /// <param name="text">The pending text, as a string (the caller already has it).</param>
    private void DropLeadingChatter(string text, bool force) => pending.Remove(0, LeadingChatterEnd(text, force));

    /// <summary>Where the text starts after a leading chatter line or code fence and the blank lines after them.</summary>
    private static int LeadingChatterEnd(ReadOnlySpan<char> text, bool force)
    {
        var start = 0;
        // A code fence or a chatter line may come first, in either order, once each.
        for (var round = 0; round < 3; round++)
        {
            var lineEnd = text[start..].IndexOf('\n');
            if (lineEnd >= 0)
            {
                lineEnd += start;
            }
            if (lineEnd < 0 && !force)
            {
                break;
            }
            var line = (lineEnd < 0 ? text[start..] : text[start..lineEnd]).Trim();
            if (line.Length == 0 && lineEnd >= 0)
            {
                start = lineEnd + 1;
                continue;
            }
            if (line.StartsWith("```", StringComparison.Ordinal) || LeadingChatter().IsMatch(line))
            {
                start = lineEnd < 0 ? text.Length : lineEnd + 1;
                continue;
            }
            break;
        }
        while (start < text.Length && text[start] is '\n' or '\r')
        {
            start++;
        }
        return start;
    }

    private string ReleaseBody()
    {
        if (!bodyStarted)
        {
            // Blank lines after a dropped chatter line may arrive in a later chunk than the line itself.
            var blank = 0;
            while (blank < pending.Length && pending[blank] is '\n' or '\r')
            {
                blank++;
            }
            pending.Remove(0, blank);
            if (pending.Length == 0)
            {
                return "";
            }
            bodyStarted = true;
        }
        if (holdingTail)
        {
            return ""; // a chatter-looking paragraph is being held until the end
        }
        var text = pending.ToString();
        var decidable = Decidable(text, out var holdTail);
        holdingTail |= holdTail;
        pending.Remove(0, decidable);
        return decidable == text.Length ? text : text[..decidable];
    }

    /// <summary>
    /// How much of the body can be released now: everything up to the last paragraph break, and the paragraph after it
    /// once it is long enough or has a line break and does not look like chatter (<paramref name="holdTail"/>: it does);
    /// trailing line breaks and a last line that may be a closing code fence wait.
    /// </summary>
    private static int Decidable(ReadOnlySpan<char> text, out bool holdTail)
    {
        holdTail = false;
        // Release everything up to the last paragraph break; decide on the paragraph after it.
        var lastBreak = text.LastIndexOf("\n\n");
        var decidable = lastBreak < 0 ? text.Length : lastBreak;
        if (lastBreak >= 0)
        {
            var probe = text[(lastBreak + 2)..].TrimStart();
            if (probe.StartsWith("```", StringComparison.Ordinal) || TrailingChatter().IsMatch(probe))
            {
                holdTail = true;
            }
            else if (probe.Length >= ParagraphDecisionLength || probe.Contains('\n'))
            {
                decidable = text.Length;
            }
        }
        // A released line break could be the first half of a paragraph break: keep trailing breaks back.
        while (decidable > 0 && text[decidable - 1] is '\n' or '\r')
        {
            decidable--;
        }
        if (decidable > 0)
        {
            // A last line that starts with a backtick may be a closing code fence: it waits for the end or a next line.
            var lastLine = text[..decidable].LastIndexOf('\n') + 1;
            if (lastLine < text.Length && text[lastLine] == '`' && text[lastLine..].IndexOf('\n') is var end && (end < 0 || end + lastLine >= decidable))
            {
                decidable = Math.Max(0, lastLine - 1);
            }
        }
        return decidable;
    }

    private static string StripTrailing(string rest)
    {
        var paragraphs = rest.Split("\n\n");
        var keep = paragraphs.Length;
        while (keep > 0)
        {
            var paragraph = paragraphs[keep - 1].Trim();
            if (paragraph.Length == 0 || paragraph.StartsWith("```", StringComparison.Ordinal) || TrailingChatter().IsMatch(paragraph))
            {
                keep--;
                continue;
            }
            break;
        }
        var result = keep == paragraphs.Length ? rest : string.Join("\n\n", paragraphs, 0, keep);
        // A closing code fence on its own line at the very end.
        var trimmed = result.TrimEnd();
        var lastLine = trimmed.LastIndexOf('\n') + 1;
        if (trimmed.Length > 0 && trimmed.AsSpan(lastLine).Trim().SequenceEqual("```"))
        {
            result = trimmed[..Math.Max(0, lastLine - 1)];
        }
        return result;
    }

    private static readonly System.Buffers.SearchValues<char> WordCharacters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß");

    // The first words of LeadingChatter, and of the placeholders and fences that are never decided by one word.
    private static readonly System.Collections.Frozen.FrozenSet<string> ChatterOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["gerne", "gern", "natürlich", "selbstverständlich", "sicher", "klar", "okay", "ok", "hier", "nachfolgend", "im", "anbei"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChatterOpenerSpans =
        ChatterOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"^(gerne|gern|natürlich|selbstverständlich|sicher|klar|okay|ok|hier ist|hier sind|hier die|hier eine|nachfolgend|im folgenden|anbei)\b.{0,160}(:|!|\.)$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingChatter();

    [GeneratedRegex(@"^(ich hoffe|lassen sie mich wissen|möchten sie, dass ich|soll ich |wenn sie weitere (anpassungen|änderungen|wünsche)|falls sie weitere (anpassungen|änderungen|wünsche)|hinweis: ich habe|anmerkung: ich habe|ich habe den text|diese version)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingChatter();
}
