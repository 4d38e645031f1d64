namespace CodingDsl.Language.Diagnostics;

/// <summary>
/// Every diagnostic the product reports, in one place. docs/diagnostics.md is generated from this list
/// (a test fails when it is out of date) and each example is checked to raise, or not raise, its code.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Head = "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  source \"https://www.nice.org.uk/guidance/ipg327\"\n";

    private static string Procedure(string body) => Head + "  procedure {\n" + body + "  }\n}\n";

    private static string Diagnosis(string body) => Head + "  diagnosis {\n" + body + "  }\n}\n";

    // Syntax.
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "CDSL0101", "Syntax error", DiagnosticLevel.Error,
        "The text does not follow the grammar of the language: the message says what was expected and after what. The rest of the file is still checked.",
        Procedure("    opcs \"Percutaneous radiofrequency ablation of lesion of liver\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "CDSL0102", "Unterminated text", DiagnosticLevel.Error,
        "A quoted text must end with a '\"' on the same line.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor MissingCloseBrace = new(
        "CDSL0103", "Block not closed", DiagnosticLevel.Error,
        "A `{` opened by guidance, procedure, diagnosis or rule has no matching `}`.",
        Head + "  procedure {\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n}\n",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor UnknownStatement = new(
        "CDSL0104", "Unknown statement", DiagnosticLevel.Error,
        "A statement starts with a word the language does not know at that place; the message lists what may stand there and the nearest keyword.",
        Procedure("    image-guide\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"),
        Procedure("    image-guided\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor UnexpectedCloseBrace = new(
        "CDSL0105", "Unexpected '}'", DiagnosticLevel.Error,
        "A `}` closes nothing.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n") + "}\n",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor TooManyErrors = new(
        "CDSL0106", "Too many syntax errors", DiagnosticLevel.Error,
        "After 100 syntax errors the rest of the file is not parsed; this is usually not a rule file.",
        "(a binary or non-CodingDsl file: over a hundred lines that are not statements)",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    // Codes.
    public static readonly DiagnosticDescriptor MalformedCode = new(
        "CDSL0201", "Malformed code", DiagnosticLevel.Error,
        "The code is not written the way its classification writes codes: OPCS-4 `J12.4`, ICD-10 `C78.7` (letter, two digits, a dot, the fourth character; upper case). The fix rewrites it when the intent is clear.",
        Diagnosis("    icd10 C787 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n    icd10 C18.- \"Malignant neoplasm of colon\"\n"),
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n    icd10 C18.- \"Malignant neoplasm of colon\"\n"));

    public static readonly DiagnosticDescriptor UnknownCode = new(
        "CDSL0202", "Code not in the classification", DiagnosticLevel.Error,
        "The code is well formed but not in the loaded classification table; the message suggests near codes. With the bundled ICD-10 starter table (not a full release) this is information only: configure your TRUD release in codingdsl.json for full checks.",
        Procedure("    opcs J21.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor TitleMismatch = new(
        "CDSL0203", "Title differs from the official title", DiagnosticLevel.Warning,
        "The stated title is not the classification's title for the code (compared ignoring case and spacing). The fix writes the official title; a second fix keeps the stated wording as NICE's (`\"official title\" nice \"stated wording\"`).",
        Procedure("    opcs J12.4 \"Radiofrequency ablation of liver\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"));

    public static readonly DiagnosticDescriptor NotACategory = new(
        "CDSL0204", "'.-' on something that is not a subdivided category", DiagnosticLevel.Error,
        "`.-` means \"a code from this category\"; the code before it is not a category with subdivisions. Record the code itself.",
        Diagnosis("    icd10 I10.- \"Essential (primary) hypertension\"\n"),
        Diagnosis("    icd10 I10 \"Essential (primary) hypertension\"\n"));

    public static readonly DiagnosticDescriptor CategoryNeedsFourthCharacter = new(
        "CDSL0205", "Category recorded where a fourth character is required", DiagnosticLevel.Error,
        "A three-character category that has subdivisions is not a valid code to record. Write `.-` for \"a code from this category\", or choose the fourth character.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68 \"Other approach to organ under image control\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.- \"Other approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor NotInDeclaredVersion = new(
        "CDSL0206", "Code not valid in the declared classification version", DiagnosticLevel.Error,
        "The guidance declares a classification version (`classifications opcs-4.10`) whose table is loaded, the code is not in it, and another configured version has it (Y68.2 was added in OPCS-4.11). Declare the version the codes were chosen in, or choose a code of the declared version.",
        Head + "  classifications opcs-4.10\n  procedure {\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y68.2 \"Approach to organ under near infrared fluorescence control\"\n  }\n}\n",
        Head + "  classifications opcs-4.11\n  procedure {\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y68.2 \"Approach to organ under near infrared fluorescence control\"\n  }\n}\n");

    public static readonly DiagnosticDescriptor DuplicateCode = new(
        "CDSL0207", "Code listed twice in a section", DiagnosticLevel.Warning,
        "The same code appears more than once in one procedure or diagnosis section.",
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n    icd10 C18.- \"Malignant neoplasm of colon\"\n"),
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n    icd10 C18.- \"Malignant neoplasm of colon\"\n"));

    public static readonly DiagnosticDescriptor VersionNotConfigured = new(
        "CDSL0208", "No table for the declared classification version", DiagnosticLevel.Info,
        "The guidance declares a version for which no table is configured, so its codes are checked against the default table. Add that version's table to codingdsl.json to check it exactly.",
        Head + "  classifications opcs-4.6\n  procedure {\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n  }\n}\n",
        Head + "  classifications opcs-4.10\n  procedure {\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n  }\n}\n");

    public static readonly DiagnosticDescriptor BadVersion = new(
        "CDSL0209", "Unknown classification version", DiagnosticLevel.Error,
        "A `classifications` entry must name OPCS-4 or ICD-10 and a version: `opcs-4.10`, `icd-10-5`.",
        Head + "  classifications opcs4.10\n}\n",
        Head + "  classifications opcs-4.10\n}\n");

    // SNOMED CT.
    public static readonly DiagnosticDescriptor SnomedIdMalformed = new(
        "CDSL0301", "SNOMED CT id malformed", DiagnosticLevel.Error,
        "A SNOMED CT identifier is 6 to 18 digits with no leading zero.",
        Procedure("    snomed 0876280 \"Radiofrequency ablation\"\n"),
        Procedure("    snomed pending\n"));

    public static readonly DiagnosticDescriptor SnomedCheckDigit = new(
        "CDSL0302", "SNOMED CT check digit wrong", DiagnosticLevel.Error,
        "The last digit of a SNOMED CT identifier is a Verhoeff check digit, and it does not match: the id is mistyped.",
        Procedure("    snomed 87628007 \"Asthma\"\n"),
        Procedure("    snomed 87628006 \"Asthma\"\n"));

    public static readonly DiagnosticDescriptor SnomedNotConcept = new(
        "CDSL0303", "SNOMED CT id is not a concept id", DiagnosticLevel.Error,
        "The partition digits say this is a description or relationship id; a coding recommendation names a concept.",
        Procedure("    snomed 1487430010 \"Asthma\"\n"),
        Procedure("    snomed 87628006 \"Asthma\"\n"));

    public static readonly DiagnosticDescriptor SnomedPending = new(
        "CDSL0304", "SNOMED CT concept pending", DiagnosticLevel.Info,
        "No SNOMED CT concept is published for this yet. Information only: replace it with the concept id when one is published.",
        Procedure("    snomed pending\n"),
        Procedure("    snomed 87628006 \"Asthma\"\n"));

    public static readonly DiagnosticDescriptor SnomedUnknownConcept = new(
        "CDSL0305", "SNOMED CT concept unknown or inactive", DiagnosticLevel.Error,
        "A concept snapshot is configured and the concept is not in it, or is inactive.",
        Procedure("    snomed 999002271000000101 \"A concept missing from the configured release\"\n"),
        Procedure("    snomed 87628006 \"Asthma\"\n"));

    // Structure and workspace.
    public static readonly DiagnosticDescriptor DuplicateGuidance = new(
        "CDSL0401", "Guidance id declared twice", DiagnosticLevel.Error,
        "Each guidance is declared in one file; another file (or this one) declares the same id.",
        Head + "}\nguidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n}\n",
        Head + "}\n");

    public static readonly DiagnosticDescriptor UnknownName = new(
        "CDSL0402", "Unknown set, fact or rule name", DiagnosticLevel.Error,
        "A condition or suppression comment names a set, fact or rule that is not declared (here, in a `use`d file, or in the standard library).",
        "rule needs-approach {\n  when has opcs liver-ablations\n  require has opcs Y53.-\n}\n",
        "set liver-ablations = opcs J12.4, J12.7\nrule needs-approach {\n  when has opcs liver-ablations\n  require has opcs Y53.-\n  message \"Record an approach code from Y53.-.\"\n}\n");

    public static readonly DiagnosticDescriptor UseNotFound = new(
        "CDSL0403", "Used file not found", DiagnosticLevel.Error,
        "`use` names a rule library by a path relative to this file, and there is no such file.",
        "use \"rules/missing.coding\"\n",
        "// use only files that exist\n");

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "CDSL0404", "Name declared twice", DiagnosticLevel.Error,
        "Two sets or two rules share a name.",
        "set liver = opcs J12.4\nset liver = opcs J12.7\n",
        "set liver = opcs J12.4, J12.7\n");

    public static readonly DiagnosticDescriptor BadRule = new(
        "CDSL0405", "Incomplete rule", DiagnosticLevel.Error,
        "A rule needs a `message`, and at most one of each clause; `severity` must be error, warning or info; `code` must be a catalogue code.",
        "rule needs-approach {\n  require has opcs Y53.-\n}\n",
        "rule needs-approach {\n  require has opcs Y53.-\n  message \"Record an approach code from Y53.-.\"\n}\n");

    public static readonly DiagnosticDescriptor SystemMismatch = new(
        "CDSL0406", "Set used with another classification", DiagnosticLevel.Error,
        "A set holds codes of one classification and is used in a condition on another.",
        "set colon = icd10 C18.-\nrule r {\n  require has opcs colon\n  message \"m\"\n}\n",
        "set colon = icd10 C18.-\nrule r {\n  require has icd10 colon\n  message \"m\"\n}\n");

    public static readonly DiagnosticDescriptor TooManyPaths = new(
        "CDSL0407", "Too many coding paths", DiagnosticLevel.Warning,
        "A section has more than 1,024 ways of being coded; rules are checked on the first 1,024 only. Split it into variants.",
        "(a section with eleven independent optional codes)",
        "(the same section split into named variants)");

    public static readonly DiagnosticDescriptor EmptyGuidance = new(
        "CDSL0408", "Guidance recommends nothing", DiagnosticLevel.Warning,
        "A guidance has no procedure or diagnosis section. Say `case-by-case` when NICE gives no fixed codes.",
        Head + "}\n",
        Head + "  procedure {\n    case-by-case \"This procedure cannot be expressed in OPCS-4 by a single code.\"\n  }\n}\n");

    public static readonly DiagnosticDescriptor ConfigProblem = new(
        "CDSL0409", "Configuration problem", DiagnosticLevel.Error,
        "The codingdsl.json that applies to this file cannot be read, or a table it names cannot be loaded. The bundled tables are used instead.",
        "{ \"classifications\": { \"opcs\": [ { \"version\": \"4.10\", \"path\": \"missing.txt\" } ] } }",
        "{ \"classifications\": { \"opcs\": [ { \"version\": \"4.10\", \"path\": \"OPCS410 CodesAndTitles.txt\" } ] } }");

    // Rules (the language's own rules; the standard library's carry their own codes).
    public static readonly DiagnosticDescriptor RuleNotMet = new(
        "CDSL0500", "Rule not met", DiagnosticLevel.Error,
        "A rule written in the language (one without a catalogue code of its own) does not hold on some coding path. The message is the rule's, with the path.",
        "rule needs-approach {\n  when has opcs J12.-\n  require has opcs Y53.-\n  message \"Record an approach code from Y53.-.\"\n}\n" + Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"),
        "rule needs-approach {\n  when has opcs J12.-\n  require has opcs Y53.-\n  message \"Record an approach code from Y53.-.\"\n}\n" + Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y53.- \"Approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor ImageControl = new(
        "CDSL0501", "Image-guided procedure without an image-control code", DiagnosticLevel.Error,
        "Standard rule `image-control` (NICE IPG327, OPCS-4 Y53/Y68): a procedure done under image control whose OPCS-4 code does not state the imaging method needs an additional Y53.- or Y68.- code (.9 when the method is not stated). The fix adds the line.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y53.- \"Approach to organ under image control\"\n      or Y68.- \"Other approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor SubsidiaryAlone = new(
        "CDSL0502", "Subsidiary OPCS-4 code standing alone", DiagnosticLevel.Error,
        "Standard rule `subsidiary-alone`: chapter Y (methods) and Z (sites) codes are recorded only after a main procedure code, never alone.",
        Procedure("    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor SubsidiaryFirst = new(
        "CDSL0503", "Subsidiary OPCS-4 code recorded first", DiagnosticLevel.Error,
        "Standard rule `subsidiary-first`: a chapter Y or Z code never stands in first place; the main procedure code comes first.",
        Procedure("    opcs Y53.9 \"Unspecified approach to organ under image control\"\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor AsteriskAlone = new(
        "CDSL0504", "ICD-10 asterisk code without its dagger code", DiagnosticLevel.Error,
        "Standard rule `asterisk-alone`: an asterisk (manifestation) code is never recorded alone; it needs its dagger (aetiology) code.",
        Diagnosis("    icd10 H19.8A \"Other disorders of sclera and cornea in diseases classified elsewhere\"\n"),
        Diagnosis("    icd10 Q90.-† \"Down's syndrome\" and H19.8A \"Other disorders of sclera and cornea in diseases classified elsewhere\"\n"));

    public static readonly DiagnosticDescriptor AsteriskFirst = new(
        "CDSL0505", "ICD-10 asterisk code recorded first", DiagnosticLevel.Error,
        "Standard rule `asterisk-first`: an asterisk code is never recorded in first place; its dagger code comes before it.",
        Diagnosis("    icd10 H19.8A \"Other disorders of sclera and cornea in diseases classified elsewhere\" and Q90.-† \"Down's syndrome\"\n"),
        Diagnosis("    icd10 Q90.-† \"Down's syndrome\" and H19.8A \"Other disorders of sclera and cornea in diseases classified elsewhere\"\n"));

    public static readonly DiagnosticDescriptor UseNotReadable = new(
        "CDSL0601", "Used file not read", DiagnosticLevel.Error,
        "`use` names something that is not read as a rule library: a folder, a FIFO, a device, a file larger than the rule-file limit (16 MiB unless CODINGDSL_MAX_RULE_FILE_MB says otherwise), a file that cannot be opened or a path with a NUL character. See docs/security.md.",
        "use \".\"\n",
        "// use only rule files that are regular files, such as rules/approach.coding\n");

    public static readonly DiagnosticDescriptor UseOutsideProject = new(
        "CDSL0602", "Used file outside the project", DiagnosticLevel.Info,
        "`use` names an absolute path, or a relative path that leads out of the project: the nearest folder above the file holding its codingdsl.json or a `.git`. The file is still read (as any rule file is), but the rules then depend on files outside the project.",
        "use \"/srv/shared/approach.coding\"\n",
        "// use rule libraries inside the project, such as rules/approach.coding\n");

    // Release changes: raised by `codingdsl check --against <release>` and `codingdsl upgrade` (docs/classifications.md).
    private static string Release(string version, string body) => Head + $"  classifications {version}\n  procedure {{\n" + body + "  }\n}\n";

    public static readonly DiagnosticDescriptor NotInTargetRelease = new(
        "CDSL0701", "Code not in the target release", DiagnosticLevel.Error,
        "`check --against` / `upgrade`: the code is in the release the guidance is checked against but not in the target release (retired or moved). The upgrade leaves it in place; the message and the code actions suggest codes of the same category and codes with a similar title, for a person to choose. The examples assume a target table without Y76.4, as the test fixture built from the OPCS-4.11 list is.",
        Release("opcs-4.10", "    opcs G16.2 \"Fibreoptic endoscopic ultrasound examination of oesophagus\"\n      and Y76.4 \"Endoscopic ultrasonic approach to other body cavity\"\n"),
        Release("opcs-4.11", "    opcs G16.2 \"Fibreoptic endoscopic ultrasound examination of oesophagus\"\n"));

    public static readonly DiagnosticDescriptor TitleChangedInRelease = new(
        "CDSL0702", "Title changed in the target release", DiagnosticLevel.Warning,
        "`check --against` / `upgrade`: the code is in both releases under another title. The fix (and `upgrade`) writes the target release's title. The examples assume M10.4 is retitled \"Percutaneous endoscopic cryoablation of lesion of kidney\" in the target, as in the OPCS-4.11 list.",
        Release("opcs-4.10", "    opcs M10.4 \"Endoscopic cryoablation of lesion of kidney\"\n"),
        Release("opcs-4.11", "    opcs M10.4 \"Percutaneous endoscopic cryoablation of lesion of kidney\"\n"));

    public static readonly DiagnosticDescriptor NowSubdivided = new(
        "CDSL0703", "Code now needs a fourth character", DiagnosticLevel.Error,
        "`check --against` / `upgrade`: a three-character code that could be recorded as it is (an undivided ICD-10 category such as I10) has subdivisions in the target release. Choose the fourth character, or write `.-` for a code from the category (the fix). The examples assume a target edition that subdivides I10.",
        Head + "  classifications icd-10-5\n  diagnosis {\n    icd10 I10 \"Essential (primary) hypertension\"\n  }\n}\n",
        Head + "  classifications icd-10-6\n  diagnosis {\n    icd10 I10.- \"Essential (primary) hypertension\"\n  }\n}\n");

    public static readonly DiagnosticDescriptor CategoryGainsCodes = new(
        "CDSL0704", "Category gains codes in the target release", DiagnosticLevel.Info,
        "`check --against` / `upgrade`: a category the guidance names with `.-` has codes in the target release that it did not have (Y68.2–Y68.5 are new in OPCS-4.11). A code from the category now includes them: check that the guidance still means what it meant. Information: nothing to change when it does.",
        Release("opcs-4.10", "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.- \"Other approach to organ under image control\"\n"),
        Release("opcs-4.11", "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y68.- \"Other approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor RuleNeedsReview = new(
        "CDSL0705", "Rule's codes change in the target release", DiagnosticLevel.Info,
        "`check --against` / `upgrade`: a rule that applies to the guidance (the standard library's, the file's own or a `use`d one) names a category that gains codes, or a code (in a set) that is not in the target release: the image-control rule accepts any Y68 code, and OPCS-4.11 adds Y68.2–Y68.5. Reported once per guidance and rule, at the `classifications` line; review the rule or its sets.",
        Release("opcs-4.10", "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"),
        Release("opcs-4.11", "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n    opcs Y53.9 \"Unspecified approach to organ under image control\"\n"));

    public static readonly DiagnosticDescriptor CodeBeforeItsRelease = new(
        "CDSL0706", "Episode coded with a code of a later release", DiagnosticLevel.Error,
        "`evaluate` with dated releases (`inForceFrom`): the episode's date is before the release that introduced the code; the release in force on that date does not have it. Check the episode's date or its coding.",
        "episode EP1, date 2025-06-01, opcs J12.4 Y68.2 (OPCS-4.11 in force from 2026-04-01)",
        "episode EP1, date 2025-06-01, opcs J12.4 Y68.1");

    public static readonly DiagnosticDescriptor RetiredCodeOnEpisode = new(
        "CDSL0707", "Episode coded with a retired code", DiagnosticLevel.Error,
        "`evaluate` with dated releases (`inForceFrom`): the code is in an earlier release but not in the release in force on the episode's date. Recode the episode with a code of that release.",
        "episode EP2, date 2026-06-01, opcs G16.2 Y76.4 (OPCS-4.11, in force from 2026-04-01, has no Y76.4)",
        "episode EP2, date 2026-06-01, opcs G16.2");

    // Issue 10: sequencing, sections' code systems and values never checked before (CDSL0801–0819).
    private const string DiscCodes = "    opcs V36.1 \"Prosthetic replacement of cervical intervertebral disc\"\n      or V36.2 \"Prosthetic replacement of thoracic intervertebral disc\"\n";
    private const string LevelsOfSpine = "    opcs V55.- \"Levels of spine\" position 2 default V55.9 \"Unspecified levels of spine\"\n";

    public static readonly DiagnosticDescriptor PositionNotKept = new(
        "CDSL0801", "Code not in its stated position", DiagnosticLevel.Error,
        "`position N` says the code is recorded in place N (\"V55.- is assigned in second place\"); places count the codes of the same classification on each coding path, in the order the section lists them. On some path the code is in another place. The fix moves the statement to where it is in place N on every path; when no order of the statements does that (an optional code before it changes its place), there is no fix and the message says so.",
        Procedure(LevelsOfSpine + DiscCodes),
        Procedure(DiscCodes + LevelsOfSpine));

    public static readonly DiagnosticDescriptor PositionZero = new(
        "CDSL0802", "Position 0", DiagnosticLevel.Error,
        "Places count from 1: `position 1` is the first code recorded, `position 2` the second. `position 0` (in a requirement or in a rule's `position 0 opcs …`) names no place.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\" position 0\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\" position 1\n"));

    public static readonly DiagnosticDescriptor PositionClash = new(
        "CDSL0803", "Two codes stated in the same position", DiagnosticLevel.Error,
        "Two statements of one section give the same `position N` for codes of the same classification, so one of them cannot be in that place. Reported on the second; its place is not checked further (CDSL0801) until the clash is resolved.",
        Procedure("    opcs V36.3 \"Prosthetic replacement of lumbar intervertebral disc\" position 1\n    opcs V55.- \"Levels of spine\" position 1\n"),
        Procedure("    opcs V36.3 \"Prosthetic replacement of lumbar intervertebral disc\" position 1\n    opcs V55.- \"Levels of spine\" position 2\n"));

    public static readonly DiagnosticDescriptor WrongSystemForSection = new(
        "CDSL0804", "Code of the other classification in this section", DiagnosticLevel.Error,
        "A `procedure` section holds OPCS-4 codes and a `diagnosis` section ICD-10 codes. When the code is not a code of the classification written but reads as one of the section's (`diagnosis { opcs I20.- }`), the message says so and the fix writes the section's keyword (`icd10`); the code is then not checked against the table it was written for, so no misleading \"did you mean\" follows. When it is a real code of the classification written (`diagnosis { opcs J12.4 }`), the fix moves the statement into a section of that classification (adding one when the guidance has none).",
        Diagnosis("    opcs C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n      and C18.- \"Malignant neoplasm of colon\"\n"),
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n      and C18.- \"Malignant neoplasm of colon\"\n"));

    public static readonly DiagnosticDescriptor NoSuchChapter = new(
        "CDSL0805", "No such chapter", DiagnosticLevel.Error,
        "`chapter X` names a chapter letter the classification does not have: OPCS-4 has no chapter I (its chapters are A–H, J–Z, O being the overflow chapter). Reported wherever a chapter is written: in a requirement, a set or a rule condition.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs chapter I\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    opcs chapter Z\n"));

    public static readonly DiagnosticDescriptor DefaultOutsideCategory = new(
        "CDSL0806", "Default code outside its category", DiagnosticLevel.Error,
        "`default V55.9` is the code recorded when the detail the statement asks for is not stated, so it must be one of the codes the statement allows (V55.9 lies in V55.-). A default outside them (`V55.- default V56.9`), of the other classification, or on a statement that allows one code only, is an error on the default. The fix, when the category has an unspecified (.9) code, writes that.",
        Procedure(DiscCodes + "    opcs V55.- \"Levels of spine\" position 2 default V56.9 \"Unspecified levels of spine\"\n"),
        Procedure(DiscCodes + LevelsOfSpine));

    // Variants and the text a code carries (docs/language.md: variants chosen by a condition, `nice`, `remark`).
    public static readonly DiagnosticDescriptor NiceTitleIsOfficial = new(
        "CDSL0820", "NICE's wording is the official title", DiagnosticLevel.Warning,
        "`nice \"…\"` keeps the title as NICE printed it where it differs from the official title; this one says the same (ignoring case and spacing), so it hides nothing and should go. The fix removes it.",
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\" nice \"Percutaneous radiofrequency ablation of lesion of liver\"\n"),
        Procedure("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\" nice \"Radiofrequency ablation of liver lesion\"\n"));

    public static readonly DiagnosticDescriptor VariantConditionWithoutName = new(
        "CDSL0821", "Variant condition without a variant name", DiagnosticLevel.Warning,
        "`procedure \"name\" if \"…\" { … }` says when that variant is the one coded (\"if a rigid bronchoscope is used, code A; otherwise B\"). A section with a condition but no name cannot be told apart from the others in messages, exports and hover: name it.",
        Head + "  procedure if \"a rigid bronchoscope is used\" {\n    opcs E50.5 \"Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope\"\n  }\n}\n",
        Head + "  procedure \"Rigid\" if \"a rigid bronchoscope is used\" {\n    opcs E50.5 \"Endoscopic removal of foreign body from lower respiratory tract using rigid bronchoscope\"\n  }\n}\n");

    // Issue 10: rules ICD-10 itself states, and the checker not locking in a typo (CDSL0840–0859).
    public static readonly DiagnosticDescriptor SecondaryNeoplasmPrimary = new(
        "CDSL0840", "Secondary neoplasm without its primary site", DiagnosticLevel.Error,
        "Standard rule `secondary-neoplasm-primary`: ICD-10 codes a secondary (metastatic) neoplasm, C77-C79, with its primary site: a code from C00-C76, C80.- when the primary is unknown (or C81-C97), or Z85.- when the primary was removed earlier. No quick fix: which primary is the author's to say.",
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n"),
        Diagnosis("    icd10 C78.7 \"Secondary malignant neoplasm of liver and intrahepatic bile duct\"\n      and C18.- \"Malignant neoplasm of colon\"\n"));

    public static readonly DiagnosticDescriptor ExternalCauseFirst = new(
        "CDSL0841", "ICD-10 external cause code alone or first", DiagnosticLevel.Error,
        "Standard rule `external-cause-first`: chapter XX codes (V01-Y98, the external cause) are additional codes, recorded after the code of the injury or condition, never alone or first.",
        Diagnosis("    icd10 Y83.1 \"Surgical operation with implant of artificial internal device\"\n      and T82.8 \"Other complications of cardiac and vascular prosthetic devices, implants and grafts\"\n"),
        Diagnosis("    icd10 T82.8 \"Other complications of cardiac and vascular prosthetic devices, implants and grafts\"\n      and Y83.1 \"Surgical operation with implant of artificial internal device\"\n"));

    public static readonly DiagnosticDescriptor TitleOfAnotherCode = new(
        "CDSL0842", "Title belongs to another code", DiagnosticLevel.Warning,
        "The title written is the official title of a different code of the same classification: most likely the code is mistyped (J21.3 for J12.3). The preferred fix changes the code to the one the title names; overwriting the title with the written code's would lock the typo in, so that fix is offered but not preferred.",
        Procedure("    opcs J21.3 \"Selective internal radiotherapy with microspheres to lesion of liver\"\n"),
        Procedure("    opcs J12.3 \"Selective internal radiotherapy with microspheres to lesion of liver\"\n"));

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);
}
