import { defineConfig } from "vite";

// Two pages: the same order form with TanStack Form and with React Hook Form.
export default defineConfig({
  build: { rollupOptions: { input: { tanstack: "tanstack.html", "hook-form": "hook-form.html" } } },
});
