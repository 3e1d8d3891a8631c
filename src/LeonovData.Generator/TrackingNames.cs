namespace LeonovData.Generator;

/// <summary>
/// The names of the pipeline's steps, for incremental-caching tests. Every name here is a step whose
/// output is a model (tests walk them for compiler objects), so the file filters have none.
/// </summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string DocumentPaths = nameof(DocumentPaths);
    public const string Target = nameof(Target);
    public const string EmitOptions = nameof(EmitOptions);
    /// <summary>Per document: its path and text, compared by value, so that new file objects with the same text parse nothing.</summary>
    public const string Read = nameof(Read);

    /// <summary>Per document: a handle on its syntax (<see cref="Syntax.DocumentSyntax"/>), equal when its text and name are.</summary>
    public const string Parsed = nameof(Parsed);
    public const string Schemas = nameof(Schemas);
    public const string Schema = nameof(Schema);

    /// <summary>Per document: the ids it declares.</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>The corpus's ids and their owners, without positions.</summary>
    public const string Ids = nameof(Ids);

    /// <summary>LEO0206 for ids declared twice.</summary>
    public const string DuplicateIds = nameof(DuplicateIds);

    /// <summary>Per document: its statements, qualifiers and mentions.</summary>
    public const string Bound = nameof(Bound);

    /// <summary>Per document: what it names and declares, no statement values.</summary>
    public const string DocumentLinks = nameof(DocumentLinks);

    /// <summary>The links between documents: statement ids, qualifiers, entity names, containment.</summary>
    public const string Links = nameof(Links);

    /// <summary>Per document: its statements and mentions cut by subject group, and its head (key, header, number of statements) for the data shards.</summary>
    public const string Slices = nameof(Slices);

    /// <summary>Every subject group's parts: its slices of the documents and its share of the links.</summary>
    public const string GroupParts = nameof(GroupParts);

    /// <summary>Per subject group: the group assembled.</summary>
    public const string Groups = nameof(Groups);

    /// <summary>Per subject group: the checks' findings.</summary>
    public const string Checked = nameof(Checked);

    /// <summary>Per subject group: each statement's canonical statement.</summary>
    public const string Resolved = nameof(Resolved);

    /// <summary>Whether the consumer references a usable LeonovData.Runtime (LEO0503).</summary>
    public const string Runtime = nameof(Runtime);

    /// <summary>What the model is emitted from: schema and entity declarations.</summary>
    public const string ModelInput = nameof(ModelInput);

    /// <summary>The model's file.</summary>
    public const string Model = nameof(Model);

    /// <summary>Every data shard's parts: its documents' heads and resolved slices.</summary>
    public const string ShardParts = nameof(ShardParts);

    /// <summary>Per data shard: its input, statements with their resolution.</summary>
    public const string Shards = nameof(Shards);

    /// <summary>Per data shard: its file.</summary>
    public const string Output = nameof(Output);

    /// <summary>Per data shard: the keys and sizes of its data literals.</summary>
    public const string ShardLiterals = nameof(ShardLiterals);

    /// <summary>The keys and sizes of the catalogues' data literals (null without a model).</summary>
    public const string CatalogueLiterals = nameof(CatalogueLiterals);

    /// <summary>The table of contents of the data literals (Emit/LiteralContents.cs).</summary>
    public const string Contents = nameof(Contents);
    public const string Severities = nameof(Severities);
}
