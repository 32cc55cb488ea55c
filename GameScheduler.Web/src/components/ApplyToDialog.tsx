import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import type { ApplyTo } from '../api/types';

interface ApplyToDialogProps {
  open: boolean;
  value: ApplyTo;
  onChange: (applyTo: ApplyTo) => void;
  onCancel: () => void;
  onSave: () => void;
}

/** Asked when saving a game of a series: does the change reach the later games too? */
export function ApplyToDialog({ open, value, onChange, onCancel, onSave }: ApplyToDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="apply-to-title">
      <DialogTitle id="apply-to-title">Save changes to a repeating game</DialogTitle>
      <DialogContent>
        <FormControl>
          <FormLabel id="apply-to-label">Apply to</FormLabel>
          <RadioGroup aria-labelledby="apply-to-label" value={value} onChange={(event) => onChange(event.target.value as ApplyTo)}>
            <FormControlLabel value="this_game" control={<Radio />} label="This game" />
            <FormControlLabel value="this_and_later" control={<Radio />} label="This and later games" />
          </RadioGroup>
        </FormControl>
        <DialogContentText>Changed for this game only, the game leaves the series, which goes on as it was.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={onSave}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
