using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeonovData.Generator;

/// <summary>
/// The pure functions behind each pipeline step. Each turns Roslyn inputs into equatable models, or
/// models into models, and turns any unexpected exception into LEO0901 instead of a compiler
/// crash report (CS8785): a build should say what broke, not that the generator did. Each honours
/// the build's cancellation token, and none catches <see cref="OperationCanceledException"/>: a
/// cancelled build is not a broken generator, and Roslyn expects the exception to come through.
/// </summary>
internal static class Stages
{
    public const string DocumentExtension = ".leo";
    public const string SchemaExtension = ".leoschema";

    public static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();
        var ns = GeneratorOptions.Default.Namespace;
        if (options.TryGetValue("build_property.LeonovDataNamespace", out var requested) && !string.IsNullOrWhiteSpace(requested))
        {
            if (IsNamespace(requested.Trim()))
            {
                ns = requested.Trim();
            }
            else
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "LeonovDataNamespace", requested, "write a C# namespace such as MyCompany.Facts; using LeonovData"));
            }
        }

        var isPublic = true;
        if (options.TryGetValue("build_property.LeonovDataVisibility", out var visibility) && !string.IsNullOrWhiteSpace(visibility))
        {
            switch (visibility.Trim().ToLowerInvariant())
            {
                case "public":
                    break;
                case "internal":
                    isPublic = false;
                    break;
                default:
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "LeonovDataVisibility", visibility, "write public or internal; using public"));
                    break;
            }
        }

        return new GeneratorOptions(ns, isPublic, problems.ToEquatableArray());
    }

    public static bool IsDocument(AdditionalText text) => text.Path.EndsWith(DocumentExtension, StringComparison.OrdinalIgnoreCase);

    public static bool IsSchema(AdditionalText text) => text.Path.EndsWith(SchemaExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The folders that document names are relative to, from MSBuild (<c>LeonovData.targets</c>).</summary>
    public static DocumentPaths ReadDocumentPaths(AnalyzerConfigOptions options) => new(
        options.TryGetValue("build_property.MSBuildProjectDirectory", out var project) && !string.IsNullOrWhiteSpace(project) ? project.Trim() : null,
        options.TryGetValue("build_property._LeonovDataCorpusPath", out var corpus) && !string.IsNullOrWhiteSpace(corpus) ? corpus.Trim() : null);

    public static ParsedDocument Parse(AdditionalText file, DocumentPaths paths, CancellationToken cancellationToken) =>
        Parse(Read(file, cancellationToken), paths, cancellationToken);

    /// <summary>A document's text, compared by value (see <see cref="DocumentText"/>).</summary>
    public static DocumentText Read(AdditionalText file, CancellationToken cancellationToken)
    {
        // The driver does not look at the token between files; without this a cancelled build
        // would still read and parse every remaining document.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return new DocumentText(file.Path, file.GetText(cancellationToken)?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DocumentText(file.Path, null) { Problem = e.Message };
        }
    }

    public static ParsedDocument Parse(DocumentText document, DocumentPaths paths, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (document.Text is null)
            {
                return Failed(document.Path, "reading the file", document.Problem ?? "the compiler could not read it");
            }

            return DocumentParser.Parse(document.Path, document.Text, cancellationToken) with { RelativePath = paths.RelativePath(document.Path) };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(document.Path, "parsing the document", e.Message);
        }
    }

    /// <summary>
    /// A document's syntax for the pipeline: its inputs, and its parse made when first asked for and
    /// let go once the document is bound (<see cref="DocumentSyntax"/>), so that the driver does not
    /// keep every document's parse tree.
    /// </summary>
    public static DocumentSyntax Syntax(DocumentText document, DocumentPaths paths, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new DocumentSyntax(document, paths);
    }

    public static SchemaModel ReadSchema(AdditionalText file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? SchemaModel.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { Internal(file.Path, "reading the schema", "the compiler could not read it") }) }
                : SchemaParser.ParseFile(file.Path, text.ToString(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SchemaModel.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { Internal(file.Path, "reading the schema", e.Message) }) };
        }
    }

    public static SchemaModel MergeSchemas(ImmutableArray<SchemaModel> files, DocumentPaths paths, CancellationToken cancellationToken = default)
    {
        try
        {
            return SchemaParser.Merge(files, paths.IsBundled, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SchemaModel.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "merging schemas", e.Message) }) };
        }
    }

    public static Result<Corpus> Bind(ImmutableArray<ParsedDocument> documents, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        try
        {
            if (documents.Length > 0 && HasNoSchema(schema))
            {
                var first = documents[0].Path;
                return new Result<Corpus>(Corpus.Empty, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.NoSchema, LocationInfo.FileStart(first)) }));
            }

            return Binder.Bind(documents, schema, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<Corpus>(Corpus.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "binding the documents", e.Message) }));
        }
    }

    /// <summary>Whether binding can mean anything: documents without any schema get LEO0104 once, not an error per span.</summary>
    public static bool HasNoSchema(SchemaModel schema) => schema.Kinds.IsEmpty && schema.Diagnostics.IsEmpty;

    public static DocumentDeclarations Declare(ParsedDocument document, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        try
        {
            return Binder.Declare(document, schema, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Declarations carry no diagnostics; binding the same document meets the same problem and reports it.
            return new DocumentDeclarations(document.Path, document.RelativePath, null, EquatableArray<DeclaredId>.Empty, document.BrokenIds);
        }
    }

    /// <summary>The ids a document declares, from its parse (made here on the document's first use).</summary>
    public static DocumentDeclarations Declare(DocumentSyntax document, SchemaModel schema, CancellationToken cancellationToken = default) =>
        Declare(document.Tree(cancellationToken), schema, cancellationToken);

    public static IdTable Ids(ImmutableArray<DocumentDeclarations> declarations)
    {
        try
        {
            return IdTable.Build(declarations, duplicates: null);
        }
        catch (Exception)
        {
            return IdTable.Empty; // DuplicateIds runs the same code and reports the exception
        }
    }

    public static EquatableArray<DiagnosticInfo> DuplicateIds(ImmutableArray<DocumentDeclarations> declarations)
    {
        try
        {
            var duplicates = new List<DiagnosticInfo>();
            IdTable.Build(declarations, duplicates);
            return duplicates.ToEquatableArray();
        }
        catch (Exception e)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "collecting the declared ids", e.Message) });
        }
    }

    /// <summary>
    /// One document bound, its diagnostics preceded by the parser's: the generator reports a
    /// document's problems from one output, which saves the driver a pass over every document
    /// on every edit.
    /// </summary>
    public static BoundDocument BindDocument(ParsedDocument document, SchemaModel schema, IdTable ids, CancellationToken cancellationToken = default)
    {
        BoundDocument bound;
        try
        {
            bound = HasNoSchema(schema)
                ? Unbound(document, EquatableArray<DiagnosticInfo>.Empty)
                : Binder.BindDocument(document, schema, ids, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            bound = Unbound(document, new EquatableArray<DiagnosticInfo>(new[] { Internal(document.Path, "binding the document", e.Message) }));
        }

        return document.Diagnostics.IsEmpty ? bound : bound with { Diagnostics = document.Diagnostics.Concat(bound.Diagnostics).ToEquatableArray() };
    }

    /// <summary>
    /// One document bound (<see cref="BindDocument(ParsedDocument, SchemaModel, IdTable, CancellationToken)"/>),
    /// after which its parse is let go: the bound document holds what it needs of it (the stripped
    /// text its citations slice, the names it states). Binding it again parses it again.
    /// </summary>
    public static BoundDocument BindDocument(DocumentSyntax document, SchemaModel schema, IdTable ids, CancellationToken cancellationToken = default)
    {
        try
        {
            return BindDocument(document.Tree(cancellationToken), schema, ids, cancellationToken);
        }
        finally
        {
            // Cancelled or not: a handle of the driver's cached state must not keep its tree.
            document.Release();
        }
    }

    /// <summary>What a bound document contributes to the links between documents (no statement values).</summary>
    public static DocumentLinks LinksOf(BoundDocument document, SchemaModel schema) => DocumentLinks.Of(document, schema);

    /// <summary>A bound document cut by subject group, and its head for the data shards.</summary>
    public static DocumentShares SharesOf(BoundDocument document) => DocumentShares.Of(document);

    /// <summary>The links between documents: statement ids claimed, qualifiers attached, entity names gathered.</summary>
    public static CorpusLinks Link(ImmutableArray<DocumentLinks> documents, ImmutableArray<DocumentDeclarations> declarations, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        try
        {
            if (documents.Length > 0 && HasNoSchema(schema))
            {
                var first = documents[0].Path;
                return CorpusLinks.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.NoSchema, LocationInfo.FileStart(first)) }) };
            }

            return CorpusLinks.Build(documents, declarations, schema, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return CorpusLinks.Empty with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "binding the documents", e.Message) }) };
        }
    }

    /// <summary>Each subject group's parts: its slice of every document and its share of the links.</summary>
    public static Result<EquatableArray<GroupParts>> SplitGroups(ImmutableArray<DocumentShares> documents, CorpusLinks links, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        try
        {
            return new Result<EquatableArray<GroupParts>>(GroupParts.Split(documents.Select(static d => d.Slices), links, schema, cancellationToken).ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<EquatableArray<GroupParts>>(EquatableArray<GroupParts>.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "checking the corpus", e.Message) }));
        }
    }

    public static Result<SubjectGroup> AssembleGroup(GroupParts parts, CancellationToken cancellationToken = default)
    {
        try
        {
            return new Result<SubjectGroup>(SubjectGroup.Assemble(parts, cancellationToken), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = new SubjectGroup(parts.Index, parts.Schema, EquatableArray<Entity>.Empty, EquatableArray<Statement>.Empty, EquatableArray<Mention>.Empty, EquatableArray<ContainmentEdge>.Empty, EquatableArray<PlaceRun>.Empty);
            return new Result<SubjectGroup>(empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "checking the corpus", e.Message) }));
        }
    }

    /// <summary>One group's statements with their canonical statements, for the data shards.</summary>
    public static Result<GroupResolution> Resolve(SubjectGroup group, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return new Result<GroupResolution>(Resolution.Resolve(group), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<GroupResolution>(new GroupResolution(group.Index, EquatableArray<ResolvedSlice>.Empty), new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "resolving the statements", e.Message) }));
        }
    }

    /// <summary>Each data shard's parts (none without a schema).</summary>
    public static Result<EquatableArray<ShardParts>> SplitShards(ImmutableArray<Result<GroupResolution>> groups, ImmutableArray<DocumentShares> documents, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        try
        {
            var shards = schema.Kinds.IsEmpty ? EquatableArray<ShardParts>.Empty : ShardParts.Split(groups.Select(static g => g.Value), documents.Select(static d => d.Head), cancellationToken).ToEquatableArray();
            return new Result<EquatableArray<ShardParts>>(shards, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<EquatableArray<ShardParts>>(EquatableArray<ShardParts>.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "resolving the statements", e.Message) }));
        }
    }

    /// <summary>One data shard's input, its documents' statements back in order.</summary>
    public static Result<ShardInput> Join(ShardParts parts, CancellationToken cancellationToken = default)
    {
        try
        {
            return new Result<ShardInput>(parts.Join(cancellationToken), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<ShardInput>(new ShardInput(parts.Number, EquatableArray<ShardDocument>.Empty, EquatableArray<ResolvedSlice>.Empty), new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "resolving the statements", e.Message) }));
        }
    }

    public static EquatableArray<DiagnosticInfo> Check(SubjectGroup group, CancellationToken cancellationToken = default)
    {
        try
        {
            return Checker.Check(group, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "checking the corpus", e.Message) });
        }
    }

    public static EquatableArray<DiagnosticInfo> Check(Corpus corpus, CancellationToken cancellationToken = default)
    {
        try
        {
            return Checker.Check(corpus, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "checking the corpus", e.Message) });
        }
    }

    /// <summary>
    /// LEO0503 when there is a schema to emit but the consumer cannot compile what is emitted: the
    /// LeonovData.Runtime assembly is not referenced, or is of another version. Nothing is emitted
    /// then (<see cref="EmitModel"/>, <see cref="EmitShard"/>), rather than hundreds of CS0246 errors.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> RuntimeProblems(bool hasSchema, GeneratorOptions options) =>
        hasSchema && options.Runtime is { } problem
            ? new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeMissing, null, Emitter.Version, problem) })
            : EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>
    /// What the model is emitted from: the schema and the entities, compared by document, line and
    /// column of their citations only (<see cref="ModelInput"/>). The model prints no quote (a
    /// declaration's quote and sentence live in its shard), so a value edit in a sentence that declares
    /// an entity leaves this input equal and the model cached. Null without a schema.
    /// </summary>
    public static ModelInput? ModelOf(CorpusLinks links, SchemaModel schema) =>
        schema.Kinds.IsEmpty ? null : new ModelInput(schema, links.Entities);

    public static Result<EquatableArray<GeneratedFile>> EmitModel(ModelInput? input, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        if (input is null || options.Runtime is not null)
        {
            return new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        Result<GeneratedFile>? model = null;
        return Emitting("emitting the model", () => new[] { (model = Emitter.Model(input, options, cancellationToken)).Value }, () => model!.Diagnostics);
    }

    public static Result<EquatableArray<GeneratedFile>> EmitShard(ShardInput input, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Runtime is not null)
        {
            return new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        Result<GeneratedFile>? shard = null;
        return Emitting("emitting a data shard", () => new[] { (shard = Emitter.Shard(input, options, cancellationToken)).Value }, () => shard!.Diagnostics);
    }

    /// <summary>The data literals of emitted files, in their order: what the table of contents lists of them.</summary>
    public static EquatableArray<HeapLiteral> LiteralsOf(Result<EquatableArray<GeneratedFile>> output) =>
        output.Value.Count == 1 ? output.Value[0].Literals : output.Value.SelectMany(static f => f.Literals).ToEquatableArray();

    private static Result<EquatableArray<GeneratedFile>> Emitting(string doing, Func<GeneratedFile[]> emit, Func<EquatableArray<DiagnosticInfo>> diagnostics)
    {
        try
        {
            var files = emit();
            return new Result<EquatableArray<GeneratedFile>>(files.ToEquatableArray(), diagnostics());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, doing, e.Message) }));
        }
    }

    public static Result<EquatableArray<GeneratedFile>> Emit(Corpus corpus, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            // Nothing to generate for a project that has neither schema nor documents.
            return corpus.Schema.Kinds.IsEmpty
                ? new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty)
                : Emitter.Emit(corpus, options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(null, "emitting code", e.Message) }));
        }
    }

    /// <summary>
    /// What the consumer's compilation reads the data with: spans when its C# has <c>u8</c> literals and
    /// it references LeonovData.Runtime's net8.0 build (whose shard delegate returns a span): data
    /// literals read in place (Emit/PackedLiteral.cs), and <c>u8</c> literals past their budget; string
    /// literals of the same bytes, one char each, otherwise, which both builds read. Symbols of referenced assemblies
    /// are reused from one compilation to the next, so a C# edit costs a lookup, not a search of the
    /// project.
    /// </summary>
    public static DataTarget Target(Compilation compilation)
    {
        try
        {
            var utf8Literals = compilation is Microsoft.CodeAnalysis.CSharp.CSharpCompilation { LanguageVersion: >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11 };

            // Looked up in the referenced assembly itself: Compilation.GetTypeByMetadataName would also
            // search the project's own sources, at a cost that grows with its number of C# files.
            var runtime = compilation.SourceModule.ReferencedAssemblySymbols.FirstOrDefault(static a => a.Name == "LeonovData.Runtime");
            if (runtime is null || runtime.GetTypeByMetadataName("LeonovData.Corpus") is null)
            {
                return new DataTarget(Utf8Data: utf8Literals, "does not reference it");
            }

            if (!SameVersion(runtime))
            {
                return new DataTarget(Utf8Data: utf8Literals, $"references version {runtime.Identity.Version}");
            }

            var data = runtime.GetTypeByMetadataName("LeonovData.ShardData")?.DelegateInvokeMethod?.ReturnType;
            return new DataTarget(Utf8Data: utf8Literals && data is not null && data.SpecialType != SpecialType.System_String, Runtime: null);
        }
        catch (Exception e)
        {
            return new DataTarget(Utf8Data: false, "could not be read: " + e.Message);
        }
    }

    /// <summary>The runtime's version must be the generator's: the generated code calls its members by name.</summary>
    private static bool SameVersion(IAssemblySymbol assembly) => assembly.Identity.Version == s_version;

    // Read once: GetName() builds a new AssemblyName on every call, and the target step runs on every C# edit.
    private static readonly Version s_version = typeof(Stages).Assembly.GetName().Version;

    /// <summary>
    /// Severities set per ID in .editorconfig; the compiler would ignore them for diagnostics located in
    /// .leo files (see <see cref="ConfiguredSeverities"/>).
    /// </summary>
    public static ConfiguredSeverities ReadSeverities(Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ConfiguredSeverities.Read(compilation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Diagnostics then keep their default severities; a broken option must not hide them.
            return ConfiguredSeverities.None;
        }
    }

    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, ConfiguredSeverities severities)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.ToDiagnostic(severities) is { } reported)
            {
                context.ReportDiagnostic(reported);
            }
        }
    }

    public static void AddSources(SourceProductionContext context, Result<EquatableArray<GeneratedFile>> output, ConfiguredSeverities severities)
    {
        Report(context, output.Diagnostics, severities);
        foreach (var file in output.Value)
        {
            context.AddSource(file.HintName, new GeneratedSourceText(file.Content));
        }
    }

    private static BoundDocument Unbound(ParsedDocument document, EquatableArray<DiagnosticInfo> diagnostics) =>
        new(document.Path, document.RelativePath, null, EquatableArray<EntityDeclaration>.Empty, EquatableArray<BoundStatement>.Empty, EquatableArray<PendingQualifier>.Empty, EquatableArray<Mention>.Empty, EquatableArray<string>.Empty, diagnostics);

    private static ParsedDocument Failed(string path, string doing, string message) =>
        new(path, path, null, EquatableArray<SpanNode>.Empty, string.Empty, new EquatableArray<DiagnosticInfo>(new[] { Internal(path, doing, message) }));

    // An exception's message usually ends with a period, and LEO0901's message goes on after it.
    private static DiagnosticInfo Internal(string? path, string doing, string message) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path is null ? null : LocationInfo.FileStart(path), doing, message.TrimEnd().TrimEnd('.'));

    // A keyword ('class', 'Acme.int.Facts') cannot name a namespace without '@', which a build property would not carry.
    private static bool IsNamespace(string text) =>
        text.Split('.').All(static part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(static c => char.IsLetterOrDigit(c) || c == '_')
            && Identifiers.Escape(part) == part);
}
