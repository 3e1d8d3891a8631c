namespace LeonovData.Generator.Tests.TestSupport;

/// <summary>
/// Small schema and document texts for corpus tests: a cut-down Leonov schema with every feature
/// the binder and the checks use (born/died, posthumous, counts, age from/to, qualifiers), a cast
/// document that declares the usual entities, and a header builder for test documents.
/// </summary>
internal static class CorpusTexts
{
    public const string Schema = """
        % A cut-down Leonov schema for tests. %
        {.entity #person type=Person plural=People born=born died=died}
        {.entity #mission}
        {.entity #award}
        {.entity #place}
        {.entity #event}

        {.qualifier #date type=date}
        {.qualifier #place type=place}
        {.qualifier #with type=person card=many}
        {.qualifier #callsign type=name}
        {.qualifier #period type=interval}

        {.property #born of=person type=date}
        {.property #died of=person type=date}
        {.property #birthplace of=person type=place}
        {.property #deathplace of=person type=place}
        {.property #age-at-death of=person type=age from=born to=died}
        {.property #age of=person type=age card=many}
        {.property #funeral of=person type=date posthumous=true}
        {.property #retired of=person type=date}
        {.property #award of=person type=award card=many}
        {.property #occupation of=person type=name card=many}
        {.property #position of=person type=name card=many}
        {.property #friend of=person type=person card=many}
        {.property #cosmonaut-number of=person type=ordinal}

        {.property #date of=mission type=date}
        {.property #crew of=mission type=person card=many}
        {.property #altitude of=mission type=length}
        {.property #duration of=mission type=duration}
        {.property #crew-size of=mission type=count}

        {.property #conferred of=award type=date card=many posthumous=true}
        {.property #conferments of=award type=count counts=conferred}

        {.property #date of=event type=date}
        {.property #participant of=event type=person card=many}
        """;

    /// <summary>Declares leonov, belyayev, gagarin (people), voskhod-2, soyuz-11, soyuz-19 (missions),
    /// hero (an award), moscow (a place) and spacewalk (an event). Named to sort first.</summary>
    public static readonly (string Path, string Text) Cast = ("/corpus/000-cast.leo", Document("cast", """
        [Alexei Arkhipovich Leonov]{.person #leonov name="Alexei Leonov"}, [Pavel Belyayev]{.person #belyayev}, [Yuri Gagarin]{.person #gagarin}.
        [Voskhod 2]{.mission #voskhod-2}, [Soyuz 11]{.mission #soyuz-11}, [Soyuz 19]{.mission #soyuz-19}.
        [Hero of the Soviet Union]{.award #hero}, [Moscow]{.place #moscow}, [the spacewalk]{.event #spacewalk}.
        """));

    /// <summary>An annotated document: a header line ({#id .source kind=news subject=…}) and the body.</summary>
    public static string Document(string id, string body, string? subject = "leonov", string extra = "") =>
        $"{{#{id} .source kind=news{(subject is null ? string.Empty : " subject=" + subject)}{(extra.Length == 0 ? string.Empty : " " + extra)}}}\n{body}";

    /// <summary>A document path that sorts after the cast: the binder orders documents by file name.</summary>
    public static (string Path, string Text) Doc(string name, string body, string? subject = "leonov", string extra = "") =>
        ($"/corpus/{name}.leo", Document(name, body, subject, extra));

    /// <summary>The schema, the cast and the given documents through every stage.</summary>
    public static CorpusOutcome Run(params (string Path, string Text)[] documents) =>
        CorpusPipeline.Run(Schema, new[] { Cast }.Concat(documents).ToArray());

    /// <summary>One document body (named "doc", subject leonov) with the schema and the cast.</summary>
    public static CorpusOutcome RunBody(string body) => Run(Doc("doc", body));
}
