using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KiOfficeAddin.Api.Tests.Labelling;

/// <summary>Every assist answer, JSON or stream, carries a complete label, its record id and copyright notices.</summary>
public sealed class AssistLabelTests : IDisposable
{
    private static readonly string[] LabelFields =
        ["text", "digitalSourceType", "model", "policyVersion", "createdAt", "reviewStatus"];

    // A registered press text (invented); the passage below is 250 characters of it.
    private const string PressText =
        "Arnsberg. Die Stadtwerke haben am Montag angekündigt, das Fernwärmenetz im Stadtteil Neheim bis zum Jahr 2030 " +
        "deutlich auszubauen. Nach Angaben des Geschäftsführers sollen rund zwölf Kilometer neue Leitungen verlegt werden, " +
        "die vor allem Schulen, Sporthallen und mehrere große, ältere Wohnanlagen an der Ruhr versorgen. Die Kosten des " +
        "Vorhabens schätzt das Unternehmen auf etwa vierzig Millionen Euro, von denen ein erheblicher Teil aus " +
        "Fördermitteln des Landes stammen soll. Anwohnerinnen und Anwohner werden im Frühjahr zu einer " +
        "Informationsveranstaltung in die Stadthalle eingeladen.";

    private const string Letter =
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, den Antrag bis Ende des Monats einzureichen. Die Unterlagen " +
        "finden Sie auf unserer Internetseite.\n\nMit freundlichen Grüßen\nIm Auftrag";

    private static readonly string Passage = PressText[PressText.IndexOf("die vor allem", StringComparison.Ordinal)..
        (PressText.IndexOf("stammen soll.", StringComparison.Ordinal) + "stammen soll.".Length)];

    private readonly FakeModel model = new();
    private readonly string protectedFolder = Directory.CreateTempSubdirectory("protected-").FullName;

    public AssistLabelTests() => File.WriteAllText(Path.Combine(protectedFolder, "presse-stadtwerke.txt"), PressText);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AJsonAnswerCarriesACompletePendingLabelAndAnIdThatCanBeReviewed()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, useCase: "rewrite"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var label = body.GetProperty("label");
        AssertCompletePendingLabel(label, "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
        var id = body.GetProperty("id").GetGuid();

        using var review = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachbearbeitung", confirmation = "Ich habe den Text geprüft und übernehme ihn" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var reviewed = (await review.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("label");
        Assert.Equal("reviewed", reviewed.GetProperty("reviewStatus").GetString());
        Assert.Equal(label.GetProperty("createdAt").GetString(), reviewed.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task TheStreamsDoneEventCarriesACompleteLabelAndAnId()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostStreamAsync(client,
            AssistClient.Body(Letter, useCase: "reply", instructions: "Antrag bis Monatsende, Unterlagen online"), Cancel);

        var done = Assert.Single(await AssistClient.ReadEventsAsync(response, Cancel), e => e.Name == "done").Data;
        AssertCompletePendingLabel(done.GetProperty("label"), "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
        Assert.NotEqual(Guid.Empty, done.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task APlantedRegisteredPassageInTheJsonAnswerIsAPossibleQuotationWithItsSpan()
    {
        model.Echo(_ => "Sehr geehrte Frau Berger,\n\nzu Ihrer Frage: " + Passage + " Gern helfen wir weiter.\n\nMit freundlichen Grüßen");
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, useCase: "rewrite"), Cancel);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var text = body.GetProperty("text").GetString()!;
        var notice = Assert.Single(body.GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("code").GetString() == "possible_quotation");
        Assert.Equal("Mögliches Zitat – Quelle angeben oder umformulieren", notice.GetProperty("message").GetString());
        var start = notice.GetProperty("start").GetInt32();
        var end = notice.GetProperty("end").GetInt32();
        Assert.Equal(Passage, text[start..end]);
    }

    [Fact]
    public async Task APlantedRegisteredPassageInTheStreamGivesTheNoticeInDoneWithItsSpan()
    {
        model.Echo(_ => "Zu Ihrer Frage: " + Passage + " Gern helfen wir weiter.", chunkSize: 5);
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter, useCase: "rewrite"), Cancel);

        var events = await AssistClient.ReadEventsAsync(response, Cancel);
        var text = AssistClient.DeltaText(events);
        var notice = Assert.Single(events[^1].Data.GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("code").GetString() == "possible_quotation");
        Assert.Equal(Passage, text[notice.GetProperty("start").GetInt32()..notice.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task ThePassageInTheUsersOwnInputGivesNoQuotationNotice()
    {
        // The fake model echoes what it received: the answer reproduces the user's own text.
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client,
            AssistClient.Body("Bitte kürzen: " + Passage, useCase: "rewrite"), Cancel);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(Passage, body.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain(body.GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("code").GetString() == "possible_quotation");
    }

    [Fact]
    public async Task PressMaterialInTheInputGivesAThirdPartyNoticeWithoutASpanIntoTheAnswer()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client,
            AssistClient.Body("Arnsberg (dpa) – Die Stadtwerke wollen das Netz ausbauen. Bitte einfacher formulieren.", useCase: "rewrite"),
            Cancel);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var notice = Assert.Single(body.GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("code").GetString() == "third_party_material");
        Assert.False(notice.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task ASimplifyAnswerCarriesItsReadabilityAndARewriteDoesNot()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        using var simplify = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, useCase: "simplify"), Cancel);
        using var rewrite = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, useCase: "rewrite"), Cancel);

        var readability = (await simplify.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("readability");
        Assert.True(readability.GetProperty("words").GetInt32() > 10);
        Assert.True(readability.TryGetProperty("fleschReadingEase", out _));
        Assert.False((await rewrite.Content.ReadFromJsonAsync<JsonElement>(Cancel)).TryGetProperty("readability", out _));
    }

    [Fact]
    public async Task TheGeneratedEventIsAuditedWithoutContent()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, useCase: "rewrite"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await factory.StopAndReadLogAsync();

        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "store.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_type, use_case, model, review_status, entity_counts FROM audit_events";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("assist_generated", reader.GetString(0));
        Assert.Equal("rewrite", reader.GetString(1));
        Assert.Equal("fake", reader.GetString(2));
        Assert.Equal("pending", reader.GetString(3));
        Assert.False(reader.Read());
        Assert.DoesNotContain("Unterlagen", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        model.Dispose();
        Directory.Delete(protectedFolder, recursive: true);
    }

    private ApiFactory CreateFactory()
    {
        var settings = model.Settings();
        settings["Copyright:ProtectedTextsPath"] = protectedFolder;
        return new ApiFactory(settings);
    }

    private static void AssertCompletePendingLabel(JsonElement label, string digitalSourceType)
    {
        Assert.Equal(LabelFields, label.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var field in LabelFields)
        {
            Assert.False(string.IsNullOrWhiteSpace(label.GetProperty(field).GetString()), $"label.{field} is empty");
        }
        Assert.Equal(digitalSourceType, label.GetProperty("digitalSourceType").GetString());
        Assert.Equal("fake", label.GetProperty("model").GetString());
        Assert.Equal("pending", label.GetProperty("reviewStatus").GetString());
        Assert.Equal(0, label.GetProperty("createdAt").GetDateTimeOffset().Second);
    }
}
