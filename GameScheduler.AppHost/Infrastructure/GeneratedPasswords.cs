namespace GameScheduler.AppHost.Infrastructure;

internal static class GeneratedPasswords
{
    /// <summary>
    /// The parameter <c>{resource}-password</c>, as Aspire's PostgreSQL, Redis and RabbitMQ containers declare it: set
    /// it in configuration, or a random one is generated. Letters and digits only, so it needs no escaping in a
    /// connection string, a URI or a server's configuration file.
    /// </summary>
    public static ParameterResource AddGeneratedPassword(this IDistributedApplicationBuilder builder, string resourceName) =>
        ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{resourceName}-password", special: false);
}
