using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace KiOfficeAddin.Api.Tests.Generation;

public sealed class EgressGuardTests : IDisposable
{
    private readonly FakeModel model = new();
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DirectChatCallWithPersonalDataThatBypassesTheKernelIsRefused()
    {
        await using var factory = new ApiFactory(model.Settings());
        var chat = factory.Services.GetRequiredKeyedService<IChatCompletionService>("fake");
        var history = new ChatHistory();
        history.AddUserMessage("Bitte überweisen Sie auf DE02 1203 0000 0000 2020 51, Rückfragen an anna.schmitt@example.org");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => chat.GetChatMessageContentsAsync(history, cancellationToken: Cancel));

        Assert.Contains(Chain(error), e => e is EgressBlockedException);
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task DirectChatCallWithOnlyPlaceholdersPasses()
    {
        await using var factory = new ApiFactory(model.Settings());
        var chat = factory.Services.GetRequiredKeyedService<IChatCompletionService>("fake");
        var history = new ChatHistory();
        history.AddUserMessage("Sehr geehrte Frau [PERSON_1], Ihre IBAN [IBAN_1] ist hinterlegt.");

        var answer = await chat.GetChatMessageContentsAsync(history, cancellationToken: Cancel);

        Assert.Equal("Sehr geehrte Frau [PERSON_1], Ihre IBAN [IBAN_1] ist hinterlegt.", Assert.Single(answer).Content);
        Assert.Single(model.ReceivedBodies);
    }

