namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>CRC-16/ARC bit by bit: the FIT SDK's polynomial, computed another way than the library's nibble table.</summary>
internal static class Crc16
{
    public static ushort Of(ReadOnlySpan<byte> bytes)
    {
        ushort crc = 0;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
        }
        return crc;
    }
}
