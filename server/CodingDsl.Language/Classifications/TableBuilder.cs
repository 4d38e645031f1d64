namespace CodingDsl.Language.Classifications;

/// <summary>Collects the entries a reader accepts and the lines it skips.</summary>
internal sealed class TableBuilder
{
    private readonly List<TableLoadProblem> _problems = new();

    public List<ClassificationEntry> Entries { get; } = new();

    public int Skipped { get; private set; }

    public IReadOnlyList<TableLoadProblem> Problems => _problems;

    /// <summary>Set by a reader when the file as a whole cannot be read in its format.</summary>
    public string? FatalError { get; set; }

    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);

    /// <summary>Adds an entry read at a line; a code seen before is skipped (the first row wins).</summary>
    public void Add(ClassificationEntry entry, int lineNumber)
    {
        if (_firstLine.TryGetValue(entry.Code, out var first))
        {
            Skip(lineNumber, $"{entry.Code} appears again (first at line {first}); the first row is kept");
            return;
        }

        _firstLine[entry.Code] = lineNumber;
        Entries.Add(entry);
    }

    public void Skip(int lineNumber, string reason)
    {
        Skipped++;
        if (_problems.Count < TableLoadResult.MaxProblems)
        {
            _problems.Add(new TableLoadProblem(lineNumber, reason));
        }
    }
}
