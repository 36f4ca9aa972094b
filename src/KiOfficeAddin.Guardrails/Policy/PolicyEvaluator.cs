using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>What the policy needs to know about one generation request. Text and instructions are read, never kept.</summary>
/// <param name="UseCase">The use case id (<c>rewrite</c>, <c>reply</c>, …).</param>
/// <param name="Text">The selected text or the citizen's mail.</param>
/// <param name="Instructions">The user's own instructions or key points, if any.</param>
/// <param name="RequestedDataClass">The data class the user (or the use case's default) chose, as a contract id.</param>
/// <param name="Analysis">What the PII detector found in <paramref name="Text"/> (and the instructions).</param>
public sealed record AssistPolicyRequest(
    string UseCase,
    string Text,
    string? Instructions,
    string? RequestedDataClass,
    PiiAnalysis Analysis);

/// <summary>Whether a user has shown AI literacy (AI Act Art. 4).</summary>
public enum AiLiteracyStatus
{
    /// <summary>Holds the training role or claim, not expired.</summary>
    Trained,

    /// <summary>Recorded an acknowledgement (accepted only where the server allows it, e.g. Development).</summary>
    Acknowledged,

    /// <summary>Held the training, but its validity date has passed.</summary>
    Expired,

    /// <summary>Neither training nor acknowledgement.</summary>
    Missing,
}

/// <summary>The user as the policy sees them: literacy status and department (from a claim or configuration).</summary>
public sealed record PolicySubject(AiLiteracyStatus Literacy, string? Department)
{
    public bool MayGenerate => Literacy is AiLiteracyStatus.Trained or AiLiteracyStatus.Acknowledged;
}

/// <summary>A German notice for the user on an allowed decision (for example: the data class was raised).</summary>
public sealed record PolicyNotice(string Code, string Title, string Message);

/// <summary>
/// The outcome of the policy for one request, decided before any model call. <see cref="RuleId"/> is the problem
/// details <c>code</c> of a refusal and is recorded by audit events together with <see cref="PolicyVersion"/>.
/// </summary>
/// <param name="Allowed">Whether the request may go to <paramref name="ModelName"/>.</param>
/// <param name="RuleId">The rule that decided (<see cref="PolicyRuleIds"/>).</param>
/// <param name="ModelName">The registry name of the chosen model; <c>null</c> on a refusal.</param>
/// <param name="EffectiveDataClass">The class the request is handled in: the requested one, raised to what was detected.</param>
/// <param name="DetectedDataClass">The class the detector's findings demand, or <c>null</c> when nothing was found.</param>
/// <param name="Status">200 when allowed; otherwise the HTTP status of the refusal: 403 or 422, 503 when no model is usable at all.</param>
/// <param name="GermanTitle">Problem details title (German).</param>
/// <param name="GermanDetail">Problem details detail (German): what to do instead, with the basis cited. No user text.</param>
/// <param name="PolicyVersion">The policy version (id and SHA-256) that decided.</param>
/// <param name="Notices">German notices on an allowed decision.</param>
/// <param name="Link">A link the refusal points to (the e-learning course for literacy refusals).</param>
/// <param name="PatternId">For decision and monitoring refusals: which classifier pattern matched (never the text).</param>
public sealed record PolicyDecision(
    bool Allowed,
    string RuleId,
    string? ModelName,
    DataClass EffectiveDataClass,
    DataClass? DetectedDataClass,
    int Status,
    string GermanTitle,
    string GermanDetail,
    PolicyVersion PolicyVersion,
    IReadOnlyList<PolicyNotice> Notices,
    PolicyLink? Link = null,
    string? PatternId = null);

/// <summary>
/// Applies the works agreement to one request. Pure and thread-safe: the same policy, subject, request and registry
/// always give the same decision. Order: literacy, use case, length, data class, decision requests, model routing —
/// who may use it at all comes before what the text asks for, and the model is chosen last.
/// </summary>
public static class PolicyEvaluator
{
    public static PolicyDecision Evaluate(
        PolicyDocument policy,
        PolicySubject subject,
        AssistPolicyRequest request,
        IReadOnlyList<ModelDescriptor> models,
        string? defaultModel)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(models);

        var detected = DetectedClass(request.Analysis);
        var fallbackClass = detected ?? policy.DefaultDataClass;

        if (!subject.MayGenerate)
        {
            var ruleId = subject.Literacy == AiLiteracyStatus.Expired ? PolicyRuleIds.AiLiteracyExpired : PolicyRuleIds.AiLiteracyRequired;
            var course = policy.AiLiteracyCourse;
            return Refuse(policy, ruleId, 403, fallbackClass, detected, $" {course.Title}: {course.Url}", course);
        }
        if (!policy.UseCases.AllowedFor(subject.Department).Contains(request.UseCase))
        {
            return Refuse(policy, PolicyRuleIds.UseCaseNotAllowed, 403, fallbackClass, detected);
        }
        var length = request.Text.Length + (request.Instructions?.Length ?? 0);
        if (length > policy.MaxInputCharacters)
        {
            return Refuse(policy, PolicyRuleIds.InputTooLong, 422, fallbackClass, detected,
                $" Erlaubt sind höchstens {policy.MaxInputCharacters:N0} Zeichen.");
        }

