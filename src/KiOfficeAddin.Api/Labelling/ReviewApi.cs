using KiOfficeAddin.Api.Audit;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Guardrails.Labelling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Labelling;

/// <summary>Body of <c>POST /api/v1/assist/{id}/review</c>.</summary>
public sealed record ReviewRequest(string? Role, string? Confirmation);

/// <summary>The updated label of a confirmed answer.</summary>
public sealed record ReviewResponse(Guid Id, AiLabel Label);

/// <summary>
/// The review confirmation (EU AI Act Art. 50(4)): a named role — never a person — confirms an AI-assisted text;
/// its label becomes <c>reviewed</c> and a content-free audit event records it.
/// </summary>
internal static class ReviewApi
{
    /// <summary>The sentence the user confirms with, as the task pane shows it.</summary>
    public const string ConfirmationText = "Ich habe den Text geprüft und übernehme ihn";

    public static WebApplicationBuilder AddLabelling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewOptions>()
            .BindConfiguration(ReviewOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.ReviewerRoles.All(r => !string.IsNullOrWhiteSpace(r)), "Review:ReviewerRoles must not contain empty roles.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AiLabelFactory>();
        builder.Services.AddSingleton<AssistRecords>();
        builder.Services.AddSingleton<AnswerLabelling>();
        builder.Services.TryAddSingleton<ILabelPolicy, DefaultLabelPolicy>();
        return builder;
    }

    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        api.MapPost("/assist/{id:guid}/review", Review).WithTags("Assist").WithName("ReviewAssist")
            .Produces<ReviewResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static IResult Review(
        Guid id,
        ReviewRequest request,
        HttpContext context,
        AssistRecords records,
        IOptions<ReviewOptions> options,
        AuditEventFactory auditEvents,
        IAuditLog audit)
    {
        if (!string.Equals(request.Confirmation?.Trim().TrimEnd('.'), ConfirmationText, StringComparison.Ordinal))
        {
            return new ApiProblem(StatusCodes.Status422UnprocessableEntity, "review_confirmation_missing",
                "Bestätigung fehlt",
                $"Bitte bestätigen Sie die Prüfung mit dem Satz „{ConfirmationText}“.").ToResult();
        }
        var roles = options.Value.ReviewerRoles;
        var role = roles.FirstOrDefault(r => string.Equals(r, request.Role?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            // The detail lists the configured roles, never what was sent: it might be a person's name.
            return new ApiProblem(StatusCodes.Status422UnprocessableEntity, "review_role_unknown", "Rolle unbekannt",
                $"Bitte geben Sie Ihre Rolle an, nicht Ihren Namen. Zulässige Rollen: {string.Join(", ", roles)}.").ToResult();
        }
        if (records.Review(id, role) is not var (record, firstReview))
        {
            return new ApiProblem(StatusCodes.Status404NotFound, "assist_not_found", "Antwort nicht gefunden",
                "Zu dieser Antwort liegen keine Angaben (mehr) vor – sie ist unbekannt oder abgelaufen. " +
                "Bitte lassen Sie den Text neu erstellen.").ToResult();
        }
        if (firstReview)
        {
            audit.Record(auditEvents.Create(AuditEventTypes.AssistReviewed, context.User) with
            {
                UseCase = record.UseCase,
                Model = record.Model,
                DataClass = record.DataClass,
                ReviewStatus = "reviewed",
                ReviewerRole = role,
                PolicyVersion = record.Label.PolicyVersion,
            });
        }
        return TypedResults.Ok(new ReviewResponse(record.Id, record.Label));
    }
}
