using System.Runtime.CompilerServices;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>The word classes and cues of every token (<see cref="TokenCue"/>), read in one pass before the rules run.</summary>
internal sealed partial class NameRecognizer
{
    // The class look-ups first, in a loop of their own, then the cues: in one loop the look-up's table state and the
    // cues' nine row words did not fit the registers (the JIT kept most on the stack), and a small loop of look-ups lets
    // the processor overlap the look-ups' memory reads. Measured: the constructor ≈ 8 % faster than with one loop.
    private (WordClass[] Classes, TokenCueBits Cues) ClassifyAndReadCues()
    {
        var table = NameWords.ClassTable;
        var classes = tokens.ClassBuffer();
        var cues = new TokenCueBits(tokens.CueBuffer(TokenCueBits.Length(tokens.Count)), tokens.Count);
        // The first colon at or after the current token's end (text.Length when there is none): tokens come in text
        // order, so it is searched for again only once a token has passed it, and the text is read once.
        var nextColon = -1;
        // Likewise the first newline at or after the previous token's end: whether one stands between the two tokens.
        var nextNewline = -1;
        var all = tokens.AsSpan();
        // The cues most tokens are asked about gather in a word of 64 bits each, one bit per token, and go into their
        // rows once per 64 tokens: a read and write of the row per token and cue cost more than the rest of the tests.
        ulong byCueStart = 0, afterPatternStart = 0, capitalisedRow = 0, capitalisedWithHyphen = 0, loneGivenNameStart = 0;
        ulong capitalisedCyrillic = 0, upperWord = 0, colonAfter = 0, dotAfter = 0;
        var hashes = tokens.Hashes();
        for (var k = 0; k < hashes.Length; k++)
        {
            classes[k] = NameWords.ClassOf(table, text, all[k], hashes[k]);
        }
        for (var k = 0; k < all.Length; k++)
        {
            var t = all[k];
            var wordClass = classes[k];
            var hasNext = k + 1 < all.Length;
            var nextShape = hasNext ? all[k + 1].Shape : WordShape.Other;
            var previousShape = k > 0 ? all[k - 1].Shape : WordShape.Other;
            var after = t.End < text.Length ? text[t.End] : '\0';
            var capitalised = t.Shape == WordShape.Capitalised;
            var capitalisedPair = capitalised & nextShape == WordShape.Capitalised;
            if (nextColon < t.End)
            {
                nextColon = text.IndexOf(':', t.End);
                nextColon = nextColon < 0 ? text.Length : nextColon;
            }
            // The common marks are OR-ed in as a bit of 0 or 1 instead of set behind a branch: whether a word is
            // capitalised or a cue word varies at random from word to word, and a mispredicted branch cost more than the
            // store it saved.

            // The scans of FindByCues, FindAfterPatterns and FindNoteSignOffs; a label's colon stands at most 30
            // characters after the word, and only a few characters can follow a label on the way to it (see LabelColon).
            byCueStart |= Bit(k, ((wordClass & ByCueTriggers) != 0) | capitalisedPair);
            afterPatternStart |= Bit(k, ((wordClass & AfterPatternTriggers) != 0)
                | (nextColon < text.Length & nextColon - t.End <= 30 & (after is ' ' or '\t' or '(' or ':' or '/' or '*'))
                // A form's dotted leader instead of the colon ("Name, Vorname ....... Siddiqui").
                | (after == ' ' && t.End + 2 < text.Length && text[t.End + 1] == '.' && text[t.End + 2] == '.'));
            if (k > 0 && (after == ':' || (after == '.' && t.End + 1 < text.Length && text[t.End + 1] == ':') || ((wordClass & WordClass.NotName) != 0 && text.AsSpan(t.Start, t.Length) is "Auftrag")))
            {
                cues.Mark(k, TokenCue.NoteSignOffStart);
            }

            // Shapes and classes of single rules.
            // LineStartBefore finds a line start only after one of these characters, and only when a newline stands
            // between the previous word and this one (its look back stops at a letter).
            if ((hasNext & (t.Length == 1 | capitalisedPair))
                && (t.Start == 0 || text[t.Start - 1] is '\n' or ' ' or '\t' or '-' or '–' or '•' or '*' or '.' or ')' || char.IsAsciiDigit(text[t.Start - 1]))
                && (k == 0 || NewlineBetween(all[k - 1].End, t.Start, ref nextNewline)))
            {
                cues.Mark(k, TokenCue.LineStartCandidate);
            }
            if ((wordClass & RowClasses) != 0)
            {
                MarkClassRows(cues, k, wordClass, t, nextShape);
            }
            capitalisedRow |= Bit(k, capitalised);
            capitalisedWithHyphen |= Bit(k, capitalised & t.HasHyphen);
            loneGivenNameStart |= Bit(k, capitalised & ((wordClass & WordClass.GivenName) != 0) & previousShape == WordShape.Lower);
            capitalisedCyrillic |= Bit(k, capitalised & t.Length >= 2 & (uint)(text[t.Start] - 'Ѐ') <= 'ӿ' - 'Ѐ');
            upperWord |= Bit(k, t.Shape == WordShape.Upper & t.Length >= 2);
            colonAfter |= Bit(k, after == ':');
            dotAfter |= Bit(k, after == '.');

            // The characters around the word.
            if (after == '.')
            {
                if ((t.Length == 1 && char.IsUpper(text[t.Start]))
                    || (t.Length == 2 && text.AsSpan(t.Start, 2) is "Ch" or "Th" or "Kl" or "Fr" or "Hj" or "St"))
                {
                    cues.Mark(k, TokenCue.InitialWithDot);
                }
            }
            else if (after == ' ' && t.End + 1 < text.Length)
            {
                var second = text[t.End + 1];
                if (second == '(' && t.End + 3 < text.Length)
                {
                    cues.Mark(k, TokenCue.SpaceBracketAfter);
                }
                if (hasNext && all[k + 1].Start == t.End + 2 && second is '(' or '„' or '"' or '»')
                {
                    cues.Mark(k, TokenCue.NicknameOpens);
                }
                if (t.Shape == WordShape.Upper && nextShape == WordShape.Upper && all[k + 1].Start == t.End + 1)
                {
                    cues.Mark(k, TokenCue.UpperCasePair);
                }
            }
            else if (after == ')' && t.Start > 0 && text[t.Start - 1] == '(')
            {
                cues.Mark(k, TokenCue.InBrackets);
            }
            else if (after is '“' or '"' or '”' && capitalised)
            {
                cues.Mark(k, TokenCue.CapitalisedBeforeQuote);
            }
            if (k > 0 && all[k - 1].End == t.Start - 2 && text[t.Start - 2] == ',' && text[t.Start - 1] == ' ')
            {
                cues.Mark(k, TokenCue.CommaSpaceBefore);
            }
            if (MayFollowListMark(k, t, all) && IsAfterListMark(t.Start))
            {
                cues.Mark(k, TokenCue.AfterListMark);
            }
            if ((k & 63) == 63 || k == all.Length - 1)
            {
                var word = k >> 6;
                cues.MarkWord(word, TokenCue.ByCueStart, byCueStart);
                cues.MarkWord(word, TokenCue.AfterPatternStart, afterPatternStart);
                cues.MarkWord(word, TokenCue.Capitalised, capitalisedRow);
                cues.MarkWord(word, TokenCue.CapitalisedWithHyphen, capitalisedWithHyphen);
                cues.MarkWord(word, TokenCue.LoneGivenNameStart, loneGivenNameStart);
                cues.MarkWord(word, TokenCue.CapitalisedCyrillic, capitalisedCyrillic);
                cues.MarkWord(word, TokenCue.UpperWord, upperWord);
                cues.MarkWord(word, TokenCue.ColonAfter, colonAfter);
                cues.MarkWord(word, TokenCue.DotAfter, dotAfter);
                byCueStart = afterPatternStart = capitalisedRow = capitalisedWithHyphen = loneGivenNameStart = 0;
                capitalisedCyrillic = upperWord = colonAfter = dotAfter = 0;
            }
        }
        tokens.ClassesFilled();
        return (classes, cues);
    }

