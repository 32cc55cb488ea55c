namespace GameScheduler.Core;

/// <summary>The human-readable reasons a rule refuses a request; Api and Bot show them as they are.</summary>
public static class Refusals
{
    public const string GameCancelled = "The game has been cancelled.";
    public const string GameStarted = "The game has already started.";
    public const string HostSelectsPlayers = "Only the host can add players to this game.";
    public const string RoleRequired = "Only members with one of this game's player roles can join it.";
    public const string NotHostOrManager = "Only the game's host or a bot manager can change this game.";
    public const string GameClosedForChanges = "The game can no longer be changed.";
    public const string OnlyManagersPickTheHost = "Only bot managers can make another member the host of a game.";
    public const string NotAllowedToHost = "You need one of the template's host roles to host a game with it.";
    public const string NotBotManager = "Only bot managers can change this guild's settings.";
    public const string CannotPostInChannel = "You cannot send messages in this channel: choose one where you can.";
    public const string BotCannotPostInChannel =
        "The bot cannot view or send messages in this channel: choose another, or give the bot access to it on Discord.";

    /// <summary>A plain member setting a field the game's template locks to another value than the template's.</summary>
    public static string LockedByTemplate(string field) => $"The game's template locks {field}: only bot managers can change it.";

    public const string DefaultTemplateRequired = "A guild always has a default template: make another template the default instead.";
}
