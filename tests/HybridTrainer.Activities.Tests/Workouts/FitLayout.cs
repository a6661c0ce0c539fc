using System.Buffers.Binary;

namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>
/// The definition messages of a FIT file, listed by a separate minimal walk (no compressed timestamps, no developer
/// fields), so that tests compare field numbers and base types without going through the library's own reader.
/// </summary>
internal static class FitLayout
{
    public sealed record Definition(ushort GlobalNumber, IReadOnlyList<(byte Number, byte Size, byte BaseType)> Fields);

    public static List<Definition> Definitions(byte[] file)
    {
        var definitions = new List<Definition>();
        var sizes = new Dictionary<int, int>();
        var position = (int)file[0];
        var end = position + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        while (position < end)
        {
            var header = file[position++];
            if ((header & 0x40) != 0)
            {
                var bigEndian = file[position + 1] == 1;
                var global = bigEndian
                    ? BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(position + 2))
                    : BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(position + 2));
                var count = file[position + 4];
                position += 5;
                var fields = Enumerable.Range(0, count)
                    .Select(i => (file[position + (i * 3)], file[position + (i * 3) + 1], file[position + (i * 3) + 2])).ToList();
                position += count * 3;
                definitions.Add(new Definition(global, fields));
                sizes[header & 0x0F] = fields.Sum(f => f.Item2);
            }
            else
            {
                position += sizes[header & 0x0F];
            }
        }
        return definitions;
    }
}
