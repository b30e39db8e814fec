using FactCheck.Reports;

namespace FactCheck.Checks.Internal;

/// <summary>Validation shared by the options classes: a bad option is a programmer error and throws when the check is added.</summary>
internal static class OptionChecks
{
    public static void NonNegative(decimal value, string name)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be zero or more.");
        }
    }

    public static void NonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be zero or more.");
        }
    }

    public static void AtLeastOne(decimal value, string name)
    {
        if (value < 1m)
        {
            throw new ArgumentOutOfRangeException(name, value, name + " must be 1 or more.");
        }
    }

    public static void Defined(Severity severity, string name)
    {
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(name, severity, name + " is not a severity.");
        }
    }
}
