/*
 * The Mantine stylesheets only this page uses (decision 005: only the styles in use), loaded with
 * its chunk rather than with every page: the rest are in src/app/styles.ts.
 */
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Spoiler.css';
