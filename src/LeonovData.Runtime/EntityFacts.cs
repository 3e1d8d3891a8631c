namespace LeonovData
{
    // The members generated records call since the eighth round of issue 7: one type argument, no
    // delegate, no list to convert, so a consumer's compile binds no lambda per property (the Leonov
    // consumer's 12 lambdas cost its build 4-10 ms: a synthesized method, a cached delegate field and a
    // closure class each) and no variance conversion. The members of Facts.cs stay for code that
    // earlier builds generated.
    public abstract partial record Entity
    {
        /// <summary>
        /// Makes a fact of a property that has a fact type of its own (one that takes qualifiers): the
        /// generated record overrides it with one case per such property, by its slot.
        /// </summary>
        /// <param name="slot">The slot of the property's facts, as the record passes it to <see cref="FactOf{TFact}"/> or <see cref="FactsOf{TFact}"/>.</param>
        /// <param name="value">The statement's value as the property's C# type: an entity of the record's kinds, or the value itself.</param>
        /// <param name="statement">The canonical statement of the value.</param>
        /// <param name="citations">Every source stating the value, the statement's own first.</param>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        protected virtual object CreateFact(int slot, object value, Statement statement, global::System.Collections.Generic.IReadOnlyList<Citation> citations) =>
            throw new global::System.InvalidOperationException("The record " + GetType().Name + " declares no fact type for slot " + slot.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".");

        /// <summary>The fact of a single-valued property that has a fact type of its own, made by <see cref="CreateFact"/>, computed once.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected TFact? FactOf<TFact>(int slot, string property)
            where TFact : class
        {
            var cached = Cached(slot) ?? Keep(slot, Resolved(property, out var citations) is { } statement ? CreateFact(slot, statement.Typed<object>(), statement, citations!) : s_none);
            return cached == s_none ? null : (TFact)cached;
        }

        /// <summary>The facts of a many-valued property that has a fact type of its own, made by <see cref="CreateFact"/>, computed once.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TFact> FactsOf<TFact>(int slot, string property)
            where TFact : class =>
            (global::System.Collections.Generic.IReadOnlyList<TFact>)(Cached(slot) ?? Keep(slot, ReadOnly.List(CreatedFacts<TFact>(slot, property))));

        /// <summary>
        /// The values of a many-valued property, in corpus order, computed once: the values of its facts,
        /// read from the statements without making the facts (a reader of values never needs them).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TValue> ValuesOf<TValue>(int slot, string property)
        {
            var cached = Cached(slot);
            if (cached is null)
            {
                var statements = CanonicalOf(property, out _);
                var values = new TValue[statements.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = statements[i].Typed<TValue>();
                }

                cached = Keep(slot, ReadOnly.List(values));
            }

            return (global::System.Collections.Generic.IReadOnlyList<TValue>)cached;
        }

        /// <summary>The facts <see cref="CreateFact"/> makes for a property, one per canonical statement.</summary>
        private TFact[] CreatedFacts<TFact>(int slot, string property)
            where TFact : class
        {
            var statements = CanonicalOf(property, out var found);
            var others = NotCanonical(found, found.Length - statements.Length);
            var facts = statements.Length == 0 ? global::System.Array.Empty<TFact>() : new TFact[statements.Length];
            for (var i = 0; i < facts.Length; i++)
            {
                var statement = statements[i];
                facts[i] = (TFact)CreateFact(slot, statement.Typed<object>(), statement, Citations(statement, others));
            }

            return facts;
        }

        /// <summary>The canonical statements of a property about this entity, in corpus order: one value (and fact) each; <paramref name="found"/> gets every statement of the property, which cite them.</summary>
        private Statement[] CanonicalOf(string property, out Statement[] found)
        {
            found = Stating(property);
            var count = CountCanonical(found);
            if (count == found.Length)
            {
                return found; // all canonical, as most are: the same list
            }

            var statements = count == 0 ? Statement.None : new Statement[count];
            for (int i = 0, kept = 0; kept < statements.Length; i++)
            {
                var statement = found[i];
                if (statement.IsCanonical)
                {
                    statements[kept++] = statement;
                }
            }

            return statements;
        }
    }
}
