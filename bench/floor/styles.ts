// The floor's stylesheet: imported by each of its entries, so that it is linked from the page's
// head (and styles a frame painted before any script runs: painted-first.html).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Badge.css';
