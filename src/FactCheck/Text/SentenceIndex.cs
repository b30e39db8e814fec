namespace FactCheck.Text;

/// <summary>Finds which of a document's sentences (in text order, not overlapping) holds a position.</summary>
internal static class SentenceIndex
{
    /// <summary>The index of the sentence holding <paramref name="position"/>, or -1 when none does.</summary>
    public static int Of(IReadOnlyList<TextSpan> sentences, int position)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (position < sentences[mid].Start)
            {
                high = mid - 1;
            }
            else if (position >= sentences[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
