using System;
using System.Collections.Generic;

namespace LeonovData.Synthetic;

/// <summary>
/// Writes one synthetic document: a biography-like news article about its subject, made of
/// sentences that each state one to seven facts. The first sentences declare the document's
/// <see cref="Anchors"/>; the rest are drawn at random from templates that cover every value kind
/// of the Leonov schema, qualifiers, unit conversions, weekdays checked against v=, references to
/// other documents' entities, and facts that other documents restate at a lower precision.
/// </summary>
internal sealed class DocumentSynthesiser
{
    private readonly AnnotatedWriter _w = new();
    private readonly int _seed;
    private readonly int _index;
    private readonly int _documents;
    private readonly int _revision;
    private readonly Anchors _a;
    private readonly (int MaxSpans, Func<int> Write)[] _templates;
    private readonly Queue<Func<int>> _subjectFacts;
    private SplitMix _random;
    private int _counter;
    private int _sentencesInParagraph;
    private string? _lastEvent;

    private DocumentSynthesiser(int seed, int index, int documents, int revision)
    {
        _seed = seed;
        _index = index;
        _documents = documents;
        _revision = revision;
        _a = Anchors.Of(seed, index);
        _random = SplitMix.For(seed, index, stream: 2);
        _templates = new (int, Func<int>)[]
        {
            (1, Occupation), (1, Nationality), (2, RankWithDate), (2, PositionWithPeriod), (1, Relative), (2, Membership), (1, Residence),
            (2, SelectedWithRole), (2, AgeAtDate), (6, MissionCluster), (8, EventCluster), (5, AwardCluster), (5, WorkCluster), (5, ThingCluster),
            (2, RestatedBirth), (2, RestatedMissionDate), (2, PlaceCluster), (4, OrgCluster), (1, SubjectFact), (1, Selected), (1, Mention),
        };
        var subjectFacts = new List<Func<int>> { BirthOrder, SurvivingChildren, Grandchildren, CosmonautNumber, FirstSoloFlight, Retired, InReserve, InfantDeaths };
        Shuffle(subjectFacts);
        _subjectFacts = new Queue<Func<int>>(subjectFacts);
    }

    /// <summary>The spans of the anchor sentences, which every document has whatever its size.</summary>
    public const int AnchorSpans = 8;

    public static (string Annotated, string Plain) Write(int seed, int index, int documents, int facts, int revision)
    {
        var synthesiser = new DocumentSynthesiser(seed, index, documents, revision);
        return synthesiser.Run(Math.Max(facts, AnchorSpans));
    }

    private (string Annotated, string Plain) Run(int facts)
    {
        var left = facts - AnchorSpans;
        DeclareAnchors();
        while (left > 0)
        {
            // A template that could overrun the budget is drawn again; the one-span ones always fit.
            var template = _templates[_random.Below(_templates.Length)];
            if (template.MaxSpans > left)
            {
                continue;
            }

            left -= template.Write();

            if (_random.Chance(15))
            {
                Filler();
            }
        }

        var body = _w;
        var published = _a.Died.AddDays(_random.Between(1, 20));
        var sha = Sha256Hex(body.Plain);
        var header = $"{{#doc-{_index} .source kind=news outlet=\"{_random.Pick(Vocabulary.Outlets)}\" title=\"{_a.PersonName}, cosmonaut, dies at {_a.AgeAtDeath}\" published={Vocabulary.Iso(published)} subject={_a.Person} sha256={sha}}}";
        return (header + "\n" + body.Annotated + "\n", body.Plain);
    }

    // ---- the anchors ----

    private void DeclareAnchors()
    {
        Sentence().Span(_a.PersonName, $".person #{_a.Person}").Text(" was born on ").Span(Vocabulary.Day(_a.Born, ref _random), ".date p=born")
            .Text(" in ").Span(_a.PlaceName, $".place #{_a.Place} p=birthplace").Text(".");

        // The one value a revision edits: the day of the mission's date, kept to two digits so
        // that an edit moves no other span (the edit benchmarks change a value, not positions).
        var day = 10 + ((_a.MissionDate.Day - 10 + _revision) % 19 + 19) % 19;
        var missionDate = new DateTime(_a.MissionDate.Year, _a.MissionDate.Month, day);
        Sentence().Text($"{_a.FamilyName} joined the ").Span(_a.OrgName, $".org #{_a.Org} p=member-of").Text(" and was selected for ")
            .Span(_a.MissionName, $".mission #{_a.Mission} p=selected-for").Text(", which flew on ").Span($"{day} {missionDate:MMMM} {missionDate.Year}", $".date of={_a.Mission} p=date").Text(".");

        var died = _random.Chance(30)
            ? (Text: Vocabulary.Weekday(_a.Died), Attributes: $".date p=died v={Vocabulary.Iso(_a.Died)}")
            : (Text: Vocabulary.Day(_a.Died, ref _random), Attributes: ".date p=died");
        Sentence().Text($"{_a.FamilyName} died on ").Span(died.Text, died.Attributes).Text(", ").Span(Vocabulary.Age(_a.AgeAtDeath, ref _random), ".age p=age-at-death").Text(".");
    }

