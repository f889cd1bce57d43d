import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

/*
 * Mantine's Text, Anchor (around a router Link), Group and Stack as plain elements: the same
 * element, classes, data attributes and CSS variables, for the props the pages use. Each Mantine
 * component resolves its theme, props, class names and style props as it renders, and brings a Box
 * with it: two components and most of a number page's (and the start page lists') render time, for
 * what is, once rendered, a <p> with three variables. plain.test.tsx holds each to the markup
 * Mantine renders, so they look the same after any upgrade.
 */

type Size = 'xs' | 'sm' | 'md' | 'lg';
type Spacing = Size | 'xl' | number;

/** Mantine's spacing value: a theme step, or pixels in rem scaled as Mantine scales them. */
const spacing = (value: Spacing) =>
  typeof value === 'number'
    ? value === 0
      ? '0rem'
      : `calc(${String(value / 16)}rem * var(--mantine-scale))`
    : `var(--mantine-spacing-${value})`;

/**
 * Mantine's colour value: "dimmed", a theme colour's text shade ("red"), a shade ("red.7"), or a
 * CSS colour or expression as it is (the tones of tones.ts).
 */
function color(value: string) {
  if (value === 'dimmed') return 'var(--mantine-color-dimmed)';
  if (/^[a-z]+$/.test(value)) return `var(--mantine-color-${value}-text)`;
  const shade = /^([a-z]+)\.(\d)$/.exec(value);
  if (shade) return `var(--mantine-color-${shade[1] ?? ''}-${shade[2] ?? ''})`;
  return value;
}

type Common = Omit<HTMLAttributes<HTMLElement>, 'color'> & {
  children?: ReactNode;
  style?: CSSProperties;
  /** Mantine's `mt` and `mb`. */
  mt?: Spacing;
  mb?: Spacing;
};

/**
 * The root element's props: its own variables and styles first, then Mantine's margin style
 * props and the caller's style, as Mantine writes them; its classes, then the caller's.
 */
function rootProps(
  rootClassName: string,
  own: CSSProperties & Record<`--${string}`, string>,
  { mt, mb, style, className, ...rest }: Common,
) {
  return {
    ...rest,
    style: {
      ...own,
      ...(mt !== undefined && { marginTop: spacing(mt) }),
      ...(mb !== undefined && { marginBottom: spacing(mb) }),
      ...style,
    },
    className: className ? `${rootClassName} ${className}` : rootClassName,
  };
}

const textClassName = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;

type PlainTextProps = Common & {
  /** None: the size Mantine's stylesheet gives text (md). */
  size?: Size;
  /** Mantine's `c`. */
  c?: string;
  /** Mantine's `fw`. */
  fw?: number;
  ff?: 'monospace';
  fs?: 'italic';
  /** A <span> (Mantine's `span`) instead of a <p>. */
  span?: boolean;
  component?: 'p' | 'span' | 'div' | 'h2' | 'h3';
};

/** `<Text size c fw ff fs span component mt mb>`. */
export function PlainText({ size, c, fw, ff, fs, span, component, ...props }: PlainTextProps) {
  const Element = component ?? (span ? 'span' : 'p');
  return (
    <Element
      {...rootProps(
        textClassName,
        {
          ...textVariables(size, ff),
          ...(c && { color: color(c) }),
          ...(fw && { fontWeight: fw }),
          ...(fs && { fontStyle: fs }),
        },
        props,
      )}
      data-size={size}
    />
  );
}

/** The size and family of text, as Mantine's Text writes them into its root's style. */
const textVariables = (size: Size | undefined, ff: 'monospace' | undefined) => ({
  ...(size && {
    '--text-fz': `var(--mantine-font-size-${size})`,
    '--text-lh': `var(--mantine-line-height-${size})`,
  }),
  ...(ff && { fontFamily: 'var(--mantine-font-family-monospace)' }),
});

const anchorClassName = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root`;

type PlainLinkProps = Omit<LinkProps, 'color' | 'style' | 'className'> & {
  size?: Size;
  ff?: 'monospace';
};

/** `<Anchor component={Link} to size ff>`: a router link that looks like Mantine's (underline on hover). */
export function PlainLink({ size, ff, ...props }: PlainLinkProps) {
  return (
    <Link
      {...props}
      style={textVariables(size, ff)}
      className={anchorClassName}
      data-size={size}
      data-underline="hover"
    />
  );
}

const groupClassName = `${Group.classes.root} mantine-Group-root`;

type PlainGroupProps = Common & {
  gap?: Spacing;
  align?: CSSProperties['alignItems'];
  justify?: CSSProperties['justifyContent'];
  wrap?: 'wrap' | 'nowrap';
  component?: 'div' | 'span' | 'li' | 'ul';
};

/** `<Group gap align justify wrap component mt mb>`: Mantine's defaults are md, center, start, wrap. */
export function PlainGroup({
  gap = 'md',
  align = 'center',
  justify = 'flex-start',
  wrap = 'wrap',
  component: Element = 'div',
  ...props
}: PlainGroupProps) {
  const variables = {
    '--group-gap': spacing(gap),
    '--group-align': String(align),
    '--group-justify': String(justify),
    '--group-wrap': wrap,
  };
  return <Element {...rootProps(groupClassName, variables, props)} />;
}

const stackClassName = `${Stack.classes.root} mantine-Stack-root`;

type PlainStackProps = Common & {
  gap?: Spacing;
  align?: CSSProperties['alignItems'];
  component?: 'div' | 'span' | 'ul' | 'address' | 'section';
};

/** `<Stack gap align component mt mb>`: Mantine's defaults are md and stretch. */
export function PlainStack({
  gap = 'md',
  align = 'stretch',
  component: Element = 'div',
  ...props
}: PlainStackProps) {
  const variables = {
    '--stack-gap': spacing(gap),
    '--stack-align': String(align),
    '--stack-justify': 'flex-start',
  };
  return <Element {...rootProps(stackClassName, variables, props)} />;
}

/**
 * A list stacked as PlainStack is: no bullets, no indent, its items the stack's rows (the start
 * page's lists, the diagnosis panel's findings).
 */
export function PlainList({ style, ...props }: Omit<PlainStackProps, 'component'>) {
  return (
    <PlainStack
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0, ...style }}
      {...props}
    />
  );
}
