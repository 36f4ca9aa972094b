using System.Text.RegularExpressions;
using KiOfficeAddin.TaskPane.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>"Prüfen": the pane shows which personal data will be pseudonymised, in every host, without a model call.</summary>
[Collection(TaskPaneTests.Collection)]
public sealed class CheckTests(TaskPaneFixture fixture)
{
    [Fact]
    public async Task BrowserPreviewHighlightsThePersonalDataOfATypedText()
    {
        await using var pane = await fixture.OpenAsync();
        await Expect(pane.ById("host-name")).ToHaveTextAsync("Browservorschau");
        await pane.ScreenAsync("browser-1-start");

        await pane.Page.GetByLabel("Text", new() { Exact = true }).FillAsync(Samples.LetterParagraph);
        await pane.Button("Prüfen").ClickAsync();

        await Expect(pane.ById("pii-summary")).ToContainTextAsync("Personenbezogene Daten erkannt – werden pseudonymisiert");
        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN")).ToContainTextAsync(Samples.Iban);
        await Expect(pane.Page.Locator("#highlighted mark.pii-EMAIL")).ToContainTextAsync(Samples.Email);
        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN .pii-tag")).ToHaveTextAsync("(IBAN)");
        await Expect(pane.ById("announcer")).ToContainTextAsync("werden pseudonymisiert");
        await Expect(pane.ById("readability")).ToContainTextAsync("Lesbarkeit: Flesch (Amstad)");
        await Expect(pane.ById("readability")).ToContainTextAsync("Wiener Sachtextformel");
        await pane.ScreenAsync("browser-2-pruefen");
    }

    [Fact]
    public async Task ANameTheUserMarksIsHighlightedAndNeverReachesTheModel()
    {
        const string text = "Guten Tag,\nlaut Klingelschild wohnt über uns Zyxbrand. Bei Zyxbrand läuft jede Nacht laute Musik.";
        await using var pane = await fixture.OpenAsync();
        var requestsBefore = fixture.Model.RequestBodies.Count;
        await pane.Page.GetByLabel("Text", new() { Exact = true }).FillAsync(text);
        await pane.Page.GetByLabel("Weitere Namen schützen (optional)").FillAsync("Zyxbrand");

        await pane.Button("Prüfen").ClickAsync();
        await Expect(pane.Page.Locator("#highlighted mark.pii-PERSON")).ToHaveCountAsync(2);
        await Expect(pane.Page.Locator("#highlighted mark.pii-PERSON").First).ToContainTextAsync("Zyxbrand");

        await pane.Button("Erzeugen").ClickAsync();
        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        // The stand-in model answers with the first placeholder it was sent; the pane shows the name restored.
        await Expect(pane.ById("answer")).ToContainTextAsync("(Zyxbrand)");
        var sent = fixture.Model.RequestBodies.Skip(requestsBefore).ToArray();
        Assert.NotEmpty(sent);
        Assert.All(sent, body => Assert.DoesNotContain("Zyxbrand", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WordPaneLoadsTheSelectionAndHighlightsItsPersonalData()
    {
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, Samples.LetterParagraph));
        await Expect(pane.ById("host-name")).ToHaveTextAsync("Word");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.LetterParagraph);
        await pane.ScreenAsync("word-1-start");

        await pane.Button("Prüfen").ClickAsync();

        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN")).ToContainTextAsync(Samples.Iban);
        await Expect(pane.ById("pii-summary")).ToContainTextAsync("IBAN");
        await pane.ScreenAsync("word-2-pruefen");
        var state = await pane.OfficeStateAsync();
        Assert.Equal(Samples.WordDocument, state.GetProperty("document").GetProperty("text").GetString());
    }

