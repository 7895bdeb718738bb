/** Packages a module loads at run time, following relative imports (type-only imports load nothing). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function runtimePackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    if (m[1]) continue;
    const target = m[2]!;
    if (!target.startsWith('.')) packages.add(target);
    else if (!target.endsWith('.json') && !target.endsWith('.css')) runtimePackages(path.resolve(path.dirname(file), `${target}.ts`), seen).forEach((p) => packages.add(p));
  }
  return packages;
}

/** The project's own modules a module loads at run time (absolute paths), itself included. */
export function runtimeModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    const target = m[2]!;
    if (m[1] || !target.startsWith('.') || target.endsWith('.json') || target.endsWith('.css')) continue;
    runtimeModules(path.resolve(path.dirname(file), `${target}.ts`), seen);
  }
  return seen;
}
