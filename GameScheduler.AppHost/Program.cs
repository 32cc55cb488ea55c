using GameScheduler.AppHost.Discord;
using GameScheduler.AppHost.Infrastructure;
using GameScheduler.AppHost.Messaging;
using GameScheduler.AppHost.Web;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);
var discord = builder.AddDiscord();

if (!builder.TryAddInfrastructure(databaseName: "gamescheduler", out var infrastructure))
{
    return 1;
}

var migrations = builder.AddProject<Projects.GameScheduler_MigrationService>("migrations")
    .WithReference(infrastructure.Database).WaitFor(infrastructure.Database);

var api = builder.AddProject<Projects.GameScheduler_Api>("api")
    .WithBackingServices(infrastructure)
    .WithDiscordLogin(discord)
    .WaitForCompletion(migrations)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithHttpHealthCheck("/health")
    .WithReplicas(builder.Configuration.GetValue("Api:Replicas", defaultValue: 1));

var web = builder.AddViteApp("web", "../GameScheduler.Web")
    .WithUrlForEndpoint("http", url => url.DisplayText = "Web app")
    .WithEnvironment("API_URL", api.GetEndpoint("http"))
    .WaitFor(api);

builder.AddProject<Projects.GameScheduler_Bot>("bot")
    .WithBackingServices(infrastructure)
    .WithDiscordBot(discord)
    .WaitForCompletion(migrations)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithEnvironment("Web__BaseUrl", web.GetEndpoint("http"))
    .WithHttpHealthCheck("/health")
    .WithRedriveDeadLettersCommand(infrastructure.Messaging);

builder.Build().Run();
return 0;
