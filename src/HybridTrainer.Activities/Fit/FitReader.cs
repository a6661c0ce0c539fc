using System.Buffers.Binary;

namespace HybridTrainer.Activities.Fit;

/// <summary>
/// Walks the FIT protocol (header, definition and data messages, compressed timestamps, chained files) and hands
/// each data message to a sink. Loops only, no recursion; every length is checked before it is used.
/// </summary>
internal static class FitReader
{
    public const int MaxMessages = 2_000_000;

    public static void Read(ReadOnlySpan<byte> content, IFitMessageSink sink)
    {
        var message = new FitMessage();
        var messageCount = 0;
        var offset = 0;
        var fileIndex = 0;
        while (offset < content.Length)
        {
            if (fileIndex > 0 && content[offset..].IndexOfAnyExcept((byte)0) < 0)
                return; // zero padding after the last file
            var dataStart = ReadHeader(content, offset, fileIndex, out var dataSize);
            if (dataStart + dataSize + 2 > content.Length)
                throw new ActivityFileException(DecodeError.FitTruncated, $"The FIT file ends early (truncated at byte {content.Length}).", content.Length);
            var dataEnd = (int)(dataStart + dataSize);
            var storedCrc = BinaryPrimitives.ReadUInt16LittleEndian(content[dataEnd..]);
            if (FitCrc.Compute(content[offset..dataEnd]) != storedCrc)
                throw new ActivityFileException(DecodeError.FitCrcMismatch, "The FIT file's CRC does not match: the file is damaged.");

            sink.BeginFile();
            ReadMessages(content[..dataEnd], dataStart, sink, message, ref messageCount);
            offset = dataEnd + 2;
            fileIndex++;
        }
    }

    private static int ReadHeader(ReadOnlySpan<byte> content, int offset, int fileIndex, out long dataSize)
    {
        var where = fileIndex == 0 ? "This is not a FIT file" : $"The FIT file chained at byte {offset} is damaged";
        var remaining = content[offset..];
        if (remaining.Length < 12)
        {
            throw fileIndex == 0
                ? new ActivityFileException(DecodeError.FitTooShort, "This is not a FIT file: it is shorter than a FIT header.")
                : new ActivityFileException(DecodeError.FitTruncated, $"The FIT file ends early (truncated at byte {content.Length}).", content.Length);
        }
        if (!remaining.Slice(8, 4).SequenceEqual(".FIT"u8))
            throw fileIndex == 0
                ? new ActivityFileException(DecodeError.FitNoSignature, $"{where}: its header has no \".FIT\" signature.")
                : new ActivityFileException(DecodeError.FitChainedNoSignature, $"{where}: its header has no \".FIT\" signature.", offset);
        int headerSize = remaining[0];
        if (headerSize < 12)
            throw fileIndex == 0
                ? new ActivityFileException(DecodeError.FitHeaderTooShort, $"{where}: its header is {headerSize} bytes long, too short for FIT.", headerSize)
                : new ActivityFileException(DecodeError.FitChainedHeaderTooShort, $"{where}: its header is {headerSize} bytes long, too short for FIT.", offset, headerSize);
        if (headerSize > remaining.Length)
            throw new ActivityFileException(DecodeError.FitTruncated, $"The FIT file ends early (truncated at byte {content.Length}).", content.Length);
        if (headerSize >= 14)
        {
            var headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(remaining[12..]);
            if (headerCrc != 0 && headerCrc != FitCrc.Compute(remaining[..12]))
                throw new ActivityFileException(DecodeError.FitHeaderCrcMismatch, "The FIT header's CRC does not match: the file is damaged.");
        }
        dataSize = BinaryPrimitives.ReadUInt32LittleEndian(remaining[4..]);
        return offset + headerSize;
    }

