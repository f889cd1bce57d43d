/*
 * Only the Mantine styles this app uses, not the whole 250 kB stylesheet (decision 005): here,
 * the page's first stylesheet, those of everything a prerendered shell or a page can draw at once
 * (decision 029). A component without its stylesheet renders unstyled: add its file here when you
 * use a new one (dependencies included). What is only drawn once its chunk has loaded imports its
 * own styles there, and they load with that chunk (decision 040): tooltips
 * (components/mantine-tooltip.tsx), the colour-scheme menu (app/layout/color-scheme-dropdown.tsx),
 * dropdowns (components/dropdown-styles.ts), the shortcuts dialog, the batch page (batch-styles.ts).
 */
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Flex.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/AppShell.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ThemeIcon.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/DataList.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
// The app's own styles of what a shell or a page draws at once (global: a CSS module would go with
// the chunk of the component that uses it).
import '../components/field-list.css';
import './layout/color-scheme-menu.css';
