using KiOfficeAddin.Guardrails.Pii;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace KiOfficeAddin.Api.Logging;

/// <summary>
/// The logging safety net: whatever a careless log line passes, personal data and document text do not reach a sink.
/// <list type="bullet">
/// <item>properties whose names suggest content (text, body, prompt …) are withheld;</item>
/// <item>long strings are withheld (a log property is an id, a count or a code, never prose);</item>
/// <item>short strings and the message template are scanned by the PII detector and masked by category;</item>
/// <item>exceptions keep their type and stack but lose their message, which may quote user input.</item>
/// </list>
/// </summary>
internal sealed class RedactingSink(Logger inner, PiiDetector detector) : ILogEventSink, IDisposable
{
    internal const int MaxStringLength = 160;

    private static readonly string[] ContentPropertyNames =
        ["text", "body", "prompt", "content", "document", "input", "output", "answer", "completion", "mail", "query", "querystring"];

    private static readonly MessageTemplateParser Parser = new();

    // Strings the detector found clean (templates, paths, source contexts, codes) repeat on every request; remembering
    // them keeps the safety net off the hot path. Only clean strings are kept, never one that held personal data.
    private const int CleanCacheCapacity = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> knownClean = new(StringComparer.Ordinal);

    public void Emit(LogEvent logEvent)
    {
        var template = logEvent.MessageTemplate;
        if (NeedsMasking(template.Text))
        {
            template = Parser.Parse("Log message withheld: its template contained personal data or document text");
        }
        var properties = logEvent.Properties
            .Select(p => new LogEventProperty(p.Key, RedactProperty(p.Key, p.Value)));
        var exception = logEvent.Exception is null or OptionsValidationException
            ? logEvent.Exception // option errors name a configuration key, never user data: operators need them
            : new RedactedException(logEvent.Exception);
        inner.Write(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties,
            logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    public void Dispose() => inner.Dispose();

    private LogEventPropertyValue RedactProperty(string name, LogEventPropertyValue value)
    {
        if (IsContentName(name))
        {
            return new ScalarValue("[withheld]");
        }
        // Kestrel's and the trace's ids ("0HNQ7K2M4J3L1:00000001") look like document numbers to the detector; masked,
        // the audit line lost the one value that ties it to a request. Only the framework's id shape passes unscanned.
        if (value is ScalarValue { Value: string id } && IsFrameworkId(name, id))
        {
            return value;
        }
        return Redact(value);
    }

    private static readonly string[] FrameworkIdPropertyNames = ["RequestId", "ConnectionId", "TraceId", "SpanId", "ParentId"];

    /// <summary>A framework id property holding letters, digits and ':', '.', '-' only, at most 64 characters.</summary>
    internal static bool IsFrameworkId(string name, string value)
    {
        if (value.Length is 0 or > 64 || Array.IndexOf(FrameworkIdPropertyNames, name) < 0)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not (':' or '.' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => new ScalarValue(RedactString(s)),
        ScalarValue { Value: char[] or ReadOnlyMemory<char> } => new ScalarValue("[withheld]"),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(
            structure.Properties.Select(p => new LogEventProperty(p.Name, RedactProperty(p.Name, p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(
            dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                new ScalarValue(e.Key.Value is string k ? RedactString(k) : e.Key.Value), Redact(e.Value)))),
        _ => value,
    };

    private string RedactString(string value)
    {
        if (value.Length > MaxStringLength)
        {
            return $"[withheld: {value.Length} characters]";
        }
        if (knownClean.ContainsKey(value))
        {
            return value;
        }
        var analysis = detector.Analyze(value);
        if (analysis.Entities.Count == 0)
        {
            RememberClean(value);
            return value;
        }
        var masked = new System.Text.StringBuilder(value.Length);
        var position = 0;
        foreach (var entity in analysis.Entities)
        {
            masked.Append(value, position, entity.Start - position).Append('[').Append(entity.Category.ToContractName()).Append(']');
            position = entity.End;
        }
        return masked.Append(value, position, value.Length - position).ToString();
    }

    private bool NeedsMasking(string templateText)
    {
        if (knownClean.ContainsKey(templateText))
        {
            return false;
        }
        if (templateText.Length > 400 || detector.Analyze(templateText).Entities.Count > 0)
        {
            return true;
        }
        RememberClean(templateText);
        return false;
    }

    private void RememberClean(string value)
    {
        if (knownClean.Count >= CleanCacheCapacity)
        {
            knownClean.Clear();
        }
        knownClean.TryAdd(value, true);
    }

    private static bool IsContentName(string name)
    {
        foreach (var content in ContentPropertyNames)
        {
            if (name.Equals(content, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Stands in for a logged exception: same type name and stack, no message (it may quote user input).</summary>
internal sealed class RedactedException(Exception original)
    : Exception($"{original.GetType().FullName}: message withheld", original.InnerException is null ? null : new RedactedException(original.InnerException))
{
    public override string? StackTrace => original.StackTrace;

    public override string ToString() =>
        $"{Message}{(InnerException is null ? "" : $" ---> {InnerException}")}{Environment.NewLine}{StackTrace}";
}
