import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests run against a fresh test build (`wxt build --mode e2e`); the manifest and size
 * tests read the shipped build (`wxt build`). Both are made once per run.
 */
export default function buildExtensions(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'pipe' });
    // Vitest sets NODE_ENV=test, which would make the shipped build use Preact's development JSX.
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
}
