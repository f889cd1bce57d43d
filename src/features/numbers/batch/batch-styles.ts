/*
 * The Mantine stylesheets only this page uses (decision 005: only the styles in use), imported
 * where they are used, so that they load with the page's chunk (decision 040); the rest are in
 * src/app/styles.ts. The checkboxes lay out their labels with InlineInput's classes; the
 * NativeSelect's chevron is Combobox's.
 */
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Spoiler.css';
