using System.Buffers.Binary;
using HybridTrainer.Activities.Fit;

namespace HybridTrainer.Activities.Tests.Fuzz;

/// <summary>
/// Makes a damaged FIT file's sizes and CRCs consistent again, as a device with a bug would write it: otherwise the CRC
/// check refuses nearly every mutation and the message reader behind it is never reached.
/// </summary>
internal static class FitResealer
{
    public static byte[] Reseal(byte[] bytes)
    {
        if (bytes.Length < 16 || !bytes.AsSpan(8, 4).SequenceEqual(".FIT"u8) || bytes[0] is not (12 or 14))
            return bytes;
        var headerSize = bytes[0];
        var resealed = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(resealed.AsSpan(4), (uint)(resealed.Length - headerSize - 2));
        if (headerSize == 14)
            BinaryPrimitives.WriteUInt16LittleEndian(resealed.AsSpan(12), FitCrc.Compute(resealed.AsSpan(0, 12)));
        BinaryPrimitives.WriteUInt16LittleEndian(resealed.AsSpan(resealed.Length - 2), FitCrc.Compute(resealed.AsSpan(0, resealed.Length - 2)));
        return resealed;
    }
}
