using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KiOfficeAddin.Api.Storage;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Policy;

/// <summary>
/// Recorded acknowledgements of the AI rules (accepted instead of the training only in Development). A record holds a
/// keyed pseudonym of the user, the hour and the policy version: no name, no object id, no exact time.
/// </summary>
internal sealed class AcknowledgementStore(SqliteStore store, IOptions<PolicyOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);
    private readonly byte[] key = Encoding.UTF8.GetBytes(options.Value.AiLiteracy.AcknowledgementKey ?? "");

    public bool Enabled => options.Value.AiLiteracy.AcceptAcknowledgement;

    /// <summary>HMAC-SHA256 of the object id with the configured key: stable per user, not reversible without the key.</summary>
    public string Pseudonym(string objectId)
        => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(objectId)));

    public async Task<DateTimeOffset> RecordAsync(string objectId, PolicyVersion version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var pseudonym = Pseudonym(objectId);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO policy_acknowledgement (user_pseudonym, policy_version, policy_sha256, acknowledged_hour)
            VALUES ($user, $version, $sha256, $hour)
            ON CONFLICT (user_pseudonym, policy_sha256) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$user", pseudonym);
        command.Parameters.AddWithValue("$version", version.Id);
        command.Parameters.AddWithValue("$sha256", version.Sha256);
        command.Parameters.AddWithValue("$hour", hour.ToString("yyyy-MM-dd'T'HH':00Z'", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        known[pseudonym] = true;
        return hour;
    }

    /// <summary>Whether the user acknowledged any version of the rules.</summary>
    public async Task<bool> HasAcknowledgedAsync(string objectId, CancellationToken cancellationToken)
    {
        var pseudonym = Pseudonym(objectId);
        // Both answers are remembered: RecordAsync is the only way to acknowledge and it updates the entry.
        if (known.TryGetValue(pseudonym, out var acknowledged))
        {
            return acknowledged;
        }
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM policy_acknowledgement WHERE user_pseudonym = $user LIMIT 1;";
        command.Parameters.AddWithValue("$user", pseudonym);
        var found = await command.ExecuteScalarAsync(cancellationToken) is not null;
        known.TryAdd(pseudonym, found);
        return found;
    }
}

internal sealed class AcknowledgementSchema : IStoreSchema
{
    public string CreateStatements => """
        CREATE TABLE IF NOT EXISTS policy_acknowledgement (
            user_pseudonym    TEXT NOT NULL,
            policy_version    TEXT NOT NULL,
            policy_sha256     TEXT NOT NULL,
            acknowledged_hour TEXT NOT NULL,
            PRIMARY KEY (user_pseudonym, policy_sha256)
        );
        """;
}
