using System.Text.Json;
using KiOfficeAddin.Guardrails.Policy;

namespace KiOfficeAddin.Guardrails.Tests.Policy;

/// <summary>The German decision-request set (decision-requests.jsonl): refusals and legitimate work, as data.</summary>
public sealed class DecisionRequestClassifierTests
{
    public sealed record SetEntry(int Line, string Expect, string? Rule, string UseCase, string Instructions, string Text)
    {
        public override string ToString() => $"line {Line}: {Expect} {Rule} | {Instructions} | {Text}";
    }

    public static IReadOnlyList<SetEntry> Cases { get; } = File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "Policy", "decision-requests.jsonl"))
        .Select((line, index) => (line, index))
        .Where(entry => !string.IsNullOrWhiteSpace(entry.line))
        .Select(entry =>
        {
            using var json = JsonDocument.Parse(entry.line);
            var root = json.RootElement;
            return new SetEntry(entry.index + 1, root.GetProperty("expect").GetString()!,
                root.GetProperty("rule").GetString(), root.GetProperty("useCase").GetString()!,
                root.GetProperty("instructions").GetString()!, root.GetProperty("text").GetString()!);
        })
        .ToArray();

    public static TheoryData<int> Refusals => [.. Cases.Where(c => c.Expect == "refuse").Select(c => c.Line)];

    public static TheoryData<int> Legitimate => [.. Cases.Where(c => c.Expect == "allow").Select(c => c.Line)];

    [Fact]
    public void TheOnePassNormalisationGivesExactlyWhatTheRegexAndInvariantLowerCasingGave()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");
        var texts = Cases.SelectMany(c => new[] { c.Instructions, c.Text })
            .Concat(File.Exists(corpus)
                ? File.ReadLines(corpus).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
                : [])
            .Concat(
            [
                "", " ", "\t\r\n", "ÄÖÜ ẞ İstanbul ΣΑΣ Straße", "a\u00A0\u2003\u0085b\u2028\u2029c",
                "Ünd \uD801\uDC00\uD801\uDC01 DESERET\uD83D\uDE00 Émile", "\uD801", "x\uDC00Y", new string('Ä', 3000) + " B  C",
                "\u0000\u001C\u001D\u001E\u001F\u007F ABC  Déf\tGHI\u000B\u000CJ\u0085K", "ZZ", "Z ", " Z", "ÄZ\u00A0\u00A0Z\u00C4",
                string.Concat(Enumerable.Repeat("Wort ABC. ", 300)) + "ENDE", "a  b   c \n d\t e \u00A0f  ", "  x", "\n\nX ", "x \n",
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ µ ª º ¹ ² ¼ ¿ ¡ « » ± ¶",
                "ĀĂĄĆÄĈ Ωμ ΣΣ ÄĀ", "Ä\uD801\uDC00Ä \uD801\uDC00\u00C4",
            ])
            .Concat(MixedRuns())
            .ToArray();
        Assert.True(texts.Length > 100);
        Assert.All(texts, text => Assert.Equal(
            System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").ToLowerInvariant(),
            DecisionRequestClassifier.CollapseWhitespaceAndLower(text)));
    }

    // Short random strings of spaces, other white space, ASCII, Latin-1 and other letters, a surrogate pair: every way a
    // run of the normalisation can start and end next to another.
    private static IEnumerable<string> MixedRuns()
    {
        string[] pieces = [" ", " ", "  ", "\n", "\t", "\u00A0", "\u2003", "a", "Q", "x.", "Ä", "ß", "×", "Þ", "Ω", "İ", "\uD801\uDC00", "\uD801"];
        var random = new Random(20261130);
        for (var i = 0; i < 3000; i++)
        {
            yield return string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
        }
    }

    [Fact]
    public void TheSetHoldsAtLeastFortyRefusalsAndFortyLegitimateRequests()
    {
        Assert.True(Cases.Count(c => c.Expect == "refuse") >= 40);
        Assert.True(Cases.Count(c => c.Expect == "allow") >= 40);
        Assert.All(Cases, c => Assert.Contains(c.Expect, new[] { "refuse", "allow" }));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void DecisionRequestIsRefusedWithItsRule(int line)
    {
        var request = Cases.Single(c => c.Line == line);
        var match = DecisionRequestClassifier.Classify(request.Instructions, request.Text);
        Assert.True(match is not null, $"missed: {request}");
        Assert.Equal(request.Rule, match.RuleId);
    }

    [Theory]
    [MemberData(nameof(Legitimate))]
    public void LegitimateRequestPasses(int line)
    {
        var request = Cases.Single(c => c.Line == line);
        var match = DecisionRequestClassifier.Classify(request.Instructions, request.Text);
        Assert.True(match is null, $"falsely refused by {match?.PatternId}: {request}");
    }

    [Fact]
    public void FalseRefusalAndMissRatesOnTheSetAreZero()
    {
        var outcomes = Cases.Select(c => (c, match: DecisionRequestClassifier.Classify(c.Instructions, c.Text))).ToArray();
        var refusals = outcomes.Where(o => o.c.Expect == "refuse").ToArray();
        var legitimate = outcomes.Where(o => o.c.Expect == "allow").ToArray();
        var misses = refusals.Count(o => o.match is null || o.match.RuleId != o.c.Rule);
        var falseRefusals = legitimate.Count(o => o.match is not null);
        TestContext.Current.SendDiagnosticMessage(
            $"decision requests: {refusals.Length} refusals, {misses} missed; {legitimate.Length} legitimate, {falseRefusals} falsely refused");
        Assert.Equal(0, falseRefusals);
        Assert.Equal(0, misses);
    }

    [Fact]
    public void QuotedRefusalSentenceIsMaterialNotARequest()
    {
        Assert.Null(DecisionRequestClassifier.Classify("Formuliere „Soll der Antrag bewilligt werden?“ als Aussage.", ""));
    }

    [Fact]
    public void CitizensOwnQuestionInTheTextIsNotARequestToTheAssistant()
    {
        Assert.Null(DecisionRequestClassifier.Classify("Entwirf eine Antwort.", "Kann mein Antrag noch bewilligt werden?"));
    }
}
