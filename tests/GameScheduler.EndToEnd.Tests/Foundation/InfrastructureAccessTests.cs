using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace GameScheduler.EndToEnd.Tests.Foundation;

/// <summary>The local PostgreSQL, Valkey and RabbitMQ listen on loopback only and let nobody in without the run's password.</summary>
[Collection(GraphCollection.Name)]
public sealed class InfrastructureAccessTests(GraphFixture graph)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("postgres", "tcp")]
    [InlineData("cache", "tcp")]
    [InlineData("messaging", "tcp")]
    [InlineData("messaging", "dist")]
    public void Every_server_port_listens_on_loopback_only(string resource, string endpoint)
    {
        var port = graph.App.GetEndpoint(resource, endpoint).Port;

        var listeners = ListeningAddresses(port);

        Assert.NotEmpty(listeners);
        Assert.All(listeners, address => Assert.True(IPAddress.IsLoopback(address), $"{resource}/{endpoint} listens on {address}:{port}."));
    }

    [Fact]
    public async Task Postgres_refuses_a_login_without_the_password()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await ConnectionStringAsync("gamescheduler")) { Password = null };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);

        var refusal = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync().WaitAsync(Timeout));

        Assert.Contains("password", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Valkey_refuses_commands_without_the_password()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, graph.App.GetEndpoint("cache", "tcp").Port).WaitAsync(Timeout);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray()).AsTask().WaitAsync(Timeout);
        var reply = new byte[128];
        var read = await stream.ReadAsync(reply).AsTask().WaitAsync(Timeout);

        Assert.StartsWith("-NOAUTH", Encoding.ASCII.GetString(reply, 0, read));
    }

    [Fact]
    public async Task RabbitMQ_has_no_guest_account()
    {
        var broker = new Uri(await ConnectionStringAsync("messaging"));
        var guest = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, UserName = "guest", Password = "guest" };

        var refusal = await Assert.ThrowsAsync<BrokerUnreachableException>(() => guest.CreateConnectionAsync().WaitAsync(Timeout));

        Assert.IsType<AuthenticationFailureException>(refusal.InnerException);
    }

    private async Task<string> ConnectionStringAsync(string resource) =>
        await graph.App.GetConnectionStringAsync(resource).AsTask().WaitAsync(Timeout)
        ?? throw new InvalidOperationException($"No connection string for {resource}.");

    /// <summary>The local addresses of every listening TCP socket on the port, from the kernel's socket tables.</summary>
    private static List<IPAddress> ListeningAddresses(int port) =>
        new[] { "/proc/net/tcp", "/proc/net/tcp6" }.SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 3 && fields[3] == "0A" && fields[1].Contains(':'))
            .Select(fields => fields[1].Split(':'))
            .Where(local => int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(local => KernelAddress(local[0]))
            .ToList();

    // The kernel prints an address as 32-bit words in host (little-endian) order.
    private static IPAddress KernelAddress(string hex) => new(Enumerable.Range(0, hex.Length / 8)
        .SelectMany(word => Convert.FromHexString(hex.Substring(word * 8, 8)).Reverse())
        .ToArray());
}
