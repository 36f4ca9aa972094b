namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>
/// What the policy needs to know about one entry of the model registry (<c>Llm:Models:&lt;name&gt;</c>).
/// </summary>
/// <param name="Name">The registry name (the configuration key).</param>
/// <param name="Approved">Approved by the head of the authority; an unapproved model is never chosen.</param>
/// <param name="OnPremises">Runs on the city's own infrastructure.</param>
/// <param name="Complete">Endpoint and model (or deployment) are configured; an incomplete model is never chosen.</param>
/// <param name="DataClasses">The data classes the approval covers; a class not listed is not approved.</param>
/// <param name="ApprovalReference">The file number of the approval, shown to users.</param>
/// <param name="Region">Where the model runs (for example <c>EU</c>).</param>
public sealed record ModelDescriptor(
    string Name,
    bool Approved,
    bool OnPremises,
    bool Complete,
    IReadOnlySet<DataClass> DataClasses,
    string? ApprovalReference = null,
    string? Region = null)
{
    /// <summary>Whether the model may be called at all: approved and completely described.</summary>
    public bool Usable => Approved && Complete;
}
