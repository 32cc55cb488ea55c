using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.Discord.OAuth;

/// <summary>
/// PKCE (RFC 7636) with S256: the authorize request carries only the hash of a secret verifier, and the code exchange
/// the verifier itself, so a code caught on its way back to the browser is of no use to anyone else.
/// </summary>
public static class Pkce
{
    public const string Method = "S256";

    /// <summary>A fresh verifier: 32 random bytes, base64url (43 characters, within RFC 7636's 43-128).</summary>
    public static string NewVerifier() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
