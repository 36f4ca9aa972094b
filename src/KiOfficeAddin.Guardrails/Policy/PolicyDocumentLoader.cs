using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>The policy file could not be read or is not a valid policy; the message names the problem.</summary>
public sealed class PolicyLoadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads the policy file (YAML) and validates it completely: an invalid file is never half applied.
/// Unknown keys are errors, so a misspelt rule cannot silently fall back to a default.
/// </summary>
public static class PolicyDocumentLoader
{
    private static readonly string[] RequiredLinks = ["leitfaden", "elearning", "dienstvereinbarung"];

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Reads and validates the file at <paramref name="path"/>.</summary>
    /// <exception cref="PolicyLoadException">The file is missing, unreadable or invalid.</exception>
    public static PolicyDocument LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyLoadException($"policy file '{path}' cannot be read ({e.GetType().Name})", e);
        }
        return Load(bytes);
    }

    /// <summary>Parses and validates the bytes of a policy file; the version hash is the SHA-256 of exactly these bytes.</summary>
    /// <exception cref="PolicyLoadException">The content is not a valid policy.</exception>
    public static PolicyDocument Load(ReadOnlySpan<byte> bytes)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        PolicyFile? file;
        try
        {
            file = Deserializer.Deserialize<PolicyFile?>(Encoding.UTF8.GetString(bytes));
        }
        catch (YamlException e)
        {
            // The YAML message names line, column and the offending key; the file is configuration, not user text.
            throw new PolicyLoadException($"policy file is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {Innermost(e).Message}", e);
        }
        if (file is null)
        {
            throw new PolicyLoadException("policy file is empty");
        }
        return Validate(file, sha256);
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private static PolicyDocument Validate(PolicyFile file, string sha256)
    {
        var errors = new List<string>();
        Require(errors, file.Version, "version");
        Require(errors, file.Title, "title");

        var dataClasses = new Dictionary<DataClass, DataClassDefinition>();
        foreach (var (id, entry) in file.DataClasses ?? [])
        {
            if (!DataClassNames.TryParse(id, out var dataClass) || dataClass.ToContractName() != id)
            {
                errors.Add($"dataClasses.{id} is not a known data class (known: {string.Join(", ", DataClassNames.All.Select(c => c.ToContractName()))})");
                continue;
            }
            Require(errors, entry?.Name, $"dataClasses.{id}.name");
            Require(errors, entry?.Description, $"dataClasses.{id}.description");
            var onPremisesOnly = entry?.OnPremisesOnly ?? false;
            if (DataClassNames.AlwaysOnPremises.Contains(dataClass) && !onPremisesOnly)
            {
                errors.Add($"dataClasses.{id}.onPremisesOnly must be true: this class never leaves the city's infrastructure");
            }
            dataClasses[dataClass] = new DataClassDefinition(dataClass, entry?.Name ?? "", entry?.Description ?? "",
                onPremisesOnly, entry?.AllowedModels?.Where(m => !string.IsNullOrWhiteSpace(m)).ToArray() ?? []);
        }
        foreach (var missing in DataClassNames.All.Where(c => !dataClasses.ContainsKey(c)))
        {
            errors.Add($"dataClasses.{missing.ToContractName()} is missing");
        }

        var defaultDataClass = DataClass.Internal;
        if (file.DefaultDataClass is not null && !DataClassNames.TryParse(file.DefaultDataClass, out defaultDataClass))
        {
            errors.Add($"defaultDataClass '{file.DefaultDataClass}' is not a known data class");
        }

        var known = (file.UseCases?.Known ?? []).ToFrozenSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            errors.Add("useCases.known must list at least one use case");
        }
        var defaultUseCases = UseCaseSet(errors, known, file.UseCases?.Default, "useCases.default");
        var byDepartment = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (department, useCases) in file.UseCases?.Departments ?? [])
        {
            byDepartment[department] = UseCaseSet(errors, known, useCases, $"useCases.departments.{department}");
        }

        var maxInput = file.Limits?.MaxInputCharacters ?? 0;
        if (maxInput <= 0)
        {
            errors.Add("limits.maxInputCharacters must be a positive number");
        }

        Require(errors, file.Labelling?.VisibleText, "labelling.visibleText");
        var closingLine = string.IsNullOrWhiteSpace(file.Labelling?.OutlookClosingLine) ? null : file.Labelling.OutlookClosingLine.Trim();

        var links = new List<PolicyLink>();
        foreach (var (id, entry) in file.Links ?? [])
        {
            Require(errors, entry?.Title, $"links.{id}.title");
            if (!Uri.TryCreate(entry?.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add($"links.{id}.url must be an absolute https address");
                continue;
            }
            links.Add(new PolicyLink(id, entry?.Title ?? "", url));
        }
        foreach (var missing in RequiredLinks.Where(id => !(file.Links?.ContainsKey(id) ?? false)))
        {
            errors.Add($"links.{missing} is missing");
        }
        var courseLink = file.AiLiteracy?.CourseLink ?? "elearning";
        if (!(file.Links?.ContainsKey(courseLink) ?? false))
        {
            errors.Add($"aiLiteracy.courseLink '{courseLink}' names no entry of links");
        }

        var rules = new Dictionary<string, PolicyRuleText>(StringComparer.Ordinal);
        foreach (var (id, entry) in file.Rules ?? [])
        {
            if (!PolicyRuleIds.All.Contains(id))
            {
                errors.Add($"rules.{id} is not a rule id the server knows (known: {string.Join(", ", PolicyRuleIds.All)})");
                continue;
            }
            Require(errors, entry?.Summary, $"rules.{id}.summary");
            Require(errors, entry?.Title, $"rules.{id}.title");
            Require(errors, entry?.Detail, $"rules.{id}.detail");
            Require(errors, entry?.Basis, $"rules.{id}.basis");
            rules[id] = new PolicyRuleText(entry?.Summary?.Trim() ?? "", entry?.Title?.Trim() ?? "",
                entry?.Detail?.Trim() ?? "", entry?.Basis?.Trim() ?? "");
        }
        foreach (var missing in PolicyRuleIds.All.Where(id => !rules.ContainsKey(id)))
        {
            errors.Add($"rules.{missing} is missing");
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException($"policy file is invalid: {string.Join("; ", errors)}");
        }
        return new PolicyDocument(
            new PolicyVersion(file.Version!.Trim(), sha256),
            file.Title!.Trim(),
            defaultDataClass,
            dataClasses.ToFrozenDictionary(),
            new UseCasePolicy(known, defaultUseCases, byDepartment.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)),
            maxInput,
            new LabellingPolicy(file.Labelling!.VisibleText!.Trim(), closingLine),
            links,
            rules.ToFrozenDictionary(StringComparer.Ordinal),
            courseLink);
    }

    private static FrozenSet<string> UseCaseSet(List<string> errors, FrozenSet<string> known, List<string>? useCases, string key)
    {
        if (useCases is null)
        {
            errors.Add($"{key} is missing");
            return FrozenSet<string>.Empty;
        }
        foreach (var unknown in useCases.Where(u => !known.Contains(u)))
        {
            errors.Add($"{key} names '{unknown}', which is not in useCases.known");
        }
        return useCases.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Require(List<string> errors, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} is missing or empty");
        }
    }

    // The file's shape as YamlDotNet reads it; mapped to the immutable PolicyDocument after validation.
