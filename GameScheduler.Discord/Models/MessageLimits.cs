namespace GameScheduler.Discord.Models;

/// <summary>
/// Discord's limits on message content, embeds and components, checked before a request leaves so that the caller gets
/// an exception naming the limit instead of a 400. Lengths are counted in UTF-16 code units, which is never fewer than
/// the characters Discord counts, so a message that passes here passes there.
/// </summary>
public static class MessageLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooterText = 2048;
    public const int EmbedAuthorName = 256;
    public const int EmbedsTotalCharacters = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;

    /// <exception cref="DiscordLimitException">The message breaks a limit.</exception>
    public static void Validate(OutgoingMessage message)
    {
        AtMost("content length", message.Content?.Length ?? 0, Content, "message");
        if (message.Embeds is { } embeds)
        {
            ValidateEmbeds(embeds);
        }

        if (message.Components is { } rows)
        {
            ValidateComponents(rows);
        }
    }

    private static void ValidateEmbeds(IReadOnlyList<Embed> embeds)
    {
        AtMost("number of embeds", embeds.Count, EmbedsPerMessage, "message");
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            total += ValidateEmbed(embeds[i], $"embed {i + 1}");
        }

        AtMost("total characters of all embeds", total, EmbedsTotalCharacters, "message");
    }

    /// <returns>The embed's characters that count toward the message's total.</returns>
    private static int ValidateEmbed(Embed embed, string where)
    {
        var title = Length(embed.Title);
        var description = Length(embed.Description);
        var footer = Length(embed.Footer?.Text);
        var author = Length(embed.Author?.Name);
        AtMost("embed title length", title, EmbedTitle, where);
        AtMost("embed description length", description, EmbedDescription, where);
        AtMost("embed footer text length", footer, EmbedFooterText, where);
        AtMost("embed author name length", author, EmbedAuthorName, where);

        var fields = embed.Fields ?? [];
        AtMost("number of embed fields", fields.Count, EmbedFields, where);
        var total = title + description + footer + author;
        for (var i = 0; i < fields.Count; i++)
        {
            var fieldWhere = $"{where}, field {i + 1}";
            AtMost("embed field name length", Length(fields[i].Name), EmbedFieldName, fieldWhere);
            AtMost("embed field value length", Length(fields[i].Value), EmbedFieldValue, fieldWhere);
            total += Length(fields[i].Name) + Length(fields[i].Value);
        }

        return total;
    }

    private static void ValidateComponents(IReadOnlyList<ActionRow> rows)
    {
        AtMost("number of action rows", rows.Count, ActionRows, "message");
        for (var r = 0; r < rows.Count; r++)
        {
            var buttons = rows[r].Components;
            AtMost("number of buttons in a row", buttons.Count, ButtonsPerRow, $"action row {r + 1}");
            for (var b = 0; b < buttons.Count; b++)
            {
                ValidateButton(buttons[b], $"action row {r + 1}, button {b + 1}");
            }
        }
    }

    private static void ValidateButton(Button button, string where)
    {
        AtMost("button label length", Length(button.Label), ButtonLabel, where);
        AtMost("custom_id length", Length(button.CustomId), CustomId, where);
        var isLink = button.Style == ButtonStyle.Link;
        if (isLink && (button.Url is null || button.CustomId is not null))
        {
            throw new ArgumentException($"{where}: a link button needs a url and no custom_id.");
        }

        if (!isLink && string.IsNullOrEmpty(button.CustomId))
        {
            throw new ArgumentException($"{where}: a {button.Style} button needs a custom_id.");
        }
    }

    private static int Length(string? text) => text?.Length ?? 0;

    private static void AtMost(string limit, int actual, int maximum, string where)
    {
        if (actual > maximum)
        {
            throw new DiscordLimitException(limit, actual, maximum, where);
        }
    }
}
