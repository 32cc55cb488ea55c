import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeGame, pageOf, stateOf } from '../test/gameFixture';
import { createTestQueryClient } from '../test/renderWithProviders';
import { applyGameUpdate, parseGameUpdate } from './liveUpdates';
import { membershipMutationKey, queryKeys } from './queryKeys';
import type { Game, GamePage, Participant } from './types';

const viewerId = 'viewer-1';

const player = (user_id: string, position: number): Participant => ({
  id: `participant-${user_id}`,
  user_id,
  display_name: user_id,
  position_type: 'SELF_ADDED',
  position,
  joined_at: '2030-11-02T10:00:00Z',
  awaiting_confirmation: false,
});

/** The game as the viewer, one of its players, sees it. */
const viewersGame = makeGame({
  id: 'a1',
  guild_id: 'guild-a',
  version: 5,
  participants: { confirmed: [player(viewerId, 1)], waitlisted: [] },
  confirmed_count: 1,
  can_join: false,
  can_leave: true,
  is_participant: true,
});
const otherGame = makeGame({ id: 'a2', guild_id: 'guild-a' });

const details = queryKeys.game('a1');
const guildList = queryKeys.gameList({ guild_id: 'guild-a', page: 1, page_size: 20 });
const joinedList = queryKeys.gameList({ role: 'participant', page: 1, page_size: 20 });
const completedList = queryKeys.gameList({ guild_id: 'guild-a', status: 'COMPLETED', page: 1, page_size: 20 });

/** The game after another user joined it, at `version`. */
function joinedByAnother(version: number, userId = 'other-1'): Game {
  return {
    ...viewersGame,
    version,
    participants: { confirmed: [player(viewerId, 1), player(userId, 2)], waitlisted: [] },
    confirmed_count: 2,
  };
}

let queryClient: QueryClient;
/** The query keys the Api was asked for, one entry per request. */
let requests: string[];
/** Answers the Api gives from now on; a pending request is answered by calling what `heldAnswers` holds. */
let holdAnswers: boolean;
let heldAnswers: Array<() => void>;
/** What the Api answers for the game's details. */
let apiGame: Game;

/** Keeps a query on screen (active), answering its requests with `answer()`. */
function show(queryKey: readonly unknown[], data: unknown, answer: () => unknown) {
  queryClient.setQueryData(queryKey, data);
  new QueryObserver(queryClient, {
    queryKey,
    queryFn: () => {
      requests.push(JSON.stringify(queryKey));
      if (!holdAnswers) return Promise.resolve(answer());
      return new Promise((resolve) => heldAnswers.push(() => resolve(answer())));
    },
  }).subscribe(() => {});
}

const requestsFor = (queryKey: readonly unknown[]) => requests.filter((key) => key === JSON.stringify(queryKey));
const cachedGame = () => queryClient.getQueryData<Game>(details);
const cachedList = (queryKey: readonly unknown[]) => queryClient.getQueryData<GamePage>(queryKey);
const listItem = (queryKey: readonly unknown[]) => cachedList(queryKey)?.items.find((game) => game.id === 'a1');
const isStale = (queryKey: readonly unknown[]) => queryClient.getQueryState(queryKey)?.isInvalidated ?? false;

/** Delivers an event's `data:` to the app, as the stream does. */
async function deliver(data: Record<string, unknown>) {
  const update = parseGameUpdate(JSON.stringify(data));
  if (!update) throw new Error('The app did not understand the event.');
  await applyGameUpdate(queryClient, update);
}

const gameUpdated = (game: Game | undefined, affectedUserIds: string[] | undefined) => ({
  type: 'game_updated',
  game_id: 'a1',
  guild_id: 'guild-a',
  ...(game && { game: stateOf(game) }),
  ...(affectedUserIds && { affected_user_ids: affectedUserIds }),
});

