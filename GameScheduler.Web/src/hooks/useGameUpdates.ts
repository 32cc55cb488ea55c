import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applyGameUpdate, parseGameUpdate } from '../api/liveUpdates';
import { queryKeys } from '../api/queryKeys';

export type LiveState = 'connected' | 'reconnecting';

export const GAME_UPDATES_URL = '/api/v1/sse/game-updates';
/** The server sends a keepalive every 15 s, so this much silence means the stream is dead. */
export const SILENCE_LIMIT_MS = 45_000;
/** Wait before replacing a stream the browser gave up on (it retries by itself only after network errors). */
export const RETRY_AFTER_CLOSE_MS = 5_000;

/**
 * Keeps the query cache in step with changes made anywhere (web or Discord) by listening to the
 * Api's game-update stream, and reports whether that stream is currently live.
 */
export function useGameUpdates(): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('reconnecting');

  useEffect(() => {
    let source: EventSource | undefined;
    let silenceTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let isReplacement = false;

    const clearTimers = () => {
      clearTimeout(silenceTimer);
      clearTimeout(retryTimer);
    };

    // EventSource hides `: keepalive` comments, so only an open or a message proves the stream alive.
    const markAlive = () => {
      clearTimeout(silenceTimer);
      silenceTimer = setTimeout(replaceSource, SILENCE_LIMIT_MS);
    };

    const connect = () => {
      // A replacement stream starts without Last-Event-ID, so the server cannot replay what was
      // missed in between: refetch everything once it is open.
      const mustResync = isReplacement;
      const current = new EventSource(GAME_UPDATES_URL, { withCredentials: true });
      source = current;
      markAlive();

      current.onopen = () => {
        markAlive();
        setState('connected');
        if (mustResync) void applyGameUpdate(queryClient, { type: 'resync' });
      };
      current.onmessage = (event: MessageEvent<string>) => {
        markAlive();
        const update = parseGameUpdate(event.data);
        if (update) void applyGameUpdate(queryClient, update);
      };
      current.onerror = () => {
        setState('reconnecting');
        if (current.readyState !== EventSource.CLOSED) return;
        // The browser gave up (e.g. a 401 once the session ended): re-check the session, retry later.
        clearTimers();
        void queryClient.invalidateQueries({ queryKey: queryKeys.currentUser });
        retryTimer = setTimeout(replaceSource, RETRY_AFTER_CLOSE_MS);
      };
    };

    function replaceSource() {
      clearTimers();
      source?.close();
      isReplacement = true;
      connect();
    }

    connect();
    return () => {
      clearTimers();
      source?.close();
    };
  }, [queryClient]);

  return state;
}
