using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// The placeholder grammar: <c>[CATEGORY_N]</c> as written, and the variants a model produces when it rewrites text
/// (<c>[Person_1]</c>, <c>[PERSON 1]</c>, <c>[ PERSON_1 ]</c>). Variants are accepted because they can only name a
/// placeholder of this request or one the model invented; text in the user's input that looks like a placeholder is
/// reserved when pseudonymising, so it can never be mistaken for one of ours.
/// </summary>
internal static class PlaceholderSyntax
{
    /// <summary>Placeholder numbers have at most this many digits (a million distinct values per category).</summary>
    public const int MaxDigits = 6;

    /// <summary>Characters a genitive ending after a person placeholder may add (<c>'s</c>).</summary>
    public const int MaxSuffixLength = 2;

    private static readonly FrozenDictionary<string, PiiCategory> CategoryByName =
        Enum.GetValues<PiiCategory>().ToFrozenDictionary(c => c.ToContractName(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PiiCategory>.AlternateLookup<ReadOnlySpan<char>> CategoryLookup =
        CategoryByName.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every prefix of "NAME_" for every category: a pending name is viable while it is one of these.
    private static readonly FrozenSet<string> NamePrefixes = CategoryByName.Keys
        .SelectMany(name => Enumerable.Range(1, name.Length + 1).Select(length => (name + "_")[..length]))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamePrefixLookup =
        NamePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest category name plus its separator ("HEALTH_INSURANCE_").</summary>
    public static readonly int MaxNameLength = CategoryByName.Keys.Max(k => k.Length) + 1;

    /// <summary>Longest text the lexer accepts as one placeholder: <c>[ HEALTH_INSURANCE_999999 ]</c>.</summary>
    public static readonly int MaxTokenLength = 1 + 1 + MaxNameLength + MaxDigits + 1 + 1;

    public static string Format(PiiCategory category, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{category.ToContractName()}_{number}]");

    public static bool IsViableNamePrefix(ReadOnlySpan<char> normalized) => NamePrefixLookup.Contains(normalized);

    public static bool TryGetCategory(ReadOnlySpan<char> normalized, out PiiCategory category) =>
        CategoryLookup.TryGetValue(normalized, out category);

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
    private readonly char[] name = new char[PlaceholderSyntax.MaxNameLength];
    private Stage stage;
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
            case Stage.Name when char.IsAsciiLetter(c) || c is '_' or ' ':
                return AppendName(c);
            case Stage.Name when c is >= '1' and <= '9':
                // Only after "NAME_" and with a non-zero first digit: "[PERSON_01]" is not ours.
                if (nameLength < 2 || name[nameLength - 1] != '_'
                    || !PlaceholderSyntax.TryGetCategory(name.AsSpan(0, nameLength - 1), out var category))
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
        if (nameLength == name.Length)
        {
            return LexStep.Reject;
        }
        name[nameLength++] = c is ' ' or '_' ? '_' : char.ToUpperInvariant(c);
        return PlaceholderSyntax.IsViableNamePrefix(name.AsSpan(0, nameLength)) ? LexStep.Continue : LexStep.Reject;
    }

    private LexStep AppendDigit(char c)
    {
        Number = (Number * 10) + (c - '0');
        digitCount++;
        return LexStep.Continue;
    }
}
