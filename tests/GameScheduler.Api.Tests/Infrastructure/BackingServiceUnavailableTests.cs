using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StackExchange.Redis;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>PostgreSQL or Valkey out of reach is a 503 problem with Retry-After, never a 500; a bug in a query stays a 500.</summary>
public sealed class BackingServiceUnavailableTests : IAsyncLifetime
{
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.MapGet("/postgres-refused", () => Throw(Unreachable()));
        app.MapGet("/postgres-shutting-down", () => Throw(new PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P03")));
        app.MapGet("/postgres-retries-exhausted", () => Throw(new RetryLimitExceededException("Maximum number of retries (3) exceeded.", Unreachable())));
        app.MapGet("/valkey-unreachable", () => Throw(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is available.")));
        app.MapGet("/valkey-timeout", () => Throw(new RedisTimeoutException("Timeout awaiting response.", CommandStatus.Sent)));
        app.MapGet("/postgres-constraint", () => Throw(new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/postgres-refused")]
    [InlineData("/postgres-shutting-down")]
    [InlineData("/postgres-retries-exhausted")]
    [InlineData("/valkey-unreachable")]
    [InlineData("/valkey-timeout")]
    public async Task A_backing_service_out_of_reach_is_a_503_problem_with_retry_after(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Service temporarily unavailable", problem.GetProperty("title").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
    }

    [Fact]
    public async Task A_failure_that_retrying_cannot_fix_is_not_an_outage()
    {
        using var response = await _host.Client.GetAsync("/postgres-constraint");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static NpgsqlException Unreachable() =>
        new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static IResult Throw(Exception exception) => throw exception;
}
