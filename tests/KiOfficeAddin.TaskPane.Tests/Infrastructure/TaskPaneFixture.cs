using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KiOfficeAddin.TaskPane.Tests.Infrastructure;

/// <summary>
/// One real API on a loopback socket, one fake model and one Chromium for the whole browser test collection; each test
/// gets a fresh browser context (350 px wide, like a task pane) with its Office stand-in.
/// </summary>
public sealed class TaskPaneFixture : IAsyncLifetime
{
    public const int PaneWidth = 350;
    public const int PaneHeight = 900;

    private ApiFactory? factory;
    private KestrelHost? host;
    private IPlaywright? playwright;

    public FakeModel Model { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => host!.BaseAddress;

    public HttpClient Api => host!.Client;

    public async ValueTask InitializeAsync()
    {
        // Two cores shared with other builds: a first model call (SK warm-up) can take several seconds.
        Assertions.SetDefaultExpectTimeout(20_000);
        factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Llm:DefaultModel"] = "fake",
            ["Llm:Models:fake:Provider"] = "OpenAICompatible",
            ["Llm:Models:fake:Endpoint"] = Model.Endpoint,
            ["Llm:Models:fake:Model"] = "fake-model",
            ["Llm:Models:fake:ApiKey"] = "test-key",
            ["Llm:Models:fake:Approved"] = "true",
            ["Llm:Models:fake:ApprovalReference"] = "Test-Freigabe 1/2026",
            ["Llm:Models:fake:Region"] = "EU",
            ["Llm:Models:fake:OnPremises"] = "true",
            ["Llm:Models:fake:DataClasses:0"] = "public",
            ["Llm:Models:fake:DataClasses:1"] = "internal",
            ["Llm:Models:fake:DataClasses:2"] = "personal",
            ["Llm:Models:fake:TimeoutSeconds"] = "60",
        });
        host = new KestrelHost(factory);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Opens the task pane in a fresh context with the given Office stand-in (null: a plain browser).</summary>
    public async Task<TaskPanePage> OpenAsync(OfficeStandIn? standIn = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = PaneWidth, Height = PaneHeight },
            Locale = "de-DE",
            BaseURL = BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        if (standIn is not null)
        {
            await page.AddInitScriptAsync(standIn.Script());
        }
        // No request leaves the machine: office.js is answered by the stand-in (or refused for the browser preview).
        await page.RouteAsync("https://**/*", async route =>
        {
            if (route.Request.Url.StartsWith(OfficeStandIn.OfficeJsUrl, StringComparison.Ordinal) && standIn is not null)
            {
                await route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = "/* office.js stand-in */" });
            }
            else
            {
                await route.AbortAsync();
            }
        });
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        return new TaskPanePage(page, context);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        host?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        Model.Dispose();
    }
}

[CollectionDefinition(Collection)]
public sealed class TaskPaneTests : ICollectionFixture<TaskPaneFixture>
{
    public const string Collection = "Task pane in a browser";
}
