using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>Logs of the hosts under test: shown in the test's output and kept for assertions.</summary>
public sealed class TestLog(ITestOutputHelper output) : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogEntry entry)
    {
        _entries.Enqueue(entry);
        try
        {
            output.WriteLine($"{entry.Level} {entry.Category}: {entry.Message}");
        }
        catch (InvalidOperationException)
        {
            // A background service logged after the test ended; the entry is still kept.
        }
    }

    private sealed class Logger(TestLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            log.Write(new LogEntry(category, logLevel, formatter(state, exception) + (exception is null ? "" : $" ({exception.Message})")));
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message);
