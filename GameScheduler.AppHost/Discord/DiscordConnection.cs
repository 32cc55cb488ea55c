namespace GameScheduler.AppHost.Discord;

/// <summary>
/// Where the services find Discord: the real one when credentials are configured, else the local emulator.
/// Only these values differ; the services' code paths are the same.
/// </summary>
public sealed record DiscordConnection(
    ReferenceExpression ApiBaseUrl,
    ReferenceExpression AuthorizeUrl,
    ReferenceExpression BotToken,
    ReferenceExpression ApplicationId,
    ReferenceExpression ClientSecret,
    IResourceBuilder<IResource>? Emulator);
