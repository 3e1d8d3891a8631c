namespace LeonovData.Fuzz;

/// <summary>
/// A promise of the generator that an input broke. Thrown, not returned, so that afl-fuzz records
/// the input as a crash exactly like an exception escaping the code under test.
/// </summary>
public sealed class OracleViolation : Exception
{
    public OracleViolation(string message)
        : base(message)
    {
    }
}
