import { Alert, Snackbar } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { NotifyContext, type Notify } from '../hooks/useNotify';

interface Notice {
  key: number;
  message: string;
  severity: 'error' | 'success';
}

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>();
  const notify = useCallback<Notify>((message, severity = 'error') => {
    setNotice({ key: Date.now(), message, severity });
  }, []);
  const close = () => setNotice(undefined);

  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== undefined}
        autoHideDuration={8000}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={notice?.severity} onClose={close} variant="filled" sx={{ width: '100%' }}>
          {notice?.message}
        </Alert>
      </Snackbar>
    </NotifyContext>
  );
}
