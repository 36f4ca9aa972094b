using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using KiOfficeAddin.Api.Auth;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Audit;

/// <summary>Starts an <see cref="AuditEvent"/>: the user's pseudonym and the current hour.</summary>
public sealed class AuditEventFactory(IOptions<AuditOptions> options, TimeProvider timeProvider)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(options.Value.PseudonymKey);

    /// <summary>An event of <paramref name="eventType"/> by <paramref name="user"/>, now, to the hour.</summary>
    public AuditEvent Create(string eventType, ClaimsPrincipal user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        ArgumentNullException.ThrowIfNull(user);
        return new AuditEvent(eventType, Pseudonym(user), ToHour(timeProvider.GetUtcNow()));
    }

    /// <summary>HMAC-SHA256 (hex) of the user's Entra object id; "unknown" when the token carries none.</summary>
    public string Pseudonym(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var objectId = user.FindFirst(ApiClaims.ObjectId)?.Value ?? user.FindFirst("oid")?.Value;
        return objectId is null
            ? "unknown"
            : Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(objectId)));
    }

    internal static DateTimeOffset ToHour(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
