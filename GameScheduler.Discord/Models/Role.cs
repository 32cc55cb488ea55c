namespace GameScheduler.Discord.Models;

/// <summary>A guild role; <see cref="Permissions"/> is a decimal bit set as a string (it outgrows 53 bits).</summary>
public sealed record Role(string Id, string Name, string Permissions, int Position = 0, int Color = 0);
