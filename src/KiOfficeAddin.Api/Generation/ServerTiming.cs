using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Where a generation request spent its time, as a <c>Server-Timing</c> header (W3C): <c>prepare</c> (policy, detection,
/// pseudonymisation), <c>model</c> (the guarded model call with cleaning and restoration) or <c>first</c> (until the
/// first streamed piece), and <c>label</c>. Durations only: operators and the load test see which part costs what,
/// browsers show it in their developer tools, and nothing about the content can be read from it.
/// </summary>
internal sealed class ServerTiming
{
    private readonly StringBuilder header = new();
    private long lapStarted = Stopwatch.GetTimestamp();

    public void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        if (header.Length > 0)
        {
            header.Append(", ");
        }
        header.Append(name).Append(";dur=")
            .Append(Stopwatch.GetElapsedTime(lapStarted, now).TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture));
        lapStarted = now;
    }

    public override string ToString() => header.ToString();
}
