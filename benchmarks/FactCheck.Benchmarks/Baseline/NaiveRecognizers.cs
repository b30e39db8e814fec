using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace FactCheck.Benchmarks.Baseline;

/// <summary>
/// The naive alternative to FactCheck: the four Recognizers models (number, percentage, currency and
/// date-time) run over each whole document, with the library's default options, exactly as the Recognizers
/// documentation shows. The models are built once, in the constructor.
/// </summary>
internal sealed class NaiveRecognizers
{
    private readonly IModel _number;
    private readonly IModel _percentage;
    private readonly IModel _currency;
    private readonly DateTimeModel _dateTime;

    public NaiveRecognizers()
    {
        var numbers = new NumberRecognizer(Culture.English);
        _number = numbers.GetNumberModel();
        _percentage = numbers.GetPercentageModel();
        _currency = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel();
        _dateTime = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
    }

    /// <summary>Runs the four models over <paramref name="text"/> with <paramref name="published"/> as the reference date.</summary>
    public NaiveResults Recognize(string text, DateOnly published)
    {
        var reference = published.ToDateTime(TimeOnly.MinValue);
        return new NaiveResults(
            _number.Parse(text),
            _percentage.Parse(text),
            _currency.Parse(text),
            _dateTime.Parse(text, reference));
    }
}

/// <summary>What the four models found, model by model.</summary>
internal sealed record NaiveResults(
    IReadOnlyList<ModelResult> Numbers,
    IReadOnlyList<ModelResult> Percentages,
    IReadOnlyList<ModelResult> Currencies,
    IReadOnlyList<ModelResult> Dates)
{
    public int Count => Numbers.Count + Percentages.Count + Currencies.Count + Dates.Count;
}
