using System.Net;
using System.Text;
using GameScheduler.Api.Games;
using Microsoft.AspNetCore.Builder;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>Input the framework cannot bind is a 400 ProblemDetails naming the field, never a 500.</summary>
public sealed class BadRequestTests : IAsyncLifetime
{
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await ConventionsHost.StartAsync(app =>
    {
        app.MapPost("/api/v1/games", (GameRequest request) => TypedResults.Ok(request.MaxPlayers));
        app.MapGet("/api/v1/games", (int? page) => TypedResults.Ok(page));
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("""{"max_players":"many"}""", "max_players")]
    [InlineData("""{"scheduled_at":"next friday"}""", "scheduled_at")]
    [InlineData("""{"guild_id":{"id":1}}""", "guild_id")]
    [InlineData("""{"signup_method":"FIRST_COME"}""", "signup_method")]
    [InlineData("""{"reminder_minutes":[60,"soon"]}""", "reminder_minutes[1]")]
    public async Task A_field_of_the_wrong_type_is_named_in_the_errors(string body, string field)
    {
        using var response = await PostAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_bad_request()
    {
        using var response = await PostAsync("{ this is not json");

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_is_a_bad_request()
    {
        using var response = await _host.Client.GetAsync("/api/v1/games?page=first");

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Numbers_sent_as_strings_are_accepted_as_browsers_forms_send_them()
    {
        using var response = await PostAsync("""{"max_players":"12"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/games")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return _host.Client.SendAsync(request);
    }
}
