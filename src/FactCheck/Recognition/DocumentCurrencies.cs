namespace FactCheck.Recognition;

/// <summary>
/// The currencies that "Rs", "₨" or "rupees" and a bare "pesos" stand for in one document: those of the country the text
/// names most often. Each is worked out once, when a sentence first needs it; one instance serves one document.
/// </summary>
internal sealed class DocumentCurrencies(string text)
{
    private string? _rupee;
    private string? _peso;
    private bool _pesoRead;

    /// <summary>The rupee the text is about (INR when it names none of the rupee countries).</summary>
    public string Rupee => _rupee ??= EnglishNewsLexicon.MostNamed(text, [("Pakistan", "PKR"), ("India", "INR"), ("Sri Lanka", "LKR"), ("Nepal", "NPR")]) ?? "INR";

    /// <summary>The peso the text is about, or <see langword="null"/> when it names none of the peso countries.</summary>
    public string? Peso
    {
        get
        {
            if (!_pesoRead)
            {
                _peso = EnglishNewsLexicon.PesoCurrency(text);
                _pesoRead = true;
            }

            return _peso;
        }
    }
}
