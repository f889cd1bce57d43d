/*
 * The Mantine stylesheets only this page uses (decision 005: only the styles in use), imported
 * where they are used. The build still writes one stylesheet for every page (decision 029: a
 * prerendered shell is drawn before any chunk), so they load with it; the rest are imported in
 * src/app/styles.ts.
 */
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Spoiler.css';
