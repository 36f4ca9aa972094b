namespace KiOfficeAddin.Office.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void OfficeAssemblyLoads() => Assert.NotNull(typeof(KiOfficeAddin.Office.OfficeLabelProperties).Assembly);
}
