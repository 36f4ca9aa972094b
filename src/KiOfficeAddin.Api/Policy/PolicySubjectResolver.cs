using System.Globalization;
using System.Security.Claims;
using KiOfficeAddin.Api.Auth;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Policy;

/// <summary>The user as the policy sees them, with the date their training certificate expires, if known.</summary>
internal sealed record ResolvedSubject(PolicySubject Subject, bool HasTraining, bool Acknowledged, DateOnly? TrainingValidUntil);

/// <summary>Reads AI literacy and department from the token (and the acknowledgement store where allowed).</summary>
internal sealed class PolicySubjectResolver(IOptions<PolicyOptions> options, AcknowledgementStore acknowledgements, TimeProvider time)
{
    public async Task<ResolvedSubject> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var literacy = settings.AiLiteracy;
        var hasTraining = user.IsInRole(literacy.RoleName)
            || (literacy.ClaimType is { Length: > 0 } claimType
                && user.FindAll(claimType).Any(c => !string.Equals(c.Value, "false", StringComparison.OrdinalIgnoreCase)));
        DateOnly? validUntil = null;
        if (literacy.ExpiryClaimType is { Length: > 0 } expiryType && user.FindFirst(expiryType)?.Value is { } expiry)
        {
            // An unreadable date counts as expired: fail closed.
            validUntil = DateTimeOffset.TryParse(expiry, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? DateOnly.FromDateTime(parsed.UtcDateTime)
                : DateOnly.MinValue;
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var acknowledged = false;
        if (acknowledgements.Enabled && user.FindFirst(ApiClaims.ObjectId)?.Value is { Length: > 0 } objectId)
        {
            acknowledged = await acknowledgements.HasAcknowledgedAsync(objectId, cancellationToken);
        }
        var status = hasTraining
            ? validUntil is { } until && until < today ? AiLiteracyStatus.Expired : AiLiteracyStatus.Trained
            : AiLiteracyStatus.Missing;
        if (status != AiLiteracyStatus.Trained && acknowledged)
        {
            status = AiLiteracyStatus.Acknowledged;
        }
        var department = user.FindFirst(settings.DepartmentClaimType)?.Value ?? settings.DefaultDepartment;
        return new ResolvedSubject(new PolicySubject(status, department), hasTraining, acknowledged, validUntil);
    }
}
