using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>
/// The works agreement as the server enforces it: one validated, immutable version of the policy file.
/// Load it with <see cref="PolicyDocumentLoader"/>.
/// </summary>
public sealed record PolicyDocument(
    PolicyVersion Version,
    string Title,
    DataClass DefaultDataClass,
    FrozenDictionary<DataClass, DataClassDefinition> DataClasses,
    UseCasePolicy UseCases,
    int MaxInputCharacters,
    LabellingPolicy Labelling,
    IReadOnlyList<PolicyLink> Links,
    FrozenDictionary<string, PolicyRuleText> Rules,
    string AiLiteracyCourseLinkId)
{
    /// <summary>The German texts of a rule id; every id of <see cref="PolicyRuleIds.All"/> is present.</summary>
    public PolicyRuleText Rule(string ruleId) => Rules[ruleId];

    /// <summary>The link with the given id, or <c>null</c>.</summary>
    public PolicyLink? Link(string id) => Links.FirstOrDefault(link => link.Id == id);

    /// <summary>The e-learning course users without the AI-literacy training are sent to.</summary>
    public PolicyLink AiLiteracyCourse => Link(AiLiteracyCourseLinkId)!;

    /// <summary>Whether a data class may only go to an on-premises model (always true for social, tax, classified).</summary>
    public bool RequiresOnPremises(DataClass dataClass) =>
        DataClassNames.AlwaysOnPremises.Contains(dataClass) || DataClasses[dataClass].OnPremisesOnly;
}

/// <summary>Identifies one policy version: the <c>version</c> id written in the file and the SHA-256 of its bytes.</summary>
public sealed record PolicyVersion(string Id, string Sha256)
{
    public override string ToString() => $"{Id} ({Sha256[..12]})";
}

/// <summary>A data class with its German name and description and the policy's extra restrictions.</summary>
/// <param name="AllowedModels">When not empty, only these registry names may receive the class.</param>
public sealed record DataClassDefinition(
    DataClass Id,
    string Name,
    string Description,
    bool OnPremisesOnly,
    IReadOnlyList<string> AllowedModels);

/// <summary>Use cases allowed by default and per department (department claim value, compared ignoring case).</summary>
public sealed record UseCasePolicy(
    FrozenSet<string> Known,
    FrozenSet<string> Default,
    FrozenDictionary<string, FrozenSet<string>> ByDepartment)
{
    /// <summary>The use cases a member of <paramref name="department"/> (or of no department) may use.</summary>
    public FrozenSet<string> AllowedFor(string? department) =>
        department is not null && ByDepartment.TryGetValue(department, out var allowed) ? allowed : Default;
}

/// <summary>What the labelling of generated text must show (consumed by the labelling feature).</summary>
/// <param name="VisibleText">The visible notice on generated text, for example "KI-unterstützt erstellt".</param>
/// <param name="OutlookClosingLine">The line appended to Outlook drafts, or <c>null</c> when drafts get none.</param>
public sealed record LabellingPolicy(string VisibleText, string? OutlookClosingLine)
{
    public bool HasOutlookClosingLine => OutlookClosingLine is not null;
}

/// <summary>A link the task pane shows (Leitfaden, e-learning course, the works agreement).</summary>
public sealed record PolicyLink(string Id, string Title, Uri Url);

/// <summary>The German texts of one rule.</summary>
/// <param name="Summary">One short sentence for the rule list in the task pane.</param>
/// <param name="Title">The problem details title of a refusal (or the notice title).</param>
/// <param name="Detail">What the user should do instead; never contains user text.</param>
/// <param name="Basis">The legal or contractual basis cited, for example "Art. 22 DSGVO; § 35a VwVfG".</param>
public sealed record PolicyRuleText(string Summary, string Title, string Detail, string Basis);
