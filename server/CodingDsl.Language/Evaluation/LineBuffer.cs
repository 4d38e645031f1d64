namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Lines of a text read into one reused character buffer, as <see cref="TextReader.ReadLine"/> splits
/// them (`\n`, `\r\n` or a lone `\r` ends a line; no empty last line after a final break) but without
/// a string per line: a line is a slice of the buffer, valid until the next call. A line longer than
/// the limit is skipped to its end and reported as too long, so memory stays bounded whatever the file.
/// </summary>
internal sealed class LineBuffer(TextReader reader, int maxLineLength)
{
    // Twice the longest line: after moving the unread rest to the front, a whole line always fits.
    private readonly char[] buffer = new char[Math.Max(2 * (maxLineLength + 2), 4096)];
    private int start;
    private int end;
    private bool endOfText;

    /// <summary>What one call read.</summary>
    public enum Outcome
    {
        EndOfText,
        Line,

        /// <summary>A line longer than the limit, skipped (the line is empty).</summary>
        TooLong,

        /// <summary>As <see cref="TooLong"/>, but the line was all white space.</summary>
        TooLongBlank,
    }

    public Outcome Next(out ReadOnlyMemory<char> line)
    {
        line = default;
        var scanned = 0; // characters of the current line already searched for a break
        var skipping = false;
        var blank = true;
        while (true)
        {
            var rest = buffer.AsSpan(start + scanned, end - start - scanned);
            var at = rest.IndexOfAny('\r', '\n');
            if (at >= 0)
            {
                var stop = start + scanned + at;
                if (!skipping && stop - start > maxLineLength)
                {
                    skipping = true;
                    blank = buffer.AsSpan(start, stop - start).IsWhiteSpace();
                    start = stop;
                    scanned = 0;
                }
                if (buffer[stop] == '\r' && stop + 1 == end && !endOfText)
                {
                    // "\r" at the end of what was read: whether "\n" follows decides where the next line starts.
                    scanned = stop - start;
                    Fill();
                    continue;
                }
                if (skipping)
                {
                    blank &= buffer.AsSpan(start, stop - start).IsWhiteSpace();
                }
                else
                {
                    line = new ReadOnlyMemory<char>(buffer, start, stop - start);
                }
                start = stop + (buffer[stop] == '\r' && stop + 1 < end && buffer[stop + 1] == '\n' ? 2 : 1);
                return !skipping ? Outcome.Line : blank ? Outcome.TooLongBlank : Outcome.TooLong;
            }
            if (endOfText)
            {
                if (start == end && !skipping)
                {
                    return Outcome.EndOfText;
                }
                if (skipping)
                {
                    blank &= buffer.AsSpan(start, end - start).IsWhiteSpace();
                    start = end;
                    return blank ? Outcome.TooLongBlank : Outcome.TooLong;
                }
                line = new ReadOnlyMemory<char>(buffer, start, end - start);
                start = end;
                return Outcome.Line;
            }
            if (skipping || end - start > maxLineLength)
            {
                // Too long to keep: drop what is read of it (noting whether it was all blank) and go on
                // looking for its end.
                skipping = true;
                blank &= buffer.AsSpan(start, end - start).IsWhiteSpace();
                start = end;
                scanned = 0;
            }
            else
            {
                scanned = end - start;
            }
            Fill();
        }
    }

    /// <summary>Moves the unread rest to the front and reads more after it.</summary>
    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        var read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfText = true;
        }
        end += read;
    }
}
