using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>A sink in the output stage: it sees exactly what console and file see, message, properties and exception.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly CompactJsonFormatter formatter = new();
    private readonly StringBuilder events = new();
    private readonly Lock gate = new();

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        formatter.Format(logEvent, writer);
        writer.Write(logEvent.RenderMessage());
        lock (gate)
        {
            events.AppendLine(writer.ToString());
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return events.ToString();
        }
    }
}
