using System.Collections;

namespace FactCheck.Claims;

/// <summary>
/// The figure tokens of a <see cref="ClaimDraft"/> in a fixed order (earlier value, stated change, main figure, range end,
/// whole, compared figure, conversions), read without allocating: the readings ask a draft for its first and last figure
/// many times per claim.
/// </summary>
internal readonly struct FigureTokenList : IEnumerable<int>
{
    private readonly ClaimDraft draft;

    public FigureTokenList(ClaimDraft draft) => this.draft = draft;

    /// <summary>The first figure token in the sentence.</summary>
    public int Min()
    {
        var min = int.MaxValue;
        foreach (var token in this)
        {
            min = Math.Min(min, token);
        }

        return min;
    }

    /// <summary>Whether <paramref name="token"/> is one of the figure tokens.</summary>
    public bool Contains(int token)
    {
        foreach (var figure in this)
        {
            if (figure == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last figure token in the sentence.</summary>
    public int Max()
    {
        var max = int.MinValue;
        foreach (var token in this)
        {
            max = Math.Max(max, token);
        }

        return max;
    }

    public Enumerator GetEnumerator() => new(draft);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Steps through the slots of the draft in order, skipping the empty ones.</summary>
    public struct Enumerator : IEnumerator<int>
    {
        private const int ConversionSlot = 6;

        private readonly ClaimDraft draft;
        private int slot;

        public Enumerator(ClaimDraft draft)
        {
            this.draft = draft;
            slot = -1;
            Current = 0;
        }

        public int Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (true)
            {
                slot++;
                int? value = slot switch
                {
                    0 => draft.PreviousToken,
                    1 => draft.StatedChangeToken,
                    2 => draft.MainToken,
                    3 => draft.RangeEndToken,
                    4 => draft.WholeToken,
                    5 => draft.ComparedToken,
                    _ => slot - ConversionSlot < draft.ConversionTokens.Count ? draft.ConversionTokens[slot - ConversionSlot] : null,
                };
                if (value is int token)
                {
                    Current = token;
                    return true;
                }

                if (slot >= ConversionSlot)
                {
                    return false;
                }
            }
        }

        public void Reset()
        {
            slot = -1;
            Current = 0;
        }

        public readonly void Dispose()
        {
        }
    }
}
