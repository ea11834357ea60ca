import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../app/i18n';
import type { GraphQLErrorEntry } from '../lib/graphql';

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
