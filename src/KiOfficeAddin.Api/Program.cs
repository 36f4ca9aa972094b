using KiOfficeAddin.Api.Audit;
using KiOfficeAddin.Api.Auth;
using KiOfficeAddin.Api.Copyright;
using KiOfficeAddin.Api.Errors;
using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Guard;
using KiOfficeAddin.Api.Health;
using KiOfficeAddin.Api.Hosting;
using KiOfficeAddin.Api.Labelling;
using KiOfficeAddin.Api.Logging;
using KiOfficeAddin.Api.Policy;
using KiOfficeAddin.Api.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddRedactedSerilog();
builder.AddRequestLimits();
builder.AddApiProblemDetails();
builder.AddAuthentication();
builder.AddStore();
builder.AddGuardrails();
builder.AddGeneration();
builder.AddAudit();
builder.AddCopyright();
builder.AddLabelling();
builder.AddPolicy();
builder.AddHealth();
builder.AddApiDocumentation();

var app = builder.Build();

app.UseApiPipeline();
app.MapHealth();
app.MapApiDocumentation();

var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapGuardApi();
api.MapAssistApi();
api.MapReviewApi();
api.MapPolicyApi();

app.Run();
