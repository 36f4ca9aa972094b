using KiOfficeAddin.Guardrails.Labelling;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Labelling;

/// <summary>What the server remembers of one generated answer: its label and use case, never its text.</summary>
public sealed record AssistRecord(
    Guid Id, AiLabel Label, string UseCase, string? DataClass, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public string Model => Label.Model;
}

/// <summary>
/// In-memory, size-bounded, expiring records of generated answers, so that a later review can update the label.
/// Records are content-free; losing them on restart only means an old answer must be generated again.
/// </summary>
public sealed class AssistRecords(IOptions<ReviewOptions> options, TimeProvider timeProvider)
{
    private readonly Dictionary<Guid, AssistRecord> records = [];
    // Insertion order is expiry order (one lifetime for all), so the oldest and the expired sit at the front.
    private readonly Queue<Guid> order = new();
    private readonly Lock gate = new();
    private readonly int capacity = options.Value.RecordCapacity;
    private readonly TimeSpan lifetime = TimeSpan.FromHours(options.Value.RecordLifetimeHours);

    /// <summary>Number of live records.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                Evict(timeProvider.GetUtcNow());
                return records.Count;
            }
        }
    }

    /// <summary>Remembers a freshly generated answer; the id goes into the response for the review call.</summary>
    public Guid Register(AiLabel label, string useCase, string? dataClass = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(useCase);
        var id = Guid.NewGuid();
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Evict(now);
            while (records.Count >= capacity && order.TryDequeue(out var oldest))
            {
                records.Remove(oldest);
            }
            records[id] = new AssistRecord(id, label, useCase, dataClass, now, now + lifetime);
            order.Enqueue(id);
        }
        return id;
    }

    /// <summary>The live record of <paramref name="id"/>, or null when unknown or expired.</summary>
    public AssistRecord? Find(Guid id)
    {
        lock (gate)
        {
            Evict(timeProvider.GetUtcNow());
            return records.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Marks the answer reviewed by <paramref name="role"/>. Null when unknown or expired; <c>FirstReview</c> is false
    /// when it had already been reviewed (the label then stays as it was).
    /// </summary>
    public (AssistRecord Record, bool FirstReview)? Review(Guid id, string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Evict(now);
            if (!records.TryGetValue(id, out var record))
            {
                return null;
            }
            if (record.Label.ReviewStatus == AiReviewStatus.Reviewed)
            {
                return (record, false);
            }
            var reviewed = record with { Label = record.Label.MarkReviewed(role, now) };
            records[id] = reviewed;
            return (reviewed, true);
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest))
        {
            if (records.TryGetValue(oldest, out var record) && record.ExpiresAt > now)
            {
                return;
            }
            order.Dequeue();
            records.Remove(oldest);
        }
    }
}
