using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// Tax and citizen numbers of other EU states after their own names (ForeignTaxIds): the documented examples of
/// python-stdnum's gr.vat, nl.bsn, pt.nif, es.dni, es.nie, it.codicefiscale, ua.rntrc and cz.rc modules (the UNZR,
/// which stdnum lacks, built by its 7-3-1 rule), and every other last character rejected.
/// </summary>
public sealed class ForeignTaxIdTests
{
    private readonly PiiDetector detector = new();

    [Fact]
    public void AnIndianPanIsReadByItsNameAndShape()
    {
        // No published check digit: "PAN" and the shape (three letters, the holder's kind, a letter, four digits, a letter).
        Assert.Contains(detector.Analyze("PAN: AFZPK7190K\nAnschrift in Indien").Entities, e => e.Category == PiiCategory.TaxId);
        Assert.DoesNotContain(detector.Analyze("Artikel AFZPK7190K im Katalog").Entities, e => e.Category == PiiCategory.TaxId);
        Assert.DoesNotContain(detector.Analyze("PAN: AFZXK7190K").Entities, e => e.Category == PiiCategory.TaxId);
    }

    public static TheoryData<string, string> Examples() => new()
    {
        { "Meine Steuernummer in Griechenland (AFM): 094259216", "094259216" },
        { "Nederlandse burgerservicenummer 111222333, bitte übernehmen.", "111222333" },
        { "Número de contribuinte: 501964843", "501964843" },
        { "Documento nacional de identidad: DNI 54362315K", "54362315K" },
        { "NIE X2482300W (Aufenthalt in Spanien bis 2024)", "X2482300W" },
        // The codice fiscale needs no name before it: its shape and check letter are specific enough.
        { "Codice fiscale: RCCMNL83S18D969H", "RCCMNL83S18D969H" },
        { "Die Mutter (MRTMTT91D08F205J) ist seit März gemeldet.", "MRTMTT91D08F205J" },
        { "Taxpayer number (RNOKPP): 1759013776", "1759013776" },
        { "Ukrainian ID card, UNZR 19850314-00124, valid until 2031", "19850314-00124" },
        { "geboren in Brno, rodné číslo 710319/2745", "710319/2745" },
    };

    [Theory]
    [InlineData("RNOKPP 1759013776", "TAX_ID")]
    [InlineData("УНЗР: 19850314-00124", "ID_CARD")]
    [InlineData("Geburtsnummer 7103192745 (Tschechien)", "SOCIAL_SECURITY")]
    public void TheNumberIsReadAsWhatItIsUsedFor(string text, string category)
    {
        var entity = Assert.Single(detector.Analyze(text).Entities);
        Assert.Equal(category, entity.Category.ToContractName());
    }

    [Theory]
    [InlineData("Bestellnummer 1759013776")]
    [InlineData("Vorgang 19850314-00124")]
    [InlineData("Rechnung 710319/2745")]
    [InlineData("UNZR 19850231-00128")] // check digit right, but 31 February
    public void WithoutTheirNameOrWithAnImpossibleDateTheyAreNothing(string text)
    {
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category is PiiCategory.TaxId or PiiCategory.IdCard or PiiCategory.SocialSecurity);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheDocumentedExampleIsFound(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.Contains(detector.Analyze(text).Entities, e => e.Start == start && e.End == start + value.Length
            && e.Category is PiiCategory.TaxId or PiiCategory.IdCard or PiiCategory.SocialSecurity);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryOtherLastCharacterIsRejected(string text, string value)
    {
        var alphabet = char.IsAsciiDigit(value[^1]) ? "0123456789" : value.Length == 16 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "TRWAGMYFPDXBNJZSQVHLCKE";
        foreach (var other in alphabet.Where(c => c != value[^1]))
        {
            var changed = text.Replace(value, value[..^1] + other, StringComparison.Ordinal);
            var start = changed.IndexOf(value[..^1], StringComparison.Ordinal);
            Assert.DoesNotContain(detector.Analyze(changed).Entities, e => e.Start <= start && e.End >= start + value.Length
                && e.Category is PiiCategory.TaxId or PiiCategory.IdCard or PiiCategory.SocialSecurity);
        }
    }

    [Fact]
    public void NineDigitsWithoutTheirNameAreNoTaxNumber()
    {
        Assert.DoesNotContain(detector.Analyze("Die Bestellung 094259216 ist unterwegs.").Entities, e => e.Category == PiiCategory.TaxId);
    }
}
