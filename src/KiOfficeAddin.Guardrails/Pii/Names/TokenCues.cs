using System.Numerics;
using System.Runtime.CompilerServices;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Where a token pass of the name rules can start. Each cue is a necessary condition of one pass (never the whole rule),
/// read once per text by <see cref="NameRecognizer"/>; the pass then visits only the tokens with its cue instead of
/// testing every token, and a text without the cue not at all.
/// </summary>
internal enum TokenCue
{
    /// <summary>A word that starts a rule of FindByCues' scan: a cue word of its classes, or a capitalised word before another.</summary>
    ByCueStart,

    /// <summary>A word that starts a rule of FindAfterPatterns' scan: a cue word of its classes, or a colon at most 30 characters on after a character a label may have after it.</summary>
    AfterPatternStart,

    /// <summary>A colon right after the word, or "Auftrag" (FindNoteSignOffs' scan).</summary>
    NoteSignOffStart,

    /// <summary>An initial or a capitalised pair after nothing but a line start, space, list mark or item number (FindLineStartNames).</summary>
    LineStartCandidate,

    /// <summary>A capitalised known given name after a lower-case word (FindLoneGivenNames).</summary>
    LoneGivenNameStart,

    /// <summary>A capitalised word.</summary>
    Capitalised,

    /// <summary>A capitalised word with a hyphen inside ("Brinker-Esposito").</summary>
    CapitalisedWithHyphen,

    /// <summary>A colon right after the word ("Anwesend:").</summary>
    ColonAfter,

    /// <summary>A full stop right after the word ("dr.").</summary>
    DotAfter,

    /// <summary>An initial and its full stop: one upper-case letter, or a two-letter one ("Ch.", "Th.").</summary>
    InitialWithDot,

    /// <summary>Exactly ", " between the word before and this one.</summary>
    CommaSpaceBefore,

    /// <summary>" (" right after the word and two more characters after the bracket ("Luka (7)").</summary>
    SpaceBracketAfter,

    /// <summary>"(" right before and ")" right after the word.</summary>
    InBrackets,

    /// <summary>Exactly " (", " „", " \"" or " »" between the word and the next one.</summary>
    NicknameOpens,

    /// <summary>The last character before the word on its line that is not white space is a list mark or ends an item number ("- ", "3. ", "a) ").</summary>
    AfterListMark,

    /// <summary>An upper-case word, one space, another upper-case word.</summary>
    UpperCasePair,

    /// <summary>A capitalised Cyrillic word of two letters or more.</summary>
    CapitalisedCyrillic,

    /// <summary>A word of <see cref="WordClass.BirthCue"/> ("geb", "geboren", "verw").</summary>
    BirthCueWord,

    /// <summary>A word of <see cref="WordClass.FirmCue"/> ("Partner", "Söhne").</summary>
    FirmCueWord,

    /// <summary>A word of <see cref="WordClass.FieldLabel"/> ("Name", "Vorname").</summary>
    FieldLabelWord,

    /// <summary>A word of <see cref="WordClass.HeaderLabel"/> ("Von", "An", "von").</summary>
    HeaderLabelWord,

    /// <summary>A word after "und" or "oder" (<see cref="WordClass.ConjunctionCue"/>), two words or more into the text.</summary>
    AfterConjunction,

    /// <summary>A capitalised word with a surname's ending (<see cref="WordClass.SurnameEnding"/>).</summary>
    CapitalisedSurnameEnding,

    /// <summary>A lower-case known given name of three letters or more before another lower-case word ("nele hartmann").</summary>
    LowerGivenNameBeforeLower,

    /// <summary>An upper-case word of two letters or more ("ZHANG", FindCapitalSurnamesFirst).</summary>
    UpperWord,

    /// <summary>A known given name in any case (<see cref="WordClass.GivenName"/>: FindGivenNamesBeforeVerbs, FindGivenNamesInSubjectLines).</summary>
    GivenNameWord,

    /// <summary>A relation word or "Kindern", "children", "kids" (<see cref="WordClass.ChildWordCue"/>: FindChildrenWithAges).</summary>
    RelationOrChildWord,

    /// <summary>"Thị", "Văn" or their spellings without diacritics (<see cref="WordClass.VietnameseMiddleName"/>).</summary>
    VietnameseMiddleNameWord,

    /// <summary>A capitalised word right before a closing quote ("„Jun-Jun“": FindQuotedCallNames).</summary>
    CapitalisedBeforeQuote,

