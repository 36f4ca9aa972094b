namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// The placeholder grammar: <c>[CATEGORY_N]</c> as written, and the variants a model produces when it rewrites text
/// (<c>[Person_1]</c>, <c>[PERSON 1]</c>, <c>[PERSON-1]</c>, <c>[ PERSON_1 ]</c>). Variants are accepted because they can only name a
/// placeholder of this request or one the model invented; text in the user's input that looks like a placeholder is
/// reserved when pseudonymising, so it can never be mistaken for one of ours.
/// </summary>
internal static class PlaceholderSyntax
{
    /// <summary>Placeholder numbers have at most this many digits (a million distinct values per category).</summary>
    public const int MaxDigits = 6;

    /// <summary>Characters a genitive ending after a person placeholder may add (<c>'s</c>).</summary>
    public const int MaxSuffixLength = 2;

    private static readonly PiiCategory[] Categories = Enum.GetValues<PiiCategory>();

    private static readonly string[] NamesWithSeparator = Categories.Select(c => c.ToContractName() + "_").ToArray();

    /// <summary>Longest category name plus its separator ("HEALTH_INSURANCE_").</summary>
    public static readonly int MaxNameLength = NamesWithSeparator.Max(n => n.Length);

    /// <summary>Longest text the lexer accepts as one placeholder: <c>[ HEALTH_INSURANCE_999999 ]</c>.</summary>
    public static readonly int MaxTokenLength = 1 + 1 + MaxNameLength + MaxDigits + 1 + 1;

    // The lexer narrows a bit set of categories per character instead of hashing the name so far: one table lookup
    // per character. CandidatesAt[position * Symbols + symbol] = categories whose "NAME_" has that symbol there.
    private const int Symbols = 27; // A–Z and '_'

    private static readonly uint[] CandidatesAt = BuildCandidates();

    // Categories whose "NAME_" has exactly the given length: after it, digits may follow.
    private static readonly uint[] CompleteAtLength = Enumerable.Range(0, MaxNameLength + 1)
        .Select(length => Mask(NamesWithSeparator, n => n.Length == length))
        .ToArray();

    /// <summary>All categories, as the lexer's starting candidate set.</summary>
    public static uint AllCategories { get; } = Mask(NamesWithSeparator, _ => true);

    public static string Format(PiiCategory category, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{category.ToContractName()}_{number}]");

    /// <summary>
    /// Narrows <paramref name="candidates"/> by the character at <paramref name="position"/> of the name (upper case
    /// or '_'); zero when no category name continues so.
    /// </summary>
    public static uint Narrow(uint candidates, int position, char normalized)
    {
        var symbol = normalized == '_' ? 26 : normalized - 'A';
        return position < MaxNameLength && (uint)symbol < Symbols ? candidates & CandidatesAt[(position * Symbols) + symbol] : 0;
    }

    /// <summary>The one category whose name, with its separator, is exactly the <paramref name="length"/> characters read.</summary>
    public static bool TryComplete(uint candidates, int length, out PiiCategory category)
    {
        var complete = length <= MaxNameLength ? candidates & CompleteAtLength[length] : 0;
        category = complete == 0 ? default : Categories[System.Numerics.BitOperations.TrailingZeroCount(complete)];
        return complete != 0;
    }

    private static uint[] BuildCandidates()
    {
        var table = new uint[MaxNameLength * Symbols];
        for (var category = 0; category < NamesWithSeparator.Length; category++)
        {
            var name = NamesWithSeparator[category];
            for (var position = 0; position < name.Length; position++)
            {
                var symbol = name[position] == '_' ? 26 : name[position] - 'A';
                table[(position * Symbols) + symbol] |= 1u << category;
            }
        }
        return table;
    }

    private static uint Mask(string[] names, Func<string, bool> include)
    {
        var mask = 0u;
        for (var i = 0; i < names.Length; i++)
        {
            mask |= include(names[i]) ? 1u << i : 0;
        }
        return mask;
    }


    /// <summary>Every placeholder-shaped token in <paramref name="text"/>, as the restorer would read it.</summary>
    public static IEnumerable<(PiiCategory Category, int Number)> FindAll(string text)
    {
        var lexer = new PlaceholderLexer();
        var index = text.IndexOf('[', StringComparison.Ordinal);
        while (index >= 0)
        {
            lexer.Start();
            var next = index + 1;
            while (next < text.Length)
            {
                var step = lexer.Feed(text[next]);
                if (step == LexStep.Complete)
                {
                    yield return (lexer.Category, lexer.Number);
                    next++;
                    break;
                }
                if (step == LexStep.Reject)
                {
                    break; // the rejected character may itself open a placeholder
                }
                next++;
            }
            index = next < text.Length ? text.IndexOf('[', next) : -1;
        }
    }
}

internal enum LexStep
{
    Continue,
    Complete,
    Reject,
}

/// <summary>
/// Reads one placeholder character by character after its opening bracket, so that a stream can decide with at most
/// <see cref="PlaceholderSyntax.MaxTokenLength"/> characters held back. Rejects as soon as no placeholder can follow.
/// </summary>
internal sealed class PlaceholderLexer
{
    private Stage stage;
    private uint candidates;
    private int nameLength;
    private int digitCount;

    private enum Stage
    {
        Open,
        OpenSpace,
        Name,
        Digits,
        CloseSpace,
    }

    public PiiCategory Category { get; private set; }

    public int Number { get; private set; }

    /// <summary>Begins a token; the caller has consumed the opening bracket.</summary>
    public void Start()
    {
        stage = Stage.Open;
        candidates = PlaceholderSyntax.AllCategories;
        nameLength = 0;
        digitCount = 0;
        Number = 0;
    }

    public LexStep Feed(char c)
    {
        switch (stage)
        {
            case Stage.Open when c == ' ':
                stage = Stage.OpenSpace;
                return LexStep.Continue;
            case Stage.Open or Stage.OpenSpace when char.IsAsciiLetter(c):
                stage = Stage.Name;
                return AppendName(c);
            case Stage.Name when char.IsAsciiLetter(c) || c is '_' or ' ' or '-':
                return AppendName(c);
            case Stage.Name when c is >= '1' and <= '9':
                // Only after "NAME_" and with a non-zero first digit: "[PERSON_01]" is not ours.
                if (!PlaceholderSyntax.TryComplete(candidates, nameLength, out var category))
                {
                    return LexStep.Reject;
                }
                Category = category;
                stage = Stage.Digits;
                return AppendDigit(c);
            case Stage.Digits when char.IsAsciiDigit(c):
                return digitCount < PlaceholderSyntax.MaxDigits ? AppendDigit(c) : LexStep.Reject;
            case Stage.Digits when c == ' ':
                stage = Stage.CloseSpace;
                return LexStep.Continue;
            case Stage.Digits or Stage.CloseSpace when c == ']':
                return LexStep.Complete;
            default:
                return LexStep.Reject;
        }
    }

    private LexStep AppendName(char c)
    {
        candidates = PlaceholderSyntax.Narrow(candidates, nameLength++, c is ' ' or '_' or '-' ? '_' : char.ToUpperInvariant(c));
        return candidates != 0 ? LexStep.Continue : LexStep.Reject;
    }

    private LexStep AppendDigit(char c)
    {
        Number = (Number * 10) + (c - '0');
        digitCount++;
        return LexStep.Continue;
    }
}
