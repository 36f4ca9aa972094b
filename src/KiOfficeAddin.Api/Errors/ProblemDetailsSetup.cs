using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace KiOfficeAddin.Api.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error, from a handler, the framework or Kestrel, leaves as RFC 9457 problem details in German.</summary>
    public static WebApplicationBuilder AddApiProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            var status = details.Status ?? context.HttpContext.Response.StatusCode;
            // Keep a code a handler has set; otherwise the German text of the status.
            if (!details.Extensions.ContainsKey("code"))
            {
                Apply(details, HostProblems.ForStatus(status));
            }
            details.Instance = null;
            details.Extensions.Remove("exception");
            details.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    public static void Apply(ProblemDetails details, ApiProblem problem)
    {
        details.Status = problem.Status;
        details.Type = problem.Type;
        details.Title = problem.Title;
        details.Detail = problem.Detail;
        details.Extensions["code"] = problem.Code;
    }

    public static IResult ToResult(this ApiProblem problem)
    {
        var details = new ProblemDetails();
        Apply(details, problem);
        return TypedResults.Problem(details);
    }
}

/// <summary>
/// Maps exceptions to problem details. The exception's message never reaches the client: it may carry user text.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiProblemException known => known.Problem,
            BadHttpRequestException bad => HostProblems.ForStatus(bad.StatusCode),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested
                => new ApiProblem(499, "client_closed", "Abgebrochen", "Die Anfrage wurde abgebrochen."),
            _ => HostProblems.ForStatus(StatusCodes.Status500InternalServerError),
        };
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception.GetType().Name, problem.Code);
        }
        if (httpContext.Response.HasStarted)
        {
            return true;
        }
        httpContext.Response.StatusCode = problem.Status;
        var details = new ProblemDetails();
        ProblemDetailsSetup.Apply(details, problem);
        details.Extensions["traceId"] = httpContext.TraceIdentifier;
        // Written as problem+json whatever the Accept header says (an event-stream client must still get the reason).
        await TypedResults.Problem(details).ExecuteAsync(httpContext);
        return true;
    }

    // Only the exception's type: its message and stack may carry fragments of the user's text.
    [LoggerMessage(Level = LogLevel.Error, Message = "Request failed with {ExceptionType}, answered as {ProblemCode}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string problemCode);
}
