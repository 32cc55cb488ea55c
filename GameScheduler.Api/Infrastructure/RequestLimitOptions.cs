namespace GameScheduler.Api.Infrastructure;

/// <summary>Limits on what one request may carry (configuration section <c>Limits</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Limits";

    /// <summary>The largest request body in bytes; the biggest game or template is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
