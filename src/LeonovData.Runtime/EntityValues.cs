namespace LeonovData
{
    // The value of a single-valued property of a runtime value type, one reader per type: a generated
    // record's `Born => PartialDateOf(0, "born")` is a call the compiler binds without a type argument
    // to bind and substitute and without lifting a fact's value through `?.`, which every consumer
    // build pays for each such property (about 40 µs a member on probe records, docs/performance.md's
    // sixth round; on the Leonov consumer's 37 such members the gain is within the noise of a loaded
    // machine, and its compile allocates 0.1-0.2 MB less). A property of an entity type, or with a fact
    // type of its own, keeps `XFact?.Value`: the runtime cannot name the consumer's types. Each reader
    // shares the slot of its property's facts with One, so the value and the fact are read once and
    // the fact stays the same object. The generator's Naming gives these names way, so a schema
    // property of the same name does not hide them.
    public abstract partial record Entity
    {
        /// <summary>The value of a single-valued date property (<c>type=date</c>), as its fact has it; null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected PartialDate? PartialDateOf(int slot, string property) => One<PartialDate>(slot, property)?.Value;

        /// <summary>The value of a single-valued interval property (<c>type=interval</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected DateInterval? DateIntervalOf(int slot, string property) => One<DateInterval>(slot, property)?.Value;

        /// <summary>The value of a single-valued duration property (<c>type=duration</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Duration? DurationOf(int slot, string property) => One<Duration>(slot, property)?.Value;

        /// <summary>The value of a single-valued length property (<c>type=length</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Quantity? QuantityOf(int slot, string property) => One<Quantity>(slot, property)?.Value;

        /// <summary>The value of a single-valued mass property (<c>type=mass</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Mass? MassOf(int slot, string property) => One<Mass>(slot, property)?.Value;

        /// <summary>The value of a single-valued speed property (<c>type=speed</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Speed? SpeedOf(int slot, string property) => One<Speed>(slot, property)?.Value;

        /// <summary>The value of a single-valued area property (<c>type=area</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Area? AreaOf(int slot, string property) => One<Area>(slot, property)?.Value;

        /// <summary>The value of a single-valued volume property (<c>type=volume</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Volume? VolumeOf(int slot, string property) => One<Volume>(slot, property)?.Value;

        /// <summary>The value of a single-valued temperature property (<c>type=temperature</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Temperature? TemperatureOf(int slot, string property) => One<Temperature>(slot, property)?.Value;

        /// <summary>The value of a single-valued datetime property (<c>type=datetime</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Instant? InstantOf(int slot, string property) => One<Instant>(slot, property)?.Value;

        /// <summary>The value of a single-valued count, age or ordinal property; null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected int? Int32Of(int slot, string property) => One<int>(slot, property)?.Value;

        /// <summary>The value of a single-valued name property (<c>type=name</c>); null when no source states it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected string? StringOf(int slot, string property) => One<string>(slot, property)?.Value;
    }
}
