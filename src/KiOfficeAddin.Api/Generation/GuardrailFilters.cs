using System.Diagnostics;
using KiOfficeAddin.Guardrails.Pii;
using Microsoft.SemanticKernel;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The Semantic Kernel filters of the guardrails, registered in ONE place. Filters run in registration order:
/// <list type="number">
/// <item><see cref="ModelCallLoggingFilter"/> (function invocation) — outermost, so it records every call's outcome,
/// including refusals by the filters inside it; it logs use case, model and duration, never content;</item>
/// <item><see cref="UnprotectedDataPromptFilter"/> (prompt render) — after the prompt is rendered from the template and
/// the pseudonymised variables, refuses it if personal data is still readable (e.g. in a template or instructions).</item>
/// </list>
/// Policy decisions and pseudonymisation happen before the kernel is invoked (<see cref="AssistService"/>); the
/// <see cref="EgressGuardHandler"/> on the HttpClient is the last line, because a direct chat call bypasses filters.
/// </summary>
internal static class GuardrailFilters
{
    public static readonly Type[] Order = [typeof(ModelCallLoggingFilter), typeof(UnprotectedDataPromptFilter)];

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<IFunctionInvocationFilter, ModelCallLoggingFilter>();
        services.AddSingleton<IPromptRenderFilter, UnprotectedDataPromptFilter>();
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
            if (logger.IsEnabled(LogLevel.Information))
            {
                var useCase = context.Function.Name;
                var model = context.Arguments.ExecutionSettings?.Values.FirstOrDefault()?.ServiceId ?? "-";
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogCall(logger, useCase, model, outcome, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model call {UseCase} on {Model}: {Outcome} after {ElapsedMs:0.0} ms")]
    private static partial void LogCall(ILogger logger, string useCase, string model, string outcome, double elapsedMs);
}

internal sealed class UnprotectedDataPromptFilter(EgressGuardHandler egressInspector) : IPromptRenderFilter
{
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        var found = egressInspector.FindUnprotected(context.RenderedPrompt ?? "");
        if (found.Count > 0)
        {
            throw new EgressBlockedException(found);
        }
    }
}
