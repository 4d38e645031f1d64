using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// One document's bound sections and their findings from its last analysis, keyed by <see cref="SectionKey"/>,
/// so that after an edit only the sections the edit parsed again are bound and checked again; the others are
/// reused as they are: their findings are kept in the section's own spans and placed where the section now
/// stands by the one who publishes them (<see cref="DiagnosticBag"/>). Valid only while <see cref="Context"/> (the tables and the
/// rules in scope) stays the same: a memo made under another context starts empty.
/// </summary>
/// <remarks>
/// Each analysis makes a new memo from the previous one and only reads the previous one, so analyses
/// of one document may overlap (the last to finish is kept). Sections whose findings look outside
/// themselves (a fix that moves a statement to another section, a message citing a line number) are
/// never reused.
/// </remarks>
internal sealed class SectionMemo
{
    private readonly Dictionary<SectionKey, Entry> entries;
    private Dictionary<SectionKey, Entry> previous;
    private Dictionary<BoundSection, Entry> uses;

    private SectionMemo(ClassificationSet tables, string context, Dictionary<SectionKey, Entry> previous)
    {
        Tables = tables;
        Context = context;
        this.previous = previous;
        // An edit keeps the document's sections: sized for them once, not grown (and copied) step by step on a 50,000-line file.
        entries = new(previous.Count);
        uses = new(previous.Count, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The tables the sections were read in.</summary>
    public ClassificationSet Tables { get; }

    /// <summary>What every section's findings depend on besides its own key and the tables: the rules in scope (see <see cref="SectionKey.Context"/>).</summary>
    public string Context { get; }

    /// <summary>Sections bound again by the analysis this memo served (the others were reused).</summary>
    public int Rebound { get; private set; }

    /// <summary>A memo for the next analysis: the previous one's entries when the context is the same.</summary>
    public static SectionMemo Next(SectionMemo? last, ClassificationSet tables, string context) =>
        new(tables, context, last is not null && ReferenceEquals(last.Tables, tables) && string.Equals(last.Context, context, StringComparison.Ordinal) ? last.entries : []);

    /// <summary>The previous analysis's section of this key with its binder findings (in the section's own spans); null when there is none to reuse.</summary>
    public (BoundSection Section, IReadOnlyList<Diagnostic> Diagnostics)? Reuse(SectionKey key)
    {
        if (!(entries.TryGetValue(key, out var entry) || previous.TryGetValue(key, out entry)) || !entry.Reusable)
        {
            return null;
        }
        entries[key] = entry;
        uses[entry.Section] = entry;
        return (entry.Section, entry.Diagnostics);
    }

    /// <summary>Keeps a section just bound with the binder's findings for it, in the section's own spans.</summary>
    public void Record(SectionKey key, BoundSection section, IReadOnlyList<Diagnostic> diagnostics, bool reusable)
    {
        Rebound++;
        var entry = new Entry(section, diagnostics, reusable);
        if (reusable)
        {
            entries[key] = entry;
        }
        uses[section] = entry;
    }

    /// <summary>The rule and sequence findings kept for a section of this analysis (in its own spans); null when they have to be checked.</summary>
    public (IReadOnlyList<Diagnostic> Rules, IReadOnlyList<Diagnostic> Sequence)? Checks(BoundSection section) =>
        uses.TryGetValue(section, out var entry) ? entry.Checks : null;

    /// <summary>Keeps a section's rule and sequence findings for the next analyses.</summary>
    public void KeepChecks(BoundSection section, IReadOnlyList<Diagnostic> rules, IReadOnlyList<Diagnostic> sequence)
    {
        if (uses.TryGetValue(section, out var entry) && entry.Reusable)
        {
            entry.Checks = (rules, sequence);
        }
    }

    /// <summary>The analysis is done: keep only what the next one needs (this analysis's entries), not the one before's.</summary>
    public void Seal()
    {
        previous = [];
        uses = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class Entry(BoundSection section, IReadOnlyList<Diagnostic> diagnostics, bool reusable)
    {
        public BoundSection Section { get; } = section;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public bool Reusable { get; } = reusable;

        public (IReadOnlyList<Diagnostic> Rules, IReadOnlyList<Diagnostic> Sequence)? Checks { get; set; }
    }
}
