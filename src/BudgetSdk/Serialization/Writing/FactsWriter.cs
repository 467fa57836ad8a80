using System.Text.Json;
using BudgetSdk.Facts;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Writing;

/// <summary>Writes the facts of the tables: header, units, spending, 基本支出, “三公”, assets and last year's figures.</summary>
internal static class FactsWriter
{
    public static void Header(Utf8JsonWriter writer, DisclosureHeader header)
    {
        writer.WriteStartObject();
        writer.WriteString("regionCode", header.RegionCode);
        writer.WriteString("departmentCode", header.DepartmentCode);
        writer.WriteString("departmentName", header.DepartmentName);
        writer.WriteNumber("year", header.Year);
        writer.WriteEndObject();
    }

    public static void Unit(Utf8JsonWriter writer, OrganizationUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("name", unit.Name);
        writer.WriteEnum("nature", JsonNames.Nature, unit.Nature);
        writer.WriteString("rank", unit.Rank);
        writer.WriteString("fundingForm", unit.FundingForm);
        writer.WriteEndObject();
    }

    public static void Spending(Utf8JsonWriter writer, Spending spending)
    {
        writer.WriteStartObject();
        writer.WriteString("code", spending.Code.Code);
        writer.WriteEnum("kind", JsonNames.Kind, spending.Kind);
        writer.WriteEnum("source", JsonNames.Source, spending.Source);
        writer.WriteMoney("amount", spending.Amount);
        writer.WriteBoolean("carriedOver", spending.CarriedOver);

        // Only where a form splits 基本支出 by function: Hebei's disclosures never carry it, so their bytes are unchanged.
        if (spending.Part is { } part)
        {
            writer.WriteEnum("part", JsonNames.Part, part);
        }

        writer.WriteEndObject();
    }

    public static void Basic(Utf8JsonWriter writer, BasicExpenditure basic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", basic.Code.Code);
        writer.WriteMoney("personnel", basic.Personnel);
        writer.WriteMoney("publicUse", basic.PublicUse);
        writer.WriteEndObject();
    }

    public static void OperatingFunds(Utf8JsonWriter writer, OperatingFundsAmount amount)
    {
        writer.WriteStartObject();
        if (amount.Code is { } code)
        {
            writer.WriteString("code", code.Code);
        }
        else
        {
            writer.WriteNull("code");
        }

        writer.WriteMoney("amount", amount.Amount);
        writer.WriteEndObject();
    }

    public static void ThreePublic(Utf8JsonWriter writer, ThreePublicExpense expense)
    {
        writer.WriteStartObject();
        writer.WriteEnum("component", JsonNames.Component, expense.Component);
        writer.WriteEnum("fund", JsonNames.Source, expense.Fund);
        writer.WriteMoney("amount", expense.Amount);
        writer.WriteEndObject();
    }

    public static void Assets(Utf8JsonWriter writer, Assets assets)
    {
        writer.WriteStartObject();
        writer.WritePlain("buildingArea", assets.BuildingArea);
        writer.WritePlain("officeArea", assets.OfficeArea);
        writer.WriteMoney("buildingValue", assets.BuildingValue);
        writer.WriteMoney("officeValue", assets.OfficeValue);
        writer.WriteNumber("vehicles", assets.Vehicles);
        writer.WriteMoney("vehicleValue", assets.VehicleValue);
        writer.WriteNumber("equipment", assets.Equipment);
        writer.WriteMoney("equipmentValue", assets.EquipmentValue);
        writer.WriteNumber("otherItems", assets.OtherItems);
        writer.WriteMoney("otherValue", assets.OtherValue);
        writer.WriteMoney("plannedPurchases", assets.PlannedPurchases);
        writer.WriteEndObject();
    }

    public static void PriorYear(Utf8JsonWriter writer, PriorYear prior)
    {
        writer.WriteStartObject();
        writer.WriteMoney("basic", prior.Basic);
        writer.WriteMoney("project", prior.Project);
        if (prior.ThreePublic is { } threePublic)
        {
            writer.WriteMoney("threePublic", threePublic);
        }
        else
        {
            writer.WriteNull("threePublic");
        }
        writer.WriteEndObject();
    }
}
