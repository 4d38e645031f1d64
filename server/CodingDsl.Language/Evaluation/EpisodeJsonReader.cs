using CodingDsl.Language.Classifications;
using CodingDsl.Language.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Reads episodes from JSON: an array of objects `{"id": "EP1", "opcs": ["J12.4", "Y53.9"], "icd10":
/// ["C78.7", "C18.7"]}` (codes dotted or undotted), with an optional `"date": "2026-04-01"`. Streams one object at a time. An object that
/// cannot be read becomes a <see cref="MalformedRow"/> at the line it starts on; text that is not JSON
/// ends the file with one, and so does text after the array.
/// </summary>
public static class EpisodeJsonReader
{
    public static IEnumerable<EpisodeRecord> Read(TextReader text, EpisodeCodeReader codes)
    {
        using var reader = new JsonTextReader(text) { CloseInput = false, DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        if (!TryRead(reader, out var problem))
        {
            throw new EpisodeFileException(problem ?? "the episode file is empty: expected a JSON array of episodes");
        }
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw new EpisodeFileException("the episode file is not a JSON array of episodes ([{\"id\": …, \"opcs\": […], \"icd10\": […]}, …])");
        }
        while (true)
        {
            if (!TryRead(reader, out problem))
            {
                yield return new MalformedRow(reader.LineNumber, problem ?? "the JSON array is not closed");
                yield break;
            }
            if (reader.TokenType == JsonToken.EndArray)
            {
                // Anything but white space after the array is an error: a file cut and pasted
                // together, or a second array, would otherwise be ignored without a word.
                var end = reader.LineNumber;
                if (TryRead(reader, out problem) || problem is not null)
                {
                    yield return new MalformedRow(end, "text follows the closing ']' of the episode array");
                }
                yield break;
            }
            long line = reader.LineNumber;
            JToken? token = null;
            try
            {
                token = JToken.ReadFrom(reader);
            }
            catch (JsonException e)
            {
                problem = $"not valid JSON: {e.Message}";
            }
            if (token is null)
            {
                yield return new MalformedRow(line, problem ?? "not valid JSON");
                yield break;
            }
            yield return ReadEpisode(token, line, codes);
        }
    }

    private static bool TryRead(JsonTextReader reader, out string? problem)
    {
        try
        {
            problem = null;
            return reader.Read();
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON: {e.Message}";
            return false;
        }
    }

    private static EpisodeRecord ReadEpisode(JToken token, long line, EpisodeCodeReader codes)
    {
        if (token is not JObject episode)
        {
            return new MalformedRow(line, "an episode is an object with id, opcs and icd10");
        }
        var id = episode["id"] is JValue { Value: not null } value ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() : null;
        if (string.IsNullOrEmpty(id))
        {
            return new MalformedRow(line, "the episode has no id");
        }
        var opcs = new List<RecordedCode>();
        var icd = new List<RecordedCode>();
        var problem = Collect(episode, "opcs", CodeSystem.Opcs4, codes, opcs) ?? Collect(episode, "icd10", CodeSystem.Icd10, codes, icd);
        DateOnly? date = null;
        if (problem is null && episode["date"] is { Type: not JTokenType.Null } dateToken)
        {
            if (dateToken.Type != JTokenType.String)
            {
                problem = "date is not a text such as \"2026-04-01\"";
            }
            else if (!EpisodeDate.TryRead((string)dateToken!, out date, out var dateProblem))
            {
                problem = dateProblem;
            }
        }
        return problem is null
            ? new EpisodeRow(new Episode(id, line, opcs, icd) { Date = date })
            : new MalformedRow(line, $"episode {id}: {problem}");
    }

    private static string? Collect(JObject episode, string name, CodeSystem system, EpisodeCodeReader codes, List<RecordedCode> into)
    {
        var token = episode[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }
        if (token is not JArray array)
        {
            return $"{name} is not a list of codes";
        }
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String)
            {
                return $"{name} holds {item.Type.ToString().ToLowerInvariant()} where a code is expected";
            }
            var text = (string)item!;
            if (EpisodeCodeReader.IsEmpty(text))
            {
                continue;
            }
            var reading = codes.Read(system, text);
            if (reading.Code is null)
            {
                return $"{name}: {reading.Problem}";
            }
            into.Add(reading.Code);
        }
        return null;
    }
}
