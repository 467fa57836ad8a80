using System.Text.Json;
using BudgetSdk.Amounts;
using BudgetSdk.Facts;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Reads 固定资产 and last year's figures (both optional: the caller reads <c>null</c> with <see cref="JsonCursor.OrNull{T}"/>).</summary>
internal static class AssetsReader
{
    private const string Properties = "buildingArea, officeArea, buildingValue, officeValue, vehicles, vehicleValue, equipment, equipmentValue, otherItems, otherValue, plannedPurchases";

    public static Assets Assets(ref JsonCursor c)
    {
        c.StartObject("null or an object with " + Properties);
        decimal? buildingArea = null, officeArea = null;
        Money? buildingValue = null, vehicleValue = null, equipmentValue = null, otherValue = null;
        Money officeValue = default, plannedPurchases = default;
        int? vehicles = null, equipment = null, otherItems = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "buildingArea": buildingArea = c.Decimal(Expect.Number); break;
                case "officeArea": officeArea = c.Decimal(Expect.Number); break;
                case "buildingValue": buildingValue = c.Money(); break;
                case "officeValue": officeValue = c.Money(); break;
                case "vehicles": vehicles = c.Int32(Expect.Count); break;
                case "vehicleValue": vehicleValue = c.Money(); break;
                case "equipment": equipment = c.Int32(Expect.Count); break;
                case "equipmentValue": equipmentValue = c.Money(); break;
                case "otherItems": otherItems = c.Int32(Expect.Count); break;
                case "otherValue": otherValue = c.Money(); break;
                case "plannedPurchases": plannedPurchases = c.Money(); break;
                default: throw c.Unknown(property, Properties);
            }
        }

        return new Assets(
            c.Required(buildingArea, "buildingArea", Expect.Number),
            c.Required(officeArea, "officeArea", Expect.Number),
            c.Required(buildingValue, "buildingValue", Expect.Amount),
            c.Required(vehicles, "vehicles", Expect.Count),
            c.Required(vehicleValue, "vehicleValue", Expect.Amount),
            c.Required(equipment, "equipment", Expect.Count),
            c.Required(equipmentValue, "equipmentValue", Expect.Amount),
            c.Required(otherItems, "otherItems", Expect.Count),
            c.Required(otherValue, "otherValue", Expect.Amount),
            plannedPurchases,
            officeValue);
    }

    public static PriorYear PriorYear(ref JsonCursor c)
    {
        c.StartObject("null or an object with basic, project and threePublic");
        Money? basic = null, project = null, threePublic = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "basic": basic = c.Money(); break;
                case "project": project = c.Money(); break;
                case "threePublic": threePublic = c.TokenType == JsonTokenType.Null ? null : c.Money(); break;
                default: throw c.Unknown(property, "basic, project, threePublic");
            }
        }

        return new PriorYear(
            c.Required(basic, "basic", Expect.Amount),
            c.Required(project, "project", Expect.Amount),
            threePublic);
    }
}