    // ---- templates: each writes a sentence and returns how many spans it used ----

    private int Occupation()
    {
        Sentence().Text($"{_a.FamilyName} worked as a ").Span(_random.Pick(Vocabulary.Occupations), ".name p=occupation").Text(".");
        return 1;
    }

    private int Nationality()
    {
        Sentence().Text($"{_a.FamilyName} held ").Span(_random.Pick(Vocabulary.Nationalities), ".name p=nationality").Text(" citizenship.");
        return 1;
    }

    private int RankWithDate()
    {
        var s = NextStatement();
        Sentence().Text($"{_a.FamilyName} was promoted to ").Span(_random.Pick(Vocabulary.Ranks), $".name #{s} p=rank").Text(" in ").Span(Vocabulary.AnyDate(InLife(), ref _random), $".date on={s} p=date").Text(".");
        return 2;
    }

    private int PositionWithPeriod()
    {
        var s = NextStatement();
        var from = _random.Between(_a.Born.Year + 20, _a.Died.Year - 9);
        var to = _random.Between(from + 1, from + 8);
        var period = Vocabulary.Capitalised(Vocabulary.Interval(from, to, new DateTime(from, _random.Between(1, 12), _random.Between(1, 28)), ref _random));
        Sentence().Span(period, $".interval on={s} p=period").Text($", {_a.FamilyName} was the ").Span(_random.Pick(Vocabulary.Positions), $".name #{s} p=position").Text(".");
        return 2;
    }

    private int Relative()
    {
        var other = Other();
        var (words, property) = _random.Pick(new[] { ("a friend of", "friend"), ("married to", "spouse"), ("a parent of", "child"), ("a child of", "parent") });
        Sentence().Text($"{_a.FamilyName} was {words} ").Span(other.PersonName, $".person e={other.Person} p={property}").Text(".");
        return 1;
    }

    private int Membership()
    {
        var other = Other();
        var s = NextStatement();
        Sentence().Text("In ").Span(Vocabulary.AnyDate(InLife(), ref _random), $".date on={s} p=start").Text($", {_a.FamilyName} became a member of the ")
            .Span(other.OrgName, $".org e={other.Org} #{s} p=member-of").Text(".");
        return 2;
    }

    private int Residence()
    {
        var other = Other();
        Sentence().Text($"For some years {_a.FamilyName} lived in ").Span(other.PlaceName, $".place e={other.Place} p=residence").Text(".");
        return 1;
    }

    private int SelectedWithRole()
    {
        var other = Other();
        var s = NextStatement();
        Sentence().Text($"{_a.FamilyName} trained for ").Span(other.MissionName, $".mission e={other.Mission} #{s} p=selected-for").Text(" as ")
            .Span(_random.Pick(Vocabulary.Roles), $".name on={s} p=role").Text(".");
        return 2;
    }

    private int AgeAtDate()
    {
        var s = NextStatement();
        var when = InLife();
        Sentence().Text("In ").Span(Vocabulary.Year(when), $".date on={s} p=date").Text($" {_a.FamilyName} was ")
            .Span(Vocabulary.Age(when.Year - _a.Born.Year - 1, ref _random), $".age #{s} p=age").Text(".");
        return 2;
    }

    private int MissionCluster()
    {
        var name = $"{_random.Pick(Vocabulary.MissionNames)} {_random.Between(1, 40)}";
        var m = NextEntity(name);
        var (length, conversion) = Vocabulary.Length(ref _random);
        var sentence = Sentence().Span(name, $".mission #{m} p=selected-for").Text(" was launched on ").Span(Vocabulary.AnyDate(AnyDay(), ref _random), $".date of={m} p=date")
            .Text(" with ").Span(_a.FamilyName, $".person e={_a.Person} of={m} p=crew").Text(" on board; it reached ").Span(length, $".length of={m} p=altitude");
        if (conversion is not null)
        {
            sentence.Text(" (").Span(conversion, ".length .conv").Text(")");
        }

        sentence.Text(" and stayed docked for ").Span(Vocabulary.Duration(ref _random), $".duration of={m} p=docked-duration").Text(".");
        return conversion is null ? 5 : 6;
    }

