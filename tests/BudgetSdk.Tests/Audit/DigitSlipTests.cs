using BudgetSdk.Amounts;
using BudgetSdk.Audit;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// <see cref="DigitSlip"/>: a printed amount that is the right one with one digit inserted, left out or changed (the
/// decimal point where it was), and the one amount of a list that such a slip makes add up.
/// </summary>
public class DigitSlipTests
{
    [Theory]
    [InlineData("887.36", "87.36", "887.36 is 87.36 with an extra digit 8")]
    [InlineData("87.36", "887.36", "87.36 is 887.36 with the digit 8 missing")]
    [InlineData("46.00", "45.00", "46.00 is 45.00 with 6 printed for 5")]
    [InlineData("187.36", "87.36", "187.36 is 87.36 with an extra digit 1")]
    [InlineData("287.36", "187.36", "287.36 is 187.36 with 2 printed for 1")]
    [InlineData("4736.55", "436.55", "4736.55 is 436.55 with an extra digit 7")]
    [InlineData("87.63", "87.66", "87.63 is 87.66 with 3 printed for 6")]
    [InlineData("87.3", "87.36", "87.3 is 87.36 with the digit 6 missing")]
    [InlineData("87.366", "87.36", "87.366 is 87.36 with an extra digit 6")]
    [InlineData("0.84", "10.84", "0.84 is 10.84 with the digit 1 missing")]
    [InlineData("1,234.56", "234.56", "1,234.56 is 234.56 with an extra digit 1")]
    [InlineData("45", "445", "45 is 445 with the digit 4 missing")]
    [InlineData("45", "4", "45 is 4 with an extra digit 5")]
    public void A_single_slip_is_named_with_the_amount_meant(string printed, string correct, string explanation)
    {
        var slip = DigitSlip.Between(printed, decimal.Parse(correct, System.Globalization.CultureInfo.InvariantCulture));

        slip.ShouldNotBeNull().Explanation.ShouldBe(explanation);
    }

    [Fact]
    public void A_change_is_preferred_to_an_extra_digit_and_no_slip_leaves_a_leading_zero()
    {
        // 87.36 for 87.30 could be read as an extra 6 (87.3); the slip that writes 87.30 as the table does wins.
        DigitSlip.Between("87.36", 87.30m).ShouldBe(new DigitSlip("87.36", "87.30", SlipKind.Changed, '6', '0'));

        // 887.36 → 087.36 has the value 87.36 too, but nobody prints a leading zero: it is an extra 8.
        DigitSlip.Between("887.36", 87.36m).ShouldBe(new DigitSlip("887.36", "87.36", SlipKind.Extra, '8', '8'));
    }

    [Theory]
    [InlineData("45.00", "54.00")] // two digits swapped
    [InlineData("45.00", "45.00")] // nothing to explain
    [InlineData("45.00", "4500.00")] // two digits missing
    [InlineData("45", "45.5")] // an integer has no decimal part to extend
    [InlineData("12.34", "1.234")] // the decimal point does not move
    [InlineData("79228162514264337593543950335", "1")] // beyond decimal: no amount
    [InlineData("abc", "1")]
    [InlineData("", "1")]
    public void Anything_else_is_no_slip(string printed, string correct)
    {
        DigitSlip.Between(printed, decimal.Parse(correct, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeNull();
    }

    [Fact]
    public void The_one_amount_of_a_list_a_slip_makes_add_up_is_found()
    {
        // Seed 000's thirteen project budgets with 劳务派遣经费's 13.08 printed as 133.08; they must make 341.08.
        string[] budgets = ["1.80", "10.00", "10.00", "133.08", "3.00", "5.00", "0.84", "45.00", "22.20", "2.00", "38.90", "0.26", "189.00"];

        var found = DigitSlip.InList(budgets, 341.08m).ShouldNotBeNull();

        found.Index.ShouldBe(3);
        found.Slip.Explanation.ShouldBe("133.08 is 13.08 with an extra digit 3");
    }

    [Fact]
    public void Two_amounts_that_could_each_be_the_slip_are_no_explanation()
    {
        // 3.00 printed as 33.00 adds 30: but 38.90 → 8.90 and 45.00 → 15.00 would mend the sum as well.
        string[] budgets = ["1.80", "10.00", "10.00", "13.08", "33.00", "5.00", "0.84", "45.00", "22.20", "2.00", "38.90", "0.26", "189.00"];

        DigitSlip.InList(budgets, 341.08m).ShouldBeNull();
    }

    [Fact]
    public void A_list_that_adds_up_or_that_no_slip_mends_has_no_explanation()
    {
        DigitSlip.InList(["45", "38.9", "10"], 93.90m).ShouldBeNull();
        DigitSlip.InList(["45.00", "10.00"], 99.99m).ShouldBeNull();
        DigitSlip.InList(["45.00", "x"], 46.00m).ShouldBeNull();
    }

    [Fact]
    public void Integers_and_separated_thousands_in_a_list()
    {
        var found = DigitSlip.InList(["45", "1,234.56", "10"], 289.56m).ShouldNotBeNull();

        found.Index.ShouldBe(1);
        found.Slip.Explanation.ShouldBe("1,234.56 is 234.56 with an extra digit 1");
    }
}
