using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KiOfficeAddin.TaskPane.Tests.Infrastructure;

/// <summary>The task pane in one browser context, with accessibility checks and screenshots per screen.</summary>
public sealed class TaskPanePage(IPage page, IBrowserContext context) : IAsyncDisposable
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public IPage Page { get; } = page;

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator ById(string id) => Page.Locator($"#{id}");

    /// <summary>
    /// One screen of the flow: axe-core must find no serious or critical WCAG 2.1 A/AA violation, and the screen is
    /// saved as <c>docs/screenshots/&lt;name&gt;.png</c> for the README.
    /// </summary>
    public async Task ScreenAsync(string name)
    {
        var result = await Page.RunAxe(new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(WcagTags) });
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToArray();
        Assert.True(blocking.Length == 0, $"Screen '{name}' has accessibility violations: {string.Join("; ", blocking)}");
        Directory.CreateDirectory(ScreenshotFolder.Value);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder.Value, $"{name}.png"), FullPage = true });
    }

    /// <summary>The stand-in's state (<c>window.__office</c>): the document or mail and the recorded calls.</summary>
    public async Task<JsonElement> OfficeStateAsync() =>
        JsonDocument.Parse(await Page.EvaluateAsync<string>("() => JSON.stringify(window.__office)")).RootElement;

    private static readonly Lazy<string> ScreenshotFolder = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KiOfficeAddin.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "docs", "screenshots");
    });

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
