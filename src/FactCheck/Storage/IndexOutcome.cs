namespace FactCheck.Storage;

/// <summary>What indexing a document did to a store.</summary>
public enum IndexOutcome
{
    /// <summary>The document was new: its claims were added.</summary>
    Added,

    /// <summary>The document had changed: its claims replaced the ones stored before.</summary>
    Replaced,

    /// <summary>The document was stored with the same content: nothing changed.</summary>
    Unchanged,
}