    private int EventCluster()
    {
        var e = NextEntity("event");
        var other = Other();
        var (length, conversion) = Vocabulary.Length(ref _random);
        var sentence = Sentence().Text("During ").Span(_random.Pick(Vocabulary.EventNames), $".event #{e}").Text(" of the ").Span(other.MissionName, $".mission e={other.Mission} of={e} p=mission")
            .Text(" mission, on ").Span(Vocabulary.AnyDate(AnyDay(), ref _random), $".date of={e} p=date").Text(", ").Span(_a.FamilyName, $".person e={_a.Person} of={e} p=participant")
            .Text(" spent ").Span(Vocabulary.Duration(ref _random), $".duration of={e} p=duration").Text(" outside on a ").Span(length, $".length of={e} p=tether-length");
        if (conversion is not null)
        {
            sentence.Text(" (").Span(conversion, ".length .conv").Text(")");
        }

        sentence.Text(" tether; it was the ").Span(Vocabulary.OrdinalInWords(_random.Between(1, 120)), $".ordinal of={e} p=ordinal").Text(" of its kind");
        var spans = conversion is null ? 6 : 7;
        if (_lastEvent is not null)
        {
            sentence.Text(", after ").Span("the earlier one", $".event e={_lastEvent} of={e} p=follows");
            spans++;
        }

        sentence.Text(".");
        _lastEvent = e;
        return spans;
    }

    private int AwardCluster()
    {
        var name = _random.Pick(Vocabulary.AwardNames);
        var a = NextEntity(name);
        var first = InLife();
        var second = new DateTime(Math.Min(first.Year + _random.Between(1, 10), 2019), _random.Between(1, 12), _random.Between(1, 28));
        Sentence().Text($"{_a.FamilyName} was a ").Span(_random.Pick(new[] { "two-time", "twice" }), $".count of={a} p=conferments").Text(" ").Span(name, $".award #{a} p=award")
            .Text(" of the ").Span(_random.Pick(new[] { "III degree", "1st class", "second" }), $".ordinal of={a} p=class")
            .Text(", conferred on ").Span(Vocabulary.Day(first, ref _random), $".date of={a} p=conferred").Text(" and ").Span(Vocabulary.Day(second, ref _random), $".date of={a} p=conferred").Text(".");
        return 5;
    }

    private int WorkCluster()
    {
        var title = _random.Pick(Vocabulary.WorkTitles);
        var w = NextEntity(title);
        var other = Other();
        Sentence().Text($"{_a.FamilyName} made \"").Span(title, $".work #{w}").Text("\", a ").Span(_random.Pick(Vocabulary.WorkForms), $".name of={w} p=form").Text(" finished in ")
            .Span(Vocabulary.AnyDate(AnyDay(), ref _random), $".date of={w} p=date").Text("; ").Span(_a.FamilyName, $".person e={_a.Person} of={w} p=creator")
            .Text(" dedicated it to ").Span(other.PersonName, $".person e={other.Person} of={w} p=dedicated-to").Text(".");
        return 5;
    }

    private int ThingCluster()
    {
        var name = $"{_random.Pick(Vocabulary.MissionNames)}-{_random.Between(2, 9)}";
        var t = NextEntity(name);
        var from = _random.Between(1960, 2005);
        var other = Other();
        Sentence().Text("The ").Span(_random.Pick(Vocabulary.ThingForms), $".name of={t} p=form").Text(" ").Span(name, $".thing #{t} of={other.Mission} p=spacecraft").Text(", launched on ")
            .Span(Vocabulary.Day(new DateTime(from, _random.Between(1, 12), _random.Between(1, 28)), ref _random), $".date of={t} p=launched").Text(" and in use ")
            .Span(Vocabulary.Interval(from, from + _random.Between(1, 14), new DateTime(from, 12, 28), ref _random), $".interval of={t} p=in-use")
            .Text(", was named after ").Span(_a.PersonName, $".person e={_a.Person} of={t} p=named-after").Text(".");
        return 5;
    }

    // Another document states the same birth at year precision: sources that agree (precision-aware).
    private int RestatedBirth()
    {
        var other = Other();
        Sentence().Span(other.PersonName, $".person e={other.Person}").Text(" was born in ").Span(Vocabulary.Year(other.Born), $".date of={other.Person} p=born").Text(".");
        return 2;
    }

    private int RestatedMissionDate()
    {
        var other = Other();
        Sentence().Span(other.MissionName, $".mission e={other.Mission}").Text(" flew in ").Span(Vocabulary.Month(other.MissionDate, ref _random), $".date of={other.Mission} p=date").Text(".");
        return 2;
    }

    private int PlaceCluster()
    {
        var other = Other();
        var name = $"{_random.Pick(Vocabulary.Cities)}sk";
        var p = NextEntity(name);
        Sentence().Text($"{_a.FamilyName} also lived in ").Span(name, $".place #{p} p=residence").Text(", a town near ").Span(other.PlaceName, $".place e={other.Place} of={p} p=located-in").Text(".");
        return 2;
    }

