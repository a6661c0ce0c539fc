using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace HybridTrainer.Activities.Fit;

/// <summary>One field of a data message to write; numbers are raw (already scaled), an invalid sentinel means absent.</summary>
internal readonly record struct FitFieldValue(byte Number, byte BaseType, byte Size, ulong Value, string? Text = null)
{
    public static FitFieldValue Enum(byte number, byte? value) => new(number, 0x00, 1, value ?? byte.MaxValue);

    public static FitFieldValue UInt16(byte number, ushort? value) => new(number, 0x84, 2, value ?? ushort.MaxValue);

    public static FitFieldValue UInt32(byte number, uint? value) => new(number, 0x86, 4, value ?? uint.MaxValue);

    public static FitFieldValue UInt32Z(byte number, uint? value) => new(number, 0x8C, 4, value ?? 0);

    /// <summary>A string field of a fixed size (text bytes + null), shared by all messages under one definition.</summary>
    public static FitFieldValue String(byte number, string? text, byte size) => new(number, FitText.BaseType, size, 0, text);

    /// <summary>The field size that holds the text in UTF-8 with its null, at most 255 bytes (longer text is cut).</summary>
    public static byte StringSize(string? text) => (byte)Math.Min(255, Encoding.UTF8.GetByteCount(text ?? "") + 1);
}

/// <summary>
/// Writes a FIT file (protocol 1.0, little-endian): a 14-byte header with its CRC, data messages each preceded by a
/// definition whenever their layout changes (all on local type 0, as the SDK's own encoder does), and the file CRC.
/// </summary>
internal sealed class FitFileWriter
{
    private const byte ProtocolVersion = 0x10; // 1.0: nothing here needs 2.0 (64-bit types, developer fields)
    private const int HeaderSize = 14;

    private readonly ArrayBufferWriter<byte> _data = new(512);
    private ushort _definedMessage = ushort.MaxValue;
    private FitFieldDefinition[] _definedFields = [];

    public void Write(ushort globalMessage, ReadOnlySpan<FitFieldValue> fields)
    {
        var layout = new FitFieldDefinition[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            layout[i] = new FitFieldDefinition(fields[i].Number, fields[i].Size, fields[i].BaseType);
        if (globalMessage != _definedMessage || !layout.AsSpan().SequenceEqual(_definedFields))
            Define(globalMessage, layout);

        Put([0x00]); // data message, local type 0
        foreach (var field in fields)
        {
            var span = _data.GetSpan(field.Size)[..field.Size];
            switch (field.BaseType)
            {
                case FitText.BaseType:
                    Encode(field.Text, span);
                    break;
                case 0x84:
                    BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)field.Value);
                    break;
                case 0x86 or 0x8C:
                    BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)field.Value);
                    break;
                default:
                    span[0] = (byte)field.Value;
                    break;
            }
            _data.Advance(field.Size);
        }
    }

    public byte[] ToFile(ushort profileVersion)
    {
        var file = new byte[HeaderSize + _data.WrittenCount + 2];
        file[0] = HeaderSize;
        file[1] = ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), profileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)_data.WrittenCount);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        _data.WrittenSpan.CopyTo(file.AsSpan(HeaderSize));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(file.Length - 2), FitCrc.Compute(file.AsSpan(0, file.Length - 2)));
        return file;
    }

    private void Define(ushort globalMessage, FitFieldDefinition[] layout)
    {
        Span<byte> fixedPart = [0x40, 0, 0, 0, 0, (byte)layout.Length]; // definition of local type 0; reserved; little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[3..], globalMessage);
        Put(fixedPart);
        foreach (var field in layout)
            Put([field.Number, field.Size, field.BaseType]);
        _definedMessage = globalMessage;
        _definedFields = layout;
    }

    private void Put(ReadOnlySpan<byte> bytes) => _data.Write(bytes);

    /// <summary>UTF-8 cut at a whole character so that a null always fits; the rest of the field is zero.</summary>
    private static void Encode(string? text, Span<byte> field)
    {
        field.Clear();
        Utf8.FromUtf16(text ?? "", field[..^1], out _, out _, replaceInvalidSequences: true, isFinalBlock: true);
    }
}
