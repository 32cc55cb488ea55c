using System.Security.Cryptography.X509Certificates;
using GameScheduler.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace GameScheduler.Api.Auth;

/// <summary>
/// The Data Protection key ring that seals Discord's tokens in sessions: in PostgreSQL (Core's
/// <c>data_protection_keys</c> table), apart from the sessions it protects, under one application name so every Api
/// replica opens what another sealed, and encrypted with the certificate at <c>DataProtection:CertificatePath</c>
/// (password <c>DataProtection:CertificatePassword</c>) when one is configured.
/// </summary>
public static class DataProtectionKeyRing
{
    private const string ApplicationName = "GameScheduler";

    public static IServiceCollection AddDataProtectionKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<GameSchedulerDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        return services;
    }
}
