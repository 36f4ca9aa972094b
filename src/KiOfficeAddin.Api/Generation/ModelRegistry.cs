using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Generation;

/// <summary>One configured model as the rest of the application sees it.</summary>
public sealed record ModelEntry(
    string Name,
    ModelProvider Provider,
    Uri? Endpoint,
    string? Model,
    bool Approved,
    bool OnPremises,
    string? ApprovalReference,
    string? Region,
    IReadOnlySet<string> DataClasses,
    TimeSpan Timeout)
{
    /// <summary>Endpoint and model are set; an Azure entry may use the managed identity instead of a key.</summary>
    public bool Complete => Endpoint is not null && !string.IsNullOrWhiteSpace(Model);

    /// <summary>Only approved, complete entries are ever called (fail closed).</summary>
    public bool Callable => Approved && Complete;

    /// <summary>The named HttpClient that carries the egress guard and resilience handlers for this model.</summary>
    public string HttpClientName => $"llm:{Name}";
}

/// <summary>The models from configuration (<c>Llm:Models</c>), read once at start.</summary>
public sealed class ModelRegistry
{
    public ModelRegistry(IOptions<LlmOptions> options)
    {
        var value = options.Value;
        Models = value.Models
            .Select(pair => new ModelEntry(
                pair.Key,
                pair.Value.Provider,
                pair.Value.Endpoint,
                pair.Value.Model,
                pair.Value.Approved,
                pair.Value.OnPremises,
                pair.Value.ApprovalReference,
                pair.Value.Region,
                pair.Value.DataClasses.Select(c => c.ToLowerInvariant()).ToFrozenSet(),
                TimeSpan.FromSeconds(pair.Value.TimeoutSeconds)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToArray();
        DefaultModel = string.IsNullOrWhiteSpace(value.DefaultModel) ? null : Find(value.DefaultModel);
    }

    public IReadOnlyList<ModelEntry> Models { get; }

    public ModelEntry? DefaultModel { get; }

    /// <summary>Nothing configured at all: generation answers 503 with a German explanation.</summary>
    public bool IsEmpty => Models.Count == 0;

    public ModelEntry? Find(string name) =>
        Models.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
