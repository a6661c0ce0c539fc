namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// A QR code encoder (ISO/IEC 18004) for what a sheet prints: alphanumeric text at error correction level M in
/// versions 1 to 4. It does in a few microseconds what a general encoder does in a fraction of a millisecond, which
/// matters at 1,200 codes a print. Anything else is left to QRCoder (<see cref="TryEncode"/> answers null).
/// </summary>
public static class QrMatrix
{
    private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    // Level M, per version 1..4: data codewords per block, error correction codewords per block, blocks.
    private static readonly (int Data, int Ecc, int Blocks)[] Versions = [(16, 10, 1), (28, 16, 1), (44, 26, 1), (32, 18, 2)];

    private static readonly byte[][] Divisors = [.. Versions.Select(v => Divisor(v.Ecc))];

    /// <summary>
    /// The modules (true = dark), row by row, without the quiet zone; null when the text is not alphanumeric or too
    /// long for version 4. <paramref name="mask"/> forces a mask pattern (0..7) instead of the lowest-penalty one.
    /// </summary>
    public static bool[,]? TryEncode(string text, int? mask = null)
    {
        var version = 0;
        var bitCount = 4 + 9 + (11 * (text.Length / 2)) + (6 * (text.Length % 2));
        while (version < Versions.Length && bitCount > Versions[version].Data * Versions[version].Blocks * 8)
        {
            version++;
        }

        if (version == Versions.Length || text.Any(c => !Alphanumeric.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var (dataPerBlock, ecc, blocks) = Versions[version];
        var codewords = Interleave(DataCodewords(text, dataPerBlock * blocks), dataPerBlock, ecc, blocks, Divisors[version]);
        var size = 21 + (4 * version);
        var modules = new bool[size, size];
        var function = new bool[size, size];
        DrawFunctionPatterns(modules, function, size, version + 1);
        DrawCodewords(modules, function, size, codewords);

        var chosen = mask ?? Enumerable.Range(0, 8).MinBy(m =>
        {
            ApplyMask(modules, function, size, m);
            DrawFormat(modules, size, m);
            var penalty = Penalty(modules, size);
            ApplyMask(modules, function, size, m);
            return penalty;
        });
        ApplyMask(modules, function, size, chosen);
        DrawFormat(modules, size, chosen);
        return modules;
    }

    private static byte[] DataCodewords(string text, int capacity)
    {
        var bits = new BitWriter(capacity);
        bits.Append(0b0010, 4);
        bits.Append(text.Length, 9);
        for (var i = 0; i + 1 < text.Length; i += 2)
        {
            bits.Append((Alphanumeric.IndexOf(text[i], StringComparison.Ordinal) * 45) + Alphanumeric.IndexOf(text[i + 1], StringComparison.Ordinal), 11);
        }

        if (text.Length % 2 == 1)
        {
            bits.Append(Alphanumeric.IndexOf(text[^1], StringComparison.Ordinal), 6);
        }

        bits.Append(0, Math.Min(4, (capacity * 8) - bits.Length));
        bits.Append(0, (8 - (bits.Length % 8)) % 8);
        for (var pad = 0xEC; bits.Length < capacity * 8; pad ^= 0xEC ^ 0x11)
        {
            bits.Append(pad, 8);
        }

        return bits.Bytes;
    }

    private static byte[] Interleave(byte[] data, int dataPerBlock, int ecc, int blocks, byte[] divisor)
    {
        var result = new byte[(dataPerBlock + ecc) * blocks];
        for (var b = 0; b < blocks; b++)
        {
            var block = data.AsSpan(b * dataPerBlock, dataPerBlock);
            var remainder = Remainder(block, divisor);
            for (var i = 0; i < dataPerBlock; i++)
            {
                result[(i * blocks) + b] = block[i];
            }

            for (var i = 0; i < ecc; i++)
            {
                result[(dataPerBlock * blocks) + (i * blocks) + b] = remainder[i];
            }
        }

        return result;
    }

    private static void DrawFunctionPatterns(bool[,] modules, bool[,] function, int size, int version)
    {
        for (var i = 0; i < size; i++)
        {
            Set(modules, function, 6, i, i % 2 == 0);
            Set(modules, function, i, 6, i % 2 == 0);
        }

        foreach (var (cx, cy) in new[] { (3, 3), (size - 4, 3), (3, size - 4) })
        {
            for (var dy = -4; dy <= 4; dy++)
            {
                for (var dx = -4; dx <= 4; dx++)
                {
                    var (x, y) = (cx + dx, cy + dy);
                    if (x >= 0 && x < size && y >= 0 && y < size)
                    {
                        var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                        Set(modules, function, x, y, distance != 2 && distance != 4);
                    }
                }
            }
        }

        if (version > 1)
        {
            // Versions 2 to 6 have one alignment pattern, in the bottom-right corner's reach.
            var c = size - 7;
            for (var dy = -2; dy <= 2; dy++)
            {
                for (var dx = -2; dx <= 2; dx++)
                {
                    Set(modules, function, c + dx, c + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
                }
            }
        }

        // Reserve the format areas (drawn for real once the mask is chosen) and the dark module.
        for (var i = 0; i < 9; i++)
        {
            function[8, i] = function[i, 8] = true;
        }

        for (var i = 0; i < 8; i++)
        {
            function[8, size - 1 - i] = function[size - 1 - i, 8] = true;
        }
    }

    private static void DrawCodewords(bool[,] modules, bool[,] function, int size, byte[] codewords)
    {
        var i = 0;
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var vertical = 0; vertical < size; vertical++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var y = ((right + 1) & 2) == 0 ? size - 1 - vertical : vertical;
                    if (!function[y, x] && i < codewords.Length * 8)
                    {
                        modules[y, x] = ((codewords[i >> 3] >> (7 - (i & 7))) & 1) != 0;
                        i++;
                    }
                }
            }
        }
    }

