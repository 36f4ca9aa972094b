using System.Text.Json;

namespace KiOfficeAddin.TaskPane.Tests.Infrastructure;

/// <summary>What the injected Office stand-in holds: a Word document with a selection, or an Outlook mail.</summary>
public sealed record OfficeStandIn(string Host, object Setup)
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StandIns", "office-standin.js")));

    public static OfficeStandIn Word(string text, string selection, params string[] unsupportedSets) =>
        new("Word", new { host = "Word", word = new { text, selection }, unsupportedSets });

    public static OfficeStandIn OutlookRead(string body, string subject = "Ihre Anfrage") =>
        new("Outlook", new { host = "Outlook", mail = new { mode = "read", body, subject } });

    public static OfficeStandIn OutlookCompose(string body, string selection = "") =>
        new("Outlook", new { host = "Outlook", mail = new { mode = "compose", body, selection } });

    public string Script() => $"window.__officeStandInSetup = {JsonSerializer.Serialize(Setup)};\n{Source.Value}";
}
