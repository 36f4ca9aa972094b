using KiOfficeAddin.Api.Errors;
using Scalar.AspNetCore;
using Serilog;

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
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging(options =>
        {
            // Path only, never the query string or a body; the template carries no user data.
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
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
}
