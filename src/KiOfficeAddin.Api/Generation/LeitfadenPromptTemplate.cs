using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Renders the Leitfaden's chat prompts (text and <c>{{$variable}}</c> blocks, nothing else) for Semantic Kernel's prompt
/// functions; any other template goes to Semantic Kernel's own factory. The kernel still does everything around it:
/// argument defaults, the prompt render filters (<see cref="PseudonymizedArgumentsFilter"/>), parsing the rendered
/// <c>&lt;message&gt;</c> elements into the chat history and the call.
/// </summary>
/// <remarks>
/// Why: Semantic Kernel's template encodes a value with <c>HttpUtility.HtmlEncode</c>, which writes every umlaut and ß
/// as a numeric entity (<c>&amp;#228;</c>) that the prompt's XML parse then decodes again — for a 4 KB letter, per
/// request, a slow character loop and a longer prompt to parse. Here a value gets only what XML text needs: <c>&amp;</c>,
/// <c>&lt;</c> and <c>&gt;</c> as entities (so user text cannot open or close a message and change its role) and an
/// unpaired surrogate as U+FFFD, as the HTML encoder writes it. The parsed chat history is the same
/// (<c>LeitfadenPromptTemplateTests</c> compares both renderings on every template with the dev corpus and edge cases).
/// A value XML cannot carry at all (a control character such as Word's page break) makes the kernel's parse fail and
/// send the rendered prompt as it is; such a request, and any value that is not a string, is rendered by Semantic
/// Kernel's own template, so that even that prompt is the same as before.
/// </remarks>
internal sealed partial class LeitfadenPromptTemplateFactory : IPromptTemplateFactory
{
    /// <summary>Our factory first, Semantic Kernel's for anything it does not take.</summary>
    public static IPromptTemplateFactory WithFallback { get; } =
        new AggregatorPromptTemplateFactory(new LeitfadenPromptTemplateFactory(), new KernelPromptTemplateFactory());

    public bool TryCreate(PromptTemplateConfig templateConfig, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPromptTemplate? result)
    {
        ArgumentNullException.ThrowIfNull(templateConfig);
        result = null;
        if (templateConfig.TemplateFormat != PromptTemplateConfig.SemanticKernelTemplateFormat
            || templateConfig.AllowDangerouslySetContent
            || templateConfig.InputVariables.Any(variable => variable.AllowDangerouslySetContent))
        {
            return false;
        }
        var template = templateConfig.Template;
        var parts = new List<(string Text, string? Variable)>();
        var at = 0;
        foreach (Match block in VariableBlock().Matches(template))
        {
            parts.Add((template[at..block.Index], null));
            parts.Add(("", block.Groups["name"].Value));
            at = block.Index + block.Length;
        }
        parts.Add((template[at..], null));
        // Braces left in the text would be another kind of block (a function call, an escape): not ours to render.
        if (parts.Any(part => part.Variable is null && part.Text.AsSpan().IndexOfAny('{', '}') >= 0))
        {
            return false;
        }
        // The wording itself must be well-formed XML, or the kernel would send the rendered prompt unparsed.
        try
        {
            new System.Xml.XmlDocument().LoadXml("<root>" + string.Concat(parts.Select(part => part.Text)) + "</root>");
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
        var semanticKernelTemplate = new KernelPromptTemplateFactory().Create(templateConfig);
        result = new LeitfadenPromptTemplate([.. parts.Where(part => part.Variable is not null || part.Text.Length > 0)], semanticKernelTemplate);
        return true;
    }

    /// <summary>A <c>{{$variable}}</c> block (the Leitfaden's templates have no other kind).</summary>
    [GeneratedRegex(@"\{\{[ \t\r\n]{0,20}\$(?<name>[A-Za-z0-9_]{1,100})[ \t\r\n]{0,20}\}\}")]
    internal static partial Regex VariableBlock();

    private sealed class LeitfadenPromptTemplate((string Text, string? Variable)[] parts, IPromptTemplate semanticKernelTemplate)
        : IPromptTemplate
    {
        // Characters XML 1.0 does not allow, even as a character reference (U+FFFE, U+FFFF and C0 controls but tab,
        // line feed and carriage return).
        private static readonly SearchValues<char> NotXml = SearchValues.Create(
            [.. Enumerable.Range(0, 0x20).Where(code => code is not (0x9 or 0xA or 0xD)).Select(code => (char)code), '\uFFFE', '\uFFFF']);

        // XML's three (a quote needs no entity in element text) and every surrogate, to check that it is paired.
        private static readonly SearchValues<char> NeedsEncoding =
            SearchValues.Create([.. "&<>", .. Enumerable.Range(0xD800, 0x800).Select(code => (char)code)]);

        public Task<string> RenderAsync(Kernel kernel, KernelArguments? arguments = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(kernel);
            foreach (var (_, variable) in parts)
            {
                if (variable is not null && arguments is not null && arguments.TryGetValue(variable, out var value) && value is not null
                    && (value is not string text || text.AsSpan().ContainsAny(NotXml)))
                {
                    return semanticKernelTemplate.RenderAsync(kernel, arguments, cancellationToken);
                }
            }
            var prompt = new StringBuilder();
            foreach (var (text, variable) in parts)
            {
                if (variable is null)
                {
                    prompt.Append(text);
                }
                else if (arguments is not null && arguments.TryGetValue(variable, out var value) && value is string valueText)
                {
                    AppendEncoded(prompt, valueText);
                }
            }
            return Task.FromResult(prompt.ToString());
        }

        private static void AppendEncoded(StringBuilder prompt, ReadOnlySpan<char> value)
        {
            while (true)
            {
                var next = value.IndexOfAny(NeedsEncoding);
                if (next < 0)
                {
                    prompt.Append(value);
                    return;
                }
                prompt.Append(value[..next]);
                var c = value[next];
                var length = 1;
                switch (c)
                {
                    case '&':
                        prompt.Append("&amp;");
                        break;
                    case '<':
                        prompt.Append("&lt;");
                        break;
                    case '>':
                        prompt.Append("&gt;");
                        break;
                    default:
                        // A surrogate pair stays; an unpaired surrogate becomes U+FFFD.
                        if (char.IsHighSurrogate(c) && next + 1 < value.Length && char.IsLowSurrogate(value[next + 1]))
                        {
                            prompt.Append(value.Slice(next, 2));
                            length = 2;
                        }
                        else
                        {
                            prompt.Append('\uFFFD');
                        }
                        break;
                }
                value = value[(next + length)..];
            }
        }
    }
}
