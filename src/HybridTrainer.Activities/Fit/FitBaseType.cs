using System.Buffers.Binary;

namespace HybridTrainer.Activities.Fit;

/// <summary>Reads one value of a FIT base type; a field holding its type's invalid sentinel reads as NaN.</summary>
internal static class FitBaseType
{
    public static double Read(byte baseType, ReadOnlySpan<byte> field, bool bigEndian)
    {
        // Arrays hold several values; the fields this library reads are scalars, so the first element is enough.
        switch (baseType & 0x1F)
        {
            case 0x00 or 0x02 or 0x0D when field.Length >= 1: // enum, uint8, byte
                return field[0] == 0xFF ? double.NaN : field[0];
            case 0x0A when field.Length >= 1: // uint8z
                return field[0] == 0 ? double.NaN : field[0];
            case 0x01 when field.Length >= 1: // sint8
                return field[0] == 0x7F ? double.NaN : (sbyte)field[0];
            case 0x03 when field.Length >= 2:
                var s16 = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(field) : BinaryPrimitives.ReadInt16LittleEndian(field);
                return s16 == short.MaxValue ? double.NaN : s16;
            case 0x04 or 0x0B when field.Length >= 2: // uint16, uint16z
                var u16 = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(field) : BinaryPrimitives.ReadUInt16LittleEndian(field);
                return u16 == ((baseType & 0x1F) == 0x0B ? 0 : ushort.MaxValue) ? double.NaN : u16;
            case 0x05 when field.Length >= 4:
                var s32 = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(field) : BinaryPrimitives.ReadInt32LittleEndian(field);
                return s32 == int.MaxValue ? double.NaN : s32;
            case 0x06 or 0x0C when field.Length >= 4: // uint32, uint32z
                var u32 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field);
                return u32 == ((baseType & 0x1F) == 0x0C ? 0 : uint.MaxValue) ? double.NaN : u32;
            case 0x08 when field.Length >= 4:
                var f32 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field);
                return f32 == uint.MaxValue ? double.NaN : BitConverter.UInt32BitsToSingle(f32);
            case 0x09 when field.Length >= 8:
                var f64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(field) : BinaryPrimitives.ReadUInt64LittleEndian(field);
                return f64 == ulong.MaxValue ? double.NaN : BitConverter.UInt64BitsToDouble(f64);
            case 0x0E when field.Length >= 8:
                var s64 = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(field) : BinaryPrimitives.ReadInt64LittleEndian(field);
                return s64 == long.MaxValue ? double.NaN : s64;
            case 0x0F or 0x10 when field.Length >= 8: // uint64, uint64z
                var u64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(field) : BinaryPrimitives.ReadUInt64LittleEndian(field);
                return u64 == ((baseType & 0x1F) == 0x10 ? 0 : ulong.MaxValue) ? double.NaN : u64;
            default: // string, or a field too short for its type: nothing numeric to read
                return double.NaN;
        }
    }
}
