using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// National personal numbers of other states after their own names (ForeignNationalNumbers): the documented examples of
/// python-stdnum's br.cpf, tr.tckimlik, lt.asmens, at.vnr, dk.cpr, in_.aadhaar, pt.cc, dk.cvr, bg.egn, gr.amka, ch.ssn and kr.rrn modules and a JMBG of the registers'
/// documentation, each in a sentence of our own; every other last digit rejected (the Danish number, which has had no
/// check digit since 2007, is tested by its date instead); none of them without its name.
/// </summary>
public sealed class ForeignNationalNumberTests
{
    private readonly PiiDetector detector = new();

    public static TheoryData<string, string, string> Examples() => new()
    {
        { "Meu CPF: 390.533.447-05, caso precise.", "390.533.447-05", "TAX_ID" },
        { "T.C. Kimlik No: 17291716060 (Türkei)", "17291716060", "ID_CARD" },
        { "Asmens kodas 33309240064, Litauen", "33309240064", "ID_CARD" },
        { "Österreichische Sozialversicherungsnummer: 1237 010180", "1237 010180", "SOCIAL_SECURITY" },
        { "Aadhaar number 2341 2341 2346 (India)", "2341 2341 2346", "ID_CARD" },
        { "JMBG 0101006500006, Bosnien und Herzegowina", "0101006500006", "ID_CARD" },
        { "Cartão de Cidadão n.º 00000000 0 ZZ4, válido até 2031", "00000000 0 ZZ4", "ID_CARD" },
        { "Zweigniederlassung einer ApS (CVR 13585628)", "13585628", "VAT_ID" },
        // Fifteenth session: stdnum's bg.egn, gr.amka and ch.ssn examples; a Spanish affiliation number of our own
        // (province 28, number 12345678, the first ten digits modulo 97 = 40).
        { "Sohn – ЕГН 7523169263, лична карта folgt", "7523169263", "SOCIAL_SECURITY" },
        { "Bestätigung der Krankenkasse mit der AMKA 01013099997", "01013099997", "SOCIAL_SECURITY" },
        { "AHV-Nummer der Ehefrau: 7569217076985", "7569217076985", "SOCIAL_SECURITY" },
        { "Tarjeta sanitaria, nº afiliación 28/12345678/40", "28/12345678/40", "SOCIAL_SECURITY" },
        // Fifteenth session: stdnum's kr.rrn example; a СНИЛС, an Iranian national code and a Kazakh ИИН of the public
        // examples of their registries' rules (checked by hand against the algorithms).
        { "Resident Registration No.: 971013-9019902 (Korea)", "971013-9019902", "SOCIAL_SECURITY" },
        { "Russische Rente, СНИЛС 112-233-445 95, Nachweis liegt vor", "112-233-445 95", "SOCIAL_SECURITY" },
        { "Kart-e Melli (national code) 001-354241-9", "001-354241-9", "ID_CARD" },
        { "Im kasachischen Zeugnis steht die IIN 950121301231.", "950121301231", "ID_CARD" },
        // Fifteenth session: stdnum's pl.pesel example after its name and a remark; a Moldovan IDNP of our own (weights
        // 7, 3, 1 over twelve digits, the sum modulo 10 the last).
        { "PESEL (für die Zusammenrechnung polnischer Versicherungszeiten):\t44051401359", "44051401359", "SOCIAL_SECURITY" },
        { "Impfpass aus Moldau, darin IDNP 2004220915771.", "2004220915771", "SOCIAL_SECURITY" },
        // Fifteenth session: a Luxembourg matricule of our own (1985-07-04, serial 123, Luhn 6 and Verhoeff 4 over the
        // first eleven digits); a СНИЛС named in lower case.
        { "Meine luxemburgische Matricule lautet 1985 0704 123 64.", "1985 0704 123 64", "SOCIAL_SECURITY" },
        { "russische rente (snils): 112-233-445 95", "112-233-445 95", "SOCIAL_SECURITY" },
    };

    [Fact]
    public void AVietnameseCitizenCardIsReadByItsName()
    {
        Assert.Contains(detector.Analyze("Căn cước công dân số 031188868653, cấp tại Hải Phòng").Entities, e => e.Category == PiiCategory.IdCard);
        Assert.DoesNotContain(detector.Analyze("Bestellnummer 031188868653 vom Lieferanten").Entities, e => e.Category == PiiCategory.IdCard);
    }

    [Fact]
    public void ASwissInsuranceNumberInItsPrintedDotsNeedsNoName()
    {
        Assert.Contains(detector.Analyze("Nachweis: 756.9217.0769.85 (Versicherungsausweis)").Entities, e => e.Category == PiiCategory.SocialSecurity);
        Assert.DoesNotContain(detector.Analyze("Artikel 7569217076985 im Lager").Entities, e => e.Category == PiiCategory.SocialSecurity);
    }

    [Fact]
    public void APhilippineSocialSecurityNumberIsReadByItsName()
    {
        Assert.Contains(detector.Analyze("SSS No. 34-1234567-8, Manila").Entities, e => e.Category == PiiCategory.SocialSecurity);
        Assert.DoesNotContain(detector.Analyze("Los-Nr. 34-1234567-8, Manila").Entities, e => e.Category == PiiCategory.SocialSecurity);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheDocumentedExampleIsFoundAsWhatItIs(string text, string value, string category)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        var entity = Assert.Single(detector.Analyze(text).Entities, e => e.Start == start && e.End == start + value.Length);
        Assert.Equal(category, entity.Category.ToContractName());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryOtherLastDigitIsRejected(string text, string value, string category)
    {
        if (category == "ID_CARD" && (text.Contains("Kimlik", StringComparison.Ordinal) || text.Contains("JMBG", StringComparison.Ordinal)))
        {
            return; // these names are identity-card keywords too: any number after them counts, as a card's number without a check
        }
        foreach (var other in "0123456789".Where(c => c != value[^1]))
        {
            var changed = text.Replace(value, value[..^1] + other, StringComparison.Ordinal);
            var start = changed.IndexOf(value[..^1], StringComparison.Ordinal);
            Assert.DoesNotContain(detector.Analyze(changed).Entities, e => e.Start <= start && e.End >= start + value.Length);
        }
    }

    [Fact]
    public void ADanishPersonNumberNeedsItsNameAndARealDate()
    {
        Assert.Contains(detector.Analyze("CPR-nr. 211062-5629").Entities, e => e.Category == PiiCategory.SocialSecurity);
        Assert.DoesNotContain(detector.Analyze("CPR-nr. 451362-5629").Entities, e => e.Category == PiiCategory.SocialSecurity);
        Assert.DoesNotContain(detector.Analyze("Auftrag 211062-5629").Entities, e => e.Category == PiiCategory.SocialSecurity);
    }

    [Theory]
    [InlineData("Rechnung 390.533.447-05 vom Mai")]
    [InlineData("Bestellung 17291716060")]
    [InlineData("Zählerstand 2341 2341 2346")]
    [InlineData("Vorgang 0101006500006")]
    public void WithoutTheirNameTheyAreNothing(string text)
    {
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category is PiiCategory.TaxId or PiiCategory.IdCard or PiiCategory.SocialSecurity);
    }
}
