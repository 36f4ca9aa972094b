using KiOfficeAddin.Api.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace KiOfficeAddin.Api.Tests.Hosting;

public sealed class BackgroundLogSinkTests
{
    [Fact]
    public void DisposingWritesEveryQueuedEventInOrderBeforeTheNextSinkIsDisposed()
    {
        var next = new RecordingSink();
        var sink = new BackgroundLogSink(next, capacity: 1_000);
        for (var i = 0; i < 500; i++)
        {
            sink.Emit(Event(i));
        }

        // Emitted within the loop's gathering pause: disposing must cut the pause short and still write them all.
        sink.Dispose();

        Assert.Equal(Enumerable.Range(0, 500), next.Numbers);
        Assert.True(next.DisposedAfterLastEvent);
    }

    private static LogEvent Event(int number) => new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null,
        new MessageTemplateParser().Parse("Event {Number}"), [new LogEventProperty("Number", new ScalarValue(number))]);

    private sealed class RecordingSink : ILogEventSink, IDisposable
    {
        private readonly List<int> numbers = [];
        private bool disposed;

        public IReadOnlyList<int> Numbers => numbers;

        public bool DisposedAfterLastEvent { get; private set; }

        public void Emit(LogEvent logEvent)
        {
            Assert.False(disposed);
            numbers.Add((int)((ScalarValue)logEvent.Properties["Number"]).Value!);
        }

        public void Dispose()
        {
            disposed = true;
            DisposedAfterLastEvent = numbers.Count == 500;
        }
    }
}
