using System.Buffers;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KiOfficeAddin.LoadTest;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KiOfficeAddin.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository.");
    }
}

internal static class Letter
{
    /// <summary>Real letters from the development corpus, joined until 4 KB: a long but typical citizen letter.</summary>
    public static string FourKilobytes(string corpusPath)
    {
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(corpusPath))
        {
            using var document = JsonDocument.Parse(line);
            text.Append(document.RootElement.GetProperty("text").GetString()).Append("\n\n");
            if (text.Length >= 4096)
            {
                break;
            }
        }
        return text.ToString(0, 4096);
    }
}

/// <summary>An OpenAI-compatible model that answers instantly with the user message it got (JSON or one SSE burst).</summary>
internal sealed class InstantModel : IAsyncDisposable
{
    private readonly WebApplication app;

    private InstantModel(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<InstantModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            var root = document.RootElement;
            var content = root.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user")
                .GetProperty("content").ToString();
            // The answers are written with a Utf8JsonWriter straight into the response: the same bytes the serializer
            // wrote for anonymous objects (property order, default encoder), without its objects and strings. In process
            // this model shares the API's heap, and its garbage (a quarter of the process's allocation) set off
            // collections that paused the API's requests, a pause no deployment has.
            var body = context.Response.BodyWriter;
            using var json = new Utf8JsonWriter(body);
            if (root.TryGetProperty("stream", out var stream) && stream.GetBoolean())
            {
                context.Response.ContentType = "text/event-stream";
                for (var i = 0; i < content.Length; i += 64)
                {
                    body.Write("data: "u8);
                    WriteChunk(json, content.AsSpan(i, Math.Min(64, content.Length - i)));
                    body.Write("\n\n"u8);
                    // Each chunk leaves on its own, as the per-chunk WriteAsync of the first version sent it.
                    await body.FlushAsync();
                }
                body.Write("data: [DONE]\n\n"u8);
                await body.FlushAsync();
                return;
            }
            context.Response.ContentType = "application/json";
            WriteCompletion(json, content);
            await body.FlushAsync();
        });
        await app.StartAsync();
        return new InstantModel(app, app.Urls.First() + "/v1");
    }

    /// <summary><c>{"id":"c","object":"chat.completion.chunk","created":1,"model":"fake","choices":[{"index":0,"delta":{"content":…},"finish_reason":null}]}</c></summary>
    private static void WriteChunk(Utf8JsonWriter json, ReadOnlySpan<char> piece)
    {
        json.Reset();
        json.WriteStartObject();
        WriteHead(json, "chat.completion.chunk"u8);
        json.WriteStartArray("choices"u8);
        json.WriteStartObject();
        json.WriteNumber("index"u8, 0);
        json.WriteStartObject("delta"u8);
        json.WriteString("content"u8, piece);
        json.WriteEndObject();
        json.WriteNull("finish_reason"u8);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>The whole answer as one chat completion with its usage, as the serializer wrote it before.</summary>
    private static void WriteCompletion(Utf8JsonWriter json, string content)
    {
        json.WriteStartObject();
        WriteHead(json, "chat.completion"u8);
        json.WriteStartArray("choices"u8);
        json.WriteStartObject();
        json.WriteNumber("index"u8, 0);
        json.WriteStartObject("message"u8);
        json.WriteString("role"u8, "assistant"u8);
        json.WriteString("content"u8, content);
        json.WriteEndObject();
        json.WriteString("finish_reason"u8, "stop"u8);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("usage"u8);
        json.WriteNumber("prompt_tokens"u8, 1);
        json.WriteNumber("completion_tokens"u8, 1);
        json.WriteNumber("total_tokens"u8, 2);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteHead(Utf8JsonWriter json, ReadOnlySpan<byte> kind)
    {
        json.WriteString("id"u8, "c"u8);
        json.WriteString("object"u8, kind);
        json.WriteNumber("created"u8, 1);
        json.WriteString("model"u8, "fake"u8);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>The settings that approve the instant model, shared by both ways of hosting the API.</summary>
internal static class InstantModelSettings
{
    public static IReadOnlyDictionary<string, string> For(string modelUrl, string dataFolder) => new Dictionary<string, string>
    {
        ["Store:ConnectionString"] = $"Data Source={dataFolder}/store.db",
        ["Serilog:Output:WriteTo:1:Args:path"] = Path.Combine(dataFolder, "log-.json"),
        ["Llm:DefaultModel"] = "instant",
        ["Llm:Models:instant:Provider"] = "OpenAICompatible",
        ["Llm:Models:instant:Endpoint"] = modelUrl,
        ["Llm:Models:instant:Model"] = "fake",
        ["Llm:Models:instant:Approved"] = "true",
        ["Llm:Models:instant:OnPremises"] = "true",
        ["Llm:Models:instant:DataClasses:0"] = "personal",
        ["Llm:Models:instant:DataClasses:1"] = "special",
    };
}

/// <summary>
/// The real API host inside this process (WebApplicationFactory over the Api assembly, Development environment, the
/// shipped logging configuration with the console sink quiet so it does not write into this program's output).
/// Requests reach it through an in-memory handler: what remains is the guarded pipeline and ASP.NET's own work.
/// </summary>
internal sealed class InProcessApi(string modelUrl, string contentRoot) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<KiOfficeAddin.Api.Generation.AssistRequest>
{
    private readonly string data = Directory.CreateTempSubdirectory("kiofficeaddin-load-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(contentRoot);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in InstantModelSettings.For(modelUrl, data))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Serilog:Output:WriteTo:0:Args:restrictedToMinimumLevel", "Fatal");
    }
}

/// <summary>The real API, built in Release and started as its own process, with the instant model approved.</summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly Process process;

    private ApiProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <param name="core">With a core number, the API runs on that core alone (taskset), apart from this process.</param>
    /// <param name="environment">Environment variables for the API process alone (runtime settings to compare).</param>
    /// <param name="apiDll">Another build of the API to run (a published folder's <c>KiOfficeAddin.Api.dll</c>); by default
    /// src/KiOfficeAddin.Api is built in Release and its output is run.</param>
    public static async Task<ApiProcess> StartAsync(
        string repository, string modelUrl, int? core = null, IReadOnlyDictionary<string, string>? environment = null, string? apiDll = null)
    {
        var project = Path.Combine(repository, "src", "KiOfficeAddin.Api");
        if (apiDll is null)
        {
            Run("dotnet", $"build -c Release \"{project}\" -v quiet -nologo");
        }
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var data = Directory.CreateTempSubdirectory("kiofficeaddin-load-").FullName;
        var arguments = new List<string> { $"\"{apiDll ?? Path.Combine(project, "bin", "Release", "net10.0", "KiOfficeAddin.Api.dll")}\"", $"--urls {baseUrl}" };
        arguments.AddRange(InstantModelSettings.For(modelUrl, data).Select(setting => $"\"--{setting.Key}={setting.Value}\""));
        var start = new ProcessStartInfo(core is null ? "dotnet" : "taskset", (core is null ? "" : $"-c {core} dotnet ") + string.Join(' ', arguments))
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                using var alive = await http.GetAsync(baseUrl + "/alive");
                if (alive.IsSuccessStatusCode)
                {
                    return new ApiProcess(process, baseUrl);
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The API did not start.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string arguments)
    {
        using var build = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed.");
        }
    }

    /// <summary>CPU time the API process has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
