namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The generated data is decoded as far as it is read: getting an entity opens no data shard, a typed
/// property opens only the shards that hold statements about the entity (the catalogue says which)
/// and decodes its own statements, not the entity's others. Counted in the runtime's own
/// state (each shard's decoded statements), in the consumer's process.
/// </summary>
public sealed class LazyDecodingTests
{
    private const string Probe = """
        namespace Consumer;

        /// <summary>Reads a little and counts what was decoded after each step.</summary>
        public static class Probe
        {
            /// <summary>Opened shards and decoded statements after getting Leonov, after his birth, and after all his statements.</summary>
            public static string Run()
            {
                var leonov = LeonovData.People.Get("alexei-leonov")!;
                var afterGet = Count();
                var born = leonov.BornFact!;
                var afterBorn = Count();
                var all = leonov.Statements.Count;
                var afterAll = Count();
                var bornStatements = 0;
                var documents = new System.Collections.Generic.HashSet<string>();
                foreach (var statement in leonov.Statements)
                {
                    bornStatements += statement.Property == "born" ? 1 : 0;
                    documents.Add(statement.Citation.Document);
                }

                return afterGet + " | " + afterBorn + " | " + afterAll + " | born " + bornStatements + ", all " + all + ", " + born.Value + " | " + documents.Count + " documents";
            }

            private static string Count()
            {
                var corpus = typeof(LeonovData.Corpus);
                var shards = (object?[])corpus.GetField("_shards", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(LeonovData.Dataset.Corpus)!;
                int opened = 0, decoded = 0;
                foreach (var shard in shards)
                {
                    if (shard is null)
                    {
                        continue;
                    }

                    opened++;
                    foreach (var statement in Decoded(shard))
                    {
                        decoded += statement is null ? 0 : 1;
                    }
                }

                return opened + " shards, " + decoded + " statements";
            }

            /// <summary>A fact's citations: how many, how many were made by counting them, whether reading them gives the statements' own, and reading past the end.</summary>
            public static string Citations()
            {
                var born = LeonovData.People.Get("alexei-leonov")!.BornFact!;
                var count = born.Citations.Count;
                var madeByCounting = Made();
                var byIndex = new System.Collections.Generic.List<LeonovData.Citation>();
                for (var i = 0; i < count; i++)
                {
                    byIndex.Add(born.Citations[i]);
                }

                var same = ReferenceEquals(byIndex[0], born.Statement.Citation) && ReferenceEquals(byIndex[0], born.Citation);
                var k = 0;
                foreach (var citation in born.Citations)
                {
                    same &= ReferenceEquals(citation, byIndex[k++]) && ReferenceEquals(citation, born.Citations[k - 1]);
                }

                string pastTheEnd;
                try
                {
                    pastTheEnd = born.Citations[count].ToString();
                }
                catch (System.ArgumentOutOfRangeException)
                {
                    pastTheEnd = "out of range";
                }

                return count + " | " + madeByCounting + " | " + (same && k == count) + " | " + pastTheEnd + " | " + string.Join(" ", byIndex);
            }

            /// <summary>
            /// Each person's single-valued facts against the statements they come from, read from the
            /// entity's statements: the fact's statement is the property's canonical one, and its citations
            /// are that statement's, then those of every other statement naming it as canonical, in corpus
            /// order. Returns the mismatches, then how many facts spread over shards were cited more than once.
            /// </summary>
            public static string SingleValued()
            {
                var mismatches = new System.Collections.Generic.List<string>();
                var citedMore = 0;
                foreach (var person in LeonovData.People.All)
                {
                    Check(person, "born", person.BornFact, person.BornFact?.Statement, person.BornFact?.Citations);
                    Check(person, "died", person.DiedFact, person.DiedFact?.Statement, person.DiedFact?.Citations);
                }

                return string.Join("; ", mismatches) + " | " + citedMore;

                void Check(LeonovData.Entity entity, string property, object? fact, LeonovData.Statement? statement, System.Collections.Generic.IReadOnlyList<LeonovData.Citation>? citations)
                {
                    var canonical = new System.Collections.Generic.List<LeonovData.Statement>();
                    var documents = new System.Collections.Generic.HashSet<string>();
                    foreach (var stated in entity.Statements)
                    {
                        if (stated.Property == property)
                        {
                            documents.Add(stated.Citation.Document);
                            if (stated.IsCanonical)
                            {
                                canonical.Add(stated);
                            }
                        }
                    }

                    if (canonical.Count == 0)
                    {
                        if (fact is not null)
                        {
                            mismatches.Add(entity.Id + "." + property + ": a fact without a canonical statement");
                        }

                        return;
                    }

                    if (fact is null || !ReferenceEquals(statement, canonical[0]))
                    {
                        mismatches.Add(entity.Id + "." + property + ": not the canonical statement");
                        return;
                    }

                    var expected = new System.Collections.Generic.List<LeonovData.Citation> { statement!.Citation };
                    foreach (var stated in entity.Statements)
                    {
                        if (stated.Property == property && !ReferenceEquals(stated, statement) && ReferenceEquals(stated.Canonical, statement))
                        {
                            expected.Add(stated.Citation);
                        }
                    }

                    var listed = new System.Collections.Generic.List<LeonovData.Citation>(citations!);
                    if (citations!.Count != expected.Count || !System.Linq.Enumerable.SequenceEqual(listed, expected))
                    {
                        mismatches.Add(entity.Id + "." + property + ": cited by " + string.Join(" ", listed) + ", stated by " + string.Join(" ", expected));
                    }

                    citedMore += expected.Count > 1 && documents.Count > 1 ? 1 : 0;
                }
            }

            /// <summary>Statements holding their value boxed after typed reads, then each statement's Value against its fact's, then after.</summary>
            public static string Values()
            {
                var leonov = LeonovData.People.Get("alexei-leonov")!;
                var born = leonov.BornFact!;
                var place = leonov.BirthplaceFact!;
                var boxedByTypedReads = Boxed();
                var bornValue = born.Statement.Value;
                var sameObject = ReferenceEquals(bornValue, born.Statement.Value);
                var placeValue = (LeonovData.EntityRef)place.Statement.Value;
                return boxedByTypedReads + " | " + bornValue.Equals(born.Value) + " " + sameObject + " | " + (placeValue.Id == place.Value.Id) + " " + placeValue.Kind + " | " + Boxed();
            }

            // Decoded statements that hold their value, boxed.
            private static int Boxed() => DecodedWith("_value");

            // Decoded statements whose citation has been made.
            private static int Made() => DecodedWith("_citation");

            // Decoded statements whose field of that name is set.
            private static int DecodedWith(string field)
            {
                var corpus = typeof(LeonovData.Corpus);
                var shards = (object?[])corpus.GetField("_shards", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(LeonovData.Dataset.Corpus)!;
                var set = typeof(LeonovData.Statement).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
                var count = 0;
                foreach (var shard in shards)
                {
                    foreach (var statement in shard is null ? System.Array.Empty<object?>() : Decoded(shard))
                    {
                        count += statement is not null && set.GetValue(statement) is not null ? 1 : 0;
                    }
                }

                return count;
            }

            // A shard's statements decoded so far: it keeps them in chunks made on their first decode (Kept).
            private static System.Collections.Generic.IEnumerable<object?> Decoded(object shard)
            {
                var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
                var kept = shard.GetType().GetField("_statements", flags)!.GetValue(shard)!;
                // Each chunk and each value in it is held in a struct (Kept.Chunk, Kept.Slot).
                foreach (var chunk in (System.Array)kept.GetType().GetField("_chunks", flags)!.GetValue(kept)!)
                {
                    foreach (var slot in (System.Array?)chunk!.GetType().GetField("Slots", flags)!.GetValue(chunk) ?? System.Array.Empty<object>())
                    {
                        yield return slot!.GetType().GetField("Value", flags)!.GetValue(slot);
                    }
                }
            }
        }
        """;

