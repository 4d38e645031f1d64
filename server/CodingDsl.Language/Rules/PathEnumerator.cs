using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Rules;

/// <summary>
/// Enumerates the ways of coding a section: one choice per `or`, each optional requirement taken or
/// left out. Stops at <see cref="MaxPaths"/> so a pathological section cannot stall the checker.
/// </summary>
public static class PathEnumerator
{
    public const int MaxPaths = 1024;

    public static (IReadOnlyList<CodingPath> Paths, bool Truncated) Enumerate(BoundSection section) =>
        Enumerate(section.Requirements, section.Facts);

    /// <summary>The paths of the requirements in the order given: the sequence check tries other orders with it.</summary>
    public static (IReadOnlyList<CodingPath> Paths, bool Truncated) Enumerate(IReadOnlyList<BoundRequirement> requirements, IReadOnlySet<string> facts)
    {
        var partial = new List<List<BoundCode>> { new() };
        var expander = new Expander();
        var truncated = false;
        foreach (var requirement in requirements)
        {
            var options = requirement.Choice.Accept(expander);
            if (requirement.IsOptional)
            {
                options = [[], .. options];
            }
            if (options.Count == 1)
            {
                // No choice here: extend every path in place. Copying would make a long section
                // with no alternatives quadratic in its length.
                foreach (var prefix in partial)
                {
                    prefix.AddRange(options[0]);
                }
                continue;
            }
            var next = new List<List<BoundCode>>();
            foreach (var prefix in partial)
            {
                foreach (var option in options)
                {
                    if (next.Count >= MaxPaths)
                    {
                        truncated = true;
                        break;
                    }
                    next.Add([.. prefix, .. option]);
                }
            }
            partial = next;
        }
        return (partial.Select(codes => new CodingPath(codes, facts)).ToArray(), truncated || expander.Truncated);
    }

    /// <summary>The ways of recording a choice; remembers whether it had to cut any of them at <see cref="MaxPaths"/>.</summary>
    private sealed class Expander : ICodeChoiceVisitor<List<List<BoundCode>>>
    {
        private bool truncated;

        public bool Truncated => truncated;

        public List<List<BoundCode>> VisitSingle(SingleCode choice) => [[choice.Code]];

        public List<List<BoundCode>> VisitOneOf(OneOf choice)
        {
            var result = new List<List<BoundCode>>();
            foreach (var alternative in choice.Alternatives)
            {
                result.AddRange(alternative.Accept(this));
            }
            return Cap(result, ref truncated);
        }

        public List<List<BoundCode>> VisitAllOf(AllOf choice)
        {
            var result = new List<List<BoundCode>> { new() };
            foreach (var part in choice.Parts)
            {
                var expanded = part.Accept(this);
                result = Cap(result.SelectMany(prefix => expanded.Select(e => (List<BoundCode>)[.. prefix, .. e])).Take(MaxPaths + 1).ToList(), ref truncated);
            }
            return result;
        }
    }

    /// <summary>The first <see cref="MaxPaths"/> of <paramref name="paths"/>, noting when more were cut; export's path expansion caps with it too.</summary>
    public static List<T> Cap<T>(List<T> paths, ref bool truncated)
    {
        if (paths.Count > MaxPaths)
        {
            truncated = true;
            return paths.Take(MaxPaths).ToList();
        }
        return paths;
    }
}
