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
                // Every fact made first, before anything locates the people's statements (reading a
                // fact's citations does, after which a fact is made in the single pass): so that each is
                // made shard by shard, as a first read makes it.
                var people = new System.Collections.Generic.List<LeonovData.Person>(LeonovData.People.All);
                var born = people.ConvertAll(static person => person.BornFact);
                var died = people.ConvertAll(static person => person.DiedFact);

                // A property none of whose statements is canonical searched every shard of the entity:
                // where its statements are is kept, so that the next such property does not search again.
                var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
                var entity = typeof(LeonovData.Entity);
                var absentSpread = 0;
                for (var i = 0; i < people.Count; i++)
                {
                    if (died[i] is null)
                    {
                        var shards = (int)entity.GetField("_shards", flags)!.GetValue(people[i])!;
                        absentSpread += (shards & (shards - 1)) != 0 ? 1 : 0;
                        if ((int)entity.GetField("_record", flags)!.GetValue(people[i])! == 0 && entity.GetField("_located", flags)!.GetValue(people[i]) is null)
                        {
                            mismatches.Add(people[i].Id + ".died: none, and where its statements are was not kept");
                        }
                    }
                }

                for (var i = 0; i < people.Count; i++)
                {
                    var person = people[i];
                    if (!ReferenceEquals(person.BornFact, born[i]) || !ReferenceEquals(person.DiedFact, died[i]))
                    {
                        mismatches.Add(person.Id + ": a fact made again when read again");
                    }

                    if (born[i] is { } b && !ReferenceEquals(b.Citations, b.Citations))
                    {
                        mismatches.Add(person.Id + ".born: its citations listed again when read again");
                    }

                    Check(person, "born", born[i], born[i]?.Statement, born[i]?.Citations);
                    Check(person, "died", died[i], died[i]?.Statement, died[i]?.Citations);
                }

                return string.Join("; ", mismatches) + " | " + citedMore + " | " + absentSpread;

                void Check(LeonovData.Entity entity, string property, object? fact, LeonovData.Statement? statement, System.Collections.Generic.IReadOnlyList<LeonovData.Citation>? citations)
                {
                    var canonical = new System.Collections.Generic.List<LeonovData.Statement>();
                    foreach (var stated in entity.Statements)
                    {
                        if (stated.Property == property)
                        {
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
                    var documents = new System.Collections.Generic.HashSet<string> { statement.Citation.Document };
                    foreach (var stated in entity.Statements)
                    {
                        if (stated.Property == property && !ReferenceEquals(stated, statement) && ReferenceEquals(stated.Canonical, statement))
                        {
                            expected.Add(stated.Citation);
                            documents.Add(stated.Citation.Document);
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

            /// <summary>Opened shards after Leonov's birth, then after reading its citations: gathering them opens the others.</summary>
            public static string Gathering()
            {
                var born = LeonovData.People.Get("alexei-leonov")!.BornFact!;
                var afterBorn = Count();
                var count = born.Citations.Count;
                return afterBorn.Split(' ')[0] + " | " + Count().Split(' ')[0] + " | " + count;
            }

            /// <summary>
            /// Leonov's birth read by several threads at once, half of them reading his ranks first
            /// (which locates his statements): one fact, one list of citations, the same citations in every
            /// thread. Returns the citations, or what differed.
            /// </summary>
            public static string Threads()
            {
                const int threads = 8;
                var leonov = LeonovData.People.Get("alexei-leonov")!;
                var facts = new object?[threads];
                var lists = new System.Collections.Generic.IReadOnlyList<LeonovData.Citation>?[threads];
                var cited = new LeonovData.Citation[threads][];
                using var start = new System.Threading.Barrier(threads);
                var running = new System.Threading.Thread[threads];
                for (var t = 0; t < threads; t++)
                {
                    var i = t;
                    running[i] = new System.Threading.Thread(() =>
                    {
                        start.SignalAndWait();
                        if (i % 2 == 0)
                        {
                            _ = leonov.RankFacts.Count;
                        }

                        var born = leonov.BornFact!;
                        facts[i] = born;
                        lists[i] = born.Citations;
                        cited[i] = System.Linq.Enumerable.ToArray(born.Citations);
                    });
                    running[i].Start();
                }

                foreach (var thread in running)
                {
                    thread.Join();
                }

                for (var i = 1; i < threads; i++)
                {
                    if (!ReferenceEquals(facts[i], facts[0]) || !ReferenceEquals(lists[i], lists[0]) || !System.Linq.Enumerable.SequenceEqual(cited[i], cited[0], System.Collections.Generic.ReferenceEqualityComparer.Instance))
                    {
                        return "thread " + i + " read another fact, list or citation";
                    }
                }

                return string.Join(" ", (object[])cited[0]);
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
        // Only his birth statements are decoded by reading his birth: all of them while they are in the
        // shards it opens (the first that states it here, which holds them all); one in a later shard
        // would be decoded only when the fact's citations are read.
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
        Assert.True(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) > 0, "the test needs a person stated in several shards who has no death");
    }

    [Fact]
    public void ASingleValuedFactIsMadeBeforeItsOtherCitationsAreGathered()
    {
        // Reading the fact opens the shards up to the first that states it; reading its citations opens
        // every shard holding statements about him. More shards open afterwards shows the fact was made
        // without them.
        var parts = ProbeResult("Gathering").Split(" | ");

        var afterBorn = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var afterCitations = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(afterCitations > afterBorn, $"shards open after his birth {afterBorn}, after its citations {afterCitations}");
        Assert.True(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) > 1, "the test needs a fact cited more than once");
    }

    [Fact]
    public void ThreadsReadingASingleValuedFactAtOnceGetOneFactAndTheSameCitations()
    {
        var threaded = ProbeResult("Threads");
        var single = ProbeResult("Citations").Split(" | ")[4];

        Assert.Equal(single, threaded);
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

    [Fact]
    public void ASingleValuedFactWhoseCanonicalStatementIsInALaterShardIsThatStatement()
    {
        // The year alone is stated in a shard searched before the one stating the day: the year's
        // statement names the day's, in the later shard, as its canonical statement.
        var (year, day) = Enumerable.Range(0, 100)
            .Select(static i => ($"year-{i}", $"day-{i}"))
            .First(static pair => Emit.Emitter.ShardOf(pair.Item1 + ".leo") < Emit.Emitter.ShardOf(pair.Item2 + ".leo"));
        const string schema = """
            {.entity #person type=Person plural=People doc="A person."}
            {.property #born of=person type=date doc="Date of birth."}
            """;
        const string probe = """
            namespace Consumer;

            /// <summary>Reads the person's birth and its citations.</summary>
            public static class Later
            {
                /// <summary>The fact's value and statement's document, its citations' documents, whether reading it again gives the same fact, and whether making it located his statements.</summary>
                public static string Run()
                {
                    var person = LeonovData.People.Get("alexei-leonov")!;
                    var born = person.BornFact!;
                    // Not located: the fact was made shard by shard (through the later shard's canonical
                    // statement), not by the single pass over all his statements.
                    var located = typeof(LeonovData.Entity).GetField("_located", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(person) is not null;
                    var citations = new System.Collections.Generic.List<string>();
                    foreach (var citation in born.Citations)
                    {
                        citations.Add(citation.Document);
                    }

                    return born.Value + " " + born.Statement.Citation.Document + " | " + string.Join(" ", citations) + " | " + ReferenceEquals(born, person.BornFact) + " | located first " + located;
                }
            }
            """;
        var files = new[]
        {
            ("/corpus/s.leoschema", schema),
            ($"/corpus/{year}.leo", $"{{#{year} .source kind=news subject=alexei-leonov}}\n[Leonov]{{.person #alexei-leonov}} was born in [1934]{{.date p=born}}.\n"),
            ($"/corpus/{day}.leo", $"{{#{day} .source kind=encyclopedia subject=alexei-leonov}}\n[Leonov]{{.person e=alexei-leonov}} was born on [30 May 1934]{{.date p=born}}.\n"),
        };

        var run = GeneratorHarness.Run(files, null, probe);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);

        Assert.Equal($"1934-05-30 {day}.leo | {day}.leo {year}.leo | True | located first False", (string)assembly.Invoke("Consumer.Later", "Run")!);
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