    private static void ApplyMask(bool[,] modules, bool[,] function, int size, int mask)
    {
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var invert = mask switch
                {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => ((x / 3) + (y / 2)) % 2 == 0,
                    5 => (x * y % 2) + (x * y % 3) == 0,
                    6 => ((x * y % 2) + (x * y % 3)) % 2 == 0,
                    _ => (((x + y) % 2) + (x * y % 3)) % 2 == 0,
                };
                if (invert && !function[y, x])
                {
                    modules[y, x] = !modules[y, x];
                }
            }
        }
    }

    private static void DrawFormat(bool[,] modules, int size, int mask)
    {
        // Level M is 00; five data bits, a BCH(15,5) remainder, then the fixed XOR mask.
        var data = mask;
        var remainder = data;
        for (var i = 0; i < 10; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }

        var bits = ((data << 10) | remainder) ^ 0x5412;
        bool Bit(int i) => ((bits >> i) & 1) != 0;
        for (var i = 0; i <= 5; i++)
        {
            modules[i, 8] = Bit(i);
        }

        modules[7, 8] = Bit(6);
        modules[8, 8] = Bit(7);
        modules[8, 7] = Bit(8);
        for (var i = 9; i < 15; i++)
        {
            modules[8, 14 - i] = Bit(i);
        }

        for (var i = 0; i < 8; i++)
        {
            modules[8, size - 1 - i] = Bit(i);
        }

        for (var i = 8; i < 15; i++)
        {
            modules[size - 15 + i, 8] = Bit(i);
        }

        modules[size - 8, 8] = true;
    }

    // The standard's four penalty rules: runs of five or more, 2×2 blocks, finder-like patterns, dark/light balance.
    private static int Penalty(bool[,] modules, int size)
    {
        var penalty = 0;
        var dark = 0;
        for (var a = 0; a < size; a++)
        {
            int rowRun = 1, columnRun = 1;
            for (var b = 0; b < size; b++)
            {
                dark += modules[a, b] ? 1 : 0;
                if (b > 0)
                {
                    rowRun = modules[a, b] == modules[a, b - 1] ? rowRun + 1 : 1;
                    columnRun = modules[b, a] == modules[b - 1, a] ? columnRun + 1 : 1;
                    penalty += (rowRun == 5 ? 3 : rowRun > 5 ? 1 : 0) + (columnRun == 5 ? 3 : columnRun > 5 ? 1 : 0);
                }

                if (a > 0 && b > 0 && modules[a, b] == modules[a - 1, b] && modules[a, b] == modules[a, b - 1] && modules[a, b] == modules[a - 1, b - 1])
                {
                    penalty += 3;
                }

                if (b + 10 < size)
                {
                    penalty += (FinderLike(i => modules[a, b + i]) ? 40 : 0) + (FinderLike(i => modules[b + i, a]) ? 40 : 0);
                }
            }
        }

        var percent = dark * 100 / (size * size);
        return penalty + (Math.Abs(percent - 50) / 5 * 10);
    }

    // 1011101 with four light modules before or after it, over eleven modules.
    private static bool FinderLike(Func<int, bool> at) =>
        (at(4) && !at(5) && at(6) && at(7) && at(8) && !at(9) && at(10) && !at(0) && !at(1) && !at(2) && !at(3))
        || (at(0) && !at(1) && at(2) && at(3) && at(4) && !at(5) && at(6) && !at(7) && !at(8) && !at(9) && !at(10));

    private static void Set(bool[,] modules, bool[,] function, int x, int y, bool dark)
    {
        modules[y, x] = dark;
        function[y, x] = true;
    }

    private static byte Multiply(byte x, byte y)
    {
        var z = 0;
        for (var i = 7; i >= 0; i--)
        {
            z = (z << 1) ^ ((z >> 7) * 0x11D);
            z ^= ((y >> i) & 1) * x;
        }

        return (byte)z;
    }

    private static byte[] Divisor(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree)
                {
                    result[j] ^= result[j + 1];
                }
            }

            root = Multiply(root, 0x02);
        }

        return result;
    }

    private static byte[] Remainder(ReadOnlySpan<byte> data, byte[] divisor)
    {
        var result = new byte[divisor.Length];
        foreach (var b in data)
        {
            var factor = (byte)(b ^ result[0]);
            Array.Copy(result, 1, result, 0, result.Length - 1);
            result[^1] = 0;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] ^= Multiply(divisor[i], factor);
            }
        }

        return result;
    }

    private sealed class BitWriter(int capacity)
    {
        public byte[] Bytes { get; } = new byte[capacity];

        public int Length { get; private set; }

        public void Append(int value, int count)
        {
            for (var i = count - 1; i >= 0; i--, Length++)
            {
                if (((value >> i) & 1) != 0)
                {
                    Bytes[Length >> 3] |= (byte)(0x80 >> (Length & 7));
                }
            }
        }
    }
}
