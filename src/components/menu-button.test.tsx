import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton, type MenuAction } from './menu-button';

function setup(overrides: Partial<MenuAction>[] = []) {
  const selected: string[] = [];
  const items: MenuAction[] = ['Export CSV', 'Export JSON', 'Save as playlist'].map((label, index) => ({
    id: label,
    label,
    onSelect: () => selected.push(label),
    ...overrides[index],
  }));
  render(
    <>
      <button type="button">Before</button>
      <MenuButton label="More actions" items={items} />
      <button type="button">After</button>
    </>,
  );
  return { selected, button: screen.getByRole('button', { name: 'More actions' }) };
}

const focused = () => document.activeElement;

describe('MenuButton', () => {
  it('names its popup and says whether it is open', async () => {
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await userEvent.click(button);
    const menu = screen.getByRole('menu', { name: 'More actions' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Export CSV',
      'Export JSON',
      'Save as playlist',
    ]);
  });

  it('opens from the keyboard on the first item (Enter, Space, Down) or the last (Up)', async () => {
    const { button } = setup();
    for (const [key, expected] of [
      ['{Enter}', 'Export CSV'],
      [' ', 'Export CSV'],
      ['{ArrowDown}', 'Export CSV'],
      ['{ArrowUp}', 'Save as playlist'],
    ] as const) {
      button.focus();
      await userEvent.keyboard(key);
      expect(focused()).toHaveTextContent(expected);
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    }
  });

  it('moves with the arrows (wrapping), Home and End', async () => {
    const { button } = setup();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toHaveTextContent('Export JSON');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toHaveTextContent('Export CSV');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()).toHaveTextContent('Save as playlist');
    await userEvent.keyboard('{Home}');
    expect(focused()).toHaveTextContent('Export CSV');
    await userEvent.keyboard('{End}');
    expect(focused()).toHaveTextContent('Save as playlist');
  });

  it('Escape closes the menu and gives focus back to the button', async () => {
    const { button } = setup();
    await userEvent.click(button);
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(focused()).toBe(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('Enter or Space on an item runs it, closes the menu and returns focus to the button', async () => {
    const { button, selected } = setup();
    button.focus();
    await userEvent.keyboard('{Enter}{ArrowDown}{Enter}');
    expect(selected).toEqual(['Export JSON']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(focused()).toBe(button);
    await userEvent.keyboard('{Enter}{End} ');
    expect(selected).toEqual(['Export JSON', 'Save as playlist']);
  });

  it('hands the action the button to return focus to, as a dialog it opens does', async () => {
    const onSelect = vi.fn();
    const { button } = setup([{ onSelect }]);
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export CSV' }));
    expect(onSelect).toHaveBeenCalledWith(button);
  });

  it('a disabled item can be reached but not run', async () => {
    const { button, selected } = setup([{ disabled: true }]);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()).toHaveTextContent('Export CSV');
    expect(focused()).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([]);
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('Tab leaves the menu for the next control, Shift+Tab for its button; either closes it', async () => {
    const { button } = setup();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(focused()).toHaveTextContent('After');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab({ shift: true });
    expect(focused()).toBe(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('a press outside closes it, and a second press on the button too', async () => {
    const { button } = setup();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(focused()).toHaveTextContent('Before');
    await userEvent.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
