namespace KiOfficeAddin.Api.Errors;

/// <summary>
/// An error a user sees: a stable <see cref="Code"/> for programs, a German title and detail for people.
/// Never put the user's text or a detected value into <see cref="Detail"/>.
/// </summary>
public sealed record ApiProblem(int Status, string Code, string Title, string Detail)
{
    /// <summary>The RFC 9457 <c>type</c>: a stable URI per code.</summary>
    public string Type => $"https://kiofficeaddin.example/probleme/{Code}";
}

/// <summary>Thrown by handlers and services to answer with a known problem; the exception handler renders it.</summary>
public sealed class ApiProblemException(ApiProblem problem) : Exception(problem.Code)
{
    public ApiProblem Problem { get; } = problem;
}

/// <summary>The problems the host itself answers with, by HTTP status, in German.</summary>
public static class HostProblems
{
    public static ApiProblem ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new(status, "bad_request", "Ungültige Anfrage",
            "Die Anfrage konnte nicht gelesen werden. Bitte prüfen Sie die Eingabe und versuchen Sie es erneut."),
        StatusCodes.Status401Unauthorized => new(status, "unauthenticated", "Anmeldung erforderlich",
            "Sie sind nicht angemeldet. Bitte melden Sie sich mit Ihrem Dienstkonto an."),
        StatusCodes.Status403Forbidden => new(status, "forbidden", "Keine Berechtigung",
            "Für diese Funktion fehlt Ihnen die Berechtigung. Wenden Sie sich bei Bedarf an die IT."),
        StatusCodes.Status404NotFound => new(status, "not_found", "Nicht gefunden",
            "Die angefragte Adresse gibt es nicht."),
        StatusCodes.Status405MethodNotAllowed => new(status, "method_not_allowed", "Methode nicht erlaubt",
            "Diese Adresse unterstützt die verwendete Methode nicht."),
        StatusCodes.Status413PayloadTooLarge => new(status, "payload_too_large", "Text zu lang",
            "Der gesendete Text ist zu groß. Bitte wählen Sie einen kürzeren Abschnitt aus."),
        StatusCodes.Status415UnsupportedMediaType => new(status, "unsupported_media_type", "Format nicht unterstützt",
            "Bitte senden Sie die Anfrage als JSON (Content-Type: application/json)."),
        StatusCodes.Status429TooManyRequests => new(status, "too_many_requests", "Zu viele Anfragen",
            "Bitte warten Sie einen Moment und versuchen Sie es dann erneut."),
        StatusCodes.Status503ServiceUnavailable => new(status, "service_unavailable", "Dienst nicht verfügbar",
            "Der Dienst ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut."),
        >= 500 => new(status, "internal_error", "Interner Fehler",
            "Es ist ein unerwarteter Fehler aufgetreten. Ihr Text ist nicht verloren; bitte versuchen Sie es erneut."),
        _ => new(status, "error", "Fehler", "Die Anfrage konnte nicht bearbeitet werden."),
    };
}
