// Files imported as text through Vite's `?raw` (the locale files in tests/helpers/i18n.tsx).
declare module '*?raw' {
  const text: string;
  export default text;
}
