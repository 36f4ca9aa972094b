using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.Addresses;
using KiOfficeAddin.Guardrails.Pii.Contact;
using KiOfficeAddin.Guardrails.Pii.Dates;
using KiOfficeAddin.Guardrails.Pii.Identifiers;
using KiOfficeAddin.Guardrails.Pii.Names;
using KiOfficeAddin.Guardrails.Pii.SpecialCategories;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// <c>PiiDetector.Analyze</c> rebuilt in steps for the <c>profile</c> mode, to see what the whole pass costs beyond the
/// sum of its stages: <c>glue0</c> runs every stage in one pass, each into a list of its own (as the single-stage
/// profiles do); each later step adds one thing <c>Analyze</c> does; <c>glue3</c> is <c>Analyze</c> without building
/// its result. <c>nonames</c> is the whole pass without the name stages.
/// </summary>
internal static class DetectorGlueStages
{
    public static void Separate(string t)
    {
        ContactRecognizer.Find(t, []);
        IdentifierRecognizer.Find(t, []);
        KeywordValueRecognizer.Find(t, []);
        AddressRecognizer.Find(t, []);
        var tokens = WordTokenizer.Tokenize(t);
        var names = new NameRecognizer(t, tokens);
        names.FindByCues();
        PersonIdentities.Resolve(t, tokens, names.Mentions, []);
        DateOfBirthRecognizer.Find(t, [], []);
        SpecialCategoryRecognizer.Find(t, []);
    }

    /// <summary>Step 1: one candidate list, and the name line above each address line; step 2: dates after persons; step 3: overlaps.</summary>
    public static void Shared(string t, int step)
    {
        var candidates = new List<Candidate>();
        ContactRecognizer.Find(t, candidates);
        IdentifierRecognizer.Find(t, candidates);
        KeywordValueRecognizer.Find(t, candidates);
        var beforeAddresses = candidates.Count;
        AddressRecognizer.Find(t, candidates);
        var tokens = WordTokenizer.Tokenize(t);
        var names = new NameRecognizer(t, tokens);
        names.FindByCues();
        for (var i = beforeAddresses; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Category == PiiCategory.Address && (c.Start == 0 || t[c.Start - 1] == '\n'))
            {
                names.FindNameLineAbove(c.Start);
            }
        }
        var persons = new List<Candidate>();
        PersonIdentities.Resolve(t, tokens, names.Mentions, persons);
        DateOfBirthRecognizer.Find(t, step >= 2 ? persons : [], step >= 2 ? candidates : []);
        if (step >= 2)
        {
            candidates.AddRange(persons);
        }
        var evidence = new List<SpecialCategoryEvidence>();
        SpecialCategoryRecognizer.Find(t, evidence);
        if (step >= 3)
        {
            PiiDetector.ResolveOverlaps(candidates, t.Length);
        }
    }

    /// <summary>The corpus, for <see cref="WithoutNamesStageMajor"/>.</summary>
    public static List<string> Documents { get; set; } = [];

    /// <summary>
    /// The stages of <see cref="WithoutNames"/>, each over the whole corpus before the next (run once per pass, at the
    /// first document): the same code as <c>nonames</c>, without the switching from stage to stage in every document.
    /// </summary>
    public static void WithoutNamesStageMajor(string t)
    {
        if (!ReferenceEquals(t, Documents[0]))
        {
            return;
        }
        foreach (var d in Documents)
        {
            ContactRecognizer.Find(d, []);
        }
        foreach (var d in Documents)
        {
            IdentifierRecognizer.Find(d, []);
        }
        foreach (var d in Documents)
        {
            KeywordValueRecognizer.Find(d, []);
        }
        foreach (var d in Documents)
        {
            AddressRecognizer.Find(d, []);
        }
        foreach (var d in Documents)
        {
            DateOfBirthRecognizer.Find(d, [], []);
        }
        foreach (var d in Documents)
        {
            SpecialCategoryRecognizer.Find(d, []);
        }
    }

    public static void WithoutNamesSeparate(string t)
    {
        ContactRecognizer.Find(t, []);
        IdentifierRecognizer.Find(t, []);
        KeywordValueRecognizer.Find(t, []);
        AddressRecognizer.Find(t, []);
        DateOfBirthRecognizer.Find(t, [], []);
        SpecialCategoryRecognizer.Find(t, []);
    }

    public static void WithoutNames(string t)
    {
        var candidates = new List<Candidate>();
        ContactRecognizer.Find(t, candidates);
        IdentifierRecognizer.Find(t, candidates);
        KeywordValueRecognizer.Find(t, candidates);
        AddressRecognizer.Find(t, candidates);
        DateOfBirthRecognizer.Find(t, [], candidates);
        var evidence = new List<SpecialCategoryEvidence>();
        SpecialCategoryRecognizer.Find(t, evidence);
        PiiDetector.ResolveOverlaps(candidates, t.Length);
    }
}
