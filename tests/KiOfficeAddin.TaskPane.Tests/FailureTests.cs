using KiOfficeAddin.TaskPane.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>Refusals, model failures and cancelling: German explanations, a retry, and the user's text untouched.</summary>
[Collection(TaskPaneTests.Collection)]
public sealed class FailureTests(TaskPaneFixture fixture)
{
    [Fact]
    public async Task ARefusedReplyExplainsWhatIsMissingAndKeepsTheMail()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookRead(Samples.CitizenMail));

        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("error-title")).ToHaveTextAsync("Stichpunkte fehlen");
        await Expect(pane.ById("error-next")).ToContainTextAsync("Ihr Text bleibt erhalten");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.CitizenMail);
        await Expect(pane.ById("review-section")).ToBeHiddenAsync();
        await pane.ScreenAsync("outlook-read-abgelehnt");
        Assert.Empty(fixture.Model.RequestBodies);
    }

    [Fact]
    public async Task APolicyRefusalCitesTheRuleAndTheModelIsNeverAsked()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        var requestsBefore = fixture.Model.RequestBodies.Count;

        await pane.Page.Locator("#instructions").FillAsync("Soll der Antrag bewilligt werden? Entscheide bitte.");
        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("error-title")).ToHaveTextAsync("Keine Entscheidung über Personen durch KI");
        await Expect(pane.ById("error")).ToContainTextAsync("bereits getroffene Entscheidung");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.LetterParagraph);
        await Expect(pane.ById("review-section")).ToBeHiddenAsync();
        Assert.Equal(requestsBefore, fixture.Model.RequestBodies.Count);
    }

    [Fact]
    public async Task AFailingModelIsExplainedAndTheRetrySucceeds()
    {
        fixture.Model.FailsWith(500);
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));

        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("error")).ToBeVisibleAsync();
        await Expect(pane.ById("error-title")).ToHaveTextAsync("Fehler beim KI-Modell");
        await Expect(pane.ById("error-next")).ToContainTextAsync("Ihr Text bleibt erhalten");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.LetterParagraph);
        await pane.ScreenAsync("word-fehler-modell");

        fixture.Model.AnswersNormally();
        await pane.Button("Erneut versuchen").ClickAsync();

        await Expect(pane.ById("error")).ToBeHiddenAsync();
        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        await Expect(pane.ById("answer")).ToContainTextAsync(Samples.Iban);
    }

    [Fact]
    public async Task CancellingAStreamingAnswerStopsItAndLeavesEverythingAsItWas()
    {
        fixture.Model.AnswersNormally(delay: TimeSpan.FromSeconds(40));
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));

        await pane.Button("Erzeugen").ClickAsync();
        await Expect(pane.Button("Abbrechen")).ToBeFocusedAsync();
        await Expect(pane.ById("answer")).ToHaveAttributeAsync("aria-busy", "true");
        await pane.ScreenAsync("word-erzeugung-laeuft");
        await pane.Page.Keyboard.PressAsync("Enter");

        await Expect(pane.ById("done")).ToHaveTextAsync("Erzeugung abgebrochen. Ihr Text ist unverändert.");
        await Expect(pane.ById("announcer")).ToHaveTextAsync("Erzeugung abgebrochen. Ihr Text ist unverändert.");
        await Expect(pane.ById("progress")).ToBeHiddenAsync();
        await Expect(pane.ById("review-section")).ToBeHiddenAsync();
        await Expect(pane.Button("Erzeugen")).ToBeEnabledAsync();
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.LetterParagraph);
        var document = (await pane.OfficeStateAsync()).GetProperty("document");
        Assert.Equal(Samples.WordDocument, document.GetProperty("text").GetString());
        fixture.Model.AnswersNormally();
    }
}
