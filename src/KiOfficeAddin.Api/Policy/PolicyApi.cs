using System.Security.Claims;
using KiOfficeAddin.Api.Auth;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Api.Storage;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Policy;

public sealed record PolicyRuleView(string Id, string Text, string Basis);

/// <param name="Title">The same German name as <paramref name="Name"/>, under the key the task pane reads.</param>
public sealed record DataClassView(string Id, string Name, string Title, string Description, bool OnPremisesOnly);

public sealed record PolicyLinkView(string Id, string Title, Uri Url);

public sealed record LabellingView(string VisibleText, string? OutlookClosingLine);

public sealed record ApprovedModelView(string Name, bool OnPremises, string? Region, string? ApprovalReference, IReadOnlyList<string> DataClasses);

/// <param name="Literacy"><c>trained</c>, <c>acknowledged</c>, <c>expired</c> or <c>missing</c>.</param>
/// <param name="AcknowledgementRequired">Generation is locked, and an acknowledgement (Development) would unlock it.</param>
/// <param name="TrainingUrl">The e-learning course that unlocks generation.</param>
public sealed record UserPolicyStatus(
    bool Trained,
    bool Acknowledged,
    bool MayGenerate,
    string Literacy,
    DateOnly? TrainingValidUntil,
    bool CanAcknowledge,
    bool AcknowledgementRequired,
    Uri TrainingUrl,
    string? Department,
    IReadOnlyList<string> AllowedUseCases);

/// <summary>What the task pane shows about the works agreement.</summary>
public sealed record PolicyView(
    string Version,
    string Sha256,
    string Title,
    IReadOnlyList<PolicyRuleView> Rules,
    IReadOnlyList<DataClassView> DataClasses,
    IReadOnlyList<PolicyLinkView> Links,
    LabellingView Labelling,
    string? ClosingLine,
    int MaxInputCharacters,
    IReadOnlyList<ApprovedModelView> ApprovedModels,
    UserPolicyStatus User);

public sealed record AcknowledgementResponse(bool Acknowledged, string PolicyVersion, string PolicySha256, DateTimeOffset Hour);

public sealed record PolicyCheckRequest(string? UseCase, string? Text, string? Instructions, string? DataClass);

public sealed record PolicyCheckNotice(string Code, string Title, string Message);

/// <summary>An allowed decision, as the task pane may preview it before generating.</summary>
public sealed record PolicyCheckResponse(
    bool Allowed,
    string RuleId,
    string? Model,
    string DataClass,
    string? DetectedDataClass,
    IReadOnlyList<PolicyCheckNotice> Notices,
    string PolicyVersion,
    string PolicySha256);

/// <summary>
/// <c>GET /policy</c> (the rules for the task pane), <c>POST /policy/acknowledgement</c> (Development: record that
/// the user read the rules), <c>POST /policy/check</c> (the decision generation would take, without any model call).
/// </summary>
internal static class PolicyApi
{
    // Rules that explain outcomes rather than state rules are not listed for users.
    private static readonly string[] ListedRules =
    [
        PolicyRuleIds.AiLiteracyRequired, PolicyRuleIds.ModelApproved, PolicyRuleIds.ModelRerouted,
        PolicyRuleIds.OnPremisesRequired, PolicyRuleIds.DataClassRaised, PolicyRuleIds.AutomatedDecisionRefused,
        PolicyRuleIds.StaffMonitoringRefused, PolicyRuleIds.UseCaseNotAllowed, PolicyRuleIds.InputTooLong,
    ];

    public static WebApplicationBuilder AddPolicy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PolicyOptions>()
            .BindConfiguration(PolicyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidator>();
        builder.Services.AddSingleton<ActivePolicy>();
        builder.Services.AddHostedService<PolicyReloadService>();
        builder.Services.AddSingleton<AcknowledgementStore>();
        builder.Services.AddSingleton<IStoreSchema, AcknowledgementSchema>();
        builder.Services.AddSingleton<PolicySubjectResolver>();
        builder.Services.AddSingleton<PolicyGate>();
        // Replaces the labelling feature's fallback (registered with TryAdd), whatever the order in Program.cs.
        builder.Services.AddSingleton<KiOfficeAddin.Api.Labelling.ILabelPolicy, ActiveLabelPolicy>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck<PolicyHealthCheck>("policy", tags: ["ready"]);
        return builder;
    }

    public static RouteGroupBuilder MapPolicyApi(this RouteGroupBuilder api)
    {
        var policy = api.MapGroup("/policy").WithTags("Policy");
        policy.MapGet("", GetPolicy).WithName("GetPolicy");
        policy.MapPost("/acknowledgement", Acknowledge).WithName("AcknowledgePolicy");
        policy.MapPost("/check", Check).WithName("CheckPolicy");
        return api;
    }

