namespace FactCheck.Claims;

/// <summary>
/// What a tariff claim says beyond its rate: who imposes it, on whom or on what goods, the rate it replaces,
/// and whether it comes on top of rates already in force ("an additional 10%"), with the rates of the stack when the
/// text gives them.
/// </summary>
/// <remarks>
/// Filled for claims whose subject is a tariff, duty or levy. Each part is read from the words around the
/// figure: "imposed by Washington", "US tariffs", "on Pakistani goods", "exports from Pakistan to the US"
/// (the importing country imposes, the exporting one is the target). Parts the text does not state are
/// <see langword="null"/>; nothing is guessed from outside knowledge.
/// </remarks>
public sealed class TariffDetails
{
    /// <summary>Creates tariff details.</summary>
    /// <param name="rate">The rate stated, in the claim's unit (29 for "a 29% duty").</param>
    /// <param name="previousRate">The rate replaced ("up from the earlier 10%"), or <see langword="null"/>.</param>
    /// <param name="imposer">Who imposes the tariff (a country or bloc, canonical name), or <see langword="null"/>.</param>
    /// <param name="target">Whose goods are taxed (a country or bloc, canonical name), or <see langword="null"/>.</param>
    /// <param name="goods">The goods taxed as the text names them ("steel", "exports"), or <see langword="null"/>.</param>
    /// <param name="isAdditional">Whether the rate comes on top of rates already in force ("an additional 10%", "a further 25%").</param>
    /// <param name="existingRate">For a stack of rates, the rate already in force ("the existing 25% duty"), or <see langword="null"/>.</param>
    /// <param name="additionalRate">For a stack of rates, the rate put on top ("an additional 10%"), or <see langword="null"/>.</param>
    /// <param name="totalRate">For a stack of rates, the total the text gives ("bringing the total to 30%"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An existing or total rate is given without the additional rate that makes the stack.</exception>
    public TariffDetails(
        decimal rate,
        decimal? previousRate,
        string? imposer,
        string? target,
        string? goods,
        bool isAdditional,
        ClaimFigure? existingRate = null,
        ClaimFigure? additionalRate = null,
        ClaimFigure? totalRate = null)
    {
        if ((existingRate is not null || totalRate is not null) && additionalRate is null)
        {
            throw new ArgumentException("A stack of rates needs the additional rate.", nameof(additionalRate));
        }

        Rate = rate;
        PreviousRate = previousRate;
        Imposer = imposer;
        Target = target;
        Goods = goods;
        IsAdditional = isAdditional;
        ExistingRate = existingRate;
        AdditionalRate = additionalRate;
        TotalRate = totalRate;
    }

    /// <summary>The rate stated, in the claim's unit.</summary>
    public decimal Rate { get; }

    /// <summary>The rate replaced, or <see langword="null"/> when the text does not give it.</summary>
    public decimal? PreviousRate { get; }

    /// <summary>Who imposes the tariff (canonical country or bloc name), or <see langword="null"/>.</summary>
    public string? Imposer { get; }

    /// <summary>Whose goods are taxed (canonical country or bloc name), or <see langword="null"/>.</summary>
    public string? Target { get; }

    /// <summary>The goods taxed as the text names them, or <see langword="null"/>.</summary>
    public string? Goods { get; }

    /// <summary>Whether the rate is stacked on rates already in force ("an additional 10%").</summary>
    public bool IsAdditional { get; }

    /// <summary>
    /// For a stack of rates stated in one sentence ("an additional 10% on top of the existing 25% duty, bringing the total to
    /// 30%"), the rate already in force; otherwise <see langword="null"/>.
    /// </summary>
    public ClaimFigure? ExistingRate { get; }

    /// <summary>For a stack of rates, the rate put on top of the existing one; otherwise <see langword="null"/>.</summary>
    public ClaimFigure? AdditionalRate { get; }

    /// <summary>For a stack of rates, the total rate the text states; otherwise <see langword="null"/>.</summary>
    public ClaimFigure? TotalRate { get; }
}
