using KiOfficeAddin.Guardrails.Pii;
using Serilog;
using Serilog.Settings.Configuration;

namespace KiOfficeAddin.Api.Logging;

internal static class SerilogSetup
{
    /// <summary>
    /// Serilog from configuration, in two stages so that no configured sink can bypass redaction:
    /// <c>Serilog</c> (levels, enrichers) feeds a <see cref="RedactingSink"/>, which writes to the sinks configured
    /// under <c>Serilog:Output</c> (compact JSON to console and a rolling file by default). Redaction and writing run on
    /// a background worker, so a request never waits for the detector's scan of a log event or for console and disk.
    /// </summary>
    public static WebApplicationBuilder AddRedactedSerilog(this WebApplicationBuilder builder)
    {
        // Built with the container, so it reads the final configuration (tests and hosts may add to it late).
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var output = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions { SectionName = "Serilog:Output" })
                .ReadFrom.Services(services) // sinks registered in DI (ILogEventSink) also receive only redacted events
                .CreateLogger();
            // Disposing the app logger drains the queue and disposes the redacting sink, which flushes and closes the
            // output stage. A full queue (10,000 events) makes callers wait rather than lose events.
            var redacting = new RedactingSink(output, services.GetRequiredService<PiiDetector>());
            logger.ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                .WriteTo.Sink(new BackgroundLogSink(redacting, capacity: 10_000));
        }, preserveStaticLogger: true); // each host keeps its own pipeline; the static Log.Logger is not used
        builder.Services.AddSingleton<PiiDetector>();
        return builder;
    }
}
