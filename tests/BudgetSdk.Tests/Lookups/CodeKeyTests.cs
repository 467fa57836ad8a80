using BudgetSdk.Codes;

namespace BudgetSdk.Tests.Lookups;

/// <summary>The integer key of a code's digits: one key per digit string, and none for anything else.</summary>
public class CodeKeyTests
{
    [Fact]
    public void Every_digit_string_of_up_to_fifteen_digits_over_three_digits_has_its_own_key()
    {
        // 0, 1 and 9: the smallest, a middle and the largest digit, at every position and every length.
        var keys = new Dictionary<ulong, string>();
        var strings = new List<string> { string.Empty };
        for (var length = 1; length <= CodeKey.MaxDigits; length++)
        {
            strings = length <= 9
                ? strings.SelectMany(s => new[] { s + "0", s + "1", s + "9" }).ToList()
                : strings.Take(2000).SelectMany(s => new[] { s + "0", s + "9" }).ToList();
            foreach (var text in strings)
            {
                CodeKey.TryRead(text, out var key).ShouldBeTrue(text);
                key.ShouldNotBe(0UL);
                if (keys.TryGetValue(key, out var other))
                {
                    throw new ShouldAssertException($"'{text}' and '{other}' have the same key {key:X}");
                }

                keys.Add(key, text);
            }
        }
    }

    [Theory]
    [InlineData("201")]
    [InlineData("20103")]
    [InlineData("2010301")]
    [InlineData("20103019")]
    [InlineData("2010301999")]
    public void Any_character_but_an_ASCII_digit_anywhere_has_no_key(string code)
    {
        var wrong = new List<string>();
        var text = code.ToCharArray();
        for (var position = 0; position < text.Length; position++)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (c is >= '0' and <= '9')
                {
                    continue;
                }

                text[position] = (char)c;
                if (CodeKey.TryRead(text, out _))
                {
                    wrong.Add($"U+{c:X4} at {position}");
                }
            }

            text[position] = code[position];
        }

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("2010301201030120")]
    public void Empty_or_more_than_fifteen_digits_has_no_key(string text)
        => CodeKey.TryRead(text, out _).ShouldBeFalse();
}
