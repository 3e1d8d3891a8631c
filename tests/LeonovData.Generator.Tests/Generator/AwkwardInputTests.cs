namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Inputs that are legal but awkward for a code generator: ids that are C# keywords or collide with
/// generated members, ids that turn into the same identifier, names with quotes, backslashes and
/// XML, characters XML does not allow. The generated code must compile without a warning anyway.
/// </summary>
public sealed class AwkwardInputTests
{
    [Fact]
    public void IdsThatAreKeywordsOrGeneratedMemberNamesCompile()
    {
        var document = """
            {#odd-ids .source kind=news subject=class}
            [Class]{.person #class} met [All]{.person #all}, [Ids]{.person #ids}, [Names]{.person #names}, [Get]{.person #get},
            [First]{.person #1st}, [A B]{.person #a-b}, [A b]{.person #a_b}, [AB]{.person #aB}, [Ab]{.person #ab},
            [People]{.person #people}, [Person]{.person #person}, [ToString]{.person #to-string}, [Equals]{.person #equals}
            and [Create]{.person #create} and [At]{.person #at} on [18 March 1965]{.date p=born}. [Years]{.person #years} was born in [1934]{.date of=years p=born}.
            """;

        var run = GeneratorHarness.Run(new[] { (SmallCorpus.SchemaPath, SmallCorpus.Schema), ("/corpus/odd-ids.leo", document) });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void NamesWithQuotesBackslashesAndXmlCompile()
    {
        var document = """
            {#odd-names .source kind=news title="A \"title\" with \\ and </summary>" subject=odd}
            [Dr. "Odd" \\ <b>Name</b> & */ /* --> \{x\}]{.person #odd name="Mr \"Odd\" \\ </summary> & <see cref=\"x\"/>"} was born on [18 March 1965]{.date p=born}; "he said \[sic\] <summary>".
            """;

        var run = GeneratorHarness.Run(new[] { (SmallCorpus.SchemaPath, SmallCorpus.Schema), ("/corpus/odd-names.leo", document) });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void SchemaNamesThatCollideWithInheritedMembersCompile()
    {
        var schema = """
            {.entity #thing type=Thing plural=Things doc="A thing."}
            {.qualifier #value type=name doc="A qualifier named like Fact.Value."}
            {.qualifier #to-string type=name doc="A qualifier named like object.ToString."}
            {.qualifier #get-type type=name doc="A qualifier named like object.GetType."}
            {.qualifier #memberwise-clone type=name doc="A qualifier named like object.MemberwiseClone."}
            {.property #to-string of=thing type=name doc="Named like object.ToString."}
            {.property #get-hash-code of=thing type=name doc="Named like object.GetHashCode."}
            {.property #get-type of=thing type=name doc="Named like object.GetType."}
            {.property #memberwise-clone of=thing type=name doc="Named like object.MemberwiseClone."}
            {.property #finalize of=thing type=name doc="Named like object.Finalize."}
            {.property #print-members of=thing type=name doc="Named like a record's PrintMembers."}
            {.property #equality-contract of=thing type=name doc="Named like a record's EqualityContract."}
            {.property #thing of=thing type=name doc="Named like its own type."}
            """;
        var document = """
            {#odd-schema .source kind=news subject=widget}
            The [widget]{.thing #widget} is [round]{.name p=to-string #round} ([wide]{.name on=round p=value}).
            """;

        var run = GeneratorHarness.Run(new[] { ("/corpus/odd.leoschema", schema), ("/corpus/odd-schema.leo", document) });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void YearConstantsOfDifferentEntitiesNeverShareAName()
    {
        var schema = """
            {.entity #thing type=Thing plural=Things doc="A thing."}
            {.property #b-c of=thing type=date doc="A date."}
            {.property #c of=thing type=date doc="Another date."}
            """;
        var document = """
            {#years .source kind=news subject=a}
            [A]{.thing #a} was made in [1965]{.date p=b-c}, [A B]{.thing #a-b} in [1975]{.date of=a-b p=c}.
            """;

        var run = GeneratorHarness.Run(new[] { ("/corpus/years.leoschema", schema), ("/corpus/years.leo", document) });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    /// <summary>
    /// Names the schema gives the generated types and members (type=, plural=, member=) must be C#
    /// identifiers that do not collide: otherwise the schema is wrong (a LEO diagnostic at the
    /// schema's line), never the generated code.
    /// </summary>
    [Theory]
    [InlineData("{.entity #gadget type=Gad-get plural=Gadgets}")]
    [InlineData("{.entity #gadget type=class plural=Gadgets}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadget}")]
    [InlineData("{.entity #gadget type=Gadget plural=People}")]
    [InlineData("{.entity #gadget type=Person plural=Gadgets}")]
    [InlineData("{.entity #gadget type=Entity plural=Gadgets}")]
    [InlineData("{.entity #gadget type=Citation plural=Gadgets}")]
    [InlineData("{.entity #gadget type=Gadget plural=PartialDate}")]
    [InlineData("{.entity #gadget type=Gadget plural=\"Gad gets\"}")]
    [InlineData("{.entity #gadget type=Gadget plural=Dataset}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.property #size of=gadget type=name member=big-size}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.property #size of=gadget type=name member=Weight}\n{.property #weight of=gadget type=name}")]
    public void SchemaNamesThatCannotBeCSharpAreSchemaErrors(string declaration)
    {
        var schema = SmallCorpus.Schema + "\n" + declaration.Replace("\\n", "\n", StringComparison.Ordinal);
        var files = SmallCorpus.Files.Select(f => f.Path == SmallCorpus.SchemaPath ? (f.Path, schema) : f).ToList();

        var run = GeneratorHarness.Run(files);

        run.AssertDidNotCrash();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0101", diagnostic.Id);
        Assert.Equal((SmallCorpus.SchemaPath, schema.Split('\n').Length - 1), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().EndLinePosition.Line));
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0x0001)]
    [InlineData(0x2028)]
    public void CharactersXmlDoesNotAllowStayOutOfDocComments(int code)
    {
        var character = ((char)code).ToString();
        var document = $$"""
            {#odd-chars .source kind=news subject=odd}
            [Odd {{character}} Name]{.person #odd} said "{{character}}" on [18 March 1965]{.date p=born}.
            """;

        var run = GeneratorHarness.Run(new[] { (SmallCorpus.SchemaPath, SmallCorpus.Schema), ("/corpus/odd-chars.leo", document) });

        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
    }
}
