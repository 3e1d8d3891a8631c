using System;
using System.Globalization;

namespace LeonovData.Synthetic;

/// <summary>
/// Names and the surface forms of values, taken from the shapes the Leonov seeds use, so that the
/// synthetic corpus exercises the same grammars (docs/format.md §4) with realistic variety.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] GivenNames = { "Alexei", "Pavel", "Valentina", "Yuri", "Svetlana", "Gherman", "Vladimir", "Elena", "Boris", "Irina", "Konstantin", "Galina", "Nikolai", "Tatiana", "Oleg", "Marina" };

    public static readonly string[] FamilyNames = { "Morozov", "Kuznetsova", "Volkov", "Sokolova", "Lebedev", "Novikova", "Kozlov", "Orlova", "Zaitsev", "Belova", "Fedorov", "Karpova", "Yegorov", "Vasilieva", "Gromov", "Titova", "Komarov", "Popova", "Baranov", "Zhukova" };

    public static readonly string[] Cities = { "Kaluga", "Listvyanka", "Kemerovo", "Orenburg", "Chuguev", "Baikonur", "Saratov", "Tver", "Vologda", "Kursk", "Omsk", "Perm", "Ryazan", "Tula", "Yaroslavl", "Smolensk" };

    public static readonly string[] Regions = { "Siberia", "the Urals", "the Volga region", "Kazakhstan", "the Far East", "Karelia" };

    public static readonly string[] OrgTypes = { "Aviation School", "Flight Test Institute", "Cosmonaut Training Centre", "Air Regiment", "Design Bureau", "Academy of Arts", "Space Society" };

    public static readonly string[] MissionNames = { "Zarya", "Vostok", "Voskhod", "Soyuz", "Salyut", "Almaz", "Zond", "Kosmos", "Luna", "Mir" };

    public static readonly string[] AwardNames = { "Order of Lenin", "Hero of the Soviet Union", "Order of the Red Star", "Order of Friendship", "Pilot-Cosmonaut Medal", "Gold Medal of the Academy", "Order of Courage" };

    public static readonly string[] WorkTitles = { "Life Above the Earth", "The Stars Are Waiting", "Out into the Open", "Two Sides of the Moon", "A Walk in Space", "Near the Sun", "Notes of a Cosmonaut" };

    public static readonly string[] WorkForms = { "book", "painting", "film", "album", "essay", "novel" };

    public static readonly string[] ThingForms = { "spacecraft", "station", "crater", "asteroid", "satellite" };

    public static readonly string[] EventNames = { "the first spacewalk", "the emergency landing", "the docking", "the press conference", "the parade", "the training jump" };

    public static readonly string[] Occupations = { "cosmonaut", "test pilot", "engineer", "artist", "writer", "fighter pilot", "instructor" };

    public static readonly string[] Nationalities = { "Soviet", "Russian", "Ukrainian", "Kazakh" };

    public static readonly string[] Ranks = { "lieutenant", "captain", "major", "colonel", "major general" };

    public static readonly string[] Positions = { "deputy chief of the training centre", "commander of the cosmonaut team", "head of the design group", "editor of the newsletter", "chief instructor" };

    public static readonly string[] Roles = { "commander", "pilot", "flight engineer", "backup pilot", "research cosmonaut" };

    public static readonly string[] Outlets = { "Moscow Evening News", "The Space Review", "Orbit Weekly", "Northern Telegraph", "UrduPoint News" };

    private static readonly string[] s_months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly string[] s_numberWords = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };

    private static readonly string[] s_ordinalWords = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" };

    public static string Id(string name) => name.ToLowerInvariant().Replace(' ', '-').Replace('.', '-');

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date at day precision in one of the seeds' spellings.</summary>
    public static string Day(DateTime date, ref SplitMix random) => random.Below(3) switch
    {
        0 => $"{date.Day} {s_months[date.Month - 1]} {date.Year}",
        1 => $"{s_months[date.Month - 1]} {date.Day}, {date.Year}",
        _ => $"{Ordinal(date.Day)} {s_months[date.Month - 1]}, {date.Year}",
    };

    /// <summary>A date at month precision; of the abbreviations, only the seeds' "Oct.".</summary>
    public static string Month(DateTime date, ref SplitMix random) =>
        date.Month == 10 && random.Chance(50) ? $"Oct. {date.Year}" : $"{s_months[date.Month - 1]} {date.Year}";

    public static string Year(DateTime date) => date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date at a random precision; agreeing sources restate it at a lower one.</summary>
    public static string AnyDate(DateTime date, ref SplitMix random) => random.Below(4) switch
    {
        0 => Year(date),
        1 => Month(date, ref random),
        _ => Day(date, ref random),
    };

    public static string Weekday(DateTime date) => date.DayOfWeek.ToString();

    public static string Number(int n) => n < s_numberWords.Length ? s_numberWords[n] : n.ToString(CultureInfo.InvariantCulture);

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>"1st", "22nd", "113th".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>An ordinal in words ("eleventh") when it has a common one, otherwise in digits ("113th").</summary>
    public static string OrdinalInWords(int n) => n < s_ordinalWords.Length ? s_ordinalWords[n] : Ordinal(n);

    /// <summary>A duration and how it is stated: "12 minutes and 9 seconds", "two days", "about 40 minutes".</summary>
    public static string Duration(ref SplitMix random) => random.Below(7) switch
    {
        0 => $"{random.Between(2, 59)} minutes and {random.Between(2, 59)} seconds",
        1 => $"{random.Between(2, 40)} minutes and {Number(random.Between(2, 12))} seconds",
        2 => $"{random.Between(2, 59)}-minute",
        3 => $"{Number(random.Between(2, 12))} days",
        4 => $"{Number(random.Between(2, 12))} months",
        5 => $"about {random.Between(2, 59)} minutes",
        _ => $"less than {Number(random.Between(2, 12))} hours",
    };

    /// <summary>An age as prose states it.</summary>
    public static string Age(int years, ref SplitMix random) => random.Below(3) switch
    {
        0 => $"aged {years}",
        1 => $"at the age of {years}",
        _ => years.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A length and, when it has one, a conversion that agrees with it (checked by LEO0305).</summary>
    public static (string Length, string? Conversion) Length(ref SplitMix random) => random.Below(5) switch
    {
        0 => ("almost 500 kilometres", "310 miles"),
        1 => ("4.8-metre", "16 ft"),
        2 => ($"{random.Between(150, 480)} kilometres", null),
        3 => ($"about {random.Between(2, 30)} metres", null),
        _ => ($"{random.Between(10, 90)} ft", null),
    };

    /// <summary>A period of years between two years, in one of the seeds' interval spellings.</summary>
    public static string Interval(int from, int to, DateTime since, ref SplitMix random) => random.Below(4) switch
    {
        0 => $"from {from} to {to}",
        1 => $"{from}\u2013{to}",
        2 => $"since {since.Day} {s_months[since.Month - 1]} {since.Year}",
        _ => $"from {from}",
    };
}
