using System.Globalization;

namespace FactCheck.Cli;

/// <summary>The settings of <c>factcheck serve</c>: where to listen, the culture and the reference facts.</summary>
internal sealed record ServeSettings(string Host, int Port, CultureInfo Culture, IReadOnlyList<string> Facts);
