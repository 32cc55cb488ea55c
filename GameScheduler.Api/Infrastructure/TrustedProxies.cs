using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// The origin a browser used, as a TLS-terminating proxy reports it: <c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c>
/// and <c>X-Forwarded-For</c> are believed only from loopback and the addresses in <c>ForwardedHeaders:KnownProxies</c>
/// and <c>ForwardedHeaders:KnownNetworks</c>; a forwarded host must also be one of <c>AllowedHosts</c>.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults already trust loopback (127.0.0.0/8 and ::1); configuration adds to them.
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            var allowedHosts = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            if (!allowedHosts.Contains("*"))
            {
                foreach (var host in allowedHosts)
                {
                    options.AllowedHosts.Add(host);
                }
            }
        });
        return services;
    }

    /// <summary>Goes first, so everything after it sees the browser's scheme, host and address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
