import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { AuthGate } from './components/AuthGate';
import { PageLoading } from './components/PageLoading';
import { BrowseGamesPage } from './pages/BrowseGamesPage';
import { GameDetailsPage } from './pages/GameDetailsPage';
import { GuildListPage } from './pages/GuildListPage';
import { MyGamesPage } from './pages/MyGamesPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The forms (with the date-time picker) and the bot-manager pages load on first visit, so the pages
// players see most start faster.
export const router = createBrowserRouter([
  {
    element: (
      <AuthGate>
        <AppLayout />
      </AuthGate>
    ),
    // Shown while a page's code is still loading on a first visit straight to it.
    hydrateFallbackElement: <PageLoading label="Loading page" />,
    children: [
      { path: '/', element: <GuildListPage /> },
      { path: '/my-games', element: <MyGamesPage /> },
      { path: '/guilds/:guildId/games', element: <BrowseGamesPage /> },
      {
        path: '/guilds/:guildId/games/new',
        lazy: async () => ({ Component: (await import('./pages/CreateGamePage')).CreateGamePage }),
      },
      {
        path: '/guilds/:guildId/templates',
        lazy: async () => ({ Component: (await import('./pages/TemplatesPage')).TemplatesPage }),
      },
      {
        path: '/guilds/:guildId/bot-managers',
        lazy: async () => ({ Component: (await import('./pages/BotManagerRolesPage')).BotManagerRolesPage }),
      },
      { path: '/games/:gameId', element: <GameDetailsPage /> },
      {
        path: '/games/:gameId/edit',
        lazy: async () => ({ Component: (await import('./pages/EditGamePage')).EditGamePage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
