import { Autocomplete } from '@mui/material';
import { useRoles } from '../hooks/queries';
import { lookupInput } from './lookupInput';

interface RolesFieldProps {
  id: string;
  label: string;
  guildId: string;
  value: string[];
  onChange: (roleIds: string[]) => void;
  error?: string;
  hint?: string;
}

/** Picks any number of the guild's roles by name; holds their ids. */
export function RolesField({ id, label, guildId, value, onChange, error, hint }: RolesFieldProps) {
  const roles = useRoles(guildId);
  const options = roles.data ?? [];
  const loadError = roles.isError ? `Roles could not be loaded: ${roles.error.message}` : undefined;

  return (
    <Autocomplete
      id={id}
      multiple
      options={options}
      loading={roles.isPending}
      value={options.filter((role) => value.includes(role.id))}
      onChange={(_event, selected) => onChange(selected.map((role) => role.id))}
      getOptionLabel={(role) => role.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      renderInput={lookupInput(label, { error, loadError, hint })}
    />
  );
}
