using KiOfficeAddin.TaskPane.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>The whole flow in Word: selection → Prüfen → Erzeugen → review → Übernehmen with label → restore.</summary>
[Collection(TaskPaneTests.Collection)]
public sealed class WordFlowTests(TaskPaneFixture fixture)
{
    private const string Iptc = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";

    [Fact]
    public async Task ReviewedSuggestionReplacesTheSelectionInsideALabelledContentControl()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        await pane.Button("Prüfen").ClickAsync();
        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN")).ToBeVisibleAsync();

        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        await Expect(pane.ById("answer")).ToContainTextAsync(Samples.Iban);
        await Expect(pane.ById("answer")).Not.ToContainTextAsync("[IBAN_1]");
        await Expect(pane.Page.Locator("#diff ins").First).ToBeVisibleAsync();
        await Expect(pane.ById("notices")).ToContainTextAsync("Pseudonymisiert übertragen");
        await Expect(pane.Button("Übernehmen")).ToBeDisabledAsync();
        await pane.ScreenAsync("word-3-vorschlag");

        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        await Expect(pane.Button("Übernehmen")).ToBeEnabledAsync();
        await pane.Button("Übernehmen").ClickAsync();

        await Expect(pane.ById("done")).ToContainTextAsync("gekennzeichnet");
        await pane.ScreenAsync("word-4-uebernommen");
        var document = (await pane.OfficeStateAsync()).GetProperty("document");
        var text = document.GetProperty("text").GetString()!;
        var control = Assert.Single(document.GetProperty("contentControls").EnumerateArray());
        Assert.Equal("ki-unterstuetzt", control.GetProperty("tag").GetString());
        Assert.Equal("KI-unterstützt erstellt – geprüft", control.GetProperty("title").GetString());
        var inserted = text[control.GetProperty("start").GetInt32()..control.GetProperty("end").GetInt32()];
        Assert.Equal(await pane.ById("answer").InnerTextAsync(), inserted);
        Assert.Contains(Samples.Iban, inserted, StringComparison.Ordinal);
        Assert.Contains(Samples.Email, inserted, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[[A-Z_]+_\d+\]", inserted);
        Assert.StartsWith("Stadt Arnsberg – Der Bürgermeister\n\nSehr geehrte Frau Schneider,\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.LetterParagraph, text, StringComparison.Ordinal);
        var properties = document.GetProperty("customProperties");
        Assert.Equal(Iptc, properties.GetProperty("KI.Herkunft").GetString());
        Assert.Equal("fake", properties.GetProperty("KI.Modell").GetString());
        Assert.Equal("reviewed", properties.GetProperty("KI.Pruefstatus").GetString());
        Assert.Equal("Sachbearbeitung", properties.GetProperty("KI.GeprueftVonRolle").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$", properties.GetProperty("KI.Erstellt").GetString());
        Assert.True(properties.TryGetProperty("KI.Richtlinienversion", out _));
        Assert.Equal("Off", document.GetProperty("changeTrackingMode").GetString());
    }

    [Fact]
    public async Task RestoringPutsTheOriginalFormattedTextBackAndRemovesTheLabel()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        await pane.Button("Erzeugen").ClickAsync();
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        await pane.Button("Übernehmen").ClickAsync();
        await Expect(pane.Button("Original wiederherstellen")).ToBeVisibleAsync();

        await pane.Button("Original wiederherstellen").ClickAsync();

        await Expect(pane.ById("done")).ToContainTextAsync("ursprüngliche Text");
        var state = await pane.OfficeStateAsync();
        var document = state.GetProperty("document");
        Assert.Equal(Samples.WordDocument, document.GetProperty("text").GetString());
        Assert.Empty(document.GetProperty("contentControls").EnumerateArray());
        Assert.Empty(document.GetProperty("customProperties").EnumerateObject());
        var ooxml = state.GetProperty("calls").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "contentControl.insertOoxml");
        Assert.Contains("<w:b/>", ooxml.GetProperty("args")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackedChangeAndCommentAreAddedWhenChosen()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        await pane.Button("Erzeugen").ClickAsync();
        await pane.Page.GetByLabel("Geprüft in der Rolle (nie mit Namen)").SelectOptionAsync("Sachgebietsleitung");
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        await pane.Page.GetByLabel("Als Änderung nachverfolgen").CheckAsync();
        await pane.Page.GetByLabel("Kommentar „KI-unterstützt erstellt“ hinzufügen").CheckAsync();

        await pane.Button("Übernehmen").ClickAsync();

        await Expect(pane.ById("done")).ToContainTextAsync("nachverfolgte Änderung");
        var document = (await pane.OfficeStateAsync()).GetProperty("document");
        Assert.Equal("TrackAll", document.GetProperty("changeTrackingMode").GetString());
        Assert.Equal("Sachgebietsleitung", document.GetProperty("customProperties").GetProperty("KI.GeprueftVonRolle").GetString());
        var comment = Assert.Single(document.GetProperty("comments").EnumerateArray());
        Assert.StartsWith("KI-unterstützt erstellt", comment.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordWithoutApi14OffersNeitherTrackChangesNorComment()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph, "WordApi 1.4"));
        await pane.Button("Erzeugen").ClickAsync();
        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        await Expect(pane.ById("word-options")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AChangedSelectionIsNotOverwritten()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        await pane.Button("Erzeugen").ClickAsync();
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        // The user clicks into the salutation before inserting.
        await pane.Page.EvaluateAsync("() => { const d = window.__office.document; const s = d.text.indexOf('Sehr geehrte'); d.selection = { start: s, end: s + 12 }; }");

        await pane.Button("Übernehmen").ClickAsync();

        await Expect(pane.ById("error-title")).ToHaveTextAsync("Markierung hat sich geändert");
        var document = (await pane.OfficeStateAsync()).GetProperty("document");
        Assert.Equal(Samples.WordDocument, document.GetProperty("text").GetString());
        Assert.Empty(document.GetProperty("contentControls").EnumerateArray());
    }
}
