using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// Issue #3: the rules that need to know a word is a given name (a relative's name, a name alone in a sentence, a role
/// before a full name) work for names of every generation and of the large immigrant groups, while German words that
/// are also names somewhere (Jura, Silvester, Mercedes, Olympia) stay out of the lexicon.
/// </summary>
public sealed class NameLexiconTests
{
    private readonly PiiDetector detector = new();

    public static TheoryData<string, string> KnownOnlyFromTheLexicon() => new()
    {
        { "Die Trauung nimmt Standesbeamtin Ricarda Holtgreve vor.", "Ricarda Holtgreve" },
        { "Unsere Tochter Chiamaka besucht die Kita am Park.", "Chiamaka" },
        { "Das Formular hat Ludger gestern unterschrieben, nicht ich.", "Ludger" },
        { "Wir waren mit Leutrim beim Kinderarzt.", "Leutrim" },
        { "hallo, meine schwester zarghona kommt morgen mit.", "zarghona" },
        { "Die Vollmacht liegt bei Gülten, sie kümmert sich darum.", "Gülten" },
        { "Mein Mann Siegfried ist seit März im Pflegeheim.", "Siegfried" },
        { "Ich bin mit Bożena verheiratet und wir wohnen zusammen.", "Bożena" },
        // Full names without a cue: known given name and surname, also in lower case
        { "Gestern hat Meinolf Hölscheidt den Antrag abgegeben.", "Meinolf Hölscheidt" },
        { "Ich vertrete Almut Ossenbrink in dieser Sache.", "Almut Ossenbrink" },
        { "hallo, hier schreibt tobenna nwachukwu wegen der tonne.", "tobenna nwachukwu" },
        { "das formular bringt farzaneh hosseinzadeh morgen vorbei.", "farzaneh hosseinzadeh" },
    };

    [Theory]
    [MemberData(nameof(KnownOnlyFromTheLexicon))]
    public void AGivenNameTheLexiconKnowsIsProtectedWithoutAnHonorific(string text, string name)
    {
        var persons = Persons(text);
        Assert.True(persons.Contains(name), $"'{name}' not found; persons: {string.Join(" | ", persons)}");
    }

    public static TheoryData<string> GermanWordsThatAreNamesElsewhere() => new()
    {
        "Er studiert Jura in Münster.",
        "Wir feiern Silvester gemeinsam mit den Nachbarn.",
        "Er fährt einen alten Mercedes mit Anhängerkupplung.",
        "Sie war bei Olympia dabei.",
        "Er trainiert Tai Chi und Qi Gong im Verein.",
    };

    [Theory]
    [MemberData(nameof(GermanWordsThatAreNamesElsewhere))]
    public void AGermanWordLeftOutOfTheLexiconIsNoPersonInRunningText(string text) =>
        Assert.Empty(Persons(text));

    private List<string> Persons(string text) =>
        detector.Analyze(text).Entities
            .Where(e => e.Category.ToContractName() == "PERSON")
            .Select(e => text[e.Start..e.End])
            .ToList();
}
