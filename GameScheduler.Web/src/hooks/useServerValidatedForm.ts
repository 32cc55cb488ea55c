import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { problemMessages } from '../api/problemFields';

interface ServerValidatedFormOptions<Values, Field extends keyof Values & string, Result> {
  initialValues: Values;
  /** The fields that have an input; errors about anything else are shown above the form. */
  fields: readonly Field[];
  save: (values: Values) => Promise<Result>;
  onSaved: (result: Result) => void;
}

/**
 * Form state for forms that leave validation to the Api: messages from a ProblemDetails answer are
 * kept per field, and a field's message goes away as soon as the user changes that field.
 */
export function useServerValidatedForm<Values, Field extends keyof Values & string, Result>({
  initialValues,
  fields,
  save,
  onSaved,
}: ServerValidatedFormOptions<Values, Field, Result>) {
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (result) => onSaved(result),
    onError: (error) => {
      const messages = problemMessages(error, fields);
      setFieldErrors(messages.fieldErrors);
      setFormErrors(messages.formErrors);
    },
  });

  const change = (changes: Partial<Values>) => {
    setValues((current) => ({ ...current, ...changes }));
    setFieldErrors((current) => {
      const remaining = { ...current };
      for (const field of Object.keys(changes)) delete remaining[field as Field];
      return remaining;
    });
  };

  /** Saves; without an event when something other than the form's own submit (a confirming dialog) saves it. */
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setFormErrors([]);
    mutation.mutate(values);
  };

  /** Props for an MUI TextField: its error state, and its message or else a hint. */
  const errorProps = (field: Field, hint?: string) => ({
    error: fieldErrors[field] !== undefined,
    helperText: fieldErrors[field] ?? hint,
  });

  return { values, setValues, change, fieldErrors, formErrors, submit, errorProps, isSaving: mutation.isPending };
}
