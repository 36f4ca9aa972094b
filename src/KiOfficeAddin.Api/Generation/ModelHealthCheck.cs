using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Reports the registry and whether callable models answer; never Unhealthy, because everything but generation keeps
/// working without a model. No request body is sent, so nothing can leak.
/// </summary>
internal sealed class ModelHealthCheck(ModelRegistry registry, IHttpClientFactory httpClientFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (registry.IsEmpty)
        {
            return HealthCheckResult.Degraded("Kein KI-Modell konfiguriert (Llm:Models); Generierung ist abgeschaltet.");
        }
        var data = new Dictionary<string, object>();
        var reachable = 0;
        foreach (var model in registry.Models)
        {
            var state = !model.Complete ? "unvollständig"
                : !model.Approved ? "nicht freigegeben"
                : await ProbeAsync(model, cancellationToken) ? "erreichbar" : "nicht erreichbar";
            reachable += state == "erreichbar" ? 1 : 0;
            data[model.Name] = state;
        }
        return reachable > 0
            ? HealthCheckResult.Healthy($"{reachable} freigegebene(s) KI-Modell(e) erreichbar", data)
            : HealthCheckResult.Degraded("Kein freigegebenes KI-Modell erreichbar", data: data);
    }

    private async Task<bool> ProbeAsync(ModelEntry model, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = httpClientFactory.CreateClient("llm-probe");
            using var response = await client.GetAsync(model.Endpoint, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (int)response.StatusCode < 500;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
