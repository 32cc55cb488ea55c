namespace GameScheduler.AppHost.Web;

public static class ViteAppExtensions
{
    /// <summary>
    /// Runs a Vite app's dev server with npm (Aspire's JavaScript hosting packages are not obtainable here) on an
    /// allocated port passed as <c>PORT</c>; installs its npm packages first when <c>node_modules</c> is missing.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddViteApp(
        this IDistributedApplicationBuilder builder, string name, string appDirectory)
    {
        var directory = Path.GetFullPath(appDirectory, builder.AppHostDirectory);
        var app = builder.AddExecutable(name, "npm", directory, "run", "dev")
            .WithHttpEndpoint(env: "PORT")
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/");

        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            var install = builder.AddExecutable($"{name}-install", "npm", directory, "ci", "--no-audit", "--no-fund");
            app.WaitForCompletion(install);
        }

        return app;
    }
}
