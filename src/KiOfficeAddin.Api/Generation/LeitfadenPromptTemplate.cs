using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Renders the Leitfaden's chat prompts (text and <c>{{$variable}}</c> blocks, nothing else) for Semantic Kernel's prompt
/// functions; any other template goes to Semantic Kernel's own factory. The kernel still does everything around it:
/// argument defaults, the prompt render filters (<see cref="PseudonymizedArgumentsFilter"/>), the chat history and the
/// call. For the OpenAI connector the rendering is the user message alone and the system message goes to the connector's
/// system prompt setting, so the letter is not parsed as XML (see <c>TryRenderUserMessage</c>); otherwise the kernel
/// parses the rendered <c>&lt;message&gt;</c> elements.
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
        result = new LeitfadenPromptTemplate([.. parts.Where(part => part.Variable is not null || part.Text.Length > 0)], semanticKernelTemplate,
            SystemAndUserMessage.TryRead(parts));
        return true;
    }

    /// <summary>A <c>{{$variable}}</c> block (the Leitfaden's templates have no other kind).</summary>
    [GeneratedRegex(@"\{\{[ \t\r\n]{0,20}\$(?<name>[A-Za-z0-9_]{1,100})[ \t\r\n]{0,20}\}\}")]
    internal static partial Regex VariableBlock();

    /// <summary>
    /// A template of exactly one system message and one user message (the Leitfaden's shape), split into the parts of
    /// each; the wording in them has no markup or entity (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), so the kernel's parse
    /// would give it back unchanged but for the trim.
    /// </summary>
    private sealed record SystemAndUserMessage((string Text, string? Variable)[] System, (string Text, string? Variable)[] User)
    {
        private const string SystemStart = "<message role=\"system\">";
        private const string UserStart = "<message role=\"user\">";
        private const string End = "</message>";

        public static SystemAndUserMessage? TryRead(List<(string Text, string? Variable)> parts)
        {
            List<(string Text, string? Variable)> system = [], user = [];
            // 0: before the system message, 1: in it, 2: between the messages, 3: in the user message, 4: after it.
            var state = 0;
            foreach (var part in parts)
            {
                if (part.Variable is not null)
                {
                    if (state is not (1 or 3))
                    {
                        return null;
                    }
                    (state == 1 ? system : user).Add(part);
                    continue;
                }
                var text = part.Text.AsSpan();
                while (text.Length > 0)
                {
                    switch (state)
                    {
                        case 0 or 2:
                            var start = state == 0 ? SystemStart : UserStart;
                            text = text.TrimStart();
                            if (text.Length == 0)
                            {
                                break;
                            }
                            if (!text.StartsWith(start, StringComparison.Ordinal))
                            {
                                return null;
                            }
                            text = text[start.Length..];
                            state++;
                            break;
                        case 1 or 3:
                            var end = text.IndexOf(End, StringComparison.Ordinal);
                            var wording = end < 0 ? text : text[..end];
                            if (wording.ContainsAny('<', '>', '&'))
                            {
                                return null;
                            }
                            // An empty piece (the end tag right after a variable) adds nothing, and left in it kept the usual
                            // user message, the letter alone, from the path that returns it without copying it twice.
                            if (wording.Length > 0)
                            {
                                (state == 1 ? system : user).Add((wording.ToString(), null));
                            }
                            if (end < 0)
                            {
                                text = [];
                                break;
                            }
                            text = text[(end + End.Length)..];
                            state++;
                            break;
                        default:
                            if (!text.IsWhiteSpace())
                            {
                                return null;
                            }
                            text = [];
                            break;
                    }
                }
            }
            return state == 4 ? new SystemAndUserMessage([.. system], [.. user]) : null;
        }
    }

    private sealed class LeitfadenPromptTemplate(
        (string Text, string? Variable)[] parts, IPromptTemplate semanticKernelTemplate, SystemAndUserMessage? chat)
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
            if (chat is not null && TryRenderUserMessage(kernel, arguments, chat) is { } userMessage)
            {
                return Task.FromResult(userMessage);
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

        /// <summary>
        /// The user message alone, with the system message handed to the OpenAI connector as
        /// <see cref="OpenAIPromptExecutionSettings.ChatSystemPrompt"/>, which it sends first: the same two messages the
        /// kernel would parse from the <c>&lt;message&gt;</c> markup, without the parse. That parse loads the whole
        /// rendered prompt — the letter — into an XML document, writes each message out again and HTML-decodes it: about
        /// 7 % of what a guarded request allocates. Its effect on the text is reproduced here: each message is trimmed
        /// (and an unpaired surrogate is U+FFFD, as in the markup; the parse keeps <c>\r</c> as it is).
        /// Null, and the markup is rendered as before, unless the kernel will send the result unparsed through the
        /// OpenAI connector with these settings: one <see cref="OpenAIPromptExecutionSettings"/> for the request, not
        /// frozen, no system prompt of its own, the service an <see cref="OpenAIChatCompletionService"/> or our
        /// <see cref="OpenAICompatibleChatService"/> (which sends the system prompt first the same way),
        /// both messages non-empty, and no <c>&lt;message</c> in the user message (the kernel would parse that one as
        /// markup, so user text could set a role).
        /// </summary>
        private static string? TryRenderUserMessage(Kernel kernel, KernelArguments? arguments, SystemAndUserMessage chat)
        {
            if (arguments?.ExecutionSettings is not { Count: 1 } all
                || all.First() is not { Value: OpenAIPromptExecutionSettings { IsFrozen: false, ChatSystemPrompt: null } settings } entry
                || settings.GetType() != typeof(OpenAIPromptExecutionSettings)
                || entry.Key != settings.ServiceId
                || kernel.Services.GetKeyedService<IChatCompletionService>(entry.Key) is not (OpenAIChatCompletionService or OpenAICompatibleChatService))
            {
                return null;
            }
            var user = Render(chat.User, arguments);
            var system = Render(chat.System, arguments);
            if (user.Length == 0 || system.Length == 0 || user.Contains("<message", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            settings.ChatSystemPrompt = system;
            return user;
        }

        /// <summary>A message's text as the kernel's parse of the markup would give it.</summary>
        private static string Render((string Text, string? Variable)[] message, KernelArguments arguments)
        {
            if (message is [(_, { } only)] && arguments.TryGetValue(only, out var single) && single is string singleText
                && !singleText.AsSpan().ContainsAny(NeedsNormalising))
            {
                // The usual user message: the letter alone, and no surrogate in it to check.
                return singleText.Trim();
            }
            var text = new StringBuilder();
            foreach (var (wording, variable) in message)
            {
                if (variable is null)
                {
                    text.Append(wording);
                }
                else if (arguments.TryGetValue(variable, out var value) && value is string valueText)
                {
                    text.Append(valueText);
                }
            }
            return Normalise(text.ToString()).Trim();
        }

        // Every surrogate, to check that it is paired.
        private static readonly SearchValues<char> NeedsNormalising =
            SearchValues.Create([.. Enumerable.Range(0xD800, 0x800).Select(code => (char)code)]);

        private static string Normalise(string text)
        {
            if (!text.AsSpan().ContainsAny(NeedsNormalising))
            {
                return text;
            }
            var normalised = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    normalised.Append(c).Append(text[++i]);
                }
                else
                {
                    normalised.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }
            return normalised.ToString();
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
