namespace FactCheck.Storage;

/// <summary>
/// A claim store cannot be used: it cannot be reached or opened, or it has a schema version this FactCheck does not
/// read. The message says which store and why, in one line.
/// </summary>
public sealed class ClaimStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClaimStoreException()
        : this("The claim store cannot be used.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which store, and why it cannot be used.</param>
    public ClaimStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which store, and why it cannot be used.</param>
    /// <param name="innerException">The failure of the database driver.</param>
    public ClaimStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