    /// <summary>Token <paramref name="k"/>'s bit in its word of 64 when <paramref name="condition"/> holds, else 0 (no branch).</summary>
    private static ulong Bit(int k, bool condition) => (condition ? 1UL : 0UL) << k;

    /// <summary>
    /// Whether a newline stands in [<paramref name="from"/>, <paramref name="to"/>), for ranges asked in increasing order:
    /// <paramref name="nextNewline"/> carries the first newline at or after the last <paramref name="from"/> asked.
    /// </summary>
    private bool NewlineBetween(int from, int to, ref int nextNewline)
    {
        if (nextNewline < from)
        {
            nextNewline = text.IndexOf('\n', from);
            nextNewline = nextNewline < 0 ? text.Length : nextNewline;
        }
        return nextNewline < to;
    }

    // The classes some passes start at, each with a row of its own (see MarkClassRows).
    private const WordClass RowClasses = WordClass.BirthCue | WordClass.FirmCue | WordClass.FieldLabel | WordClass.HeaderLabel
        | WordClass.ConjunctionCue | WordClass.SurnameEnding | WordClass.GivenName | WordClass.Relation | WordClass.ChildWordCue
        | WordClass.VietnameseMiddleName | WordClass.ClosingLineEnd;

    private void MarkClassRows(TokenCueBits cues, int k, WordClass wordClass, WordToken t, WordShape nextShape)
    {
        if ((wordClass & WordClass.BirthCue) != 0)
        {
            cues.Mark(k, TokenCue.BirthCueWord);
        }
        if ((wordClass & WordClass.FirmCue) != 0)
        {
            cues.Mark(k, TokenCue.FirmCueWord);
        }
        if ((wordClass & WordClass.FieldLabel) != 0)
        {
            cues.Mark(k, TokenCue.FieldLabelWord);
        }
        if ((wordClass & WordClass.HeaderLabel) != 0)
        {
            cues.Mark(k, TokenCue.HeaderLabelWord);
        }
        if ((wordClass & WordClass.ConjunctionCue) != 0 && k >= 1 && k + 1 < tokens.Count)
        {
            cues.Mark(k + 1, TokenCue.AfterConjunction);
        }
        if ((wordClass & WordClass.SurnameEnding) != 0 && t.Shape == WordShape.Capitalised)
        {
            cues.Mark(k, TokenCue.CapitalisedSurnameEnding);
        }
        if ((wordClass & WordClass.GivenName) != 0)
        {
            cues.Mark(k, TokenCue.GivenNameWord);
            if (t.Shape == WordShape.Lower && nextShape == WordShape.Lower && t.Length >= 3)
            {
                cues.Mark(k, TokenCue.LowerGivenNameBeforeLower);
            }
        }
        if ((wordClass & (WordClass.Relation | WordClass.ChildWordCue)) != 0)
        {
            cues.Mark(k, TokenCue.RelationOrChildWord);
        }
        if ((wordClass & WordClass.VietnameseMiddleName) != 0)
        {
            cues.Mark(k, TokenCue.VietnameseMiddleNameWord);
        }
        if ((wordClass & WordClass.ClosingLineEnd) != 0)
        {
            cues.Mark(k, TokenCue.ClosingLineEndWord);
        }
    }

