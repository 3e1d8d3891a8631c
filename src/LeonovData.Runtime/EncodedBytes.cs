// What the generated data is read as. On .NET (net8.0 and later) the data is read in place as spans
// (data literals in the assembly's metadata, or UTF-8 literals); on netstandard2.0 (.NET Framework, older targets) it is string literals, which every
// target reads without System.Memory. The same reader (Encoded.cs, Shards.cs) compiles against either.
// HeldBytes is the same data when the runtime keeps it itself (string literals, copied to bytes on .NET).
#if NETSTANDARD2_0
global using EncodedBytes = System.String;
global using HeldBytes = System.String;
#else
global using EncodedBytes = System.ReadOnlySpan<byte>;
global using HeldBytes = byte[];
#endif
