using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// A passport's or ID card's machine-readable zone pasted from a scan. The specimens are ICAO Doc 9303's own (Part 4,
/// Appendix A: the TD3 passport of Anna Maria Eriksson; Part 5: the TD1 card), whose check digits are published.
/// </summary>
public sealed class MachineReadableZoneTests
{
    private readonly PiiDetector detector = new();

    private const string Passport = "Scan der Datenseite:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

    private const string Card = "Rückseite (OCR):\nI<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";

    [Fact]
    public void APassportsZoneGivesNumberBirthDateNationalNumberAndNames()
    {
        var found = Found(Passport);

        Assert.Contains(("PASSPORT", "L898902C36"), found);
        Assert.Contains(("DATE_OF_BIRTH", "740812"), found);
        Assert.Contains(("ID_CARD", "ZE184226B"), found);
        Assert.Contains(("PERSON", "ERIKSSON<<ANNA<MARIA"), found);
        // The expiry (120415) is nobody's data and no guess by shape survives in the zone.
        Assert.DoesNotContain(found, f => f.Value.Contains("120415", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIdCardsZoneGivesNumberBirthDateAndNames()
    {
        var found = Found(Card);

        Assert.Contains(("ID_CARD", "D231458907"), found);
        Assert.Contains(("DATE_OF_BIRTH", "740812"), found);
        Assert.Contains(("PERSON", "ERIKSSON<<ANNA<MARIA"), found);
    }

    [Fact]
    public void TheHoldersNameInTheZoneIsTheSamePersonAsInTheLetter()
    {
        var text = Card + "\nFrau Anna Maria Eriksson bittet um Rückruf.";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).ToList();

        Assert.Equal(2, persons.Count);
        Assert.Equal(persons[0].IdentityKey, persons[1].IdentityKey);
    }

    [Theory]
    // A wrong check digit in every data line: nothing in the zone is read by its layout.
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408123F1204159ZE184226B<<<<<10\n")]
    [InlineData("I<UTOD231458906<<<<<<<<<<<<<<<\n7408121F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n")]
    public void AZoneWithoutValidCheckDigitsIsNotReadByItsLayout(string text)
    {
        var found = Found(text);

        Assert.DoesNotContain(found, f => f.Category is "DATE_OF_BIRTH");
        Assert.DoesNotContain(found, f => f.Value.Contains("<<", StringComparison.Ordinal));
    }

    [Fact]
    public void ArrowsInAnOrdinaryTextAreNoZone()
    {
        Assert.Empty(detector.Analyze("Bitte << hier >> klicken, dann WEITER<<<<< wählen.").Entities);
    }

    private List<(string Category, string Value)> Found(string text) =>
        detector.Analyze(text).Entities.Select(e => (e.Category.ToContractName(), text[e.Start..e.End])).ToList();
}
