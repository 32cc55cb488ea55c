namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>429s injected through the control API: the next <c>count</c> matching requests are refused.</summary>
public sealed class RateLimitFaults
{
    private readonly Lock _gate = new();
    private readonly List<InjectedRateLimit> _pending = [];

    public void Inject(string method, string routeTemplate, int count, double retryAfterSeconds, bool global)
    {
        lock (_gate)
        {
            _pending.Add(new InjectedRateLimit(method.ToUpperInvariant(), routeTemplate, count, retryAfterSeconds, global));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Uses up one injected 429 for this request, if one matches.</summary>
    public InjectedRateLimit? TryConsume(string method, string routeTemplate)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(fault =>
                fault.Method == method && string.Equals(fault.RouteTemplate, routeTemplate, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            if (fault.Remaining <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = fault with { Remaining = fault.Remaining - 1 };
            }

            return fault;
        }
    }
}

public sealed record InjectedRateLimit(string Method, string RouteTemplate, int Remaining, double RetryAfterSeconds, bool Global);
