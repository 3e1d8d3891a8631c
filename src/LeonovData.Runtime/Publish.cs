namespace LeonovData
{
    public sealed partial class Corpus
    {
        /// <summary>
        /// Called by generated code, for its lazily created corpus and catalogues: stores
        /// <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first,
        /// and returns the one stored, so that every thread gets the same object.
        /// </summary>
        /// <remarks>
        /// Generated code calls this rather than <c>System.Threading.Interlocked</c>, which a consumer
        /// compiled against the reference assemblies reaches through the System.Threading facade: loading
        /// that assembly, only to be forwarded to System.Private.CoreLib, was part of the first typed
        /// access. The runtime reaches CoreLib without it (CoreLib.cs).
        /// </remarks>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public static T Publish<T>(ref T? field, T value)
            where T : class => Once.Publish(ref field, value);
    }
}
