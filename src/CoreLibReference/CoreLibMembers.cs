// The members of System.Private.CoreLib that LeonovData.Runtime calls directly, with the signatures
// they have had since .NET 8 (CoreLibReference.csproj says why this assembly exists). Declarations only:
// the calls bind to the real CoreLib at run time.
namespace System.Threading
{
    public static class Interlocked
    {
        public static T CompareExchange<T>(ref T location1, T value, T comparand)
            where T : class? => throw null!;
    }

    public static class Volatile
    {
        public static T Read<T>(ref T location)
            where T : class? => throw null!;
    }
}

namespace System.Reflection.Metadata
{
    public static class AssemblyExtensions
    {
        public static unsafe bool TryGetRawMetadata(this System.Reflection.Assembly assembly, out byte* blob, out int length) => throw null!;
    }
}
