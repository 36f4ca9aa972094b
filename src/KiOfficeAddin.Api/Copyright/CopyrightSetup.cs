using KiOfficeAddin.Guardrails.Copyright;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Copyright;

internal static class CopyrightSetup
{
    /// <summary>
    /// Registers <see cref="CopyrightChecker"/> over the city's folder of protected texts, loaded at start (a wrong
    /// folder stops the start) and, with <c>Copyright:WatchForChanges</c>, reloaded when files change.
    /// </summary>
    public static WebApplicationBuilder AddCopyright(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<CopyrightOptions>()
            .BindConfiguration(CopyrightOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.ProtectedTextsPath)
                    || Directory.Exists(Path.Combine(contentRoot, o.ProtectedTextsPath)),
                "Copyright:ProtectedTextsPath must name an existing folder.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProtectedTextLibrary>();
        builder.Services.AddSingleton(services => new CopyrightChecker(
            services.GetRequiredService<ProtectedTextLibrary>(),
            services.GetRequiredService<IOptions<CopyrightOptions>>().Value));
        builder.Services.AddHostedService<ProtectedTextLoader>();
        return builder;
    }
}

/// <summary>Loads the protected texts before the host serves requests; optionally watches the folder.</summary>
internal sealed partial class ProtectedTextLoader(
    ProtectedTextLibrary library,
    IOptions<CopyrightOptions> options,
    IHostEnvironment environment,
    ILogger<ProtectedTextLoader> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? watcher;
    private Timer? debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ProtectedTextsPath))
        {
            LogNoFolder(logger);
            return Task.CompletedTask;
        }
        var folder = Path.Combine(environment.ContentRootPath, options.Value.ProtectedTextsPath);
        Load(folder);
        if (options.Value.WatchForChanges)
        {
            // Editors write a file in several steps; reload once things are quiet for a second.
            debounce = new Timer(_ => Reload(folder));
            watcher = new FileSystemWatcher(folder, "*.txt") { IncludeSubdirectories = true, EnableRaisingEvents = true };
            FileSystemEventHandler changed = (_, _) => debounce.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => debounce.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        watcher?.Dispose();
        watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
    }

    private void Load(string folder)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var index = ProtectedTextLibrary.LoadFolder(folder);
        library.Replace(index);
        var elapsedMs = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogLoaded(logger, index.Count, index.Characters, index.Fingerprints, elapsedMs);
    }

    private void Reload(string folder)
    {
        try
        {
            Load(folder);
        }
        catch (IOException e)
        {
            // Keep the previous index: a half-written file must not switch the check off.
            LogReloadFailed(logger, e.GetType().Name);
        }
        catch (UnauthorizedAccessException e)
        {
            LogReloadFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copyright: no protected texts folder configured; only input markers are checked")]
    private static partial void LogNoFolder(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copyright: {TextCount} protected texts loaded ({Characters} characters, {Fingerprints} fingerprints) in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, int textCount, long characters, int fingerprints, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copyright: reloading protected texts failed with {ExceptionType}; the previous index stays in force")]
    private static partial void LogReloadFailed(ILogger logger, string exceptionType);
}
