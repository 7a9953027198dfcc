import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build.ts';

const preflight = (env: Record<string, string>) =>
  spawnSync(process.execPath, [resolve(root, 'tests/support/preflight.ts')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
    env: { ...process.env, CI: 'true', ...env },
  });

describe('npm test preflight', () => {
  it('passes on a machine with every tool', () => {
    const result = preflight({});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names a missing tool and what to install, without waiting for input', () => {
    const result = preflight({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chromium is not installed. Install it: apt-get install chromium fonts-noto-cjk');
  });
});
