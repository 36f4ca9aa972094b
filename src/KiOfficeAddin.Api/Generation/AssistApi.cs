using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Api.Labelling;
using KiOfficeAddin.Guardrails.Labelling;
using KiOfficeAddin.Guardrails.Readability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace KiOfficeAddin.Api.Generation;

public sealed record TemplateSummary(
    string Id, int Version, string Title, string Description, string DefaultDataClass, string Origin, IReadOnlyList<string> Tones, string? DefaultTone);

public sealed record AssistResponse(
    string Text,
    string Model,
    IReadOnlyList<AssistNotice> Notices,
    IReadOnlyDictionary<string, int> ProtectedEntities,
    Guid Id,
    AiLabel Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReadabilityResult? Readability);

/// <summary><c>/api/v1/templates</c> and <c>/api/v1/assist</c>: guarded generation as JSON or as a server-sent event stream.</summary>
internal static partial class AssistApi
{
    public static RouteGroupBuilder MapAssistApi(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", ListTemplates).WithTags("Assist").WithName("ListTemplates");
        api.MapPost("/assist", Assist).WithTags("Assist").WithName("Assist")
            .Produces<AssistResponse>(contentType: "application/json")
            .Produces(200, contentType: "text/event-stream");
        return api;
    }

    public static Ok<TemplateSummary[]> ListTemplates(Leitfaden leitfaden) =>
        TypedResults.Ok(leitfaden.All.Select(t => new TemplateSummary(
            t.Id, t.Version, t.Title, t.Description, t.DefaultDataClass,
            t.Origin == TextOrigin.Generated ? "generated" : "rephrased", t.Tones, t.DefaultTone)).ToArray());

