namespace FactCheck.Claims;

/// <summary>Which way a change goes.</summary>
public enum ChangeDirection
{
    /// <summary>No change is stated.</summary>
    None,

    /// <summary>An increase: "rose", "up from", "jumped", "doubled".</summary>
    Up,

    /// <summary>A decrease: "fell", "down from", "halved", "cut".</summary>
    Down,
}
