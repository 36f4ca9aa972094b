using KiOfficeAddin.Guardrails.Pii;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;

namespace KiOfficeAddin.Api.Generation;

internal static class GenerationSetup
{
    // The role names of the chat protocol: in every model request, never user text.
    private static readonly string[] ChatRoles = ["system", "developer", "user", "assistant", "tool"];

    public static WebApplicationBuilder AddGeneration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddSingleton<ModelRegistry>();
        services.AddSingleton(_ => new Leitfaden(Path.Combine(AppContext.BaseDirectory, "Generation", "Leitfaden")));
        services.AddSingleton<AssistService>();
        // What the pipeline sends in every request (the Leitfaden's wording, role names, model ids) is checked once here;
        // the egress guard then cuts it out like a pseudonymised text.
        services.AddSingleton(provider =>
        {
            var registry = new PseudonymizedTextRegistry();
            registry.TrustPromptTexts(
                [
                    .. provider.GetRequiredService<Leitfaden>().FixedTexts,
                    .. ChatRoles,
                    .. provider.GetRequiredService<ModelRegistry>().Models.Where(m => m.Callable).Select(m => m.Model!),
                ],
                provider.GetRequiredService<PiiDetector>());
            return registry;
        });
        services.AddTransient<EgressGuardHandler>();
        // The reachability probe sends no body; it never uses a model's guarded client.
        services.AddHttpClient("llm-probe", client => client.Timeout = TimeSpan.FromSeconds(5));

        // Read once here because each model needs its own HttpClient pipeline; the same section is validated at start.
        var llm = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        // One kernel for the application (it holds no per-request state); its filters and chat services come from the
        // container, its logging is quieter (KernelServices).
        services.AddSingleton(KernelServices.CreateKernel);
        foreach (var model in new ModelRegistry(Options.Create(llm)).Models.Where(m => m.Callable))
        {
            AddModelHttpClient(services, model);
            AddChatService(services, model);
        }
        GuardrailFilters.Register(services);
        builder.Services.AddHealthChecks().AddCheck<ModelHealthCheck>("models", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Outer to inner: total timeout, retries (429 honouring Retry-After, 5xx, transport errors — all before the first
    /// byte, since a retry re-sends the whole request), circuit breaker, attempt timeout, then the egress guard, which
    /// therefore sees every attempt exactly as it leaves.
    /// </summary>
    private static void AddModelHttpClient(IServiceCollection services, ModelEntry model)
    {
        var client = services.AddHttpClient(model.HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            // ModelCallLoggingFilter records every call (use case, model, outcome, duration); the factory's own request
            // logging would only add two handlers and a log scope to every call.
            .RemoveAllLoggers();
        client.AddResilienceHandler("model", pipeline =>
            {
                pipeline.AddTimeout(model.Timeout);
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(400),
                    MaxDelay = TimeSpan.FromSeconds(10),
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 8,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(model.Timeout);
            });
        client.AddHttpMessageHandler<EgressGuardHandler>();
    }

    /// <summary>Only callable (approved and complete) models get a chat service: nothing else can be reached.</summary>
    private static void AddChatService(IServiceCollection services, ModelEntry model)
    {
        services.AddKeyedSingleton<IChatCompletionService>(model.Name, (provider, _) =>
        {
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(model.HttpClientName);
            var apiKey = provider.GetRequiredService<IOptions<LlmOptions>>().Value.Models[model.Name].ApiKey;
            return model.Provider switch
            {
                ModelProvider.AzureOpenAI when string.IsNullOrEmpty(apiKey) => new AzureOpenAIChatCompletionService(
                    model.Model!, model.Endpoint!.ToString(), new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned), httpClient: httpClient),
                ModelProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(
                    model.Model!, model.Endpoint!.ToString(), apiKey, httpClient: httpClient),
                // An OpenAI-compatible server gets the lean client: the same wire protocol without the OpenAI SDK's layers.
                _ => new OpenAICompatibleChatService(httpClient, model.Endpoint!, model.Model!, apiKey),
            };
        });
    }
}