    private int OrgCluster()
    {
        var other = Other();
        var name = $"{_random.Pick(Vocabulary.Regions)} {_random.Pick(Vocabulary.OrgTypes)}";
        var o = NextEntity(name);
        Sentence().Text("The ").Span(name, $".org #{o}").Text(", founded in ").Span(Vocabulary.AnyDate(AnyDay(), ref _random), $".date of={o} p=founded").Text(" in ")
            .Span(other.PlaceName, $".place e={other.Place} of={o} p=location").Text(", had ").Span(Vocabulary.Number(_random.Between(2, 40)), $".count of={o} p=size").Text(" members.");
        return 4;
    }

    private int Selected()
    {
        Sentence().Text($"{_a.FamilyName} was selected for a training group on ").Span(Vocabulary.Day(InLife(), ref _random), ".date p=selected").Text(".");
        return 1;
    }

    private int Mention()
    {
        var other = Other();
        Sentence().Text("Colleagues still remember ").Span(_random.Chance(50) ? other.PersonName : other.FamilyName, $".person e={other.Person}").Text(".");
        return 1;
    }

    // Single-valued facts about the subject: each is stated at most once per document.
    private int SubjectFact() => _subjectFacts.Count > 0 ? _subjectFacts.Dequeue()() : Occupation();

    private int BirthOrder() => SubjectSentence("was the ", Vocabulary.OrdinalInWords(_random.Between(1, 9)), ".ordinal p=birth-order", " of the children.");

    private int SurvivingChildren() => SubjectSentence("raised ", Vocabulary.Number(_random.Between(1, 6)), ".count p=surviving-children", " children.");

    private int Grandchildren() => SubjectSentence("had ", Vocabulary.Number(_random.Between(1, 14)), ".count p=grandchildren", " grandchildren.");

    private int CosmonautNumber() => SubjectSentence("was the ", Vocabulary.OrdinalInWords(_random.Between(1, 130)), ".ordinal p=cosmonaut-number", " cosmonaut to fly.");

    private int FirstSoloFlight() => SubjectSentence("first flew solo on ", Vocabulary.Day(InLife(), ref _random), ".date p=first-solo-flight", ".");

    private int Retired() => SubjectSentence("retired in ", Vocabulary.AnyDate(InLife(), ref _random), ".date p=retired", ".");

    private int InReserve() => SubjectSentence("was in the reserve from ", Vocabulary.AnyDate(InLife(), ref _random), ".date p=in-reserve", ".");

    private int InfantDeaths() => SubjectSentence("lost ", Vocabulary.Number(_random.Between(1, 3)), ".count p=infant-deaths", " children in infancy.");

    private int SubjectSentence(string before, string covered, string attributes, string after)
    {
        Sentence().Text($"{_a.FamilyName} {before}").Span(covered, attributes).Text(after);
        return 1;
    }

    private void Filler()
    {
        var text = _random.Below(3) switch
        {
            0 => "The archive copy is marked [sic] in two places.",
            1 => $"Photographs from {_random.Between(1960, 1990)} show the crew in training.",
            _ => "The family kept the letters, filed under {correspondence}.",
        };
        Sentence().Text(text);
    }

    // ---- helpers ----

    /// <summary>Starts a sentence: after a space, a line continuation, or a paragraph break.</summary>
    private AnnotatedWriter Sentence()
    {
        if (_w.Length > 0)
        {
            if (_sentencesInParagraph >= _random.Between(3, 8))
            {
                _w.Line().Line();
                _sentencesInParagraph = 0;
            }
            else if (_random.Chance(30))
            {
                _w.Text(" ").Continuation();
            }
            else
            {
                _w.Text(" ");
            }
        }

        _sentencesInParagraph++;
        return _w;
    }

    /// <summary>A document other than this one (or this one in a corpus of one).</summary>
    private Anchors Other() =>
        Anchors.Of(_seed, _documents <= 1 ? _index : (_index + 1 + _random.Below(_documents - 1)) % _documents);

    /// <summary>A date within the subject's adult life, so that no chronology check fires.</summary>
    private DateTime InLife() => new(_random.Between(_a.Born.Year + 18, _a.Died.Year - 1), _random.Between(1, 12), _random.Between(1, 28));

    private DateTime AnyDay() => new(_random.Between(1957, 2019), _random.Between(1, 12), _random.Between(1, 28));

    private string NextStatement() => $"s{_index}-{++_counter}";

    private string NextEntity(string name) => $"{Vocabulary.Id(name)}-{_index}-{++_counter}";

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Sha256Hex(string text)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(text));
        var builder = new System.Text.StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