    [Fact]
    public async Task DirectStreamingCallWithPersonalDataIsRefused()
    {
        await using var factory = new ApiFactory(model.Settings());
        var chat = factory.Services.GetRequiredKeyedService<IChatCompletionService>("fake");
        var history = new ChatHistory();
        history.AddUserMessage("IBAN DE02 1203 0000 0000 2020 51");

        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in chat.GetStreamingChatMessageContentsAsync(history, cancellationToken: Cancel))
            {
            }
        });

        Assert.Contains(Chain(error), e => e is EgressBlockedException);
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task PersonalDataBesideAPseudonymizedTextInFlightIsStillRefused()
    {
        await using var factory = new ApiFactory(model.Settings());
        var chat = factory.Services.GetRequiredKeyedService<IChatCompletionService>("fake");
        using var registration = factory.Services.GetRequiredService<PseudonymizedTextRegistry>().Register(PseudonymizedLetter);
        var history = new ChatHistory();
        history.AddUserMessage("Bitte prüfen:\n\n" + PseudonymizedLetter + "\n\nRückfragen an anna.schmitt@example.org");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => chat.GetChatMessageContentsAsync(history, cancellationToken: Cancel));

        Assert.Contains(Chain(error), e => e is EgressBlockedException blocked && blocked.Categories.SequenceEqual([KiOfficeAddin.Guardrails.Pii.PiiCategory.Email]));
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task ARegisteredTextIsTrustedOnlyWhileItsRequestIsInFlight()
    {
        // The registry is trust in the pipeline's own pseudonymiser: shown here with a text it would never register.
        await using var factory = new ApiFactory(model.Settings());
        var chat = factory.Services.GetRequiredKeyedService<IChatCompletionService>("fake");
        var registry = factory.Services.GetRequiredService<PseudonymizedTextRegistry>();
        const string text = "Die Zahlung geht wie besprochen auf das Konto DE02 1203 0000 0000 2020 51 bei der Bank.";
        var history = new ChatHistory();
        history.AddUserMessage("Bitte kürzen:\n\n" + text);

        using (registry.Register(text))
        {
            await chat.GetChatMessageContentsAsync(history, cancellationToken: Cancel);
        }
        var error = await Assert.ThrowsAnyAsync<Exception>(() => chat.GetChatMessageContentsAsync(history, cancellationToken: Cancel));

        Assert.Contains(Chain(error), e => e is EgressBlockedException blocked && blocked.Categories.SequenceEqual([KiOfficeAddin.Guardrails.Pii.PiiCategory.Iban]));
        Assert.Single(model.ReceivedBodies);
    }

    [Fact]
    public void RegistrationsAreCountedAndTheLongestTextIsCutOutWhole()
    {
        var registry = new PseudonymizedTextRegistry();
        var longer = PseudonymizedLetter + " Mit freundlichen Grüßen";
        var first = registry.Register(PseudonymizedLetter);
        var second = registry.Register(PseudonymizedLetter, longer);

        Assert.Equal("A\n\nB", registry.CutOut("A" + longer + "B"));
        second.Dispose();
        Assert.Equal("A\n\n Mit freundlichen Grüßen", registry.CutOut("A" + longer));
        first.Dispose();
        first.Dispose();
        Assert.Equal("A" + longer, registry.CutOut("A" + longer));
    }

    [Fact]
    public void ATextWithWhiteSpaceAroundItIsCutOutWhenItLeavesTrimmed()
    {
        var registry = new PseudonymizedTextRegistry();
        using var registration = registry.Register("\n" + PseudonymizedLetter + "\r\n\n");

        Assert.Equal("\n\n", registry.CutOut(PseudonymizedLetter));
        Assert.Equal("A\n\n", registry.CutOut("A\n" + PseudonymizedLetter + "\r\n\n"));
    }

    [Fact]
    public void OnlyAJsonStringThatIsARegisteredTextAsAWholeNeedsNoScan()
    {
        var registry = new PseudonymizedTextRegistry();
        using var body = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(new[]
        {
            PseudonymizedLetter, PseudonymizedLetter + " Konto DE02 1203 0000 0000 2020 51", "user",
        }));
        var values = body.RootElement.EnumerateArray().ToArray();

        Assert.DoesNotContain(values, registry.IsRegisteredWhole);
        using (registry.Register(PseudonymizedLetter))
        {
            Assert.Equal([true, false, false], values.Select(registry.IsRegisteredWhole));
        }
        Assert.DoesNotContain(values, registry.IsRegisteredWhole);
    }

    [Theory]
    [InlineData("proofread", null, null)]
    [InlineData("rewrite", "förmlich", "Bitte kürzer.")]
    [InlineData("reply", "freundlich", "Termin am Montag bestätigen, Unterlagen nachreichen lassen.")]
    public async Task TheLeitfadensOwnWordingLeavesVerbatimSoTheGuardCutsItOutAndScansOnlyWhatIsLeft(string useCase, string? tone, string? instructions)
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client,
            AssistClient.Body("Sehr geehrte Frau Wellershoff, vielen Dank für Ihre Nachricht.", useCase, tone: tone, instructions: instructions), Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        using var sent = System.Text.Json.JsonDocument.Parse(Assert.Single(model.ReceivedBodies));
        var system = sent.RootElement.GetProperty("messages").EnumerateArray()
            .Single(m => m.GetProperty("role").GetString() == "system").GetProperty("content").GetString()!;
        var template = factory.Services.GetRequiredService<Leitfaden>().Find(useCase)!;
        var left = factory.Services.GetRequiredService<PseudonymizedTextRegistry>().CutOut(system);
        Assert.All(template.FixedTexts.Where(text => text.Length >= PseudonymizedTextRegistry.MinimumLength),
            text => Assert.Contains(text, system, StringComparison.Ordinal));
        // What is left for the scan: the tone and the (short, so not registered) instructions, nothing of the wording.
        Assert.DoesNotContain("Schreibassistenz", left, StringComparison.Ordinal);
        Assert.DoesNotContain("Platzhalter", left, StringComparison.Ordinal);
        Assert.Equal(string.Concat(tone, instructions is null ? null : (useCase == "reply" ? "" : "Zusätzliche Hinweise der Sachbearbeitung: ") + instructions),
            string.Concat(left.Split(['\n', '"'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    [Fact]
    public async Task APromptTextWithPersonalDataInClearIsNeverTrustedAndStillRefused()
    {
        await using var factory = new ApiFactory(model.Settings());
        var registry = new PseudonymizedTextRegistry();
        const string clean = "Du bist Schreibassistenz in einer deutschen Stadtverwaltung. Antworte nur mit dem Text.";
        const string leaking = "Du bist Schreibassistenz von Frau Kunigunde Wellershoff, Konto DE02 1203 0000 0000 2020 51.";

        var trusted = registry.TrustPromptTexts([clean, leaking], factory.Services.GetRequiredService<KiOfficeAddin.Guardrails.Pii.PiiDetector>());

        Assert.Equal([clean], trusted);
        Assert.Equal("\n\n", registry.CutOut(clean));
        Assert.Equal(leaking, registry.CutOut(leaking));
    }

    [Fact]
    public async Task RoleNamesAndModelIdsAreTrustedOnlyAsWholeValuesAndOnlyWhenClean()
    {
        await using var factory = new ApiFactory(model.Settings());
        var registry = factory.Services.GetRequiredService<PseudonymizedTextRegistry>();
        var detector = factory.Services.GetRequiredService<KiOfficeAddin.Guardrails.Pii.PiiDetector>();

        Assert.True(registry.IsTrustedWhole("system"));
        Assert.True(registry.IsTrustedWhole("user"));
        Assert.True(registry.IsTrustedWhole("fake-model"));
        Assert.False(registry.IsTrustedWhole("user anna.schmitt@example.org"));
        Assert.Equal(["assistant"], registry.TrustPromptTexts(["assistant", "anna.schmitt@example.org"], detector));
        Assert.False(registry.IsTrustedWhole("anna.schmitt@example.org"));
    }

    private const string PseudonymizedLetter =
        "Sehr geehrte Frau [PERSON_1], Ihre Zahlung auf das Konto [IBAN_1] ist am Montag eingegangen. Vielen Dank.";

    [Fact]
    public async Task UseCaseFunctionInvokedWithRawTextIsRefusedBeforeRendering()
    {
        await using var factory = new ApiFactory(model.Settings());
        var kernel = factory.Services.GetRequiredService<Kernel>();
        var function = factory.Services.GetRequiredService<Leitfaden>().Find("rewrite")!.Function;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => kernel.InvokeAsync(function,
            new KernelArguments(new PromptExecutionSettings { ServiceId = "fake" }) { ["text"] = "Frau Anna Schmitt, DE02 1203 0000 0000 2020 51" },
            Cancel));

        Assert.Contains(Chain(error), e => e is EgressBlockedException);
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task GuardrailFiltersRunInTheDocumentedOrder()
    {
        await using var factory = new ApiFactory(model.Settings());
        var kernel = factory.Services.GetRequiredService<Kernel>();
        var registered = kernel.FunctionInvocationFilters.Select(f => f.GetType())
            .Concat(kernel.PromptRenderFilters.Select(f => f.GetType()))
            .ToArray();
        Assert.Equal(GuardrailFilters.Order, registered);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    public void Dispose() => model.Dispose();
}
