// Apollo 11 as typed data, from two documents retold from NASA's public-domain pages
// (Documents/*.leo) and a schema of their own (Documents/apollo.leoschema). The bundled Leonov
// corpus is switched off in MissionHistory.csproj. Add `-- --json` for the whole dataset as JSON.
using Apollo.Facts;

if (args.Contains("--json"))
{
    Console.WriteLine(Dataset.ToJson());
    return;
}

var apollo = Missions.Apollo11;
var columbia = Vehicles.Columbia;

Console.WriteLine($"{apollo.Name}, a mission of the {apollo.Program?.Name} (conceived {Programs.ApolloProgram.Conceived?.ToDisplayString()})");
Console.WriteLine($"  crew        {string.Join(", ", apollo.CrewFacts.Select(static f => f.Value.Name + (f.Role is { } role ? $" ({role})" : string.Empty)))}");
Console.WriteLine($"  launched    {apollo.Launched} from {apollo.LaunchSite?.Name}, on a {Vehicles.SaturnV.Height}, {Vehicles.SaturnV.LiftoffMass?.InKilograms:N0} kg {Vehicles.SaturnV.Name}");
Console.WriteLine($"  landed      {apollo.Landed} in the {apollo.LandingSite?.Name}; first step {apollo.FirstStep}");
Console.WriteLine($"  moonwalk    {apollo.Moonwalk?.ToDisplayString()}, on the Moon {apollo.SurfaceTime?.ToDisplayString()}");
Console.WriteLine($"  samples     {apollo.Samples} = {apollo.Samples?.InKilograms:F1} kg; flag {apollo.FlagArea} = {apollo.FlagArea?.InSquareMetres:F2} m²");
Console.WriteLine($"  ground up to {Places.SeaOfTranquility.PeakTemperature} = {Places.SeaOfTranquility.PeakTemperature?.InCelsius:F0} °C");
Console.WriteLine($"  {columbia.Name}: {columbia.HabitableVolume} of room = {columbia.HabitableVolume?.InCubicMetres:F1} m³, entry at {columbia.EntrySpeed} = {columbia.EntrySpeed?.In("mph"):N0} mph");
Console.WriteLine($"  splashdown  {apollo.Splashdown} after {apollo.Duration?.ToDisplayString()}");

// Two documents give the splashdown, one to the minute in EDT, one to the second in UTC: they
// agree, and the fact keeps the more precise value with both citations.
Console.WriteLine($"  splashdown cited by {string.Join(", ", apollo.SplashdownFact!.Citations)}");
Console.WriteLine($"{Dataset.Statements.Count} statements from {Dataset.Sources.Count} documents");
