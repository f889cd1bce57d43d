// The full Mantine stylesheet for now; see docs/decisions for the per-component alternative.
import '@mantine/core/styles.css';
