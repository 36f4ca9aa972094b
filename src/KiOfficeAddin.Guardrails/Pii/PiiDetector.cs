using System.Buffers;
using System.Runtime.InteropServices;
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
        // The candidates are read once, by ResolveOverlaps: the list is kept on the thread for its next text instead
        // of grown anew for every one (taken off the thread while in use).
        var candidates = threadCandidates ?? [];
        threadCandidates = null;
        try
        {
            return Analyze(text, candidates);
        }
        finally
        {
            candidates.Clear();
            if (candidates.Capacity <= MaxKeptCandidates)
            {
                threadCandidates = candidates;
            }
        }
    }

    // A text with more candidates than this (a long document) would keep a large list alive on the thread.
    private const int MaxKeptCandidates = 4096;

    [ThreadStatic]
    private static List<Candidate>? threadCandidates;

    private static PiiAnalysis Analyze(string text, List<Candidate> candidates)
    {
        // The runs of digits the contact and address rules both read.
        using var digitRuns = DigitRuns.Find(text);
        StageDone?.Invoke(PiiStage.DigitRuns);
        ContactRecognizer.Find(text, candidates, digitRuns);
        StageDone?.Invoke(PiiStage.Contact);
        var digitClusters = DigitClusters.Find(text, digitRuns);
        StageDone?.Invoke(PiiStage.DigitClusters);
        // The case references at their leads are found in the keyword pass's walk over the words (one walk, not two).
        var caseReferenceLeadsLeft = IdentifierRecognizer.Find(text, candidates, digitClusters, leaveCaseReferenceLeads: true);
        StageDone?.Invoke(PiiStage.Identifiers);
        KeywordValueRecognizer.Find(text, candidates, digitClusters, caseReferenceLeadsLeft);
        StageDone?.Invoke(PiiStage.Keywords);
        TableColumnRecognizer.Find(text, candidates);
        StageDone?.Invoke(PiiStage.Tables);
        var beforeAddresses = candidates.Count;
        AddressRecognizer.Find(text, candidates, digitRuns);
        StageDone?.Invoke(PiiStage.Addresses);
        DocumentNumberShapes.Find(text, digitRuns, candidates);
        MachineReadableZones.Find(text, candidates);
        StageDone?.Invoke(PiiStage.DocumentNumbers);

        using var tokens = WordTokenizer.Tokenize(text);
        StageDone?.Invoke(PiiStage.Tokens);
        var names = new NameRecognizer(text, tokens);
        StageDone?.Invoke(PiiStage.Cues);
        names.FindByCues();
        for (var i = beforeAddresses; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Category == PiiCategory.Address && (c.Start == 0 || text[c.Start - 1] == '\n'))
            {
                names.FindNameLineAbove(c.Start);
            }
        }
        StageDone?.Invoke(PiiStage.NameRules);
        var persons = new List<Candidate>();
        PersonIdentities.Resolve(text, tokens, names.Mentions, persons);
        StageDone?.Invoke(PiiStage.Identities);
        DateOfBirthRecognizer.Find(text, persons, candidates, digitClusters, names.TableCells);
        PersonTableNumbers.Find(text, persons, candidates, names.TableCells);
        candidates.AddRange(persons);
        StageDone?.Invoke(PiiStage.DatesOfBirth);

        var evidence = new List<SpecialCategoryEvidence>();
        SpecialCategoryRecognizer.Find(text, evidence);
        SameSexPartners.Find(text, persons, evidence);
        StageDone?.Invoke(PiiStage.SpecialCategories);
        var entities = ResolveOverlaps(candidates, text.Length);
        RepeatedIdentifiers.Add(text, entities);
        CaseReferenceSuffixes.Extend(text, entities);
        var analysis = new PiiAnalysis(entities, evidence);
        StageDone?.Invoke(PiiStage.Overlaps);
        return analysis;
    }

    /// <summary>
    /// Told the end of each stage of an analysis, for the benchmarks' "stages" mode (bench/README.md, "PII detection"):
    /// a stage alone, run over many texts in a row, costs less than inside the whole analysis, where a dozen scans share
    /// the caches. Set only by a benchmark, through <see cref="AppContext"/> before the first analysis; null in the
    /// product, where the JIT's optimised code drops every call (a static readonly null is a constant to it).
    /// </summary>
    internal static readonly Action<PiiStage>? StageDone = AppContext.GetData(StageClockName) as Action<PiiStage>;

    /// <summary>The <see cref="AppContext"/> data name under which a benchmark hands in <see cref="StageDone"/>.</summary>
    internal const string StageClockName = "KiOfficeAddin.Guardrails.Pii.StageClock";

    /// <summary>
    /// Strongest evidence first, then longest; a candidate overlapping an accepted one is dropped. Candidates for the
    /// same span are ordered too (by category, then the identity key that says more: "hans-jürgen arnim" before "dr
    /// arnim"), so the result never depends on the order the recognizers produced them in (the sort is not stable).
    /// </summary>
    private static List<PiiEntity> ResolveOverlaps(List<Candidate> candidates, int textLength)
    {
        var all = CollectionsMarshal.AsSpan(candidates);
        // Small buffers live in the thread's workspace rather than on the stack: a method with a stackalloc is compiled
        // once, fully optimised, and never reaches the profile-guided tier (perf showed this one so). Larger ones are
        // rented, so that a long document leaves nothing large on the thread.
        var workspace = threadOverlapWorkspace ??= new OverlapWorkspace();
        // The order sorts packed keys with the candidates' indices (a comparer over the candidates themselves was called
        // through an interface for every comparison); a text too long for the key's fields keeps the comparer.
        var keyBuffer = all.Length <= MaxKeptOrderLength ? null : ArrayPool<ulong>.Shared.Rent(all.Length);
        var indexBuffer = all.Length <= MaxKeptOrderLength ? null : ArrayPool<int>.Shared.Rent(all.Length);
        var keys = (keyBuffer ?? workspace.Keys).AsSpan(0, all.Length);
        var order = (indexBuffer ?? workspace.Order).AsSpan(0, all.Length);
        // One bit per character of the text: checking a candidate costs its length, and candidates are short, so
        // the whole resolution stays linear (a sorted list of accepted spans cost a shift per insertion). Bits rather
        // than a flag per character: a text of 32,768 characters needs 4 KB, kept on the thread.
        var coveredWords = (textLength + 63) >> 6;
        var coveredBuffer = coveredWords <= MaxKeptCoveredWords ? null : ArrayPool<ulong>.Shared.Rent(coveredWords);
        var covered = (coveredBuffer ?? workspace.Covered).AsSpan(0, coveredWords);
        covered.Clear();
        List<PiiEntity> accepted;
        try
        {
            SortStrongestFirst(all, keys, order, textLength);
            // The accepted candidates by start (they do not overlap, so their starts differ): start and index packed,
            // written over the sort keys, which are read no more once a candidate has been checked.
            var acceptedCount = 0;
            foreach (var index in order)
            {
                var c = all[index];
                if (c.End <= c.Start || AnyCovered(covered, c.Start, c.End))
                {
                    continue;
                }
                Cover(covered, c.Start, c.End);
                keys[acceptedCount++] = ((ulong)(uint)c.Start << 32) | (uint)index;
            }
            var byStart = keys[..acceptedCount];
            byStart.Sort();
            accepted = new List<PiiEntity>(acceptedCount);
            foreach (var packed in byStart)
            {
                var c = all[(int)(uint)packed];
                accepted.Add(new PiiEntity(c.Category, c.Start, c.End, c.Category == PiiCategory.Person ? c.IdentityKey : null));
            }
        }
        finally
        {
            if (coveredBuffer is not null)
            {
                ArrayPool<ulong>.Shared.Return(coveredBuffer);
            }
            if (keyBuffer is not null)
            {
                ArrayPool<ulong>.Shared.Return(keyBuffer);
            }
            if (indexBuffer is not null)
            {
                ArrayPool<int>.Shared.Return(indexBuffer);
            }
        }
        return accepted;
    }

    // 512 words of 64 bits: the characters of a text up to 32,768 long.
    private const int MaxKeptCoveredWords = 512;

    private const int MaxKeptOrderLength = 256;

    /// <summary>The buffers of <see cref="ResolveOverlaps"/> for texts of up to 256 candidates and 32,768 characters.</summary>
    private sealed class OverlapWorkspace
    {
        public readonly ulong[] Keys = new ulong[MaxKeptOrderLength];
        public readonly int[] Order = new int[MaxKeptOrderLength];
        public readonly ulong[] Covered = new ulong[MaxKeptCoveredWords];
    }

    [ThreadStatic]
    private static OverlapWorkspace? threadOverlapWorkspace;

    /// <summary>Whether a bit of <c>[start, end)</c> is set (<paramref name="end"/> &gt; <paramref name="start"/>).</summary>
    private static bool AnyCovered(ReadOnlySpan<ulong> covered, int start, int end)
    {
        int first = start >> 6, last = (end - 1) >> 6;
        ulong firstMask = ~0UL << (start & 63), lastMask = ~0UL >> (63 - ((end - 1) & 63));
        return first == last
            ? (covered[first] & firstMask & lastMask) != 0
            : (covered[first] & firstMask) != 0 || (covered[last] & lastMask) != 0 || covered[(first + 1)..last].ContainsAnyExcept(0UL);
    }

    /// <summary>Sets the bits of <c>[start, end)</c> (<paramref name="end"/> &gt; <paramref name="start"/>).</summary>
    private static void Cover(Span<ulong> covered, int start, int end)
    {
        int first = start >> 6, last = (end - 1) >> 6;
        ulong firstMask = ~0UL << (start & 63), lastMask = ~0UL >> (63 - ((end - 1) & 63));
        if (first == last)
        {
            covered[first] |= firstMask & lastMask;
            return;
        }
        covered[first] |= firstMask;
        covered[(first + 1)..last].Fill(~0UL);
        covered[last] |= lastMask;
    }

    // The packed key's fields: priority (7 bits), length (24 bits, inverted: longer first), start (24 bits), category (8 bits).
    private const int MaxPackedPosition = (1 << 24) - 1;

    /// <summary>
    /// Writes into <paramref name="order"/> the candidates' indices in the order of <see cref="StrongestFirst"/>: sorted
    /// by a key that packs priority, length, start and category, then candidates with equal keys (the same span and
    /// category: people with different identity keys) by the comparer.
    /// </summary>
    private static void SortStrongestFirst(ReadOnlySpan<Candidate> candidates, Span<ulong> keys, Span<int> order, int textLength)
    {
        var packable = textLength <= MaxPackedPosition;
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            order[i] = i;
            packable &= c.Priority is >= 0 and < 128 && (uint)c.Start <= MaxPackedPosition && (uint)c.End <= MaxPackedPosition && (uint)c.Category < 256;
            // A candidate with no length is skipped wherever it stands: its key only has to fit.
            var length = Math.Max(0, c.Length);
            keys[i] = ((ulong)(127 - c.Priority) << 56) | ((ulong)(MaxPackedPosition - length) << 32) | ((ulong)c.Start << 8) | (uint)c.Category;
        }
        if (!packable)
        {
            var copy = candidates.ToArray();
            order.Sort((a, b) => default(StrongestFirst).Compare(copy[a], copy[b]));
            return;
        }
        keys.Sort(order);
        for (var runStart = 0; runStart < keys.Length;)
        {
            var runEnd = runStart + 1;
            while (runEnd < keys.Length && keys[runEnd] == keys[runStart])
            {
                runEnd++;
            }
            // Insertion sort: a run holds the few candidates of one span and category.
            for (var i = runStart + 1; i < runEnd; i++)
            {
                var index = order[i];
                var j = i - 1;
                for (; j >= runStart && default(StrongestFirst).Compare(candidates[order[j]], candidates[index]) > 0; j--)
                {
                    order[j + 1] = order[j];
                }
                order[j + 1] = index;
            }
            runStart = runEnd;
        }
    }

    /// <summary>The order of <see cref="ResolveOverlaps"/>: a total order of distinct candidates, so any sort gives one result.</summary>
    private readonly struct StrongestFirst : IComparer<Candidate>
    {
        public int Compare(Candidate a, Candidate b) =>
            a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Category != b.Category ? a.Category.CompareTo(b.Category)
            : (a.IdentityKey?.Length ?? 0) != (b.IdentityKey?.Length ?? 0) ? (b.IdentityKey?.Length ?? 0).CompareTo(a.IdentityKey?.Length ?? 0)
            : string.CompareOrdinal(a.IdentityKey, b.IdentityKey);
    }
}

/// <summary>The stages of <see cref="PiiDetector.Analyze(string)"/> in the order they run (see <see cref="PiiDetector.StageDone"/>).</summary>
internal enum PiiStage
{
    DigitRuns,
    Contact,
    DigitClusters,
    Identifiers,
    Keywords,
    Tables,
    Addresses,
    DocumentNumbers,
    Tokens,
    // The recognizer's constructor: word classes and cue rows.
    Cues,
    // FindByCues and the name lines above addresses.
    NameRules,
    Identities,
    // Dates of birth, and the people added to the candidates.
    DatesOfBirth,
    SpecialCategories,
    // ResolveOverlaps and the analysis built from it.
    Overlaps,
}
