using KiOfficeAddin.Guardrails.Readability;

namespace KiOfficeAddin.Guardrails.Tests.Readability;

public sealed class GermanSyllableCounterTests
{
    [Theory]
    [InlineData("Haus", 1)]
    [InlineData("Leiter", 2)]
    [InlineData("Häuser", 2)]
    [InlineData("Feier", 2)]
    [InlineData("neue", 2)]
    [InlineData("Bayern", 2)]
    [InlineData("Brief", 1)]
    [InlineData("Situation", 5)]
    [InlineData("Theater", 3)]
    [InlineData("Museum", 3)]
    [InlineData("Familie", 4)]
    [InlineData("Familienkasse", 6)]
    [InlineData("Batterie", 3)]
    [InlineData("Energien", 4)]
    [InlineData("Dienstag", 2)]
    [InlineData("Quelle", 2)]
    [InlineData("beurteilen", 4)]
    [InlineData("geehrte", 3)]
    [InlineData("Idee", 2)]
    [InlineData("Baden-Württemberg", 5)]
    [InlineData("NRW", 3)]
    [InlineData("DSGVO", 5)]
    [InlineData("Hobby", 2)]
    public void WordsHaveTheirSpokenSyllables(string word, int syllables)
    {
        Assert.Equal(syllables, GermanSyllableCounter.CountWord(word));
    }

    [Theory]
    [InlineData("1", 1)]        // eins
    [InlineData("7", 2)]        // sie-ben
    [InlineData("17", 2)]       // sieb-zehn
    [InlineData("21", 4)]       // ein-und-zwan-zig
    [InlineData("100", 3)]      // ein-hun-dert
    [InlineData("2026", 7)]     // zwei-tau-send-sechs-und-zwan-zig
    [InlineData("10.000", 3)]   // zehn-tau-send
    [InlineData("1,5", 4)]      // eins Kom-ma fünf
    public void NumbersHaveTheSyllablesOfTheirSpokenForm(string number, int syllables)
    {
        Assert.Equal(syllables, GermanSyllableCounter.CountNumber(number));
    }

    [Theory]
    [InlineData("3", 2)]        // drit-ten
    [InlineData("7", 2)]        // sieb-ten
    [InlineData("27", 6)]       // sie-ben-und-zwan-zigs-ten
    public void OrdinalsAddTheirEnding(string number, int syllables)
    {
        Assert.Equal(syllables, GermanSyllableCounter.CountOrdinal(number));
    }
}
