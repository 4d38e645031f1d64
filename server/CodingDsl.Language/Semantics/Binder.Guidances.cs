using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>A guidance block: its header statements (source, notes, classification versions) and its sections in order.</summary>
public sealed partial class Binder
{
    private BoundGuidance BindGuidance(GuidanceDeclaration syntax, int start)
    {
        string? source = null;
        var versions = new List<ClassificationVersion>();
        var notes = new List<string>();
        var sections = new List<BoundSection>(syntax.Items.Count);
        var sectionStarts = new List<int>(syntax.Items.Count);
        for (var i = 0; i < syntax.Items.Count; i++)
        {
            diagnostics.UnitStart = start + syntax.ItemOffsets[i];
            switch (syntax.Items[i])
            {
                case SourceStatement s:
                    source = s.Url.Value;
                    break;
                case NoteStatement n:
                    notes.Add(n.Text.Value);
                    break;
                case ClassificationsStatement c:
                    versions.AddRange(c.Versions.Select(BindVersion).OfType<ClassificationVersion>());
                    break;
            }
        }
        currentGuidance = syntax;
        currentGuidanceStart = start;
        var versionsKey = memo is null ? null : SectionKey.Versions(versions);
        for (var i = 0; i < syntax.Items.Count; i++)
        {
            if (syntax.Items[i] is SectionDeclaration section)
            {
                var sectionStart = start + syntax.ItemOffsets[i];
                diagnostics.UnitStart = sectionStart;
                sections.Add(versionsKey is null ? BindSection(section, versions) : BindSectionOnce(section, versions, versionsKey));
                sectionStarts.Add(sectionStart);
            }
        }
        currentGuidance = null;
        diagnostics.UnitStart = start;
        if (sections.Count == 0 && syntax.Id.Text.Length > 0)
        {
            diagnostics.Add(DiagnosticFactory.EmptyGuidance(syntax.Id.LocalSpan, syntax.Id.Text));
        }
        if (syntax.Id.Text.Length > 0 && !GuidanceIdPattern().IsMatch(syntax.Id.Text))
        {
            diagnostics.Add(DiagnosticFactory.BadGuidanceId(syntax.Id.LocalSpan, syntax.Id.Text));
        }
        return new BoundGuidance(syntax, syntax.Id.Text, syntax.Title?.Value, source, versions, notes, sections, start, sectionStarts);
    }

    private ClassificationVersion? BindVersion(SyntaxToken token)
    {
        var m = VersionPattern().Match(token.Text);
        if (!m.Success)
        {
            diagnostics.Add(DiagnosticFactory.BadVersion(token.LocalSpan, token.Text));
            return null;
        }
        var system = m.Groups["s"].Value == "opcs" ? CodeSystem.Opcs4 : CodeSystem.Icd10;
        var version = new ClassificationVersion(system, m.Groups["v"].Value, token, diagnostics.UnitStart);
        if (tables.GetTable(system, version.Version) is null)
        {
            var fallback = tables.GetDefault(system);
            if (fallback.Version != version.Version)
            {
                diagnostics.Add(DiagnosticFactory.VersionNotConfigured(token.LocalSpan, token.Text, fallback.DisplayName));
            }
        }
        return version;
    }

    [GeneratedRegex(@"^(?<s>opcs)-(?<v>4\.\d+)$|^(?<s>icd)-10-(?<v>\d+)$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Z]+[0-9]+$")]
    private static partial Regex GuidanceIdPattern();
}

/// <summary>A declared classification version: `opcs-4.10` → (Opcs4, "4.10"). <see cref="UnitStart"/>: where its `classifications` line starts (the token's span is relative to it).</summary>
public sealed record ClassificationVersion(CodeSystem System, string Version, SyntaxToken Syntax, int UnitStart)
{
    /// <summary>The version's document span.</summary>
    public TextSpan Span => Syntax.LocalSpan.Shift(UnitStart);
}

/// <param name="Start">Where the guidance starts in the document.</param>
/// <param name="SectionStarts">Where each of <paramref name="Sections"/> starts: a bound section is reused across edits as it is, so it does not hold its place.</param>
public sealed record BoundGuidance(
    GuidanceDeclaration Syntax,
    string Id,
    string? Title,
    string? Source,
    IReadOnlyList<ClassificationVersion> Versions,
    IReadOnlyList<string> Notes,
    IReadOnlyList<BoundSection> Sections,
    int Start,
    IReadOnlyList<int> SectionStarts);
