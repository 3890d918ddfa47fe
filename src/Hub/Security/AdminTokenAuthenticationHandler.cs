using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>Authenticates <c>Authorization: Bearer &lt;admin token&gt;</c> as the hub's operator, with access to every portfolio.</summary>
internal sealed class AdminTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminToken token) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!token.Matches(header["Bearer ".Length..].Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("invalid token"));
        }

        var identity = new ClaimsIdentity([new Claim(HubClaims.PortfolioScope, HubClaims.AllPortfolios)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
