using System.Collections.Frozen;
using Microsoft.SemanticKernel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KiOfficeAddin.Api.Generation;

/// <summary>Where the generated text comes from; decides the IPTC digital source type of its label.</summary>
public enum TextOrigin
{
    /// <summary>The user's own text, rephrased (IPTC compositeWithTrainedAlgorithmicMedia).</summary>
    Rephrased,

    /// <summary>New text written by the model from key points (IPTC trainedAlgorithmicMedia).</summary>
    Generated,
}

/// <summary>
/// One use case of the city's prompt guide ("Leitfaden"), versioned, kept as a YAML file. <paramref name="FixedTexts"/>:
/// the template's own wording between its variables, as it leaves in the model request.
/// </summary>
public sealed record UseCaseTemplate(
    string Id,
    int Version,
    string Title,
    string Description,
    string DefaultDataClass,
    TextOrigin Origin,
    IReadOnlyList<string> Tones,
    string? DefaultTone,
    KernelFunction Function,
    IReadOnlyList<string> FixedTexts);

/// <summary>
/// Loads the use-case templates from <c>Generation/Leitfaden/*.yaml</c> and turns each into a Semantic Kernel prompt
/// function (system message with the rules, user message with the pseudonymised text).
/// </summary>
public sealed class Leitfaden
{
    private readonly FrozenDictionary<string, UseCaseTemplate> templates;

    public Leitfaden(string folder)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var loaded = new Dictionary<string, UseCaseTemplate>(StringComparer.Ordinal);
        var configs = new Dictionary<string, PromptTemplateConfig>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var document = deserializer.Deserialize<TemplateFile>(File.ReadAllText(file))
                ?? throw new InvalidOperationException($"Leitfaden template {Path.GetFileName(file)} is empty.");
            var (template, config) = ToTemplate(document, Path.GetFileName(file));
            loaded.Add(template.Id, template);
            configs.Add(template.Id, config);
        }
        if (loaded.Count == 0)
        {
            throw new InvalidOperationException($"No Leitfaden templates (*.yaml) found in {folder}.");
        }
        templates = loaded.ToFrozenDictionary(StringComparer.Ordinal);
        PromptConfigs = configs.ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. templates.Values.OrderBy(t => Array.IndexOf(DisplayOrder, t.Id) is var i && i < 0 ? int.MaxValue : i)];
    }

    private static readonly string[] DisplayOrder = ["rewrite", "simplify", "shorten", "reply", "summarize", "proofread"];

    public IReadOnlyList<UseCaseTemplate> All { get; }

    /// <summary>The prompt configuration each use case's function was made from (for tests of the rendering).</summary>
    internal IReadOnlyDictionary<string, PromptTemplateConfig> PromptConfigs { get; }

    /// <summary>The fixed wording of every template (<see cref="UseCaseTemplate.FixedTexts"/>), each text once.</summary>
    public IReadOnlyList<string> FixedTexts => [.. All.SelectMany(t => t.FixedTexts).Distinct(StringComparer.Ordinal)];

    public UseCaseTemplate? Find(string? id) => id is not null && templates.TryGetValue(id, out var template) ? template : null;

    private static (UseCaseTemplate Template, PromptTemplateConfig Config) ToTemplate(TemplateFile file, string fileName)
    {
        string Required(string? value, string key) => string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Leitfaden template {fileName}: '{key}' is missing.")
            : value;

        var id = Required(file.Id, "id");
        var origin = Required(file.Origin, "origin") switch
        {
            "rephrased" => TextOrigin.Rephrased,
            "generated" => TextOrigin.Generated,
            var other => throw new InvalidOperationException($"Leitfaden template {fileName}: origin '{other}' is neither rephrased nor generated."),
        };
        var system = Required(file.System, "system").TrimEnd();
        var user = Required(file.User, "user").Trim();
        var config = new PromptTemplateConfig
        {
            Name = id,
            Description = file.Description,
            // Chat prompt syntax: SK encodes the variables' values and the XML parse decodes them again, so user text
            // containing "<message" cannot inject a role; the user's text travels alone in the user message.
            Template = $"<message role=\"system\">{system}</message>\n" +
                       $"<message role=\"user\">{user}</message>",
            InputVariables =
            [
                new() { Name = "text", IsRequired = true },
                new() { Name = "tone", Default = file.DefaultTone ?? "", IsRequired = false },
                new() { Name = "instructions", Default = "", IsRequired = false },
            ],
        };
        return (new UseCaseTemplate(
            id,
            file.Version,
            Required(file.Title, "title"),
            Required(file.Description, "description"),
            Required(file.DefaultDataClass, "defaultDataClass"),
            origin,
            file.Tones ?? [],
            file.DefaultTone,
            KernelFunctionFactory.CreateFromPrompt(config, LeitfadenPromptTemplateFactory.WithFallback),
            [.. FixedTextsOf(system), .. FixedTextsOf(user)]), config);
    }

    /// <summary>
    /// The wording between a message's variables, trimmed (the request carries it verbatim around the variables'
    /// values). The egress guard uses these to skip what it would otherwise scan on every request.
    /// </summary>
    private static List<string> FixedTextsOf(string message)
    {
        var texts = new List<string>();
        var at = 0;
        foreach (var block in LeitfadenPromptTemplateFactory.VariableBlock().EnumerateMatches(message))
        {
            texts.Add(message[at..block.Index]);
            at = block.Index + block.Length;
        }
        texts.Add(message[at..]);
        return [.. texts.Select(text => text.Trim()).Where(text => text.Length > 0)];
    }

    private sealed class TemplateFile
    {
        public string? Id { get; set; }
        public int Version { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? DefaultDataClass { get; set; }
        public string? Origin { get; set; }
        public List<string>? Tones { get; set; }
        public string? DefaultTone { get; set; }
        public string? System { get; set; }
        public string? User { get; set; }
    }
}
