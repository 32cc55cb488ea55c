import { createContext, useContext } from 'react';

export type Notify = (message: string, severity?: 'error' | 'success') => void;

export const NotifyContext = createContext<Notify | undefined>(undefined);

/** Shows a short message to the user (rendered by NotificationProvider). */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside a NotificationProvider.');
  return notify;
}