    /// <summary>A word of <see cref="WordClass.ClosingLineEnd"/> ("you", "bless", "di": FindSignaturesAfterClosingLines).</summary>
    ClosingLineEndWord,
}

/// <summary>
/// One bit per token and cue, in rows of 64-bit words per cue: visiting the tokens with a cue skips 64 tokens without
/// it per word read, where a test per token cost a mispredicted branch for every word of a letter that a class or shape
/// test let through at random.
/// </summary>
internal readonly struct TokenCueBits
{
    /// <summary>How many cues there are.</summary>
    public const int CueCount = (int)TokenCue.ClosingLineEndWord + 1;

    private readonly ulong[] bits;
    private readonly int words;

    /// <param name="buffer">At least <see cref="Length"/> words for <paramref name="tokenCount"/> tokens; it is cleared.</param>
    /// <param name="tokenCount">How many tokens the text has.</param>
    public TokenCueBits(ulong[] buffer, int tokenCount)
    {
        bits = buffer;
        words = Words(tokenCount);
        Array.Clear(bits, 0, CueCount * words);
    }

    /// <summary>How many words of bits <paramref name="tokenCount"/> tokens need.</summary>
    public static int Length(int tokenCount) => CueCount * Words(tokenCount);

    private static int Words(int tokenCount) => Math.Max(1, (tokenCount + 63) >> 6);

    public void Mark(int k, TokenCue cue) => bits[(int)cue * words + (k >> 6)] |= 1UL << k;

    /// <summary>
    /// Adds the cue bits of 64 tokens at once: <paramref name="row"/> holds bit <c>k % 64</c> for token <c>k</c> of the
    /// tokens <c>64 * <paramref name="word"/></c> on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarkWord(int word, TokenCue cue, ulong row) => bits[(int)cue * words + word] |= row;

    public bool Has(int k, TokenCue cue) => (bits[(int)cue * words + (k >> 6)] & (1UL << k)) != 0;

    public bool Anywhere(TokenCue cue) => bits.AsSpan((int)cue * words, words).ContainsAnyExcept(0UL);

    /// <summary>The tokens with <paramref name="cue"/>, in text order.</summary>
    public TokensWithCue TokensWith(TokenCue cue) => new(bits.AsSpan((int)cue * words, words));

    /// <summary>The tokens with <paramref name="cue"/> whose next token has it too ("Hof Ketelsen"), in text order.</summary>
    public TokenPairsWithCue PairsWith(TokenCue cue) => new(bits.AsSpan((int)cue * words, words));
}

/// <summary>Enumerates the set bits of one cue's row: the indices of the tokens with the cue, in increasing order.</summary>
internal ref struct TokensWithCue(ReadOnlySpan<ulong> row)
{
    private readonly ReadOnlySpan<ulong> row = row;
    private int word = -1;
    private ulong remaining;

    public int Current { get; private set; }

    public readonly TokensWithCue GetEnumerator() => this;

    public bool MoveNext()
    {
        while (remaining == 0)
        {
            if (++word >= row.Length)
            {
                return false;
            }
            remaining = row[word];
        }
        Current = (word << 6) + BitOperations.TrailingZeroCount(remaining);
        remaining &= remaining - 1;
        return true;
    }
}

/// <summary>
/// Enumerates the tokens k of one cue's row whose next token k + 1 is in the row too, in increasing order: a pass over
/// pairs of capitalised words thus skips the single ones (most of a letter's nouns) without reading them.
/// </summary>
internal ref struct TokenPairsWithCue(ReadOnlySpan<ulong> row)
{
    private readonly ReadOnlySpan<ulong> row = row;
    private int word = -1;
    private ulong remaining;

    public int Current { get; private set; }

    public readonly TokenPairsWithCue GetEnumerator() => this;

    public bool MoveNext()
    {
        while (remaining == 0)
        {
            if (++word >= row.Length)
            {
                return false;
            }
            // Token k's bit stays where token k + 1's is set too: the next bit of the word, or for the last token of 64
            // the first bit of the next word.
            var next = word + 1 < row.Length ? row[word + 1] << 63 : 0;
            remaining = row[word] & ((row[word] >> 1) | next);
        }
        Current = (word << 6) + BitOperations.TrailingZeroCount(remaining);
        remaining &= remaining - 1;
        return true;
    }
}
