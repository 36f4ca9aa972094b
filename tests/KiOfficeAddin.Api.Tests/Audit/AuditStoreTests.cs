using KiOfficeAddin.Api.Audit;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Audit;

public sealed class AuditStoreTests
{
    [Fact]
    public async Task ABurstLargerThanOneBatchIsStoredCompletelyAndInOrder()
    {
        var factory = new ApiFactory();
        using (factory.CreateClient())
        {
        }
        var audit = factory.Services.GetRequiredService<IAuditLog>();
        var count = (AuditStoreWriter.MaxBatch * 2) + 17;
        for (var i = 0; i < count; i++)
        {
            audit.Record(new AuditEvent("burst-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "pseudonym", DateTimeOffset.UnixEpoch)
            {
                UseCase = "rewrite",
                EntityCounts = new Dictionary<string, int> { ["PERSON"] = i % 3 },
            });
        }

        // Stopping the host drains the queue.
        await factory.StopAndReadLogAsync();

        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "store.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_type FROM audit_events WHERE event_type LIKE 'burst-%' ORDER BY id";
        using var reader = command.ExecuteReader();
        var stored = new List<string>();
        while (reader.Read())
        {
            stored.Add(reader.GetString(0));
        }
        Assert.Equal(Enumerable.Range(0, count).Select(i => "burst-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), stored);
    }
}
