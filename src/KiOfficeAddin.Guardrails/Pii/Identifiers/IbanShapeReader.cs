using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// The matches of <c>IbanShape</c> (see <see cref="IdentifierRecognizer"/>) in a window around a digit cluster, read by
/// hand: an IBAN window reaches 99 characters past its cluster, and the pattern tried every capital in them (most
/// windows are a postcode or a number after an abbreviation, "PLZ 59755", and hold no IBAN). The pattern is
/// <c>\b[A-Z]{2}[ ]?[0-9]{2}(?:[ \-.]{0,2}[A-Za-z0-9]){11,32}</c>: its greedy parts never need to give back (a space
/// taken is never a digit, and a repetition that cannot end in a letter or digit after two separators cannot after
/// fewer), so a match is the longest run of repetitions from its start, when there are eleven or more.
/// </summary>
internal static class IbanShapeReader
{
    /// <summary>
    /// Adds the pattern's matches in <paramref name="window"/> (at <paramref name="offset"/> in the text), as its scan of
    /// the window gives them; false, with nothing added, when two capitals follow a character other than ASCII (where
    /// \b holds there is the pattern's own answer).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> window, int offset, List<(int Index, int Length)> matches) =>
        BoundaryScan.TryRead<Shape>(window, offset, matches);

    private readonly struct Shape : IShapeAtWordStart
    {
        // Two capitals: the country code.
        public static bool MayStartAt(ReadOnlySpan<char> s, int p) => p + 1 < s.Length && char.IsAsciiLetterUpper(s[p]) && char.IsAsciiLetterUpper(s[p + 1]);

        public static int MatchLength(ReadOnlySpan<char> s, int p) => IbanShapeReader.MatchLength(s, p);
    }

    /// <summary>The length of the pattern's match at <paramref name="p"/> (two capitals where \b holds), or 0.</summary>
    internal static int MatchLength(ReadOnlySpan<char> s, int p)
    {
        var i = p + 2;
        if (i < s.Length && s[i] == ' ')
        {
            i++;
        }
        if (i + 2 > s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]))
        {
            return 0;
        }
        i += 2;
        var repetitions = 0;
        while (repetitions < 32)
        {
            var k = i;
            while (k < s.Length && k - i < 2 && s[k] is ' ' or '-' or '.')
            {
                k++;
            }
            if (k >= s.Length || !char.IsAsciiLetterOrDigit(s[k]))
            {
                break;
            }
            i = k + 1;
            repetitions++;
        }
        return repetitions >= 11 ? i - p : 0;
    }
}
