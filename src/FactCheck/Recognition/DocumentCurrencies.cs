using FactCheck.Languages;

namespace FactCheck.Recognition;

/// <summary>
/// The currencies that "Rs", "₨" or "rupees" and a bare "pesos" stand for in one document: those of the country the text
/// names most often. Each is worked out once, when a sentence first needs it; one instance serves one document.
/// </summary>
internal sealed class DocumentCurrencies(string text, NewsLexicon words)
{
    private string? _rupee;
    private string? _peso;
    private bool _pesoRead;
    private bool? _dollarsWithoutSterling;

    /// <summary>The rupee the text is about (INR when it names none of the rupee countries).</summary>
    public string Rupee => _rupee ??= words.RupeeCurrency(text);

    /// <summary>
    /// Whether the text writes money in dollars ("$") and never in pounds sterling ("£", "sterling", "stg", "pence")
    /// nor speaks of "the pound", so that "pounds" in it are a weight.
    /// </summary>
    public bool DollarsWithoutSterling => _dollarsWithoutSterling ??= text.Contains('$', StringComparison.Ordinal) && !words.NamesSterling(text);

    /// <summary>The franc that "francs" at <paramref name="position"/> stand for (CHF near Switzerland alone), or <see langword="null"/>.</summary>
    public string? Franc(int position) => words.FrancCurrency(text, position);

    /// <summary>The currency a name several countries share ("kroner", "CFA francs") stands for in the text, or <see langword="null"/>.</summary>
    public string? SharedName(string name) => words.SharedNameCurrency(name, text);

    /// <summary>The peso the text is about, or <see langword="null"/> when it names none of the peso countries.</summary>
    public string? Peso
    {
        get
        {
            if (!_pesoRead)
            {
                _peso = words.PesoCurrency(text);
                _pesoRead = true;
            }

            return _peso;
        }
    }
}
