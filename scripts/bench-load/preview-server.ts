import { spawn } from 'node:child_process';

/**
 * Starts `vite preview` of dist/ on 127.0.0.1:`port` (its own process group, stopped on exit)
 * and resolves with the base address once it answers.
 */
export async function startPreview(port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
}
