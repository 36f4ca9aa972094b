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
