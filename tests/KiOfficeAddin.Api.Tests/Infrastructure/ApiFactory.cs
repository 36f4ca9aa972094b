using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>
/// The real API host with test settings: its own SQLite file and log file in a temporary folder.
/// Settings go in through <c>UseSetting</c> so that Program.cs sees them before <c>Build()</c>.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;

    public ApiFactory(IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        Folder = Directory.CreateTempSubdirectory("kiofficeaddin-test-").FullName;
        this.environment = environment;
        this.settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(Folder, "store.db")}",
            // The configured sinks stay (console quiet, file in the test folder); tests read the captured events.
            ["Serilog:Output:WriteTo:0:Args:restrictedToMinimumLevel"] = "Fatal",
            ["Serilog:Output:WriteTo:1:Args:path"] = Path.Combine(Folder, "log-.json"),
            // Any environment needs the audit pseudonym key; tests use a fixed one.
            ["Audit:PseudonymKey"] = TestAuditKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public const string TestAuditKey = "test-audit-pseudonym-key-0123456789abcdef";

    public string Folder { get; }

    /// <summary>Replaces services after the host's own registrations (a fake clock, for example).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    /// <summary>Every event as the output sinks received it, rendered as compact JSON.</summary>
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Log));
        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Starts the host expecting it to refuse, and returns why. A host that fails fast races with
    /// WebApplicationFactory: the entry point may dispose the failed host before the factory subscribes to its
    /// lifetime, and the factory then throws <see cref="ObjectDisposedException"/> instead of the cause. That case
    /// says nothing about the product, so the start is repeated a few times to get the real reason.
    /// </summary>
    public Exception StartupFailure()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                CreateClient();
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                continue;
            }
            catch (Exception e)
            {
                return e;
            }
            throw new Xunit.Sdk.XunitException("The host started although it should have refused to.");
        }
    }

    /// <summary>Everything the host logged, after it has been stopped and its sinks flushed.</summary>
    public async Task<string> StopAndReadLogAsync()
    {
        await DisposeAsync();
        // The entry point's app.Run() disposes the same host when it stops; whichever disposal comes second returns at once,
        // possibly before the first has drained the log queue. Wait for the pipeline itself to close.
        await Log.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        return Log.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
