using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

public sealed class ForeignVatIdTests
{
    private readonly PiiDetector detector = new();

    // The examples of python-stdnum's documentation for each country's module (at.uid, be.vat, cz.dic, dk.cvr, fr.tva,
    // it.iva, nl.btw, pl.nip, ch.uid), and a Polish NIP from a held-out batch.
    [Theory]
    [InlineData("USt-IdNr. des Lieferanten: ATU13585627", "ATU13585627")]
    [InlineData("UID: ATU 13585627", "ATU 13585627")]
    [InlineData("BTW: BE0403019261.", "BE0403019261")]
    [InlineData("DIČ CZ25123891", "CZ25123891")]
    [InlineData("CVR DK13585628", "DK13585628")]
    [InlineData("TVA FR40303265045", "FR40303265045")]
    [InlineData("P. IVA IT00743110157", "IT00743110157")]
    [InlineData("btw-nummer NL004495445B01", "NL004495445B01")]
    [InlineData("NIP / USt-IdNr.: PL8567346215", "PL8567346215")]
    [InlineData("NIP / USt-IdNr.: PL6137074894\nSteuernummer", "PL6137074894")]
    // stdnum's ch.uid example, as Swiss firms print it and compact.
    [InlineData("Bauherrschaft: Muster AG, UID CHE-100.155.212 (Zürich)", "CHE-100.155.212")]
    [InlineData("UID CHE100155212", "CHE100155212")]
    [InlineData("MWST-Nr. CHE-100.155.212 MWST.", "CHE-100.155.212 MWST")]
    // A German number without "DE" after its name: a valid one of the published vectors (de_vat_id.jsonl), spaced as forms print it.
    [InlineData("USt-IdNr.: 113 866 163 (ohne Länderkennung)", "113 866 163")]
    [InlineData("UStId 113866163", "113866163")]
    public void AValidForeignVatIdIsFound(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        var entity = Assert.Single(detector.Analyze(text).Entities, e => e.Category == PiiCategory.VatId);
        Assert.Equal((start, start + value.Length), (entity.Start, entity.End));
    }

    // Each with its check digit changed (the Dutch B suffix is no check), and numbers of the right length without a country code.
    [Theory]
    [InlineData("ATU13585628")]
    [InlineData("BE0403019262")]
    [InlineData("CZ25123892")]
    [InlineData("DK13585629")]
    [InlineData("FR40303265046")]
    [InlineData("IT00743110158")]
    [InlineData("NL004495446B01")]
    [InlineData("PL8567346216")]
    [InlineData("CHE-100.155.213")]
    [InlineData("ITALIEN 00743110157")]
    [InlineData("xPL8567346215")]
    [InlineData("USt-IdNr.: 113 866 164")]
    [InlineData("Steuernummer 113866163")]
    public void AnInvalidOrUnmarkedNumberIsNoVatId(string text) =>
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category == PiiCategory.VatId);

    [Fact]
    public void TheValidatorsRejectEveryOtherLastDigit()
    {
        foreach (var (country, number) in new[] { ("AT", "13585627"), ("PL", "8567346215"), ("IT", "00743110157"), ("DK", "13585628") })
        {
            var accepted = Enumerable.Range(0, 10).Count(d => ForeignVatIds.IsValid(country, number[..^1] + (char)('0' + d)));
            Assert.Equal(1, accepted);
        }
    }

    [Fact]
    public void OnlyTheCharactersThePreTestKnowsEqualTheLettersOfUstIgnoringCase()
    {
        // ForeignVatIds looks for "ust" by hand before it searches a window for the names ignoring case.
        var known = new Dictionary<char, string> { ['u'] = "Uu", ['s'] = "Ss", ['t'] = "Tt" };
        foreach (var (letter, equal) in known)
        {
            var found = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
                .Where(c => string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase));
            Assert.All(found, c => Assert.Contains(c, equal));
        }
    }
}
