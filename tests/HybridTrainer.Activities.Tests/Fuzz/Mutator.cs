using System.Text;

namespace HybridTrainer.Activities.Tests.Fuzz;

/// <summary>
/// Damages files the ways uploads and devices do: flipped bits, overwritten, inserted and deleted bytes, truncation;
/// for XML also lost, doubled and swapped lines (which keep the file well-formed more often and so reach the
/// decoders' own checks). Every choice comes from the given Random, so a seed replays a run exactly.
/// </summary>
internal static class Mutator
{
    public static (byte[] Bytes, string Description) Mutate(byte[] seed, Random random, bool isXml)
    {
        var bytes = new List<byte>(seed);
        var steps = new List<string>();
        var count = random.Next(1, 5);
        for (var i = 0; i < count && bytes.Count > 0; i++)
            steps.Add(isXml && random.Next(3) != 0 ? MutateLines(bytes, random) : MutateBytes(bytes, random));
        return (bytes.ToArray(), string.Join(", ", steps));
    }

    private static string MutateBytes(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        switch (random.Next(6))
        {
            case 0:
                var bit = random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                return $"flip bit {bit} at {at}";
            case 1:
                var value = (byte)random.Next(256);
                bytes[at] = value;
                return $"set {at} to {value}";
            case 2:
                var inserted = new byte[random.Next(1, 17)];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                return $"insert {inserted.Length} bytes at {at}";
            case 3:
                var deleted = Math.Min(random.Next(1, 65), bytes.Count - at);
                bytes.RemoveRange(at, deleted);
                return $"delete {deleted} bytes at {at}";
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncate at {at}";
            default:
                // Extreme values where counts, sizes and times live.
                var extreme = (byte)(random.Next(2) == 0 ? 0x00 : 0xFF);
                var run = Math.Min(random.Next(1, 5), bytes.Count - at);
                for (var i = 0; i < run; i++)
                    bytes[at + i] = extreme;
                return $"set {run} bytes at {at} to {extreme}";
        }
    }

    private static string MutateLines(List<byte> bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
        var at = random.Next(lines.Count);
        string step;
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                step = $"delete line {at}";
                break;
            case 1:
                lines.Insert(at, lines[at]);
                step = $"double line {at}";
                break;
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                step = $"swap lines {at} and {other}";
                break;
            default:
                // A number or time made unreadable, negative or huge.
                var replacement = new[] { "-1", "1e308", "NaN", "x", "99999999999", "" }[random.Next(6)];
                lines[at] = System.Text.RegularExpressions.Regex.Replace(lines[at], "[0-9.:TZ-]{2,}", replacement);
                step = $"replace numbers in line {at} by \"{replacement}\"";
                break;
        }
        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return step;
    }
}
