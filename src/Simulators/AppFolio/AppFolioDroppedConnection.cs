using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Settings;

namespace AiPhoneCoverage.Simulators;

/// <summary>
/// Closes the connection of the request being answered, without a status line: WireMock's own faults still send one
/// (EMPTY_RESPONSE is an empty 200). The server registers ASP.NET Core's <see cref="IHttpContextAccessor"/>, so that a
/// response callback can reach the connection it runs for and abort it.
/// </summary>
internal static class AppFolioDroppedConnection
{
    /// <summary>WireMock settings for a server whose callbacks may drop connections.</summary>
    public static void Enable(WireMockServerSettings settings) =>
        settings.AdditionalServiceRegistration = services => services.AddHttpContextAccessor();

    /// <summary>Aborts the current request's connection; the answer returned after it never reaches the client.</summary>
    public static ResponseMessage Drop()
    {
        new HttpContextAccessor().HttpContext?.Abort();
        return new ResponseMessage { StatusCode = 200 };
    }
}
