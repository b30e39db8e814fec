using System.Globalization;
using System.Text.Json;
using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Storage.Shared;

/// <summary>
/// A claim record as one JSON object, the column every store keeps it in beside the columns it is indexed by. Written
/// and read by hand: no reflection, and names that stay the same when the types' members move.
/// </summary>
internal static class ClaimRecordJson
{
    public static string Write(ClaimRecord r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("doc", r.DocumentId);
            WriteDate(w, "published", r.DocumentPublished);
            w.WriteString("id", r.ClaimId);
            w.WriteString("kind", r.Kind.ToString());
            w.WriteNumber("start", r.Span.Start);
            w.WriteString("text", r.Text);
            w.WriteString("figure", r.FigureText);
            w.WriteNumber("value", r.Value);
            w.WriteString("unit", r.Unit);
            w.WriteNumber("low", r.Low);
            w.WriteNumber("high", r.High);
            if (r.PreviousValue is decimal previous)
            {
                w.WriteNumber("previous", previous);
            }

            w.WriteString("direction", r.Direction.ToString());
            w.WriteString("modality", r.Modality.ToString());
            w.WriteString("measure", r.Measure.ToString());
            w.WriteString("subject", r.Subject);
            w.WriteString("subjectKey", r.SubjectKey);
            w.WriteString("entity", r.Entity);
            w.WriteStartArray("entities");
            foreach (var entity in r.Entities)
            {
                w.WriteStringValue(entity);
            }

            w.WriteEndArray();
            w.WriteString("quantity", r.Quantity);
            if (r.Period is { } period)
            {
                w.WriteStartObject("period");
                w.WriteString("basis", period.Basis.ToString());
                w.WriteString("text", period.Text);
                WriteDate(w, "start", period.Start);
                WriteDate(w, "end", period.End);
                w.WriteEndObject();
            }

            WriteDate(w, "effectiveFrom", r.EffectiveFrom);
            WriteDate(w, "effectiveTo", r.EffectiveTo);
            if (r.Attribution is { } attribution)
            {
                w.WriteString("attribution", attribution);
            }

            w.WriteBoolean("comparable", r.Comparable);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static ClaimRecord Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var o = document.RootElement;
        var text = o.GetProperty("text").GetString()!;
        var start = o.GetProperty("start").GetInt32();
        ClaimPeriod? period = null;
        if (o.TryGetProperty("period", out var p))
        {
            period = new ClaimPeriod(Enum.Parse<TimeBasis>(p.GetProperty("basis").GetString()!), p.GetProperty("text").GetString()!, ReadDate(p, "start"), ReadDate(p, "end"));
        }

        return new ClaimRecord(
            o.GetProperty("doc").GetString()!,
            ReadDate(o, "published"),
            o.GetProperty("id").GetString()!,
            Enum.Parse<ClaimKind>(o.GetProperty("kind").GetString()!),
            new TextSpan(start, start + text.Length),
            text,
            o.GetProperty("figure").GetString()!,
            o.GetProperty("value").GetDecimal(),
            o.GetProperty("unit").GetString()!,
            o.GetProperty("low").GetDecimal(),
            o.GetProperty("high").GetDecimal(),
            o.TryGetProperty("previous", out var previous) ? previous.GetDecimal() : null,
            Enum.Parse<ChangeDirection>(o.GetProperty("direction").GetString()!),
            Enum.Parse<ClaimModality>(o.GetProperty("modality").GetString()!),
            Enum.Parse<Measure>(o.GetProperty("measure").GetString()!),
            o.GetProperty("subject").GetString()!,
            o.GetProperty("subjectKey").GetString()!,
            o.GetProperty("entity").GetString()!,
            o.GetProperty("entities").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            o.GetProperty("quantity").GetString()!,
            period,
            ReadDate(o, "effectiveFrom"),
            ReadDate(o, "effectiveTo"),
            o.TryGetProperty("attribution", out var attribution) ? attribution.GetString() : null,
            o.GetProperty("comparable").GetBoolean());
    }

    /// <summary>A date as the stores keep it in columns and JSON: ISO 8601, which sorts as the dates do.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is not null)
        {
            w.WriteString(name, Date(date));
        }
    }

    private static DateOnly? ReadDate(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) ? ParseDate(value.GetString()) : null;
}
