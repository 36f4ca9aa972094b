using System.Text;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>An entity with the placeholder that replaced it in the pseudonymised text.</summary>
public readonly record struct PseudonymizedEntity(PiiCategory Category, int Start, int End, string Placeholder);

/// <summary>The pseudonymised text and the map to restore it. The map lives in memory for one request only.</summary>
public sealed record PseudonymizedText(string Text, IReadOnlyList<PseudonymizedEntity> Entities, PseudonymMap Map);

/// <summary>Replaces each distinct value by a stable placeholder such as <c>[PERSON_1]</c>.</summary>
public sealed class Pseudonymizer
{
    public PseudonymizedText Pseudonymize(string text, PiiAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var map = new PseudonymMap();
        var output = new StringBuilder(text.Length);
        var placed = new List<PseudonymizedEntity>(analysis.Entities.Count);
        var position = 0;
        foreach (var entity in analysis.Entities)
        {
            if (entity.Start < position)
            {
                continue;
            }
            output.Append(text, position, entity.Start - position);
            var placeholder = map.PlaceholderFor(entity.Category, text[entity.Start..entity.End]);
            output.Append(placeholder);
            placed.Add(new(entity.Category, entity.Start, entity.End, placeholder));
            position = entity.End;
        }
        output.Append(text, position, text.Length - position);
        return new PseudonymizedText(output.ToString(), placed, map);
    }
}

/// <summary>Placeholder ↔ original value for one request.</summary>
public sealed class PseudonymMap
{
    private readonly Dictionary<string, string> placeholderByValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> valueByPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<PiiCategory, int> countByCategory = [];

    public IReadOnlyDictionary<PiiCategory, int> CountByCategory => countByCategory;

    public IReadOnlyDictionary<string, string> ValueByPlaceholder => valueByPlaceholder;

    internal string PlaceholderFor(PiiCategory category, string value)
    {
        var key = $"{(int)category}\u0001{value}";
        if (placeholderByValue.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var number = countByCategory.GetValueOrDefault(category) + 1;
        countByCategory[category] = number;
        var placeholder = $"[{category.ToContractName()}_{number}]";
        placeholderByValue[key] = placeholder;
        valueByPlaceholder[placeholder] = value;
        return placeholder;
    }

    /// <summary>Puts the original values back; placeholders the map does not know stay as they are.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text);
        foreach (var (placeholder, value) in valueByPlaceholder)
        {
            output.Replace(placeholder, value);
        }
        return output.ToString();
    }
}
