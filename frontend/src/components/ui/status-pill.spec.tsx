import { render, screen } from '@testing-library/react';
import { StatusPill } from './status-pill';

describe('StatusPill', () => {
  it('shows the word, not only a colour', () => {
    render(<StatusPill tone="bad" label="DOWN" />);
    expect(screen.getByText('DOWN')).toBeVisible();
    expect(screen.getByText('DOWN').className).toContain('red');
  });
});