beforeEach(() => {
  queryClient = createTestQueryClient();
  requests = [];
  holdAnswers = false;
  heldAnswers = [];
  apiGame = { ...joinedByAnother(6), title: 'Friday raid, as the Api answers' };
  queryClient.setQueryData(queryKeys.currentUser, {
    user: { id: viewerId, username: 'viewer', display_name: 'Viewer', avatar_url: null },
    guilds: [],
  });
  show(details, viewersGame, () => apiGame);
  show(guildList, pageOf(viewersGame, otherGame), () => pageOf(apiGame, otherGame));
  show(joinedList, pageOf(viewersGame), () => pageOf(apiGame));
  show(completedList, pageOf(otherGame), () => pageOf(otherGame));
});

describe('a live update that carries the game', () => {
  it("applies another user's join to the details and lists holding it with no request, keeping the viewer's fields", async () => {
    const untouchedList = cachedList(completedList);

    await deliver(gameUpdated(joinedByAnother(6), ['other-1']));

    expect(requests).toEqual([]);
    expect(cachedGame()).toEqual(joinedByAnother(6));
    expect(cachedGame()).toMatchObject({ can_join: false, can_leave: true, is_participant: true });
    expect(listItem(guildList)).toEqual(joinedByAnother(6));
    expect(listItem(joinedList)).toEqual(joinedByAnother(6));
    expect(cachedList(guildList)?.items.map((game) => game.id)).toEqual(['a1', 'a2']);
    expect(cachedList(completedList)).toBe(untouchedList);
  });

  it('ignores an older state arriving after a newer one', async () => {
    const newer = { ...joinedByAnother(7, 'other-2'), title: 'Saturday raid' };

    await deliver(gameUpdated(newer, ['other-2']));
    await deliver(gameUpdated(joinedByAnother(6), ['other-1']));

    expect(requests).toEqual([]);
    expect(cachedGame()).toEqual(newer);
    expect(listItem(guildList)).toEqual(newer);
  });

  it('applies a state several versions ahead, the ones between having been lost', async () => {
    await deliver(gameUpdated(joinedByAnother(8), ['other-1']));

    expect(requests).toEqual([]);
    expect(cachedGame()?.version).toBe(8);
    expect(listItem(joinedList)?.confirmed_count).toBe(2);
  });

  it('applies a state of the version already held', async () => {
    await deliver(gameUpdated({ ...viewersGame, title: 'Saturday raid' }, ['other-1']));

    expect(requests).toEqual([]);
    expect(cachedGame()?.title).toBe('Saturday raid');
  });

  it('removes a cancelled game from the lists and shows it cancelled in its details, without a request', async () => {
    const cancelled: Game = { ...viewersGame, version: 6, status: 'CANCELLED' };

    await deliver({ ...gameUpdated(cancelled, []), type: 'game_cancelled' });

    expect(requests).toEqual([]);
    expect(cachedGame()).toEqual(cancelled);
    expect(cachedList(guildList)).toMatchObject({ items: [otherGame], total: 1 });
    expect(cachedList(joinedList)).toMatchObject({ items: [], total: 0 });
  });

  it('refetches the lists for a created game, where it lands being the Api’s business', async () => {
    const created = makeGame({ id: 'new', guild_id: 'guild-a', version: 1 });
    const event = { type: 'game_created', game_id: 'new', guild_id: 'guild-a', game: stateOf(created) };

    await deliver({ ...event, affected_user_ids: [] });

    expect(requests).toHaveLength(3);
    expect(requestsFor(guildList)).toHaveLength(1);
    expect(requestsFor(joinedList)).toHaveLength(1);
    expect(requestsFor(completedList)).toHaveLength(1);
    expect(queryClient.getQueryData(queryKeys.game('new'))).toBeUndefined();
  });
});

