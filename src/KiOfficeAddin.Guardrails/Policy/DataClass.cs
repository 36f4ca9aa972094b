using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>
/// How sensitive the data in a request is (the works agreement's data classes). <see cref="DataClassNames"/> gives the
/// contract ids (<c>public</c>, <c>internal</c>, …) used in configuration, the policy file and the API.
/// </summary>
public enum DataClass
{
    Public,
    Internal,
    Personal,
    Special,
    Social,
    Tax,
    Classified,
}

/// <summary>Contract ids and the sensitivity order of <see cref="DataClass"/>.</summary>
public static class DataClassNames
{
    private static readonly string[] Ids = ["public", "internal", "personal", "special", "social", "tax", "classified"];

    private static readonly FrozenDictionary<string, DataClass> ById = Ids
        .Select((id, index) => KeyValuePair.Create(id, (DataClass)index))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every data class, in declaration order.</summary>
    public static IReadOnlyList<DataClass> All { get; } = Enum.GetValues<DataClass>();

    /// <summary>Classes that by law never leave the city's own infrastructure, whatever the policy file says.</summary>
    public static FrozenSet<DataClass> AlwaysOnPremises { get; } =
        new[] { DataClass.Social, DataClass.Tax, DataClass.Classified }.ToFrozenSet();

    public static string ToContractName(this DataClass dataClass) => Ids[(int)dataClass];

    public static bool TryParse(string? id, out DataClass dataClass)
    {
        if (id is not null && ById.TryGetValue(id.Trim(), out dataClass))
        {
            return true;
        }
        dataClass = DataClass.Public;
        return false;
    }

    /// <summary>
    /// Sensitivity for "never lower than detected": special categories, social and tax secrecy share a level because
    /// none of them contains the others; classified material is above all.
    /// </summary>
    public static int Rank(this DataClass dataClass) => dataClass switch
    {
        DataClass.Public => 0,
        DataClass.Internal => 1,
        DataClass.Personal => 2,
        DataClass.Special or DataClass.Social or DataClass.Tax => 3,
        DataClass.Classified => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(dataClass)),
    };
}
