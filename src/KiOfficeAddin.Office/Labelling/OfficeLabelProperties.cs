using System.Globalization;
using System.Text;
using KiOfficeAddin.Guardrails.Labelling;

namespace KiOfficeAddin.Office;

/// <summary>Names under which an AI label is written into Office documents and mails.</summary>
public static class OfficeLabelProperties
{
    /// <summary>Tag of the Word content control that wraps AI-assisted text.</summary>
    public const string ContentControlTag = "ki-unterstuetzt";

    /// <summary>Title of that content control while the text still awaits review.</summary>
    public const string ContentControlTitlePending = "KI-unterstützt erstellt – Entwurf, bitte prüfen";

    /// <summary>Title of that content control once a role confirmed the text.</summary>
    public const string ContentControlTitleReviewed = "KI-unterstützt erstellt – geprüft";

    /// <summary>Internet header set on Outlook drafts (compose mode only, Mailbox 1.8).</summary>
    public const string MailHeader = "X-KI-Unterstuetzt";

    /// <summary>Word custom document property: IPTC digital source type URI.</summary>
    public const string DigitalSourceTypeProperty = "KI.Herkunft";

    /// <summary>Word custom document property: model name.</summary>
    public const string ModelProperty = "KI.Modell";

    /// <summary>Word custom document property: policy version.</summary>
    public const string PolicyVersionProperty = "KI.Richtlinienversion";

    /// <summary>Word custom document property: creation time (ISO 8601, UTC, to the minute).</summary>
    public const string CreatedAtProperty = "KI.Erstellt";

    /// <summary>Word custom document property: review status (<c>pending</c> / <c>reviewed</c>).</summary>
    public const string ReviewStatusProperty = "KI.Pruefstatus";

    /// <summary>Word custom document property: the role that confirmed (never a name).</summary>
    public const string ReviewedByRoleProperty = "KI.GeprueftVonRolle";

    /// <summary>Word custom document property: confirmation time.</summary>
    public const string ReviewedAtProperty = "KI.GeprueftAm";

    /// <summary>The content-control title for <paramref name="label"/>.</summary>
    public static string ContentControlTitle(AiLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.ReviewStatus == AiReviewStatus.Reviewed ? ContentControlTitleReviewed : ContentControlTitlePending;
    }

    /// <summary>Custom document properties for <paramref name="label"/>; review fields only once reviewed.</summary>
    public static IReadOnlyDictionary<string, string> DocumentProperties(AiLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DigitalSourceTypeProperty] = label.DigitalSourceType,
            [ModelProperty] = label.Model,
            [PolicyVersionProperty] = label.PolicyVersion,
            [CreatedAtProperty] = Iso(label.CreatedAt),
            [ReviewStatusProperty] = StatusName(label.ReviewStatus),
        };
        if (label.ReviewedByRole is { } role)
        {
            properties[ReviewedByRoleProperty] = role;
        }
        if (label.ReviewedAt is { } reviewedAt)
        {
            properties[ReviewedAtProperty] = Iso(reviewedAt);
        }
        return properties;
    }

    /// <summary>
    /// The value of <see cref="MailHeader"/>: <c>key=value</c> pairs separated by "; " in printable ASCII (RFC 5322
    /// header field bodies); non-ASCII characters of a model or role name are percent-encoded as UTF-8.
    /// </summary>
    public static string MailHeaderValue(AiLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var value = new StringBuilder()
            .Append("source=").Append(HeaderSafe(label.DigitalSourceType))
            .Append("; model=").Append(HeaderSafe(label.Model))
            .Append("; policy=").Append(HeaderSafe(label.PolicyVersion))
            .Append("; created=").Append(Iso(label.CreatedAt))
            .Append("; review=").Append(StatusName(label.ReviewStatus));
        if (label.ReviewedByRole is { } role)
        {
            value.Append("; role=").Append(HeaderSafe(role));
        }
        if (label.ReviewedAt is { } reviewedAt)
        {
            value.Append("; reviewed=").Append(Iso(reviewedAt));
        }
        return value.ToString();
    }

    private static string StatusName(AiReviewStatus status) =>
        status == AiReviewStatus.Reviewed ? "reviewed" : "pending";

    private static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string HeaderSafe(string value)
    {
        var safe = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= 0x21 and <= 0x7E && b is not (byte)';' and not (byte)'%' and not (byte)'=')
            {
                safe.Append((char)b);
            }
            else
            {
                safe.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return safe.ToString();
    }
}
