import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getCalendarFeed, resetCalendarFeed } from '../api/calendarFeed';
import { queryKeys } from '../api/queryKeys';
import { useNotify } from '../hooks/useNotify';
import { QueryView } from './QueryView';

/** Opens the address of the user's calendar feed, to copy into a calendar app, and lets them replace it. */
export function CalendarFeedButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button color="inherit" onClick={() => setOpen(true)}>
        Subscribe in your calendar
      </Button>
      {open && <CalendarFeedDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function CalendarFeedDialog({ onClose }: { onClose: () => void }) {
  const feed = useQuery({ queryKey: queryKeys.calendarFeed, queryFn: ({ signal }) => getCalendarFeed(signal) });
  return (
    <Dialog open onClose={onClose} aria-labelledby="calendar-feed-title" fullWidth maxWidth="sm">
      <DialogTitle id="calendar-feed-title">Subscribe in your calendar</DialogTitle>
      <DialogContent>
        <QueryView query={feed} loadingLabel="Loading your calendar address">
          {(data) => <FeedAddress feedUrl={data.feed_url} />}
        </QueryView>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function FeedAddress({ feedUrl }: { feedUrl: string }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const reset = useMutation({
    mutationFn: resetCalendarFeed,
    onSuccess: (feed) => {
      queryClient.setQueryData(queryKeys.calendarFeed, feed);
      notify('Your calendar has a new address; the old one no longer works.', 'success');
    },
    onError: (error) => notify(`Could not reset the address: ${error.message}`),
    onSettled: () => setConfirmingReset(false),
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feedUrl);
      notify('Address copied.', 'success');
    } catch {
      notify('Could not copy: select the address and copy it yourself.');
    }
  };

  return (
    <Stack spacing={2}>
      <DialogContentText>
        Add this address to your calendar app (as a subscription or “from URL”): the games you host or joined appear
        there with their reminders, and stay up to date. Anyone with the address can see them, so keep it to yourself.
      </DialogContentText>
      <TextField
        label="Calendar address"
        value={feedUrl}
        slotProps={{ htmlInput: { readOnly: true }, inputLabel: { shrink: true } }}
        onFocus={(event) => event.target.select()}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => void copy()}>
          Copy address
        </Button>
        <Button color="warning" onClick={() => setConfirmingReset(true)}>
          Reset address
        </Button>
      </Stack>
      {confirmingReset && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => reset.mutate()} disabled={reset.isPending}>
              Reset
            </Button>
          }
        >
          Calendars subscribed to the current address will stop updating.
        </Alert>
      )}
    </Stack>
  );
}
