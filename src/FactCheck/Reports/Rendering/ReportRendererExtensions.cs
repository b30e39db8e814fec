namespace FactCheck.Reports.Rendering;

/// <summary>Conveniences for <see cref="IReportRenderer"/> and <see cref="ICrossDocumentReportRenderer"/>: one report, or the output as a string.</summary>
public static class ReportRendererExtensions
{
    /// <summary>Writes one report.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Render(this IReportRenderer renderer, FactCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        renderer.Render([report], writer);
    }

    /// <summary>Renders one report to a string.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string RenderToString(this IReportRenderer renderer, FactCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return renderer.RenderToString([report]);
    }

    /// <summary>Renders several reports to a string.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string RenderToString(this IReportRenderer renderer, IReadOnlyList<FactCheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(reports);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Render(reports, writer);
        return writer.ToString();
    }

    /// <summary>Renders the result of checking documents together to a string.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string RenderToString(this ICrossDocumentReportRenderer renderer, CrossDocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Render(report, writer);
        return writer.ToString();
    }
}
