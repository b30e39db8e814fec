using System.Globalization;
using System.Text;

namespace FactCheck.Reports;

/// <summary>
/// What a finding says, as a template and the values it names, so that the words are fixed and the values are
/// written late, in the culture of the report: in a de-DE report "29,5%" and "1.200", never "29.5%" beside "29,5".
/// </summary>
/// <remarks>
/// The template is a .NET composite format string (<c>"{0} is {1:#,0.##}%, not {2}."</c>, braces doubled to be
/// literal); the arguments are the values themselves: <see cref="decimal"/> for numbers, <see cref="DateOnly"/> for
/// dates, <see cref="string"/> for text quoted from the document. Immutable.
/// </remarks>
public sealed class FindingMessage : IFormattable
{
    private readonly object?[] _arguments;

    /// <summary>Creates a message.</summary>
    /// <param name="template">A composite format string with a hole (<c>{0}</c>, <c>{1:0.#}</c>) for each argument.</param>
    /// <param name="arguments">The values of the holes, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="template"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="template"/> is not a composite format string, or names a hole with no argument.</exception>
    public FindingMessage(string template, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentNullException.ThrowIfNull(arguments);
        var format = CompositeFormat.Parse(template);
        if (format.MinimumArgumentCount > arguments.Length)
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"The template names {format.MinimumArgumentCount} argument(s) but {arguments.Length} were given."));
        }

        Template = template;
        _arguments = (object?[])arguments.Clone();
    }

    /// <summary>The template: a composite format string such as <c>"{0} is {1:#,0.##}%, not {2}."</c>.</summary>
    public string Template { get; }

    /// <summary>The values of the template's holes, in order.</summary>
    public IReadOnlyList<object?> Arguments => _arguments;

    /// <summary>A message of fixed text, with no values to format.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static FindingMessage FromString(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new FindingMessage(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    /// <summary>A message of fixed text, with no values to format (see <see cref="FromString"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static implicit operator FindingMessage(string text) => FromString(text);

    /// <summary>Writes the message, its values formatted by <paramref name="formatProvider"/>.</summary>
    /// <param name="formatProvider">How to write numbers; <see langword="null"/> for the invariant culture.</param>
    public string ToString(IFormatProvider? formatProvider)
        => string.Format(formatProvider ?? CultureInfo.InvariantCulture, Template, _arguments);

    /// <summary>Writes the message in the invariant culture.</summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(formatProvider);

    /// <summary>Builds a message from an interpolated string: its holes become the arguments.</summary>
    internal static FindingMessage Of(FindingMessageHandler message) => message.ToMessage();
}