describe('a live update refetches the game instead of applying its state', () => {
  function expectRefetched() {
    expect(requestsFor(details)).toHaveLength(1);
    expect(requestsFor(guildList)).toHaveLength(1);
    expect(requestsFor(joinedList)).toHaveLength(1);
    expect(cachedGame()).toEqual(apiGame);
  }

  it('when the viewer is among the users it affects', async () => {
    await deliver(gameUpdated(joinedByAnother(6), ['other-1', viewerId]));

    expectRefetched();
  });

  it('when it does not say whose own fields it affects', async () => {
    await deliver(gameUpdated(joinedByAnother(6), undefined));

    expectRefetched();
  });

  it('when it carries no game, as replayed events do', async () => {
    await deliver(gameUpdated(undefined, ['other-1']));

    expectRefetched();
  });

  it.each([
    ['of another game', { ...stateOf(joinedByAnother(6)), id: 'a2' }],
    ['of another guild', { ...stateOf(joinedByAnother(6)), guild_id: 'guild-b' }],
    ['without a version', { ...stateOf(joinedByAnother(6)), version: undefined }],
    ['with a version that is not an integer', { ...stateOf(joinedByAnother(6)), version: 6.5 }],
    ['without its roster', { ...stateOf(joinedByAnother(6)), participants: { confirmed: [] } }],
    ['that is not an object', 'a1'],
  ])('when the game it carries is %s', async (_case, game) => {
    const data = { type: 'game_updated', game_id: 'a1', guild_id: 'guild-a', game, affected_user_ids: ['other-1'] };
    expect(parseGameUpdate(JSON.stringify(data))).not.toHaveProperty('game');

    await deliver(data);

    expectRefetched();
  });

  it('when the users it affects are not a list of user ids', async () => {
    const data = { ...gameUpdated(joinedByAnother(6), undefined), affected_user_ids: [42] };
    expect(parseGameUpdate(JSON.stringify(data))).not.toHaveProperty('affected_user_ids');

    await deliver(data);

    expectRefetched();
  });

  it('when the signed-in user is not known', async () => {
    queryClient.removeQueries({ queryKey: queryKeys.currentUser });

    await deliver(gameUpdated(joinedByAnother(6), ['other-1']));

    expectRefetched();
  });

  it('when a fetch of the game is under way, whose answer could predate the event', async () => {
    holdAnswers = true;
    void queryClient.refetchQueries({ queryKey: details });
    holdAnswers = false;

    await deliver(gameUpdated(joinedByAnother(7), ['other-1']));

    // The fetch under way, then one after the event.
    expect(requestsFor(details)).toHaveLength(2);
    expect(requestsFor(guildList)).toHaveLength(1);
    expect(cachedGame()).toEqual(apiGame);
    for (const answer of heldAnswers) answer();
  });

  it('when a list that may hold the game is being fetched', async () => {
    holdAnswers = true;
    void queryClient.refetchQueries({ queryKey: completedList });
    holdAnswers = false;

    await deliver(gameUpdated(joinedByAnother(7), ['other-1']));

    expect(requestsFor(details)).toHaveLength(1);
    expect(cachedGame()).toEqual(apiGame);
    for (const answer of heldAnswers) answer();
  });
});

describe('a live update', () => {
  it('only marks the game stale while an optimistic change is in flight, applying nothing', async () => {
    const join = queryClient.getMutationCache().build(queryClient, {
      mutationKey: membershipMutationKey,
      mutationFn: () => new Promise<never>(() => {}),
    });
    void join.execute(undefined);

    await deliver(gameUpdated(joinedByAnother(6), ['other-1']));

    expect(requests).toEqual([]);
    expect(cachedGame()).toBe(viewersGame);
    expect(listItem(guildList)).toBe(viewersGame);
    expect(isStale(details)).toBe(true);
    expect(isStale(guildList)).toBe(true);
    expect(isStale(joinedList)).toBe(true);
  });

  it('refetches every active query on resync', async () => {
    await applyGameUpdate(queryClient, { type: 'resync' });

    expect(requestsFor(details)).toHaveLength(1);
    expect(requestsFor(guildList)).toHaveLength(1);
    expect(requestsFor(joinedList)).toHaveLength(1);
    expect(requestsFor(completedList)).toHaveLength(1);
  });

  it('leaves a list stale when it applies a state to it, since the list may be stale for another game', async () => {
    await queryClient.invalidateQueries({ queryKey: guildList, refetchType: 'none' });

    await deliver(gameUpdated(joinedByAnother(6), ['other-1']));

    expect(listItem(guildList)).toEqual(joinedByAnother(6));
    expect(isStale(guildList)).toBe(true);
    expect(isStale(joinedList)).toBe(false);
  });
});
