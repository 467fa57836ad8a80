using System.Text.Json;
using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Forms.Schema;

/// <summary>
/// Reads a form file (<c>kind: form</c>, see docs/templates.md) into a <see cref="FormTemplate"/>, checking every reference
/// within it (<see cref="FormValidator"/>); throws <see cref="FormSchemaException"/> with the JSON path and what was expected.
/// </summary>
public static class FormParser
{
    /// <summary>Parses the text of a form file that stands on its own (no <c>basedOn</c>).</summary>
    /// <param name="file">The file's name or path, for messages.</param>
    /// <param name="json">The file's text.</param>
    public static FormTemplate Parse(string file, string json) => Parse(file, json, _ => null);

    /// <summary>
    /// Parses the text of a form file; a file <c>basedOn</c> another form takes that form from <paramref name="forms"/> and
    /// replaces what it restates (see <see cref="FormInheritance"/>).
    /// </summary>
    /// <param name="file">The file's name or path, for messages.</param>
    /// <param name="json">The file's text.</param>
    /// <param name="forms">The forms already parsed, by id (null when there is no such form).</param>
    public static FormTemplate Parse(string file, string json, Func<string, FormTemplate?> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        using var document = Open(file, json);
        var root = new JsonCursor(file, "$", document.RootElement);
        root.AllowOnly("kind", "id", "title", "region", "years", "source", "kinds", "header", "tables", "identities", "narrative", "basedOn");
        var kind = root.Required("kind");
        if (kind.String() != "form")
        {
            throw kind.Error($"is \"{kind.Element.GetString()}\"; expected \"form\"");
        }

        // A form based on another restates what differs: a part it leaves out is its base's, and its tables and identities
        // replace the base's of the same id (FormInheritance); a form of its own must state kinds, header and tables.
        FormTemplate? parent = null;
        if (root.Optional("basedOn") is { } basedOn)
        {
            var id = basedOn.String();
            parent = forms(id) ?? throw basedOn.Error($"names the form \"{id}\", which is not known; expected the id of a form read before this one");
        }

        T Part<T>(string name, Func<JsonCursor, T> read, T? inherited)
            where T : class
            => root.Optional(name) is { } part ? read(part) : inherited ?? read(root.Required(name));

        var form = new FormTemplate(
            root.Required("id").String(),
            root.Required("title").String(),
            Region(root.Required("region")),
            Years(root.Required("years")),
            root.Optional("source")?.String() ?? parent?.Source,
            Part<IReadOnlyList<FormDocumentKind>>("kinds", k => k.Items().Select(DocumentKind).ToArray(), parent?.Kinds),
            Part("header", Header, parent?.Header),
            Part<IReadOnlyList<FormTable>>("tables", t => t.Items().Select(Table).ToArray(), parent is null ? null : []),
            root.Optional("identities")?.Items().Select(Identity).ToArray() ?? Array.Empty<FormIdentity>(),
            root.Optional("narrative") is { } narrative ? Narrative(narrative) : parent?.Narrative ?? NarrativeForm.None);
        if (parent is not null)
        {
            return FormInheritance.Merge(root, parent, form);
        }

        FormValidator.Check(root, form);
        return form;
    }

    /// <summary>
    /// Parses several form files, each <c>basedOn</c> form before the forms based on it (in any order of the files).
    /// </summary>
    /// <param name="files">(name, text) of each file.</param>
    /// <exception cref="FormSchemaException">A file is broken, names an unknown form in <c>basedOn</c>, or the forms are
    /// based on each other in a circle.</exception>
    public static IReadOnlyList<FormTemplate> ParseAll(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pending = files.Select(f => Peek(f.Key, f.Value)).ToList();
        var parsed = new Dictionary<string, FormTemplate>(StringComparer.Ordinal);
        var result = new List<FormTemplate>();
        while (pending.Count > 0)
        {
            // A file whose base is read, or that has none, goes first; one naming a form no file has is left to Parse to
            // report; a round with no file ready is a circle.
            var ready = pending.Where(p => p.Base is null || parsed.ContainsKey(p.Base) || pending.All(q => q.Id != p.Base)).ToList();
            if (ready.Count == 0)
            {
                throw new FormSchemaException(pending[0].File, "$.basedOn", $"names \"{pending[0].Base}\", which is based on this form in turn; expected forms based on each other without a circle");
            }

            foreach (var file in ready)
            {
                var form = Parse(file.File, file.Json, id => parsed.GetValueOrDefault(id));
                parsed.TryAdd(form.Id, form);
                result.Add(form);
                pending.Remove(file);
            }
        }

        return result;
    }