    /// <summary>
    /// Whether <see cref="IsAfterListMark"/> can hold, from the character before the word: its look back stops at the
    /// first character that is no white space (or at a newline) and holds only when that one is a list mark. A single
    /// space after the previous word leads back to that word's last letter. Most words are answered here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayFollowListMark(int k, WordToken t, ReadOnlySpan<WordToken> all)
    {
        if (t.Start == 0)
        {
            return false;
        }
        var before = text[t.Start - 1];
        return before is '-' or '–' or '•' or '*' or '·' or ')' or '.'
            || (before != '\n' && char.IsWhiteSpace(before) && !(k > 0 && all[k - 1].End == t.Start - 1));
    }

    // The white space read back belongs to the gap before this token, so all tokens together read each character once.
    private bool IsAfterListMark(int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            // Before most words stand a space and a letter: both answered without the Unicode table.
            if (c != ' ' && (c == '\n' || char.IsAsciiLetterOrDigit(c) || !char.IsWhiteSpace(c)))
            {
                return c is '-' or '–' or '•' or '*' or '·' or ')' or '.' && OpensItem(i, start);
            }
        }
        return false;
    }

    /// <summary>
    /// An item mark ends a lead of at most three characters after nothing but white space on its line ("- ", "3. ",
    /// "12) "): the line starts at most two characters before the mark, or the character three before it is white space.
    /// A full stop after a word ("… beantragt. Herr") is no item. (IsAtListItemStart's line may also begin at the edge of
    /// its 200-character look-back window, which only that much white space between mark and token can reach.)
    /// </summary>
    private bool OpensItem(int mark, int tokenStart) =>
        mark < 3 || text[mark - 1] == '\n' || text[mark - 2] == '\n' || char.IsWhiteSpace(text[mark - 3]) || tokenStart - mark > 190;

    private bool Has(int k, TokenCue cue) => cues.Has(k, cue);

    private bool Anywhere(TokenCue cue) => cues.Anywhere(cue);

    private TokensWithCue TokensWith(TokenCue cue) => cues.TokensWith(cue);

    private TokenPairsWithCue PairsWith(TokenCue cue) => cues.PairsWith(cue);
}
