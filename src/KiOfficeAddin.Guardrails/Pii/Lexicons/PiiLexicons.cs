using System.Collections.Frozen;
using System.Reflection;

namespace KiOfficeAddin.Guardrails.Pii.Lexicons;

/// <summary>
/// Name, place and district-code lexicons, loaded once from embedded resources (see SOURCES.md). Lookups take spans
/// so the detector does not allocate a string per word.
/// </summary>
internal static class PiiLexicons
{
    private static readonly Lazy<Loaded> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Given names, case-insensitive.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames => Data.Value.GivenNames;

    /// <summary>Surnames, case-insensitive.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames => Data.Value.Surnames;

    /// <summary>City and town names (single words and the first word of multi-word names), case-sensitive.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cities => Data.Value.Cities;

    /// <summary>Street names with "Str." spelled out as "straße", case-insensitive.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Streets => Data.Value.Streets;

    /// <summary>Vehicle registration district codes, upper case.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DistrictCodes => Data.Value.DistrictCodes;

    /// <summary>Given names that only women bear, case-insensitive (loaded on first use: one rule asks, and rarely).</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleGivenNames => Genders.Value.Female;

    /// <summary>Given names that only men bear, case-insensitive.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleGivenNames => Genders.Value.Male;

    private static readonly Lazy<(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Female, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Male)> Genders =
        new(() => (Lookup(Read("given-names-female.faker.txt"), StringComparer.OrdinalIgnoreCase),
                   Lookup(Read("given-names-male.faker.txt"), StringComparer.OrdinalIgnoreCase)), LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed record Loaded(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cities,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Streets,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DistrictCodes);

    private static Loaded Load()
    {
        var given = Read("given-names.faker.txt").Concat(Words("curated-given-names.txt"))
            .Where(n => !NotNames.Contains(n));
        var surnames = Read("surnames.faker.txt").Concat(Words("curated-surnames.txt"));
        var cities = Read("cities.faker.txt").Select(c => c.Split(' ', '(')[0]).Concat(Words("curated-cities.txt"));
        var streets = Read("streets.faker.txt").Select(NormaliseStreet);
        return new(
            Lookup(given, StringComparer.OrdinalIgnoreCase),
            Lookup(surnames, StringComparer.OrdinalIgnoreCase),
            Lookup(cities, StringComparer.Ordinal),
            Lookup(streets, StringComparer.OrdinalIgnoreCase),
            Lookup(Words("district-codes.txt"), StringComparer.Ordinal));
    }

    /// <summary>"Alkenrather Str." → "Alkenrather Straße", "Adalbertstr." → "Adalbertstraße".</summary>
    public static string NormaliseStreet(string street) =>
        street.EndsWith("str.", StringComparison.OrdinalIgnoreCase) ? street[..^4] + (street[^4] == 'S' ? "Straße" : "straße") : street;

    // Entries of the generated lists that are ordinary German words far more often than names.
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "Mai", "Juni", "Juli", "April", "August", "Ende", "Alle", "Bitte", "Danke", "Stadt", "Kind", "Frau", "Herr",
        "Deniz", "Liebe", "Will", "Kann", "Sonne", "Ernst", "Rose", "Mark", "Ja", "Nein", "Tag", "Anfang", "Post",
        "Art", "Bei", "Bis", "Da", "Dank", "Dass", "Der", "Die", "Das", "Ein", "Eine", "Er", "Es", "Im", "In", "Mit",
        "Nach", "Nur", "Ob", "Oder", "Sie", "So", "Um", "Und", "Von", "Vor", "Wir", "Zu", "Zum", "Zur", "Am", "An",
        "Auf", "Aus", "Dem", "Den", "Des", "Hallo", "Gruß", "Name", "Sehr", "Team", "Amt", "Rat", "Kreis", "Land",
        "Bund", "Platz", "Weg", "Straße", "Haus", "Hof", "Berg", "Feld", "Wald", "See", "Bach", "Park", "Markt",
        "Kirche", "Schule", "Grund", "Neu", "Alt", "Gut", "Recht", "Frieden", "Glück", "Heil", "Hand", "Fuß", "Kopf",
        "Herz", "Licht", "Ruhe", "Zeit", "Jahr", "Monat", "Woche", "Abend", "Morgen", "Nacht", "Winter", "Sommer",
        "Herbst", "Frühling", "Mittag", "Sonntag", "Montag", "Mittwoch", "Freitag", "Samstag",
        // Nouns of the older generated lists that a preposition can precede ("mit Reis", "für den Server").
        "Alp", "Aral", "Bars", "Basar", "Basel", "Dementi", "Kalender", "Kir", "Mine", "Nikon", "Nil", "Reis", "Seher",
        "Server", "Soja", "Tore", "Summer", "Platon", "Apollo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> values, StringComparer comparer) =>
        values.Where(v => v.Length > 0).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> Read(string name) =>
        Lines(name).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static IEnumerable<string> Words(string name) =>
        Read(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<string> Lines(string name)
    {
        var assembly = typeof(PiiLexicons).Assembly;
        using var stream = assembly.GetManifestResourceStream("KiOfficeAddin.Guardrails.Pii.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }
}
