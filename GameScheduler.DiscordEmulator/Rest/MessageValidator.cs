using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>Discord's limits on message content, embeds and components.</summary>
public static class MessageValidator
{
    private const int MaxContentLength = 2000;
    private const int MaxEmbeds = 10;
    private const int MaxEmbedCharacters = 6000;
    private const int MaxActionRows = 5;
    private const int MaxButtonsPerRow = 5;
    private const int MaxCustomIdLength = 100;

    public static void Validate(MessagePayload payload, FormErrors errors)
    {
        errors.MaxLength("content", payload.Content, MaxContentLength);
        ValidateEmbeds(payload.Embeds ?? [], errors);
        ValidateComponents(payload.Components ?? [], errors);
        if (payload.AllowedMentions is { } allowedMentions)
        {
            ValidateAllowedMentions(allowedMentions, errors);
        }
    }

    private static void ValidateAllowedMentions(AllowedMentions allowed, FormErrors errors)
    {
        var parse = allowed.Parse ?? [];
        for (var index = 0; index < parse.Count; index++)
        {
            if (!AllowedMentions.ParseTypes.Contains(parse[index]))
            {
                errors.Add($"allowed_mentions.parse.{index}", "BASE_TYPE_CHOICES", $"Value must be one of {{{string.Join(", ", AllowedMentions.ParseTypes.Select(type => $"'{type}'"))}}}.");
            }
        }

        errors.MaxCount("allowed_mentions.roles", allowed.Roles, AllowedMentions.MaxIds);
        errors.MaxCount("allowed_mentions.users", allowed.Users, AllowedMentions.MaxIds);
        foreach (var (type, ids) in new[] { (AllowedMentions.RolesType, allowed.Roles), (AllowedMentions.UsersType, allowed.Users) })
        {
            if (parse.Contains(type) && ids is { Count: > 0 })
            {
                errors.Add("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{type}\"] and {type}: [ids...] are mutually exclusive.");
            }
        }
    }

    private static void ValidateEmbeds(IReadOnlyList<Embed> embeds, FormErrors errors)
    {
        errors.MaxCount("embeds", embeds, MaxEmbeds);
        for (var index = 0; index < embeds.Count; index++)
        {
            ValidateEmbed(embeds[index], $"embeds.{index}", errors);
        }

        if (embeds.Sum(CharacterCount) > MaxEmbedCharacters)
        {
            errors.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", $"Embed size exceeds maximum size of {MaxEmbedCharacters}");
        }
    }

    private static void ValidateEmbed(Embed embed, string path, FormErrors errors)
    {
        errors.MaxLength($"{path}.title", embed.Title, 256);
        errors.MaxLength($"{path}.description", embed.Description, 4096);
        errors.MaxCount($"{path}.fields", embed.Fields, 25);
        if (embed.Footer is { } footer)
        {
            errors.Required($"{path}.footer.text", footer.Text);
            errors.MaxLength($"{path}.footer.text", footer.Text, 2048);
        }

        if (embed.Author is { } author)
        {
            errors.Required($"{path}.author.name", author.Name);
            errors.MaxLength($"{path}.author.name", author.Name, 256);
        }

        if (embed.Image is { } image)
        {
            errors.Required($"{path}.image.url", image.Url);
        }

        if (embed.Thumbnail is { } thumbnail)
        {
            errors.Required($"{path}.thumbnail.url", thumbnail.Url);
        }

        var fields = embed.Fields ?? [];
        for (var index = 0; index < fields.Count; index++)
        {
            var fieldPath = $"{path}.fields.{index}";
            errors.Required($"{fieldPath}.name", fields[index].Name);
            errors.MaxLength($"{fieldPath}.name", fields[index].Name, 256);
            errors.Required($"{fieldPath}.value", fields[index].Value);
            errors.MaxLength($"{fieldPath}.value", fields[index].Value, 1024);
        }
    }

    private static int CharacterCount(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Footer?.Text?.Length ?? 0)
        + (embed.Author?.Name?.Length ?? 0)
        + (embed.Fields ?? []).Sum(field => (field.Name?.Length ?? 0) + (field.Value?.Length ?? 0));

    private static void ValidateComponents(IReadOnlyList<MessageComponent> rows, FormErrors errors)
    {
        errors.MaxCount("components", rows, MaxActionRows);
        for (var index = 0; index < rows.Count; index++)
        {
            ValidateActionRow(rows[index], $"components.{index}", errors);
        }

        var duplicates = rows.SelectMany(row => row.SelfAndDescendants())
            .Select(component => component.CustomId)
            .OfType<string>()
            .GroupBy(customId => customId)
            .Where(group => group.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add("components", "COMPONENT_CUSTOM_ID_DUPLICATED", $"Component custom id \"{duplicate.Key}\" cannot be duplicated");
        }
    }

    private static void ValidateActionRow(MessageComponent row, string path, FormErrors errors)
    {
        if (row.Type != MessageComponent.ActionRowType)
        {
            errors.Add($"{path}.type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
            return;
        }

        var children = row.Components ?? [];
        errors.CountBetween($"{path}.components", children, 1, MaxButtonsPerRow);
        if (children.Any(child => MessageComponent.IsSelectMenu(child.Type)) && children.Count > 1)
        {
            errors.Add($"{path}.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
        }

        for (var index = 0; index < children.Count; index++)
        {
            var childPath = $"{path}.components.{index}";
            var child = children[index];
            if (child.Type == MessageComponent.ButtonType)
            {
                ValidateButton(child, childPath, errors);
            }
            else if (MessageComponent.IsSelectMenu(child.Type))
            {
                ValidateSelectMenu(child, childPath, errors);
            }
            else
            {
                errors.Add($"{childPath}.type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (2, 3, 5, 6, 7, 8).");
            }
        }
    }

    private static void ValidateButton(MessageComponent button, string path, FormErrors errors)
    {
        errors.MaxLength($"{path}.label", button.Label, 80);
        if (button.Style is not (>= 1 and <= MessageComponent.PremiumButtonStyle))
        {
            errors.Add($"{path}.style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.");
        }
        else if (button.Style == MessageComponent.LinkButtonStyle)
        {
            errors.Required($"{path}.url", button.Url);
            if (button.CustomId is not null)
            {
                errors.Add($"{path}.custom_id", "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED", "A link button cannot have a custom_id");
            }
        }
        else if (button.Style != MessageComponent.PremiumButtonStyle)
        {
            errors.Required($"{path}.custom_id", button.CustomId);
            errors.MaxLength($"{path}.custom_id", button.CustomId, MaxCustomIdLength);
        }
    }

    private static void ValidateSelectMenu(MessageComponent select, string path, FormErrors errors)
    {
        errors.Required($"{path}.custom_id", select.CustomId);
        errors.MaxLength($"{path}.custom_id", select.CustomId, MaxCustomIdLength);
        errors.MaxLength($"{path}.placeholder", select.Placeholder, 150);
        if (select.Type != MessageComponent.StringSelectType)
        {
            return;
        }

        var options = select.Options ?? [];
        errors.CountBetween($"{path}.options", options, 1, 25);
        for (var index = 0; index < options.Count; index++)
        {
            var optionPath = $"{path}.options.{index}";
            errors.Required($"{optionPath}.label", options[index].Label);
            errors.MaxLength($"{optionPath}.label", options[index].Label, 100);
            errors.Required($"{optionPath}.value", options[index].Value);
            errors.MaxLength($"{optionPath}.value", options[index].Value, 100);
        }
    }
}
