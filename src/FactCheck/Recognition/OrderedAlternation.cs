using System.Text.RegularExpressions;
using FactCheck.Languages;

namespace FactCheck.Recognition;

/// <summary>
/// Finds the matches of several expressions in a text as the one expression <c>A|B|C</c> would: left to right, at
/// each position the first expression, in order, that matches there, the search going on where that match ends.
/// </summary>
/// <remarks>
/// A long alternation whose branches start with different words leaves the engine no characters to look for, so it
/// tries every branch at every word; each expression apart starts with a few characters it finds quickly.
/// </remarks>
internal static class OrderedAlternation
{
    /// <summary>Adds the matches in <paramref name="input"/> to <paramref name="matches"/>, in text order.</summary>
    /// <param name="input">The text searched; matches are relative to its start, and look-behinds see nothing before it.</param>
    /// <param name="expressions">The expressions, in the order of the alternation.</param>
    /// <param name="matches">Receives each match: its start, its length and the index of its expression.</param>
    public static void Matches(ReadOnlySpan<char> input, ReadOnlySpan<Regex> expressions, List<(int Start, int Length, int Expression)> matches)
        => Matches(input, expressions, [], matches);

    /// <summary>
    /// Adds the matches in <paramref name="input"/> to <paramref name="matches"/>, in text order, skipping each
    /// expression whose needed words <paramref name="input"/> lacks (it can match nowhere in it).
    /// </summary>
    /// <param name="input">The text searched; matches are relative to its start, and look-behinds see nothing before it.</param>
    /// <param name="expressions">The expressions, in the order of the alternation.</param>
    /// <param name="needs">For each expression, words one of which each of its matches holds, or <see langword="null"/>;
    /// shorter than <paramref name="expressions"/> (or empty) where the rest have none.</param>
    /// <param name="matches">Receives each match: its start, its length and the index of its expression.</param>
    public static void Matches(ReadOnlySpan<char> input, ReadOnlySpan<Regex> expressions, ReadOnlySpan<WordSearch?> needs, List<(int Start, int Length, int Expression)> matches)
    {
        const int Unknown = -2;
        const int None = -1;
        Span<int> starts = stackalloc int[expressions.Length];
        Span<int> lengths = stackalloc int[expressions.Length];
        starts.Fill(Unknown);
        for (var k = 0; k < needs.Length && k < expressions.Length; k++)
        {
            if (needs[k] is { } words && !words.FoundIn(input))
            {
                starts[k] = None;
            }
        }

        var position = 0;
        while (true)
        {
            // Each expression's next match at or after the position, searched again only once the position has passed it.
            var first = None;
            for (var k = 0; k < expressions.Length; k++)
            {
                if (starts[k] != None && starts[k] < position)
                {
                    starts[k] = None;
                    foreach (var match in expressions[k].EnumerateMatches(input, position))
                    {
                        starts[k] = match.Index;
                        lengths[k] = match.Length;
                        break;
                    }
                }

                if (starts[k] != None && (first == None || starts[k] < starts[first]))
                {
                    first = k;
                }
            }

            if (first == None)
            {
                return;
            }

            matches.Add((starts[first], lengths[first], first));
            position = starts[first] + Math.Max(lengths[first], 1);
        }
    }
}
