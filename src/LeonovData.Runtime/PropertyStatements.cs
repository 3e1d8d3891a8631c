namespace LeonovData
{
    /// <summary>
    /// The statements of one property about an entity, shared by the citation lists of its facts: the
    /// statements that are not canonical, the only ones that can cite a fact's value besides its own
    /// (a canonical statement names itself as canonical), are picked out once, when a list is first
    /// read, and each fact searches these, usually none, rather than the whole property's statements
    /// (which made a property of k statements cost k² reads).
    /// </summary>
    internal sealed class PropertyStatements
    {
        private static readonly Statement[] None = new Statement[0];
        private readonly StatementRef[] _found;
        private Statement[]? _notCanonical;

        internal PropertyStatements(StatementRef[] found)
        {
            _found = found;
        }

        /// <summary>The statements of <paramref name="canonical"/>'s value besides itself, in corpus order.</summary>
        internal Statement[] Citing(Statement canonical)
        {
            var others = NotCanonical;
            StatementAddress? address = null;
            var citing = 0;
            foreach (var other in others)
            {
                citing += canonical.IsCanonicalFor(other, ref address) ? 1 : 0;
            }

            var cited = citing == 0 ? None : new Statement[citing];
            for (int i = 0, made = 0; made < cited.Length; i++)
            {
                if (canonical.IsCanonicalFor(others[i], ref address))
                {
                    cited[made++] = others[i];
                }
            }

            return cited;
        }

        /// <summary>The statements that are not canonical, in corpus order, found once.</summary>
        private Statement[] NotCanonical => Atomic.Read(ref _notCanonical) ?? Once.Publish(ref _notCanonical, FindNotCanonical(_found));

        private static Statement[] FindNotCanonical(StatementRef[] found)
        {
            var count = 0;
            foreach (var reference in found)
            {
                count += reference.Statement.IsCanonical ? 0 : 1;
            }

            var others = count == 0 ? None : new Statement[count];
            for (int i = 0, kept = 0; kept < others.Length; i++)
            {
                var statement = found[i].Statement;
                if (!statement.IsCanonical)
                {
                    others[kept++] = statement;
                }
            }

            return others;
        }
    }
}
