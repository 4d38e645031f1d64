using System.CommandLine;
using System.CommandLine.Parsing;
using CodingDsl.Cli.Checking;

namespace CodingDsl.Cli.Commands;

/// <summary>The `<paths>...` argument shared by the commands that take files and folders.</summary>
internal static class PathsArgument
{
    /// <summary>
    /// The parser passes a token such as `--bogus` to a paths argument, which accepts any string;
    /// unless such a file or folder exists, it is a mistyped option and reported as one.
    /// </summary>
    public static void RejectUnknownOptions(Argument<string[]> paths, string workingDirectory) =>
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !FileCollector.Exists(value, workingDirectory))
                {
                    var suggestion = result.Parent is CommandResult command ? DidYouMean.For(command.Command, value) : "";
                    result.AddError(suggestion.Length == 0 ? $"Unrecognized option '{value}'" : $"Unrecognized option '{value}':{suggestion}");
                    return;
                }
            }
        });
}
