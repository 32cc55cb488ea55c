import { apiRequest, toQueryString } from './http';
import type { CurrentUser } from './types';

export const getCurrentUser = (signal?: AbortSignal) => apiRequest<CurrentUser>('/api/v1/auth/user', { signal });

export const logout = () => apiRequest<void>('/api/v1/auth/logout', { method: 'POST' });

/** The Api redirects to Discord and, after the callback, back to `returnTo` on this site. */
export const loginUrl = (returnTo: string) => `/api/v1/auth/login${toQueryString({ return_to: returnTo })}`;
