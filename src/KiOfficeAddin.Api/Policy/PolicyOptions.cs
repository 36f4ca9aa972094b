using System.ComponentModel.DataAnnotations;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Policy;

public sealed class PolicyOptions
{
    public const string SectionName = "Policy";

    /// <summary>The policy file (YAML); a relative path is resolved against the content root, then the app folder.</summary>
    [Required]
    public string Path { get; set; } = "Policy/dienstvereinbarung.policy.yaml";

    /// <summary>How often the file is checked for changes.</summary>
    [Range(1, 3600)]
    public int ReloadIntervalSeconds { get; set; } = 2;

    /// <summary>The claim naming the user's department (for use cases per department).</summary>
    [Required]
    public string DepartmentClaimType { get; set; } = "department";

    /// <summary>Department assumed for users whose token carries no department claim.</summary>
    public string? DefaultDepartment { get; set; }

    [Required]
    [ValidateObjectMembers]
    public AiLiteracyOptions AiLiteracy { get; set; } = new();
}

/// <summary>How the server recognises AI-literacy training (EU AI Act Art. 4).</summary>
public sealed class AiLiteracyOptions
{
    /// <summary>The app role that proves the training.</summary>
    [Required]
    public string RoleName { get; set; } = "KI.Kompetenz";

    /// <summary>Alternatively a claim type that proves the training (any value but "false").</summary>
    public string? ClaimType { get; set; }

    /// <summary>Optional claim holding the date the training certificate expires (ISO 8601 date).</summary>
    public string? ExpiryClaimType { get; set; }

    /// <summary>Accept a recorded acknowledgement instead of the training; allowed only in Development.</summary>
    public bool AcceptAcknowledgement { get; set; }

    /// <summary>HMAC key for the pseudonymous user id of acknowledgements (at least 32 characters).</summary>
    public string? AcknowledgementKey { get; set; }
}

/// <summary>
/// Refuses to start with a policy file that is missing or invalid (naming the problem), and with acknowledgements
/// outside Development, where only the training itself may unlock generation.
/// </summary>
internal sealed class PolicyOptionsValidator(IHostEnvironment environment) : IValidateOptions<PolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyOptions options)
    {
        var failures = new List<string>();
        var path = PolicyFileLocation.Resolve(options.Path, environment);
        try
        {
            PolicyDocumentLoader.LoadFile(path);
        }
        catch (PolicyLoadException e)
        {
            failures.Add($"Policy:Path '{path}': {e.Message}");
        }
        if (options.AiLiteracy.AcceptAcknowledgement)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"Policy:AiLiteracy:AcceptAcknowledgement=true is only allowed when ASPNETCORE_ENVIRONMENT=Development (current: {environment.EnvironmentName}); elsewhere the training role is required.");
            }
            if ((options.AiLiteracy.AcknowledgementKey?.Length ?? 0) < 32)
            {
                failures.Add("Policy:AiLiteracy:AcknowledgementKey must hold at least 32 characters when acknowledgements are accepted.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal static class PolicyFileLocation
{
    public static string Resolve(string path, IHostEnvironment environment)
    {
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
        }
        var fromContentRoot = System.IO.Path.Combine(environment.ContentRootPath, path);
        return File.Exists(fromContentRoot) ? fromContentRoot : System.IO.Path.Combine(AppContext.BaseDirectory, path);
    }
}
