using KiOfficeAddin.Api.Errors;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Events;

namespace KiOfficeAddin.Api.Hosting;

internal static class ApiPipeline
{
    // Office on the web frames the task pane: allow exactly its hosts (docs/office.md).
    private const string FrameAncestors =
        "frame-ancestors 'self' https://*.officeapps.live.com https://*.sharepoint.com https://outlook.office.com " +
        "https://outlook.office365.com https://outlook.cloud.microsoft https://*.office.com";

    public static WebApplicationBuilder AddApiDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    public static void MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }
    }

    public static void UseApiPipeline(this WebApplication app)
    {
        // Outermost, so that the line carries the status the client got (after the exception handler's problem details
        // and the status-code pages).
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger, so the line goes through redaction like every other event. Left unset, the
            // middleware wrote to the static Log.Logger, which preserveStaticLogger leaves silent: no line was ever written.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Path only, never the query string or a body; the template carries no user data.
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = RequestLineLevel;
            // The framework's id ties the line to the request's other lines (the exception handler's, for one).
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("RequestId", context.TraceIdentifier);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] = FrameAncestors;
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>
    /// The request line's level: what operators look for is visible at the shipped level (Information), a successful
    /// request is not. A server error is an error, a refused or malformed request (4xx) is information, and a successful
    /// one is Debug: an allowed generation already leaves its audit line, and a second line per request would cost every
    /// request a wake-up of the log worker, redaction and two writes (bench/README.md). An access log of every request is
    /// one setting away: <c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware</c> = Debug.
    /// </summary>
    internal static LogEventLevel RequestLineLevel(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Response.StatusCode >= StatusCodes.Status400BadRequest ? LogEventLevel.Information
        : LogEventLevel.Debug;
}