    private static void ReadMessages(ReadOnlySpan<byte> file, int position, IFitMessageSink sink, FitMessage message, ref int messageCount)
    {
        var definitions = new FitMessageDefinition?[16];
        uint lastTimestamp = 0;
        while (position < file.Length)
        {
            if (++messageCount > MaxMessages)
                throw new ActivityFileException(DecodeError.FitTooManyMessages, $"The FIT file holds more than {MaxMessages:N0} messages; it is too large to read.", MaxMessages);
            var recordStart = position;
            var header = file[position++];
            if ((header & 0x80) != 0)
            {
                // Compressed timestamp header: 5 bits of seconds on top of the last full timestamp, rolling over every 32 s.
                var definition = DefinitionFor(definitions, (header >> 5) & 0x03, recordStart);
                var timeOffset = (uint)(header & 0x1F);
                lastTimestamp += (timeOffset - (lastTimestamp & 0x1F)) & 0x1F;
                position = ReadData(file, position, definition, message, recordStart);
                if (double.IsNaN(message[FitMessage.Timestamp]))
                    message.Set(FitMessage.Timestamp, lastTimestamp);
                sink.Accept(message);
            }
            else if ((header & 0x40) != 0)
            {
                definitions[header & 0x0F] = ReadDefinition(file, ref position, hasDeveloperFields: (header & 0x20) != 0, recordStart);
            }
            else
            {
                var definition = DefinitionFor(definitions, header & 0x0F, recordStart);
                position = ReadData(file, position, definition, message, recordStart);
                var timestamp = message[FitMessage.Timestamp];
                if (!double.IsNaN(timestamp))
                    lastTimestamp = (uint)timestamp;
                sink.Accept(message);
            }
        }
    }

    private static FitMessageDefinition DefinitionFor(FitMessageDefinition?[] definitions, int localType, int recordStart) =>
        definitions[localType]
        ?? throw new ActivityFileException(DecodeError.FitUndefinedLocalType, $"The FIT file is damaged: the message at byte {recordStart} uses local type {localType} before defining it.", recordStart, localType);

    private static FitMessageDefinition ReadDefinition(ReadOnlySpan<byte> file, ref int position, bool hasDeveloperFields, int recordStart)
    {
        var fixedPart = Take(file, ref position, 5, recordStart);
        var bigEndian = fixedPart[1] switch
        {
            0 => false,
            1 => true,
            _ => throw new ActivityFileException(DecodeError.FitUnknownByteOrder, $"The FIT file is damaged: the definition at byte {recordStart} names an unknown byte order.", recordStart),
        };
        var globalNumber = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..]) : BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[2..]);
        var fieldBytes = Take(file, ref position, fixedPart[4] * 3, recordStart);
        var fields = new FitFieldDefinition[fixedPart[4]];
        for (var i = 0; i < fields.Length; i++)
            fields[i] = new FitFieldDefinition(fieldBytes[i * 3], fieldBytes[(i * 3) + 1], fieldBytes[(i * 3) + 2]);

        // Developer fields are described elsewhere (field_description); only their sizes matter here, to skip their bytes.
        var developerDataSize = 0;
        if (hasDeveloperFields)
        {
            var count = Take(file, ref position, 1, recordStart)[0];
            var developerFields = Take(file, ref position, count * 3, recordStart);
            for (var i = 0; i < count; i++)
                developerDataSize += developerFields[(i * 3) + 1];
        }
        return new FitMessageDefinition(globalNumber, bigEndian, fields, developerDataSize);
    }

    private static int ReadData(ReadOnlySpan<byte> file, int position, FitMessageDefinition definition, FitMessage message, int recordStart)
    {
        var data = Take(file, ref position, definition.DataSize, recordStart);
        message.Reset(definition.GlobalNumber);
        var fieldStart = 0;
        foreach (var field in definition.Fields)
        {
            var bytes = data.Slice(fieldStart, field.Size);
            message.Set(field.Number, FitBaseType.Read(field.BaseType, bytes, definition.BigEndian));
            if ((field.BaseType & 0x1F) == FitText.BaseType)
                message.SetText(field.Number, FitText.Read(bytes));
            fieldStart += field.Size;
        }
        return position;
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> file, ref int position, int length, int recordStart)
    {
        if (length > file.Length - position)
            throw new ActivityFileException(DecodeError.FitMessageOverrun, $"The FIT file is damaged: the message at byte {recordStart} runs past the end of its data.", recordStart);
        var slice = file.Slice(position, length);
        position += length;
        return slice;
    }
}
