using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Auth;

/// <summary>Signs every request in as one fixed local user holding every role. Allowed only in Development.</summary>
internal sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var claims = new List<Claim>
        {
            new(ApiClaims.ObjectId, DevelopmentUser.ObjectId),
            new(ClaimTypes.Name, DevelopmentUser.DisplayName),
            new(ApiClaims.Scope, "access_as_user"),
            new(ApiClaims.Department, DevelopmentUser.Department),
        };
        claims.AddRange(ApiRoles.All.Select(role => new Claim(ClaimTypes.Role, role)));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

public static class DevelopmentUser
{
    public const string ObjectId = "00000000-0000-0000-0000-00000000dev1";
    public const string DisplayName = "Entwicklung (lokal)";
    public const string Department = "Entwicklung";
}

/// <summary>Claim types this API reads from Entra ID tokens.</summary>
public static class ApiClaims
{
    public const string ObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string Scope = "http://schemas.microsoft.com/identity/claims/scope";
    public const string Department = "department";
}

/// <summary>App roles defined on the Entra ID app registration.</summary>
public static class ApiRoles
{
    /// <summary>Completed the AI-literacy training (EU AI Act Art. 4).</summary>
    public const string AiLiteracy = "KI.Kompetenz";

    /// <summary>Data-protection officer / staff council: reads aggregated audit reports.</summary>
    public const string AuditReader = "Audit.Leser";

    public static readonly IReadOnlyList<string> All = [AiLiteracy, AuditReader];
}
