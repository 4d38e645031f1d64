using System.Collections;
using System.Reflection;

namespace CodingDsl.Export.Compiled;

/// <summary>
/// Finds a JSON null where the compiled model has no nullable member (`"section": null`, `[ , {…} ]`):
/// Newtonsoft fills such a member or list item with null regardless of the model's annotations, and
/// the code reading the model relies on them. Reads the annotations themselves, so a member added to
/// the model is covered without a line here.
/// </summary>
internal static class MissingValueCheck
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Throws <see cref="CompiledFormatException"/> naming the JSON path of the first null.</summary>
    public static void Check(CompiledDocument document) => Visit(document, "$");

    private static void Visit(object value, string path)
    {
        if (value is string || value.GetType().Namespace != typeof(CompiledDocument).Namespace)
        {
            return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanWrite)
            {
                continue;
            }
            var info = Nullability.Create(property);
            var member = $"{path}.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}";
            var child = property.GetValue(value);
            if (child is null)
            {
                if (info.ReadState == NullabilityState.NotNull)
                {
                    throw new CompiledFormatException($"{member} is null: expected a value");
                }
                continue;
            }
            if (child is IList list)
            {
                var itemsMayBeNull = info.GenericTypeArguments is [{ ReadState: NullabilityState.Nullable }];
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item)
                    {
                        Visit(item, $"{member}[{i}]");
                    }
                    else if (!itemsMayBeNull)
                    {
                        throw new CompiledFormatException($"{member}[{i}] is null: expected a value");
                    }
                }
                continue;
            }
            if (child is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is null)
                    {
                        throw new CompiledFormatException($"{member}.{entry.Key} is null: expected a value");
                    }
                }
                continue;
            }
            Visit(child, member);
        }
    }
}
