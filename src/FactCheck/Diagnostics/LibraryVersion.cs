using System.Reflection;

namespace FactCheck.Diagnostics;

/// <summary>The version of the FactCheck library, as reports, traces and metrics name it.</summary>
internal static class LibraryVersion
{
    /// <summary>The informational version without its build metadata (<c>0.1.0</c>, <c>0.2.0-alpha.0.5</c>).</summary>
    public static string Value { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(LibraryVersion).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
