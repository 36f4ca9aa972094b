using KiOfficeAddin.Guardrails.Pii.Names;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>Identity keys are lower-cased with Latin-1 answered inline; the answer must be the runtime's for every character.</summary>
public sealed class LowerInvariantTests
{
    [Fact]
    public void EveryCharacterIsLoweredAsTheRuntimeLowersIt()
    {
        var mismatches = new List<string>();
        Span<char> ours = stackalloc char[1];
        Span<char> runtime = stackalloc char[1];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }
            ReadOnlySpan<char> source = [(char)c];
            PersonIdentities.LowerInvariant(source, ours);
            source.ToLowerInvariant(runtime);
            if (ours[0] != runtime[0])
            {
                mismatches.Add($"U+{c:X4}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("Jürgen Müller")]
    [InlineData("ÖZTÜRK")]
    [InlineData("Çelik-Şahin")]
    [InlineData("Παπαδόπουλος")]
    [InlineData("ÆRØ Straße")]
    public void WordsAreLoweredAsTheRuntimeLowersThem(string word)
    {
        var ours = new char[word.Length];
        PersonIdentities.LowerInvariant(word, ours);
        Assert.Equal(word.ToLowerInvariant(), new string(ours));
    }
}
