namespace GameScheduler.DiscordEmulator.Faults;

/// <summary>Faults injected through the control API: each applies to the next <c>count</c> requests of a method and route.</summary>
public class InjectedFaults<TFault> where TFault : class
{
    private readonly Lock _gate = new();
    private readonly List<Pending> _pending = [];

    public void Inject(string method, string routeTemplate, int count, TFault fault)
    {
        lock (_gate)
        {
            _pending.Add(new Pending(method.ToUpperInvariant(), routeTemplate, count, fault));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Uses up one injected fault for this request, if one matches.</summary>
    public TFault? TryConsume(string method, string routeTemplate)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(pending =>
                pending.Method == method && string.Equals(pending.RouteTemplate, routeTemplate, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var found = _pending[index];
            if (found.Remaining <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = found with { Remaining = found.Remaining - 1 };
            }

            return found.Fault;
        }
    }

    private sealed record Pending(string Method, string RouteTemplate, int Remaining, TFault Fault);
}
