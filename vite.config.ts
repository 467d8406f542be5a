import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    // Source documents and map files are served from public/data; nothing is inlined.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true },
});
