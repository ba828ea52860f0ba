/** The IndexedDB database's name, in a module of its own so naming it does not load Dexie. */
export const DATABASE_NAME = 'crm-workbench';
