using System.Collections.Frozen;
using System.Globalization;

namespace KiOfficeAddin.Guardrails.Readability;

/// <summary>
/// Counts the spoken syllables of one German word by its vowel nuclei. A diphthong or long-vowel spelling
/// (ei, ai, au, eu, äu, ie, ey, ay, aa, ee, oo) is one nucleus; any other pair of adjacent vowels is two
/// ("Si-tu-a-ti-on", "The-a-ter"). Known exceptions of German spelling are handled by small rules and a lexicon.
/// </summary>
public static class GermanSyllableCounter
{
    // Pairs read as one nucleus. "ie" is one except in the -ie/-ien words listed below.
    private static readonly FrozenSet<string> Nuclei = FrozenSet.Create(StringComparer.Ordinal,
        "ei", "ai", "au", "eu", "äu", "ie", "ey", "ay", "aa", "ee", "oo");

    // Stems whose "ie" is i + e ("Fa-mi-li-e", "Me-di-en"); checked wherever the stem is followed by "e".
    private static readonly string[] SplitIeStems =
    [
        "famili", "lini", "studi", "seri", "materi", "medi", "gremi", "kriteri", "feri", "immobili", "prämi",
        "kastani", "komödi", "tragödi", "foli", "akti", "mumi", "stipendi", "materiali", "lili", "petersili",
        "glori", "pini", "geni", "spezi", "indi", "belgi", "itali", "spani", "kolumbi", "bakteri", "mysteri",
        "provinzi", "fossili", "utensili", "insigni", "reptili", "ingredi", "kurzzeitstudi",
    ];

    // A prefix ending in a vowel before a stem starting with one: the pair is not one nucleus here.
    private static readonly string[] SplitPrefixes = ["beur", "geehr", "beehr", "beend", "beerd", "geeb", "koo", "zoolog"];

