using System.Globalization;
using Microsoft.Extensions.Options;

namespace FactCheck.Extensions.DependencyInjection;

/// <summary>Checks the values of <see cref="FactCheckOptions"/> and names each one that is wrong.</summary>
internal sealed class FactCheckOptionsValidator : IValidateOptions<FactCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, FactCheckOptions options)
    {
        var failures = new List<string>();
        try
        {
            _ = CultureInfo.GetCultureInfo(options.Culture ?? string.Empty, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            failures.Add($"FactCheck:Culture '{options.Culture}' is not a known culture.");
        }

        if (options.MaxDocumentLength < 1)
        {
            failures.Add($"FactCheck:MaxDocumentLength must be at least 1 (it is {options.MaxDocumentLength}).");
        }

        if (options.TimeLimit != Timeout.InfiniteTimeSpan && (options.TimeLimit <= TimeSpan.Zero || options.TimeLimit.TotalMilliseconds > int.MaxValue))
        {
            failures.Add($"FactCheck:TimeLimit must be positive (it is {options.TimeLimit}), or -00:00:00.001 for none.");
        }

        if (options.ReferenceFacts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("FactCheck:ReferenceFacts has an empty path.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
