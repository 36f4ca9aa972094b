using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KiOfficeAddin.Api.Auth;
using KiOfficeAddin.Api.Labelling;
using KiOfficeAddin.Api.Tests.Infrastructure;
using KiOfficeAddin.Guardrails.Labelling;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KiOfficeAddin.Api.Tests.Labelling;

public sealed class ReviewApiTests
{
    private const string Confirmation = "Ich habe den Text geprüft und übernehme ihn";
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 41, 37, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AConfiguredRoleConfirmsAndTheLabelBecomesReviewed()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "simplify");
        clock.Advance(TimeSpan.FromMinutes(4));

        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachbearbeitung", confirmation = Confirmation }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        var label = body.GetProperty("label");
        Assert.Equal(
            ["text", "digitalSourceType", "model", "policyVersion", "createdAt", "reviewStatus", "reviewedByRole", "reviewedAt"],
            label.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("reviewed", label.GetProperty("reviewStatus").GetString());
        Assert.Equal("Sachbearbeitung", label.GetProperty("reviewedByRole").GetString());
        Assert.Equal(DigitalSourceTypes.CompositeWithTrainedAlgorithmicMedia, label.GetProperty("digitalSourceType").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 41, 0, TimeSpan.Zero), label.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 45, 0, TimeSpan.Zero), label.GetProperty("reviewedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task TheRoleIsMatchedIgnoringCaseAndAnsweredInItsConfiguredSpelling()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "reply");
        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = " amtsleitung ", confirmation = Confirmation }, Cancel);
        var label = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("label");
        Assert.Equal("Amtsleitung", label.GetProperty("reviewedByRole").GetString());
    }

    [Fact]
    public async Task APersonsNameInsteadOfARoleIsRefusedWithoutEchoingIt()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "rewrite");

        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Erika Mustermann", confirmation = Confirmation }, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync(Cancel);
        var problem = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("review_role_unknown", problem.GetProperty("code").GetString());
        Assert.Contains("Sachbearbeitung", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mustermann", raw, StringComparison.Ordinal);
        Assert.Equal(AiReviewStatus.Pending, Records(factory).Find(id)!.Label.ReviewStatus);
    }

    [Fact]
    public async Task WithoutTheConfirmationSentenceNothingIsReviewed()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "rewrite");

        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachbearbeitung", confirmation = "ok" }, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("review_confirmation_missing", problem.GetProperty("code").GetString());
        Assert.Equal(AiReviewStatus.Pending, Records(factory).Find(id)!.Label.ReviewStatus);
    }

    [Fact]
    public async Task AnUnknownIdIsAssistNotFound()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{Guid.NewGuid()}/review",
            new { role = "Sachbearbeitung", confirmation = Confirmation }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("assist_not_found", problem.GetProperty("code").GetString());
        Assert.Equal("https://kiofficeaddin.example/probleme/assist_not_found", problem.GetProperty("type").GetString());
        Assert.Equal("Antwort nicht gefunden", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnExpiredIdIsAssistNotFound()
    {
        await using var factory = CreateFactory(new() { ["Review:RecordLifetimeHours"] = "2" });
        using var client = factory.CreateClient();
        var id = Register(factory, "rewrite");
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachbearbeitung", confirmation = Confirmation }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ASecondReviewIsIdempotentAndRecordedOnce()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "reply");

        using var first = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachbearbeitung", confirmation = Confirmation }, Cancel);
        clock.Advance(TimeSpan.FromMinutes(10));
        using var second = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Amtsleitung", confirmation = Confirmation }, Cancel);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        await factory.StopAndReadLogAsync();
        Assert.Single(ReadAuditRows(factory));
    }

    [Fact]
    public async Task TheConfirmationIsAuditedWithoutContentNameOrObjectId()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var id = Register(factory, "simplify", dataClass: "personal");
        clock.Advance(TimeSpan.FromMinutes(25));

        using var response = await client.PostAsJsonAsync($"/api/v1/assist/{id}/review",
            new { role = "Sachgebietsleitung", confirmation = Confirmation }, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await factory.StopAndReadLogAsync();

        var row = Assert.Single(ReadAuditRows(factory));
        Assert.Equal("assist_reviewed", row["event_type"]);
        Assert.Equal(ExpectedPseudonym(), row["user_pseudonym"]);
        Assert.Equal("2026-11-30T10:00Z", row["hour"]); // 09:41 + 25 min, to the hour
        Assert.Equal("simplify", row["use_case"]);
        Assert.Equal("fake-model", row["model"]);
        Assert.Equal("personal", row["data_class"]);
        Assert.Equal("reviewed", row["review_status"]);
        Assert.Equal("Sachgebietsleitung", row["reviewer_role"]);
        Assert.Equal("2026-11", row["policy_version"]);
        var everything = string.Join('|', row.Values) + log;
        Assert.DoesNotContain(DevelopmentUser.ObjectId, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(DevelopmentUser.DisplayName, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Confirmation, everything, StringComparison.Ordinal);
        // The stored event cannot be joined to an answer; the log event is there, as a structured event.
        Assert.DoesNotContain(id.ToString(), string.Join('|', row.Values), StringComparison.OrdinalIgnoreCase);
        Assert.Single(log.Split('\n'), line => line.Contains("\"AuditEventType\":\"assist_reviewed\"", StringComparison.Ordinal));
        // The log line has second-precise time, so it must not carry the pseudonym.
        Assert.DoesNotContain(ExpectedPseudonym(), log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewerRolesMustBeConfiguredOrTheServerDoesNotStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Review:ReviewerRoles:0"] = " " });
        var error = factory.StartupFailure();
        Assert.Contains("Review:ReviewerRoles", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortAuditKeyStopsTheStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Audit:PseudonymKey"] = "too-short" });
        var error = factory.StartupFailure();
        Assert.Contains("Audit:PseudonymKey", error.ToString(), StringComparison.Ordinal);
    }

    private ApiFactory CreateFactory(Dictionary<string, string?>? settings = null)
    {
        var factory = new ApiFactory(settings);
        factory.ConfigureTestServices = services => services.AddSingleton<TimeProvider>(clock);
        return factory;
    }

    private static AssistRecords Records(ApiFactory factory) => factory.Services.GetRequiredService<AssistRecords>();

    private static Guid Register(ApiFactory factory, string useCase, string? dataClass = null)
    {
        var label = factory.Services.GetRequiredService<AiLabelFactory>().Create(useCase, "fake-model", "2026-11");
        return Records(factory).Register(label, useCase, dataClass);
    }

    private static string ExpectedPseudonym() => Convert.ToHexStringLower(HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(ApiFactory.TestAuditKey), Encoding.UTF8.GetBytes(DevelopmentUser.ObjectId)));

    private static List<Dictionary<string, string?>> ReadAuditRows(ApiFactory factory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "store.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM audit_events ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }
            rows.Add(row);
        }
        return rows;
    }
}
