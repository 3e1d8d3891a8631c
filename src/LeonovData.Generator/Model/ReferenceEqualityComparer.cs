using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace LeonovData.Generator.Model;

/// <summary>
/// Identity, for lookups of model objects that are distinct by construction (netstandard2.0 has no
/// <c>ReferenceEqualityComparer</c>): hashing a record hashes every field it holds, down to the quoted
/// sentence of each citation, where the object's identity says the same for nothing.
/// </summary>
internal sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceEqualityComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
