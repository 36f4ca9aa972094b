using KiOfficeAddin.Api.Audit;
using KiOfficeAddin.Guardrails.Copyright;
using KiOfficeAddin.Guardrails.Labelling;
using KiOfficeAddin.Guardrails.Readability;

namespace KiOfficeAddin.Api.Labelling;

/// <summary>The facts about a generated answer its label is made of; content-free.</summary>
/// <param name="UseCase">Template id.</param>
/// <param name="RephrasesUserText">The template rephrases the user's own text (composite) rather than writing freely.</param>
/// <param name="Model">Configured model name.</param>
/// <param name="DataClass">Effective data class of the request.</param>
/// <param name="EntityCounts">Protected entities per category.</param>
/// <param name="PolicyVersion">Version of the policy the request was decided under; the one in force when null.</param>
internal sealed record AnswerFacts(
    string UseCase,
    bool RephrasesUserText,
    string Model,
    string? DataClass,
    IReadOnlyDictionary<string, int> EntityCounts,
    string? PolicyVersion = null);

/// <summary>What an answer carries besides its text: record id, label, copyright hints, readability.</summary>
internal sealed record LabelledAnswer(
    Guid Id, AiLabel Label, IReadOnlyList<CopyrightNotice> CopyrightNotices, ReadabilityResult? Readability);

/// <summary>
/// Labels every generated answer in one place: creates the pending label, registers the content-free record the
/// review refers to, checks input and answer for copyright, measures readability for <c>simplify</c>, and records the
/// <c>assist_generated</c> audit event once the answer has been sent.
/// </summary>
internal sealed class AnswerLabelling(
    AiLabelFactory labels,
    AssistRecords records,
    CopyrightChecker copyright,
    AuditEventFactory auditEvents,
    IAuditLog audit,
    ILabelPolicy policy)
{
    /// <summary>Use cases whose answers always carry a readability score (plain language is their purpose).</summary>
    public static bool MeasuresReadability(string useCase) => useCase == "simplify";

    /// <param name="context">The request: its user is the audit event's subject, its response the answer the event waits for.</param>
    public LabelledAnswer Complete(AnswerFacts facts, string input, string answer, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var policyVersion = facts.PolicyVersion ?? policy.Version;
        var label = labels.Create(facts.UseCase, facts.Model, policyVersion, policy.VisibleText) with
        {
            DigitalSourceType = facts.RephrasesUserText
                ? DigitalSourceTypes.CompositeWithTrainedAlgorithmicMedia
                : DigitalSourceTypes.TrainedAlgorithmicMedia,
        };
        var id = records.Register(label, facts.UseCase, facts.DataClass);

        // Input notices point into the input, which the answer's spans do not index: they travel without a span.
        var notices = copyright.CheckInput(input)
            .Select(n => n with { Start = null, End = null })
            .Concat(copyright.CheckOutput(answer, input))
            .ToList();
        var readability = MeasuresReadability(facts.UseCase) ? ReadabilityCalculator.Analyze(answer) : null;

        var auditEvent = auditEvents.Create(AuditEventTypes.AssistGenerated, user) with
        {
            UseCase = facts.UseCase,
            Model = facts.Model,
            DataClass = facts.DataClass,
            EntityCounts = facts.EntityCounts,
            RuleIds = notices.Count == 0 ? null : notices.Select(n => n.Code).Distinct().ToArray(),
            ReviewStatus = "pending",
            PolicyVersion = policyVersion,
        };
        // Recorded once the response has been sent: recording writes the audit log line and queues the store row, which
        // wakes both background writers; done before the answer, their wake-ups competed with its send for a core
        // (bench/README.md, eighteenth session). A request that fails before this point records nothing: no answer left.
        context.Response.OnCompleted(static state => ((PendingRecord)state).RecordOnce(), new PendingRecord(audit, auditEvent));
        return new LabelledAnswer(id, label, notices, readability);
    }

    /// <summary>
    /// One answer's event, recorded at most once: a host may run the completion callbacks of a response that completes and
    /// is aborted in the same moment twice (the test host did, once in a CI run: the audit line twice).
    /// </summary>
    private sealed class PendingRecord(IAuditLog audit, AuditEvent auditEvent)
    {
        private int recorded;

        public Task RecordOnce()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                audit.Record(auditEvent);
            }
            return Task.CompletedTask;
        }
    }
}
