using System.Diagnostics;
using Microsoft.SemanticKernel;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The Semantic Kernel filters of the guardrails, registered in ONE place. Filters run in registration order:
/// <list type="number">
/// <item><see cref="ModelCallLoggingFilter"/> (function invocation) — outermost, so it records every call's outcome,
/// including refusals by the filters inside it; it logs use case, model and duration, never content;</item>
/// <item><see cref="PseudonymizedArgumentsFilter"/> (prompt render) — refuses to render a use-case prompt from arguments
/// that did not come out of the pseudonymiser (someone invoking a prompt function with raw text).</item>
/// </list>
/// Policy decisions and pseudonymisation happen before the kernel is invoked (<see cref="AssistService"/>); the
/// <see cref="EgressGuardHandler"/> on the HttpClient is the last line, because a direct chat call bypasses filters.
/// </summary>
internal static class GuardrailFilters
{
    public static readonly Type[] Order = [typeof(ModelCallLoggingFilter), typeof(PseudonymizedArgumentsFilter)];

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<IFunctionInvocationFilter, ModelCallLoggingFilter>();
        services.AddSingleton<IPromptRenderFilter, PseudonymizedArgumentsFilter>();
    }
}

internal sealed partial class ModelCallLoggingFilter(ILogger<ModelCallLoggingFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "completed";
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            outcome = e.GetType().Name;
            throw;
        }
        finally
        {
            // A completed call is part of the request's audit line; only failures are worth a line of their own.
            var level = outcome == "completed" ? LogLevel.Debug : LogLevel.Warning;
            if (logger.IsEnabled(level))
            {
                var useCase = context.Function.Name;
                var model = context.Arguments.ExecutionSettings?.Values.FirstOrDefault()?.ServiceId ?? "-";
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogCall(logger, level, useCase, model, outcome, elapsed);
            }
        }
    }

    [LoggerMessage(Message = "Model call {UseCase} on {Model}: {Outcome} after {ElapsedMs:0.0} ms")]
    private static partial void LogCall(ILogger logger, LogLevel level, string useCase, string model, string outcome, double elapsedMs);
}

/// <summary>
/// The content check itself runs once, on the wire, in the <see cref="EgressGuardHandler"/> (scanning the same text here
/// again would double the cost of the slowest guardrail). This filter makes sure what gets rendered was pseudonymised:
/// the arguments must carry the <see cref="PseudonymizedArguments"/> seal that only <see cref="AssistService"/> sets.
/// </summary>
internal sealed class PseudonymizedArgumentsFilter : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        if (!PseudonymizedArguments.IsSealed(context.Arguments))
        {
            throw new EgressBlockedException([]);
        }
        await next(context);
    }
}

/// <summary>Marks kernel arguments whose user-supplied values were replaced by their pseudonymised form.</summary>
internal static class PseudonymizedArguments
{
    private const string SealKey = "__pseudonymized";
    private static readonly object Seal = new();

    public static KernelArguments Sealed(KernelArguments arguments)
    {
        arguments[SealKey] = Seal;
        return arguments;
    }

    public static bool IsSealed(KernelArguments arguments) =>
        arguments.TryGetValue(SealKey, out var value) && ReferenceEquals(value, Seal);
}
