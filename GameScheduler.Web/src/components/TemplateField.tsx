import { MenuItem, TextField } from '@mui/material';
import type { Template } from '../api/types';

interface TemplateFieldProps {
  templates: Template[];
  value: string;
  onChange: (templateId: string) => void;
  error: boolean;
  helperText?: string;
}

/** The template a new game starts from ("" for none). */
export function TemplateField({ templates, value, onChange, error, helperText }: TemplateFieldProps) {
  return (
    <TextField
      id="game-template"
      select
      label="Template"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      helperText={helperText}
    >
      <MenuItem value="">No template</MenuItem>
      {templates.map((template) => (
        <MenuItem key={template.id} value={template.id}>
          {template.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
