using Microsoft.Diagnostics.Runtime;

namespace HybridTrainer.CircuitProbe;

/// <summary>
/// "heaptypes PID [N]": the objects on a running app's heap grouped by type (count, shallow bytes), largest first, to
/// see what a circuit holds. Call POST /bench/heap first so dead objects are gone. Needs ptrace rights (root).
/// </summary>
internal static class HeapTypes
{
    public static void Print(int processId, int top)
    {
        using var target = DataTarget.AttachToProcess(processId, suspend: true);
        using var runtime = target.ClrVersions[0].CreateRuntime();
        var totals = new Dictionary<string, (long Count, long Bytes)>(StringComparer.Ordinal);
        foreach (var item in runtime.Heap.EnumerateObjects())
        {
            if (!item.IsValid)
            {
                continue;
            }

            var name = item.Type?.Name ?? "?";
            var (count, bytes) = totals.GetValueOrDefault(name);
            totals[name] = (count + 1, bytes + (long)item.Size);
        }

        Console.WriteLine(FormattableString.Invariant($"{totals.Values.Sum(t => t.Bytes) / 1024,10} KB in {totals.Values.Sum(t => t.Count)} objects"));
        foreach (var (name, (count, bytes)) in totals.OrderByDescending(t => t.Value.Bytes).Take(top))
        {
            Console.WriteLine(FormattableString.Invariant($"{bytes / 1024,10} KB {count,9}  {name}"));
        }
    }
}
