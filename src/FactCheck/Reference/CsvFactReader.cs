using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FactCheck.Reference;

/// <summary>Reads CSV fact tables with CsvHelper, collecting every problem with its line.</summary>
internal static class CsvFactReader
{
    public static ReferenceFactsLoadResult Read(TextReader reader, string name)
    {
        var errors = new List<ReferenceFactError>();
        var facts = new List<ReferenceFact>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            AllowComments = true,
            Comment = '#',
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = false,
            BadDataFound = args => errors.Add(new ReferenceFactError(name, Math.Max(1, args.Context.Parser?.RawRow ?? 1), "bad quoting in the row: " + Shorten(args.RawRecord))),
        };

        string[]? header = null;
        var lines = new Dictionary<int, int>();
        try
        {
            using var parser = new CsvParser(reader, config);
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                var line = parser.RawRow;
                if (header is null)
                {
                    header = record.Select(FactRowParser.Canonical).ToArray();
                    CheckHeader(record, header, name, line, errors);
                    continue;
                }

                if (record.Length != header.Length)
                {
                    errors.Add(new ReferenceFactError(name, line, $"the row has {record.Length} fields, the header has {header.Length}"));
                    continue;
                }

                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    fields.TryAdd(header[i], record[i]);
                }

                var problems = new List<string>();
                var location = name + ":" + line.ToString(CultureInfo.InvariantCulture);
                if (FactRowParser.Parse(fields, location, problems) is ReferenceFact fact)
                {
                    lines[facts.Count] = line;
                    facts.Add(fact);
                }

                errors.AddRange(problems.Select(p => new ReferenceFactError(name, line, p)));
            }
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new ReferenceFactError(name, Math.Max(1, ex.Context?.Parser?.RawRow ?? 1), "the CSV cannot be read: " + ex.Message.Split('\n')[0].Trim()));
        }

        if (header is null && errors.Count == 0)
        {
            errors.Add(new ReferenceFactError(name, 0, "the file is empty; it needs a header row: subject,measure,value,unit,valid_from,valid_to,source,tolerance"));
        }

        AddDuplicates(facts, i => lines[i], name, errors);
        return new ReferenceFactsLoadResult(name, new ReferenceFacts(errors.Count == 0 ? facts : []), errors.OrderBy(e => e.Line).ToList());
    }

    /// <summary>Reports every pair of facts that say something about the same subject, measure and unit at the same time.</summary>
    public static void AddDuplicates(List<ReferenceFact> facts, Func<int, int> lineOf, string name, List<ReferenceFactError> errors)
    {
        for (var j = 0; j < facts.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (FactRowParser.Duplicates(facts[i], facts[j]))
                {
                    errors.Add(new ReferenceFactError(name, lineOf(j), $"duplicates the fact on line {lineOf(i).ToString(CultureInfo.InvariantCulture)}: same subject, measure and unit with overlapping dates"));
                    break;
                }
            }
        }
    }

    private static void CheckHeader(string[] raw, string[] header, string name, int line, List<ReferenceFactError> errors)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (!FactRowParser.IsKnown(header[i]))
            {
                errors.Add(new ReferenceFactError(name, line, $"unknown column '{raw[i]}' (the columns are subject, measure, value, unit, valid_from, valid_to, source, tolerance)"));
            }
            else if (Array.IndexOf(header, header[i]) != i)
            {
                errors.Add(new ReferenceFactError(name, line, $"the column '{raw[i]}' appears twice"));
            }
        }

        foreach (var required in FactRowParser.Required.Where(r => !header.Contains(r)))
        {
            errors.Add(new ReferenceFactError(name, line, $"the required column '{required}' is missing"));
        }
    }

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
