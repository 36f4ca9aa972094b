using System.Threading.Channels;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace KiOfficeAddin.Api.Logging;

/// <summary>
/// Queues log events for a background loop that hands them to the next sink (redaction, then console and file), so a
/// request never waits for the detector's scan of a log event or for console and disk. A full queue makes the caller
/// wait rather than lose the event; disposing drains the queue, then disposes the next sink.
/// </summary>
/// <remarks>
/// In place of Serilog.Sinks.Async, whose worker waits on a <c>BlockingCollection</c>: after each event it spun
/// (<c>sched_yield</c>, <c>Thread.Sleep(0)</c>) before it slept, and with two events per request that was ≈ 70 µs of CPU
/// per request taken from the request threads on two shared cores (perf, bench/README.md, tenth session). The reader of an
/// empty channel just awaits; the loop runs on the thread pool, never on the thread that logged.
/// <para>
/// After the first event of a batch the loop pauses (<see cref="GatheringPause"/>) before it writes: the request that
/// logged it (the audit line comes just before the answer) is still sending its answer, and redaction, formatting and
/// the console and file writes then compete with it for a core; the pause also gathers the events of the next requests
/// into one wake-up of the loop instead of one each (bench/README.md, thirteenth session). Disposing cuts the pause short.
/// </para>
/// </remarks>
internal sealed class BackgroundLogSink : ILogEventSink, IDisposable
{
    /// <summary>How long the loop waits after the first event of a batch before it writes the batch.</summary>
    internal static readonly TimeSpan GatheringPause = TimeSpan.FromMilliseconds(10);

    private readonly ILogEventSink next;
    private readonly Channel<LogEvent> queue;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task pump;
    private int disposed;

    public BackgroundLogSink(ILogEventSink next, int capacity)
    {
        this.next = next;
        queue = Channel.CreateBounded<LogEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        pump = Task.Run(PumpAsync);
    }

    public void Emit(LogEvent logEvent)
    {
        if (queue.Writer.TryWrite(logEvent))
        {
            return;
        }
        try
        {
            queue.Writer.WriteAsync(logEvent).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            // Logged after shutdown began: nothing is left to write it.
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        queue.Writer.TryComplete();
        stopping.Cancel(); // a pause in progress ends now; the loop still writes every queued event
        pump.GetAwaiter().GetResult();
        stopping.Dispose();
        (next as IDisposable)?.Dispose();
    }

    private async Task PumpAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (!stopping.IsCancellationRequested)
            {
                await Task.Delay(GatheringPause, stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            while (reader.TryRead(out var logEvent))
            {
                try
                {
                    next.Emit(logEvent);
                }
#pragma warning disable CA1031 // one failing event must not stop every later one from being written
                catch (Exception e)
#pragma warning restore CA1031
                {
                    // The type only: a message may quote what the event carried.
                    SelfLog.WriteLine("Log event not written: {0}", e.GetType().FullName);
                }
            }
        }
    }
}
