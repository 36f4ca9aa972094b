using KiOfficeAddin.Guardrails.Pii;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KiOfficeAddin.Api.Guard;

public sealed record AnalyzeRequest(string? Text, string? Channel);

public sealed record AnalyzedEntity(string Category, int Start, int End, string Placeholder);

public sealed record AnalyzeResponse(
    IReadOnlyList<AnalyzedEntity> Entities,
    IReadOnlyList<string> SpecialCategories,
    string PseudonymizedText);

/// <summary>The offline "Prüfen": what would be protected, without any model call. Never logs the text.</summary>
internal static class GuardApi
{
    public static WebApplicationBuilder AddGuardrails(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PiiDetector>();
        builder.Services.AddSingleton<Pseudonymizer>();
        return builder;
    }

    public static RouteGroupBuilder MapGuardApi(this RouteGroupBuilder api)
    {
        var guard = api.MapGroup("/guard").WithTags("Guard");
        guard.MapPost("/analyze", Analyze).WithName("AnalyzeText");
        return api;
    }

    public static Results<Ok<AnalyzeResponse>, ProblemHttpResult> Analyze(
        AnalyzeRequest request, PiiDetector detector, Pseudonymizer pseudonymizer)
    {
        if (request.Text is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Text fehlt",
                detail: "Bitte senden Sie den zu prüfenden Text im Feld \"text\".",
                extensions: new Dictionary<string, object?> { ["code"] = "text_missing" });
        }
        var analysis = detector.Analyze(request.Text);
        var pseudonymized = pseudonymizer.Pseudonymize(request.Text, analysis);
        return TypedResults.Ok(new AnalyzeResponse(
            pseudonymized.Entities.Select(e => new AnalyzedEntity(e.Category.ToContractName(), e.Start, e.End, e.Placeholder)).ToArray(),
            analysis.SpecialCategories.Select(c => c.ToContractName()).ToArray(),
            pseudonymized.Text));
    }
}
