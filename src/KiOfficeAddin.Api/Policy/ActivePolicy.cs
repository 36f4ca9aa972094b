using KiOfficeAddin.Guardrails.Policy;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Policy;

/// <summary>A reload that failed: the file's hash (or null if unreadable), why, and when.</summary>
internal sealed record PolicyReloadFailure(string? Sha256, string Error, DateTimeOffset At);

/// <summary>
/// The policy in force. Starts from the validated file; <see cref="Reload"/> swaps in a changed file only when it is
/// valid, otherwise the last valid version stays and <see cref="LastFailure"/> reports why (shown in /health).
/// </summary>
internal sealed partial class ActivePolicy
{
    private readonly string path;
    private readonly TimeProvider time;
    private readonly ILogger<ActivePolicy> logger;
    private volatile PolicyDocument current;
    private volatile PolicyReloadFailure? lastFailure;

    public ActivePolicy(IOptions<PolicyOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<ActivePolicy> logger)
    {
        path = PolicyFileLocation.Resolve(options.Value.Path, environment);
        this.time = time;
        this.logger = logger;
        // Options validation has loaded this file at start; a failure here means it changed in between: fail too.
        current = PolicyDocumentLoader.LoadFile(path);
        LogLoaded(logger, current.Version.Id, current.Version.Sha256);
    }

    /// <summary>The policy every decision uses now.</summary>
    public PolicyDocument Current => current;

    /// <summary>Why the latest change to the file was not taken over; <c>null</c> while the file in force is the file on disk.</summary>
    public PolicyReloadFailure? LastFailure => lastFailure;

    /// <summary>The resolved path of the policy file.</summary>
    public string FilePath => path;

    /// <summary>Reads the file and takes it over if it changed and is valid. Returns whether a new version is in force.</summary>
    public bool Reload()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(null, $"policy file cannot be read ({e.GetType().Name})");
            return false;
        }
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (sha256 == current.Version.Sha256)
        {
            // Back to the version in force (for example an invalid edit was undone).
            lastFailure = null;
            return false;
        }
        if (sha256 == lastFailure?.Sha256)
        {
            return false;
        }
        try
        {
            current = PolicyDocumentLoader.Load(bytes);
            lastFailure = null;
            LogLoaded(logger, current.Version.Id, current.Version.Sha256);
            return true;
        }
        catch (PolicyLoadException e)
        {
            Fail(sha256, e.Message);
            return false;
        }
    }

    private void Fail(string? sha256, string error)
    {
        if (lastFailure is { } previous && previous.Sha256 == sha256 && previous.Error == error)
        {
            return;
        }
        lastFailure = new PolicyReloadFailure(sha256, error, time.GetUtcNow());
        LogRejected(logger, current.Version.Id, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy {PolicyVersion} in force (sha256 {PolicySha256})")]
    private static partial void LogLoaded(ILogger logger, string policyVersion, string policySha256);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Changed policy file rejected, {PolicyVersion} stays in force: {PolicyError}")]
    private static partial void LogRejected(ILogger logger, string policyVersion, string policyError);
}

/// <summary>Polls the policy file: cheap (one small file), and unlike file watchers it works on every file system.</summary>
internal sealed class PolicyReloadService(ActivePolicy policy, IOptions<PolicyOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReloadIntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                policy.Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }
}
