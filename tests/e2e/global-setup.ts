import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** End-to-end tests run against a fresh test build (`wxt build --mode e2e`), made once per run. */
export default function buildTestExtension(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
}
