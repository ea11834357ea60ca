// `npm run seed:national -- --requests 1000000 [--providers 3000 …] [--replace]`: fills DATABASE_URL,
// or without it the embedded server in DATA_DIR, with the generated national data set.
import { ConfigError, loadConfig } from '../../config/config';
import { connectDatabase } from '../../database/connect';
import { generateNationalData, RefusedDatabaseError } from './national-seed';
import { parseScale } from './national-scale';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = parseScale(argv);
  const replace = argv.includes('--replace');
  const config = loadConfig();
  console.log(
    `Landelijke gegevens genereren: ${Object.entries(scale)
      .map(([k, v]) => `${k} ${v.toLocaleString('nl-NL')}`)
      .join(', ')}`,
  );
  const db = await connectDatabase(config, (line) => console.log(line));
  try {
    const result = await generateNationalData(db.dataSource, scale, {
      replace,
      log: (line) => console.log(line),
    });
    console.log(
      `Klaar in ${result.seconds.toFixed(1)} s` +
        (result.requestsPerSecond
          ? `; adviesaanvragen ${Math.round(result.requestsPerSecond).toLocaleString('nl-NL')} rijen/s`
          : ''),
    );
    console.log(
      Object.entries(result.rows)
        .map(([table, n]) => `  ${table.padEnd(24)} ${n.toLocaleString('nl-NL').padStart(12)}`)
        .join('\n'),
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof RefusedDatabaseError || error instanceof ConfigError) {
    console.error(`Geweigerd: ${error.message}`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
