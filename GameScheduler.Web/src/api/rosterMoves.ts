// New orders of the whole roster (participant ids, confirmed first) for the editor's moves. The Api confirms the first
// `max_players` of an order, so a place in the order is also a place on the confirmed list or the waitlist.

/** `ids` with `id` taken out and put back at `index` (counted in the list without it). */
export function moveTo(ids: string[], id: string, index: number): string[] {
  const others = ids.filter((other) => other !== id);
  const target = Math.max(0, Math.min(index, others.length));
  return [...others.slice(0, target), id, ...others.slice(target)];
}

export const moveBy = (ids: string[], id: string, offset: number) => moveTo(ids, id, ids.indexOf(id) + offset);

/** First on the waitlist: the first waitlisted player takes the seat. */
export const moveToWaitlist = (ids: string[], id: string, maxPlayers: number) => moveTo(ids, id, maxPlayers);

/** Last of the confirmed players: when every seat is taken, the last confirmed player goes first on the waitlist. */
export const moveToConfirmed = (ids: string[], id: string, confirmedCount: number, maxPlayers: number) =>
  moveTo(ids, id, Math.min(confirmedCount, maxPlayers - 1));
