using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GameScheduler.Api.Auth;
using GameScheduler.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Api.Tests.Auth;

/// <summary>The key ring that seals Discord's tokens: shared by replicas through PostgreSQL, and encrypted there by a configured certificate.</summary>
public sealed class DataProtectionKeyRingTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private const string CertificatePassword = "correct horse battery staple";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"gamescheduler-dp-{Guid.NewGuid():N}.pfx");
    private readonly List<ServiceProvider> _replicas = [];
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        _connectionString = await postgres.CreateDatabaseAsync(timeout.Token);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=GameScheduler Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(_certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString, CancellationToken.None);
        File.Delete(_certificatePath);
    }

    [Fact]
    public async Task With_a_certificate_the_keys_are_stored_encrypted_and_another_replica_with_it_opens_what_one_sealed()
    {
        var sealedToken = Protector(Replica(withCertificate: true)).Protect("discord-access-token");

        var stored = await StoredKeysAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);
        });
        Assert.Equal("discord-access-token", Protector(Replica(withCertificate: true)).Unprotect(sealedToken));
    }

    [Fact]
    public async Task Without_a_certificate_replicas_share_the_ring_in_postgresql()
    {
        var sealedToken = Protector(Replica(withCertificate: false)).Protect("discord-access-token");

        Assert.NotEmpty(await StoredKeysAsync());
        Assert.Equal("discord-access-token", Protector(Replica(withCertificate: false)).Unprotect(sealedToken));
    }

    private ServiceProvider Replica(bool withCertificate)
    {
        var settings = new Dictionary<string, string?>();
        if (withCertificate)
        {
            settings["DataProtection:CertificatePath"] = _certificatePath;
            settings["DataProtection:CertificatePassword"] = CertificatePassword;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var replica = new ServiceCollection()
            .AddLogging()
            .AddDbContext<GameSchedulerDbContext>(options => options.UseNpgsql(_connectionString).UseGameSchedulerConventions())
            .AddDataProtectionKeyRing(configuration)
            .BuildServiceProvider();
        _replicas.Add(replica);
        return replica;
    }

    private static IDataProtector Protector(IServiceProvider replica) =>
        replica.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-ring-test");

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var db = new GameSchedulerDbContext(new DbContextOptionsBuilder<GameSchedulerDbContext>()
            .UseNpgsql(_connectionString).UseGameSchedulerConventions().Options);
        return await db.DataProtectionKeys.Select(key => key.Xml ?? "").ToListAsync();
    }
}
