namespace FactCheck.Tests.Storage;

/// <summary>The store tests of this class need a server whose connection string is in an environment variable.</summary>
/// <param name="variable">The environment variable.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresServerAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}
