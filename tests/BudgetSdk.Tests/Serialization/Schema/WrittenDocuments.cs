using BudgetSdk.Amounts;
using BudgetSdk.Audit;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Facts;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Import;
using BudgetSdk.Samples;
using BudgetSdk.Serialization;
using BudgetSdk.Tests.Disclosures;
using BudgetSdk.Tests.Forms.Deriving;
using BudgetSdk.Tests.Forms.Facts;
using BudgetSdk.Tests.Rules;

namespace BudgetSdk.Tests.Serialization.Schema;

/// <summary>The JSON documents the tests write: the disclosures they build and the form facts they import or generate, each named.</summary>
internal static class WrittenDocuments
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Json)>> DisclosuresLazy = new(WriteDisclosures);
    private static readonly Lazy<IReadOnlyList<(string Name, string Json)>> FormFactsLazy = new(WriteFormFacts);

    private static string Documents => Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents");

    /// <summary>The sample, the typed facts of the Hebei seeds, the seeds 000 and 001 imported, and random disclosures plain and complete.</summary>
    public static IReadOnlyList<(string Name, string Json)> Disclosures => DisclosuresLazy.Value;

    /// <summary>The Shanghai and Jiangsu documents whose facts reconstruct, the hand-made Putuo facts, and random facts over every shipped form.</summary>
    public static IReadOnlyList<(string Name, string Json)> FormFacts => FormFactsLazy.Value;

    private static IReadOnlyList<(string, string)> WriteDisclosures()
    {
        var built = new List<(string, Disclosure)>
        {
            ("the sample", SampleDisclosure.Build()),
            ("the sample rounded to even", SampleDisclosure.Build(new BuildSettings { Edition = 2024, Rounding = MidpointRounding.ToEven })),
            ("Lulong2024 (seed 000's typed facts)", Lulong2024.Facts().Build().GetOrThrow()),
            ("Qinglong2024 (seed 002's typed facts, in 元)", Qinglong2024.InYuan().Build().GetOrThrow()),
            ("the sample with 机关运行经费 by 款", WithOperatingFunds(new OperatingFundsAmount(DepartmentEconomicCode.Edition2024.办公费_30201, Money.FromWan(12m)))),
            ("the sample with one 机关运行经费 amount", WithOperatingFunds(new OperatingFundsAmount(null, Money.FromWan(786.09m)))),
            ("the sample with a 基本支出 stated as 人员经费", WithFirstSpendingAs(SpendingPart.Personnel)),
        };
        foreach (var seed in new[] { "000", "001" })
        {
            built.Add(($"seed {seed} imported", PublishedFacts.Build(DisclosureImporter.Read(File.ReadAllText(Seeds.PathOf(seed)))).GetOrThrow()));
        }

        for (var seed = 0; seed < 20; seed++)
        {
            built.Add(($"random facts {seed}", RandomDisclosures.Facts(seed).Build().GetOrThrow()));
            built.Add(($"random complete document {seed}", RandomDisclosures.Complete(seed).Build().GetOrThrow()));
        }

        return built.Select(b => (b.Item1, DisclosureJson.Serialize(b.Item2))).ToArray();
    }

    // The builder takes 机关运行经费 from the facts a form states; Hebei's documents derive it, so a disclosure states it only this way.
    private static Disclosure WithOperatingFunds(OperatingFundsAmount amount)
        => DisclosureAssembler.Build(SampleDisclosure.Build().Facts with { OperatingFunds = [amount] }, BuildSettings.Default).GetOrThrow();

    // A disclosure's JSON reads a spending fact's part too, though Hebei's facts never carry one.
    private static Disclosure WithFirstSpendingAs(SpendingPart part)
    {
        var facts = SampleDisclosure.Build().Facts;
        return DisclosureAssembler.Build(facts with { Spending = [facts.Spending[0] with { Part = part }, .. facts.Spending.Skip(1)] }, BuildSettings.Default).GetOrThrow();
    }

    private static IReadOnlyList<(string, string)> WriteFormFacts()
    {
        var written = new List<(string, string)>
        {
            ("Putuo (hand-made)", FormFactsJson.Serialize(FormFactsFixtures.Putuo(), "shanghai", "department", [])),
        };
        foreach (var file in Directory.GetFiles(Documents, "*.layout.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (RealDocumentFactsTests.ReadOrNull(file) is not { } document)
            {
                continue; // a text the reader refuses has no facts to write
            }

            var result = PrintedFormFacts.Reconstruct(document);
            if (result.Consistent)
            {
                written.Add((Path.GetFileName(file), FormFactsJson.Serialize(result.Facts, document.Form.Id, document.Header.Kind, result.Choices)));
            }
        }

        foreach (var form in FormCatalog.Shipped.Forms)
        {
            foreach (var kind in form.Kinds)
            {
                for (var seed = 1; seed <= 4; seed++)
                {
                    written.Add(($"random facts {seed} over {form.Id} ({kind.Id})", FormFactsJson.Serialize(FormFactsFixtures.Random(form, seed), form.Id, kind.Id, [$"choice {seed}"])));
                }
            }
        }

        for (var seed = 0; seed < 5; seed++)
        {
            written.Add(($"random 2024 facts {seed}", FormFactsJson.Serialize(RandomFacts.Generate(seed), "shanghai", "department", [])));
        }

        return written;
    }
}
