namespace FactCheck.Claims;

/// <summary>The subject of a claim as found in the text: its words, its head noun and the entities it names.</summary>
internal sealed class SubjectInfo
{
    public SubjectInfo(string text, string head, IReadOnlyList<string> keyWords, IReadOnlyList<string> entities, int firstToken, int lastToken, bool isAnaphoric)
    {
        Text = text;
        Head = head;
        KeyWords = keyWords;
        Entities = entities;
        FirstToken = firstToken;
        LastToken = lastToken;
        IsAnaphoric = isAnaphoric;
    }

    /// <summary>The subject as the text names it, without a leading article.</summary>
    public string Text { get; }

    /// <summary>The canonical head noun ("tariff" for "duties").</summary>
    public string Head { get; }

    /// <summary>The other words of the key: lemmas of content words and canonical place names.</summary>
    public IReadOnlyList<string> KeyWords { get; }

    /// <summary>Canonical places and organisation names in the subject.</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>The first sentence token of the subject, or -1 when it was built from words elsewhere.</summary>
    public int FirstToken { get; }

    /// <summary>The last sentence token of the subject, or -1.</summary>
    public int LastToken { get; }

    /// <summary>Whether the text starts with a common word capitalised only because it begins the sentence.</summary>
    public bool StartsSentence { get; init; }

    /// <summary>Whether the subject points back rather than naming ("the increased tariff", "it").</summary>
    public bool IsAnaphoric { get; }

    /// <summary>The normalized key: the head, then the other key words in order.</summary>
    public string Key => key ??= KeyWords.Count == 0 ? Head : Head.Length == 0 ? string.Join(' ', KeyWords) : Head + " " + string.Join(' ', KeyWords);

    // Read on every lookup by key: made once.
    private string? key;
}
