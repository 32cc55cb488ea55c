import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { AuthGate } from './components/AuthGate';
import { BotManagerRolesPage } from './pages/BotManagerRolesPage';
import { BrowseGamesPage } from './pages/BrowseGamesPage';
import { CreateGamePage } from './pages/CreateGamePage';
import { EditGamePage } from './pages/EditGamePage';
import { GameDetailsPage } from './pages/GameDetailsPage';
import { GuildListPage } from './pages/GuildListPage';
import { MyGamesPage } from './pages/MyGamesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { TemplatesPage } from './pages/TemplatesPage';

export const router = createBrowserRouter([
  {
    element: (
      <AuthGate>
        <AppLayout />
      </AuthGate>
    ),
    children: [
      { path: '/', element: <GuildListPage /> },
      { path: '/my-games', element: <MyGamesPage /> },
      { path: '/guilds/:guildId/games', element: <BrowseGamesPage /> },
      { path: '/guilds/:guildId/games/new', element: <CreateGamePage /> },
      { path: '/guilds/:guildId/templates', element: <TemplatesPage /> },
      { path: '/guilds/:guildId/bot-managers', element: <BotManagerRolesPage /> },
      { path: '/games/:gameId', element: <GameDetailsPage /> },
      { path: '/games/:gameId/edit', element: <EditGamePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
