using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>
/// A sink in the output stage: it sees exactly what console and file see, message, properties and exception. Serilog
/// disposes it when it closes the output stage, after the background queue has been drained (<see cref="Closed"/>).
/// </summary>
public sealed class LogCapture : ILogEventSink, IDisposable
{
    private readonly CompactJsonFormatter formatter = new();
    private readonly StringBuilder events = new();
    private readonly Lock gate = new();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the host's log pipeline has written its last event.</summary>
    public Task Closed => closed.Task;

    public void Dispose() => closed.TrySetResult();

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
