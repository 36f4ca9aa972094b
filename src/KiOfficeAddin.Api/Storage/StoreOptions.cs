using System.ComponentModel.DataAnnotations;

namespace KiOfficeAddin.Api.Storage;

public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>SQLite connection string; the folder of the file is created at start.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/kiofficeaddin.db";
}
