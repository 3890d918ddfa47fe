using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;admin token&gt;</c> as the hub's operator, with access to every portfolio.
/// The token is for the operator's own aipc commands, so it is accepted only from a direct loopback request
/// (<see cref="LocalRequest"/>) unless <c>Security:AdminTokenRemote=true</c>.
/// </summary>
internal sealed class AdminTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminToken token,
    IConfiguration configuration) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminToken";
    public const string RemoteSetting = "Security:AdminTokenRemote";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!configuration.GetValue(RemoteSetting, false) && LocalRequest.WhyNot(Context) is { } notLocal)
        {
            return Task.FromResult(AuthenticateResult.Fail($"the admin token is accepted only from this machine ({notLocal}); set {RemoteSetting}=true to allow it"));
        }

        if (!token.Matches(header["Bearer ".Length..].Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("invalid token"));
        }

        var identity = new ClaimsIdentity([new Claim(HubClaims.PortfolioScope, HubClaims.AllPortfolios)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
