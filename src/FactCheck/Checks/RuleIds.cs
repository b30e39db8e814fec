namespace FactCheck.Checks;

/// <summary>The ids of the built-in rules, as they appear on <see cref="Reports.Finding.RuleId"/>.</summary>
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
}
