using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>
/// The maximal runs of ASCII digits of a text, in order, in an array from the shared pool. Found once per text and
/// read by the contact rules (phone words before a number) and the address rules (house numbers, postcodes).
/// </summary>
internal readonly struct DigitRuns(int[] bounds, int count) : IDisposable
{
    /// <summary>How many runs there are.</summary>
    public int Count => count;

    public int Start(int run) => bounds[2 * run];

    public int End(int run) => bounds[(2 * run) + 1];

    public static DigitRuns Find(string text)
    {
        var bounds = ArrayPool<int>.Shared.Rent(64);
        var count = 0;
        // Where the run being read began, or -1 between runs.
        var runStart = -1;
        var i = 0;
        // Sixteen characters at a time: one comparison gives a bit per digit, and the runs are read from the bits'
        // changes (a search per run cost a call and its set-up for every date and amount).
        if (Vector256.IsHardwareAccelerated)
        {
            var characters = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var zero = Vector256.Create((ushort)'0');
            var nine = Vector256.Create((ushort)9);
            for (; i + Vector256<ushort>.Count <= characters.Length; i += Vector256<ushort>.Count)
            {
                var digits = Vector256.LessThanOrEqual(Vector256.Create(characters.Slice(i, Vector256<ushort>.Count)) - zero, nine)
                    .ExtractMostSignificantBits();
                var others = ~digits & 0xFFFF;
                var bit = 0;
                while (bit < Vector256<ushort>.Count)
                {
                    var next = (runStart < 0 ? digits : others) >> bit;
                    if (next == 0)
                    {
                        break;
                    }
                    bit += BitOperations.TrailingZeroCount(next);
                    if (runStart < 0)
                    {
                        runStart = i + bit;
                    }
                    else
                    {
                        Add(ref bounds, ref count, runStart, i + bit);
                        runStart = -1;
                    }
                }
            }
        }
        for (; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) == (runStart < 0))
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
                else
                {
                    Add(ref bounds, ref count, runStart, i);
                    runStart = -1;
                }
            }
        }
        if (runStart >= 0)
        {
            Add(ref bounds, ref count, runStart, text.Length);
        }
        return new DigitRuns(bounds, count);
    }

    private static void Add(ref int[] bounds, ref int count, int start, int end)
    {
        if (2 * count == bounds.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(bounds.Length * 2);
            bounds.AsSpan().CopyTo(larger);
            ArrayPool<int>.Shared.Return(bounds);
            bounds = larger;
        }
        bounds[2 * count] = start;
        bounds[(2 * count) + 1] = end;
        count++;
    }

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose() => ArrayPool<int>.Shared.Return(bounds);
}
