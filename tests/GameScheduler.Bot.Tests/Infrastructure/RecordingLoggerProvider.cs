using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>Keeps every message logged at Information or above, with its category.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _messages = new();

    public IEnumerable<string> MessagesOf<TCategory>() =>
        _messages.Where(entry => entry.Category == typeof(TCategory).FullName).Select(entry => entry.Message);

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _messages);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<(string, string)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) messages.Enqueue((category, formatter(state, exception)));
        }
    }
}
