namespace CodingDsl.Language.Text;

/// <summary>A 0-based line and UTF-16 character, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;
}

public readonly record struct LineRange(LinePosition Start, LinePosition End);
