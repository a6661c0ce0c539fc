using System.Buffers.Binary;
using System.Text;

namespace HybridTrainer.CircuitProbe.Headless;

/// <summary>
/// Follows the click handler of one button (found by its text, anywhere in a component's markup or as a button
/// component's own element) through Blazor Server's binary render batches
/// (RenderBatchWriter: diffs of 16-byte edits, reference frames of 20 bytes, a string table, five offsets at the end).
/// Handler ids change when the button re-renders with a new delegate, so later batches are read too: a SetAttribute
/// edit of "onclick" in the button's component carries the new id.
/// </summary>
internal sealed class ButtonHandlerTracker(string buttonText)
{
    private const int FrameSize = 20;
    private const int EditSize = 16;
    private const int PrependFrame = 1;
    private const int SetAttribute = 3;
    private const int Element = 1;
    private const int Text = 2;
    private const int Attribute = 3;
    private const int Component = 4;
    private const int Region = 5;
    private const int Markup = 8;

    private int? _componentId;

    public ulong? Handler { get; private set; }

    public void Read(ReadOnlySpan<byte> batch)
    {
        if (batch.Length < 20)
        {
            return;
        }

        var reader = new Batch(batch);
        var diffTable = Int(batch, batch.Length - 20);
        for (var d = 0; d < Int(batch, diffTable); d++)
        {
            var diff = Int(batch, diffTable + 4 + (d * 4));
            var componentId = Int(batch, diff);
            var edits = Int(batch, diff + 4);
            for (var e = 0; e < edits; e++)
            {
                var edit = diff + 8 + (e * EditSize);
                var type = Int(batch, edit);
                var frame = Int(batch, edit + 8);
                if (type == PrependFrame && reader.FindButton(frame, buttonText) is { } found)
                {
                    (_componentId, Handler) = (componentId, found);
                }
                else if (type == SetAttribute && componentId == _componentId && reader.Click(frame) is { } changed)
                {
                    Handler = changed;
                }
            }
        }
    }

    private static int Int(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt32LittleEndian(data[offset..]);

    private readonly ref struct Batch(ReadOnlySpan<byte> batch)
    {
        private readonly ReadOnlySpan<byte> _batch = batch;
        private readonly int _frames = Int(batch, batch.Length - 16) + 4;
        private readonly int _frameCount = Int(batch, Int(batch, batch.Length - 16));
        private readonly int _strings = Int(batch, batch.Length - 4);

        /// <summary>The onclick handler id of the first button with the text in the frame's subtree.</summary>
        public ulong? FindButton(int index, string text)
        {
            var end = Math.Min(_frameCount, index + SubtreeLength(index));
            for (var i = index; i < end; i++)
            {
                if (ButtonClick(i, text) is { } handler)
                {
                    return handler;
                }
            }

            return null;
        }

        /// <summary>The onclick handler id of a button element frame whose subtree holds the text.</summary>
        public ulong? ButtonClick(int index, string text)
        {
            if (Type(index) != Element || String(Int(_batch, Offset(index) + 8)) != "button")
            {
                return null;
            }

            var end = Math.Min(_frameCount, index + Int(_batch, Offset(index) + 4));
            ulong? handler = null;
            var hasText = false;
            for (var i = index + 1; i < end; i++)
            {
                handler ??= Click(i);
                hasText |= Type(i) is Text or Markup && String(Int(_batch, Offset(i) + 4))?.Trim() == text;
            }

            return hasText ? handler : null;
        }

        /// <summary>The handler id when the frame is an onclick attribute.</summary>
        public ulong? Click(int index) =>
            Type(index) == Attribute && String(Int(_batch, Offset(index) + 4)) == "onclick"
                ? BinaryPrimitives.ReadUInt64LittleEndian(_batch[(Offset(index) + 12)..])
                : null;

        private int Offset(int index) => _frames + (index * FrameSize);

        // Elements, regions and components carry their subtree's length; every other frame stands alone.
        private int SubtreeLength(int index) => Type(index) is Element or Region or Component ? Math.Max(1, Int(_batch, Offset(index) + 4)) : 1;

        private int Type(int index) => index >= 0 && index < _frameCount ? Int(_batch, Offset(index)) : 0;

        private string? String(int index)
        {
            if (index < 0 || index >= (_batch.Length - 20 - _strings) / 4)
            {
                return null;
            }

            // BinaryWriter.Write(string): a 7-bit encoded length, then UTF-8.
            var position = Int(_batch, _strings + (index * 4));
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _batch[position++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return Encoding.UTF8.GetString(_batch.Slice(position, length));
        }
    }
}
