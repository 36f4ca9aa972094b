using KiOfficeAddin.Guardrails.Pii.Names;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The word-class table finds a word in any spelling only if spellings equal ignoring case share a hash. The hash folds
/// ASCII and Latin-1 letters and lumps every other character together; that holds as long as no character from U+0100
/// on equals one below it under OrdinalIgnoreCase, which these tests check against the runtime's own comparer.
/// </summary>
public sealed class WordHashTests
{
    [Fact]
    public void CharactersEqualIgnoringCaseFoldToTheSameValue()
    {
        var mismatches = new List<string>();
        for (var low = 0; low < 0x100; low++)
        {
            for (var other = 0; other <= 0xFFFF; other++)
            {
                if (char.IsSurrogate((char)other))
                {
                    continue;
                }
                ReadOnlySpan<char> a = [(char)low];
                ReadOnlySpan<char> b = [(char)other];
                if (a.Equals(b, StringComparison.OrdinalIgnoreCase) && WordHash.Fold((char)low) != WordHash.Fold((char)other))
                {
                    mismatches.Add($"U+{low:X4} U+{other:X4}");
                }
            }
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("Müller", "MÜLLER")]
    [InlineData("yılmaz", "Yılmaz")]
    [InlineData("Ørsted", "ørsted")]
    [InlineData("Παπαδόπουλος", "ΠΑΠΑΔΌΠΟΥΛΟΣ")]
    public void SpellingsEqualIgnoringCaseHaveOneHash(string a, string b)
    {
        Assert.Equal(0, string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(WordHash.Of(a), WordHash.Of(b));
    }

    [Fact]
    public void TheTableFindsWhatAnIgnoreCaseDictionaryFinds()
    {
        var entries = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase)
        {
            ["Weber"] = WordClass.Surname,
            ["Jürgen"] = WordClass.GivenName,
            ["und"] = WordClass.NotName | WordClass.ConjunctionCue,
        };
        var table = new WordClassTable(entries);
        foreach (var word in new[] { "weber", "WEBER", "Webers", "jÜrgen", "Jurgen", "UND", "un", "" })
        {
            var expected = entries.GetValueOrDefault(word);
            Assert.Equal(expected, table.Find(word, WordHash.Of(word)));
        }
    }

    [Fact]
    public void AsciiLettersAppendAsTheFoldingTableSays()
    {
        foreach (var hash in new[] { WordHash.Empty, 0u, 0xDEADBEEFu, WordHash.Of("Weber") })
        {
            for (var c = 'A'; c <= 'z'; c++)
            {
                if (char.IsAsciiLetter(c))
                {
                    Assert.Equal(WordHash.Append(hash, c), WordHash.AppendAsciiLetter(hash, c));
                }
            }
        }
    }

    [Fact]
    public void EveryTokenCarriesTheHashOfItsCharactersAndWhetherItHasAHyphen()
    {
        const string text = "Sehr geehrte Frau Brinker-Esposito, O'Neill und ÖZTÜRK schrieben an Jürgen-Ole Müller (Straße 3).";
        using var tokens = WordTokenizer.Tokenize(text);
        Assert.True(tokens.Count > 10);
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            Assert.Equal(WordHash.Of(word), tokens.Hash(k));
            Assert.Equal(word.Contains('-'), tokens[k].HasHyphen);
        }
    }
}
