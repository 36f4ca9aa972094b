using System.ClientModel;
using KiOfficeAddin.Api.Errors;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Turns whatever a model call threw into a German problem without user text. Semantic Kernel and the OpenAI SDK
/// surface the same fault differently per path (docs/stack.md), so the whole inner-exception chain is inspected.
/// </summary>
internal static class ModelFailures
{
    public static readonly ApiProblem NoModelConfigured = new(503, "no_model_configured", "Kein KI-Modell angebunden",
        "Für diese Installation ist noch kein KI-Modell eingerichtet. Die IT kann ein freigegebenes Modell unter " +
        "'Llm:Models' in der Konfiguration eintragen (siehe README, Abschnitt \"Connect a model\"). Prüfen und " +
        "alle anderen Funktionen stehen weiter zur Verfügung.");

    public static readonly ApiProblem NoApprovedModel = new(503, "no_approved_model", "Kein freigegebenes KI-Modell",
        "Es ist kein vollständig beschriebenes und freigegebenes KI-Modell verfügbar. Ohne Freigabe durch die " +
        "Behördenleitung wird kein Modell aufgerufen. Bitte wenden Sie sich an die IT.");

    public static readonly ApiProblem Timeout = new(504, "model_timeout", "Zeitüberschreitung",
        "Das KI-Modell hat nicht rechtzeitig geantwortet. Ihr Text ist nicht verloren; bitte versuchen Sie es erneut.");

    public static readonly ApiProblem Busy = new(503, "model_busy", "KI-Modell ausgelastet",
        "Das KI-Modell ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute erneut.");

    public static readonly ApiProblem Unavailable = new(503, "model_unavailable", "KI-Modell nicht erreichbar",
        "Das KI-Modell ist vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.");

    public static readonly ApiProblem Failed = new(502, "model_error", "Fehler beim KI-Modell",
        "Das KI-Modell hat mit einem Fehler geantwortet. Ihr Text ist nicht verloren; bitte versuchen Sie es erneut.");

    public static readonly ApiProblem InvalidAnswer = new(502, "model_invalid_answer", "Ungültige Antwort des KI-Modells",
        "Das KI-Modell hat keine verwertbare Antwort geliefert. Bitte versuchen Sie es erneut.");

    public static readonly ApiProblem EgressBlocked = new(422, "egress_blocked", "Nicht gesendet: ungeschützte Daten",
        "Der Text enthielt nach der Pseudonymisierung noch personenbezogene Daten. Zum Schutz wurde nichts an das " +
        "KI-Modell gesendet. Bitte entfernen Sie persönliche Angaben aus den Hinweisen oder kürzen Sie den Text.");

    public static ApiProblem ToProblem(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case EgressBlockedException:
                    return EgressBlocked;
                case TimeoutRejectedException or TimeoutException:
                    return Timeout;
                case BrokenCircuitException:
                    return Unavailable;
                case HttpOperationException { StatusCode: { } status }:
                    return ForStatus((int)status);
                case ClientResultException { Status: > 0 } clientResult:
                    return ForStatus(clientResult.Status);
                case ArgumentOutOfRangeException or System.Text.Json.JsonException or FormatException or KeyNotFoundException:
                    return InvalidAnswer;
                case HttpRequestException or IOException:
                    return Unavailable;
            }
        }
        return exception is OperationCanceledException ? Timeout : Failed;
    }

    private static ApiProblem ForStatus(int status) => status switch
    {
        429 => Busy,
        408 or 504 => Timeout,
        503 => Unavailable,
        _ => Failed,
    };
}
