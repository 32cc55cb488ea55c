import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveStatusIndicator } from './LiveStatusIndicator';

describe('LiveStatusIndicator', () => {
  it.each([
    ['connected', 'Live'],
    ['reconnecting', 'Reconnecting…'],
  ] as const)('shows %s as "%s"', (state, text) => {
    render(<LiveStatusIndicator state={state} />);

    const indicator = screen.getByTestId('live-status');
    expect(indicator).toHaveAttribute('data-state', state);
    expect(indicator).toHaveTextContent(text);
  });
});
