using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Storage;

/// <summary>
/// The embedded store (one SQLite file). It keeps only content-free records: never a text, a name or an identifier.
/// Features add their tables through <see cref="IStoreSchema"/>.
/// </summary>
public sealed class SqliteStore
{
    private readonly string connectionString;
    private readonly IEnumerable<IStoreSchema> schemas;
    private int initialized;

    public SqliteStore(IOptions<StoreOptions> options, IEnumerable<IStoreSchema> schemas)
    {
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(folder);
        }
        connectionString = builder.ToString();
        this.schemas = schemas;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (Interlocked.Exchange(ref initialized, 1) == 0)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            foreach (var schema in schemas)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = schema.CreateStatements;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        return connection;
    }
}

/// <summary>DDL a feature needs; statements must be idempotent (<c>CREATE TABLE IF NOT EXISTS</c>).</summary>
public interface IStoreSchema
{
    string CreateStatements { get; }
}

internal sealed class StoreHealthCheck(SqliteStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("Datenspeicher erreichbar");
        }
        catch (SqliteException e)
        {
            return HealthCheckResult.Unhealthy($"Datenspeicher nicht erreichbar (SQLite-Fehler {e.SqliteErrorCode})");
        }
    }
}

internal static class StoreSetup
{
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteStore>();
        return builder;
    }
}
