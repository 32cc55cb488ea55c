import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { NotificationProvider } from '../components/NotificationProvider';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
}

/** Renders `ui` with the providers the app gives every page. */
export function renderWithProviders(ui: ReactElement, queryClient = createTestQueryClient(), path = '/') {
  const result = render(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <QueryClientProvider client={queryClient}>
        <NotificationProvider>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </NotificationProvider>
      </QueryClientProvider>
    </LocalizationProvider>,
  );
  return { ...result, queryClient };
}
