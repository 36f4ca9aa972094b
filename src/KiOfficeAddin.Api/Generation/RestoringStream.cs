using System.Text;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// Restores a streamed answer piece by piece. A placeholder may arrive split across chunks ("[PER" + "SON_1]"), so
/// text from an unclosed '[' is held back — at most one placeholder's length — and everything before it is released.
/// </summary>
internal sealed class RestoringStream(PseudonymMap map)
{
    private const int MaxPlaceholderLength = 32;
    private readonly StringBuilder held = new();

    public string Push(string chunk)
    {
        held.Append(chunk);
        var text = held.ToString();
        var open = text.LastIndexOf('[');
        var cut = open >= 0 && text.IndexOf(']', open) < 0 && text.Length - open <= MaxPlaceholderLength ? open : text.Length;
        held.Remove(0, cut);
        return cut == 0 ? "" : map.Restore(text[..cut]);
    }

    public string Complete()
    {
        var rest = held.ToString();
        held.Clear();
        return map.Restore(rest);
    }
}
