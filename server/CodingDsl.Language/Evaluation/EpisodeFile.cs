namespace CodingDsl.Language.Evaluation;

/// <summary>Chooses the reader for an episode file: JSON when it is named *.json or starts with `[`, else CSV.</summary>
public static class EpisodeFile
{
    public static IEnumerable<EpisodeRecord> Read(TextReader reader, string name, EpisodeCodeReader codes) =>
        Open(reader, name, codes).Records();

    /// <summary>The rows into reused slots: for CSV, nothing is allocated for a row that reads cleanly (JSON rows are made one by one).</summary>
    public static EpisodeSource Open(TextReader reader, string name, EpisodeCodeReader codes)
    {
        var json = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!json && !name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var first = reader.Peek();
            while (first is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                reader.Read();
                first = reader.Peek();
            }
            json = first == '[';
        }
        return json ? EpisodeSource.FromRecords(EpisodeJsonReader.Read(reader, codes)) : EpisodeCsvReader.Open(reader, codes);
    }
}
