namespace LeonovData.Generator.Tests.TestSupport;

/// <summary>
/// A small, fixed corpus that exercises every part of the pipeline once: three kinds, qualifiers,
/// two documents whose facts agree (less precise with more precise), a disagreement resolved by
/// rank, a duration with precision, a length, a count checked against the statements it counts,
/// and a qualifier across documents. Tests compute positions from these texts, not by hand.
/// </summary>
internal static class SmallCorpus
{
    public const string SchemaPath = "/corpus/small.leoschema";
    public const string NewsPath = "/corpus/a-news.leo";
    public const string EncyclopediaPath = "/corpus/b-encyclopedia.leo";

    public const string Schema = """
        % A schema for tests: three kinds, two qualifiers. %
        {.entity #person type=Person plural=People born=born died=died doc="A person."}
        {.entity #mission type=Mission plural=Missions doc="A space mission."}
        {.entity #event type=Event plural=Events doc="A dated happening."}

        {.qualifier #with type=person card=many member=With doc="People the statement is shared with."}
        {.qualifier #role type=name doc="The role in which the subject took part."}

        {.property #born of=person type=date doc="Date of birth."}
        {.property #died of=person type=date doc="Date of death."}
        {.property #flight of=person type=mission card=many member=Flights doc="A mission flown."}
        {.property #flights of=person type=count counts=flight member=FlightCount doc="How many missions the person flew."}
        {.property #date of=mission type=date doc="When the mission flew."}
        {.property #date of=event type=date doc="When it happened."}
        {.property #duration of=event type=duration doc="How long it lasted."}
        {.property #tether of=event type=length doc="The length of the tether."}
        """;

    public const string News = """
        {#a-news .source kind=news outlet="Test News" url="https://example.org/news/leonov" licence="CC-BY-4.0" published=2019-10-12 subject=alexei-leonov}
        [Alexei Leonov]{.person #alexei-leonov} was born on [30 May 1934]{.date p=born} and died on [11 October 2019]{.date p=died rank=preferred why="the news reports the day itself"}.
        He flew [twice]{.count p=flights}: on [Voskhod 2]{.mission e=voskhod-2 #leonov-voskhod p=flight} with [Pavel Belyayev]{.person #pavel-belyayev on=leonov-voskhod p=with}, and on [Soyuz 19]{.mission #soyuz-19 p=flight}.
        On [18 March 1965]{.date of=spacewalk p=date} he made the first [spacewalk]{.event #spacewalk}, which lasted [12 minutes and 9 seconds]{.duration of=spacewalk p=duration}, on a [4.8-metre]{.length of=spacewalk p=tether} tether.
        """;

    public const string Encyclopedia = """
        {#b-encyclopedia .source kind=encyclopedia subject=alexei-leonov}
        [Alexei Arkhipovich Leonov]{.person e=alexei-leonov} ([1934]{.date p=born} – [12 October 2019]{.date p=died}) was a Soviet cosmonaut.
        [Voskhod 2]{.mission #voskhod-2} flew in [March 1965]{.date of=voskhod-2 p=date}; its [12-minute]{.duration of=spacewalk p=duration} spacewalk was the first, and he made it as [pilot]{.name on=leonov-voskhod p=role}.
        """;

    public static IReadOnlyList<(string Path, string Text)> Files { get; } = new[]
    {
        (SchemaPath, Schema),
        (NewsPath, News),
        (EncyclopediaPath, Encyclopedia),
    };

    /// <summary>The one-based line and column of the first occurrence of <paramref name="fragment"/>, as a build prints them.</summary>
    public static (int Line, int Column) PositionOf(string text, string fragment)
    {
        var offset = text.IndexOf(fragment, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment));
        }

        var before = text[..offset];
        return (before.Count(static c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
