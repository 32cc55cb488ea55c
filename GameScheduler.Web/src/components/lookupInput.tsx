import { TextField, type AutocompleteRenderInputParams } from '@mui/material';

interface LookupMessages {
  /** The Api's message about the value. */
  error?: string;
  /** Why the options could not be loaded. */
  loadError?: string;
  hint?: string;
}

/** The input of a picker whose options come from the Api; a failed load shows as an error too. */
export const lookupInput =
  (label: string, { error, loadError, hint }: LookupMessages) =>
  (params: AutocompleteRenderInputParams) => (
    <TextField
      {...params}
      label={label}
      error={error !== undefined || loadError !== undefined}
      helperText={error ?? loadError ?? hint}
    />
  );
