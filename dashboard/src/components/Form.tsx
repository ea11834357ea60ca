import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../app/i18n';
import { fieldErrors, type GraphQLErrorEntry } from '../lib/graphql';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form control with its hint and its error from the API (`extensions.field`) right next to
 * it. The control is rendered by `children` so any input, select or textarea fits.
 */
export function Field({
  label,
  hint,
  error,
  children,
  className,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: (props: ControlProps) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{'⚠ '}</span>
          {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy && { 'aria-describedby': describedBy }),
        ...(error && { 'aria-invalid': true as const }),
      })}
    </div>
  );
}

/** The errors that belong to no single field, announced when they appear. */
export function FormErrors({ errors }: { errors: readonly GraphQLErrorEntry[] | readonly string[] }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="form-errors" role="alert" tabIndex={-1} ref={ref}>
      <p className="form-errors-title">{m.forms.notSaved}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{typeof error === 'string' ? error : error.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The text to show for an API error: our own wording for known codes, else the API's message. */
export function useApiErrorText(): (entry: GraphQLErrorEntry) => string {
  const { m, lang } = useI18n();
  return (entry) => {
    if (entry.extensions?.code === 'NETWORK') return m.errors.network;
    const reason = entry.extensions?.reason ?? entry.extensions?.code;
    const own = reason ? m.apiErrors[reason] : undefined;
    // Validation messages arrive as "input.termDays: …"; the field is already shown by the label.
    const api = entry.message.replace(/^[\w.[\]]+: /, '');
    // The API writes for users in Dutch (with specifics such as a cycle's path), so Dutch shows its
    // text; English uses our translation of the code when we have one.
    const text = lang === 'nl' ? api || own || '' : (own ?? api);
    const path = (entry.extensions?.details as { path?: unknown } | undefined)?.path;
    return lang !== 'nl' && Array.isArray(path)
      ? `${text} (${path.map((id) => `#${String(id)}`).join(' → ')})`
      : text;
  };
}

export interface FormState {
  busy: boolean;
  /** Errors per input field (from extensions.field, without the "input." prefix). */
  errors: Record<string, string>;
  formErrors: string[];
  saved: boolean;
  onSubmit(event: FormEvent): void;
  reset(): void;
}

/**
 * Submits a mutation and keeps what the user typed: on failure the errors go next to their fields
 * and the inputs keep their values (they are the caller's state, untouched here).
 */
export function useFormSubmit<T>(submit: () => Promise<T>, onSuccess?: (result: T) => void): FormState {
  const text = useApiErrorText();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  return {
    busy,
    errors,
    formErrors,
    saved,
    reset: () => {
      setErrors({});
      setFormErrors([]);
      setSaved(false);
    },
    onSubmit: (event) => {
      event.preventDefault();
      setBusy(true);
      setSaved(false);
      submit().then(
        (result) => {
          setErrors({});
          setFormErrors([]);
          setSaved(true);
          setBusy(false);
          onSuccess?.(result);
        },
        (error: unknown) => {
          const { fields, other } = fieldErrors(error);
          setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, text(v)])));
          setFormErrors(other.map(text));
          setBusy(false);
        },
      );
    },
  };
}

/** "Opgeslagen." after a successful save, announced politely. */
export function SavedMessage({ show }: { show: boolean }) {
  const { m } = useI18n();
  return (
    <p className="saved-message" role="status">
      {show ? m.common.saved : ''}
    </p>
  );
}
