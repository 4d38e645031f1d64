using System.Reflection;

namespace CodingDsl.Cli;

/// <summary>Name, version and home of the tool, as printed by --version and written into SARIF.</summary>
public static class ToolInfo
{
    public const string Name = "codingdsl";

    /// <summary>Where the tool is documented; SARIF's informationUri. The same home as the catalogue's help links.</summary>
    public const string InformationUri = CodingDsl.Language.ProjectLinks.Repository;

    /// <summary>The product version (Directory.Build.props Version), without the source-revision suffix the SDK appends.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational.IndexOf('+');
            return plus >= 0 ? informational[..plus] : informational;
        }
        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
