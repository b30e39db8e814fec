namespace FactCheck.AspNetCore;

/// <summary>The bounds of the FactCheck endpoint. Immutable; validated in the constructor.</summary>
public sealed class FactCheckEndpointOptions
{
    /// <summary>The default of <see cref="MaxRequestBytes"/>: 1 MiB, a few hundred pages of text.</summary>
    public const int DefaultMaxRequestBytes = 1 << 20;

    /// <summary>The default of <see cref="RequestTimeout"/>: 20 seconds.</summary>
    public static TimeSpan DefaultRequestTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>Creates the options.</summary>
    /// <param name="maxRequestBytes">The largest request body read, in bytes (at least 1); a larger one is answered 413. Defaults to <see cref="DefaultMaxRequestBytes"/>.</param>
    /// <param name="requestTimeout">The longest a check may take; a longer one is answered 503. Defaults to <see cref="DefaultRequestTimeout"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive.</exception>
    public FactCheckEndpointOptions(int maxRequestBytes = DefaultMaxRequestBytes, TimeSpan? requestTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRequestBytes, 1);
        var timeout = requestTimeout ?? DefaultRequestTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(requestTimeout));
        MaxRequestBytes = maxRequestBytes;
        RequestTimeout = timeout;
    }

    /// <summary>The largest request body read, in bytes.</summary>
    public int MaxRequestBytes { get; }

    /// <summary>The longest a check may take.</summary>
    public TimeSpan RequestTimeout { get; }
}
