// The menu's stylesheets load with this chunk, not with every page (decision 040).
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Menu.css';
import { Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { ElementTarget } from '../../components/element-target.tsx';
import { useOnMount } from '../../lib/use-on-mount.ts';

const choices: { value: MantineColorScheme; label: string; Icon: typeof IconSun }[] = [
  { value: 'light', label: 'Light', Icon: IconSun },
  { value: 'dark', label: 'Dark', Icon: IconMoon },
  { value: 'auto', label: 'System', Icon: IconDeviceDesktop },
];

type ColorSchemeDropdownProps = {
  /** Mantine's Popover id: the button is `id`, the menu `${id}-dropdown`. */
  id: string;
  button: RefObject<HTMLButtonElement | null>;
  opened: boolean;
  onChange: (opened: boolean) => void;
  /** Once mounted (closed): opening it now lets Mantine note where focus goes back on close. */
  onReady: () => void;
};

/**
 * The colour scheme menu itself, Mantine's Menu, loaded on first use (color-scheme-menu.tsx).
 * It hangs from the header's button, which is rendered without it and never remounted.
 */
export function ColorSchemeDropdown({
  id,
  button,
  opened,
  onChange,
  onReady,
}: ColorSchemeDropdownProps) {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useOnMount(onReady);
  return (
    <Menu id={id} opened={opened} onChange={onChange} position="bottom-end" withinPortal>
      <Menu.Target>
        <ElementTarget element={button} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Colour scheme</Menu.Label>
        {choices.map(({ value, label, Icon }) => (
          <Menu.Item
            key={value}
            leftSection={<Icon size={16} aria-hidden />}
            rightSection={
              colorScheme === value ? <IconCheck size={14} aria-label="selected" /> : null
            }
            onClick={() => setColorScheme(value)}
          >
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
