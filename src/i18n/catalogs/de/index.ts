// This language's namespace files, as one lazy chunk (load-catalog.ts joins them).
export default import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });
