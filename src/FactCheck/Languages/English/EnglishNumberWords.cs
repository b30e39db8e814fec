namespace FactCheck.Languages.English;

/// <summary>
/// The English number words, each written once as a regular-expression alternation: the source-generated
/// expressions of the readers are built from these constants at compile time, and <see cref="EnglishPack"/> builds
/// its look-ups from the same text.
/// </summary>
internal static class EnglishNumberWords
{
    /// <summary>The words for one to nine, in order.</summary>
    public const string DigitWords = "one|two|three|four|five|six|seven|eight|nine";

    /// <summary>The words for ten to nineteen, in order.</summary>
    public const string TeenWords = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>The words for zero to nineteen, in order: a word's position is its value.</summary>
    public const string UnitWords = "zero|" + DigitWords + "|" + TeenWords;

    /// <summary>The words for twenty to ninety, in order.</summary>
    public const string TensWords = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>The scale words, smallest first.</summary>
    public const string ScaleWords = "hundred|thousand|million|billion|trillion";

    /// <summary>Every word that counts: the units, the tens, and the scales and "dozen" in the singular or the plural ("hundreds").</summary>
    public const string CountingWords = UnitWords + "|" + TensWords + "|hundreds?|thousands?|millions?|billions?|trillions?|dozens?";

    /// <summary>
    /// The words after "half" that open the whole it is a share of: "half of the money", "half the workforce", "half its
    /// staff", "half all graduates".
    /// </summary>
    public const string HalfWholeOpeners = "of|the|its|their|his|her|our|all|these|those";

    /// <summary>
    /// Words that, straight after "a third", "a sixth" or another ordinal with "a", make it a rank in a series rather
    /// than a fraction: "a third novel", "a sixth straight session", "for a third time". Only words that cannot follow
    /// a fraction of a whole; "a third stake", "a fifth in each" are left to the number model.
    /// </summary>
    public const string SeriesAfterOrdinal = "straight|consecutive|successive|running|film|movie|novel|book|album|season|term|round|title|time|attempt|bid|victory|win|defeat|child|plant|factory|runway|terminal|bridge|session|game|match|race|tournament|edition|version|generation|phase|wave|tranche|bailout";

    /// <summary>What adds half of the scale before it: "4 million and a half" is 4,500,000.</summary>
    public const string AndAHalf = @"and\ a\ half";

    /// <summary>The fractions written before "a point" or "a percentage point": "half a percentage point", "a quarter of a point".</summary>
    public const string PointFractions = @"half|a\ half|one\ half|a\ quarter|one\ quarter|three\ quarters|three-quarters";

    /// <summary>
    /// Fractions written straight before "point" or "percentage point": "a quarter-point cut", "a half percentage point",
    /// "a three-quarter-point rise". Not "three quarter-point rises", which are three rises of a quarter point.
    /// </summary>
    public const string PointFractionsBeforeUnit = @"half|quarter|three-quarters?";

    /// <summary>The value of one of the <see cref="PointFractions"/>: 0.5 for "half", 0.25 for "a quarter", 0.75 for "three quarters".</summary>
    public static decimal PointFractionValue(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lower = words.ToUpperInvariant();
        return lower.Contains("HALF", StringComparison.Ordinal) ? 0.5m
            : lower.StartsWith("THREE", StringComparison.Ordinal) ? 0.75m
            : 0.25m;
    }

    /// <summary>How many years, months, weeks or days a period lasts: "a", "three", "forty", "a few", "12" ("in three months", "the next forty days", "a few weeks ago").</summary>
    public const string PeriodCount = "a|an|" + DigitWords + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + TensWords + @"|a\ few|few|[0-9]{1,3}";
}
