using CodingDsl.Language.Releases;

namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl upgrade`.</summary>
/// <param name="Target">`--to opcs-4.11`: the configured release to move the files to.</param>
/// <param name="Paths">Files and folders as given; the working directory when none.</param>
/// <param name="Write">Rewrite the files (atomically); without it nothing is written.</param>
public sealed record UpgradeArguments(ReleaseName Target, IReadOnlyList<string> Paths, bool Write);
