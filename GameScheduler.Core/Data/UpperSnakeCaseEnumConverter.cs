using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameScheduler.Core.Data;

/// <summary>Stores enums as the same UPPER_SNAKE text the API speaks (SELF_SIGNUP), so SQL reads like the contract.</summary>
internal sealed class UpperSnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => UpperSnakeCaseText<TEnum>.Of(value),
    text => UpperSnakeCaseText<TEnum>.Parse(text))
    where TEnum : struct, Enum;

/// <summary>The stored text of each enum value, for the converter and for the commands written in SQL by hand.</summary>
internal static class UpperSnakeCaseText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> TextByValue =
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));

    private static readonly Dictionary<string, TEnum> ValueByText =
        TextByValue.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static string Of(TEnum value) => TextByValue[value];

    public static TEnum Parse(string text) => ValueByText[text];
}
