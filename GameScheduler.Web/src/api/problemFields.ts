import { ApiError } from './http';

export interface ProblemMessages<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  /** Messages that belong to no field of the form (or the error as a whole). */
  formErrors: string[];
}

/**
 * The form field a ProblemDetails `errors` key names. The Api uses snake_case keys; a body that
 * failed to deserialize yields JSON paths such as "$.max_players" or "reminder_minutes[1]", and
 * some validators use PascalCase ("MaxPlayers").
 */
export function fieldOfErrorKey(key: string): string {
  const path = key.replace(/^\$\.?/, '');
  const firstSegment = path.split(/[.[]/)[0] ?? '';
  return firstSegment.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Splits a failed request's error into messages shown beside `fields` and the rest. */
export function problemMessages<Field extends string>(error: unknown, fields: readonly Field[]): ProblemMessages<Field> {
  const result: ProblemMessages<Field> = { fieldErrors: {}, formErrors: [] };
  if (!error) return result;

  const errors = error instanceof ApiError ? error.problem?.errors : undefined;
  if (!errors || Object.keys(errors).length === 0) {
    result.formErrors.push(error instanceof Error ? error.message : String(error));
    return result;
  }

  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldOfErrorKey(key) as Field;
    const text = messages.join(' ');
    if (fields.includes(field)) {
      const existing = result.fieldErrors[field];
      result.fieldErrors[field] = existing ? `${existing} ${text}` : text;
    } else {
      result.formErrors.push(text);
    }
  }
  return result;
}
