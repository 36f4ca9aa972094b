using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Api.Policy;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.Names;
using KiOfficeAddin.Guardrails.Policy;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The body of <c>POST /api/v1/assist</c>. <paramref name="ProtectNames"/>: names the user wants protected besides what
/// the detector finds ("Weitere Namen schützen").
/// </summary>
public sealed record AssistRequest(
    string? UseCase, string? Text, string? Channel, string? Tone, string? Instructions, string? DataClass,
    IReadOnlyList<string>? ProtectNames = null);

/// <summary>A notice shown with the answer (copyright, policy, restoration); the span indexes the answer text.</summary>
public sealed record AssistNotice(string Code, string Message, int? Start = null, int? End = null);

/// <summary>
/// A request that passed validation, policy and pseudonymisation, ready for the model. Dispose it when the request is
/// over: that ends the registration of its pseudonymised texts with the egress guard.
/// </summary>
internal sealed record PreparedAssist(
    UseCaseTemplate Template,
    ModelEntry Model,
    string OriginalText,
    PseudonymizedText Pseudonymized,
    KernelArguments Arguments,
    IReadOnlyList<AssistNotice> Notices,
    PolicyDecision Decision,
    IDisposable OutboundRegistration) : IDisposable
{
    public void Dispose() => OutboundRegistration.Dispose();

    public PseudonymMap Map => Pseudonymized.Map;

    private readonly List<AssistNotice> notices = [.. Notices];

    // Read for the label and again for the response: counted once.
    public IReadOnlyDictionary<string, int> ProtectedEntities => protectedEntities ??=
        Map.CountByCategory.ToDictionary(pair => pair.Key.ToContractName(), pair => pair.Value);

    private IReadOnlyDictionary<string, int>? protectedEntities;

    /// <summary>Notices so far: those from preparation plus those found while answering.</summary>
    public IReadOnlyList<AssistNotice> AllNotices => notices;

    /// <summary>Placeholders the model invented are left visible; the user is told to check them.</summary>
    public void Report(RestorationReport report)
    {
        if (report.HasUnknown)
        {
            notices.Add(new AssistNotice("unknown_placeholder",
                $"Die KI hat {report.Unknown} Platzhalter verwendet, die es im Ausgangstext nicht gab (z. B. " +
                $"{report.UnknownPlaceholders[0]}). Bitte ersetzen Sie sie vor der Übernahme durch die richtigen Angaben."));
        }
    }
}

