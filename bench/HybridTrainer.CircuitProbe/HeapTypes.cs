using Microsoft.Diagnostics.Runtime;

namespace HybridTrainer.CircuitProbe;

/// <summary>
/// "heaptypes PID [N]": the live objects on a running app's heap (reachable from its roots) grouped by type, largest
/// first, as tab-separated KB, count and type; diff two runs (with and without circuits) to see what a circuit holds.
/// Needs ptrace rights (root); the app is suspended while it is read.
/// </summary>
internal static class HeapTypes
{
    public static void Print(int processId, int top)
    {
        using var target = DataTarget.AttachToProcess(processId, suspend: true);
        // The app runs on this machine's runtime: its DAC sits beside the one running this tool (ClrMD reads the
        // live process's runtime version as 0.0 on Linux, hence no version check).
        var dac = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
        using var runtime = File.Exists(dac) ? target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true) : target.ClrVersions[0].CreateRuntime();
        var heap = runtime.Heap;
        var seen = new HashSet<ulong>();
        var pending = new Stack<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            pending.Push(root.Object.Address);
        }

        var totals = new Dictionary<string, (long Count, long Bytes)>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var address = pending.Pop();
            if (address == 0 || !seen.Add(address))
            {
                continue;
            }

            var item = heap.GetObject(address);
            if (!item.IsValid)
            {
                continue;
            }

            var name = item.Type?.Name ?? "?";
            var (count, bytes) = totals.GetValueOrDefault(name);
            totals[name] = (count + 1, bytes + (long)item.Size);
            foreach (var reference in item.EnumerateReferenceAddresses(carefully: true))
            {
                pending.Push(reference);
            }
        }

        Console.WriteLine(FormattableString.Invariant($"{totals.Values.Sum(t => t.Bytes) / 1024}\t{totals.Values.Sum(t => t.Count)}\t(total live)"));
        foreach (var (name, (count, bytes)) in totals.OrderByDescending(t => t.Value.Bytes).Take(top))
        {
            Console.WriteLine(FormattableString.Invariant($"{bytes / 1024}\t{count}\t{name}"));
        }
    }
}
