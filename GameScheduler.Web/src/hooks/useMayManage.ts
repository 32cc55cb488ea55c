import { useQuery } from '@tanstack/react-query';
import { getCurrentUser } from '../api/auth';
import { getGuild } from '../api/guilds';
import { queryKeys } from '../api/queryKeys';
import type { Game } from '../api/types';

/**
 * Whether the viewer is the game's host or a bot manager of its server, whatever the game's status: `can_edit` is
 * false once a game is over, yet its host may still clone it. Asks only what `can_edit` and the host do not answer.
 */
export function useMayManage(game: Game): boolean {
  const currentUser = useQuery({
    queryKey: queryKeys.currentUser,
    queryFn: ({ signal }) => getCurrentUser(signal),
    enabled: !game.can_edit,
  });
  const isHost = currentUser.data?.user.id === game.host.user_id;
  const guild = useQuery({
    queryKey: queryKeys.guild(game.guild_id),
    queryFn: ({ signal }) => getGuild(game.guild_id, signal),
    enabled: !game.can_edit && currentUser.isSuccess && !isHost,
  });
  return game.can_edit || isHost || guild.data?.is_bot_manager === true;
}
