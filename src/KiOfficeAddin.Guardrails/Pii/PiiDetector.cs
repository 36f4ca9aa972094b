using KiOfficeAddin.Guardrails.Pii.Addresses;
using KiOfficeAddin.Guardrails.Pii.Contact;
using KiOfficeAddin.Guardrails.Pii.Dates;
using KiOfficeAddin.Guardrails.Pii.Identifiers;
using KiOfficeAddin.Guardrails.Pii.Names;
using KiOfficeAddin.Guardrails.Pii.SpecialCategories;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// Finds German personal data in a text: identifiers validated by their check digits, contact data, addresses, dates
/// of birth, people (with one identity key per person), and GDPR Art. 9 evidence. Thread-safe and stateless; the
/// lexicons load once per process.
/// </summary>
public sealed class PiiDetector
{
    /// <summary>Analyses <paramref name="text"/>; entities are sorted by start and do not overlap.</summary>
    public PiiAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return PiiAnalysis.Empty;
        }
        var candidates = new List<Candidate>();
        ContactRecognizer.Find(text, candidates);
        IdentifierRecognizer.Find(text, candidates);
        var beforeAddresses = candidates.Count;
        AddressRecognizer.Find(text, candidates);

        var tokens = WordTokenizer.Tokenize(text);
        var names = new NameRecognizer(text, tokens);
        names.FindByCues();
        for (var i = beforeAddresses; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Category == PiiCategory.Address && (c.Start == 0 || text[c.Start - 1] == '\n'))
            {
                names.FindNameLineAbove(c.Start);
            }
        }
        var persons = new List<Candidate>();
        PersonIdentities.Resolve(text, tokens, names.Mentions, persons);
        DateOfBirthRecognizer.Find(text, persons, candidates);
        candidates.AddRange(persons);

        var evidence = new List<SpecialCategoryEvidence>();
        SpecialCategoryRecognizer.Find(text, evidence);
        return new PiiAnalysis(ResolveOverlaps(candidates), evidence);
    }

    /// <summary>Strongest evidence first, then longest; a candidate overlapping an accepted one is dropped.</summary>
    private static List<PiiEntity> ResolveOverlaps(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) =>
            a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start.CompareTo(b.Start));
        var accepted = new List<PiiEntity>(candidates.Count);
        var byStart = new SortedList<int, int>();
        foreach (var c in candidates)
        {
            if (c.End <= c.Start || Overlaps(byStart, accepted, c.Start, c.End))
            {
                continue;
            }
            byStart.Add(c.Start, accepted.Count);
            accepted.Add(new PiiEntity(c.Category, c.Start, c.End, c.Category == PiiCategory.Person ? c.IdentityKey : null));
        }
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static bool Overlaps(SortedList<int, int> byStart, List<PiiEntity> accepted, int start, int end)
    {
        // The accepted spans do not overlap each other, so only the neighbours by start can overlap [start, end).
        var keys = byStart.Keys;
        int lo = 0, hi = keys.Count - 1, floor = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < end)
            {
                floor = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return floor >= 0 && accepted[byStart.Values[floor]].End > start;
    }
}
