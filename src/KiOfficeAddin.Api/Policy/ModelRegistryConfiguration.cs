using KiOfficeAddin.Guardrails.Policy;

namespace KiOfficeAddin.Api.Policy;

/// <summary>
/// Reads the model registry (<c>Llm:DefaultModel</c>, <c>Llm:Models:&lt;name&gt;:…</c>) as the policy sees it.
/// Fail closed: a missing or unreadable <c>Approved</c>/<c>OnPremises</c> is false, an unknown data class is ignored,
/// a model without endpoint or model name is incomplete.
/// </summary>
internal static class ModelRegistryConfiguration
{
    public const string SectionName = "Llm";

    public static string? DefaultModel(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[$"{SectionName}:DefaultModel"] is { Length: > 0 } name ? name : null;
    }

    public static IReadOnlyList<ModelDescriptor> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection($"{SectionName}:Models").GetChildren()
            .Select(model => new ModelDescriptor(
                model.Key,
                Flag(model["Approved"]),
                Flag(model["OnPremises"]),
                !string.IsNullOrWhiteSpace(model["Endpoint"]) && !string.IsNullOrWhiteSpace(model["Model"]),
                DataClasses(model.GetSection("DataClasses")),
                model["ApprovalReference"],
                model["Region"]))
            .OrderBy(model => model.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool Flag(string? value) => bool.TryParse(value, out var flag) && flag;

    private static HashSet<DataClass> DataClasses(IConfigurationSection section)
    {
        // Either a list (DataClasses:0, :1 …) or one comma-separated string.
        var children = section.GetChildren().ToArray();
        var values = children.Length > 0
            ? children.Select(child => child.Value ?? "")
            : (section.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new HashSet<DataClass>();
        foreach (var value in values)
        {
            if (DataClassNames.TryParse(value, out var dataClass))
            {
                result.Add(dataClass);
            }
        }
        return result;
    }
}
