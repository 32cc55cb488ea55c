namespace GameScheduler.Api.CalendarFeed;

/// <summary>The secret address a calendar app subscribes to; anyone holding it reads the user's games.</summary>
public sealed record CalendarFeedResponse(string FeedUrl);
