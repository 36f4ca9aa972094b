using System.Text.Json.Serialization;
using KiOfficeAddin.Api.Labelling;
using KiOfficeAddin.Guardrails.Labelling;
using KiOfficeAddin.Guardrails.Readability;

namespace KiOfficeAddin.Api.Generation;

/// <summary>The SSE <c>done</c> event: everything of the answer except its text, which came as deltas.</summary>
public sealed record AssistDone(
    Guid Id,
    string Model,
    AiLabel Label,
    IReadOnlyList<AssistNotice> Notices,
    IReadOnlyDictionary<string, int> ProtectedEntities,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReadabilityResult? Readability);

/// <summary>Maps a prepared request onto the facts its label is made of (the one place generation meets labelling).</summary>
internal static class AssistLabelFacts
{
    public static AnswerFacts From(PreparedAssist prepared) => new(
        prepared.Template.Id,
        prepared.Template.Origin == TextOrigin.Rephrased,
        prepared.Model.Name,
        prepared.Template.DefaultDataClass,
        prepared.ProtectedEntities);

    /// <summary>The notices of preparation and answering, then the copyright notices.</summary>
    public static IReadOnlyList<AssistNotice> Notices(PreparedAssist prepared, LabelledAnswer labelled) =>
    [
        .. prepared.AllNotices,
        .. labelled.CopyrightNotices.Select(n => new AssistNotice(n.Code, n.Message, n.Start, n.End)),
    ];
}
