import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
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
  // Duplicate keys are refused: with YAML's last-one-wins, a repeated key would silently drop a setting.
  const parsed = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (parsed.errors.length) {
    throw new ConfigError(
      parsed.errors.map((e) => `CONFIG_PATH: ${path} is not valid YAML: ${e.message.split('\n')[0]}`),
    );
  }
  const document: unknown = parsed.toJS();
  if (document === null || document === undefined) return {};
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new ConfigError([`CONFIG_PATH: ${path} must be a YAML mapping (sections such as "targets:")`]);
  }
  return document as Record<string, unknown>;
}
