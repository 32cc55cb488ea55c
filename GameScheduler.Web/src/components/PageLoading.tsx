import { Box, CircularProgress } from '@mui/material';

/** A centred spinner; `label` says what is loading for assistive technology. */
export function PageLoading({ label }: { label: string }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
      <CircularProgress aria-label={label} />
    </Box>
  );
}
