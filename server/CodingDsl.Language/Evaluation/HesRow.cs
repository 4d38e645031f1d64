using System.Globalization;
using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// A HES row with no quote in it (nearly every row of an extract) read in one pass over its characters:
/// each field is looked at once, as it is met, instead of being split into ranges first and then read
/// column by column (the reading thread is one of evaluate's two, and most of a HES row is `-`). Any
/// row this pass does not read cleanly — a quote, the wrong number of fields, no id, a code or date that
/// cannot be read — is left to the general reader, so its report (which names the first problem in
/// column order) is the same as before.
/// </summary>
internal static class HesRow
{
    public enum Role : byte
    {
        None,
        Opcs,
        Icd10,
        Id,
        Date,
    }

    /// <summary>
    /// The columns' roles, or null when a pass in file order would not give the codes in the general
    /// reader's order: codes of one kind in columns out of numeric order (`diag_02` before `diag_01`),
    /// or the id after a code column (the episode is started when its id is read).
    /// </summary>
    public static Role[]? Roles(int width, int idColumn, int dateColumn, (int Column, string Name)[] opcs, (int Column, string Name)[] icd10)
    {
        var roles = new Role[width];
        if (!Mark(roles, opcs, Role.Opcs) || !Mark(roles, icd10, Role.Icd10))
        {
            return null;
        }
        if (idColumn >= 0)
        {
            if (roles[idColumn] != Role.None || roles.AsSpan(0, idColumn).ContainsAnyExcept(Role.None))
            {
                return null;
            }
            roles[idColumn] = Role.Id;
        }
        if (dateColumn >= 0)
        {
            if (roles[dateColumn] != Role.None)
            {
                return null;
            }
            roles[dateColumn] = Role.Date;
        }
        return roles;
    }

    private static bool Mark(Role[] roles, (int Column, string Name)[] columns, Role role)
    {
        var previous = -1;
        foreach (var (column, _) in columns)
        {
            if (column <= previous || roles[column] != Role.None)
            {
                return false;
            }
            roles[column] = role;
            previous = column;
        }
        return true;
    }

    /// <summary>Reads the row into the slot's episode; false (the slot untouched but for its episode's contents) when the general reader must read it.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, Role[] roles, long line, EpisodeCodeReader codes, EpisodeSlot slot)
    {
        if (text.Contains('"'))
        {
            return false;
        }
        var episode = slot.Reusable;
        if (!roles.AsSpan().Contains(Role.Id))
        {
            Span<char> lineId = stackalloc char[32];
            "line ".CopyTo(lineId);
            line.TryFormat(lineId[5..], out var digits, default, CultureInfo.InvariantCulture);
            episode.Reset(line, lineId[..(5 + digits)]);
        }
        var dateStart = -1;
        var dateLength = 0;
        var column = 0;
        var i = 0;
        while (true)
        {
            // A loop, not IndexOf: HES fields are one to five characters (CsvFields says why).
            var end = i;
            while (end < text.Length && text[end] != ',')
            {
                end++;
            }
            if (column == roles.Length)
            {
                return false;
            }
            var field = text[i..end];
            switch (roles[column])
            {
                case Role.Opcs:
                    if (!Add(field, CodeSystem.Opcs4, codes, episode))
                    {
                        return false;
                    }
                    break;
                case Role.Icd10:
                    if (!Add(field, CodeSystem.Icd10, codes, episode))
                    {
                        return false;
                    }
                    break;
                case Role.Id:
                    var id = field.Trim();
                    if (id.IsEmpty)
                    {
                        return false;
                    }
                    episode.Reset(line, id);
                    break;
                case Role.Date:
                    (dateStart, dateLength) = (i, end - i);
                    break;
            }
            column++;
            if (end == text.Length)
            {
                break;
            }
            i = end + 1;
        }
        if (column != roles.Length)
        {
            return false;
        }
        DateOnly? date = null;
        if (dateStart >= 0 && !EpisodeDate.TryRead(text.Slice(dateStart, dateLength), out date, out _))
        {
            return false;
        }
        episode.Complete(date);
        slot.SetEpisode(episode);
        return true;
    }

    private static bool Add(ReadOnlySpan<char> field, CodeSystem system, EpisodeCodeReader codes, Episode episode)
    {
        // "-" (no code) is most fields of a HES row: answered before the general test.
        if ((field.Length == 1 && field[0] == '-') || EpisodeCodeReader.IsEmpty(field))
        {
            return true;
        }
        var code = codes.Read(system, field).Code;
        if (code is null)
        {
            return false;
        }
        episode.Add(system, code);
        return true;
    }
}
