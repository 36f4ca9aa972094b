using System.Text;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

/// <summary>
/// Random texts built from the characters that matter to placeholders (brackets, category words, digits, genitive
/// endings) with random entities over them: the round trip must be exact and streaming must equal Restore.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly string[] Fragments =
    [
        "[", "]", "[PERSON_1]", "[Person 2]", "[IBAN_1]", "PERSON", "_", "1", "2", "s", "'s", "’", " ", "Dr. ", "Kaya",
        "Laura Kaya", "Kayas", "Fuchs", "x", "\n", "[ EMAIL_3 ]", "[PERSON_", "ü",
    ];

    private static readonly PiiCategory[] Categories = [PiiCategory.Person, PiiCategory.Iban, PiiCategory.Email, PiiCategory.Person];

    [Fact]
    public void RandomTextsWithRandomEntitiesRoundTripExactlyAndStreamLikeRestore()
    {
        var random = new Random(42);
        var pseudonymizer = new Pseudonymizer();
        for (var round = 0; round < 1500; round++)
        {
            var text = RandomText(random);
            var analysis = RandomEntities(random, text);

            var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);

            Assert.True(text == pseudonymized.Map.Restore(pseudonymized.Text), $"round {round}: round trip is not exact");
            var answer = RandomText(random) + pseudonymized.Text[..random.Next(pseudonymized.Text.Length + 1)] + RandomText(random);
            foreach (var input in new[] { pseudonymized.Text, answer })
            {
                var expected = pseudonymized.Map.Restore(input);
                for (var chunking = 0; chunking < 5; chunking++)
                {
                    var streamed = StreamingRestorerTests.RestoreInChunks(pseudonymized.Map, input, random, maxChunk: 10);
                    Assert.True(expected == streamed, $"round {round}: streaming differs");
                }
            }
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 30);
        for (var i = 0; i < count; i++)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]);
        }
        return text.ToString();
    }

    private static PiiAnalysis RandomEntities(Random random, string text)
    {
        var entities = new List<PiiEntity>();
        var position = 0;
        while (position < text.Length && random.Next(3) > 0)
        {
            var start = random.Next(position, text.Length);
            var end = random.Next(start + 1, Math.Min(text.Length, start + 12) + 1);
            var category = Categories[random.Next(Categories.Length)];
            var key = category == PiiCategory.Person && random.Next(2) == 0 ? "k" + random.Next(3) : null;
            entities.Add(new PiiEntity(category, start, end, key));
            position = end + (random.Next(4) == 0 ? -1 : 0); // now and then an overlap
        }
        return new PiiAnalysis(entities, []);
    }
}
