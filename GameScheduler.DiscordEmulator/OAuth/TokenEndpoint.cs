using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace GameScheduler.DiscordEmulator.OAuth;

/// <summary>
/// POST /oauth2/token: the authorization_code and refresh_token grants, client authenticated by
/// client_id/client_secret in the form or by HTTP Basic; errors as OAuth2 error objects.
/// </summary>
public static class TokenEndpoint
{
    public static RouteGroupBuilder MapOAuthToken(this RouteGroupBuilder api)
    {
        api.MapPost("/oauth2/token", ExchangeAsync);
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthError>>> ExchangeAsync(
        HttpRequest request,
        OAuthGrants grants,
        IOptions<EmulatorOptions> options,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var client = ClientCredentials.Read(request.Headers.Authorization, form);
        if (client is null || !client.Matches(options.Value))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Invalid client credentials.");
        }

        return form["grant_type"].ToString() switch
        {
            "authorization_code" => ExchangeCode(form, client.ClientId, grants),
            "refresh_token" => Refresh(form, client.ClientId, grants),
            "" => Error(StatusCodes.Status400BadRequest, "invalid_request", "Missing \"grant_type\" in request."),
            _ => Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Unsupported grant type."),
        };
    }

    private static Results<Ok<TokenResponse>, JsonHttpResult<OAuthError>> ExchangeCode(IFormCollection form, string clientId, OAuthGrants grants)
    {
        var code = form["code"].ToString();
        var redirectUri = form["redirect_uri"].ToString();
        if (code.Length == 0 || redirectUri.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Both \"code\" and \"redirect_uri\" are required.");
        }

        var codeVerifier = form["code_verifier"].ToString();
        return grants.RedeemCode(code, clientId, redirectUri, codeVerifier.Length == 0 ? null : codeVerifier) is { } tokens
            ? TypedResults.Ok(TokenResponse.From(tokens))
            : Error(StatusCodes.Status400BadRequest, "invalid_grant", "Invalid \"code\" in request.");
    }

    private static Results<Ok<TokenResponse>, JsonHttpResult<OAuthError>> Refresh(IFormCollection form, string clientId, OAuthGrants grants) =>
        grants.Refresh(form["refresh_token"].ToString(), clientId) is { } tokens
            ? TypedResults.Ok(TokenResponse.From(tokens))
            : Error(StatusCodes.Status400BadRequest, "invalid_grant", "Invalid \"refresh_token\" in request.");

    private static JsonHttpResult<OAuthError> Error(int statusCode, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), statusCode: statusCode);

    private sealed record ClientCredentials(string ClientId, string ClientSecret)
    {
        /// <summary>HTTP Basic credentials win over form fields, as RFC 6749 prefers.</summary>
        public static ClientCredentials? Read(StringValues authorization, IFormCollection form)
        {
            if (AuthenticationHeaderValue.TryParse(authorization, out var header)
                && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
                && header.Parameter is { } encoded)
            {
                return FromBasic(encoded);
            }

            var clientId = form["client_id"].ToString();
            var clientSecret = form["client_secret"].ToString();
            return clientId.Length == 0 ? null : new ClientCredentials(clientId, clientSecret);
        }

        public bool Matches(EmulatorOptions options) =>
            ClientId == options.ApplicationId
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ClientSecret), Encoding.UTF8.GetBytes(options.ClientSecret));

        private static ClientCredentials? FromBasic(string encoded)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var separator = decoded.IndexOf(':', StringComparison.Ordinal);
                return separator < 0 ? null : new ClientCredentials(decoded[..separator], decoded[(separator + 1)..]);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, string Scope)
{
    public static TokenResponse From(IssuedTokens tokens) =>
        new(tokens.AccessToken, "Bearer", (int)tokens.ExpiresIn.TotalSeconds, tokens.RefreshToken, tokens.Scope);
}

public sealed record OAuthError(string Error, string ErrorDescription);
