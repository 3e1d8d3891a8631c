#if !NETSTANDARD2_0
// System.Private.CoreLib itself, through a reference assembly of its own (src/CoreLibReference): the
// reference assemblies put these members in facades (System.Threading, System.Runtime.Loader) that only
// forward to CoreLib, and loading a facade on first use was part of a program's first typed access.
extern alias CoreLib;
#endif

namespace LeonovData
{
    /// <summary>
    /// The atomic reads and writes of values computed on first use and kept, as the runtime's code
    /// makes them: in the net8.0 build, straight to System.Private.CoreLib, so that no facade assembly is
    /// loaded for them; in the netstandard2.0 build, through the reference assemblies, as before.
    /// </summary>
    internal static class Atomic
    {
        /// <summary><c>System.Threading.Volatile.Read</c>: the value, read before any later read.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static T Read<T>(ref T location)
            where T : class?
#if NETSTANDARD2_0
            => global::System.Threading.Volatile.Read(ref location);
#else
            => CoreLib::System.Threading.Volatile.Read(ref location);
#endif

        /// <summary><c>System.Threading.Interlocked.CompareExchange</c>: stores the value if the location holds the comparand; returns what it held.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static T CompareExchange<T>(ref T location, T value, T comparand)
            where T : class?
#if NETSTANDARD2_0
            => global::System.Threading.Interlocked.CompareExchange(ref location, value, comparand);
#else
            => CoreLib::System.Threading.Interlocked.CompareExchange(ref location, value, comparand);
#endif
    }

#if !NETSTANDARD2_0
    /// <summary>An assembly's metadata, from System.Private.CoreLib without the System.Runtime.Loader facade.</summary>
    internal static class AssemblyMetadata
    {
        /// <summary><c>System.Reflection.Metadata.AssemblyExtensions.TryGetRawMetadata</c>: the metadata as the runtime holds it.</summary>
        internal static unsafe bool TryGet(global::System.Reflection.Assembly assembly, out byte* blob, out int length) =>
            CoreLib::System.Reflection.Metadata.AssemblyExtensions.TryGetRawMetadata(assembly, out blob, out length);
    }
#endif
}
