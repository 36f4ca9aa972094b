namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>A shape that a pattern starting with <c>\b</c> describes, read by hand (see <see cref="BoundaryScan"/>).</summary>
internal interface IShapeAtWordStart
{
    /// <summary>Whether the shape's first characters stand at <paramref name="p"/> (the test before \b is asked).</summary>
    static abstract bool MayStartAt(ReadOnlySpan<char> s, int p);

    /// <summary>The length of the shape's match at <paramref name="p"/>, where \b holds; 0 for none.</summary>
    static abstract int MatchLength(ReadOnlySpan<char> s, int p);
}

/// <summary>
/// The scan a pattern <c>\b…</c> makes of a window, for shapes read by hand: at each position where the shape may start
/// and \b holds, its match, then on after it. A generic over the shape (not a delegate), so each reader's calls are
/// direct and inlined on the detector's hot path.
/// </summary>
internal static class BoundaryScan
{
    /// <summary>
    /// Adds the matches in <paramref name="window"/> (at <paramref name="offset"/> in the text), as the pattern's scan of
    /// the window gives them. False, with nothing added, when a possible start follows a character other than ASCII:
    /// whether \b holds there is the pattern's own answer, so the caller then runs the pattern.
    /// </summary>
    public static bool TryRead<TShape>(ReadOnlySpan<char> window, int offset, List<(int Index, int Length)> matches)
        where TShape : IShapeAtWordStart
    {
        var first = matches.Count;
        for (var p = 0; p < window.Length; p++)
        {
            if (!TShape.MayStartAt(window, p))
            {
                continue;
            }
            if (p > 0)
            {
                var before = window[p - 1];
                if (!char.IsAscii(before))
                {
                    matches.RemoveRange(first, matches.Count - first);
                    return false;
                }
                if (char.IsAsciiLetterOrDigit(before) || before == '_')
                {
                    continue; // no \b: the start continues a word
                }
            }
            var length = TShape.MatchLength(window, p);
            if (length > 0)
            {
                matches.Add((offset + p, length));
                p += length - 1;
            }
        }
        return true;
    }
}
