using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// A stand-alone word of capital letters and digits read as a document number by its shape alone, where no keyword
/// rule introduces it; and the office's own numbers with separators, file names and short model names left alone.
/// </summary>
public sealed class DocumentNumberShapeTests
{
    private readonly PiiDetector detector = new();

    [Theory]
    // A number alone in a list of travellers: no word before it names the document.
    [InlineData("Mitreisende:\n– Olena Marchenko, geb. 02.02.1980, FE7731245, Kyjiw\n– Sohn Taras", "FE7731245")]
    // An abbreviation the keyword rules do not know ("RP" for Reisepass) and a bracket between.
    [InlineData("Lfd. Nr. 4\tSantos Lima, Beatriz\tRP (BR) GK40729P18\tSchwester", "GK40729P18")]
    // A plain sentence about a document that is not named with a keyword.
    [InlineData("Das Dokument mit der Kennung ZT0081763 liegt der Akte bei.", "ZT0081763")]
    public void AStandAloneLetterAndDigitWordIsProtected(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.Contains(detector.Analyze(text).Entities, e => e.Start <= start && e.End >= start + value.Length);
    }

    [Fact]
    public void ACardWordBeforeMakesItAnIdentityCardNumber()
    {
        const string text = "hallo, meine karte nummer ist Y0Q3F8F25 und ich brauche einen termin";
        var start = text.IndexOf("Y0Q3F8F25", StringComparison.Ordinal);
        var entity = Assert.Single(detector.Analyze(text).Entities, e => e.Start == start);
        Assert.Equal(PiiCategory.IdCard, entity.Category);
    }

    [Theory]
    // The office's own numbers carry separators.
    [InlineData("Ihre Rechnung RE-2025-04412 ist bezahlt.")]
    [InlineData("Sie sind im Kurs 215/2025-IK angemeldet.")]
    [InlineData("Die Buchungsnummer 2025-PA-01733 gilt bis Freitag.")]
    // A file name, a path and a web address.
    [InlineData("Anbei die Datei AB12345678.pdf zur Kenntnis.")]
    [InlineData("Abgelegt unter Akten/AB12345678 im Laufwerk.")]
    // Too few digits, only digits, lower case, too long.
    [InlineData("Die Grafikkarte RTX4090 ist bestellt.")]
    [InlineData("Der Betrag von 12345678 Cent wurde gebucht.")]
    [InlineData("Der Gutscheincode lautet ab12345678 und gilt bis Ende des Jahres.")]
    [InlineData("Die Sendung JJD0003900078 ist unterwegs.")]
    public void OtherLetterAndDigitWordsAreLeftAlone(string text) =>
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category is PiiCategory.Passport or PiiCategory.IdCard);
}
