using System.Globalization;
using KiOfficeAddin.TaskPane.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>
/// The pane paints its content from static HTML and CSS, before Office.js or any API call answers. The paint time itself
/// is measured here but not asserted (timings are not test outcomes); it is written to the test output and to
/// <c>first-paint.txt</c> beside the test binaries for the README.
/// </summary>
[Collection(TaskPaneTests.Collection)]
public sealed class FirstPaintTests(TaskPaneFixture fixture)
{
    private const int Loads = 5;

    [Fact]
    public async Task ThePaneIsPaintedWhileOfficeJsIsStillLoading()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = TaskPaneFixture.PaneWidth, Height = TaskPaneFixture.PaneHeight },
            BaseURL = fixture.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("https://**/*", async route =>
        {
            await release.Task;
            await route.AbortAsync();
        });

        await page.GotoAsync("/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "KI-Assistent" })).ToBeVisibleAsync();
        // The rules banner is there at once; its heading becomes the policy's title when /api/v1/policy answers.
        await Expect(page.Locator("#policy-title")).ToBeVisibleAsync();
        await Expect(page.Locator("#source-text")).ToBeVisibleAsync();
        var paints = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('paint').map(p => p.name)");
        Assert.Contains("first-contentful-paint", paints);

        release.SetResult();
        await Expect(page.Locator("#host-name")).ToHaveTextAsync("Browservorschau");
        await context.CloseAsync();
    }

    [Fact]
    public async Task FirstContentfulPaintIsMeasuredOnColdLoads()
    {
        var samples = new List<double>();
        for (var load = 0; load < Loads; load++)
        {
            var context = await fixture.Browser.NewContextAsync(new()
            {
                ViewportSize = new() { Width = TaskPaneFixture.PaneWidth, Height = TaskPaneFixture.PaneHeight },
                BaseURL = fixture.BaseAddress.ToString(),
            });
            var page = await context.NewPageAsync();
            await page.RouteAsync("https://**/*", route => route.AbortAsync());
            await page.GotoAsync("/");
            await page.WaitForSelectorAsync("body[data-ready='true']");
            samples.Add(await page.EvaluateAsync<double>(
                "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1"));
            await context.CloseAsync();
        }

        Assert.All(samples, sample => Assert.True(sample > 0, "every load reports a first contentful paint"));
        samples.Sort();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"first contentful paint over {Loads} cold loads (ms): median {samples[Loads / 2]:0}, min {samples[0]:0}, max {samples[^1]:0}; {DateTimeOffset.UtcNow:u}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "first-paint.txt"), line + "\n", TestContext.Current.CancellationToken);
    }
}
