import { MASK } from '../common/secret-box.js';
import { validateEndpointBody, type EndpointDefinition } from './endpoint-validation.js';

/**
 * The `endpoints:` section of the YAML configuration file (CONFIG_PATH). Entries use the API's wire
 * fields (name, url, method, interval, timeout, expected_status, headers, body, assertions, …);
 * unknown fields are refused so a typo cannot be silently ignored. Names identify entries, so they
 * must be unique. Other top-level sections (e.g. `targets:`) belong to other modules.
 */
export class EndpointsConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration file ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EndpointsConfigError';
  }
}

/** `endpoints[2].headers[0].name` */
export function formatEntryPath(index: number, path: (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${part}`),
    `endpoints[${index}]`,
  );
}

/** The endpoints of a configuration document already read by `loadConfigFile` (config/config-file.ts). */
export function endpointsFromDocument(root: Record<string, unknown>, source: string): EndpointDefinition[] {
  const entries = root.endpoints;
  if (entries === undefined || entries === null) return [];
  if (!Array.isArray(entries)) throw new EndpointsConfigError(source, ['endpoints: must be a list of entries']);

  const problems: string[] = [];
  const definitions: EndpointDefinition[] = [];
  const firstIndexByName = new Map<string, number>();
  entries.forEach((entry, index) => {
    const result = validateEndpointBody(entry, { strict: true });
    if (!result.ok) {
      problems.push(...result.issues.map((i) => `${formatEntryPath(index, i.path)}: ${i.message}`));
      return;
    }
    const definition = result.value;
    const previous = firstIndexByName.get(definition.name);
    if (previous !== undefined) {
      problems.push(
        `${formatEntryPath(index, ['name'])}: "${definition.name}" is already used by endpoints[${previous}]`,
      );
    }
    firstIndexByName.set(definition.name, previous ?? index);
    definition.headers.forEach((header, h) => {
      if (header.value === MASK)
        problems.push(`${formatEntryPath(index, ['headers', h, 'value'])}: must be the real value, not the mask`);
    });
    definitions.push(definition);
  });
  if (problems.length) throw new EndpointsConfigError(source, problems);
  return definitions;
}
