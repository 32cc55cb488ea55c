import { Autocomplete } from '@mui/material';
import { useState } from 'react';
import type { Member } from '../api/types';
import { useMemberSearch } from '../hooks/queries';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { lookupInput } from './lookupInput';

/** Long enough that typing a name asks the Api once, not once per key. */
const SEARCH_DELAY_MS = 250;

interface MemberPickerProps {
  id: string;
  label: string;
  guildId: string;
  value: Member | null;
  onChange: (member: Member | null) => void;
  /** Empties the input once a member is picked, for pickers that act on the pick and hold no value. */
  clearOnPick?: boolean;
  disabled?: boolean;
  error?: string;
  hint?: string;
}

/** Finds a member of the guild by name, with suggestions from the Api as the user types. */
export function MemberPicker({ id, label, guildId, value, onChange, clearOnPick = false, disabled, error, hint }: MemberPickerProps) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const members = useMemberSearch(guildId, query);
  const loadError = members.isError ? `Members could not be loaded: ${members.error.message}` : undefined;

  return (
    <Autocomplete
      id={id}
      options={query === '' ? [] : (members.data ?? [])}
      // The Api has already matched the names.
      filterOptions={(options) => options}
      value={value}
      onChange={(_event, member) => onChange(member)}
      inputValue={text}
      onInputChange={(_event, newText, reason) => setText(clearOnPick && reason === 'selectOption' ? '' : newText)}
      getOptionLabel={(member) => member.display_name}
      getOptionKey={(member) => member.user_id}
      isOptionEqualToValue={(option, selected) => option.user_id === selected.user_id}
      loading={members.isFetching}
      noOptionsText={query === '' ? 'Type part of a name' : 'No member has that name'}
      disabled={disabled}
      renderInput={lookupInput(label, { error, loadError, hint })}
    />
  );
}
