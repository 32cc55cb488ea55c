namespace GameScheduler.AppHost.Infrastructure;

public static class BackingServicesExtensions
{
    /// <summary>Gives a service the database, cache and broker connection strings, and starts it once they are healthy.</summary>
    public static IResourceBuilder<T> WithBackingServices<T>(
        this IResourceBuilder<T> service, InfrastructureResources infrastructure)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        service
            .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
            .WithReference(infrastructure.Cache).WaitFor(infrastructure.Cache)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging);
}
