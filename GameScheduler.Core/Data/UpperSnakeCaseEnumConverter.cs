using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GameScheduler.Core.Data;

/// <summary>Stores enums as the same UPPER_SNAKE text the API speaks (SELF_SIGNUP), so SQL reads like the contract.</summary>
internal sealed class UpperSnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ToText(value),
    text => FromText(text))
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> TextByValue =
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()));

    private static readonly Dictionary<string, TEnum> ValueByText =
        TextByValue.ToDictionary(pair => pair.Value, pair => pair.Key);

    private static string ToText(TEnum value) => TextByValue[value];

    private static TEnum FromText(string text) => ValueByText[text];
}
