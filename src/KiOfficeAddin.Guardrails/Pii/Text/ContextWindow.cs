using System.Text.RegularExpressions;

namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>Looks for context words in a bounded window around a match, so a weak format gains confidence.</summary>
internal static class ContextWindow
{
    public static bool Before(string text, int start, int window, Regex words)
    {
        var from = Math.Max(0, start - window);
        return words.IsMatch(text.AsSpan(from, start - from));
    }

    public static bool After(string text, int end, int window, Regex words)
    {
        var to = Math.Min(text.Length, end + window);
        return words.IsMatch(text.AsSpan(end, to - end));
    }

    public static bool Around(string text, int start, int end, int window, Regex words) =>
        Before(text, start, window, words) || After(text, end, window, words);

    /// <summary>Up to <paramref name="length"/> characters before <paramref name="position"/>, from its line's start on.</summary>
    public static ReadOnlySpan<char> LineBefore(string text, int position, int length) =>
        CutAfterLast(text, position, length, "\n");

    /// <summary>Up to <paramref name="length"/> characters before <paramref name="position"/>, from its sentence's start on.</summary>
    public static ReadOnlySpan<char> SentenceBefore(string text, int position, int length) =>
        CutAfterLast(text, position, length, ".!?\n");

    private static ReadOnlySpan<char> CutAfterLast(string text, int position, int length, string ends)
    {
        var from = Math.Max(0, position - length);
        var window = text.AsSpan(from, position - from);
        var end = window.LastIndexOfAny(ends);
        return end >= 0 ? window[(end + 1)..] : window;
    }

    /// <summary>True when the character before <paramref name="start"/> (skipping one separator) is a digit or letter.</summary>
    public static bool GluedBefore(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }
        var c = text[start - 1];
        if (char.IsLetterOrDigit(c) || c == '+')
        {
            return true;
        }
        return start >= 2 && (c is '-' or '/' or '.') && char.IsDigit(text[start - 2]);
    }

    public static bool GluedAfter(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }
        var c = text[end];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }
        return end + 1 < text.Length && (c is '-' or '/' or '.' or ',') && char.IsDigit(text[end + 1]);
    }
}
