// Reads the SourceLink map of a portable PDB and checks that it maps the sources to the repository at one commit:
// dotnet run CheckSourceLink.cs -- <pdb> <repository url> <commit>
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: CheckSourceLink <pdb> <repository url> <commit>");
    return 2;
}

var (pdb, repository, commit) = (args[0], args[1].TrimEnd('/'), args[2]);
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
using var stream = File.OpenRead(pdb);
using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
var reader = provider.GetMetadataReader();
string? json = null;
foreach (var handle in reader.CustomDebugInformation)
{
    var information = reader.GetCustomDebugInformation(handle);
    if (reader.GetGuid(information.Kind) == sourceLinkKind)
    {
        json = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
    }
}

if (json is null)
{
    Console.Error.WriteLine($"{pdb}: no SourceLink map");
    return 1;
}

// GitHub's raw host serves https://github.com/owner/name at https://raw.githubusercontent.com/owner/name/<commit>/.
var expected = repository.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/" + commit + "/*";
using var document = JsonDocument.Parse(json);
var targets = document.RootElement.GetProperty("documents").EnumerateObject().Select(p => p.Value.GetString()).ToList();
if (!targets.Contains(expected))
{
    Console.Error.WriteLine($"{pdb}: SourceLink maps to {string.Join(", ", targets)}, not {expected}");
    return 1;
}

var documents = reader.Documents.Count;
Console.WriteLine($"{Path.GetFileName(pdb)}: SourceLink maps {documents} source documents to {expected}");
return 0;
