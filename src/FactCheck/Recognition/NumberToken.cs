namespace FactCheck.Recognition;

/// <summary>A number found in a sentence, before any unit, currency or hedge is attached to it.</summary>
/// <param name="Start">Index of the first character in the document text.</param>
/// <param name="End">Index just past the last character (scale word included: "1.5 million").</param>
/// <param name="Value">The value with its scale applied: 4.3e9 for "4.3bn".</param>
/// <param name="Step">One unit of the last shown digit at the stated scale (0.1e9 for "4.3bn"); 0 when exact.</param>
/// <param name="Decimals">The decimal places shown.</param>
/// <param name="Scale">The scale multiplier written with the number (1e9 for "bn"), 1 when none.</param>
/// <param name="InWords">Whether the number is written in words ("forty-two", "a million").</param>
internal readonly record struct NumberToken(int Start, int End, decimal Value, decimal Step, int Decimals, decimal Scale, bool InWords);
