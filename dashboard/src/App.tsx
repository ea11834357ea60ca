import { type FormEvent, useEffect, useState } from 'react';
import { gql } from './graphql';

interface Municipality {
  cbsCode: string;
  name: string;
  inhabitants: number;
  subregion: { name: string };
}
interface Me {
  displayName: string;
  role: string;
  organisation: { name: string } | null;
}

const nf = new Intl.NumberFormat('nl-NL');

export function App() {
  const [municipalities, setMunicipalities] = useState<Municipality[] | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    gql<{ municipalities: { items: Municipality[] }; me: Me | null }>(
      `{ me { displayName role organisation { name } }
         municipalities(take: 100) { items { cbsCode name inhabitants subregion { name } } } }`,
    )
      .then((data) => {
        setMunicipalities(data.municipalities.items);
        setMe(data.me);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const groups = new Map<string, Municipality[]>();
  for (const m of municipalities ?? [])
    groups.set(m.subregion.name, [...(groups.get(m.subregion.name) ?? []), m]);

  return (
    <div className="shell">
      <header>
        <h1>Participatiemonitor Jeugdhulp Zuid-Limburg</h1>
        <SignIn me={me} onChange={setMe} />
      </header>
      <main>
        <h2>Gemeenten per subregio</h2>
        {error && <p role="alert">Kon de gemeenten niet laden: {error}</p>}
        {!municipalities && !error && <p>Gemeenten laden…</p>}
        {[...groups].map(([subregion, items]) => (
          <section key={subregion} aria-labelledby={`sr-${subregion}`}>
            <h3 id={`sr-${subregion}`}>{subregion}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">Gemeente</th>
                  <th scope="col">CBS-code</th>
                  <th scope="col">Inwoners (ca.)</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <tr key={m.cbsCode}>
                    <td>{m.name}</td>
                    <td>{m.cbsCode}</td>
                    <td>{nf.format(m.inhabitants)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </main>
    </div>
  );
}

function SignIn({ me, onChange }: { me: Me | null; onChange: (me: Me | null) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (me) {
    return (
      <p>
        Ingelogd als {me.displayName} ({me.role}
        {me.organisation ? `, ${me.organisation.name}` : ''}){' '}
        <button type="button" onClick={() => gql('mutation { signOut }').then(() => onChange(null))}>
          Uitloggen
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const data = await gql<{ signIn: Me }>(
        `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { displayName role organisation { name } } }`,
        { email, password },
      );
      onChange(data.signIn);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Inloggen">
      <label>
        E-mailadres{' '}
        <input
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
      </label>{' '}
      <label>
        Wachtwoord{' '}
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>{' '}
      <button type="submit">Inloggen</button>
      {error && <span role="alert"> {error}</span>}
    </form>
  );
}
