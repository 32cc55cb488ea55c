using System.Security.Cryptography;
using GameScheduler.Core.Calendar;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.Api.CalendarFeed;

/// <summary>
/// The secret address of a user's calendar feed: a 256-bit random token, kept by Core as a digest for lookup and sealed
/// with the Data Protection key ring so the owner can be shown it again. The address's origin is the browser's, as
/// trusted proxies report it, like the login's <c>redirect_uri</c>.
/// </summary>
public sealed class CalendarFeedLinks(CalendarFeeds feeds, IDataProtectionProvider protection)
{
    /// <summary>Longer than any token this class issues; a longer one is unknown without asking the database.</summary>
    public const int MaxTokenLength = 64;

    private readonly IDataProtector _protector = protection.CreateProtector("GameScheduler.Api.CalendarFeed");

    /// <summary>The user's feed address, made on first use; one whose sealed token can no longer be opened is replaced.</summary>
    public async Task<string> CurrentAsync(HttpRequest request, string userId, CancellationToken ct)
    {
        var sealedToken = await feeds.FindSealedTokenAsync(userId, ct);
        if (sealedToken is not null && Unseal(sealedToken) is { } token) return Address(request, token);

        var issued = NewToken();
        var stored = await feeds.StoreAsync(userId, issued, _protector.Protect(issued), replace: sealedToken is not null, ct);
        return Address(request, Unseal(stored) ?? issued);
    }

    /// <summary>Gives the user a new feed address; the old one stops working at once.</summary>
    public async Task<string> ResetAsync(HttpRequest request, string userId, CancellationToken ct)
    {
        var token = NewToken();
        await feeds.StoreAsync(userId, token, _protector.Protect(token), replace: true, ct);
        return Address(request, token);
    }

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Address(HttpRequest request, string token) =>
        $"{request.Scheme}://{request.Host}/api/v1/calendar/{token}.ics";

    private string? Unseal(string sealedToken)
    {
        try
        {
            return _protector.Unprotect(sealedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
