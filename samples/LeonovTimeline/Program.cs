// Prints the life of Alexei Leonov from the typed data generated out of the annotated documents in
// seeds/. Every fact below comes from a generated property; none is written here.
using LeonovData;

if (args.Contains("--json"))
{
    Console.Out.Write(Dataset.ToJson());
    return;
}

var leonov = People.AlexeiLeonov;
var spacewalk = Events.Voskhod2Spacewalk;

Console.WriteLine($"{leonov.Name} ({string.Join(", ", leonov.Names.Where(n => n != leonov.Name).Distinct().Take(6))})");
Console.WriteLine($"  born     {leonov.Born?.ToDisplayString()}  [{leonov.BornFact?.Citation}]");
Console.WriteLine($"  died     {leonov.Died?.ToDisplayString()}  [{leonov.DiedFact?.Citation}], aged {leonov.AgeAtDeath}");
Console.WriteLine($"  lived    {leonov.Died?.Year - leonov.Born?.Year} calendar years");
Console.WriteLine($"  first spacewalk {spacewalk.Date?.ToDisplayString()}, {spacewalk.Duration?.ToDisplayString()} ({spacewalk.Duration})  [{spacewalk.DurationFact?.Citation}]");
Console.WriteLine();

Console.WriteLine("Timeline");
foreach (var entry in Timeline.Of(Dataset.Statements))
{
    Console.WriteLine(entry);
}

Console.WriteLine();
Console.WriteLine("Awards");
foreach (var award in leonov.Awards)
{
    var dates = award.ConferredOn.Count == 0 ? "undated" : string.Join(", ", award.ConferredOn.Select(d => d.ToDisplayString()));
    var country = award.Country is { } place ? $", {place.Name}" : string.Empty;
    Console.WriteLine($"  {award.Name}{country}: {dates}");
}