    private static JsonDocument Open(string file, string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new FormSchemaException(file, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}", "not valid JSON: " + e.Message, e);
        }
    }

    // A file's id and the id its basedOn names (null for none), before it is parsed; a file that is not JSON is left for
    // Parse to report.
    private static (string File, string Json, string? Id, string? Base) Peek(string file, string json)
    {
        try
        {
            using var document = Open(file, json);
            var root = document.RootElement;
            string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (file, json, Text("id"), Text("basedOn"));
        }
        catch (FormSchemaException)
        {
            return (file, json, null, null);
        }
    }

    private static string Region(JsonCursor c)
    {
        var region = c.String();
        return region.Length is 2 or 4 or 6 && region.All(char.IsAsciiDigit)
            ? region
            : throw c.Error($"is \"{region}\"; expected a GB/T 2260 prefix of 2, 4 or 6 digits (31 for 上海市, 3101 for its districts)");
    }

    private static FormYears Years(JsonCursor c)
    {
        c.AllowOnly("from", "to");
        var from = c.Required("from").Int(1990, 2100);
        var to = c.Required("to").Int(1990, 2100);
        return to >= from ? new FormYears(from, to) : throw c.Error($"runs from {from} to {to}; expected from ≤ to");
    }

    private static FormDocumentKind DocumentKind(JsonCursor c)
    {
        c.AllowOnly("id", "labels");
        var id = c.Required("id");
        var value = id.String();
        return value is "department" or "unit"
            ? new FormDocumentKind(value, c.Required("labels").Strings(nonEmpty: true))
            : throw id.Error($"is \"{value}\"; expected \"department\" (部门 with its units) or \"unit\" (one 预算单位)");
    }

    private static FormHeader Header(JsonCursor c)
    {
        c.AllowOnly("department", "unit", "departmentCode", "year", "serial", "columnNumbers");
        var departmentCode = c.Optional("departmentCode")?.Bool() ?? false;

        // A name printed after its 部门编码 needs no label; any other name is found by its label.
        var department = departmentCode ? c.Optional("department")?.Strings(nonEmpty: false) ?? [] : c.Required("department").Strings(nonEmpty: true);
        return new FormHeader(department, c.Required("unit").Strings(nonEmpty: true))
        {
            DepartmentCode = departmentCode,
            Year = c.Optional("year")?.Strings(nonEmpty: true) ?? [],
            Serial = c.Optional("serial")?.Strings(nonEmpty: true) ?? [],
            ColumnNumbers = c.Optional("columnNumbers")?.Strings(nonEmpty: true) ?? [],
        };
    }

    private static FormTable Table(JsonCursor c)
    {
        c.AllowOnly("id", "titles", "numbers", "unit", "decimals", "select", "rows", "columns", "sides", "emptyNote", "printsZeros");
        IReadOnlyList<FormSide> sides;
        if (c.Optional("sides") is { } sideList)
        {
            if (c.Optional("rows") is not null || c.Optional("columns") is not null)
            {
                throw sideList.Error("is given with rows or columns; expected either sides, or rows and columns for a table of one side");
            }

            sides = sideList.Items().Select(Side).ToArray();
            if (sides.Count == 0)
            {
                throw sideList.Error("is empty; expected at least one side");
            }
        }
        else
        {
            sides = new[] { new FormSide(FormCellRef.MainSide, Rows(c.Required("rows")), c.Required("columns").Items().Select(Column).ToArray()) };
        }

        return new FormTable(
            c.Required("id").String(),
            c.Required("titles").Strings(nonEmpty: true),
            c.Optional("numbers")?.Strings(nonEmpty: false) ?? Array.Empty<string>(),
            Unit(c.Required("unit")),
            c.Optional("decimals")?.Int(0, 4) ?? 2,
            c.Optional("select") is { } select ? Selector(select) : FactSelector.Any,
            sides,
            c.Optional("emptyNote")?.String())
        {
            PrintsZeros = c.Optional("printsZeros")?.Bool() ?? false,
        };
    }

    private static FormSide Side(JsonCursor c)
    {
        c.AllowOnly("id", "rows", "columns");
        return new FormSide(c.Required("id").String(), Rows(c.Required("rows")), c.Required("columns").Items().Select(Column).ToArray());
    }

    private static FormColumn Column(JsonCursor c)
    {
        c.AllowOnly("id", "labels", "sums", "select", "documentKinds");
        return new FormColumn(
            c.Required("id").String(),
            c.Required("labels").Strings(nonEmpty: true),
            c.Optional("sums")?.Strings(nonEmpty: true) ?? Array.Empty<string>(),
            c.Optional("select") is { } select ? Selector(select) : FactSelector.Any,
            c.Optional("documentKinds")?.Strings(nonEmpty: true) ?? Array.Empty<string>());
    }

    private static FormRows Rows(JsonCursor c)
    {
        c.AllowOnly("source", "lines", "codeSystem", "levels", "printing", "allClasses", "classLabels", "total");
        var sourceCursor = c.Required("source");
        var source = sourceCursor.String() switch
        {
            "lines" => RowSource.Lines,
            "codes" => RowSource.Codes,
            "single" => RowSource.Single,
            var other => throw sourceCursor.Error($"is \"{other}\"; expected \"lines\", \"codes\" or \"single\""),
        };
        var lines = c.Optional("lines")?.Items().Select(Line).ToArray() ?? Array.Empty<FormLine>();
        if (source == RowSource.Lines && lines.Length == 0)
        {
            throw c.Error("has source \"lines\" without lines; expected a non-empty \"lines\" array");
        }

        if (source != RowSource.Lines && lines.Length > 0)
        {
            throw c.Required("lines").Error($"is given for source \"{sourceCursor.Element.GetString()}\"; expected lines only with source \"lines\"");
        }

        var system = RowCodeSystem.Functional;
        if (c.Optional("codeSystem") is { } systemCursor)
        {
            system = systemCursor.String() switch
            {
                "functional" => RowCodeSystem.Functional,
                "departmentEconomic" => RowCodeSystem.DepartmentEconomic,
                var other => throw systemCursor.Error($"is \"{other}\"; expected \"functional\" (支出功能分类) or \"departmentEconomic\" (部门预算支出经济分类)"),
            };
        }

        var maxDigits = system == RowCodeSystem.Functional ? 7 : 5;
        var levels = c.Optional("levels")?.Items().Select(l => l.Int(3, maxDigits)).ToArray() ?? (system == RowCodeSystem.Functional ? new[] { 3, 5, 7 } : new[] { 3, 5 });
        if (levels.Any(l => l is not (3 or 5 or 7)) || levels.Zip(levels.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw c.Required("levels").Error($"is [{string.Join(", ", levels)}]; expected increasing digit counts of levels (3 类, 5 款, 7 项)");
        }

        var printing = CodePrinting.Whole;
        if (c.Optional("printing") is { } printingCursor)
        {
            printing = printingCursor.String() switch
            {
                "whole" => CodePrinting.Whole,
                "split" => CodePrinting.Split,
                var other => throw printingCursor.Error($"is \"{other}\"; expected \"whole\" (2010301) or \"split\" (201 03 01)"),
            };
        }

        return new FormRows(
            source,
            lines,
            system,
            levels,
            printing,
            c.Optional("allClasses")?.Bool() ?? false,
            c.Optional("classLabels")?.String(),
            c.Optional("total") is { } total ? Total(total) : new FormTotal(TotalPosition.None, Array.Empty<string>(), Array.Empty<string>()));
    }

    private static FormLine Line(JsonCursor c)
    {
        c.AllowOnly("id", "labels", "sums", "select", "level");
        return new FormLine(
            c.Required("id").String(),
            c.Required("labels").Strings(nonEmpty: true),
            c.Optional("sums")?.Strings(nonEmpty: true) ?? Array.Empty<string>(),
            c.Optional("select") is { } select ? Selector(select) : FactSelector.Any,
            c.Optional("level")?.Int(0, 3) ?? 0);
    }

    private static FormTotal Total(JsonCursor c)
    {
        c.AllowOnly("position", "labels", "sums");
        var positionCursor = c.Required("position");
        var position = positionCursor.String() switch
        {
            "first" => TotalPosition.First,
            "last" => TotalPosition.Last,
            "none" => TotalPosition.None,
            "unprinted" => TotalPosition.Unprinted,
            var other => throw positionCursor.Error($"is \"{other}\"; expected \"first\", \"last\", \"unprinted\" or \"none\""),
        };
        var labels = c.Optional("labels")?.Strings(nonEmpty: true) ?? Array.Empty<string>();
        if (position is TotalPosition.First or TotalPosition.Last && labels.Count == 0)
        {
            throw c.Error("has a position but no labels; expected the printed labels of the total row (合计, 收入总计 …)");
        }

        return new FormTotal(position, labels, c.Optional("sums")?.Strings(nonEmpty: true) ?? Array.Empty<string>());
    }

    private static FactSelector Selector(JsonCursor c)
    {
        c.AllowOnly("measure", "funds", "kinds", "part", "threePublic", "economic", "carriedOver", "procurement", "functional");
        var measure = FactMeasure.Inherit;
        if (c.Optional("measure") is { } measureCursor)
        {
            measure = measureCursor.String() switch
            {
                "spending" => FactMeasure.Spending,
                "basicByEconomic" => FactMeasure.BasicByEconomic,
                "threePublic" => FactMeasure.ThreePublic,
                "operatingFunds" => FactMeasure.OperatingFunds,
                "none" => FactMeasure.None,
                "procurement" => FactMeasure.Procurement,
                var other => throw measureCursor.Error($"is \"{other}\"; expected one of spending, basicByEconomic, threePublic, operatingFunds, procurement, none"),
            };
        }

        BasicPart? part = null;
        if (c.Optional("part") is { } partCursor)
        {
            part = partCursor.String() switch
            {
                "personnel" => BasicPart.Personnel,
                "publicUse" => BasicPart.PublicUse,
                var other => throw partCursor.Error($"is \"{other}\"; expected \"personnel\" (人员经费) or \"publicUse\" (公用经费)"),
            };
        }

        var economic = c.Optional("economic")?.Strings(nonEmpty: true);
        foreach (var (prefix, i) in (economic ?? Array.Empty<string>()).Select((p, i) => (p, i)))
        {
            if (prefix.Length is not (3 or 5) || !prefix.All(char.IsAsciiDigit))
            {
                throw c.Required("economic").Items()[i].Error($"is \"{prefix}\"; expected an economic 类 (3 digits) or 款 (5 digits)");
            }
        }

        var functional = c.Optional("functional")?.Strings(nonEmpty: true);
        foreach (var (prefix, i) in (functional ?? Array.Empty<string>()).Select((p, i) => (p, i)))
        {
            if (prefix.Length is not (3 or 5 or 7) || !prefix.All(char.IsAsciiDigit))
            {
                throw c.Required("functional").Items()[i].Error($"is \"{prefix}\"; expected a 支出功能分类 类 (3 digits), 款 (5) or 项 (7)");
            }
        }

        var procurement = c.Optional("procurement")?.Strings(nonEmpty: true);
        foreach (var (category, i) in (procurement ?? Array.Empty<string>()).Select((p, i) => (p, i)))
        {
            if (category is not ("A" or "B" or "C"))
            {
                throw c.Required("procurement").Items()[i].Error($"is \"{category}\"; expected a 政府采购品目 category: \"A\" (货物), \"B\" (工程) or \"C\" (服务)");
            }
        }

        return new FactSelector(
            measure,
            Enums(c.Optional("funds"), JsonNames.Source),
            Enums(c.Optional("kinds"), JsonNames.Kind),
            part,
            Enums(c.Optional("threePublic"), JsonNames.Component),
            economic,
            c.Optional("carriedOver")?.Bool())
        {
            Procurement = procurement,
            Functional = functional,
        };
    }

    private static IReadOnlyList<T>? Enums<T>(JsonCursor? c, JsonEnum<T> names)
        where T : struct, Enum
    {
        if (c is not { } list)
        {
            return null;
        }

        var items = list.Items();
        if (items.Count == 0)
        {
            throw list.Error($"is empty; expected {names.Expected}");
        }

        return items.Select(i => names.TryParse(i.String(), out var value) ? value : throw i.Error($"is \"{i.Element.GetString()}\"; expected {names.Expected}")).ToArray();
    }

    private static MoneyUnit Unit(JsonCursor c) => c.String() switch
    {
        "元" => MoneyUnit.Yuan,
        "万元" => MoneyUnit.TenThousandYuan,
        var other => throw c.Error($"is \"{other}\"; expected \"元\" or \"万元\""),
    };

    private static FormIdentity Identity(JsonCursor c)
    {
        c.AllowOnly("id", "left", "relation", "right", "soft", "description");
        var relationCursor = c.Optional("relation");
        var relation = relationCursor?.String() switch
        {
            null or "=" => IdentityRelation.Equal,
            ">=" => IdentityRelation.AtLeast,
            "<=" => IdentityRelation.AtMost,
            var other => throw relationCursor!.Value.Error($"is \"{other}\"; expected \"=\", \">=\" or \"<=\""),
        };
        return new FormIdentity(
            c.Required("id").String(),
            CellRef(c.Required("left")),
            relation,
            c.Required("right").Items().Select(CellRef).ToArray() is { Length: > 0 } right ? right : throw c.Required("right").Error("is empty; expected at least one cell"),
            c.Optional("soft")?.Bool() ?? false,
            c.Required("description").String());
    }

    private static FormCellRef CellRef(JsonCursor c)
    {
        var text = c.String();
        return FormCellRef.TryParse(text) ?? throw c.Error($"is \"{text}\"; expected table.row.column or table.side.row.column (e.g. t3.total.total)");
    }

    private static NarrativeForm Narrative(JsonCursor c)
    {
        c.AllowOnly("unit", "quotes", "changes");
        return new NarrativeForm(
            c.Optional("unit") is { } unit ? Unit(unit) : MoneyUnit.TenThousandYuan,
            c.Optional("quotes")?.Items().Select(q =>
            {
                q.AllowOnly("id", "pattern", "cell");
                return new QuotePattern(q.Required("id").String(), q.Required("pattern").String(), q.Required("cell").String());
            }).ToArray() ?? Array.Empty<QuotePattern>(),
            c.Optional("changes")?.Items().Select(q =>
            {
                q.AllowOnly("id", "pattern", "cell");
                return new ChangePattern(q.Required("id").String(), q.Required("pattern").String(), q.Optional("cell")?.String());
            }).ToArray() ?? Array.Empty<ChangePattern>());
    }
}
