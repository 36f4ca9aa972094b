using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Policy;

namespace KiOfficeAddin.Guardrails.Tests.Policy;

/// <summary>The policy file the server ships, and small builders for requests and models.</summary>
internal static class PolicyFixture
{
    public static string ShippedPolicyPath { get; } = Path.Combine(AppContext.BaseDirectory, "Policy", "dienstvereinbarung.policy.yaml");

    public static PolicyDocument Shipped { get; } = PolicyDocumentLoader.LoadFile(ShippedPolicyPath);

    public static string ShippedText => File.ReadAllText(ShippedPolicyPath);

    public static PolicySubject Trained { get; } = new(AiLiteracyStatus.Trained, "Bürgerbüro");

    public static AssistPolicyRequest Request(string? dataClass = null, PiiAnalysis? analysis = null, string text = "Bitte freundlicher formulieren: Die Unterlagen fehlen noch.", string useCase = "rewrite", string? instructions = null) =>
        new(useCase, text, instructions, dataClass, analysis ?? PiiAnalysis.Empty);

    public static ModelDescriptor Model(string name, bool approved = true, bool onPremises = false, bool complete = true, params DataClass[] classes) =>
        new(name, approved, onPremises, complete, classes.ToHashSet());

    public static PiiAnalysis PersonFound { get; } = new([new PiiEntity(PiiCategory.Person, 0, 5)], []);

    public static PiiAnalysis HealthFound { get; } = new([new PiiEntity(PiiCategory.Person, 0, 5)], [new SpecialCategoryEvidence(SpecialCategory.Health, 10, 20)]);
}