#pragma warning disable CA1812, CA2227, CA1002 // instantiated and filled by YamlDotNet
    private sealed class PolicyFile
    {
        public string? Version { get; set; }
        public string? Title { get; set; }
        public string? DefaultDataClass { get; set; }
        public Dictionary<string, DataClassEntry?>? DataClasses { get; set; }
        public UseCasesEntry? UseCases { get; set; }
        public LimitsEntry? Limits { get; set; }
        public AiLiteracyEntry? AiLiteracy { get; set; }
        public LabellingEntry? Labelling { get; set; }
        public Dictionary<string, LinkEntry?>? Links { get; set; }
        public Dictionary<string, RuleEntry?>? Rules { get; set; }
    }

    private sealed class DataClassEntry
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool? OnPremisesOnly { get; set; }
        public List<string>? AllowedModels { get; set; }
    }

    private sealed class UseCasesEntry
    {
        public List<string>? Known { get; set; }
        public List<string>? Default { get; set; }
        public Dictionary<string, List<string>>? Departments { get; set; }
    }

    private sealed class LimitsEntry
    {
        public int? MaxInputCharacters { get; set; }
    }

    private sealed class AiLiteracyEntry
    {
        public string? CourseLink { get; set; }
    }

    private sealed class LabellingEntry
    {
        public string? VisibleText { get; set; }
        public string? OutlookClosingLine { get; set; }
    }

    private sealed class LinkEntry
    {
        public string? Title { get; set; }
        public string? Url { get; set; }
    }

    private sealed class RuleEntry
    {
        public string? Summary { get; set; }
        public string? Title { get; set; }
        public string? Detail { get; set; }
        public string? Basis { get; set; }
    }
#pragma warning restore CA1812, CA2227, CA1002
}
