using Microsoft.SemanticKernel;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The services the kernel sees: the application's, except that its logger passes on only warnings and errors.
/// Semantic Kernel logs every streamed call twice at Information under the function's name (a use case id such as
/// "proofread"), which no category override in the logging configuration can name in advance; the
/// <see cref="ModelCallLoggingFilter"/> and the audit line already record each call without those extra events.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "The wrapped logger factory belongs to the container; the wrapper holds nothing to dispose.")]
internal sealed class KernelServices(IServiceProvider application) : IKeyedServiceProvider
{
    private readonly WarningsOnlyLoggerFactory loggerFactory = new(application.GetRequiredService<ILoggerFactory>());

    public static Kernel CreateKernel(IServiceProvider application) => new(new KernelServices(application));

    public object? GetService(Type serviceType) =>
        serviceType == typeof(ILoggerFactory) ? loggerFactory : application.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        ((IKeyedServiceProvider)application).GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        ((IKeyedServiceProvider)application).GetRequiredKeyedService(serviceType, serviceKey);

    private sealed class WarningsOnlyLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        // The kernel asks for a logger on every call of a function (category = the use case's name, a small fixed set).
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ILogger> loggers = new(StringComparer.Ordinal);

        public ILogger CreateLogger(string categoryName) =>
            loggers.GetOrAdd(categoryName, static (name, factory) => new WarningsOnlyLogger(factory.CreateLogger(name)), inner);

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose()
        {
            // The application's factory belongs to the container, which disposes it.
        }
    }

    private sealed class WarningsOnlyLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
