using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactCheck.Reference;

/// <summary>Reads JSON fact tables with System.Text.Json, collecting every problem with the line of its object.</summary>
internal static class JsonFactReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ReferenceFactsLoadResult Read(string json, string name)
    {
        var errors = new List<ReferenceFactError>();
        var facts = new List<ReferenceFact>();
        var lines = new Dictionary<int, int>();
        var bytes = Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            return new ReferenceFactsLoadResult(name, null, [new ReferenceFactError(name, line, "the JSON cannot be read: " + ex.Message.Split('.')[0])]);
        }

        using (document)
        {
            var root = document.RootElement;
            var array = root;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (!root.TryGetProperty("facts", out array))
                {
                    return new ReferenceFactsLoadResult(name, null, [new ReferenceFactError(name, 1, "the JSON must be an array of facts or an object with a \"facts\" array")]);
                }
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                return new ReferenceFactsLoadResult(name, null, [new ReferenceFactError(name, 1, "the JSON must be an array of facts or an object with a \"facts\" array")]);
            }

            var objectLines = ObjectLines(bytes, root.ValueKind == JsonValueKind.Object);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var line = index < objectLines.Count ? objectLines[index] : 0;
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new ReferenceFactError(name, line, "a fact must be a JSON object"));
                    continue;
                }

                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                var problems = new List<string>();
                foreach (var property in element.EnumerateObject())
                {
                    var key = FactRowParser.Canonical(property.Name);
                    if (!FactRowParser.IsKnown(key))
                    {
                        problems.Add($"unknown property '{property.Name}' (the properties are subject, measure, value, unit, valid_from, valid_to, source, tolerance)");
                        continue;
                    }

                    fields[key] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        JsonValueKind.Null => string.Empty,
                        _ => property.Value.GetRawText(),
                    };
                }

                foreach (var required in FactRowParser.Required.Where(r => !fields.ContainsKey(r)))
                {
                    problems.Add($"the required property '{required}' is missing");
                }

                var location = name + ":" + line.ToString(CultureInfo.InvariantCulture);
                if (problems.Count == 0 && FactRowParser.Parse(fields, location, problems) is ReferenceFact fact)
                {
                    lines[facts.Count] = line;
                    facts.Add(fact);
                }

                errors.AddRange(problems.Select(p => new ReferenceFactError(name, line, p)));
            }
        }

        CsvFactReader.AddDuplicates(facts, i => lines[i], name, errors);
        return new ReferenceFactsLoadResult(name, new ReferenceFacts(errors.Count == 0 ? facts : []), errors.OrderBy(e => e.Line).ToList());
    }

    /// <summary>The 1-based line where each element of the fact array starts.</summary>
    private static List<int> ObjectLines(byte[] bytes, bool wrapped)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new List<int>();
        var arrayDepth = wrapped ? 1 : 0;
        var inFacts = !wrapped;
        var line = 1;
        long counted = 0;
        while (reader.Read())
        {
            if (wrapped && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inFacts = reader.ValueTextEquals("facts");
            }

            if (inFacts && reader.CurrentDepth == arrayDepth + 1 && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName))
            {
                for (; counted < reader.TokenStartIndex; counted++)
                {
                    if (bytes[counted] == (byte)'\n')
                    {
                        line++;
                    }
                }

                lines.Add(line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }

        return lines;
    }
}
