namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

public static class DiscordAssert
{
    /// <summary>Asserts a Discord JSON error <c>{"message","code"}</c> with this status and code, and returns it.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, int code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error;
    }
}
