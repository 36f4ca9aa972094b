namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>A copyright hint for the user. Never holds the text itself.</summary>
/// <param name="Code">Stable code: <see cref="CopyrightNoticeCodes"/>.</param>
/// <param name="Message">German message for the task pane.</param>
/// <param name="Start">Start of the span (characters, in the text checked), if there is one.</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Source">For a possible quotation: the registered file it matches.</param>
/// <param name="Evidence">For third-party input: what gave it away (<see cref="CopyrightEvidence"/>).</param>
public sealed record CopyrightNotice(
    string Code, string Message, int? Start = null, int? End = null, string? Source = null, string? Evidence = null);

/// <summary>Stable notice codes.</summary>
public static class CopyrightNoticeCodes
{
    /// <summary>The input carries third-party material; uploading it is a reproduction (§ 16 UrhG).</summary>
    public const string ThirdPartyMaterial = "third_party_material";

    /// <summary>The answer reproduces a registered text the user did not send.</summary>
    public const string PossibleQuotation = "possible_quotation";
}

/// <summary>Kinds of evidence for third-party input.</summary>
public static class CopyrightEvidence
{
    public const string CopyrightSign = "copyright_sign";
    public const string RightsReserved = "rights_reserved";
    public const string Agency = "agency";
    public const string SourceLine = "source_line";
    public const string LongQuotation = "long_quotation";
}
