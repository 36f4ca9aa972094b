using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Labelling;

/// <summary>Creates the label of a freshly generated text: review status pending, time to the minute.</summary>
public sealed class AiLabelFactory(TimeProvider timeProvider)
{
    // Use cases that transform the user's own text; everything else is free generation.
    private static readonly FrozenSet<string> RephrasingUseCases = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rewrite", "simplify", "shorten", "proofread", "summarize");

    /// <summary>A pending label for text produced by <paramref name="model"/> for <paramref name="useCase"/>.</summary>
    /// <param name="useCase">Template id: rewrite, simplify, shorten, proofread, summarize, reply, …</param>
    /// <param name="model">The configured model name.</param>
    /// <param name="policyVersion">Version of the policy in force.</param>
    /// <param name="visibleText">The notice the policy prescribes; <see cref="AiLabel.DefaultText"/> when empty.</param>
    public AiLabel Create(string useCase, string model, string policyVersion, string? visibleText = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(useCase);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(policyVersion);
        return new AiLabel(
            string.IsNullOrWhiteSpace(visibleText) ? AiLabel.DefaultText : visibleText,
            SourceTypeFor(useCase),
            model,
            policyVersion,
            ToMinute(timeProvider.GetUtcNow()),
            AiReviewStatus.Pending);
    }

    /// <summary>
    /// Rephrased user text is a composite; an unknown use case counts as free generation, the stronger claim of
    /// machine origin, so a new template is never under-labelled.
    /// </summary>
    public static string SourceTypeFor(string useCase) => RephrasingUseCases.Contains(useCase)
        ? DigitalSourceTypes.CompositeWithTrainedAlgorithmicMedia
        : DigitalSourceTypes.TrainedAlgorithmicMedia;

    internal static DateTimeOffset ToMinute(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Offset);
}
