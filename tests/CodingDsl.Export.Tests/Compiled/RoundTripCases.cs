namespace CodingDsl.Export.Tests.Compiled;

/// <summary>Rule files that use every construct of the language, for the round-trip and schema tests.</summary>
internal static class RoundTripCases
{
    public const string Library =
        """
        // A team library.
        set team-stents = opcs L76.-, L89.-, chapter O
        set team-ranges = icd10 C18-C20, C78.7

        rule team-stent "Stent type" {
          when has opcs L76.- and not (has opcs team-stents or first opcs subsidiary)
          require has opcs team-stents
          severity warning
          message "Add the stent type."
        }
        """;

    public const string Everything =
        """
        use "lib.coding"

        set local = opcs Y53.2, Y53.9

        rule local-rule {
          code CDSL0500
          when image-guided or (percutaneous and has icd10 dagger) or not not open or second opcs V55.- or position 3 opcs chapter Z
          require (has opcs local or has opcs Y68.-) and not first icd10 asterisk and has icd10 team-ranges
          severity info
          message "A \"quoted\" message \\ with a backslash."
          fix add opcs Y53.9 "Unspecified approach to organ under image control" or (Y68.9 and icd10 C78.7)
        }

        rule no-message "Title only" {
          when has opcs unknown-set-name
        }

        guidance IPG999 "Every construct" {
          source "https://www.nice.org.uk/guidance/ipg999"
          classifications opcs-4.10, icd-10-5, opcs-9
          note "A guidance note."

          procedure "Open" if "the liver is reached by laparotomy" {
            snomed 87628006 "Bacterial infectious disease"
            snomed pending
            open
            image-guided
            opcs J12.4 "Percutaneous radiofrequency ablation of lesion of liver" nice "RFA of liver lesion" remark "Includes: \"quoted\" text"
            opcs Y11.4 remark "where necessary" optional
            opcs Y53.- or Y68.- optional
            opcs (J12.5 or J12.6) and (Y53.1 or (Y53.2 and Y53.3))
            opcs J12.7 and (Y53.4 and Y53.5) and icd10 C78.7
            opcs V55.- "Levels of spine" position 2 default V55.9 "Unspecified levels of spine"
            opcs U20.2 if "echocardiography is used"
            opcs chapter Z or W92-W93
            note "A section note."
          }

          procedure "Unknown" {
            case-by-case "Coded case by case."
          }

          procedure "Bare" {
            case-by-case
          }

          diagnosis {
            icd10 C78.7 "Secondary malignant neoplasm of liver and intrahepatic bile duct" and C18.- "Malignant neoplasm of colon"
            icd10 H18.6 "Keratoconus" or Q13.4 or (Q90.-† "Down's syndrome" and H19.8A)
            icd10 C64.X or I10 or M80.08 or H19.8* or j12.4 default icd10 C78.8
          }
        }
        """;
}
