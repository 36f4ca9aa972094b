using System.Buffers;
using System.Text.Json;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The last line of defence on every model's HttpClient: Semantic Kernel filters can be bypassed by calling a chat
/// service directly, this handler cannot. It reads every outbound body and refuses to send one that still carries
/// detectable personal data in clear (fail closed). Our own placeholders (<c>[PERSON_1]</c>) are not personal data.
/// Only categories are logged, never values. Texts the pipeline itself pseudonymised for a call in progress are cut out
/// before the scan (<see cref="PseudonymizedTextRegistry"/>); everything else in the body is scanned.
/// </summary>
internal sealed partial class EgressGuardHandler(
    PiiDetector detector, PseudonymizedTextRegistry pseudonymized, ILogger<EgressGuardHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffer once: the content is re-sent unchanged by retries and read here only for inspection.
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            var found = await FindUnprotectedAsync(request.Content, cancellationToken);
            if (found.Count > 0)
            {
                LogBlocked(logger, string.Join(",", found.Select(c => c.ToContractName())));
                throw new EgressBlockedException(found);
            }
        }
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// <see cref="FindUnprotected"/> for a buffered body: JSON is parsed from its UTF-8 bytes (model requests are JSON),
    /// so the body is not decoded into a string and encoded again for the parser; anything else is scanned as text.
    /// </summary>
    private async Task<IReadOnlyCollection<PiiCategory>> FindUnprotectedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Another declared charset is read as the receiver would read it: decoded by that charset, then scanned.
        if (content.Headers.ContentType?.CharSet is { } charset
            && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return FindUnprotected(await content.ReadAsStringAsync(cancellationToken));
        }
        var (bytes, length, rented) = await ReadBodyAsync(content, cancellationToken);
        var found = new SortedSet<PiiCategory>();
        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, length));
            Scan(document.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            return FindUnprotected(await content.ReadAsStringAsync(cancellationToken));
        }
        finally
        {
            if (rented)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>
    /// The buffered body's bytes: copied into a pooled array when its length is known (it is, once buffered), since
    /// <see cref="HttpContent.ReadAsByteArrayAsync()"/> makes a new copy of the whole prompt for every request.
    /// </summary>
    private static async Task<(byte[] Bytes, int Length, bool Rented)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared and > 0 and <= MaxPooledBody)
        {
            var length = (int)declared;
            var pooled = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                // Not expandable: a body longer than declared throws here and is read the usual way below.
                using var target = new MemoryStream(pooled, 0, length, writable: true);
                await content.CopyToAsync(target, cancellationToken);
                if (target.Position == length)
                {
                    return (pooled, length, true);
                }
            }
            catch (NotSupportedException)
            {
            }
            ArrayPool<byte>.Shared.Return(pooled);
        }
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
        return (bytes, bytes.Length, false);
    }

    // Larger bodies (far beyond any prompt the API builds) are not worth holding in the shared pool.
    private const int MaxPooledBody = 1 << 20;

    /// <summary>Categories of personal data in clear in a request body (JSON string values, or the raw text).</summary>
    internal IReadOnlyCollection<PiiCategory> FindUnprotected(string body)
    {
        var found = new SortedSet<PiiCategory>();
        try
        {
            using var document = JsonDocument.Parse(body);
            Scan(document.RootElement, found);
        }
        catch (JsonException)
        {
            ScanText(body, found);
        }
        return found;
    }

    private void Scan(JsonElement element, SortedSet<PiiCategory> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Scan(property.Value, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Scan(item, found);
                }
                break;
            case JsonValueKind.String:
                // A pseudonymised text of a request in flight, whole (the usual user message): nothing to scan.
                if (!pseudonymized.IsRegisteredWhole(element))
                {
                    ScanText(element.GetString()!, found);
                }
                break;
        }
    }

    private void ScanText(string text, SortedSet<PiiCategory> found)
    {
        if (pseudonymized.IsTrustedWhole(text))
        {
            return; // a role name or model id, checked at start
        }
        var unverified = pseudonymized.CutOut(text);
        // White space carries nothing (the cuts often leave only their paragraph breaks).
        if (string.IsNullOrWhiteSpace(unverified))
        {
            return;
        }
        found.UnionWith(PlaceholderTokens.CategoriesInClear(unverified, detector.Analyze(unverified)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Egress guard refused a model request carrying personal data in clear: {Categories}")]
    private static partial void LogBlocked(ILogger logger, string categories);
}

/// <summary>A model request was stopped before leaving because it carried personal data in clear.</summary>
public sealed class EgressBlockedException(IReadOnlyCollection<PiiCategory> categories)
    : Exception(categories.Count == 0
        ? "Model request blocked: the prompt was not prepared by the pseudonymiser"
        : "Outbound model request blocked: personal data in clear (" + string.Join(",", categories.Select(c => c.ToContractName())) + ")")
{
    public IReadOnlyCollection<PiiCategory> Categories { get; } = categories;
}
