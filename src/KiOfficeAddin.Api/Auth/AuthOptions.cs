using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Auth;

public enum AuthMode
{
    /// <summary>Bearer tokens from Microsoft Entra ID (nested app authentication in the task pane).</summary>
    EntraId,

    /// <summary>A fixed local user with every role; only for a developer's machine.</summary>
    Development,
}

public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    [Required]
    public AuthMode Mode { get; set; } = AuthMode.EntraId;

    /// <summary>The scope the task pane requests for this API (Entra ID mode).</summary>
    [Required]
    public string RequiredScope { get; set; } = "access_as_user";
}

/// <summary>Refuses a configuration that would let anyone in outside a developer's machine.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<AuthOptions>
{
    private static readonly string[] EntraIdKeys = ["AzureAd:TenantId", "AzureAd:ClientId"];

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (options.Mode == AuthMode.Development && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"Auth:Mode=Development is only allowed when ASPNETCORE_ENVIRONMENT=Development (current: {environment.EnvironmentName}). Use Auth:Mode=EntraId.");
        }
        if (options.Mode == AuthMode.EntraId)
        {
            var missing = EntraIdKeys
                .Where(key => string.IsNullOrWhiteSpace(configuration[key]))
                .ToList();
            if (missing.Count > 0)
            {
                return ValidateOptionsResult.Fail($"Auth:Mode=EntraId needs {string.Join(" and ", missing)}.");
            }
        }
        return ValidateOptionsResult.Success;
    }
}
