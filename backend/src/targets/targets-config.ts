import { z } from 'zod';
import { ConfigError } from '../config/config.schema.js';
import { BUILTIN_TARGETS, defaultBaseUrl, TARGET_KINDS, type TargetKind } from './target-kinds.js';

export const MIN_INTERVAL_SECONDS = 30;
export const DEFAULT_INTERVAL_SECONDS = 60;

export const targetName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'must be a lower-case slug of up to 63 characters (a-z, 0-9, ".", "_", "-")');
export const intervalSeconds = z
  .number()
  .int()
  .min(MIN_INTERVAL_SECONDS, `must be at least ${MIN_INTERVAL_SECONDS} (vendors rate-limit their status APIs)`)
  .max(86_400);
export const httpUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

const entry = z.strictObject({
  name: targetName,
  kind: z.enum(TARGET_KINDS).optional(),
  base_url: httpUrl.optional(),
  interval_seconds: intervalSeconds.optional(),
  enabled: z.boolean().optional(),
});

const section = z
  .array(entry)
  .superRefine((entries, ctx) => {
    const builtin = new Set(BUILTIN_TARGETS.map((t) => t.name));
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate target ${e.name}` });
      seen.add(e.name);
      const kind = e.kind ?? BUILTIN_TARGETS.find((t) => t.name === e.name)?.kind;
      if (!kind)
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'required for a target that is not built in' });
      else if (!e.base_url && !defaultBaseUrl(kind) && !builtin.has(e.name)) {
        ctx.addIssue({ code: 'custom', path: [i, 'base_url'], message: `required for kind ${kind}` });
      }
    });
  })
  .optional();

/** One target as the config file declares it. */
export interface ConfiguredTarget {
  name: string;
  kind?: TargetKind;
  baseUrl?: string;
  intervalSeconds?: number;
  enabled?: boolean;
}

/** Validates the `targets:` section of the config file; a bad section stops start-up. */
export function parseTargetsSection(document: Record<string, unknown>): ConfiguredTarget[] {
  const parsed = section.safeParse(document.targets ?? undefined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `CONFIG_PATH targets.${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return (parsed.data ?? []).map((e) => ({
    name: e.name,
    kind: e.kind,
    baseUrl: e.base_url,
    intervalSeconds: e.interval_seconds,
    enabled: e.enabled,
  }));
}

/** A target as it must exist after start-up. Unset fields keep what the database holds. */
export interface DesiredTarget {
  name: string;
  kind: TargetKind;
  managedBy: 'builtin' | 'config';
  /** Set when the config file decides it; builtin defaults only apply on insert. */
  baseUrl?: string;
  defaultBaseUrl: string;
  intervalSeconds?: number;
  enabled?: boolean;
}

/**
 * Built-in defaults, then the config file on top (a file entry with a built-in's name configures
 * it). Pure: the caller applies it. Base URL overrides from the environment are not stored: they
 * apply when a target is built, so removing one restores the configured URL.
 */
export function planTargets(configured: ConfiguredTarget[]): DesiredTarget[] {
  const plan = new Map<string, DesiredTarget>();
  for (const b of BUILTIN_TARGETS) {
    plan.set(b.name, { name: b.name, kind: b.kind, managedBy: 'builtin', defaultBaseUrl: defaultBaseUrl(b.kind)! });
  }
  for (const c of configured) {
    const kind = c.kind ?? plan.get(c.name)!.kind;
    const base = c.baseUrl ?? defaultBaseUrl(kind)!;
    plan.set(c.name, {
      name: c.name,
      kind,
      managedBy: 'config',
      baseUrl: base,
      defaultBaseUrl: base,
      intervalSeconds: c.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      enabled: c.enabled ?? true,
    });
  }
  return [...plan.values()];
}
