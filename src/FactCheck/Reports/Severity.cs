namespace FactCheck.Reports;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong with the numbers.</summary>
    Info,

    /// <summary>Only an unusual reading reconciles the numbers.</summary>
    Warning,

    /// <summary>The numbers cannot all be true.</summary>
    Error,
}