/// <summary>
/// The guarded generation pipeline: validate → choose an approved model → pseudonymise text and instructions with one
/// map → invoke the use case's prompt function through Semantic Kernel (filters, then the egress guard) → strip chatter
/// → restore the original values. The map lives only in this request.
/// </summary>
internal sealed class AssistService(
    Leitfaden leitfaden,
    ModelRegistry registry,
    PiiDetector detector,
    Pseudonymizer pseudonymizer,
    PolicyGate policy,
    PseudonymizedTextRegistry outbound,
    Kernel kernel)
{
    internal const int MaxInstructionsLength = 2_000;

    // Joins text and instructions for one pseudonymisation pass, so a person named in both gets one placeholder.
    // It holds no letter or digit, so no entity can end inside it.
    private const string Separator = "\n\n\u2063\u2063\u2063\n\n";

    public async Task<PreparedAssist> PrepareAsync(AssistRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var template = leitfaden.Find(request.UseCase)
            ?? throw Problem(400, "use_case_unknown", "Unbekannte Aufgabe",
                "Diese Aufgabe gibt es im Leitfaden nicht. Bitte wählen Sie eine Vorlage aus der Liste.");
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw Problem(400, "text_missing", "Text fehlt", "Bitte markieren oder fügen Sie den Text ein, mit dem die KI arbeiten soll.");
        }
        if (request.Channel is not ("word" or "outlook"))
        {
            throw Problem(400, "channel_invalid", "Unbekannte Anwendung", "Das Feld \"channel\" muss \"word\" oder \"outlook\" sein.");
        }
        var tone = request.Tone ?? template.DefaultTone ?? "";
        if (request.Tone is not null && !template.Tones.Contains(request.Tone, StringComparer.Ordinal))
        {
            throw Problem(400, "tone_invalid", "Unbekannter Ton",
                template.Tones.Count == 0
                    ? "Für diese Aufgabe gibt es keine Tonauswahl."
                    : $"Bitte wählen Sie einen dieser Töne: {string.Join(", ", template.Tones)}.");
        }
        var instructions = request.Instructions ?? "";
        if (instructions.Length > MaxInstructionsLength)
        {
            throw Problem(400, "instructions_too_long", "Hinweise zu lang",
                $"Bitte fassen Sie Ihre Hinweise in höchstens {MaxInstructionsLength} Zeichen.");
        }
        if (template.Id == "reply" && string.IsNullOrWhiteSpace(instructions))
        {
            throw Problem(400, "key_points_missing", "Stichpunkte fehlen",
                "Für einen Antwortentwurf brauchen wir Ihre Stichpunkte: Was soll die Antwort sagen?");
        }
        if (Guard.GuardApi.ValidateProtectNames(request.ProtectNames) is { } namesProblem)
        {
            throw new ApiProblemException(namesProblem);
        }
        if (registry.IsEmpty)
        {
            throw new ApiProblemException(ModelFailures.NoModelConfigured);
        }

        var combined = string.IsNullOrEmpty(instructions) ? request.Text : request.Text + Separator + instructions;
        var analysis = UserMarkedNames.AddTo(detector.Analyze(combined), combined, request.ProtectNames);
        // The works agreement decides the model (or refuses) before anything is sent anywhere.
        var decision = await policy.DecideAsync(user,
            new AssistPolicyRequest(template.Id, request.Text, request.Instructions, request.DataClass ?? template.DefaultDataClass, analysis),
            PolicyModels, registry.DefaultModel?.Name, cancellationToken);
        if (!decision.Allowed)
        {
            throw decision.ToException();
        }
        var model = registry.Find(decision.ModelName!) is { Callable: true } chosen
            ? chosen
            : throw new ApiProblemException(ModelFailures.NoApprovedModel);

        var pseudonymized = pseudonymizer.Pseudonymize(combined, analysis);
        var parts = pseudonymized.Text.Split(Separator);
        if (parts.Length != (string.IsNullOrEmpty(instructions) ? 1 : 2))
        {
            throw new ApiProblemException(ModelFailures.EgressBlocked);
        }
        var settings = new OpenAIPromptExecutionSettings { ServiceId = model.Name, Temperature = 0.3 };
        var arguments = PseudonymizedArguments.Sealed(new KernelArguments(settings)
        {
            ["text"] = parts[0],
            ["tone"] = tone,
            ["instructions"] = parts.Length > 1 ? InstructionsFor(template, parts[1]) : "",
        });
        return new PreparedAssist(template, model, request.Text, pseudonymized, arguments,
            [.. decision.Notices.Select(notice => new AssistNotice(notice.Code, notice.Message))], decision,
            outbound.Register(parts));
    }

    /// <summary>The JSON path: one model call, the whole answer cleaned and restored.</summary>
    public async Task<string> CompleteAsync(PreparedAssist prepared, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(prepared.Model.Timeout);
        string? answer;
        try
        {
            var result = await kernel.InvokeAsync(prepared.Template.Function, prepared.Arguments, timeout.Token);
            answer = result.GetValue<string>();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ApiProblemException(ModelFailures.Timeout);
        }
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new ApiProblemException(ModelFailures.InvalidAnswer);
        }
        var restored = prepared.Map.RestoreWithReport(AnswerCleaner.Clean(answer));
        prepared.Report(restored.Report);
        return restored.Text;
    }

    /// <summary>
    /// The streaming path: restored text as it arrives. Cancelling <paramref name="cancellationToken"/> (the client
    /// went away) cancels the model call; the model's own timeout becomes <see cref="ModelFailures.Timeout"/>.
    /// </summary>
    public async IAsyncEnumerable<string> StreamAsync(PreparedAssist prepared, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(prepared.Model.Timeout);
        var cleaner = new AnswerCleaner();
        var restorer = prepared.Map.CreateStreamingRestorer();
        var received = 0;
        await using var updates = kernel.InvokeStreamingAsync<StreamingChatMessageContent>(
            prepared.Template.Function, prepared.Arguments, timeout.Token).GetAsyncEnumerator(timeout.Token);
        while (await NextAsync(updates, timeout, cancellationToken))
        {
            var chunk = TextOf(updates.Current);
            if (string.IsNullOrEmpty(chunk))
            {
                continue;
            }
            received += chunk.Length;
            var released = restorer.Push(cleaner.Push(chunk));
            if (released.Length > 0)
            {
                yield return released;
            }
        }
        if (received == 0)
        {
            throw new ApiProblemException(ModelFailures.InvalidAnswer);
        }
        var rest = restorer.Push(cleaner.Complete()) + restorer.Complete();
        prepared.Report(restorer.Report);
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>
    /// What <see cref="StreamingChatMessageContent.Content"/> returns (the first text item's text), without the LINQ
    /// iterator that property allocates for each of the hundreds of chunks of an answer.
    /// </summary>
    private static string? TextOf(StreamingChatMessageContent update)
    {
        var items = update.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is StreamingTextContent text)
            {
                return text.Text;
            }
        }
        return null;
    }

    private static async Task<bool> NextAsync(
        IAsyncEnumerator<StreamingChatMessageContent> updates, CancellationTokenSource timeout, CancellationToken clientGone)
    {
        try
        {
            return await updates.MoveNextAsync();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !clientGone.IsCancellationRequested)
        {
            throw new ApiProblemException(ModelFailures.Timeout);
        }
    }

    /// <summary>The registry as the policy sees it; unknown data class names are dropped (fail closed).</summary>
    private IReadOnlyList<ModelDescriptor> PolicyModels => policyModels ??= [.. registry.Models.Select(m => new ModelDescriptor(
        m.Name, m.Approved, m.OnPremises, m.Complete,
        m.DataClasses.Select(c => DataClassNames.TryParse(c, out var dataClass) ? dataClass : (DataClass?)null)
            .OfType<DataClass>().ToHashSet(),
        m.ApprovalReference, m.Region))];

    private IReadOnlyList<ModelDescriptor>? policyModels;

    private static string InstructionsFor(UseCaseTemplate template, string pseudonymizedInstructions) =>
        template.Id == "reply"
            ? pseudonymizedInstructions
            : "Zusätzliche Hinweise der Sachbearbeitung: " + pseudonymizedInstructions;

    private static ApiProblemException Problem(int status, string code, string title, string detail) =>
        new(new ApiProblem(status, code, title, detail));
}
