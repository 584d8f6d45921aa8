using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookFollowUp.Testing;

/// <summary>Keeps every log line written through it, for tests that assert what an operator would read.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<LogLine> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception)));
    }
}

/// <summary>One log line: its level, its category (the logging class) and its text.</summary>
public sealed record LogLine(LogLevel Level, string Category, string Message);
