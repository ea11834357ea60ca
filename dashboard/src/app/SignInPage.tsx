import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Field, FormErrors } from '../components/Form';
import { PageHeader } from '../components/PageHeader';
import { fieldErrors } from '../lib/graphql';
import { useI18n } from './i18n';
import { useSession } from './session';

/** Only paths inside the dashboard are followed after signing in (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { m } = useI18n();
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; other: string[] }>({
    fields: {},
    other: [],
  });
  const back = safeReturnPath(params.get('terug'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = m.session.emailRequired;
    if (!password) missing.password = m.session.passwordRequired;
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing, other: [] });
      return;
    }
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(back);
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      setErrors({
        fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.message])),
        other: other.map((e) => (e.extensions?.code === 'NETWORK' ? m.errors.network : e.message)),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={m.session.signInTitle} intro={m.session.signInIntro} />
      {me && <p className="notice">{m.session.alreadySignedIn}</p>}
      <form className="form narrow" onSubmit={submit} noValidate aria-label={m.session.signInTitle}>
        <FormErrors errors={errors.other} />
        <Field label={m.session.email} error={errors.fields.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={m.session.password} error={errors.fields.password}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? m.session.signingIn : m.session.signIn}
        </button>
      </form>
    </>
  );
}
