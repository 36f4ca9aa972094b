using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

public sealed class PseudonymizerTests
{
    private readonly Pseudonymizer pseudonymizer = new();

    /// <summary>Builds entities from marked text: "Frau «Kaya|kaya»" marks a PERSON with key "kaya".</summary>
    internal static (string Text, PiiAnalysis Analysis) Marked(string marked, PiiCategory category = PiiCategory.Person)
    {
        var text = new System.Text.StringBuilder();
        var entities = new List<PiiEntity>();
        var index = 0;
        while (index < marked.Length)
        {
            var open = marked.IndexOf('«', index);
            if (open < 0)
            {
                text.Append(marked, index, marked.Length - index);
                break;
            }
            text.Append(marked, index, open - index);
            var close = marked.IndexOf('»', open);
            var inner = marked[(open + 1)..close];
            var parts = inner.Split('|');
            var entityCategory = parts.Length > 2 && PiiCategoryNames.TryParse(parts[2], out var parsed) ? parsed : category;
            var key = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            entities.Add(new PiiEntity(entityCategory, text.Length, text.Length + parts[0].Length, key));
            text.Append(parts[0]);
            index = close + 1;
        }
        return (text.ToString(), new PiiAnalysis(entities, []));
    }

    [Fact]
    public void TheSamePersonUnderSeveralSpellingsSharesOneNumber()
    {
        var (text, analysis) = Marked(
            "Frau «Dr. Laura Kaya|kaya» schreibt. Frau «Kaya|kaya» und Herr «Jan Berg|berg» kommen. «Kayas|kaya» Antrag liegt vor.");

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal(
            "Frau [PERSON_1] schreibt. Frau [PERSON_1] und Herr [PERSON_2] kommen. [PERSON_1]s Antrag liegt vor.",
            result.Text);
        Assert.Equal(["[PERSON_1]", "[PERSON_1]", "[PERSON_2]", "[PERSON_1]"], result.Entities.Select(e => e.Placeholder));
        Assert.Equal(2, result.Map.CountByCategory[PiiCategory.Person]);
        Assert.Equal(text, result.Map.Restore(result.Text));
    }

    [Fact]
    public void EntitiesKeepTheirOriginalOffsetsIncludingAGenitiveEnding()
    {
        var (text, analysis) = Marked("«Laura Kaya|kaya» und «Kayas|kaya» Hund");

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal("Kayas", text[result.Entities[1].Start..result.Entities[1].End]);
        Assert.Equal("[PERSON_1]", result.Entities[1].Placeholder);
    }

    [Fact]
    public void EqualValuesWithoutKeyShareAPlaceholderAndDifferentOnesDoNot()
    {
        var (text, analysis) = Marked(
            "IBAN «DE02120300000000202051||IBAN», nochmals «DE02120300000000202051||IBAN», alt «DE89370400440532013000||IBAN».");

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal("IBAN [IBAN_1], nochmals [IBAN_1], alt [IBAN_2].", result.Text);
        Assert.Equal(2, result.Map.CountByCategory[PiiCategory.Iban]);
    }

    [Fact]
    public void PlaceholderLikeTextInTheInputKeepsItsNumberAndIsNotRestoredAsOurs()
    {
        var (text, analysis) = Marked("Vorlage: Sehr geehrte(r) [PERSON_1], siehe [Person 2]. Absender: «Renate Fuchs|fuchs».");

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal("Vorlage: Sehr geehrte(r) [PERSON_1], siehe [Person 2]. Absender: [PERSON_3].", result.Text);
        Assert.Equal(text, result.Map.Restore(result.Text));
        // In a rewritten answer the user's own tokens stay as they are and are not reported as invented.
        var answer = result.Map.RestoreWithReport("Gruß von [PERSON_3] an [PERSON_1] und [PERSON_2].");
        Assert.Equal("Gruß von Renate Fuchs an [PERSON_1] und [PERSON_2].", answer.Text);
        Assert.Equal(0, answer.Report.Unknown);
    }

    [Fact]
    public void OverlappingEntitiesAreMergedSoNoCharacterStaysReadable()
    {
        const string text = "Konto DE02 1203 0000 0000 2020 51 bitte";
        var analysis = new PiiAnalysis(
            [new PiiEntity(PiiCategory.Iban, 6, 20), new PiiEntity(PiiCategory.Phone, 11, 33)], []);

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal("Konto [IBAN_1] bitte", result.Text);
        Assert.Equal(text, result.Map.Restore(result.Text));
    }

    [Fact]
    public void AnEntityOutsideTheTextIsRejected()
    {
        var analysis = new PiiAnalysis([new PiiEntity(PiiCategory.Person, 3, 40)], []);

        Assert.Throws<ArgumentOutOfRangeException>(() => pseudonymizer.Pseudonymize("kurz", analysis));
    }

    [Fact]
    public void TheMapNeverShowsValuesInItsTextForm()
    {
        var (text, analysis) = Marked("Herr «Jan Berg|berg»");

        var result = pseudonymizer.Pseudonymize(text, analysis);

        Assert.DoesNotContain("Berg", result.Map.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Berg", result.ToString(), StringComparison.Ordinal);
    }
}
