using System;

namespace LeonovData.Synthetic;

/// <summary>
/// The entities every synthetic document declares: its subject (a person), the place of birth, a
/// mission and an organisation. Each is a pure function of the seed and the document's index, so
/// that any document can refer to another's entities, and restate its facts, without generating it.
/// </summary>
internal sealed class Anchors
{
    private Anchors(int seed, int document)
    {
        var random = SplitMix.For(seed, document, stream: 1);
        var given = random.Pick(Vocabulary.GivenNames);
        var family = random.Pick(Vocabulary.FamilyNames);
        PersonName = $"{given} {family}";
        FamilyName = family;
        Person = $"{Vocabulary.Id(family)}-{document}";
        Born = new DateTime(random.Between(1900, 1945), random.Between(1, 12), random.Between(1, 28));
        Died = new DateTime(Born.Year + random.Between(60, 89), random.Between(1, 12), random.Between(1, 28));

        var city = random.Pick(Vocabulary.Cities);
        PlaceName = city;
        Place = $"{Vocabulary.Id(city)}-{document}";

        var mission = random.Pick(Vocabulary.MissionNames);
        MissionName = $"{mission} {random.Between(1, 40)}";
        Mission = $"{Vocabulary.Id(MissionName)}-{document}";
        MissionDate = new DateTime(random.Between(1957, 1999), random.Between(1, 12), random.Between(1, 28));

        OrgName = $"{random.Pick(Vocabulary.Cities)} {random.Pick(Vocabulary.OrgTypes)}";
        Org = $"{Vocabulary.Id(OrgName)}-{document}";
    }

    public string Person { get; }

    public string PersonName { get; }

    public string FamilyName { get; }

    public DateTime Born { get; }

    public DateTime Died { get; }

    /// <summary>Whole years between birth and death: what an age at death must say (LEO0306).</summary>
    public int AgeAtDeath => Died.Year - Born.Year - (Died.Month < Born.Month || (Died.Month == Born.Month && Died.Day < Born.Day) ? 1 : 0);

    public string Place { get; }

    public string PlaceName { get; }

    public string Mission { get; }

    public string MissionName { get; }

    public DateTime MissionDate { get; }

    public string Org { get; }

    public string OrgName { get; }

    public static Anchors Of(int seed, int document) => new(seed, document);
}