        DataClass? requested = null;
        if (!string.IsNullOrWhiteSpace(request.RequestedDataClass))
        {
            if (!DataClassNames.TryParse(request.RequestedDataClass, out var parsed))
            {
                return Refuse(policy, PolicyRuleIds.DataClassUnknown, 422, fallbackClass, detected);
            }
            requested = parsed;
        }

        var match = DecisionRequestClassifier.Classify(request.Instructions, request.Text);
        if (match is not null)
        {
            return Refuse(policy, match.RuleId, 422, fallbackClass, detected, patternId: match.PatternId);
        }

        var notices = new List<PolicyNotice>();
        DataClass effective;
        if (requested is null)
        {
            effective = detected is { } found && found.Rank() >= policy.DefaultDataClass.Rank() ? found : policy.DefaultDataClass;
        }
        else if (detected is null || requested.Value.Rank() >= detected.Value.Rank())
        {
            effective = requested.Value;
        }
        else
        {
            // Never lower than detected: the user's choice is raised, and told so.
            effective = detected.Value;
            notices.Add(Notice(policy, PolicyRuleIds.DataClassRaised,
                $" Gewählt: „{policy.DataClasses[requested.Value].Name}“, angewendet: „{policy.DataClasses[effective].Name}“."));
        }
        // Special and social data share a rank without containing each other: a model must take both.
        DataClass[] required = detected is { } d && d != effective ? [effective, d] : [effective];

        if (models.Count == 0)
        {
            return Refuse(policy, PolicyRuleIds.NoModelConfigured, 503, effective, detected);
        }
        var candidates = models.Where(model => MayReceive(policy, model, required)).ToList();
        var chosen = candidates.FirstOrDefault(model => model.Name == defaultModel);
        var ruleIdAllowed = PolicyRuleIds.ModelApproved;
        if (chosen is null && candidates.Count > 0)
        {
            chosen = candidates
                .OrderByDescending(model => model.OnPremises)
                .ThenBy(model => model.Name, StringComparer.Ordinal)
                .First();
            ruleIdAllowed = defaultModel is null ? PolicyRuleIds.ModelApproved : PolicyRuleIds.ModelRerouted;
            if (ruleIdAllowed == PolicyRuleIds.ModelRerouted)
            {
                notices.Add(Notice(policy, PolicyRuleIds.ModelRerouted, ""));
            }
        }
        var classNames = string.Join(", ", required.Select(c => $"„{policy.DataClasses[c].Name}“"));
        if (chosen is null)
        {
            var blockedOnlyByPremises = required.Any(policy.RequiresOnPremises)
                && models.Any(model => MayReceive(policy, model with { OnPremises = true }, required));
            // No usable model at all is a configuration fault (503, IT must act); otherwise the class is the reason (403).
            var status = models.Any(model => model.Usable) ? 403 : 503;
            return Refuse(policy, blockedOnlyByPremises ? PolicyRuleIds.OnPremisesRequired : PolicyRuleIds.NoApprovedModel,
                status, effective, detected, $" Datenklasse: {classNames}.");
        }
        var rule = policy.Rule(ruleIdAllowed);
        return new PolicyDecision(true, ruleIdAllowed, chosen.Name, effective, detected, 200, rule.Title,
            $"{rule.Detail} Datenklasse: {classNames}.", policy.Version, notices);
    }

    /// <summary>Special categories make a text <c>special</c>; any other personal data at least <c>personal</c>.</summary>
    public static DataClass? DetectedClass(PiiAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.SpecialCategoryEvidence.Count > 0)
        {
            return DataClass.Special;
        }
        return analysis.Entities.Count > 0 ? DataClass.Personal : null;
    }

    /// <summary>Fail closed: approved, complete, approved for every required class, and on premises where required.</summary>
    public static bool MayReceive(PolicyDocument policy, ModelDescriptor model, IReadOnlyCollection<DataClass> required)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(required);
        return model.Usable && required.All(dataClass =>
            model.DataClasses.Contains(dataClass)
            && (model.OnPremises || !policy.RequiresOnPremises(dataClass))
            && (policy.DataClasses[dataClass].AllowedModels.Count == 0
                || policy.DataClasses[dataClass].AllowedModels.Contains(model.Name, StringComparer.Ordinal)));
    }

    private static PolicyNotice Notice(PolicyDocument policy, string ruleId, string suffix)
    {
        var rule = policy.Rule(ruleId);
        return new PolicyNotice(ruleId, rule.Title, rule.Detail + suffix);
    }

    private static PolicyDecision Refuse(
        PolicyDocument policy, string ruleId, int status, DataClass effective, DataClass? detected,
        string suffix = "", PolicyLink? link = null, string? patternId = null)
    {
        var rule = policy.Rule(ruleId);
        return new PolicyDecision(false, ruleId, null, effective, detected, status, rule.Title,
            $"{rule.Detail}{suffix} Grundlage: {rule.Basis}.", policy.Version, [], link, patternId);
    }
}
