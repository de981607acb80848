import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { ConfigError } from './config.schema.js';

/**
 * Reads the YAML config file (CONFIG_PATH) and returns the parsed document; each domain validates
 * only its own section (`endpoints:`, `targets:`, …). No path = no file = an empty document.
 * A missing file or invalid YAML is a ConfigError naming the file, so start-up stops with a message.
 */
export async function loadConfigFile(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`CONFIG_PATH: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let document: unknown;
  try {
    document = parse(text, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new ConfigError([`CONFIG_PATH: ${path} is not valid YAML: ${message}`]);
  }
  if (document === null || document === undefined) return {};
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new ConfigError([`CONFIG_PATH: ${path} must be a YAML mapping (sections such as "targets:")`]);
  }
  return document as Record<string, unknown>;
}
