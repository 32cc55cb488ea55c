import { Alert, Button, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoading } from './PageLoading';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for assistive technology ("Loading games"). */
  loadingLabel: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** The loading, error and empty states every page needs, around the content for the loaded data. */
export function QueryView<T>({ query, loadingLabel, isEmpty, empty, children }: QueryViewProps<T>) {
  if (query.isPending) return <PageLoading label={loadingLabel} />;
  if (query.isError) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void query.refetch()}>
            Retry
          </Button>
        }
      >
        {query.error.message}
      </Alert>
    );
  }
  if (isEmpty?.(query.data)) {
    return (
      <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
        {empty}
      </Typography>
    );
  }
  return <>{children(query.data)}</>;
}
