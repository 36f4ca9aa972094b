using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

public sealed class CorpusRoundTripTests
{
    private readonly Pseudonymizer pseudonymizer = new();

    [Fact]
    public void RestoringThePseudonymisedTextGivesEveryDevDocumentBackExactly()
    {
        var documents = LoadOrSkip();
        foreach (var (id, text, analysis) in documents)
        {
            var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);

            Assert.True(text == pseudonymized.Map.Restore(pseudonymized.Text), $"{id}: round trip is not exact");
            foreach (var entity in analysis.Entities)
            {
                // No labelled value survives into what a model would see (surnames alone included).
                var value = text[entity.Start..entity.End];
                Assert.False(pseudonymized.Text.Contains(value, StringComparison.Ordinal), $"{id}: a {entity.Category} value is still readable");
            }
        }
        Assert.Equal(96, documents.Count);
    }

    [Fact]
    public void EachPersonOfADevDocumentHasOnePlaceholderForAllItsSpellings()
    {
        var documents = LoadOrSkip();
        var sharedSpellings = 0;
        foreach (var (id, text, analysis) in documents)
        {
            var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);
            var placeholderByKey = new Dictionary<string, string>();
            foreach (var (entity, placed) in analysis.Entities.Zip(pseudonymized.Entities))
            {
                if (entity.Category != PiiCategory.Person)
                {
                    continue;
                }
                if (placeholderByKey.TryGetValue(entity.IdentityKey!, out var placeholder))
                {
                    Assert.True(placeholder == placed.Placeholder, $"{id}: one person got two placeholders");
                    sharedSpellings++;
                }
                placeholderByKey[entity.IdentityKey!] = placed.Placeholder;
            }
            Assert.Equal(placeholderByKey.Count, placeholderByKey.Values.Distinct().Count());
        }
        Assert.True(sharedSpellings > 50, $"only {sharedSpellings} repeated mentions: the corpus keying is broken");
    }

    [Fact]
    public void StreamingRestorationEqualsRestoreForEveryChunkingOfEveryDevDocument()
    {
        var documents = LoadOrSkip();
        var random = new Random(20261129);
        foreach (var (id, text, analysis) in documents)
        {
            var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);
            var map = pseudonymized.Map;
            // The pseudonymised text itself (echo) and a rewritten answer that mentions the placeholders out of order.
            var rewritten = "Antwort an " + string.Join(", ", pseudonymized.Entities.Select(e => e.Placeholder).Reverse())
                + " und [PERSON_99]s Akte: " + pseudonymized.Text;
            foreach (var input in new[] { pseudonymized.Text, rewritten })
            {
                var expected = map.Restore(input);
                for (var round = 0; round < 60; round++)
                {
                    var streamed = StreamingRestorerTests.RestoreInChunks(map, input, random, maxChunk: round < 10 ? 1 : 10);
                    Assert.True(expected == streamed, $"{id}: streaming differs in round {round}");
                }
            }
        }
    }

    [Fact]
    public void WithTheDetectorsOwnEntitiesEveryDevDocumentRoundTripsAndStreamsExactly()
    {
        var documents = LoadOrSkip();
        var detector = new PiiDetector();
        var random = new Random(3);
        foreach (var (id, text, _) in documents)
        {
            var pseudonymized = pseudonymizer.Pseudonymize(text, detector.Analyze(text));

            Assert.True(text == pseudonymized.Map.Restore(pseudonymized.Text), $"{id}: round trip is not exact");
            for (var round = 0; round < 10; round++)
            {
                var streamed = StreamingRestorerTests.RestoreInChunks(pseudonymized.Map, pseudonymized.Text, random, maxChunk: 10);
                Assert.True(text == streamed, $"{id}: streaming differs in round {round}");
            }
        }
    }

    private static IReadOnlyList<(string Id, string Text, PiiAnalysis Analysis)> LoadOrSkip()
    {
        if (!CorpusDocuments.Available)
        {
            Assert.Skip("The shared corpus ../shared/corpus/dev.jsonl is not beside the repository.");
        }
        return CorpusDocuments.Load();
    }
}
