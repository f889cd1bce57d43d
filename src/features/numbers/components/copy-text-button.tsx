import { Button } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, type Icon } from '@tabler/icons-react';

type CopyTextButtonProps = {
  /** The text, or how to make it when the button is pressed (a text that is costly to build). */
  value: string | (() => string);
  label: string;
  icon: Icon;
  /** What is copied, when the label alone does not say it. */
  title?: string;
};

/** A labelled button of the number's header that copies text and says "Copied" for a moment. */
export function CopyTextButton({ value, label, icon: ButtonIcon, title }: CopyTextButtonProps) {
  const clipboard = useClipboard({ timeout: 1500 });
  return (
    <Button
      variant="default"
      size="xs"
      onClick={() => clipboard.copy(typeof value === 'function' ? value() : value)}
      leftSection={
        clipboard.copied ? (
          <IconCheck size={14} aria-hidden />
        ) : (
          <ButtonIcon size={14} aria-hidden />
        )
      }
      aria-live="polite"
      title={title}
    >
      {clipboard.copied ? 'Copied' : label}
    </Button>
  );
}
