using System.Text.RegularExpressions;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Foundation;

/// <summary>
/// A fresh start (new database, new broker, new emulator) is the first thing a developer sees: until every resource
/// is healthy, no resource may log an error, or the dashboard greets them with red badges for nothing.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed partial class CleanStartTests(GraphFixture graph)
{
    [Fact]
    public void No_resource_logs_an_error_or_a_critical_entry_until_the_graph_is_healthy()
    {
        var errors = graph.StartupLogs
            .GroupBy(line => line.Resource)
            .SelectMany(resource => Entries(resource).Select(entry => $"{resource.Key}: {entry}"))
            .Where(entry => ErrorLevel().IsMatch(entry) && !AbandonedHealthProbe().IsMatch(entry))
            .ToList();

        Assert.NotEmpty(graph.StartupLogs);
        Assert.True(errors.Count == 0, $"Errors logged during a clean start:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>
    /// A resource's lines as log entries: a .NET entry's message and stack trace follow its level line indented.
    /// Colours and the orchestrator's timestamps are dropped.
    /// </summary>
    private static IEnumerable<string> Entries(IEnumerable<ResourceLogLine> lines)
    {
        var entry = new List<string>();
        foreach (var text in lines.Select(line => Timestamp().Replace(AnsiEscape().Replace(line.Content, ""), "")))
        {
            if (entry.Count > 0 && !char.IsWhiteSpace(text.FirstOrDefault()))
            {
                yield return string.Join(Environment.NewLine, entry);
                entry.Clear();
            }

            entry.Add(text);
        }

        if (entry.Count > 0)
        {
            yield return string.Join(Environment.NewLine, entry);
        }
    }

    /// <summary>
    /// The error levels of the graph's programs, at the start of an entry: .NET's console logger (<c>fail:</c>,
    /// <c>crit:</c>), and anywhere in it PostgreSQL's (<c>ERROR:</c>, <c>FATAL:</c>, <c>PANIC:</c>), RabbitMQ's
    /// (<c>[error]</c>, <c>[critical]</c>) and npm's.
    /// </summary>
    [GeneratedRegex(@"^[\w-]+: (fail|crit): |\b(ERROR|FATAL|PANIC):|\[(error|critical|alert|emergency)\]|npm (ERR!|error)")]
    private static partial Regex ErrorLevel();

    /// <summary>
    /// On a machine too loaded to answer a health probe in time, the AppHost abandons the request and the checks it
    /// was running end cancelled, which they report as unhealthy: a slow machine, not a fault of the start.
    /// </summary>
    [GeneratedRegex(@"DefaultHealthCheckService\[103\]\s+Health check .+ with status Unhealthy .+\s+System\.[\w.]*CanceledException", RegexOptions.Singleline)]
    private static partial Regex AbandonedHealthProbe();

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT[\d:.]+Z ")]
    private static partial Regex Timestamp();
}
