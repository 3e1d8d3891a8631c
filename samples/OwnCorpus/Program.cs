// Typed data from this project's own annotated documents (Documents/*.leo) and schema
// (Documents/harbour.leoschema): the bundled Leonov corpus is switched off in OwnCorpus.csproj.
using Harbour.Facts;

var marlin = Ships.Marlin;

Console.WriteLine($"{marlin.Name}, designed by {marlin.Designer?.Name}, built at {marlin.BuiltAt?.Name}");
Console.WriteLine($"  launched  {marlin.Launched?.ToDisplayString()} ({marlin.Launched})");
Console.WriteLine($"  length    {marlin.Length}");
Console.WriteLine($"  crew      {marlin.Crew}");
Console.WriteLine($"  fastest passage {marlin.FastestPassage?.ToDisplayString()} ({marlin.FastestPassage})");

// Two documents state the launch: the museum label gives the date, the newspaper a weekday (v=),
// checked against it at build time. Both are cited.
Console.WriteLine($"  launch cited by {string.Join(", ", marlin.LaunchedFact!.Citations)}");
Console.WriteLine($"{Dataset.Statements.Count} statements from {Dataset.Sources.Count} documents");
