using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>
/// Runs the factory's host on a real loopback socket (Kestrel), so request limits, streaming and browsers behave as in
/// production. The test server of WebApplicationFactory does not enforce Kestrel's limits.
/// </summary>
public sealed class KestrelHost : IDisposable
{
    public KestrelHost(ApiFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
