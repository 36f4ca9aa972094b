using System.Text.Json.Serialization;

namespace KiOfficeAddin.Guardrails.Labelling;

/// <summary>Whether a person has confirmed an AI-assisted text (the Art. 50(4) AI Act editorial review).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AiReviewStatus>))]
public enum AiReviewStatus
{
    /// <summary>Generated, not yet confirmed: the task pane inserts nothing as final.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>A role confirmed "Ich habe den Text geprüft und übernehme ihn".</summary>
    [JsonStringEnumMemberName("reviewed")]
    Reviewed,
}

/// <summary>IPTC NewsCodes digital source types used for AI-assisted text.</summary>
public static class DigitalSourceTypes
{
    /// <summary>The user's own text, rephrased by a model (rewrite, simplify, shorten, proofread, summarize).</summary>
    public const string CompositeWithTrainedAlgorithmicMedia =
        "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";

    /// <summary>Text a model wrote from key points (reply drafts).</summary>
    public const string TrainedAlgorithmicMedia =
        "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
}

/// <summary>
/// The AI-origin label of one generated text: a visible German notice plus the machine-readable facts (EU AI Act
/// Art. 50). Content-free: it never holds the text, the user or a person's name — only a reviewer's role.
/// Serialised in camelCase as <c>{"text","digitalSourceType","model","policyVersion","createdAt","reviewStatus",
/// "reviewedByRole"?,"reviewedAt"?}</c>.
/// </summary>
/// <param name="Text">The visible notice from the city's policy.</param>
/// <param name="DigitalSourceType">IPTC digital source type URI (see <see cref="DigitalSourceTypes"/>).</param>
/// <param name="Model">The configured model name that produced the text.</param>
/// <param name="PolicyVersion">Version of the usage policy in force when the text was produced.</param>
/// <param name="CreatedAt">Creation time, to the minute.</param>
/// <param name="ReviewStatus"><see cref="AiReviewStatus.Pending"/> until a role confirms.</param>
/// <param name="ReviewedByRole">The role (never a name) that confirmed, once reviewed.</param>
/// <param name="ReviewedAt">Confirmation time, to the minute, once reviewed.</param>
public sealed record AiLabel(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("digitalSourceType")] string DigitalSourceType,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("policyVersion")] string PolicyVersion,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("reviewStatus")] AiReviewStatus ReviewStatus,
    [property: JsonPropertyName("reviewedByRole"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? ReviewedByRole = null,
    [property: JsonPropertyName("reviewedAt"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? ReviewedAt = null)
{
    /// <summary>The visible notice when the policy sets none.</summary>
    public const string DefaultText =
        "Dieser Text wurde mit KI-Unterstützung erstellt und von der Sachbearbeitung geprüft.";

    /// <summary>The label after <paramref name="role"/> confirmed; a reviewed label stays as it was (idempotent).</summary>
    public AiLabel MarkReviewed(string role, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return ReviewStatus == AiReviewStatus.Reviewed
            ? this
            : this with
            {
                ReviewStatus = AiReviewStatus.Reviewed,
                ReviewedByRole = role,
                ReviewedAt = AiLabelFactory.ToMinute(reviewedAt),
            };
    }
}
