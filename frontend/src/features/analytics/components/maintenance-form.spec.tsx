import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MaintenanceForm } from './maintenance-form';

function renderForm() {
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MaintenanceForm editing={null} onDone={onDone} />
    </QueryClientProvider>,
  );
  return { onDone };
}

describe('MaintenanceForm', () => {
  it('shows each client-side error on its field and sends nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Create window' }));
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Give the window a title.')).toBeInTheDocument();
    expect(screen.getByText('Enter a start date and time.')).toBeInTheDocument();
    expect(screen.getByText('Enter an end date and time.')).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('asks for tags when the window targets tags', async () => {
    renderForm();
    await userEvent.selectOptions(screen.getByLabelText('Applies to'), 'tags');
    await userEvent.click(screen.getByRole('button', { name: 'Create window' }));
    expect(screen.getByText('List at least one tag.')).toBeInTheDocument();
  });

  it('calls onDone when cancelled', async () => {
    const { onDone } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledOnce();
  });
});
