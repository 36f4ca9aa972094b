using System.Text;
using KiOfficeAddin.Guardrails.Pii.Contact;
using PhoneNumbers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// German numbers in the national form are validated from libphonenumber's metadata without its parse: the answer
/// must be the library's for every number the shortcut answers, and the shortcut must leave every other form alone.
/// </summary>
public sealed class GermanNationalNumberTests
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static bool LibraryAnswer(string candidate)
    {
        try
        {
            return Phones.IsValidNumber(Phones.Parse(candidate, "DE"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    [Fact]
    public void TheSourceGeneratedPatternsAreTheLibrarysMetadata() =>
        // After a libphonenumber update: copy the German metadata's patterns into GermanNationalNumbers again (the
        // detector still answers as the library does, with the interpreted patterns, until then).
        Assert.True(GermanNationalNumbers.UsesCopiedPatterns);

    [Fact]
    public void TheShortcutAgreesWithLibphonenumberOnRandomNationalNumbers()
    {
        var random = new Random(20261130);
        string[] separators = [" ", "-", "–", "/", " / ", " - ", "  "];
        var answered = 0;
        var valid = 0;
        var disagreements = new List<string>();
        for (var n = 0; n < 60_000; n++)
        {
            var digits = random.Next(6, 18);
            var number = new StringBuilder("0");
            for (var k = 1; k < digits; k++)
            {
                if (random.Next(4) == 0)
                {
                    number.Append(separators[random.Next(separators.Length)]);
                }
                // Area codes, mobile, service and toll-free prefixes all start right after the 0.
                number.Append((char)('0' + random.Next(k == 1 ? 1 : 0, 10)));
            }
            var candidate = number.ToString();
            if (!GermanNationalNumbers.TryValidate(candidate, out var ours))
            {
                continue;
            }
            answered++;
            valid += ours ? 1 : 0;
            if (ours != LibraryAnswer(candidate))
            {
                disagreements.Add(candidate);
            }
        }
        Assert.Empty(disagreements);
        // Both answers occur often, so the comparison tested something.
        Assert.InRange(valid, 5_000, answered - 5_000);
    }

    [Fact]
    public void TheShortcutAgreesWithLibphonenumberOnRandomInternationalAndBracketedNumbers()
    {
        var random = new Random(20261201);
        string[] separators = [" ", "-", "–", "/", " / ", " - ", "  ", "(", ")", " (", ") "];
        string[] international = ["+49 ", "+49", "0049 ", "0049", "+49-", "+49 (0)", "+49 (0) ", "+49(0)", "+49 0", "+49 (", "0049 (0)"];
        var answered = 0;
        var valid = 0;
        var disagreements = new List<string>();
        for (var n = 0; n < 80_000; n++)
        {
            var number = new StringBuilder();
            var form = random.Next(3);
            if (form == 0)
            {
                // "(0291) 94-1234": an area code of one to five digits in brackets.
                number.Append("(0").Append((char)('0' + random.Next(1, 10)));
                for (var k = random.Next(0, 5); k > 0; k--)
                {
                    number.Append((char)('0' + random.Next(10)));
                }
                number.Append(random.Next(3) == 0 ? ")/" : ") ");
            }
            else
            {
                number.Append(international[random.Next(international.Length)]);
                if (form == 2)
                {
                    number.Append((char)('0' + random.Next(10)));
                }
            }
            for (var k = random.Next(4, 14); k > 0; k--)
            {
                if (random.Next(5) == 0)
                {
                    number.Append(separators[random.Next(separators.Length)]);
                }
                number.Append((char)('0' + random.Next(10)));
            }
            var candidate = number.ToString();
            if (!GermanNationalNumbers.TryValidate(candidate, out var ours))
            {
                continue;
            }
            answered++;
            valid += ours ? 1 : 0;
            if (ours != LibraryAnswer(candidate))
            {
                disagreements.Add(candidate);
            }
        }
        Assert.Empty(disagreements);
        Assert.InRange(valid, 5_000, answered - 5_000);
    }

    [Theory]
    [InlineData("0291 94-1234", true)]
    [InlineData("02932/5077-0", true)]
    [InlineData("030 12345678", true)]
    [InlineData("0800 1234567", true)]
    [InlineData("0221 / 478 - 3311", true)]
    [InlineData("0100 123456", false)]
    [InlineData("+49 291 94-1234", true)]
    [InlineData("+49 (0)231 511323", true)]
    [InlineData("+492931208330", true)]
    [InlineData("0049 291 941234", true)]
    [InlineData("(0291) 94-1234", true)]
    [InlineData("(02931) 146201", true)]
    [InlineData("+49 100 123456", false)]
    public void GermanNumbersGetTheLibrarysAnswer(string candidate, bool expected)
    {
        Assert.True(GermanNationalNumbers.TryValidate(candidate, out var valid));
        Assert.Equal(expected, valid);
        Assert.Equal(LibraryAnswer(candidate), valid);
    }

    [Theory]
    [InlineData("+43 1 5880 1234")]
    [InlineData("0 291 941234")]
    [InlineData("00291 941234")]
    [InlineData("0291.941234")]
    [InlineData("02919412345678901")]
    [InlineData("+49 00291 941234")]
    [InlineData("+49 (0291 941234")]
    [InlineData("(0291) (94) 1234")]
    [InlineData("(0 291) 941234")]
    public void OtherFormsAreLeftToTheLibrary(string candidate) =>
        Assert.False(GermanNationalNumbers.TryValidate(candidate, out _));
}
