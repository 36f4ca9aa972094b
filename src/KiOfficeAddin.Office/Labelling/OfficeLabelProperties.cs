namespace KiOfficeAddin.Office;

/// <summary>Names under which an AI label is written into Office documents and mails.</summary>
public static class OfficeLabelProperties
{
    /// <summary>Tag of the Word content control that wraps AI-assisted text.</summary>
    public const string ContentControlTag = "ki-unterstuetzt";

    /// <summary>Internet header set on Outlook drafts (compose mode only, Mailbox 1.8).</summary>
    public const string MailHeader = "X-KI-Unterstuetzt";
}