    [Fact]
    public void AnEntityOpensNoShardAndATypedPropertyDecodesOnlyItsOwnStatements()
    {
        var counts = ProbeResult("Run").Split(" | ");

        Assert.Equal("0 shards, 0 statements", counts[0]);
        var bornAndAll = counts[3];
        var born = int.Parse(bornAndAll.Split(',')[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var all = int.Parse(bornAndAll.Split(',')[1].Trim().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(all > 10 * born, $"the test needs an entity with many more statements than births: {bornAndAll}");
        Assert.EndsWith($", {born} statements", counts[1], StringComparison.Ordinal);
        Assert.EndsWith($", {all} statements", counts[2], StringComparison.Ordinal);
        Assert.EndsWith("1934-05-30", bornAndAll, StringComparison.Ordinal);

        // A document is in one shard, so his statements are in at most as many shards as documents:
        // 4 of the 16 here, where searching every shard would open all 16.
        var documents = int.Parse(counts[4].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var opened = int.Parse(counts[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var openedForAll = int.Parse(counts[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(openedForAll, 1, documents);

        // His birth is stated in fewer shards than his statements are: a single-valued fact is made from
        // its canonical statement, found in the first shard that states it, without opening the others.
        Assert.InRange(opened, 1, openedForAll - 1);
    }

    [Fact]
    public void ASingleValuedFactIsItsCanonicalStatementCitedByEveryStatementOfItsValue()
    {
        var parts = ProbeResult("SingleValued").Split(" | ");

        Assert.Equal(string.Empty, parts[0]);
        Assert.True(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) > 0, "the test needs a fact cited by statements in several documents");
    }

    [Fact]
    public void ATypedFactReadsItsValueWithoutTheStatementKeepingItBoxed()
    {
        // Statement.Value is decoded when first read, then the same object; a typed fact never reads it.
        Assert.Equal("0 | True True | True place | 2", ProbeResult("Values"));
    }

    [Fact]
    public void AFactsCitationsAreMadeWhenReadAndAreItsStatementsOwn()
    {
        var parts = ProbeResult("Citations").Split(" | ");

        Assert.True(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) > 1, $"the test needs a fact cited more than once: {parts[4]}");
        Assert.Equal("0", parts[1]);
        Assert.Equal("True", parts[2]);
        Assert.Equal("out of range", parts[3]);
    }

    /// <summary>The generator's output for the seed corpus with the probe, compiled and loaded, and what its method returns.</summary>
    private static string ProbeResult(string method)
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles(), null, Probe);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        return (string)assembly.Invoke("Consumer.Probe", method)!;
    }
}
