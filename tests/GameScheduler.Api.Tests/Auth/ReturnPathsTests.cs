using GameScheduler.Api.Auth;

namespace GameScheduler.Api.Tests.Auth;

/// <summary>After login the browser goes back only to a path of this site: the login is no open redirect.</summary>
public sealed class ReturnPathsTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/guilds/1200000000000000001/games")]
    [InlineData("/games/0193a3f0?tab=players#roster")]
    public void A_local_path_is_kept(string path) => Assert.Equal(path, ReturnPaths.Sanitize(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("https://evil.example/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("games")]
    [InlineData("/\r\nLocation: https://evil.example")]
    public void Anything_else_lands_on_the_home_page(string? returnTo) => Assert.Equal("/", ReturnPaths.Sanitize(returnTo));
}
