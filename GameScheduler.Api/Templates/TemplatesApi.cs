using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core;
using GameScheduler.Core.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameScheduler.Api.Templates;

/// <summary>Game templates: every member of a guild reads them, its bot managers create, change and delete them.</summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var ofGuild = app.MapGroup("/api/v1/guilds/{guildId}/templates").WithTags("Templates").RequireAuthorization();
        ofGuild.MapGet("/", ListTemplatesAsync)
            .WithName("ListTemplates")
            .WithSummary("List a server's game templates");
        ofGuild.MapPost("/", CreateTemplateAsync)
            .WithName("CreateTemplate")
            .WithSummary("Create a game template (bot manager)");

        var templates = app.MapGroup("/api/v1/templates").WithTags("Templates").RequireAuthorization();
        templates.MapGet("/{templateId:guid}", GetTemplateAsync)
            .WithName("GetTemplate")
            .WithSummary("Get a game template");
        templates.MapPut("/{templateId:guid}", UpdateTemplateAsync)
            .WithName("UpdateTemplate")
            .WithSummary("Edit a game template (bot manager)");
        templates.MapDelete("/{templateId:guid}", DeleteTemplateAsync)
            .WithName("DeleteTemplate")
            .WithSummary("Delete a game template (bot manager)");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<TemplateView>>, NotFound>> ListTemplatesAsync(
        string guildId, HttpContext context, GuildMembership membership, TemplateService templates, CancellationToken ct) =>
        await templates.ListAsync(await membership.CallerAsync(context, ct), guildId, ct) is { } list
            ? TypedResults.Ok(list)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<TemplateView>, NotFound>> GetTemplateAsync(
        Guid templateId, HttpContext context, GuildMembership membership, TemplateService templates, CancellationToken ct) =>
        await templates.FindAsync(await membership.CallerAsync(context, ct), templateId, ct) is { } template
            ? TypedResults.Ok(template)
            : TypedResults.NotFound();

    public static async Task<Results<Created<TemplateView>, NotFound, ValidationProblem, ProblemHttpResult>> CreateTemplateAsync(
        string guildId, TemplateRequest request, HttpContext context, GuildMembership membership, TemplateService templates,
        CancellationToken ct) =>
        await templates.CreateAsync(await membership.CallerAsync(context, ct), guildId, request.ToDraft(), ct) switch
        {
            TemplateSaved saved => TypedResults.Created($"/api/v1/templates/{saved.Template.Id}", saved.Template),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Refused refused => CommandProblems.Refusal(refused),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<Ok<TemplateView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateTemplateAsync(
        Guid templateId, TemplateRequest request, HttpContext context, GuildMembership membership, TemplateService templates,
        CancellationToken ct) =>
        await templates.UpdateAsync(await membership.CallerAsync(context, ct), templateId, request.ToDraft(), ct) switch
        {
            TemplateSaved saved => TypedResults.Ok(saved.Template),
            ValidationFailed invalid => CommandProblems.Invalid(invalid),
            Refused refused => CommandProblems.Refusal(refused),
            Forbidden forbidden => CommandProblems.Forbidden(forbidden),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteTemplateAsync(
        Guid templateId, HttpContext context, GuildMembership membership, TemplateService templates, CancellationToken ct) =>
        await templates.DeleteAsync(await membership.CallerAsync(context, ct), templateId, ct) switch
        {
            TemplateDeleted => TypedResults.NoContent(),
            Refused refused => CommandProblems.Refusal(refused),
            ResourceNotFound => TypedResults.NotFound(),
            var unmapped => throw CommandProblems.Unmapped(unmapped),
        };
}
