using System.Security.Claims;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.AspNetCore.Mvc;

namespace KiOfficeAddin.Api.Policy;

/// <summary>
/// The works agreement at the door of generation: call <see cref="DecideAsync"/> before any model call and send the
/// request only to <see cref="PolicyDecision.ModelName"/> when <see cref="PolicyDecision.Allowed"/>; otherwise answer
/// with <see cref="PolicyDecisionProblems.ToProblemResult"/> (or throw <see cref="PolicyDecisionProblems.ToException"/>).
/// Logs rule id, data class, model and policy version only.
/// </summary>
internal sealed partial class PolicyGate
{
    private readonly ActivePolicy policy;
    private readonly PolicySubjectResolver subjects;
    private readonly ILogger<PolicyGate> logger;

    public PolicyGate(ActivePolicy policy, PolicySubjectResolver subjects, ILogger<PolicyGate> logger)
    {
        this.policy = policy;
        this.subjects = subjects;
        this.logger = logger;
    }

    /// <summary>The policy in force (for labelling texts, links and the version recorded by audit events).</summary>
    public PolicyDocument Current => policy.Current;

    public async Task<PolicyDecision> DecideAsync(
        ClaimsPrincipal user,
        AssistPolicyRequest request,
        IReadOnlyList<ModelDescriptor> models,
        string? defaultModel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var document = policy.Current;
        var subject = await subjects.ResolveAsync(user, cancellationToken);
        var decision = PolicyEvaluator.Evaluate(document, subject.Subject, request, models, defaultModel);
        // The use case is user input: log it only when the policy knows it.
        var useCase = document.UseCases.Known.Contains(request.UseCase) ? request.UseCase : "unknown";
        var dataClass = decision.EffectiveDataClass.ToContractName();
        // A refusal is worth a line for operators; an allowed request is already one audit line (AuditLog), so its
        // decision is logged at Debug: five log events per request cost more than the guardrails' own work.
        if (!decision.Allowed)
        {
            LogRefusal(logger, decision.RuleId, useCase, dataClass, decision.PatternId ?? "-", decision.PolicyVersion.Id);
        }
        else if (logger.IsEnabled(LogLevel.Debug))
        {
            LogAllowed(logger, decision.RuleId, useCase, dataClass, decision.ModelName ?? "-", decision.PolicyVersion.Id);
        }
        return decision;
    }

    /// <summary>Convenience for callers holding separate text and instructions: detection over both.</summary>
    public static PiiAnalysis AnalyzeForPolicy(PiiDetector detector, string text, string? instructions)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(text);
        var analysis = detector.Analyze(text);
        if (string.IsNullOrEmpty(instructions))
        {
            return analysis;
        }
        var fromInstructions = detector.Analyze(instructions);
        // Offsets of the second analysis refer to the instructions; the policy uses only categories and counts.
        return new PiiAnalysis([.. analysis.Entities, .. fromInstructions.Entities],
            [.. analysis.SpecialCategoryEvidence, .. fromInstructions.SpecialCategoryEvidence]);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Policy refused {RuleId} for use case {UseCase}, data class {DataClass}, pattern {PatternId}, policy {PolicyVersion}")]
    private static partial void LogRefusal(ILogger logger, string ruleId, string useCase, string dataClass, string patternId, string policyVersion);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Policy allowed {RuleId} for use case {UseCase}, data class {DataClass}, model {ModelName}, policy {PolicyVersion}")]
    private static partial void LogAllowed(ILogger logger, string ruleId, string useCase, string dataClass, string modelName, string policyVersion);
}

/// <summary>Refusals as RFC 9457 problem details: <c>code</c> = rule id, German title and detail, policy version.</summary>
internal static class PolicyDecisionProblems
{
    public static ApiProblem ToApiProblem(this PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ApiProblem(decision.Status, decision.RuleId, decision.GermanTitle, decision.GermanDetail);
    }

    /// <summary>For services that signal refusals by exception (rendered by the host's exception handler).</summary>
    public static ApiProblemException ToException(this PolicyDecision decision) => new(decision.ToApiProblem());

    /// <summary>The refusal with the policy version and, for literacy refusals, the course link as extensions.</summary>
    public static IResult ToProblemResult(this PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var details = new ProblemDetails();
        ProblemDetailsSetup.Apply(details, decision.ToApiProblem());
        details.Extensions["policyVersion"] = decision.PolicyVersion.Id;
        details.Extensions["policySha256"] = decision.PolicyVersion.Sha256;
        details.Extensions["dataClass"] = decision.EffectiveDataClass.ToContractName();
        if (decision.Link is { } link)
        {
            details.Extensions["link"] = new { title = link.Title, url = link.Url };
        }
        return TypedResults.Problem(details);
    }
}
