/*
 * The stylesheets of Mantine's dropdowns (Combobox and Select, floating in a Popover; their
 * ScrollArea is in the first stylesheet, as a number's error page shows one), imported by the
 * chunks that open one: the country list, the search box's suggestions, the tenant page's filters.
 * None is drawn before its chunk has loaded, so the styles load with it instead of with every page
 * (decision 040).
 */
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
