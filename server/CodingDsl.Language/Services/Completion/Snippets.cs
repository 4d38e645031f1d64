namespace CodingDsl.Language.Services;

/// <summary>Skeletons offered where they may stand. LSP snippet syntax; two-space indentation as in docs/language.md.</summary>
internal static class Snippets
{
    public sealed record Snippet(string Label, string Detail, string Body);

    public static readonly Snippet Guidance = new(
        "guidance",
        "A new guidance: id, title, source, classifications and a procedure section",
        "guidance ${1:IPG000} \"${2:Title of the guidance}\" {\n" +
        "  source \"https://www.nice.org.uk/guidance/${3:ipg000}\"\n" +
        "  classifications opcs-4.10, icd-10-5\n" +
        "\n" +
        "  procedure {\n" +
        "    opcs ${4:J12.4}\n" +
        "  }\n" +
        "}");

    public static readonly Snippet Procedure = new(
        "procedure",
        "A procedure section",
        "procedure {\n  opcs ${1:J12.4}\n}");

    public static readonly Snippet Variant = new(
        "procedure \"…\"",
        "A named procedure variant (one of several ways the procedure is done)",
        "procedure \"${1:Percutaneous}\" {\n  opcs ${2:J12.4}\n}");

    public static readonly Snippet Diagnosis = new(
        "diagnosis",
        "A diagnosis section",
        "diagnosis {\n  icd10 ${1:C78.7}\n}");

    public static readonly Snippet Rule = new(
        "rule",
        "A coding rule: when it applies, what it requires, its message",
        "rule ${1:rule-name} \"${2:Title}\" {\n" +
        "  when ${3:image-guided}\n" +
        "  require ${4:has opcs Y53.- or has opcs Y68.-}\n" +
        "  message \"${5:What is wrong and what to record.}\"\n" +
        "}");

    public static readonly Snippet Set = new(
        "set",
        "A named set of codes for rule conditions",
        "set ${1:set-name} = ${2:opcs} ${3:Y53.-}");
}
