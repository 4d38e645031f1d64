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

    public void Add(ClassificationEntry entry) => Entries.Add(entry);

    public void Skip(int lineNumber, string reason)
    {
        Skipped++;
        if (_problems.Count < TableLoadResult.MaxProblems)
        {
            _problems.Add(new TableLoadProblem(lineNumber, reason));
        }
    }
}
