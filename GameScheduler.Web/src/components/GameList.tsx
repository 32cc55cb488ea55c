import { Box, Pagination, Stack } from '@mui/material';
import { useState } from 'react';
import type { Game, GameListFilters } from '../api/types';
import { useGameList } from '../hooks/queries';
import { GameCard } from './GameCard';
import { QueryView } from './QueryView';

const pageSize = 20;

interface GameListProps {
  filters: Omit<GameListFilters, 'page' | 'page_size'>;
  emptyMessage: string;
}

const visibleGames = (games: Game[]) => games.filter((game) => game.status !== 'CANCELLED');

/** A page-by-page grid of game cards; one column at phone width. */
export function GameList({ filters, emptyMessage }: GameListProps) {
  const [page, setPage] = useState(1);
  const query = useGameList({ ...filters, page, page_size: pageSize });

  return (
    <QueryView
      query={query}
      loadingLabel="Loading games"
      isEmpty={(data) => visibleGames(data.items).length === 0}
      empty={emptyMessage}
    >
      {(data) => (
        <Stack spacing={2}>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))' }}>
            {visibleGames(data.items).map((game) => (
              <GameCard key={game.id} game={game} />
            ))}
          </Box>
          {data.total > data.page_size && (
            <Pagination
              sx={{ alignSelf: 'center' }}
              count={Math.ceil(data.total / data.page_size)}
              page={page}
              onChange={(_event, next) => setPage(next)}
            />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