    public static async Task<Ok<PolicyView>> GetPolicy(
        ClaimsPrincipal user, ActivePolicy active, PolicySubjectResolver subjects, AcknowledgementStore acknowledgements,
        IConfiguration configuration, CancellationToken cancellationToken)
    {
        var document = active.Current;
        var resolved = await subjects.ResolveAsync(user, cancellationToken);
        var status = new UserPolicyStatus(
            resolved.HasTraining,
            resolved.Acknowledged,
            resolved.Subject.MayGenerate,
            resolved.Subject.Literacy.ToString().ToLowerInvariant(),
            resolved.TrainingValidUntil,
            acknowledgements.Enabled && !resolved.Acknowledged,
            acknowledgements.Enabled && !resolved.Subject.MayGenerate,
            document.AiLiteracyCourse.Url,
            resolved.Subject.Department,
            [.. document.UseCases.AllowedFor(resolved.Subject.Department).Order(StringComparer.Ordinal)]);
        var models = ModelRegistryConfiguration.Read(configuration)
            .Where(model => model.Usable)
            .Select(model => new ApprovedModelView(model.Name, model.OnPremises, model.Region, model.ApprovalReference,
                [.. DataClassNames.All.Where(c => PolicyEvaluator.MayReceive(document, model, [c])).Select(c => c.ToContractName())]))
            .ToArray();
        return TypedResults.Ok(new PolicyView(
            document.Version.Id,
            document.Version.Sha256,
            document.Title,
            [.. ListedRules.Select(id => new PolicyRuleView(id, document.Rule(id).Summary, document.Rule(id).Basis))],
            [.. DataClassNames.All.Select(c => document.DataClasses[c]).Select(c =>
                new DataClassView(c.Id.ToContractName(), c.Name, c.Name, c.Description, document.RequiresOnPremises(c.Id)))],
            [.. document.Links.Select(link => new PolicyLinkView(link.Id, link.Title, link.Url))],
            new LabellingView(document.Labelling.VisibleText, document.Labelling.OutlookClosingLine),
            document.Labelling.OutlookClosingLine,
            document.MaxInputCharacters,
            models,
            status));
    }

    public static async Task<Results<Ok<AcknowledgementResponse>, ProblemHttpResult>> Acknowledge(
        ClaimsPrincipal user, ActivePolicy active, AcknowledgementStore acknowledgements, CancellationToken cancellationToken)
    {
        if (!acknowledgements.Enabled)
        {
            return ToProblem(new ApiProblem(StatusCodes.Status403Forbidden, "acknowledgement_not_accepted",
                "Bestätigung hier nicht vorgesehen",
                "Die Freischaltung erfolgt über den Schulungsnachweis zur KI-Kompetenz. Bitte schließen Sie das E-Learning ab."));
        }
        if (user.FindFirst(ApiClaims.ObjectId)?.Value is not { Length: > 0 } objectId)
        {
            return ToProblem(HostProblems.ForStatus(StatusCodes.Status403Forbidden));
        }
        var version = active.Current.Version;
        var hour = await acknowledgements.RecordAsync(objectId, version, cancellationToken);
        return TypedResults.Ok(new AcknowledgementResponse(true, version.Id, version.Sha256, hour));
    }

    public static async Task<IResult> Check(
        PolicyCheckRequest request, ClaimsPrincipal user, PolicyGate gate, PiiDetector detector, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (request.Text is null || string.IsNullOrWhiteSpace(request.UseCase))
        {
            return ToProblem(new ApiProblem(StatusCodes.Status400BadRequest, "text_missing", "Angaben fehlen",
                "Bitte senden Sie den Text im Feld \"text\" und die Funktion im Feld \"useCase\"."));
        }
        var analysis = PolicyGate.AnalyzeForPolicy(detector, request.Text, request.Instructions);
        var decision = await gate.DecideAsync(user,
            new AssistPolicyRequest(request.UseCase, request.Text, request.Instructions, request.DataClass, analysis),
            ModelRegistryConfiguration.Read(configuration), ModelRegistryConfiguration.DefaultModel(configuration), cancellationToken);
        if (!decision.Allowed)
        {
            return decision.ToProblemResult();
        }
        return TypedResults.Ok(new PolicyCheckResponse(true, decision.RuleId, decision.ModelName,
            decision.EffectiveDataClass.ToContractName(), decision.DetectedDataClass?.ToContractName(),
            [.. decision.Notices.Select(n => new PolicyCheckNotice(n.Code, n.Title, n.Message))],
            decision.PolicyVersion.Id, decision.PolicyVersion.Sha256));
    }

    private static ProblemHttpResult ToProblem(ApiProblem problem)
    {
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails();
        ProblemDetailsSetup.Apply(details, problem);
        return TypedResults.Problem(details);
    }
}
