using KiOfficeAddin.TaskPane.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>The whole flow in Outlook: a reply drafted from a citizen's mail (read) and a draft rewritten (compose).</summary>
[Collection(TaskPaneTests.Collection)]
public sealed class OutlookFlowTests(TaskPaneFixture fixture)
{
    private const string KeyPoints = "Nachzahlung ist berechtigt, Ratenzahlung möglich, Frist vier Wochen";

    [Fact]
    public async Task ReplyDraftOpensInAReplyFormAndTheComposePaneSetsTheHeader()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookRead(Samples.CitizenMail));
        await pane.Page.GetByLabel("Stichpunkte für die Antwort (erforderlich)").FillAsync(KeyPoints);

        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        await Expect(pane.ById("answer")).ToContainTextAsync(Samples.Email);
        await pane.ScreenAsync("outlook-read-3-vorschlag");
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        await pane.Button("Übernehmen").ClickAsync();

        await Expect(pane.ById("done")).ToContainTextAsync("nichts wurde gesendet");
        await pane.ScreenAsync("outlook-read-4-uebernommen");
        var mail = (await pane.OfficeStateAsync()).GetProperty("mail");
        var form = Assert.Single(mail.GetProperty("replyForms").EnumerateArray());
        var html = form.GetProperty("htmlBody").GetString()!;
        Assert.Contains(Samples.Email, html, StringComparison.Ordinal);
        Assert.Contains("<br>", html, StringComparison.Ordinal);
        Assert.Equal(Samples.CitizenMail, mail.GetProperty("body").GetString());

        // The reply form is a compose window: the pane opened there offers to set the AI header.
        var reply = await pane.Page.Context.NewPageAsync();
        await reply.AddInitScriptAsync(OfficeStandIn.OutlookCompose("\n\n" + FakeModel.AnswerFor([Samples.Iban, Samples.Email])).Script());
        await reply.RouteAsync("https://**/*", route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = "" }));
        await reply.GotoAsync("/");
        await reply.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Kennzeichnung setzen" }).ClickAsync();
        await Expect(reply.Locator("#done")).ToContainTextAsync("Kennzeichnung");
        var headers = await reply.EvaluateAsync<Dictionary<string, string>>("() => window.__office.mail.headers");
        Assert.StartsWith("source=http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", headers["X-KI-Unterstuetzt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeDraftIsReplacedByTheReviewedTextAndCarriesTheHeader()
    {
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookCompose(Samples.ComposeDraft));
        await pane.Button("Prüfen").ClickAsync();
        await Expect(pane.Page.Locator("#highlighted mark.pii-IBAN")).ToBeVisibleAsync();
        await pane.ScreenAsync("outlook-compose-2-pruefen");

        await pane.Button("Erzeugen").ClickAsync();

        await Expect(pane.ById("review-section")).ToBeVisibleAsync();
        await pane.Page.GetByLabel("nebeneinander").CheckAsync();
        await Expect(pane.Page.Locator("#diff.side-by-side h4")).ToHaveCountAsync(2);
        await pane.ScreenAsync("outlook-compose-3-vorschlag");
        await Expect(pane.ById("announcer")).ToContainTextAsync("Vorschlag fertig");
        // Review and insert by keyboard alone: Space ticks the confirmation, Tab reaches "Übernehmen", Enter inserts.
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").FocusAsync();
        await pane.Page.Keyboard.PressAsync("Space");
        await Expect(pane.Button("Übernehmen")).ToBeEnabledAsync();
        await pane.Page.Keyboard.PressAsync("Tab");
        await Expect(pane.Button("Übernehmen")).ToBeFocusedAsync();
        await pane.Page.Keyboard.PressAsync("Enter");

        await Expect(pane.ById("done")).ToContainTextAsync("Nichts wurde gesendet");
        await Expect(pane.ById("announcer")).ToContainTextAsync("Nichts wurde gesendet");
        await pane.ScreenAsync("outlook-compose-4-uebernommen");
        var state = await pane.OfficeStateAsync();
        var mail = state.GetProperty("mail");
        var body = mail.GetProperty("body").GetString()!;
        // The reviewed answer, then the closing line the policy asks for on Outlook drafts.
        Assert.Equal(await pane.ById("answer").InnerTextAsync() + "\n\n" + OutlookClosingLine, body);
        Assert.StartsWith("Guten Tag,", body, StringComparison.Ordinal);
        Assert.Contains(Samples.Iban, body, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[[A-Z_]+_\d+\]", body);
        var header = mail.GetProperty("headers").GetProperty("X-KI-Unterstuetzt").GetString()!;
        Assert.Contains("model=fake", header, StringComparison.Ordinal);
        Assert.Contains("review=reviewed; role=Sachbearbeitung", header, StringComparison.Ordinal);
        Assert.Matches(@"^[\x21-\x7e ]+$", header);
        Assert.DoesNotContain(state.GetProperty("calls").EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains("send", StringComparison.OrdinalIgnoreCase));
    }

    private const string OutlookClosingLine =
        "Dieser Entwurf wurde mit KI-Unterstützung erstellt und vor dem Versand von mir geprüft.";

    [Fact]
    public async Task ComposeSelectionAloneIsReplaced()
    {
        const string selection = "Stichpunkte: Nachzahlung berechtigt, Frist 4 Wochen, Ratenzahlung möglich";
        fixture.Model.AnswersNormally();
        await using var pane = await fixture.OpenAsync(OfficeStandIn.OutlookCompose(Samples.ComposeDraft, selection));
        await pane.Button("Erzeugen").ClickAsync();
        await pane.Page.GetByLabel("Ich habe den Text geprüft und übernehme ihn").CheckAsync();
        await pane.Button("Übernehmen").ClickAsync();

        await Expect(pane.ById("done")).ToBeVisibleAsync();
        var body = (await pane.OfficeStateAsync()).GetProperty("mail").GetProperty("body").GetString()!;
        Assert.StartsWith("Sehr geehrte Frau Schneider,\n\n" + FakeModel.AnswerFor([]), body, StringComparison.Ordinal);
        Assert.EndsWith(", Erstattung auf " + Samples.Iban + ".\n\nMit freundlichen Grüßen", body, StringComparison.Ordinal);
    }
}
