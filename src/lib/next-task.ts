/** Resolves in a new task: whatever runs after it lets the browser paint and take input first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
