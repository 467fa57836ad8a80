namespace BudgetSdk.Codes;

/// <summary>
/// A code of a classification (支出功能分类, 部门/政府预算支出经济分类) in one edition. Generated types such as
/// <c>FunctionalCode</c> derive from this; there is exactly one instance per code and edition, so instances
/// compare by reference as well as by value.
/// </summary>
/// <typeparam name="TSelf">The generated code type.</typeparam>
public abstract class ClassificationCode<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : ClassificationCode<TSelf>
{
    private IReadOnlyList<TSelf> _children = [];

    /// <summary>Creates a code; generated types pass their catalog and entry through.</summary>
    protected ClassificationCode(CodeCatalog<TSelf> catalog, CodeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(entry);
        Catalog = catalog;
        Entry = entry;
        Level = catalog.CodeSystem.LevelOf(entry.Code.Length)
            ?? throw new ArgumentException($"'{entry.Code}' has no level in {catalog.CodeSystem.Title}", nameof(entry));
    }

    /// <summary>The catalog (code system and edition) this code belongs to.</summary>
    public CodeCatalog<TSelf> Catalog { get; }

    /// <summary>The code, e.g. <c>2010301</c>.</summary>
    public string Code => Entry.Code;

    /// <summary>The official name, e.g. 行政运行.</summary>
    public string Name => Entry.Name;

    /// <summary>Other printed names by which lookup finds this code (shortened or older forms).</summary>
    public IReadOnlyList<string> Aliases => Entry.Aliases;

    /// <summary>Notes from the schema, if any.</summary>
    public string? Notes => Entry.Notes;

    /// <summary>类, 款 or 项.</summary>
    public CodeLevel Level { get; }

    /// <summary>The edition (budget year) of the code list.</summary>
    public int Edition => Catalog.Edition;

    /// <summary>The code one level up, or null for a 类.</summary>
    public TSelf? Parent { get; private set; }

    /// <summary>The codes one level down, in code order.</summary>
    public IReadOnlyList<TSelf> Children => _children;

    /// <summary>True when the code has no children: amounts attach to leaf codes.</summary>
    public bool IsLeaf => _children.Count == 0;

    /// <summary>Names from the 类 down to this code, e.g. 一般公共服务支出 › 政府办公厅（室）及相关机构事务 › 行政运行.</summary>
    public IReadOnlyList<string> NamePath
    {
        get
        {
            var names = new List<string>();
            for (var code = (TSelf?)this; code is not null; code = code.Parent)
            {
                names.Insert(0, code.Name);
            }

            return names;
        }
    }

    /// <summary>The code as data; a derived edition starts from its base's entries.</summary>
    internal CodeEntry Entry { get; }

    internal void Link(TSelf? parent, IReadOnlyList<TSelf> children)
    {
        Parent = parent;
        _children = children;
    }

    /// <summary>True when <paramref name="name"/> is the official name or an alias, brackets of either width alike.</summary>
    public bool IsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Text.OfficialNames.Same(Name, name))
        {
            return true;
        }

        // By index, not Any(lambda): name paths call this for every candidate, and it allocates nothing.
        var aliases = Aliases;
        for (var i = 0; i < aliases.Count; i++)
        {
            if (Text.OfficialNames.Same(aliases[i], name))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(TSelf? other)
        => other is not null && (ReferenceEquals(this, other) || (Edition == other.Edition && Code == other.Code && Catalog.CodeSystem.Id == other.Catalog.CodeSystem.Id));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Edition, Code);

    /// <summary>Orders by code (which is also depth-first hierarchy order), then edition.</summary>
    public int CompareTo(TSelf? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byCode = string.CompareOrdinal(Code, other.Code);
        return byCode != 0 ? byCode : Edition.CompareTo(other.Edition);
    }

    /// <summary>The code and its name, e.g. <c>2010301 行政运行</c>.</summary>
    public override string ToString() => $"{Code} {Name}";
}
