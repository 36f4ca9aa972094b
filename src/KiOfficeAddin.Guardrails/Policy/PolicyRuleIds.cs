namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>
/// The stable rule ids every <see cref="PolicyDecision"/> carries. A refusal's problem details use the id as
/// <c>code</c>; the policy file holds the German texts for each id (and must hold all of them).
/// </summary>
public static class PolicyRuleIds
{
    /// <summary>Allowed: the default model is approved for the request's data class.</summary>
    public const string ModelApproved = "model_approved";

    /// <summary>Allowed: the default model is not approved for the data class, another approved model takes it.</summary>
    public const string ModelRerouted = "model_rerouted";

    /// <summary>403: the user has no AI-literacy training (AI Act Art. 4) nor a recorded acknowledgement.</summary>
    public const string AiLiteracyRequired = "ai_literacy_required";

    /// <summary>403: the user's training certificate has expired.</summary>
    public const string AiLiteracyExpired = "ai_literacy_expired";

    /// <summary>403: the use case is not allowed for the user's department.</summary>
    public const string UseCaseNotAllowed = "use_case_not_allowed";

    /// <summary>422: text and instructions together exceed the policy's maximum length.</summary>
    public const string InputTooLong = "input_too_long";

    /// <summary>422: the request asks the assistant to decide about people (GDPR Art. 22, § 35a VwVfG).</summary>
    public const string AutomatedDecisionRefused = "automated_decision_refused";

    /// <summary>422: the request asks the assistant to monitor or evaluate staff (LPVG NRW § 72, AI Act Art. 5).</summary>
    public const string StaffMonitoringRefused = "staff_monitoring_refused";

    /// <summary>422: the requested data class is not one of the policy's ids.</summary>
    public const string DataClassUnknown = "data_class_unknown";

    /// <summary>503: the registry holds no model at all.</summary>
    public const string NoModelConfigured = "no_model_configured";

    /// <summary>403: no approved, completely described model may receive the data class.</summary>
    public const string NoApprovedModel = "no_approved_model";

    /// <summary>403: the data class must stay on premises and no approved on-premises model takes it.</summary>
    public const string OnPremisesRequired = "on_premises_required";

    /// <summary>Notice on an allowed decision: the data class was raised to what the text contains.</summary>
    public const string DataClassRaised = "data_class_raised";

    /// <summary>Every id the policy file must describe.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ModelApproved, ModelRerouted, AiLiteracyRequired, AiLiteracyExpired, UseCaseNotAllowed, InputTooLong,
        AutomatedDecisionRefused, StaffMonitoringRefused, DataClassUnknown, NoModelConfigured, NoApprovedModel,
        OnPremisesRequired, DataClassRaised,
    ];
}
