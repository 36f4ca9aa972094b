using System.ComponentModel.DataAnnotations;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.Names;
using KiOfficeAddin.Guardrails.Readability;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Guard;

/// <summary>
/// Request of <c>POST /api/v1/guard/analyze</c>: the text, where it comes from, and names the user wants protected
/// besides what the detector finds (<see cref="UserMarkedNames"/>).
/// </summary>
public sealed record AnalyzeRequest(string? Text, string? Channel, IReadOnlyList<string>? ProtectNames = null);

/// <summary>A protected span: <c>[Start, End)</c> are UTF-16 indices (C# string indices) into the request's text.</summary>
public sealed record AnalyzedEntity(string Category, int Start, int End, string Placeholder);

/// <summary>
/// What "Prüfen" shows: the spans that would be protected, the special categories flagged, and the text a model would
/// see. Further checks add their fields here (readability) as optional members.
/// </summary>
public sealed record AnalyzeResponse(
    IReadOnlyList<AnalyzedEntity> Entities,
    IReadOnlyList<string> SpecialCategories,
    string PseudonymizedText,
    ReadabilityResult? Readability = null);

/// <summary>Limits of the guard endpoints.</summary>
public sealed class GuardOptions
{
    public const string SectionName = "Guard";

    /// <summary>Longest text (in UTF-16 code units) one analysis accepts; a long letter has about 10,000.</summary>
    [Range(1, 10_000_000)]
    public int MaxTextLength { get; set; } = 200_000;
}

/// <summary>The offline "Prüfen": what would be protected, without any model call. Never logs the text.</summary>
internal static class GuardApi
{
    private static readonly string[] Channels = ["word", "outlook"];
    private static readonly System.Globalization.CultureInfo German = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

    public static WebApplicationBuilder AddGuardrails(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GuardOptions>()
            .BindConfiguration(GuardOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PiiDetector>();
        builder.Services.AddSingleton<Pseudonymizer>();
        builder.Services.AddSingleton<TextAnalysis>();
        return builder;
    }

    public static RouteGroupBuilder MapGuardApi(this RouteGroupBuilder api)
    {
        var guard = api.MapGroup("/guard").WithTags("Guard");
        guard.MapPost("/analyze", Analyze)
            .WithName("AnalyzeText")
            .WithSummary("Prüfen: personenbezogene Daten finden und pseudonymisieren, ohne ein Modell aufzurufen")
            .Produces<AnalyzeResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    public static IResult Analyze(AnalyzeRequest request, TextAnalysis analysis) => analysis.Analyze(request);

    /// <summary>The request's problems in German; the text itself is never quoted.</summary>
    internal static ApiProblem? Validate(AnalyzeRequest request, GuardOptions options)
    {
        if (string.IsNullOrEmpty(request.Text))
        {
            return new ApiProblem(StatusCodes.Status400BadRequest, "text_missing", "Text fehlt",
                "Bitte senden Sie den zu prüfenden Text im Feld \"text\".");
        }
        if (request.Channel is null || !Channels.Contains(request.Channel, StringComparer.OrdinalIgnoreCase))
        {
            return new ApiProblem(StatusCodes.Status400BadRequest, "channel_invalid", "Kanal ungültig",
                "Das Feld \"channel\" muss \"word\" oder \"outlook\" sein.");
        }
        if (request.Text.Length > options.MaxTextLength)
        {
            return new ApiProblem(StatusCodes.Status413PayloadTooLarge, "text_too_long", "Text zu lang",
                string.Create(German, $"Der Text darf höchstens {options.MaxTextLength:N0} Zeichen lang sein. Bitte wählen Sie einen kürzeren Abschnitt aus."));
        }
        return ValidateProtectNames(request.ProtectNames);
    }

    /// <summary>The "Weitere Namen schützen" list: bounded, so it cannot turn into a second document.</summary>
    internal static ApiProblem? ValidateProtectNames(IReadOnlyList<string>? names) =>
        UserMarkedNames.IsValid(names)
            ? null
            : new ApiProblem(StatusCodes.Status400BadRequest, "protect_names_invalid", "Zu schützende Namen ungültig",
                $"Bitte geben Sie höchstens {UserMarkedNames.MaxNames} Namen mit je höchstens {UserMarkedNames.MaxNameLength} Zeichen an, durch Kommas getrennt.");
}

/// <summary>Runs detection and pseudonymisation for one request; logs counts only, never text or values.</summary>
internal sealed partial class TextAnalysis(
    PiiDetector detector, Pseudonymizer pseudonymizer, IOptions<GuardOptions> options, ILogger<TextAnalysis> logger)
{
    public IResult Analyze(AnalyzeRequest request)
    {
        if (GuardApi.Validate(request, options.Value) is { } problem)
        {
            return problem.ToResult();
        }
        var text = request.Text!;
        var analysis = UserMarkedNames.AddTo(detector.Analyze(text), text, request.ProtectNames);
        var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);
        LogAnalyzed(pseudonymized.Entities.Count, pseudonymized.Map.PlaceholderCount, analysis.SpecialCategories.Count);
        return TypedResults.Ok(new AnalyzeResponse(
            pseudonymized.Entities.Select(e => new AnalyzedEntity(e.Category.ToContractName(), e.Start, e.End, e.Placeholder)).ToArray(),
            analysis.SpecialCategories.Select(c => c.ToContractName()).ToArray(),
            pseudonymized.Text,
            ReadabilityCalculator.Analyze(text)));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Guard analysis protected {EntityCount} spans with {PlaceholderCount} placeholders, {SpecialCategoryCount} special categories")]
    private partial void LogAnalyzed(int entityCount, int placeholderCount, int specialCategoryCount);
}