    /// <summary>Syllables of one word of letters (hyphens allowed); at least one for any word.</summary>
    public static int CountWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }
        if (word.Contains('-'))
        {
            // Compounds like "E-Mail" or "Baden-Württemberg": each part is spoken as a word of its own.
            var total = 0;
            foreach (var range in word.Split('-'))
            {
                total += CountWord(word[range]);
            }
            return Math.Max(total, 1);
        }
        if (IsSpelledAcronym(word))
        {
            return word.Length;
        }
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        var count = CountNuclei(lower);
        count += SplitIeCorrection(lower);
        if (lower.EndsWith("eum") || lower.EndsWith("äum") || lower.EndsWith("eums") || lower.EndsWith("äums"))
        {
            count++; // Mu-se-um, Ju-bi-lä-um
        }
        foreach (var prefix in SplitPrefixes)
        {
            if (lower.StartsWith(prefix))
            {
                count++; // be-ur-tei-len, ge-ehr-te, be-en-den, ko-or-di-nie-ren
                break;
            }
        }
        return Math.Max(count, 1);
    }

    private static int CountNuclei(ReadOnlySpan<char> lower)
    {
        var count = 0;
        var i = 0;
        Span<char> pair = stackalloc char[2];
        var lookup = Nuclei.GetAlternateLookup<ReadOnlySpan<char>>();
        while (i < lower.Length)
        {
            if (!IsVowelAt(lower, i))
            {
                i++;
                continue;
            }
            count++;
            if (i + 1 < lower.Length && IsVowelAt(lower, i + 1))
            {
                pair[0] = lower[i];
                pair[1] = lower[i + 1];
                i += lookup.Contains(pair) ? 2 : 1;
            }
            else
            {
                i++;
            }
        }
        return count;
    }

    // The u of "qu" glides into the next vowel: "Quel-le", "Quit-tung".
    private static bool IsVowelAt(ReadOnlySpan<char> lower, int i) =>
        IsVowel(lower[i]) && !(lower[i] == 'u' && i > 0 && lower[i - 1] == 'q');

    private static int SplitIeCorrection(ReadOnlySpan<char> lower)
    {
        var extra = 0;
        foreach (var stem in SplitIeStems)
        {
            var at = lower.IndexOf(stem.AsSpan(), StringComparison.Ordinal);
            if (at >= 0 && at + stem.Length < lower.Length && lower[at + stem.Length] == 'e')
            {
                extra = 1;
                break;
            }
        }
        if (extra == 0 && lower.Length >= 5 && lower.EndsWith("ien") && !IsVowel(lower[^4]) && !lower.EndsWith("schien")
            && CountNuclei(lower[..^3]) >= 1)
        {
            // Plurals in -ien are i + en: "Ko-pi-en", "E-ner-gi-en", "Ka-te-go-ri-en".
            extra = 1;
        }
        return extra;
    }

    private static bool IsSpelledAcronym(ReadOnlySpan<char> word)
    {
        // "NRW", "DSGVO", "EU", "KI": read letter by letter. Mixed case ("BauO", "GmbH") is read as a word.
        if (word.Length is < 2 or > 6)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü' or 'y'
        or 'é' or 'è' or 'à' or 'â' or 'ô' or 'î';

    /// <summary>Syllables of a number as spoken in German ("2026" = zwei-tau-send-sechs-und-zwan-zig, 7).</summary>
    public static int CountNumber(ReadOnlySpan<char> digits)
    {
        // Decimal and grouped forms: "1,5" = eins Kom-ma fünf; "10.000" reads as one number.
        var commaAt = digits.IndexOf(',');
        if (commaAt >= 0)
        {
            var fraction = digits[(commaAt + 1)..];
            return CountNumber(digits[..commaAt]) + 2 + CountDigitsSpelled(fraction);
        }
        Span<char> plain = stackalloc char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                plain[length++] = c;
            }
        }
        if (length == 0)
        {
            return 1;
        }
        if (length > 9 || !long.TryParse(plain[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return CountDigitsSpelled(plain[..length]);
        }
        return value == 0 ? 1 : SpokenSyllables(value);
    }

    /// <summary>Syllables of an ordinal ("3." = drit-ten, "7." = sieb-ten, "21." = ein-und-zwan-zigs-ten).</summary>
    public static int CountOrdinal(ReadOnlySpan<char> digits)
    {
        var cardinal = CountNumber(digits);
        // The ending adds a syllable ("drei" → "drit-ten"), except "sie-ben" → "sieb-ten", which loses one first.
        var endsInSeven = digits is ['7'] || digits.EndsWith("07");
        return endsInSeven ? cardinal : cardinal + 1;
    }

    private static int CountDigitsSpelled(ReadOnlySpan<char> digits)
    {
        var total = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                total += c == '7' ? 2 : 1;
            }
        }
        return Math.Max(total, 1);
    }

    private static int SpokenSyllables(long value)
    {
        var total = 0;
        if (value >= 1_000_000)
        {
            // "eine Mil-li-on", "zwei Mil-li-o-nen"
            var millions = value / 1_000_000;
            total += (millions == 1 ? 2 : SpokenSyllables(millions)) + (millions == 1 ? 3 : 4);
            value %= 1_000_000;
        }
        if (value >= 1000)
        {
            var thousands = value / 1000;
            total += (thousands == 1 ? 1 : SpokenSyllables(thousands)) + 2; // (ein)tau-send
            value %= 1000;
        }
        if (value >= 100)
        {
            var hundreds = value / 100;
            total += (hundreds == 1 ? 1 : UnitSyllables(hundreds)) + 2; // (ein)hun-dert
            value %= 100;
        }
        if (value == 0)
        {
            return total;
        }
        if (value < 13)
        {
            return total + value switch { 7 => 2, _ => 1 };
        }
        if (value < 20)
        {
            return total + (value == 17 ? 2 : UnitSyllables(value - 10) + 1); // sieb-zehn, drei-zehn
        }
        var tens = 2; // zwan-zig, drei-ßig, vier-zig ...
        var units = value % 10;
        return total + tens + (units == 0 ? 0 : UnitSyllables(units) + 1); // ein-und-zwan-zig
    }

    private static int UnitSyllables(long unit) => unit == 7 ? 2 : 1;
}
