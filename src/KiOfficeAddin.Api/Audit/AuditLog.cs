using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using KiOfficeAddin.Api.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Audit;

/// <summary>
/// Logs each event at once and hands it to <see cref="AuditStoreWriter"/>, so a request never waits for the store.
/// The log event leaves the pseudonym out: log lines carry second-precise timestamps, and pseudonym plus such times
/// would allow durations per person. The store row has the pseudonym but only the hour.
/// </summary>
internal sealed partial class AuditLog(IOptions<AuditOptions> options, ILogger<AuditLog> logger) : IAuditLog
{
    private readonly Channel<AuditEvent> queue = Channel.CreateBounded<AuditEvent>(
        new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        });

    internal ChannelReader<AuditEvent> Pending => queue.Reader;

    public void Record(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var ruleIds = auditEvent.RuleIds is { Count: > 0 } rules ? string.Join(',', rules) : null;
            var entityCount = auditEvent.EntityCounts?.Values.Sum() ?? 0;
            LogAuditEvent(logger, auditEvent.EventType, auditEvent.UseCase, auditEvent.Model, auditEvent.DataClass,
                auditEvent.ReviewStatus, auditEvent.ReviewerRole, auditEvent.PolicyVersion, ruleIds, entityCount);
        }
        if (!queue.Writer.TryWrite(auditEvent))
        {
            LogDropped(logger, auditEvent.EventType);
        }
    }

    internal void Complete() => queue.Writer.TryComplete();

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Audit {AuditEventType}: use case {UseCase}, model {Model}, data class {DataClass}, review {ReviewStatus} by role {ReviewerRole}, policy {PolicyVersion}, rules {RuleIds}, {ProtectedEntityCount} protected entities")]
    private static partial void LogAuditEvent(ILogger logger, string auditEventType, string? useCase, string? model,
        string? dataClass, string? reviewStatus, string? reviewerRole, string? policyVersion, string? ruleIds,
        int protectedEntityCount);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Audit queue full: {AuditEventType} event not stored")]
    private static partial void LogDropped(ILogger logger, string auditEventType);
}

/// <summary>Writes queued audit events into the <c>audit_events</c> table; drains the queue on shutdown.</summary>
internal sealed partial class AuditStoreWriter(AuditLog auditLog, SqliteStore store, ILogger<AuditStoreWriter> logger)
    : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        auditLog.Complete();
        await base.StopAsync(cancellationToken);
    }

    // One transaction per batch: under load, a commit (and its WAL sync) per event would cost more than the inserts.
    internal const int MaxBatch = 256;

    // A short pause after the first event of a batch: the request that recorded it is still writing its answer, and on
    // a server with one or two cores the insert and its WAL sync would take the core from it (the p99 of /assist);
    // the pause also gathers a burst into one transaction. Real time on purpose: it schedules disk work, it is no
    // business time a test clock should control.
    internal static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: on shutdown the writer finishes what is queued (Complete ends the loop).
        var batch = new List<AuditEvent>(MaxBatch);
        while (await auditLog.Pending.WaitToReadAsync(CancellationToken.None))
        {
            await Task.Delay(GatherDelay, CancellationToken.None);
            while (batch.Count < MaxBatch && auditLog.Pending.TryRead(out var auditEvent))
            {
                batch.Add(auditEvent);
            }
            try
            {
                await InsertAsync(batch);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                foreach (var lost in batch)
                {
                    LogStoreFailed(logger, lost.EventType, e.SqliteErrorCode);
                }
            }
            batch.Clear();
        }
    }

    private async Task InsertAsync(List<AuditEvent> batch)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
        command.CommandText = """
            INSERT INTO audit_events (event_type, user_pseudonym, hour, use_case, model, data_class, entity_counts,
                                      rule_ids, review_status, reviewer_role, policy_version)
            VALUES ($type, $user, $hour, $useCase, $model, $dataClass, $counts, $rules, $review, $role, $policy)
            """;
        foreach (var auditEvent in batch)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$type", auditEvent.EventType);
            command.Parameters.AddWithValue("$user", auditEvent.UserPseudonym);
            command.Parameters.AddWithValue("$hour",
                AuditEventFactory.ToHour(auditEvent.Hour).ToString("yyyy-MM-dd'T'HH':00Z'", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$useCase", (object?)auditEvent.UseCase ?? DBNull.Value);
            command.Parameters.AddWithValue("$model", (object?)auditEvent.Model ?? DBNull.Value);
            command.Parameters.AddWithValue("$dataClass", (object?)auditEvent.DataClass ?? DBNull.Value);
            command.Parameters.AddWithValue("$counts", auditEvent.EntityCounts is { Count: > 0 } counts
                ? JsonSerializer.Serialize(counts) : DBNull.Value);
            command.Parameters.AddWithValue("$rules", auditEvent.RuleIds is { Count: > 0 } rules
                ? JsonSerializer.Serialize(rules) : DBNull.Value);
            command.Parameters.AddWithValue("$review", (object?)auditEvent.ReviewStatus ?? DBNull.Value);
            command.Parameters.AddWithValue("$role", (object?)auditEvent.ReviewerRole ?? DBNull.Value);
            command.Parameters.AddWithValue("$policy", (object?)auditEvent.PolicyVersion ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        await transaction.CommitAsync(CancellationToken.None);
    }

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Audit {AuditEventType} event not stored (SQLite error {SqliteErrorCode})")]
    private static partial void LogStoreFailed(ILogger logger, string auditEventType, int sqliteErrorCode);
}

/// <summary>The audit table: one row per event, hour-level time, no content column of any kind.</summary>
internal sealed class AuditSchema : IStoreSchema
{
    public string CreateStatements => """
        CREATE TABLE IF NOT EXISTS audit_events (
            id             INTEGER PRIMARY KEY,
            event_type     TEXT NOT NULL,
            user_pseudonym TEXT NOT NULL,
            hour           TEXT NOT NULL,
            use_case       TEXT,
            model          TEXT,
            data_class     TEXT,
            entity_counts  TEXT,
            rule_ids       TEXT,
            review_status  TEXT,
            reviewer_role  TEXT,
            policy_version TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_events_hour ON audit_events (hour);
        """;
}

internal static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditOptions>()
            .BindConfiguration(AuditOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditEventFactory>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<IAuditLog>(services => services.GetRequiredService<AuditLog>());
        builder.Services.AddSingleton<IStoreSchema, AuditSchema>();
        builder.Services.AddHostedService<AuditStoreWriter>();
        return builder;
    }
}
