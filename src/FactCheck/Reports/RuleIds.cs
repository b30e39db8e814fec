namespace FactCheck.Reports;

/// <summary>
/// The ids of the built-in rules and of the problems FactCheck reports about its own work, as they appear on
/// <see cref="Finding.RuleId"/>.
/// </summary>
public static class RuleIds
{
    /// <summary>From, to, change and ratio of one change must agree: "rose 20% to £5bn from £4bn" is a 25% rise.</summary>
    public const string ChangeArithmetic = "change-arithmetic";

    /// <summary>A change between two percentages stated in percent where percentage points were meant.</summary>
    public const string PercentagePoints = "percentage-points";

    /// <summary>The same measure of the same subject for the same time, stated twice with values that cannot both hold.</summary>
    public const string Restatement = "restatement";

    /// <summary>Dates in the wrong order: a period ending before it starts, "days after" contradicted, an event dated after publication.</summary>
    public const string DateOrder = "date-order";

    /// <summary>A weekday that does not match its date: "Monday, April 9, 2025" is a Wednesday.</summary>
    public const string Weekday = "weekday";

    /// <summary>Parts and their whole that do not add up: "X of Y (Z%)" that does not compute, shares above 100% in sum.</summary>
    public const string PartTotal = "part-total";

    /// <summary>Values that cannot be: a share above 100%, a negative count, a change of more than 100 percentage points.</summary>
    public const string Plausibility = "plausibility";

    /// <summary>Claims checked against trusted reference facts.</summary>
    public const string Reference = "reference";

    /// <summary>Restatements that conflict between documents checked together.</summary>
    public const string CrossDocument = "cross-document";

    /// <summary>A check that threw; the other checks still ran.</summary>
    public const string CheckFailed = "check-failed";

    /// <summary>A sentence whose claims could not be built; the claims of the other sentences were kept and checked.</summary>
    public const string ClaimsFailed = "claims-failed";

    /// <summary>A document longer than the limit; it was not read.</summary>
    public const string InputTooLarge = "input-too-large";

    /// <summary>A document stopped by the time limit; the report holds what was done before.</summary>
    public const string TimeLimit = "time-limit";

    /// <summary>A stage of FactCheck that failed on the document; the report holds what was done before.</summary>
    public const string InternalError = "internal-error";

    /// <summary>A sentence that could not be read in time; the other sentences were read.</summary>
    public const string RecognitionTimeout = "recognition-timeout";

    /// <summary>A document in a culture FactCheck cannot read yet; it was read as English.</summary>
    public const string CultureUnsupported = "culture-unsupported";

    /// <summary>A run of number words too long to be one number; it was not read.</summary>
    public const string NumberWordsUnread = "number-words-unread";
}
