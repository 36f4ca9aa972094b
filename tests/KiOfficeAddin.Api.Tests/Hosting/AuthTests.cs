using System.Net;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Hosting;

public sealed class AuthTests
{
    private static readonly Dictionary<string, string?> EntraId = new()
    {
        ["Auth:Mode"] = "EntraId",
        ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
    };

    [Fact]
    public async Task DevelopmentAuthOutsideDevelopmentRefusesToStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Auth:Mode"] = "Development" }, "Production");
        var error = factory.StartupFailure();
        Assert.Contains("Auth:Mode=Development", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraIdWithoutTenantRefusesToStartNamingTheKey()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Auth:Mode"] = "EntraId" }, "Production");
        var error = factory.StartupFailure();
        Assert.Contains("AzureAd:TenantId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryApiRouteAnswers401WithoutAToken()
    {
        await using var factory = new ApiFactory(EntraId, "Production");
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, path: ConcretePath(e.RoutePattern.RawText!))))
            .ToList();
        Assert.NotEmpty(routes);
        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task ProductionWithEntraIdStillServesHealth()
    {
        await using var factory = new ApiFactory(EntraId, "Production");
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/alive", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string ConcretePath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "00000000-0000-0000-0000-000000000001");
}
