namespace System.Runtime.CompilerServices;

/// <summary>netstandard2.0 lacks the type the compiler needs for a record's init-only properties.</summary>
internal static class IsExternalInit
{
}
