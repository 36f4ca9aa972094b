using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// Tax and citizen numbers of other EU states after their own names (ForeignTaxIds): the documented examples of
/// python-stdnum's gr.vat, nl.bsn, pt.nif, es.dni, es.nie and it.codicefiscale modules, and every other last character
/// rejected.
/// </summary>
public sealed class ForeignTaxIdTests
{
    private readonly PiiDetector detector = new();

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
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheDocumentedExampleIsFound(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.Contains(detector.Analyze(text).Entities, e => e.Start == start && e.End == start + value.Length
            && e.Category is PiiCategory.TaxId or PiiCategory.IdCard);
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
                && e.Category is PiiCategory.TaxId or PiiCategory.IdCard);
        }
    }

    [Fact]
    public void NineDigitsWithoutTheirNameAreNoTaxNumber()
    {
        Assert.DoesNotContain(detector.Analyze("Die Bestellung 094259216 ist unterwegs.").Entities, e => e.Category == PiiCategory.TaxId);
    }
}
