using System.Runtime.InteropServices;

namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>A text the city registered as protected (licensed material, press texts, song lyrics).</summary>
/// <param name="Name">File name shown in the notice; never the text.</param>
/// <param name="Text">The full text.</param>
public sealed record ProtectedText(string Name, string Text);

/// <summary>
/// A winnowed fingerprint index over registered texts (Schleimer, Wilkerson, Aiken 2003): of every window of
/// consecutive word-shingle hashes only the minimum is kept, which keeps the index small while still guaranteeing
/// that every shared run of at least <c>window + shingle − 1</c> words shares a fingerprint. Immutable; thread-safe.
/// </summary>
public sealed class ProtectedTextIndex
{
    /// <summary>Shingle hashes per winnowing window.</summary>
    public const int WindowShingles = 4;

    // Boilerplate shared by many texts ("Alle Rechte vorbehalten ...") is skipped: it says nothing about a source.
    private const int MaxPostingsPerFingerprint = 64;

    private readonly Dictionary<ulong, int> heads;
    private readonly int[] postingDocument;
    private readonly int[] postingPosition;
    private readonly int[] postingNext;

    private ProtectedTextIndex(IReadOnlyList<IndexedText> texts, Dictionary<ulong, int> heads,
        int[] postingDocument, int[] postingPosition, int[] postingNext)
    {
        Texts = texts;
        this.heads = heads;
        this.postingDocument = postingDocument;
        this.postingPosition = postingPosition;
        this.postingNext = postingNext;
    }

    /// <summary>An index without texts.</summary>
    public static ProtectedTextIndex Empty { get; } = Build([]);

    /// <summary>Number of registered texts.</summary>
    public int Count => Texts.Count;

    /// <summary>Characters of all registered texts.</summary>
    public long Characters { get; private init; }

    /// <summary>Fingerprints kept after winnowing.</summary>
    public int Fingerprints => postingDocument.Length;

    internal IReadOnlyList<IndexedText> Texts { get; }

    /// <summary>Indexes <paramref name="texts"/>; about one second per 10 MB on one core.</summary>
    public static ProtectedTextIndex Build(IEnumerable<ProtectedText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var indexed = new List<IndexedText>();
        var heads = new Dictionary<ulong, int>();
        var documents = new List<int>();
        var positions = new List<int>();
        var next = new List<int>();
        long characters = 0;
        foreach (var text in texts)
        {
            var words = WordShingles.WordHashes(text.Text);
            var document = indexed.Count;
            indexed.Add(new IndexedText(text.Name, words, IsVerse(text.Text)));
            characters += text.Text.Length;
            foreach (var position in Winnow(words))
            {
                var hash = WordShingles.ShingleHash(words, position);
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(heads, hash, out var exists);
                documents.Add(document);
                positions.Add(position);
                next.Add(exists ? head : -1);
                head = documents.Count - 1;
            }
        }
        return new ProtectedTextIndex(indexed, heads, [.. documents], [.. positions], [.. next])
        {
            Characters = characters,
        };
    }

    /// <summary>Calls <paramref name="onPosting"/> for each registered (text, word position) with this shingle hash.</summary>
    internal void ForEachPosting(ulong shingleHash, Action<int, int> onPosting)
    {
        if (!heads.TryGetValue(shingleHash, out var posting))
        {
            return;
        }
        for (var seen = 0; posting >= 0 && seen < MaxPostingsPerFingerprint; seen++)
        {
            onPosting(postingDocument[posting], postingPosition[posting]);
            posting = postingNext[posting];
        }
    }

    // Robust winnowing: per window the rightmost minimum, each selected position recorded once.
    private static List<int> Winnow(ulong[] words)
    {
        var shingles = words.Length - WordShingles.ShingleWords + 1;
        var selected = new List<int>(Math.Max(shingles / 2, 0));
        if (shingles <= 0)
        {
            return selected;
        }
        var hashes = new ulong[shingles];
        for (var i = 0; i < shingles; i++)
        {
            hashes[i] = WordShingles.ShingleHash(words, i);
        }
        if (shingles <= WindowShingles)
        {
            selected.Add(MinimumAt(hashes, 0, shingles));
            return selected;
        }
        var last = -1;
        for (var start = 0; start + WindowShingles <= shingles; start++)
        {
            var minimum = MinimumAt(hashes, start, WindowShingles);
            if (minimum != last)
            {
                selected.Add(minimum);
                last = minimum;
            }
        }
        return selected;
    }

    private static int MinimumAt(ulong[] hashes, int start, int length)
    {
        var best = start;
        for (var i = start + 1; i < start + length; i++)
        {
            if (hashes[i] <= hashes[best])
            {
                best = i;
            }
        }
        return best;
    }

    // Lyrics and poems come as many short lines; for them a shorter run (a line or two) already counts.
    private static bool IsVerse(string text)
    {
        var lines = 0;
        var shortLines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }
            lines++;
            if (trimmed.Length <= 60)
            {
                shortLines++;
            }
        }
        return lines >= 4 && shortLines * 10 >= lines * 7;
    }

    internal sealed record IndexedText(string Name, ulong[] Words, bool IsVerse);
}
