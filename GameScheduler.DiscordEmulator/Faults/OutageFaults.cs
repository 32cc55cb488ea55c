namespace GameScheduler.DiscordEmulator.Faults;

/// <summary>Server errors injected through the control API: matching requests fail with the outage's status.</summary>
public sealed class OutageFaults : InjectedFaults<InjectedOutage>;

public sealed record InjectedOutage(int Status);