    public static async Task Assist(
        HttpContext context, AssistRequest request, AssistService service, AnswerLabelling labelling, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(AssistApi));
        var timing = new ServerTiming();
        // Everything that can refuse happens before the model is called: a refusal never reaches the model.
        using var prepared = await service.PrepareAsync(request, context.User, context.RequestAborted);
        timing.Lap("prepare");
        if (WantsEventStream(context.Request))
        {
            await StreamAsync(context, service, labelling, prepared, logger, timing);
            return;
        }
        string text;
        try
        {
            text = await service.CompleteAsync(prepared, context.RequestAborted);
        }
        catch (Exception e) when (e is not ApiProblemException && !context.RequestAborted.IsCancellationRequested)
        {
            throw Fail(logger, e);
        }
        timing.Lap("model");
        var labelled = labelling.Complete(AssistLabelFacts.From(prepared), prepared.OriginalText, text, context);
        timing.Lap("label");
        context.Response.Headers["Server-Timing"] = timing.ToString();
        await WriteJsonAsync(context, new AssistResponse(text, prepared.Model.Name, AssistLabelFacts.Notices(prepared, labelled),
            prepared.ProtectedEntities, labelled.Id, labelled.Label, labelled.Readability));
    }

    /// <summary>
    /// The answer as <c>TypedResults.Ok</c> writes it (same serializer options, same bytes, same content type), but with a
    /// <c>Content-Length</c>: serialised into the response pipe, the answer went out chunked, and a client could only
    /// finish reading it at the closing chunk, which Kestrel sends after the middleware has unwound — a second send and
    /// a second wake-up of the client for every answer (bench/README.md, twelfth session).
    /// </summary>
    private static Task WriteJsonAsync(HttpContext context, AssistResponse answer)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(answer, options.GetTypeInfo(typeof(AssistResponse)));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>
    /// Pulls the first restored piece before the response starts, so a failing model still gets problem details with the
    /// right status; after the first byte, failures travel as an SSE <c>error</c> event.
    /// </summary>
    private static async Task StreamAsync(
        HttpContext context, AssistService service, AnswerLabelling labelling, PreparedAssist prepared, ILogger logger, ServerTiming timing)
    {
        var aborted = context.RequestAborted;
        await using var pieces = service.StreamAsync(prepared, aborted).GetAsyncEnumerator(aborted);
        bool hasFirst;
        try
        {
            hasFirst = await pieces.MoveNextAsync();
        }
        catch (Exception e) when (e is not ApiProblemException && !aborted.IsCancellationRequested)
        {
            throw Fail(logger, e);
        }

        timing.Lap("first");
        var response = context.Response;
        response.Headers["Server-Timing"] = timing.ToString();
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            // The whole answer is kept only until the copyright check at the end has run: as its pieces, joined once
            // (a builder grew chunk by chunk and then copied them all again).
            var answer = new List<string>();
            // One writer for all pieces of this answer (a writer per piece was ≈ 150 bytes each).
            using var json = new Utf8JsonWriter(response.BodyWriter);
            for (var more = hasFirst; more; more = await pieces.MoveNextAsync())
            {
                answer.Add(pieces.Current);
                await WriteDeltaAsync(response, json, pieces.Current, aborted);
                if (answer.Count == 1)
                {
                    // Kestrel sends what a flush handed it from a work item it queues on the thread pool. Going to the
                    // back of the pool's queue once lets the send of the first piece run on this thread before it reads
                    // and restores the rest of the answer (a fast model has delivered much of it by now); without this
                    // the first byte waited for a second thread to get a core (bench/README.md, twelfth session).
                    await Task.Yield();
                }
            }
            var labelled = labelling.Complete(AssistLabelFacts.From(prepared), prepared.OriginalText,
                string.Concat(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(answer)), context);
            await WriteEventAsync(response, "event: done\ndata: "u8, new AssistDone(
                labelled.Id,
                prepared.Model.Name,
                labelled.Label,
                AssistLabelFacts.Notices(prepared, labelled),
                prepared.ProtectedEntities,
                labelled.Readability), aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            LogCancelled(logger);
        }
        catch (Exception e) when (!aborted.IsCancellationRequested)
        {
            var problem = e is ApiProblemException known ? known.Problem : ModelFailures.ToProblem(e);
            LogStreamFailed(logger, e.GetType().Name, problem.Code);
            await WriteEventAsync(response, "event: error\ndata: "u8, new { code = problem.Code, message = problem.Detail }, CancellationToken.None);
        }
    }

    private static ApiProblemException Fail(ILogger logger, Exception e)
    {
        var problem = ModelFailures.ToProblem(e);
        LogModelFailed(logger, e.GetType().Name, problem.Code);
        return new ApiProblemException(problem);
    }

    private static bool WantsEventStream(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// One <c>delta</c> event, written as UTF-8 straight into the response pipe: a 4 KB answer arrives in hundreds of
    /// pieces, and serialising each to a string, formatting the event into a second string and encoding that again cost
    /// three copies of every piece. Same bytes as <see cref="JsonSerializer"/> with <see cref="JsonSerializerOptions.Web"/>
    /// (the writer's default encoder is the serializer's).
    /// </summary>
    private static ValueTask<FlushResult> WriteDeltaAsync(HttpResponse response, Utf8JsonWriter json, string text, CancellationToken cancellationToken)
    {
        WriteDelta(response.BodyWriter, json, text);
        return response.BodyWriter.FlushAsync(cancellationToken);
    }

    /// <param name="json">A writer on <paramref name="body"/>; reset here, so a piece never continues a broken one.</param>
    private static void WriteDelta(PipeWriter body, Utf8JsonWriter json, string text)
    {
        body.Write("event: delta\ndata: "u8);
        json.Reset();
        json.WriteStartObject();
        json.WriteString("text"u8, text);
        json.WriteEndObject();
        json.Flush();
        body.Write("\n\n"u8);
    }

    private static ValueTask<FlushResult> WriteEventAsync(HttpResponse response, ReadOnlySpan<byte> header, object data, CancellationToken cancellationToken)
    {
        WriteEvent(response.BodyWriter, header, data);
        return response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static void WriteEvent(PipeWriter body, ReadOnlySpan<byte> header, object data)
    {
        body.Write(header);
        using (var json = new Utf8JsonWriter(body))
        {
            JsonSerializer.Serialize(json, data, JsonSerializerOptions.Web);
        }
        body.Write("\n\n"u8);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call failed with {ExceptionType}, answered as {ProblemCode}")]
    private static partial void LogModelFailed(ILogger logger, string exceptionType, string problemCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model stream failed with {ExceptionType}, sent as error event {ProblemCode}")]
    private static partial void LogStreamFailed(ILogger logger, string exceptionType, string problemCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client cancelled a streamed answer; model call cancelled")]
    private static partial void LogCancelled(ILogger logger);
}
