using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KiOfficeAddin.Api.Policy;

/// <summary>Degraded (not fatal) when a changed policy file was rejected: the last valid version stays in force.</summary>
internal sealed class PolicyHealthCheck(ActivePolicy policy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var version = policy.Current.Version;
        var data = new Dictionary<string, object>
        {
            ["policyVersion"] = version.Id,
            ["policySha256"] = version.Sha256,
        };
        if (policy.LastFailure is { } failure)
        {
            data["error"] = failure.Error;
            data["rejectedAt"] = failure.At;
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Die geänderte Richtliniendatei ist ungültig und wurde nicht übernommen; es gilt weiter Version {version.Id}. Bitte die Datei korrigieren (Fehler siehe \"error\").",
                data: data));
        }
        return Task.FromResult(HealthCheckResult.Healthy($"Richtlinie Version {version.Id} ist in Kraft.", data));
    }
}
