using CsCheck;

namespace FactCheck.Tests.Robustness;

/// <summary>A fixed, reproducible set of generated documents for tests that compare runs.</summary>
internal static class HostileCorpus
{
    /// <summary>The same <paramref name="count"/> documents for the same <paramref name="seed"/>, every time.</summary>
    public static IReadOnlyList<string> Documents(int count, ulong seed) => Documents(count, seed, HostileText.Document);

    /// <summary>The same <paramref name="count"/> documents of <paramref name="gen"/> for the same <paramref name="seed"/>, every time.</summary>
    public static IReadOnlyList<string> Documents(int count, ulong seed, Gen<string> gen)
    {
        var pcg = new PCG(1, seed);
        var documents = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(gen.Generate(pcg, null, out _));
        }

        return documents;
    }
}
