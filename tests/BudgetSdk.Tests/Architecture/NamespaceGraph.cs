using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace BudgetSdk.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from its metadata and IL (not from the source, so a fully
/// qualified name, a <c>var</c> or a lambda counts as much as a <c>using</c>): a type uses every type of the same
/// assembly named by its base type, interfaces, generic constraints, attributes, field, property and method
/// signatures, locals, and the tokens of its method bodies. A nested type (a closure, a state machine) counts as its
/// outermost declaring type. Namespaces are cut to their first <see cref="Levels"/> parts.
/// </summary>
internal sealed class NamespaceGraph
{
    /// <summary>How many parts of a namespace name a node: BudgetSdk.Import.Tables is BudgetSdk.Import.</summary>
    public const int Levels = 2;

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly PEReader _pe;
    private readonly MetadataReader _reader;
    private readonly Dictionary<(string From, string To), SortedSet<string>> _uses = [];

    private NamespaceGraph(PEReader pe, string prefix)
    {
        _pe = pe;
        _reader = pe.GetMetadataReader();
        var reader = _reader;
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = NodeOf(handle);
            if (from is null || !from.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var used = new TypeCollector(reader);
            Collect(handle, used);
            foreach (var target in used.Types)
            {
                var to = NodeOf(target);
                if (to is not null && to != from && to.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var key = (from, to);
                    if (!_uses.TryGetValue(key, out var why))
                    {
                        _uses[key] = why = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    why.Add($"{NameOf(handle)} → {NameOf(target)}");
                }
            }
        }
    }

    /// <summary>Every (user, used) pair of namespaces.</summary>
    public IEnumerable<(string From, string To)> Edges => _uses.Keys.OrderBy(k => k.From, StringComparer.Ordinal).ThenBy(k => k.To, StringComparer.Ordinal);

    /// <summary>The graph of the namespaces starting with <paramref name="prefix"/> in an assembly.</summary>
    public static NamespaceGraph Of(Assembly assembly, string prefix)
    {
        // Read from the file's bytes, so nothing stays open once the graph is built.
        return new NamespaceGraph(new PEReader(File.ReadAllBytes(assembly.Location).ToImmutableArray()), prefix);
    }

    /// <summary>The types of <paramref name="from"/> that use types of <paramref name="to"/>, as "user → used".</summary>
    public IReadOnlyCollection<string> Why(string from, string to) => _uses.TryGetValue((from, to), out var why) ? why : [];

    /// <summary>A cycle of the graph as its nodes, first repeated last; null when there is none. Deterministic: nodes are visited in order.</summary>
    /// <param name="edges">The edges.</param>
    public static IReadOnlyList<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToArray());
        var done = new HashSet<string>();
        var path = new List<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        IReadOnlyList<string>? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path.Skip(at), node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node, []))
            {
                if (Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private string? NodeOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = _reader.GetTypeDefinition(outer);
        }

        var name = _reader.GetString(type.Namespace);
        return name.Length == 0 ? null : string.Join('.', name.Split('.').Take(Levels));
    }

    private string NameOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var outer = type.GetDeclaringType();
        return outer.IsNil
            ? $"{_reader.GetString(type.Namespace)}.{_reader.GetString(type.Name)}"
            : $"{NameOf(outer)}+{_reader.GetString(type.Name)}";
    }

    private void Collect(TypeDefinitionHandle handle, TypeCollector used)
    {
        var type = _reader.GetTypeDefinition(handle);
        used.Add(type.BaseType);
        foreach (var i in type.GetInterfaceImplementations())
        {
            used.Add(_reader.GetInterfaceImplementation(i).Interface);
        }

        Attributes(type.GetCustomAttributes(), used);
        GenericParameters(type.GetGenericParameters(), used);
        foreach (var f in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(f);
            field.DecodeSignature(used, null);
            Attributes(field.GetCustomAttributes(), used);
        }

        foreach (var p in type.GetProperties())
        {
            var property = _reader.GetPropertyDefinition(p);
            property.DecodeSignature(used, null);
            Attributes(property.GetCustomAttributes(), used);
        }

        foreach (var m in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(m);
            method.DecodeSignature(used, null);
            Attributes(method.GetCustomAttributes(), used);
            GenericParameters(method.GetGenericParameters(), used);
            foreach (var p in method.GetParameters())
            {
                Attributes(_reader.GetParameter(p).GetCustomAttributes(), used);
            }

            if (method.RelativeVirtualAddress != 0)
            {
                Body(method, used);
            }
        }
    }

    private void Body(MethodDefinition method, TypeCollector used)
    {
        var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            var locals = _reader.GetStandaloneSignature(body.LocalSignature);
            locals.DecodeLocalSignature(used, null);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (Operands[value])
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineSwitch:
                    var count = il.ReadInt32();
                    il.Offset += 4 * count;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    used.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default:
                    il.ReadInt32();
                    break;
            }
        }
    }

    private void Attributes(CustomAttributeHandleCollection attributes, TypeCollector used)
    {
        foreach (var a in attributes)
        {
            used.Add(_reader.GetCustomAttribute(a).Constructor);
        }
    }

    private void GenericParameters(GenericParameterHandleCollection parameters, TypeCollector used)
    {
        foreach (var p in parameters)
        {
            foreach (var c in _reader.GetGenericParameter(p).GetConstraints())
            {
                used.Add(_reader.GetGenericParameterConstraint(c).Type);
            }
        }
    }
}
