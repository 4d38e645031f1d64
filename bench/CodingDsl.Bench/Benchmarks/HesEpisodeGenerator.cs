using System.Globalization;
using System.Text;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// Writes a synthetic Hospital Episode Statistics extract: `epikey`, `diag_01`…`diag_20`,
/// `opertn_01`…`opertn_24`, codes undotted as HES stores them, `-` for none. Deterministic (a fixed
/// seed), generated at bench time into a temp folder and never committed. The mix: about one episode in
/// five codes a guidance procedure (J12.4, V36.3, …), some correctly and some not (no Y53/Y68, a Y code
/// first, C78.7 without C18); the rest are other OPCS-4 and ICD-10 codes from the bundled tables; one
/// row in 10,000 is malformed.
/// </summary>
internal static class HesEpisodeGenerator
{
    private static readonly string[] GuidanceProcedures = ["J124", "J127", "V363", "J021", "G271", "L271", "M102", "C751"];
    private static readonly string[] Approaches = ["Y534", "Y539", "Y689", "Y532"];
    private static readonly string[] Diagnoses = ["C787", "C187", "C180", "C220", "I48X", "E119", "I10X", "J189", "N390", "K590", "H198", "Q909D", "M511", "C64X"];

    public static void Write(string path, int episodes, IReadOnlyList<string> otherProcedures)
    {
        var random = new Random(20261129);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var header = new StringBuilder("epikey");
        for (var i = 1; i <= 20; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $",diag_{i:00}");
        }
        for (var i = 1; i <= 24; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $",opertn_{i:00}");
        }
        writer.WriteLine(header);

        var diag = new List<string>(20);
        var opertn = new List<string>(24);
        var line = new StringBuilder(256);
        for (var n = 0; n < episodes; n++)
        {
            diag.Clear();
            opertn.Clear();
            var kind = random.Next(100);
            if (kind < 20)
            {
                var procedure = GuidanceProcedures[random.Next(GuidanceProcedures.Length)];
                var approach = Approaches[random.Next(Approaches.Length)];
                switch (random.Next(4))
                {
                    case 0: opertn.Add(procedure); break;                       // no approach code
                    case 1: opertn.Add(approach); opertn.Add(procedure); break;  // a Y code first
                    default: opertn.Add(procedure); opertn.Add(approach); break;
                }
                diag.Add("C787");
                if (random.Next(3) > 0)
                {
                    diag.Add(random.Next(2) == 0 ? "C187" : "C180");
                }
            }
            else
            {
                var count = random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    opertn.Add(otherProcedures[random.Next(otherProcedures.Count)].Replace(".", "", StringComparison.Ordinal));
                }
            }
            var diagnoses = random.Next(1, 8);
            for (var i = diag.Count; i < diagnoses; i++)
            {
                diag.Add(Diagnoses[random.Next(Diagnoses.Length)]);
            }

            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"E{n:D9}");
            for (var i = 0; i < 20; i++)
            {
                line.Append(',').Append(i < diag.Count ? diag[i] : "-");
            }
            for (var i = 0; i < 24; i++)
            {
                line.Append(',').Append(i < opertn.Count ? opertn[i] : "-");
            }
            if (n % 10_000 == 9_999)
            {
                line.Length = 20; // a truncated row: reported as malformed
            }
            writer.WriteLine(line);
        }
    }
}
