// Writes deploy/nginx.conf from the hosting rules in src/lib/hosting/hosting.ts (the same rules as _headers).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxConfig } from '../src/lib/hosting/hosting.ts';

writeFileSync(join(import.meta.dirname, '../deploy/nginx.conf'), nginxConfig());
