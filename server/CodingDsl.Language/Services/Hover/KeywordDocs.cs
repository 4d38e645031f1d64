namespace CodingDsl.Language.Services;

/// <summary>One line per keyword, taken from docs/language.md, for hover and completion details.</summary>
internal static class KeywordDocs
{
    private static readonly Dictionary<string, string> Lines = new(StringComparer.Ordinal)
    {
        ["use"] = "`use \"../rules/team-rules.coding\"` — the rules and sets of that file apply to this one.",
        ["guidance"] = "`guidance IPG327 \"title\" { … }` — the id NICE gives the guidance and its title.",
        ["rule"] = "`rule name \"title\" { … }` — a coding rule checked on every path of every section.",
        ["set"] = "`set name = opcs U21.-, Y53.4` — a named set of patterns of one system, usable in rule conditions.",
        ["source"] = "`source \"https://…\"` — where the recommendation is published.",
        ["classifications"] = "`classifications opcs-4.10, icd-10-5` — the classification versions the codes were chosen in.",
        ["note"] = "`note \"…\"` — text that is part of the recommendation.",
        ["procedure"] = "`procedure { … }` — what is recorded for the procedure; a quoted name makes a variant.",
        ["diagnosis"] = "`diagnosis { … }` — what is recorded for the condition; a quoted name makes a variant.",
        ["snomed"] = "`snomed 87628006 \"term\"` or `snomed pending` — the SNOMED CT concept, checked structurally.",
        ["pending"] = "`snomed pending` — no SNOMED CT concept is published yet.",
        ["case-by-case"] = "`case-by-case \"…\"` — no fixed codes: the procedure is coded case by case.",
        ["opcs"] = "`opcs J12.4 \"title\"` — an OPCS-4 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).",
        ["icd10"] = "`icd10 C78.7 \"title\"` — an ICD-10 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).",
        ["image-guided"] = "Fact: the procedure is done under image control (rules test it).",
        ["percutaneous"] = "Fact: the procedure is done through the skin (rules test it).",
        ["laparoscopic"] = "Fact: the procedure is done laparoscopically (rules test it).",
        ["endoscopic"] = "Fact: the procedure is done endoscopically (rules test it).",
        ["open"] = "Fact: the procedure is done as an open operation (rules test it).",
        ["optional"] = "`optional` — the code may be recorded (\"if used\").",
        ["if"] = "`if \"…\"` — recorded when a clinical condition holds; for checking, the code counts as optional. After a variant's name (`procedure \"Rigid\" if \"…\" { … }`): the variant coded when the condition holds.",
        ["nice"] = "`nice \"…\"` after a code's title — the title as NICE printed it, where it differs from the official title (kept, exported and shown; not checked).",
        ["remark"] = "`remark \"…\"` after a code — a note on that one code (\"Includes: …\", \"where necessary\"); a `note` line is about the whole section.",
        ["position"] = "`position 2` — sequencing: the code is recorded in that place among the codes of its classification, on every path (CDSL0801). In a rule condition, `position 3 opcs Z94.-`: the third code of that system lies within the pattern.",
        ["default"] = "`default V55.9 \"…\"` — the code to use when the detail is not stated.",
        ["or"] = "`or` — one of the alternatives is recorded (in conditions: either holds).",
        ["and"] = "`and` — all of the parts are recorded; binds tighter than `or` (in conditions: both hold).",
        ["not"] = "`not` — the condition does not hold.",
        ["has"] = "`has opcs C18.-` — some code on the path lies within the pattern.",
        ["first"] = "`first opcs subsidiary` — the first code of that system on the path lies within the pattern.",
        ["second"] = "`second opcs V55.-` — the second code of that system on the path lies within the pattern (`position 2 opcs V55.-`).",
        ["chapter"] = "`chapter Z` — a code from the chapter.",
        ["when"] = "`when` — on which paths the rule applies (always, when left out).",
        ["require"] = "`require` — what must hold where the rule applies; left out, the rule reports every path where `when` holds.",
        ["severity"] = "`severity error|warning|info` — how serious a finding of the rule is.",
        ["message"] = "`message \"…\"` — what the finding says: what is wrong and what to record.",
        ["code"] = "`code CDSL0501` — the catalogue code the rule reports (a rule without one reports CDSL0500).",
        ["fix"] = "`fix add opcs Y53.- \"…\"` — a quick fix that inserts that requirement after the code the finding is on.",
        ["add"] = "`fix add …` — the requirement the quick fix inserts.",
        ["main"] = "Built-in set: OPCS-4 chapters A–X; ICD-10 codes that are not asterisk codes.",
        ["subsidiary"] = "Built-in set: OPCS-4 chapters Y and Z, recorded only after a main code.",
        ["asterisk"] = "Built-in set: ICD-10 asterisk (manifestation) codes.",
        ["dagger"] = "Built-in set: ICD-10 dagger (aetiology) codes.",
        ["error"] = "Severity: the finding is an error.",
        ["warning"] = "Severity: the finding is a warning.",
        ["info"] = "Severity: the finding is information.",
    };

    public static string? Get(string keyword) => Lines.GetValueOrDefault(keyword);
}