    [Fact]
    public async Task WordPaneReloadsTheSelectionOnRequestAndExplainsAnEmptySelection()
    {
        await using var pane = await fixture.OpenAsync(OfficeStandIn.Word(Samples.WordDocument, string.Empty));
        await Expect(pane.ById("source-text")).ToHaveValueAsync(string.Empty);

        await pane.Button("Markierten Text laden").ClickAsync();

        await Expect(pane.ById("error")).ToBeVisibleAsync();
        await Expect(pane.ById("error-title")).ToHaveTextAsync("Kein Text markiert");
        await pane.ScreenAsync("word-0-keine-markierung");
    }

    [Fact]
    public async Task OutlookReadPaneLoadsTheCitizensMailAndPrefersTheReplyTemplate()
    {
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookRead(Samples.CitizenMail));
        await Expect(pane.ById("host-name")).ToHaveTextAsync("Outlook – Lesen");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.CitizenMail);
        await Expect(pane.ById("template").Locator("option:checked")).ToHaveTextAsync(new Regex("Antwort", RegexOptions.IgnoreCase));
        await pane.ScreenAsync("outlook-read-1-start");

        await pane.Button("Prüfen").ClickAsync();

        await Expect(pane.Page.Locator("#highlighted mark.pii-EMAIL")).ToContainTextAsync(Samples.Email);
        await pane.ScreenAsync("outlook-read-2-pruefen");
    }

    [Fact]
    public async Task OutlookComposePaneTakesTheSelectionOfTheDraft()
    {
        const string selection = "Stichpunkte: Nachzahlung berechtigt, Frist 4 Wochen";
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookCompose(Samples.ComposeDraft, selection));
        await Expect(pane.ById("host-name")).ToHaveTextAsync("Outlook – Verfassen");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(selection);
        await pane.ScreenAsync("outlook-compose-1-start");
    }

    [Fact]
    public async Task OutlookComposePaneTakesTheWholeDraftWithoutASelection()
    {
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookCompose(Samples.ComposeDraft));
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.ComposeDraft);
    }

    [Fact]
    public async Task AFailedCheckExplainsInGermanKeepsTheTextAndSucceedsOnRetry()
    {
        await using var pane = await fixture.OpenAsync();
        var failures = 0;
        await pane.Page.RouteAsync("**/api/v1/guard/analyze", async route =>
        {
            if (failures++ == 0)
            {
                await route.FulfillAsync(new()
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Body = """{"status":503,"title":"Dienst nicht verfügbar","detail":"Der Dienst ist gerade nicht verfügbar.","code":"service_unavailable"}""",
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await pane.ById("source-text").FillAsync(Samples.LetterParagraph);

        await pane.Button("Prüfen").ClickAsync();

        await Expect(pane.ById("error")).ToBeVisibleAsync();
        await Expect(pane.ById("error-title")).ToHaveTextAsync("Dienst nicht verfügbar");
        await Expect(pane.ById("error-next")).ToContainTextAsync("Ihr Text bleibt erhalten");
        await Expect(pane.ById("source-text")).ToHaveValueAsync(Samples.LetterParagraph);
        await pane.ScreenAsync("browser-fehler");

        await pane.Button("Erneut versuchen").ClickAsync();

        await Expect(pane.ById("error")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardAloneReachesEveryInputInReadingOrderAndRunsTheCheck()
    {
        await using var pane = await fixture.OpenAsync();
        await pane.ById("source-text").FocusAsync();
        await pane.Page.Keyboard.TypeAsync("Bitte an " + Samples.Email + " antworten.");
        var order = new List<string>();
        for (var step = 0; step < 7; step++)
        {
            await pane.Page.Keyboard.PressAsync("Tab");
            order.Add(await pane.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
        Assert.Equal(["template", "tone", "data-class", "instructions", "protect-names", "check", "generate"], order);

        await pane.Page.Keyboard.PressAsync("Shift+Tab");
        await pane.Page.Keyboard.PressAsync("Enter");

        await Expect(pane.Page.Locator("#highlighted mark.pii-EMAIL")).ToBeVisibleAsync();
    }
}
