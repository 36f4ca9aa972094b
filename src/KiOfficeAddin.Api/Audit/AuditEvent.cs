namespace KiOfficeAddin.Api.Audit;

/// <summary>
/// One content-free audit event, as the works agreement allows (LPVG NRW § 72 Abs. 3 Nr. 2): a pseudonymous user id,
/// the hour, and facts about the use — never text, names, document titles or times finer than the hour.
/// Create it with <see cref="AuditEventFactory"/> and add the facts with <c>with { … }</c>.
/// </summary>
/// <param name="EventType">What happened: <see cref="AuditEventTypes"/>.</param>
/// <param name="UserPseudonym">HMAC-SHA256 of the user's object id under the configured key.</param>
/// <param name="Hour">The hour the event happened in (UTC, minutes and seconds zero).</param>
public sealed record AuditEvent(string EventType, string UserPseudonym, DateTimeOffset Hour)
{
    /// <summary>Template id: rewrite, simplify, reply, …</summary>
    public string? UseCase { get; init; }

    /// <summary>Configured model name.</summary>
    public string? Model { get; init; }

    /// <summary>Data class of the request (öffentlich, intern, personenbezogen, …).</summary>
    public string? DataClass { get; init; }

    /// <summary>Protected entities per category ("PERSON" → 2); counts only, never values.</summary>
    public IReadOnlyDictionary<string, int>? EntityCounts { get; init; }

    /// <summary>Ids of policy or guardrail rules that applied.</summary>
    public IReadOnlyList<string>? RuleIds { get; init; }

    /// <summary>Review status of the label: pending or reviewed.</summary>
    public string? ReviewStatus { get; init; }

    /// <summary>The role (never a person) that confirmed a text.</summary>
    public string? ReviewerRole { get; init; }

    /// <summary>Version of the usage policy in force.</summary>
    public string? PolicyVersion { get; init; }
}

/// <summary>Stable event type names.</summary>
public static class AuditEventTypes
{
    /// <summary>An answer was generated and labelled.</summary>
    public const string AssistGenerated = "assist_generated";

    /// <summary>A role confirmed an answer ("Ich habe den Text geprüft und übernehme ihn").</summary>
    public const string AssistReviewed = "assist_reviewed";

    /// <summary>A request was refused by a policy rule.</summary>
    public const string AssistRefused = "assist_refused";
}

/// <summary>The one place every audit event goes through.</summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="auditEvent"/>: a structured log event now, a store row shortly after.</summary>
    void Record(AuditEvent auditEvent);
}
