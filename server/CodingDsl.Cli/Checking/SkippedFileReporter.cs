using CodingDsl.Cli.Output;

namespace CodingDsl.Cli.Checking;

/// <summary>
/// Tells the user, one warning line on stderr each, about the *.coding entries a folder walk did not
/// read (a FIFO, a device, a dangling link): they are not checked, and silence would hide that.
/// </summary>
public static class SkippedFileReporter
{
    public static Action<string, string> For(CliEnvironment env)
    {
        var display = new PathDisplay(env.WorkingDirectory);
        return (path, reason) => env.Error.WriteLine($"{ToolInfo.Name}: warning: skipped '{display.ForDisplay(path)}': {reason}");
    }
}
