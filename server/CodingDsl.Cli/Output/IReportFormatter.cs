namespace CodingDsl.Cli.Output;

/// <summary>Writes a <see cref="CheckReport"/> in one output format. Formatters are pure: same report, same text.</summary>
public interface IReportFormatter
{
    void Write(CheckReport report, TextWriter writer);
}
