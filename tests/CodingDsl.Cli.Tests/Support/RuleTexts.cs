namespace CodingDsl.Cli.Tests.Support;

/// <summary>Rule file texts the command tests share.</summary>
public static class RuleTexts
{
    /// <summary>IPG327's procedure: J12.4, image-guided, one of Y53.- or Y68.- (line 5 holds the alternatives).</summary>
    public const string Ipg327 =
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
        "  procedure {\n" +
        "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
        "    image-guided\n" +
        "    opcs Y53.- \"Approach to organ under image control\"\n" +
        "      or Y68.- \"Other approach to organ under image control\"\n" +
        "  }\n" +
        "}\n";

    /// <summary><see cref="Ipg327"/> with Y70.3 as a third alternative, which does not state the image control (CDSL0501 on one path).</summary>
    public static readonly string Ipg327WithY70 = Ipg327.Replace(
        "or Y68.- \"Other approach to organ under image control\"",
        "or Y68.- \"Other approach to organ under image control\" or Y70.3 \"First stage of staged operations NOC\"",
        StringComparison.Ordinal);
}
