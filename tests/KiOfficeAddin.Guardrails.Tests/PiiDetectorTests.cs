using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests;

public sealed class PiiDetectorTests
{
    private readonly PiiDetector detector = new();

    [Fact]
    public void EmailAddressIsDetected()
    {
        const string text = "Bitte an renate.fuchs@freenet.de antworten.";
        var entity = Assert.Single(detector.Analyze(text).Entities);
        Assert.Equal(PiiCategory.Email, entity.Category);
        Assert.Equal("renate.fuchs@freenet.de", text[entity.Start..entity.End]);
    }
}
