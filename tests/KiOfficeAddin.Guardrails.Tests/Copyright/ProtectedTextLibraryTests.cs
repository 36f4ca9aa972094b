using KiOfficeAddin.Guardrails.Copyright;

namespace KiOfficeAddin.Guardrails.Tests.Copyright;

public sealed class ProtectedTextLibraryTests
{
    [Fact]
    public void EveryTextFileOfTheFolderIsIndexedByItsRelativeName()
    {
        var folder = Directory.CreateTempSubdirectory("protected-texts-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "presse"));
            File.WriteAllText(Path.Combine(folder, "presse", "artikel.txt"), "Ein Artikel mit genug Wörtern für einige Schindeln im Index.");
            File.WriteAllText(Path.Combine(folder, "broschuere.txt"), "Eine Broschüre mit genug Wörtern für einige Schindeln im Index.");
            File.WriteAllText(Path.Combine(folder, "notiz.md"), "Keine Textdatei, wird nicht gelesen.");

            var index = ProtectedTextLibrary.LoadFolder(folder);

            Assert.Equal(2, index.Count);
            Assert.True(index.Fingerprints > 0);
            Assert.Equal(["broschuere.txt", "presse/artikel.txt"], index.Texts.Select(t => t.Name).ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
