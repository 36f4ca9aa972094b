using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Generation;

public enum ModelProvider
{
    /// <summary>Any server that speaks the OpenAI chat completions API (vLLM, Ollama, llama.cpp, a sovereign cloud).</summary>
    OpenAICompatible,

    /// <summary>Azure OpenAI, addressed by deployment; API key or managed identity.</summary>
    AzureOpenAI,
}

/// <summary>
/// The model registry (<c>Llm</c> section). No model at all is a valid state: generation then explains how to connect one.
/// An entry that is unapproved or incomplete stays in the registry (so the health page can show it) but is never called.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>Name of the entry in <see cref="Models"/> used unless the policy routes elsewhere.</summary>
    public string? DefaultModel { get; set; }

    public Dictionary<string, ModelOptions> Models { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ModelOptions
{
    public ModelProvider Provider { get; set; } = ModelProvider.OpenAICompatible;

    /// <summary>OpenAI-compatible: the base URL including <c>/v1</c>. Azure: the resource endpoint.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model name, or the Azure deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>API key; for Azure leave empty to use the managed identity.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Approved by the head of the authority (data processing agreement, region, data classes).</summary>
    public bool Approved { get; set; }

    /// <summary>Reference of the approval decision, shown to users and in the audit trail.</summary>
    public string? ApprovalReference { get; set; }

    public string? Region { get; set; }

    public bool OnPremises { get; set; }

    /// <summary>Data classes this model may receive: public, internal, personal, special, social, tax, classified.</summary>
    public List<string> DataClasses { get; set; } = [];

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;
}

/// <summary>Refuses malformed entries at start; missing parts only make an entry incomplete (never called).</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    internal static readonly string[] KnownDataClasses = ["public", "internal", "personal", "special", "social", "tax", "classified"];

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.DefaultModel) && !options.Models.ContainsKey(options.DefaultModel))
        {
            failures.Add($"Llm:DefaultModel names '{options.DefaultModel}', which is not an entry of Llm:Models.");
        }
        foreach (var (modelName, model) in options.Models)
        {
            if (model.Endpoint is { IsAbsoluteUri: false } || model.Endpoint is { Scheme: not ("http" or "https") })
            {
                failures.Add($"Llm:Models:{modelName}:Endpoint must be an absolute http(s) URL.");
            }
            if (model.TimeoutSeconds is < 1 or > 600)
            {
                failures.Add($"Llm:Models:{modelName}:TimeoutSeconds must be between 1 and 600.");
            }
            foreach (var dataClass in model.DataClasses.Where(c => !KnownDataClasses.Contains(c, StringComparer.OrdinalIgnoreCase)))
            {
                failures.Add($"Llm:Models:{modelName}:DataClasses has the unknown class '{dataClass}' (known: {string.Join(", ", KnownDataClasses)}).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
