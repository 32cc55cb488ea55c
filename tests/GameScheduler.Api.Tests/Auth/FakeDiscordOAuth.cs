using System.Net;
using System.Text;

namespace GameScheduler.Api.Tests.Auth;

/// <summary>Discord's token endpoint as a test scripts it: each refresh is answered by <see cref="OnRefresh"/>.</summary>
internal sealed class FakeDiscordOAuth : HttpMessageHandler
{
    public List<string> RefreshTokensUsed { get; } = [];

    public Func<Task<HttpResponseMessage>> OnRefresh { get; set; } = () => Task.FromResult(Tokens("access-2", "refresh-2"));

    public static HttpResponseMessage Tokens(string access, string refresh) => Json(HttpStatusCode.OK,
        $$"""{"access_token":"{{access}}","token_type":"Bearer","expires_in":604800,"refresh_token":"{{refresh}}","scope":"identify guilds"}""");

    public static HttpResponseMessage InvalidGrant() => Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = await request.Content!.ReadAsStringAsync(cancellationToken);
        if (request.RequestUri!.AbsolutePath != "/api/v10/oauth2/token" || !form.Contains("grant_type=refresh_token"))
        {
            return Json(HttpStatusCode.NotFound, """{"message":"404: Not Found","code":0}""");
        }

        RefreshTokensUsed.Add(form.Split('&').Single(pair => pair.StartsWith("refresh_token=")).Split('=')[1]);
        return await OnRefresh();
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
