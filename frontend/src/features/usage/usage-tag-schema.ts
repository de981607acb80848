import { z } from 'zod';

/** The server's tag-name rule (backend usage-tag-name.ts): 1–100 letters, digits, "-", "_", "." or "/". */
export const usageTagFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name')
    .max(100, 'At most 100 characters')
    .regex(/^[A-Za-z0-9\-_./]+$/, 'Only letters, digits, "-", "_", "." and "/"'),
  anonymous_updates: z.boolean(),
});

export type UsageTagForm = z.infer<typeof usageTagFormSchema>;
