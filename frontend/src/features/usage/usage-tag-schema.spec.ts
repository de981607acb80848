import { usageTagFormSchema } from './usage-tag-schema';

describe('usageTagFormSchema', () => {
  it.each([
    ['signup', true, undefined],
    ['  page/home.v2  ', true, undefined],
    ['', false, 'Enter a name'],
    ['has space', false, 'Only letters, digits, "-", "_", "." and "/"'],
    ['x'.repeat(101), false, 'At most 100 characters'],
  ])('%j → valid %s', (name, valid, message) => {
    const result = usageTagFormSchema.safeParse({ name, anonymous_updates: false });
    expect(result.success).toBe(valid);
    if (!result.success) expect(result.error.issues[0]!.message).toBe(message);
  });
});
