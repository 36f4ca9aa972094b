using System.Diagnostics;
using System.Runtime;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// Warm-up that lasts until the JIT has nothing left to do for the measured code. A fixed few seconds were not enough on
/// a busy machine (twelfth session, perf of the profile mode after 8 s at load 10–30): a third of the samples were
/// still the JIT's, and the measured code partly ran in its instrumented tier, whose profile counters (a thread-local
/// random number and a locked add per count, in libcoreclr) cost more than the code they count. Two processes of the
/// same build then read 4.4 and 7.0 ms for a pass.
/// </summary>
internal static class JitQuietWarmUp
{
    /// <summary>
    /// Runs <paramref name="pass"/> for at least <paramref name="minimumMilliseconds"/>, then until no method has been
    /// compiled for <paramref name="quietMilliseconds"/> (at most <paramref name="maximumMilliseconds"/> in all).
    /// </summary>
    public static void Run(Action pass, int minimumMilliseconds = 3000, int quietMilliseconds = 2000, int maximumMilliseconds = 60000)
    {
        var total = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        while (total.ElapsedMilliseconds < maximumMilliseconds)
        {
            pass();
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quiet.Restart();
            }
            else if (total.ElapsedMilliseconds >= minimumMilliseconds && quiet.ElapsedMilliseconds >= quietMilliseconds)
            {
                return;
            }
        }
    }
}
